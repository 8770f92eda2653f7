//! Renderings of a story in the page layout of one agency, with its furniture:
//! datelines, bylines, donation banners, ads, "Read more" teasers, markdown markup.

use super::story::{commas, number, slugify, Story};
use super::words::*;
use super::Rng;

/// Layouts that carry the story's date where it has one.
const DATED: &[&str] = &["tass", "reuters", "mt", "urdupoint", "md"];
/// Every layout (plain text has no metadata at all).
const ALL: &[&str] = &["tass", "reuters", "mt", "urdupoint", "md", "plain"];

/// The layout of an article: a copy avoids its original's layout, and only a copy
/// or an undated story may be plain text.
pub fn layout_for(r: &mut Rng, story: &Story, avoid: Option<&'static str>) -> &'static str {
    let choices = if story.date.is_none() || avoid.is_some() {
        ALL
    } else {
        DATED
    };
    loop {
        let l = *r.pick(choices);
        if Some(l) != avoid {
            return l;
        }
    }
}

/// Straight quotes to curly ones, as many sites print them.
fn curly(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut open = true;
    let mut prev = ' ';
    for c in s.chars() {
        match c {
            '"' => {
                out.push(if open { '“' } else { '”' });
                open = !open;
            }
            '\'' if prev.is_alphanumeric() => out.push('’'),
            _ => out.push(c),
        }
        prev = c;
    }
    out
}

fn teaser(r: &mut Rng) -> String {
    let t = *r.pick(TEASERS);
    let n = r.range(2, 30);
    let w = number(r, n);
    let mut c = w.chars();
    let w = match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect::<String>(),
        None => w,
    };
    t.replace("{n}", &w)
}

/// Headline wording of a copy: the same story under another headline.
fn copy_headline(r: &mut Rng, h: &str, source: &str) -> String {
    match r.below(4) {
        0 => format!("UPDATE - {h}"),
        1 => format!("{h} - {source}"),
        2 => {
            // sentence case
            let mut out = String::with_capacity(h.len());
            for (i, w) in h.split(' ').enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                let keep = i == 0
                    || w.chars().next().is_some_and(|c| !c.is_alphabetic())
                    || REGIONS.iter().any(|g| g.name == w);
                if keep {
                    out.push_str(w);
                } else {
                    out.push_str(&w.to_lowercase());
                }
            }
            out
        }
        _ => format!("{h}, Governor Says"),
    }
}

/// Body paragraphs of a copy: one pair swapped, or one paragraph moved to the end.
fn reorder(r: &mut Rng, paras: &mut Vec<String>) {
    if paras.len() < 3 {
        return;
    }
    let i = 1 + r.below(paras.len() - 2);
    if r.chance(60) {
        paras.swap(i, i + 1);
    } else {
        let p = paras.remove(i);
        paras.push(p);
    }
}

fn tass_body(story: &Story, mut paras: Vec<String>) -> Vec<String> {
    let city = story.region.capital;
    let lead = match story.date {
        Some(d) => format!("{city}, {} {}. /TASS/. ", d.month(), d.d),
        None => format!("{city}. /TASS/. "),
    };
    paras[0].insert_str(0, &lead);
    paras
}

pub fn render(r: &mut Rng, story: &Story, layout: &str, copy: bool) -> String {
    let mut paras = story.paras.clone();
    if copy {
        reorder(r, &mut paras);
    }
    let source = match layout {
        "tass" => "TASS",
        "reuters" => "Reuters",
        "mt" => "The Moscow Times",
        "urdupoint" => "UrduPoint",
        _ => "Kremlin",
    };
    let headline = if copy {
        copy_headline(r, &story.headline, source)
    } else {
        story.headline.clone()
    };
    let date = story.date;
    let mut out = String::with_capacity(4096);
    let mut push = |s: &str| {
        out.push_str(s);
        out.push_str("\n\n");
    };
    match layout {
        "tass" => {
            if let Some(d) = date {
                push(&format!(
                    "{} {} {}, {:02}:{:02}",
                    d.d,
                    MON3[d.m as usize - 1],
                    d.y,
                    r.below(24),
                    r.below(60)
                ));
            }
            push(&headline);
            if r.chance(60) {
                push(&format!(
                    "{} said the authorities were ready for any scenario",
                    story.region.surname
                ));
            }
            let paras = tass_body(story, paras);
            let read_more = 2 + r.below(paras.len().max(3) - 2);
            for (k, p) in paras.iter().enumerate() {
                if k == read_more && r.chance(50) {
                    push(&format!("Read also: {}", teaser(r)));
                }
                push(p);
            }
        }
        "reuters" => {
            push(&headline);
            push(&format!(
                "By {}",
                if r.chance(50) {
                    "Reuters"
                } else {
                    "Reuters Staff"
                }
            ));
            if let Some(d) = date {
                push(&format!(
                    "{} {}, {} {}:{:02} AM GMT+3Updated {} hours ago",
                    d.month(),
                    d.d,
                    d.y,
                    1 + r.below(11),
                    r.below(60),
                    1 + r.below(9)
                ));
            }
            let city = story.region.capital;
            let country = if story.region.russian {
                "Russia"
            } else {
                "Ukraine"
            };
            let lead = match date {
                Some(d) => format!("{city}, {country}, {} {} (Reuters) - ", d.month(), d.d),
                None => format!("{city}, {country} (Reuters) - "),
            };
            paras[0].insert_str(0, &lead);
            for (k, p) in paras.iter().enumerate() {
                push(p);
                if k == 1 {
                    push("Advertisement · Scroll to continue");
                }
            }
            push(&format!(
                "Reporting by Reuters; Editing by {}",
                r.pick(EDITORS)
            ));
            push("Our Standards: The Thomson Reuters Trust Principles., opens new tab");
        }
        "mt" => {
            push("×\nEnjoying ad-free content?");
            if date.is_some() {
                push("Since July 1, 2024, we have disabled all ads to improve your reading experience.\nThis commitment costs us $10,000 a month. Your support can help us fill the gap.\nSupport us");
            } else {
                push("We have disabled all ads to improve your reading experience.\nThis commitment costs us $10,000 a month. Your support can help us fill the gap.\nSupport us");
            }
            push(&curly(&headline));
            if let Some(d) = date {
                push(&format!("Updated: {}. {}, {}", &d.month()[..3], d.d, d.y));
            }
            push("t.me/vvgladkov");
            let teaser_at = 1 + r.below(paras.len().max(2) - 1);
            for (k, p) in paras.iter().enumerate() {
                if k == teaser_at {
                    push(&format!("Read more: {}", teaser(r)));
                }
                push(&curly(p));
            }
            push("A Message from The Moscow Times:");
            push("Dear readers,");
            push("We are facing unprecedented challenges. Russia's Prosecutor General's Office has designated The Moscow Times as an \"undesirable\" organization, criminalizing our work and putting our staff at risk of prosecution.");
            push(&format!(
                "Once-off\nMonthly\nAnnual\nSupport us with ${} or more",
                commas(2 + r.range(0, 48))
            ));
            push("Continue\nnot ready to support today?\nRemind me later.");
        }
        "urdupoint" => {
            push(&headline);
            let reporter = *r.pick(REPORTERS);
            match date {
                Some(d) => {
                    let h = 1 + r.below(12);
                    push(&format!(
                        "{reporter} Published {} {:02}, {} | {:02}:{:02} {}",
                        d.month(),
                        d.d,
                        d.y,
                        h,
                        r.below(60),
                        if r.chance(50) { "PM" } else { "AM" }
                    ));
                    let suffix = match d.d {
                        1 | 21 | 31 => "st",
                        2 | 22 => "nd",
                        3 | 23 => "rd",
                        _ => "th",
                    };
                    paras[0].insert_str(
                        0,
                        &format!(
                            "MOSCOW (UrduPoint News / Sputnik - {:02}{suffix} {}, {}) ",
                            d.d,
                            d.month(),
                            d.y
                        ),
                    );
                }
                None => {
                    push(reporter);
                    paras[0].insert_str(0, "MOSCOW (UrduPoint News / Sputnik) ");
                }
            }
            for p in &paras {
                push(p);
            }
            push("Related Topics");
            push(&format!("{}\n{}", teaser(r), teaser(r)));
            push("Recent Stories");
            push(&teaser(r));
        }
        "md" => {
            out.push_str("\n\n");
            let mut push = |s: &str| {
                out.push_str(s);
                out.push_str("\n\n");
            };
            push(&format!("# {headline}"));
            if let Some(d) = date {
                push(&format!("{} {:02}, {}\n\n", d.month(), d.d, d.y));
            }
            push("[t.me/vvgladkov](https://t.me/vvgladkov)");
            let related_at = 1 + r.below(paras.len().max(2) - 1);
            for (k, p) in paras.iter().enumerate() {
                if k == related_at {
                    push(&format!("**Related article:** [{}](#)", teaser(r)));
                }
                push(p);
            }
            push("Original url:");
            let id = r.range(60_000, 99_999);
            let slug = slugify(&story.headline);
            match date {
                Some(d) => push(&format!(
                    "<https://www.themoscowtimes.com/{}/{:02}/{:02}/{slug}-a{id}>",
                    d.y, d.m, d.d
                )),
                None => push(&format!("<https://meduza.io/en/news/{slug}>")),
            }
        }
        _ => {
            // plain: paragraphs one per line, no headline, no metadata
            let text: Vec<String> = paras.iter().map(|p| curly(p)).collect();
            out.push_str(&text.join("\n"));
            out.push('\n');
            if r.chance(40) {
                out.push_str("\nAdvertisement\n");
            }
        }
    }
    out
}

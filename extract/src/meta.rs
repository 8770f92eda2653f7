//! Stage 2, metadata: headline, publication date, source, URL, and optional
//! front matter (`---` / `date:` / `title:` / `source:` / `url:` / `regions:` / `---`)
//! which overrides what is inferred.
//!
//! Only headings, Meta blocks, the dateline of the first body paragraph and the
//! article's own URL are read: never body prose ("in December 2022", "Bloomberg
//! reported") and never furniture, except the publisher's own name in an appeal
//! banner or copyright line ("A Message from The Moscow Times:").

pub mod dateline;
mod edited;
pub mod front;
mod history;
pub mod publishers;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_header;

use crate::clean::{heading_text, Block, BlockKind};
use crate::dates::{self, DateExpr};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Meta {
    pub title: Option<String>,
    /// `YYYY-MM-DD`, or `YYYY-MM` where only the month is known.
    pub date: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// Regions named by front matter; they override the inferred ones.
    pub regions: Option<Vec<String>>,
    /// Problems for the user, e.g. broken front matter.
    pub warnings: Vec<String>,
}

pub fn metadata(text: &str, blocks: &[Block]) -> Meta {
    let mut m = front_matter(text);
    let slice = |b: &Block| &text[b.span.start..b.span.end];
    let first_body = blocks.iter().position(|b| b.kind == BlockKind::Body);

    if m.url.is_none() {
        m.url = article_url(text, blocks);
    }
    let mut title_source = None;
    // "VALUYKI SEGODNYA | Valuyki Today": the site's name with its translation, above
    // the headline; the publisher, not the title
    let mut masthead_source = None;
    if m.title.is_none() {
        let heads = || {
            blocks[..first_body.unwrap_or(blocks.len())]
                .iter()
                .filter(|b| b.kind == BlockKind::Heading)
        };
        let head = heads()
            .find(|b| {
                let pair = masthead_pair(slice(b));
                if pair.is_some() && masthead_source.is_none() {
                    masthead_source = pair.map(title_case_caps);
                }
                pair.is_none()
            })
            .or_else(|| heads().next())
            .or_else(|| {
                blocks
                    .iter()
                    .find(|b| b.kind == BlockKind::Heading && slice(b).starts_with("# "))
            });
        if let Some(h) = head {
            let (t, s) = strip_publisher(heading_text(slice(h)));
            m.title = Some(t).filter(|t| !t.is_empty());
            title_source = s;
        }
    }
    // The dateline opens the first body paragraph, or the one after a short byline
    // ("by Maxim Lebedev, staff writer" / "BRYANSK, April 3, 2023 — ...").
    let dl = first_body.and_then(|i| {
        blocks[i..]
            .iter()
            .filter(|b| b.kind == BlockKind::Body)
            .take(3)
            .scan(true, |go, b| {
                let this = go.then_some(b);
                *go = words(slice(b)) < 15;
                this
            })
            .find_map(|b| dateline::parse(slice(b)))
    });

    if m.date.is_none() {
        m.date = dateline::first_post(text, blocks)
            .or_else(|| publication_date(text, blocks, m.url.as_deref(), dl.as_ref()))
            .map(|d| dateline::weekday_order(text, d));
    }
    if m.source.is_none() {
        let host = m.url.as_deref().and_then(publishers::from_url);
        let credited = dl.as_ref().and_then(|d| d.source.clone());
        m.source = match (host, credited) {
            (Some(h), Some(c)) if c.contains(h) => Some(c),
            (Some(h), _) => Some(h.to_string()),
            (None, Some(c)) => Some(c),
            (None, None) => title_source
                .map(str::to_string)
                .or(masthead_source)
                .or_else(|| named_publisher(text, blocks).map(str::to_string))
                .or_else(|| masthead_name(text, blocks)),
        };
    }
    m
}

/// Date precedence: a Meta line (date line, "Published ...", byline, dateline line),
/// the dateline of the first body paragraph, the article URL; a dateline without a
/// year borrows the year of the URL or of a Meta line, else of the story's own latest
/// full date on or before the dateline's day ("LONDON, Aug 20 (Wire)" with "Aug. 6,
/// 2024" in the body).
fn publication_date(
    text: &str,
    blocks: &[Block],
    url: Option<&str>,
    dl: Option<&dateline::Dateline>,
) -> Option<String> {
    let mut month_only: Option<DateExpr> = None;
    let mut year: Option<i32> = None;
    for b in blocks.iter().filter(|b| b.kind == BlockKind::Meta) {
        if !matches!(
            b.reason,
            "date line" | "publication line" | "byline" | "dateline" | "label"
        ) {
            continue;
        }
        let t = &text[b.span.start..b.span.end];
        let mut ds = dates::closed_dates(t);
        // "Week of 2-8 September 2024 | Published 10 September 2024": the date the
        // line says was the publication's comes first
        ds.sort_by_key(|d| !after_published(t, d.span.start));
        for d in ds.into_iter().filter(|d| !dateline::as_of(t, d.span.start)) {
            year = year.or(d.year);
            match (d.year, d.month, d.day) {
                (Some(_), Some(_), Some(_)) => return d.iso(),
                (Some(_), Some(_), None) => month_only = month_only.or(Some(d)),
                _ => {}
            }
        }
    }
    let from_url = url.and_then(dates::date_in_url);
    if let Some(d) = dl.and_then(|d| d.date) {
        if d.year.is_some() && d.day.is_some() {
            return d.iso();
        }
        if d.day.is_some() {
            if let Some(y) = from_url
                .and_then(|u| u.year)
                .or(year)
                .or_else(|| dateline::year_from_body(text, blocks, &d))
            {
                return DateExpr { year: Some(y), ..d }.iso();
            }
        }
    }
    if let Some(u) = from_url.and_then(|u| u.iso()) {
        return Some(u);
    }
    edited::footer_date(text)
        .or_else(|| month_only.and_then(|d| d.iso()))
        .or_else(|| header_date(text, blocks))
        .or_else(|| dateline::post_stamp(text, blocks))
}

/// A full date on a short line above the story that the cleaner did not take for a
/// date line: "**Olena Kravets** · 27.09.2023 21:14", "**20 November 2023** · 9 min
/// read · By ...". Only lines before the first paragraph of 15 words or more, never a
/// teaser, banner or caption.
fn header_date(text: &str, blocks: &[Block]) -> Option<String> {
    let mut skipped = false;
    for (i, b) in blocks.iter().enumerate() {
        let t = &text[b.span.start..b.span.end];
        let long_body = b.kind == BlockKind::Body && words(t) >= 15;
        // a standfirst under the headline, then the byline: "By Marta Lindqvist | 14
        // January 2025 | 18 min read"
        if long_body && !skipped {
            if let Some(d) = blocks
                .get(i + 1)
                .and_then(|n| dateline::byline_date(&text[n.span.start..n.span.end]))
            {
                return Some(d);
            }
        }
        // one long title line with no closing stop ("STATEMENT of the ... region") is
        // not yet the story
        if long_body && !skipped && t.len() <= 200 && !t.ends_with(TERMINAL) {
            skipped = true;
            continue;
        }
        if long_body {
            // "Broadcast of 11 September 2024, 19:30. Translated ...", "Adopted at
            // the 52nd meeting ..., 30 November 2023.": a line that says when the
            // document was issued, before the story
            return (t.len() <= 160).then(|| issued_date(t)).flatten();
        }
        let furniture_ok = b.kind != BlockKind::Furniture || b.reason == "navigation";
        // (a credits line that opens with the date is no caption: "Wednesday, 24
        // January 2024 · Text: ... · Photo: ...")
        let caption = b.reason.contains("caption") && !dateline::opens_with_date(t);
        if t.len() > 160 || !furniture_ok || caption {
            continue;
        }
        if let Some(iso) = history::published_first(t) {
            return Some(iso);
        }
    }
    None
}

/// What ends a sentence of the story.
const TERMINAL: [char; 8] = ['.', '!', '?', ':', ';', '"', '\u{201d}', ')'];

/// The full date of a line that starts by saying how the document was issued.
fn issued_date(t: &str) -> Option<String> {
    let first = t.split_whitespace().next()?.to_ascii_lowercase();
    let cue = matches!(
        first.as_str(),
        "broadcast"
            | "aired"
            | "adopted"
            | "issued"
            | "released"
            | "signed"
            | "dated"
            | "post"
            | "posted"
            | "published"
    );
    if !cue {
        return None;
    }
    first_full_date(t)
}

/// The first date of `t` with year, month and day, as `YYYY-MM-DD`.
pub fn first_full_date(t: &str) -> Option<String> {
    dates::closed_dates(t)
        .into_iter()
        .find(|d| d.year.is_some() && d.month.is_some() && d.day.is_some())
        .and_then(|d| d.iso())
}

/// "Published 10 September 2024", "posted on 3 May 2024": a publication word just
/// before byte `at` of `t`.
fn after_published(t: &str, at: usize) -> bool {
    let from = t.floor_char_boundary(at.saturating_sub(14));
    let w = t[from..at].to_ascii_lowercase();
    w.contains("published") || w.contains("posted") || history::published_online(t, at)
}

fn words(t: &str) -> usize {
    t.split_whitespace().count()
}

/// The article's own address: "Original url:" (same line or the next block), a
/// bare URL line, a "Source: https://..." line; never a social-network link.
fn article_url(text: &str, blocks: &[Block]) -> Option<String> {
    let slice = |b: &Block| &text[b.span.start..b.span.end];
    for (i, b) in blocks.iter().enumerate() {
        if b.kind == BlockKind::Meta && matches!(b.reason, "url label" | "source line") {
            if let Some(u) = url_in(slice(b)) {
                return Some(u);
            }
            if b.reason == "url label" {
                if let Some(n) = blocks
                    .get(i + 1)
                    .filter(|n| n.kind == BlockKind::Meta && n.reason == "url")
                {
                    return url_in(slice(n));
                }
            }
        }
    }
    blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Meta && b.reason == "url")
        .find_map(|b| url_in(slice(b)))
}

/// The first http(s) address in `s` ("<...>", "[x](...)" and trailing punctuation
/// removed), or `s` itself when it is one address without its scheme.
fn url_in(s: &str) -> Option<String> {
    let Some(p) = s.find("https://").or_else(|| s.find("http://")) else {
        return crate::clean::address_line(s).map(str::to_string);
    };
    let rest = &s[p..];
    let end = rest
        .find(|c: char| c.is_whitespace() || matches!(c, '>' | ')' | ']' | '"' | '\''))
        .unwrap_or(rest.len());
    let u = rest[..end].trim_end_matches(['.', ',', ';']);
    (crate::clean::social(u).is_none() && u.len() > 10).then(|| u.to_string())
}

/// "Title | The Moscow Times" → ("Title", Some("The Moscow Times")).
/// A trailing date ("Title | 2023-06-01") is dropped too.
fn strip_publisher(mut t: String) -> (String, Option<&'static str>) {
    let mut name = None;
    for _ in 0..2 {
        let Some((p, sep)) = crate::bytes::rfind_strs(&t, &[" | ", " - ", " — ", " – "]) else {
            break;
        };
        let tail = t[p + sep..].trim();
        let is_date = dates::find_dates(tail)
            .first()
            .is_some_and(|d| d.span.len() == tail.len());
        match publishers::canonical(tail) {
            Some(n) if name.is_none() => name = Some(n),
            _ if is_date => {}
            _ => break,
        }
        t.truncate(p);
    }
    (t.trim().to_string(), name)
}

/// The publisher named by the page itself: a masthead, a "Source:" line, a byline,
/// an appeal banner or copyright line ("A Message from The Moscow Times:").
fn named_publisher(text: &str, blocks: &[Block]) -> Option<&'static str> {
    blocks.iter().find_map(|b| {
        let own = match b.kind {
            BlockKind::Meta => matches!(
                b.reason,
                "masthead" | "source line" | "byline" | "publication line"
            ),
            BlockKind::Furniture => {
                matches!(
                    b.reason,
                    "donation banner" | "subscription banner" | "copyright notice"
                )
            }
            _ => false,
        };
        if !own {
            return None;
        }
        let s = &text[b.span.start..b.span.end];
        let lead = s.trim_start_matches(['*', '#', ' ']);
        let named = lead
            .strip_prefix("Source:")
            .or_else(|| lead.strip_prefix("A Message from "))
            .or(Some(lead.split(", ").next().unwrap_or(lead)))
            .and_then(|r| publishers::canonical(r.trim().trim_end_matches([':', '.', '*', ' '])));
        named.or_else(|| publishers::named_in(s))
    })
}

/// The site's own name standing above the headline: a masthead with its tagline
/// ("Kharkiv Pulse — mobile edition") or a name alone ("Vostok Press Agency",
/// "KHARKIV PULSE" → "Kharkiv Pulse"). Up to five capitalised words, no digits.
fn masthead_name(text: &str, blocks: &[Block]) -> Option<String> {
    let head = blocks
        .iter()
        .position(|b| b.kind == BlockKind::Heading || b.kind == BlockKind::Body)?;
    blocks[..head].iter().find_map(|b| {
        let nav = b.kind == BlockKind::Furniture && b.reason == "navigation";
        if b.kind != BlockKind::Meta && !nav {
            return None;
        }
        let raw = text[b.span.start..b.span.end].trim();
        let name = match b.reason {
            "masthead" => crate::clean::masthead_of(raw)?,
            // ("VALUYKI SEGODNYA | Valuyki Today": the name in capitals of the pair)
            "label" => masthead_pair(raw).unwrap_or(raw),
            // "BELGOROD TODAY | Incidents | Valuyki": the site's name in capitals heads
            // its breadcrumb
            "navigation" => publishers::caps_head(raw)?,
            _ => return None,
        };
        let words: Vec<&str> = name.split_whitespace().collect();
        let small = |w: &str| matches!(w, "of" | "the" | "and" | "for" | "on");
        // a section label ("World News", "Russia", "Ukraine war") is no name
        let section = |w: &&str| {
            SECTION_WORDS
                .binary_search(&w.to_lowercase().as_str())
                .is_ok()
        };
        let ok = (1..=5).contains(&words.len())
            && !name.bytes().any(|c| c.is_ascii_digit())
            && !name.contains([':', ',', '|', '/'])
            && words
                .iter()
                .all(|w| small(w) || w.starts_with(|c: char| c.is_uppercase()))
            && !crate::clean::is_month_name(&name.to_lowercase())
            && !words.iter().all(section);
        ok.then(|| title_case_caps(name))
    })
}

/// Words of section labels and menus (sorted), never a site's whole name.
static SECTION_WORDS: &[&str] = &[
    "analysis",
    "asia",
    "breaking",
    "business",
    "east",
    "economy",
    "europe",
    "frontline",
    "home",
    "in",
    "incidents",
    "international",
    "latest",
    "live",
    "local",
    "middle",
    "news",
    "opinion",
    "politics",
    "region",
    "regions",
    "russia",
    "society",
    "the",
    "top",
    "ukraine",
    "video",
    "war",
    "world",
];

/// "KHARKIV PULSE" → "Kharkiv Pulse", "PIVNICH.NEWS" → "Pivnich.News"; a name in
/// mixed case is kept.
/// The capitals of a "NAME | Translated Name" line: 1 to 4 upper-case words before a
/// single bar, 1 to 5 words after it, no digits.
fn masthead_pair(t: &str) -> Option<&str> {
    let (left, right) = crate::bytes::split_once_str(t.trim(), " | ")?;
    let (lw, rw) = (
        left.split_whitespace().count(),
        right.split_whitespace().count(),
    );
    let ok = (1..=4).contains(&lw)
        && (1..=5).contains(&rw)
        && !right.contains('|')
        && !t.bytes().any(|c| c.is_ascii_digit())
        && left.chars().any(char::is_alphabetic)
        && !left.chars().any(char::is_lowercase);
    ok.then_some(left.trim())
}

fn title_case_caps(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if c.is_alphabetic() {
            if start {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
            start = false;
        } else {
            out.push(c);
            start = true;
        }
    }
    out
}

/// Reads front matter into a `Meta` (with its warnings).
fn front_matter(text: &str) -> Meta {
    let mut m = Meta::default();
    let Some(fm) = front::scan(text) else {
        return m;
    };
    let w = &mut m.warnings;
    if !fm.closed {
        w.push(format!(
            "front matter opened on line {} has no closing `---`; read up to line {}",
            fm.first_line, fm.last_line
        ));
    }
    for (line, s) in &fm.bad_lines {
        w.push(format!(
            "front matter line {line}: `{s}` is not a `key: value` line; ignored"
        ));
    }
    for e in &fm.entries {
        let mut key = e.key.to_ascii_lowercase();
        // "publisher:" names the source too
        if key == "publisher" {
            key = "source".to_string();
        }
        let known = ["title", "date", "source", "url", "regions", "region"].contains(&key.as_str());
        if !known {
            w.push(format!(
                "front matter line {}: unknown key `{}`; ignored",
                e.line, e.key
            ));
            continue;
        }
        if e.value.is_empty() && e.items.is_empty() {
            w.push(format!(
                "front matter line {}: `{}` has no value; ignored",
                e.line, e.key
            ));
            continue;
        }
        let taken = match key.as_str() {
            "title" => m.title.is_some(),
            "date" => m.date.is_some(),
            "source" => m.source.is_some(),
            "url" => m.url.is_some(),
            _ => m.regions.is_some(),
        };
        if taken {
            w.push(format!(
                "front matter line {}: `{}` given twice; the first is used",
                e.line, e.key
            ));
            continue;
        }
        match key.as_str() {
            "title" => m.title = Some(e.value.to_string()),
            "source" => m.source = Some(e.value.to_string()),
            "url" => m.url = Some(e.value.trim_matches(['<', '>']).to_string()),
            "date" => match front_date(e.value) {
                Some(d) => m.date = Some(d),
                None => w.push(format!(
                    "front matter line {}: `{}` is not a date (YYYY-MM-DD or YYYY-MM); ignored",
                    e.line, e.value
                )),
            },
            _ => {
                let mut names: Vec<&str> = e.items.clone();
                let v = e.value.trim().trim_start_matches('[').trim_end_matches(']');
                names.extend(v.split(',').map(str::trim).filter(|s| !s.is_empty()));
                let mut regions: Vec<String> = Vec::new();
                for n in names {
                    let n = n.trim_matches(['"', '\'']);
                    match crate::regions::canonical(n) {
                        Some(r) if !regions.iter().any(|x| x == r) => regions.push(r.to_string()),
                        Some(_) => {}
                        None => w.push(format!(
                            "front matter line {}: unknown region `{n}`; ignored",
                            e.line
                        )),
                    }
                }
                if !regions.is_empty() {
                    m.regions = Some(regions);
                }
            }
        }
    }
    m
}

/// `2024-03-05`, `2024-03`, `2024/03/05`, `2024-03-05T10:00:00Z`, or a written
/// date ("March 5, 2024"); validated (month 1–12, day within the month).
fn front_date(v: &str) -> Option<String> {
    let v = v.trim();
    let head = v.split(['T', ' ']).next().unwrap_or(v);
    let parts: Vec<&str> = head.split(['-', '/', '.']).collect();
    let num = |s: &str| {
        (!s.is_empty() && s.bytes().all(|c| c.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    if parts.iter().all(|p| num(p).is_some()) && parts[0].len() == 4 {
        let y = num(parts[0])?;
        let m = parts.get(1).and_then(|p| num(p))?;
        if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) || parts.len() > 3 {
            return None;
        }
        return match parts.get(2) {
            None => Some(format!("{y:04}-{m:02}")),
            Some(d) => {
                let d = num(d)?;
                (1..=days_in(y, m))
                    .contains(&d)
                    .then(|| format!("{y:04}-{m:02}-{d:02}"))
            }
        };
    }
    let found = dates::find_dates(v);
    let d = found.first()?;
    (found.len() == 1 && d.span.len() * 2 >= v.len())
        .then(|| d.iso())
        .flatten()
}

fn days_in(y: u32, m: u32) -> u32 {
    match m {
        2 if y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

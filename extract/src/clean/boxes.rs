//! Regions of blocks judged together: appeal banners (an opening cue and the blocks
//! that still appeal), money appeals at the page's tail, and related-article boxes
//! (headers, teaser headlines, a teaser paragraph that shares their words).

use super::scan::in_list;
use super::{
    cues,
    lexicon::{TEASER_HEADERS, TEASER_HEADER_MAX},
    BlockKind, Cand,
};

/// Appeal banners: from an opening cue over every block that still appeals or is a
/// button; a close button just before the cue belongs to it too.
pub(super) fn banners(text: &str, c: &mut [Cand]) {
    let mut i = 0;
    while i < c.len() {
        if !c[i].banner_start {
            i += 1;
            continue;
        }
        let mut s = i;
        while s > 0 && (cues::button(&c[s - 1].low) || c[s - 1].reason == "close button") {
            s -= 1;
        }
        // the rest of the cue's stanza (lines without a blank between), when short
        let mut top = s;
        while top > 0 && !c[top].gap_before && c[top - 1].kind != Some(BlockKind::Heading) {
            top -= 1;
        }
        if s - top <= 4
            && c[top..s]
                .iter()
                .all(|x| x.kind.is_none() || x.kind == Some(BlockKind::Furniture))
        {
            s = top;
        }
        let mut e = i;
        while e + 1 < c.len() {
            let (l, span) = (&c[e + 1].low, c[e + 1].span);
            let appeal = if span.len() > 300 {
                cues::appeal(&cues::plain_lower_upto(
                    &text[span.start..span.end],
                    usize::MAX,
                ))
            } else {
                cues::appeal(l)
            };
            if appeal || cues::button(l) || c[e + 1].banner_start {
                e += 1;
            } else {
                break;
            }
        }
        let subscription = c[s..=e].iter().any(|b| b.low.contains("subscri"))
            && !c[s..=e].iter().any(|b| {
                ["donat", "support", "contribut"]
                    .iter()
                    .any(|w| b.low.contains(w))
            });
        for b in &mut c[s..=e] {
            b.kind = Some(BlockKind::Furniture);
            b.reason = if subscription {
                "subscription banner"
            } else {
                "donation banner"
            };
            b.title = false;
        }
        i = e + 1;
    }
}

/// The page's tail: short prose blocks after the article that ask readers for money
/// ("Paid subscribers get ...: $8 a month", "A gift of $50 funds ..."), read from the
/// end back over furniture until the first block of ordinary prose.
pub(super) fn tail_appeals(c: &mut [Cand]) {
    for x in c.iter_mut().rev() {
        match x.kind {
            Some(_) => continue,
            // a short line asks for money too: "Forward this digest | Support us: 150 UAH/month"
            None if x.span.len() <= 300 && cues::money_appeal(&x.low) => {
                x.kind = Some(BlockKind::Furniture);
                x.reason = "donation banner";
            }
            None if x.title || x.short || x.link_only => continue,
            None => break,
        }
    }
}

/// The page's head: a short appeal for money above the story, under its headline
/// ("Support Meduza: we need 30,000 donors to keep working. Donate €10 a month."), read
/// from the start over headings and furniture until the first block of ordinary prose.
pub(super) fn head_appeals(c: &mut [Cand]) {
    for x in c.iter_mut() {
        match x.kind {
            Some(_) => continue,
            // (the lead may speak of money and support: the appeal asks for it)
            None if x.span.len() <= 200
                && x.low.contains("donat")
                && (x.low.starts_with("support ") || x.low.starts_with("donate"))
                && cues::money_appeal(&x.low) =>
            {
                x.kind = Some(BlockKind::Furniture);
                x.reason = "donation banner";
            }
            // (a headline without its period is no prose yet)
            None if x.title
                || x.short
                || x.link_only
                || (x.span.len() <= 200 && !super::ends_terminal(&x.low)) =>
            {
                continue
            }
            None => break,
        }
    }
}

const TEASER: &str = "related-article teaser";

/// Related-article boxes: headers with their teaser headlines, title lines the page
/// repeats after the body has begun, and the teaser paragraph under a teaser headline.
pub(super) fn teasers(text: &str, c: &mut [Cand]) {
    let open = |x: &Cand| x.kind.is_none();
    let first_body = c
        .iter()
        .position(|x| open(x) && !x.title && !x.short)
        .unwrap_or(c.len());
    let mut heads: Vec<usize> = Vec::new();

    // Title lines seen twice (after the body has begun).
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for x in c.iter().filter(|x| open(x) && x.title) {
        *seen.entry(&text[x.span.start..x.span.end]).or_default() += 1;
    }
    for (i, x) in c.iter().enumerate().skip(first_body) {
        if open(x)
            && x.title
            && seen
                .get(&text[x.span.start..x.span.end])
                .is_some_and(|n| *n > 1)
        {
            heads.push(i);
        }
    }
    // Headers: the title line glued above, the title and link lines below.
    for i in 0..c.len() {
        // "Read more" without its colon heads a list when title lines follow at once
        let list_head = c[i].reason == "read-more link"
            && c.get(i + 1)
                .is_some_and(|n| !n.gap_before && open(n) && n.title);
        if !c[i].teaser_header && !list_head {
            continue;
        }
        if list_head {
            c[i].reason = TEASER;
        }
        if i > 0 && !c[i].gap_before && open(&c[i - 1]) && c[i - 1].title {
            heads.push(i - 1);
        }
        let mut j = i + 1;
        while j < c.len() {
            let raw = &text[c[j].span.start..c[j].span.end];
            // a list item, or a question headline glued under the header
            let item = !c[j].gap_before
                && (cues::list_item(raw)
                    || question_headline(raw)
                    || open_headline(raw)
                    || list_count(raw));
            if open(&c[j]) && (c[j].title || c[j].link_only || item) {
                heads.push(j);
            } else if matches!(c[j].reason, "date line" | "publication line") {
                // the teaser's own date: furniture, never the publication date
                c[j].kind = Some(BlockKind::Furniture);
                c[j].reason = TEASER;
            } else if c[j].reason != "related-article link" {
                break;
            }
            j += 1;
        }
    }
    heads.sort_unstable();
    heads.dedup();
    for &h in &heads {
        c[h].kind = Some(BlockKind::Furniture);
        c[h].reason = TEASER;
    }
    // The paragraph under a teaser headline, when it speaks the teaser's words.
    for &h in heads.iter().take(32) {
        let p = h + 1;
        if p < c.len() && open(&c[p]) && !c[p].title && shared_words(text, c, h, p) >= 2 {
            c[p].kind = Some(BlockKind::Furniture);
            c[p].reason = TEASER;
        }
    }
}

/// A screen reader's count of the list under a box header: "list of 4 items".
fn list_count(raw: &str) -> bool {
    raw.strip_prefix("list of ")
        .and_then(|r| r.strip_suffix(" items").or_else(|| r.strip_suffix(" item")))
        .is_some_and(|n| !n.is_empty() && n.len() <= 3 && n.bytes().all(|c| c.is_ascii_digit()))
}

/// A one-line headline asking a question: "Explainer: who are the volunteers?".
fn question_headline(raw: &str) -> bool {
    let end = raw.trim_end_matches(|c: char| "\"'”’»)".contains(c));
    raw.len() <= 160
        && !raw.contains('\n')
        && end.ends_with('?')
        && raw.starts_with(|c: char| c.is_uppercase() || "\"“‘'«".contains(c))
}

/// A one-line headline with no closing stop, glued under a teaser header: "Ukraine
/// says Russia launched 158 missiles in largest attack", "Kharkiv after 40 missiles:
/// In Pictures" (a sentence of the story ends with its stop).
fn open_headline(raw: &str) -> bool {
    let t = raw.trim_end();
    t.len() <= 160
        && !t.contains('\n')
        && !t.ends_with(['.', ';', ','])
        && t.starts_with(|c: char| c.is_uppercase() || "\"“‘'«".contains(c))
}

/// Words of the teaser headline `h` that paragraph `p` uses and that occur nowhere
/// else in the text outside teaser blocks.
fn shared_words(text: &str, c: &[Cand], h: usize, p: usize) -> usize {
    let head = &text[c[h].span.start..c[h].span.end];
    let para = &text[c[p].span.start..c[p].span.end];
    let mut n = 0;
    for w in head
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '’'))
        .take(16)
    {
        let caps = w.len() >= 2 && w.chars().all(|ch| ch.is_ascii_uppercase());
        if !(caps || w.chars().count() >= 4)
            || STOP.binary_search(&w.to_lowercase().as_str()).is_ok()
        {
            continue;
        }
        let key: String = if caps {
            w.to_string()
        } else {
            w.to_lowercase().chars().take(5).collect()
        };
        if !has_word(para, &key, caps) {
            continue;
        }
        let elsewhere = c.iter().enumerate().any(|(i, x)| {
            i != p && x.reason != TEASER && has_word(&text[x.span.start..x.span.end], &key, caps)
        });
        if !elsewhere {
            n += 1;
        }
    }
    n
}

static STOP: &[&str] = &[
    "about", "after", "again", "against", "amid", "been", "before", "could", "from", "have",
    "into", "just", "like", "more", "most", "over", "said", "says", "should", "some", "such",
    "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "what",
    "when", "where", "which", "while", "will", "with", "would",
];

/// Whether a word starting with `key` occurs (ASCII case-insensitive unless `exact`).
fn has_word(hay: &str, key: &str, exact: bool) -> bool {
    let (h, k) = (hay.as_bytes(), key.as_bytes());
    if k.is_empty() || h.len() < k.len() {
        return false;
    }
    let k0 = k[0];
    // the first byte in either case (one case when `exact` or not a letter)
    let k1 = if !exact && k0.is_ascii_alphabetic() {
        k0 ^ 0x20
    } else {
        k0
    };
    let last = h.len() - k.len();
    let mut from = 0;
    while let Some(p) = crate::bytes::find_any(&h[from..=last], 0, &[k0, k1]) {
        let i = from + p;
        from = i + 1;
        if i > 0 && (h[i - 1].is_ascii_alphanumeric() || h[i - 1] >= 0x80) {
            continue;
        }
        let hit = if exact {
            &h[i..i + k.len()] == k
                && !h
                    .get(i + k.len())
                    .is_some_and(|b| b.is_ascii_alphanumeric())
        } else {
            h[i..i + k.len()].eq_ignore_ascii_case(k)
                && (k.len() >= 5
                    || !h
                        .get(i + k.len())
                        .is_some_and(|b| b.is_ascii_alphanumeric()))
        };
        if hit {
            return true;
        }
    }
    false
}

/// A teaser box on one line: a teaser header, a colon, then at least two headlines
/// split by "|" or "·" ("More on this story: Kyiv: 5 killed ... | Belgorod in maps",
/// "Top news: A | B", "More from Zvezda: A · Watch live"); a leading HTML tag
/// (`<div class="related">`) is skipped. Prose after "Latest:" without a
/// separator stays body.
pub(super) fn inline_teaser(low: &str) -> bool {
    let mut s = low;
    if s.starts_with('<') {
        match s.find('>') {
            Some(g) if g < 80 => s = s[g + 1..].trim_start(),
            _ => return false,
        }
    }
    // (the first colon of the first 48 bytes, eight bytes at a time)
    let Some(colon) = crate::bytes::find_any(&s.as_bytes()[..s.len().min(48)], 0, b":") else {
        return false;
    };
    let label = &s[..colon];
    let rest = &s[colon + 1..];
    // "Most read on NewsFeed24:": a header with the site's name after "on"
    let base = crate::bytes::rfind_str(label, " on ").map_or(label, |i| &label[..i]);
    (in_list(TEASER_HEADERS, label)
        || in_list(TEASER_HEADERS, base)
        || ["more from ", "also on ", "more on "]
            .iter()
            .any(|p| label.starts_with(p)))
        && (rest.contains(" | ") || rest.contains(" \u{b7} ") || numbered_run(rest))
}

/// A box header with its section or its site after it: "MOST READ IN NEWS", "Most
/// popular in Sport", "Most Read from Bloomberg" (one word after "in"; at most three
/// after "from", none a verb's object: "Most read from the region was ..." is prose).
/// (A header is at most [`TEASER_HEADER_MAX`] bytes: no search in longer text.)
pub(super) fn header_with_section(b: &str) -> bool {
    // (a header in the list, " in ", a section of one word of up to 16 bytes)
    b.len() <= TEASER_HEADER_MAX + 4 + 16
        && crate::bytes::split_once_str(b, " in ").is_some_and(|(h, sec)| {
            sec.len() <= 16 && !sec.contains(' ') && in_list(TEASER_HEADERS, h)
        })
        // (a header in the list, " from ", a site of at most 24 bytes)
        || b.len() <= TEASER_HEADER_MAX + 6 + 24
            && crate::bytes::split_once_str(b, " from ").is_some_and(|(h, site)| {
            site.len() <= 24
                && site.split(' ').count() <= 3
                && !site.starts_with("the ")
                // ("More from WorldWire": "more from" and the site)
                && (in_list(TEASER_HEADERS, h) || h == "more")
        })
}

/// A box header over a list, before its colon: a header of the list and "from the"
/// with at most two words ("more news from the districts", "latest from the region").
pub(super) fn header_from_the(b: &str) -> bool {
    b.len() <= TEASER_HEADER_MAX + 10 + 24
        && crate::bytes::split_once_str(b, " from the ").is_some_and(|(h, what)| {
            what.len() <= 24 && what.split(' ').count() <= 2 && in_list(TEASER_HEADERS, h)
        })
}

/// A box header with the site after " on ": "read also on rbc", "more stories on
/// meduza" (at most three words of up to 24 bytes, not "the ...": "Latest on the war" is
/// a heading of the body).
pub(super) fn header_on_site(b: &str) -> bool {
    b.len() <= TEASER_HEADER_MAX + 4 + 24
        && crate::bytes::split_once_str(b, " on ").is_some_and(|(h, site)| {
            site.len() <= 24
                && site.split(' ').count() <= 3
                && !site.starts_with("the ")
                && (in_list(TEASER_HEADERS, h) || matches!(h, "read more" | "see more"))
        })
}

/// Headlines numbered in a run on one line: "1. Kursk: 3 killed in Lgov  2. Oil jumps".
fn numbered_run(rest: &str) -> bool {
    rest.trim_start().starts_with("1. ") && rest.contains(" 2. ")
}

/// Reader comments: the lines glued under a comments header ("Comments (37)") after the
/// body has begun, each "Handle: text" with a handle of at most three words, up to a
/// blank line or a line of another shape. A reader's "14 tanks" is no reported figure.
pub(super) fn reader_comments(text: &str, c: &mut [Cand]) {
    let Some(first_body) = c
        .iter()
        .position(|x| x.kind.is_none() && !x.title && !x.short)
    else {
        return;
    };
    for i in first_body..c.len() {
        if c[i].reason != "comments link" {
            continue;
        }
        // (inside a comment that opened with a "Handle, 13.08.2024 10:02" line)
        let mut in_comment = false;
        for j in i + 1..c.len() {
            let raw = &text[c[j].span.start..c[j].span.end];
            if comment_header(raw) {
                in_comment = true;
            } else if !(in_comment && !c[j].gap_before) {
                in_comment = false;
                if c[j].gap_before || c[j].kind.is_some() || !comment_shaped(raw) {
                    break;
                }
            }
            c[j].kind = Some(BlockKind::Furniture);
            c[j].reason = "reader comment";
        }
    }
}

/// "Sergey_V: how many times already...", "Natalia Ivanovna: Lord, keep them safe".
fn comment_shaped(raw: &str) -> bool {
    let Some(colon) = raw.bytes().take(40).position(|b| b == b':') else {
        return false;
    };
    let handle = &raw[..colon];
    !raw.contains('\n')
        && !handle.is_empty()
        && handle.split(' ').count() <= 3
        && !handle.bytes().any(|b| b.is_ascii_digit())
        && raw[colon + 1..].starts_with(' ')
}

/// The line that opens a reader's comment: a handle of at most three words, a comma
/// and when it was posted ("Nadezhda_K, 13.08.2024 10:02", "Olga M., 19:15",
/// "guest_5531, 2 hours ago"); its text follows on the next lines.
fn comment_header(raw: &str) -> bool {
    let line = raw.split('\n').next().unwrap_or(raw).trim_end();
    let Some((handle, when)) = line.split_once(", ") else {
        return false;
    };
    let when = when.trim();
    !handle.is_empty()
        && handle.len() <= 32
        && handle.split(' ').count() <= 3
        && when.starts_with(|c: char| c.is_ascii_digit())
        && when.len() <= 24
        && when.split(' ').all(|w| {
            w.bytes()
                .all(|b| b.is_ascii_digit() || b"./:-".contains(&b))
                || matches!(
                    w,
                    "at" | "am"
                        | "pm"
                        | "ago"
                        | "min"
                        | "minutes"
                        | "hour"
                        | "hours"
                        | "day"
                        | "days"
                )
        })
}

/// A button that opens more of the comments: "Show 35 more comments", "Load more
/// replies", "View all 12 comments" (at most six words).
pub(super) fn more_comments(b: &str) -> bool {
    // (the endings first: one comparison each where five openings would be tried)
    (b.ends_with(" comments") || b.ends_with(" replies"))
        && ["show ", "load ", "view ", "see ", "read "]
            .iter()
            .any(|p| b.starts_with(p))
        && b.split(' ').count() <= 6
}

//! Datelines at the start of a body paragraph:
//! "MOSCOW (UrduPoint News / Sputnik - 02nd August, 2023) Russia is ...",
//! "KURSK, August 9. /TASS/. The Kursk Region ...", "MOSCOW, Dec 6 (Reuters) - ...",
//! "KYIV, Ukraine (AP) — ...", "December 6, 2022 — ...".

use super::publishers;
use crate::clean::{Block, BlockKind};
use crate::dates::{self, DateExpr};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// Byte length of the dateline within the paragraph.
    pub len: usize,
    /// The credited agency or publisher as written ("UrduPoint News / Sputnik", "TASS").
    pub source: Option<String>,
    /// The date in the dateline (year may be missing: "August 9").
    pub date: Option<DateExpr>,
}

/// The year of a dateline without one ("LONDON, Aug 20 (Wire) - ..."), from the
/// story's full dates: the latest year whose date in the body falls on or before the
/// dateline's month and day (a story reports what has happened). Only digits-bearing
/// body paragraphs are searched.
pub fn year_from_body(text: &str, blocks: &[Block], dl: &DateExpr) -> Option<i32> {
    let (m, d) = (dl.month?, dl.day?);
    let mut best: Option<i32> = None;
    for b in blocks.iter().filter(|b| b.kind == BlockKind::Body) {
        let t = &text[b.span.start..b.span.end];
        if !t.bytes().any(|c| c.is_ascii_digit()) {
            continue;
        }
        for x in dates::find_dates(t) {
            if let (Some(y), Some(xm), Some(xd)) = (x.year, x.month, x.day) {
                if (xm, xd) <= (m, d) && best.map_or(true, |b| y > b) {
                    best = Some(y);
                }
            }
        }
    }
    best
}

/// The dateline that opens `para`, if it has one.
pub fn parse(para: &str) -> Option<Dateline> {
    let window = &para[..para.floor_char_boundary(180)];
    let caps = window
        .bytes()
        .take_while(|c| c.is_ascii_uppercase() || matches!(c, b' ' | b'-' | b'.' | b'\''))
        .count();
    let letters = window[..caps]
        .bytes()
        .filter(u8::is_ascii_uppercase)
        .count();
    let city = letters >= 3 && {
        let rest = &window[caps..];
        rest.starts_with(',') || rest.starts_with('(') || rest.starts_with(['—', '–', '-', '/'])
    };
    let leading_date = !city
        && dates::find_dates(window)
            .first()
            .is_some_and(|d| d.span.start == 0);
    if !city && !leading_date && !named_place_date(window) {
        return None;
    }
    let len = end_of(window).or_else(|| place_date_period(window))?;
    let head = &window[..len];
    let date = dates::find_dates(head)
        .into_iter()
        .find(|d| d.month.is_some());
    Some(Dateline {
        len,
        source: credited(head),
        date,
    })
}

/// A place in title case, a comma and a date at once: "Sumy, March 12, 2024 — ...",
/// "Novaya Tavolzhanka, 5 June 2023 - ..." (at most three words before the comma).
fn named_place_date(w: &str) -> bool {
    let Some(comma) = w.find(", ") else {
        return false;
    };
    let place = &w[..comma];
    let words: Vec<&str> = place.split([' ', '-']).collect();
    let names = words.len() <= 3
        && words.iter().all(|x| {
            x.starts_with(|c: char| c.is_uppercase())
                && x.chars()
                    .skip(1)
                    .all(|c| c.is_alphabetic() && !c.is_uppercase())
                && x.chars().count() >= 2
        });
    names
        && dates::find_dates(&w[comma + 2..])
            .first()
            .is_some_and(|d| d.span.start == 0 && d.month.is_some())
}

/// "Kharkiv, 21 May 2024. The press conference took place ...": a place and a date
/// closed by a period, with no dash after it; the end of ". ".
fn place_date_period(w: &str) -> Option<usize> {
    if !named_place_date(w) {
        return None;
    }
    let at = w.find(", ")? + 2;
    let d = dates::find_dates(&w[at..]).into_iter().next()?;
    let e = at + d.span.end;
    w[e..].starts_with(". ").then_some(e + 2)
}

/// Where the dateline ends: after "(...)", after "/AGENCY/." or at a dash.
fn end_of(w: &str) -> Option<usize> {
    let mut best: Option<usize> = None;
    let mut take = |e: usize| {
        if best.is_none_or(|b| e < b) {
            best = Some(e);
        }
    };
    if let Some(o) = w.find('(') {
        if let Some(c) = w[o..].find(')') {
            let e = o + c + 1;
            let after = w[e..].trim_start_matches(' ');
            let dash = after.starts_with(['-', '—', '–']) as usize;
            take(w.len() - after.len() + dash * after.chars().next().map_or(0, char::len_utf8));
        }
    }
    if let Some(p) = w.find(" /") {
        if let Some(q) = w[p + 2..].find('/') {
            let e = p + 2 + q + 1;
            take(e + w[e..].starts_with('.') as usize);
        }
    }
    for d in [" - ", " — ", " – ", "— ", "– "] {
        if let Some(p) = w.find(d) {
            // a dash inside the parentheses does not end the dateline
            let open = w[..p].matches('(').count() > w[..p].matches(')').count();
            if !open {
                take(p + d.len());
            }
        }
    }
    best
}

/// The agency credited in a dateline head: "(UrduPoint News / Sputnik - 02nd August, 2023)"
/// → "UrduPoint News / Sputnik"; "/TASS/" → "TASS"; "(Reuters)" → "Reuters".
fn credited(head: &str) -> Option<String> {
    let mut candidates: Vec<&str> = Vec::new();
    if let (Some(o), Some(c)) = (head.find('('), head.rfind(')')) {
        if o < c {
            let inner = &head[o + 1..c];
            let cut = [" - ", " – ", " — ", ", "]
                .iter()
                .filter_map(|d| inner.find(d))
                .min();
            candidates.push(inner[..cut.unwrap_or(inner.len())].trim());
        }
    }
    if let Some(p) = head.find(" /") {
        if let Some(q) = head[p + 2..].find('/') {
            candidates.push(&head[p + 2..p + 2 + q]);
        }
    }
    for &cand in &candidates {
        let parts: Vec<&str> = cand.split('/').map(str::trim).collect();
        if parts.iter().any(|p| publishers::canonical(p).is_some()) {
            if parts.len() == 1 {
                return publishers::canonical(parts[0]).map(str::to_string);
            }
            return Some(parts.join(" / "));
        }
    }
    // "LONDON, Aug 20 (Meridian Wire) - ": an agency we do not know, credited where a
    // wire credits itself (a dated head, one to four capitalised words)
    let dated = dates::find_dates(head).iter().any(|d| d.month.is_some());
    candidates
        .into_iter()
        .find(|c| dated && agency_name(c))
        .map(str::to_string)
}

/// One to four capitalised words, letters only, none a place word: "Meridian Wire",
/// not "Belgorod Region" or "Ukraine's north".
fn agency_name(c: &str) -> bool {
    let words: Vec<&str> = c.split(' ').collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.len() >= 2
                && w.starts_with(|ch: char| ch.is_ascii_uppercase())
                && w.bytes().all(|b| b.is_ascii_alphabetic())
                && !matches!(
                    *w,
                    "Region" | "Oblast" | "District" | "Province" | "Republic" | "Krai"
                )
        })
}

/// The full date on a short byline line ("By Jane Doe | 3 May 2024 | 5 min read").
pub fn byline_date(t: &str) -> Option<String> {
    // "By" and a capitalised name, not a sentence ("By March 3, 2024, the unit ...")
    let name_first = t.get(3..).and_then(|r| r.chars().next());
    if t.len() > 160
        || !(t.starts_with("By ") || t.starts_with("by "))
        || !name_first.is_some_and(char::is_uppercase)
        || t.ends_with('.')
    {
        return None;
    }
    crate::dates::find_dates(t)
        .into_iter()
        .find(|d| d.year.is_some() && d.month.is_some() && d.day.is_some() && d.span.start > 4)
        .and_then(|d| d.iso())
}

/// A full date at the start of a line, maybe after a weekday: "Wednesday, 24 January
/// 2024 · Text: ...", "24.01.2024 · Photo: ...".
pub fn opens_with_date(t: &str) -> bool {
    let lead = t.len()
        - t.trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .len();
    let lead = if t[lead..].starts_with(", ") {
        lead + 2
    } else {
        0
    };
    dates::find_dates(&t[..t.floor_char_boundary(lead + 40)])
        .first()
        .is_some_and(|d| d.span.start <= lead && d.day.is_some() && d.year.is_some())
}

/// The stamp under a social post, when nothing else dates the page: a short line near
/// the end with a time of day and a full date ("1.4K reposts · 4:12 PM · Aug 20, 2024",
/// "10:05 AM · 3 May 2024"). A date with no time there (a teaser's) does not count.
pub fn post_stamp(text: &str, blocks: &[Block]) -> Option<String> {
    for b in blocks.iter().rev().take(4) {
        let t = &text[b.span.start..b.span.end];
        // byte test first: a stamp has a colon (the time) and a digit
        if t.len() > 160 || !t.contains(':') || b.kind == BlockKind::Body {
            continue;
        }
        if dates::find_times(t).is_empty() {
            continue;
        }
        if let Some(iso) = super::first_full_date(t) {
            return Some(iso);
        }
    }
    None
}

/// An ambiguous slash date read month-first ("05/06/2024" → 2024-05-06) is read
/// day-first instead when the article names the weekday of the day-first reading
/// (Wednesday, 5 June 2024) and not that of the month-first one.
pub fn weekday_order(text: &str, iso: String) -> String {
    let num = |r: std::ops::Range<usize>| iso.get(r).and_then(|x| x.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return iso;
    };
    if iso.len() != 10 || m > 12 || d > 12 || m == d {
        return iso;
    }
    // the page writes it with slashes, month first
    let written = [format!("{m:02}/{d:02}/{y}"), format!("{m}/{d}/{y}")];
    if !written.iter().any(|w| text.contains(w.as_str())) {
        return iso;
    }
    let named = |wd: usize| {
        let name = WEEKDAYS[wd];
        text.match_indices(name)
            .any(|(i, _)| !text[i + name.len()..].starts_with(|c: char| c.is_alphanumeric()))
    };
    if !named(weekday(y, m, d)) && named(weekday(y, d, m)) {
        return format!("{y:04}-{d:02}-{m:02}");
    }
    iso
}

const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

/// Day of the week, 0 = Sunday (Sakamoto's method).
fn weekday(y: u32, m: u32, d: u32) -> usize {
    const T: [u32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    ((y + y / 4 - y / 100 + y / 400 + T[(m - 1) as usize] + d) % 7) as usize
}

/// A forum thread is dated by its first post: where the first paragraph of the page
/// after its headings opens with a post header ("Posted by: sergei_rylsk | Nov 12,
/// 2022, 21:14 | #1"), the full date of that header line. Comments under a story
/// ("Posted by" after the story's paragraphs) do not date it.
pub fn first_post(text: &str, blocks: &[Block]) -> Option<String> {
    let b = blocks
        .iter()
        .find(|b| matches!(b.kind, BlockKind::Body | BlockKind::Meta))?;
    let t = &text[b.span.start..b.span.end];
    // byte test first
    if !(t.starts_with("Posted by") || t.starts_with("Posted on")) {
        return None;
    }
    let line = &t[..t.find('\n').unwrap_or(t.len())];
    super::first_full_date(line)
}

/// A date in brackets after a labelled count on its line, its "as of" date, not the
/// page's: "Size: c. 2,000 (September 2024)", "Strength: 1,200 (as of May 2024)" in
/// an infobox. `at`: the date's start.
pub(super) fn as_of(t: &str, at: usize) -> bool {
    let before = &t[..at];
    let before = before.strip_suffix("as of ").unwrap_or(before);
    before.ends_with('(') && before.contains(": ") && before.bytes().any(|c| c.is_ascii_digit())
}

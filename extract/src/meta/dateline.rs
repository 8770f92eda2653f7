//! Datelines at the start of a body paragraph:
//! "MOSCOW (UrduPoint News / Sputnik - 02nd August, 2023) Russia is ...",
//! "KURSK, August 9. /TASS/. The Kursk Region ...", "MOSCOW, Dec 6 (Reuters) - ...",
//! "KYIV, Ukraine (AP) — ...", "December 6, 2022 — ...".

use super::publishers;
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

/// The dateline that opens `para`, if it has one.
pub fn parse(para: &str) -> Option<Dateline> {
    let window = &para[..floor(para, 180)];
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
    let len = end_of(window)?;
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

fn floor(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
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
    for cand in candidates {
        let parts: Vec<&str> = cand.split('/').map(str::trim).collect();
        if parts.iter().any(|p| publishers::canonical(p).is_some()) {
            if parts.len() == 1 {
                return publishers::canonical(parts[0]).map(str::to_string);
            }
            return Some(parts.join(" / "));
        }
    }
    None
}

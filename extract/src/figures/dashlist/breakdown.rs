//! A breakdown by region in brackets after a figure: "17 members killed (Belgorod 11,
//! Kursk 6)", "40 houses damaged (Sumy 28; Kharkiv 12)". Each bare number counts what
//! the figure before the bracket counts, in the region named right before it.

use super::super::table::row_region;
use super::super::Attached;
use crate::numerals::{find_numbers, NumberExpr};

/// The item of a bracketed breakdown whose number is `n`: from the region's name to
/// the number, with the unit, class and casualty of the figure before the bracket.
pub(in crate::figures) fn region_item(s: &str, n: &NumberExpr) -> Option<Attached> {
    // byte tests first: digits after a space after a letter, then "," ";" or ")"
    let lead = s[..n.span.start].strip_suffix(' ')?;
    if n.words || !lead.ends_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let next = s[n.span.end..].trim_start_matches(' ');
    if !next.starts_with([',', ';', ')']) {
        return None;
    }
    // the open bracket on the sentence before, then the item's label
    let open = lead
        .rfind(['(', ')', '\n'])
        .filter(|&i| lead.as_bytes()[i] == b'(')?;
    let from = lead[open..]
        .rfind([',', ';', '('])
        .map_or(open, |i| open + i)
        + 1;
    let label = lead[from..].trim_start();
    let label_at = lead.len() - label.len();
    if label.is_empty()
        || label.len() > 32
        || !label.starts_with(|c: char| c.is_ascii_uppercase())
        || label.bytes().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    // (one region named: "Belgorod", "Kursk region")
    row_region(label)?;
    // the figure right before the bracket: "17 members killed ("
    let head = &s[..open];
    let m = find_numbers(head).pop()?;
    let a = super::super::counted::attach(s, &m, None, None, "")?;
    let gap = s[a.end..open].trim();
    if gap.len() > 24 || gap.bytes().any(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(Attached {
        start: label_at,
        end: n.span.end,
        ..a
    })
}

//! Lists of events as encyclopedias print them: one row per event, its date first
//! ("2 January"), columns of words (place, region, weapon), columns of counts under
//! casualty headers ("Killed", "Injured") and a free "Notes" column ("8 cars
//! damaged[11]", "[5]"). The row's region is the one its cells name; a "Total" row
//! over rows of several regions belongs to none.

use super::{meaning, no_data, value_cell};
use crate::model::{Category, Span};

/// Whether a first cell sums the rows above: "Total", "Totals", "**Total**", "All".
pub(super) fn total_label(c: &str) -> bool {
    let c = c.trim().trim_matches(['*', '_', ':']).trim();
    let first = c.split([' ', '(', ',']).next().unwrap_or("");
    matches!(
        first,
        "Total" | "Totals" | "TOTAL" | "total" | "All" | "Overall"
    )
}

/// A row numbered in a "No." column whose sum row writes "Total" there ("Total | | |
/// 5 | 24"): moves "Total" into the empty cell after it (the label column once the
/// numbers are dropped), and says whether the rows were numbered that way.
pub(super) fn numbered_with_total(text: &str, lines: &mut [(Span, Vec<Span>)]) -> bool {
    let cell = |s: Span| text[s.start..s.end].trim();
    let numbered = lines[1..].iter().all(|(_, c)| {
        let t = cell(c[0]);
        (t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
            || (total_label(t) && c.len() > 2 && cell(c[1]).is_empty())
    });
    if !numbered {
        return false;
    }
    for (_, c) in lines[1..].iter_mut() {
        if total_label(cell(c[0])) {
            c[1] = c[0];
        }
    }
    true
}

/// Whether the lines (header first) list events: a header of short word cells (four
/// or more), and at least one column under a header with a meaning ("Killed",
/// "Injured") whose every cell is a bare count or empty, numbers in it.
pub(super) fn rows_ok(text: &str, lines: &[(Span, Vec<Span>)]) -> bool {
    let cell = |s: Span| text[s.start..s.end].trim();
    let header = &lines[0].1;
    if header.len() < 4
        || !header.iter().all(|&h| {
            let h = cell(h);
            !h.is_empty() && h.len() <= 30 && !h.bytes().any(|b| b.is_ascii_digit())
        })
    {
        return false;
    }
    (1..header.len()).any(|j| {
        meaning(cell(header[j]), "").is_some_and(|m| {
            matches!(
                m.category,
                Category::Killed | Category::Injured | Category::Casualties
            )
        }) && lines[1..].iter().all(|(_, c)| {
            let x = cell(c[j]);
            no_data(x) || (value_cell(x) && x.bytes().all(|b| b.is_ascii_digit() || b == b','))
        }) && lines[1..].iter().any(|(_, c)| !no_data(cell(c[j])))
    })
}

/// The region a row names in its cells other than the label (a "Region" or place
/// column), if exactly one; cells with numbers (notes) are not read.
pub(super) fn cells_region(text: &str, cells: &[Span]) -> Option<&'static str> {
    let mut found = None;
    for c in cells.iter().skip(1) {
        let x = &text[c.start..c.end];
        if x.len() > 60 || x.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        if let Some(r) = super::row_region(x) {
            if found.is_some_and(|f| f != r) {
                return None;
            }
            found = Some(r);
        }
    }
    found
}

/// Whether the table's rows (other than a total) name two or more regions.
pub(super) fn several_regions(text: &str, rows: &[(Span, Vec<Span>)]) -> bool {
    let mut first = None;
    for (_, c) in rows {
        let label = &text[c[0].start..c[0].end];
        if total_label(label) {
            continue;
        }
        if let Some(r) = super::row_region(label).or_else(|| cells_region(text, c)) {
            if first.is_some_and(|f| f != r) {
                return true;
            }
            first = Some(r);
        }
    }
    false
}

//! Tables of official documents (budget annexes, procurement notices): the unit of the
//! whole table stands in brackets on the line above it ("(thousand rubles)"), a column
//! gives the unit of measure of each row ("pcs", "sets"), and a "Quantity" column
//! counts what the row's label names ("Quadcopter with thermal imaging camera" | 60).

use super::super::lexicon::{self, Class};
use super::Meaning;
use crate::model::Category;

/// A bracketed line that states the table's unit: "(thousand rubles)", "(in million
/// rubles)", "(units)".
pub(super) fn unit_caption(t: &str) -> bool {
    t.len() <= 40 && t.starts_with('(') && t.ends_with(')') && !t[1..].contains('(')
}

/// A unit-of-measure cell: "pcs", "pcs.", "set", "kg".
pub(super) fn measure_cell(c: &str) -> bool {
    matches!(
        c,
        "pcs"
            | "pcs."
            | "pc"
            | "pc."
            | "piece"
            | "pieces"
            | "set"
            | "sets"
            | "kg"
            | "unit"
            | "units"
            | "pair"
            | "pairs"
            | "шт"
            | "шт."
    )
}

/// The meaning of a bare number under a quantity header ("Quantity", "Qty", "Number
/// of units"): the first counted noun of the row's label.
pub(super) fn quantity_meaning(head: &str, label: &str) -> Option<Meaning> {
    let mut buf = [0u8; 32];
    let first = head.split([' ', ',', '(']).next()?;
    if !matches!(
        lexicon::lower(first, &mut buf),
        Some("quantity" | "qty" | "qty." | "number" | "count")
    ) {
        return None;
    }
    for w in label.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
        let Some(e) = lexicon::lower(w, &mut buf).and_then(lexicon::noun) else {
            continue;
        };
        let category = match e.2 {
            Class::NotCount | Class::Money | Class::Percent => continue,
            Class::Force => Category::Personnel,
            Class::Units => Category::Units,
            Class::Equipment => Category::Equipment,
            _ => Category::Other,
        };
        return Some(Meaning {
            unit: e.1.to_string(),
            category,
            scale: 1.0,
        });
    }
    None
}

/// A column of classification codes, not counts: its header names a code ("Section",
/// "Subsection", "Type", "Target item", "Code", "Article") or its cell is written with
/// a leading zero ("02", "04").
pub(super) fn code_column(head: &str, cell: &str) -> bool {
    let b = cell.as_bytes();
    if b.len() >= 2 && b[0] == b'0' && b[1].is_ascii_digit() {
        return true;
    }
    let mut buf = [0u8; 32];
    let last = head
        .rsplit([' ', ','])
        .find(|w| !w.is_empty())
        .unwrap_or("");
    matches!(
        lexicon::lower(last, &mut buf),
        Some(
            "section"
                | "subsection"
                | "type"
                | "item"
                | "code"
                | "codes"
                | "article"
                | "chapter"
                | "group"
                | "class"
                | "okpd2"
                | "kbk"
        )
    )
}

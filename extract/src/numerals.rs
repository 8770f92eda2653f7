//! Stage 4, numerals: finds number expressions in text — digits, number words,
//! ranges, qualifiers and vague quantity words. No knowledge of what is counted.
//!
//! STUB: replaced by the full recognizer (see the module contract below).

use crate::model::{Qualifier, Span};

/// One number expression.
///
/// Bounds follow the qualifier:
/// - `Exact`, `Approximately`: `value`, no `low`/`high`;
/// - `MoreThan`, `AtLeast`: `value` = `low` = the number;
/// - `UpTo`, `LessThan`: `value` = `high` = the number;
/// - `Range`: `low` and `high`, `value` = `low`;
/// - `Vague`: no `value`, `low` = the word's lower bound where it has one.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberExpr {
    /// The whole expression with its qualifier words: "more than 50", "between 20 and 30".
    pub span: Span,
    /// The numeral proper, without qualifier words: "50", "20 and 30", "three thousand".
    pub num_span: Span,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    /// Spelled in words ("three thousand", "a dozen") rather than digits.
    pub words: bool,
}

/// Every number expression in `text`, in order, not overlapping.
pub fn find_numbers(text: &str) -> Vec<NumberExpr> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            let s = i;
            while i < b.len() && (b[i].is_ascii_digit() || (b[i] == b',' && i + 1 < b.len() && b[i + 1].is_ascii_digit())) {
                i += 1;
            }
            if i < b.len() && b[i].is_ascii_alphabetic() {
                continue;
            }
            let v: f64 = text[s..i].replace(',', "").parse().unwrap_or(0.0);
            out.push(NumberExpr {
                span: Span::new(s, i),
                num_span: Span::new(s, i),
                value: Some(v),
                low: None,
                high: None,
                qualifier: Qualifier::Exact,
                words: false,
            });
        } else {
            i += 1;
        }
    }
    out
}

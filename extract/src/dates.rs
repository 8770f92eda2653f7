//! Dates in text: "December 06, 2022", "02nd August, 2023", "2023-08-02",
//! "August 9" (no year), dates inside URLs. Pure; no clock.
//!
//! STUB: replaced by the full recognizer.

use crate::model::Span;

/// A calendar date or part of one, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateExpr {
    pub span: Span,
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl DateExpr {
    /// `YYYY-MM-DD`, or `YYYY-MM` for a month; `None` without a year and month.
    pub fn iso(&self) -> Option<String> {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => Some(format!("{y:04}-{m:02}-{d:02}")),
            (Some(y), Some(m), None) => Some(format!("{y:04}-{m:02}")),
            _ => None,
        }
    }
}

/// Every date expression in `text`, in order. Dates without a year keep `year: None`.
pub fn find_dates(text: &str) -> Vec<DateExpr> {
    let _ = text;
    Vec::new()
}

/// A `/YYYY/MM/DD/` date inside a URL.
pub fn date_in_url(url: &str) -> Option<DateExpr> {
    let _ = url;
    None
}

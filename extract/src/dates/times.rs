//! Times of day: "06:40 PM", "18:40", "14:55:03", "6 p.m.", "11am", "10:00 GMT".

use super::scan::{digits, hspace, letters};
use crate::model::Span;

/// A time of day as written; `hour` is on the 24-hour clock (0–23).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeExpr {
    /// Byte span in the text, including an am/pm marker and a time zone ("10:00 GMT").
    pub span: Span,
    pub hour: u8,
    pub minute: u8,
}

/// Every time of day in `text`, in order:
/// - `H:MM`, `HH:MM`, `HH:MM:SS` (hour 0–23, minutes 00–59; "1:1" and "3:5" are not times),
/// - either form or a bare hour followed by am/pm: "06:40 PM", "6 p.m.", "11am", "7 A.M."
///   (hour 1–12; "12 a.m." is 0h),
/// - with an optional upper-case zone after it: UTC, GMT, MSK, CET, CEST, EET, EEST,
///   EST, EDT, ET, PST, PDT, PT, BST (and an offset "GMT+3").
///
/// A bare hour without am/pm ("at 6") is not a time. Digits glued to letters or to
/// other digits ("T10:00" inside an ISO timestamp, "12:345") are skipped.
pub fn find_times(text: &str) -> Vec<TimeExpr> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let starts = i == 0 || {
            let p = b[i - 1];
            !(p.is_ascii_alphanumeric()
                || p == b':'
                || ((p == b'.' || p == b',') && i >= 2 && b[i - 2].is_ascii_digit()))
        };
        if starts {
            if let Some(t) = time_at(b, i) {
                out.push(t);
                i = t.span.end;
                continue;
            }
        }
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    out
}

fn time_at(b: &[u8], i: usize) -> Option<TimeExpr> {
    let (h, he) = digits(b, i, 2)?;
    let mut end = he;
    let mut minute = 0;
    let clock = b.get(he) == Some(&b':');
    if clock {
        let (m, me) = digits(b, he + 1, 2)?;
        if me - he - 1 != 2 || m > 59 {
            return None;
        }
        minute = m as u8;
        end = me;
        if b.get(end) == Some(&b':') {
            let (s, se) = digits(b, end + 1, 2)?;
            if se - end - 1 != 2 || s > 60 {
                return None;
            }
            end = se;
        }
    }
    if b.get(end).is_some_and(|c| {
        c.is_ascii_digit() || c.is_ascii_alphabetic() && !matches!(c, b'a' | b'p' | b'A' | b'P')
    }) || (b.get(end) == Some(&b':') && b.get(end + 1).is_some_and(u8::is_ascii_digit))
    {
        return None;
    }
    let mut hour = h as u8;
    match meridiem(b, end) {
        Some((pm, me)) => {
            if !(1..=12).contains(&hour) {
                return None;
            }
            hour = match (hour, pm) {
                (12, false) => 0,
                (12, true) => 12,
                (h, true) => h + 12,
                (h, false) => h,
            };
            end = me;
        }
        None if clock && hour <= 23 => {}
        None => return None,
    }
    end = zone(b, end).unwrap_or(end);
    Some(TimeExpr {
        span: Span::new(i, end),
        hour,
        minute,
    })
}

/// "am", "pm", "a.m.", "p.m.", "AM", "P.M." after optional white space: (is_pm, end).
fn meridiem(b: &[u8], i: usize) -> Option<(bool, usize)> {
    let j = hspace(b, i);
    let pm = match b.get(j)?.to_ascii_lowercase() {
        b'a' => false,
        b'p' => true,
        _ => return None,
    };
    let m = |k: usize| b.get(k).is_some_and(|c| c.eq_ignore_ascii_case(&b'm'));
    let end = if m(j + 1) {
        j + 2
    } else if b.get(j + 1) == Some(&b'.') && m(j + 2) {
        if b.get(j + 3) == Some(&b'.') {
            j + 4
        } else {
            j + 3
        }
    } else {
        return None;
    };
    if b.get(end).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    Some((pm, end))
}

/// An upper-case time zone after a time, with an optional offset: " GMT", " UTC+3".
fn zone(b: &[u8], i: usize) -> Option<usize> {
    let j = hspace(b, i);
    if j == i {
        return None;
    }
    let e = letters(b, j);
    let known = [
        "UTC", "GMT", "MSK", "CET", "CEST", "EET", "EEST", "EST", "EDT", "ET", "PST", "PDT", "PT",
        "BST",
    ];
    let w = std::str::from_utf8(&b[j..e]).ok()?;
    if !known.contains(&w) {
        return None;
    }
    if matches!(b.get(e), Some(b'+' | b'-')) {
        if let Some((_, oe)) = digits(b, e + 1, 2) {
            return Some(oe);
        }
    }
    Some(e)
}

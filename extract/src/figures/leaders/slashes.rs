//! Leader rows with several values set apart by slashes, under a caption that names
//! the columns in brackets the same way: "BY DISTRICT (killed / injured / houses
//! damaged)" over "Shebekino district ........ 2 / 14 / 63". Each value means what
//! the caption's label in its place says (an infographic's text version, a
//! bulletin's table typed as text).

use crate::model::Span;

/// The value cells of `after` (at `at` in `text`, the text after a row's dots): two
/// or more bare numbers set apart by " / " ("2 / 14 / 63"), else `None`.
pub(super) fn values(text: &str, at: usize, after: &str) -> Option<Vec<Span>> {
    // byte test first: a slash at all
    if !after.as_bytes().contains(&b'/') || after.len() > 64 {
        return None;
    }
    let mut out = Vec::new();
    let mut pos = at;
    for part in after.split('/') {
        let t = part.trim();
        let lead = part.len() - part.trim_start().len();
        let ok = !t.is_empty()
            && t.len() <= 16
            && t.starts_with(|c: char| c.is_ascii_digit())
            && t.bytes()
                .all(|c| c.is_ascii_digit() || matches!(c, b' ' | b'.' | b',' | b'%'));
        if !ok {
            return None;
        }
        out.push(Span::new(pos + lead, pos + lead + t.len()));
        pos += part.len() + 1;
    }
    debug_assert!(out.iter().all(|s| s.end <= text.len()));
    (out.len() >= 2).then_some(out)
}

/// The header of a table of `cols` cells a row (a label and `cols - 1` values) from
/// its caption: the caption's words before its last bracket, then the bracket's
/// labels set apart by slashes, when there are as many as values.
pub(super) fn header(text: &str, caption: Span, cols: usize) -> Option<Vec<Span>> {
    let cap = &text[caption.start..caption.end];
    let close = cap.trim_end().strip_suffix(')')?.len();
    let open = cap[..close].rfind('(')?;
    let inner = &cap[open + 1..close];
    let mut out = vec![Span::new(caption.start, caption.start + open)];
    let mut pos = caption.start + open + 1;
    for part in inner.split('/') {
        let t = part.trim();
        if t.is_empty() || !t.chars().any(char::is_alphabetic) {
            return None;
        }
        let lead = part.len() - part.trim_start().len();
        out.push(Span::new(pos + lead, pos + lead + t.len()));
        pos += part.len() + 1;
    }
    (out.len() == cols).then_some(out)
}

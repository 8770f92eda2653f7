//! Sentence splitting inside a block, aware of abbreviations, decimals and quotes.
//!
//! STUB: replaced by the full splitter.

use crate::model::Span;

/// The sentences of `text[within]`, as spans of `text`, trimmed of white space.
pub fn sentences(text: &str, within: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let s = &text[within.start..within.end];
    let mut start = 0;
    let b = s.as_bytes();
    for i in 0..b.len() {
        if matches!(b[i], b'.' | b'!' | b'?') && (i + 1 == b.len() || b[i + 1] == b' ') {
            push_trimmed(s, start, i + 1, within.start, &mut out);
            start = i + 1;
        }
    }
    push_trimmed(s, start, b.len(), within.start, &mut out);
    out
}

fn push_trimmed(s: &str, a: usize, b: usize, base: usize, out: &mut Vec<Span>) {
    let piece = &s[a..b];
    let lead = piece.len() - piece.trim_start().len();
    let t = piece.trim();
    if !t.is_empty() {
        out.push(Span::new(base + a + lead, base + a + lead + t.len()));
    }
}

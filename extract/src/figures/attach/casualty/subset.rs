//! A subset aside between a counted noun and its casualty verb: "Twenty-five people,
//! five of them children, were killed", "40 soldiers, 12 of whom conscripts, were
//! wounded". The aside names part of the count; the verb still tells what happened to
//! the whole.

use super::super::{lw, next_tok};

/// After the aside's number (ending at `from`): "of them" / "of whom", at most three
/// words, then the closing comma; returns the end of the comma.
pub(super) fn subset_aside(s: &str, from: usize) -> Option<usize> {
    let mut b = [0u8; 32];
    let of = next_tok(s, from).filter(|t| t.word)?;
    if lw(s, of, &mut b) != "of" {
        return None;
    }
    let them = next_tok(s, of.end).filter(|t| t.word)?;
    if !matches!(lw(s, them, &mut b), "them" | "whom") {
        return None;
    }
    let mut p = them.end;
    for _ in 0..4 {
        let t = next_tok(s, p)?;
        if !t.word {
            return (&s[t.start..t.end] == ",").then_some(t.end);
        }
        p = t.end;
    }
    None
}

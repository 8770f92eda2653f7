//! A counted noun in scare quotes: `more than 70 "nationalists" were killed`,
//! `23 "dead souls" on the timesheets`. The quotation marks are the writer's distance
//! from an official label, not a name before another noun (that is
//! `160 "dragon's teeth" anti-tank obstacles`, read by `head_plain`): the quoted words
//! are the noun phrase, the closing mark ends the figure's text, and a casualty word
//! inside the label ("dead souls") says nothing about the count.

use super::{head_plain, next_tok, Head};

/// The head of a number ending at `from` whose noun phrase is a short quoted label of
/// one to three words ending in a lower-case plural, where no noun follows the label.
pub fn quoted_head(s: &str, from: usize) -> Option<Head> {
    let open = next_tok(s, from).filter(|t| !t.word)?;
    if !matches!(&s[open.start..open.end], "\"" | "\u{201c}") {
        return None;
    }
    let rest = &s[open.end..];
    let p = rest
        .find(['"', '\u{201d}'])
        .filter(|p| *p > 0 && *p <= 40)?;
    let inner = &rest[..p];
    // A label: a few lower-case words, no clause punctuation, no number; a word
    // before the last may be capitalised ("Ukrainian nationalists", a nationality).
    let lower = |w: &str| {
        w.bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'\'')
    };
    let capital = |w: &str| w.as_bytes()[0].is_ascii_uppercase() && lower(&w[1..]);
    if inner.split_whitespace().count() > 3
        || inner.starts_with(' ')
        || inner.contains("  ")
        || !inner
            .split(' ')
            .all(|w| !w.is_empty() && (lower(w) || capital(w)))
    {
        return None;
    }
    let last = inner.rsplit(' ').next()?;
    if last.len() < 4 || !lower(last) || !last.ends_with('s') || last.ends_with("ss") {
        return None;
    }
    let close = open.end + p;
    let close_end = close + s[close..].chars().next().map_or(1, char::len_utf8);
    let mut h = head_plain(s, open.end).filter(|h| h.end == close)?;
    h.end = close_end;
    h.cas = None;
    Some(h)
}

/// After a modifier, a quoted name before the noun: `3,500 concrete "dragon's teeth"
/// pyramids`, `12 Russian-made "Lancet" drones`. `t` is the opening mark; the word
/// after the closing one (within 40 bytes, no clause punctuation inside), if any.
pub fn name_after_modifier(s: &str, t: super::Tok) -> Option<super::Tok> {
    if !matches!(&s[t.start..t.end], "\"" | "\u{201c}") {
        return None;
    }
    let rest = &s[t.end..];
    let p = rest
        .find(['"', '\u{201d}'])
        .filter(|p| *p > 0 && *p <= 40)?;
    if rest[..p].contains(['.', ',', ';', ':']) {
        return None;
    }
    let q = rest[p..].chars().next().map_or(1, char::len_utf8);
    next_tok(s, t.end + p + q).filter(|n| n.word)
}

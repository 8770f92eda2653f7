//! Numbers that are ages or telephone codes, not counts: "The youngest was 19, the
//! oldest 61" (the ages of the youngest and oldest of a group), "the hotline 0800 33
//! 14 66 works around the clock" (a number written in spaced digit groups that are no
//! thousands groups).

use super::super::attach::{lw, next_tok, prev_tok, Tok};
use crate::numerals::NumberExpr;

mod sizes;

/// Whether the number `n` of sentence `s` is an age after "the youngest/oldest" or a
/// group of a telephone number.
pub(in crate::figures) fn age_or_phone(s: &str, n: &NumberExpr) -> bool {
    superlative_age(s, n)
        || phone_group(s, n)
        || sizes::size_or_group_age(s, n)
        || line_number(s, n)
}

/// "call the regional hotline on 122", "the helpline at 112", "a hotline, number 0800":
/// digits after a hotline word and a short link ("on", "at", "number", "is", ":")
/// where no word follows the number but a conjunction, are a telephone number.
fn line_number(s: &str, n: &NumberExpr) -> bool {
    if n.words {
        return false;
    }
    // byte test first: "line" or "phone" in the few bytes before the number
    let near = &s.as_bytes()[n.span.start.saturating_sub(24)..n.span.start];
    if !near.windows(4).any(|w| w == b"line" || w == b"hone") {
        return false;
    }
    let mut b = [0u8; 32];
    if let Some(t) = next_tok(s, n.span.end).filter(|t| t.word) {
        if !matches!(lw(s, t, &mut b), "or" | "and" | "if" | "for" | "from") {
            return false;
        }
    }
    let mut at = n.span.start;
    for k in 0..4 {
        let Some(t) = prev_tok(s, at) else {
            return false;
        };
        let w = word_or_mark(s, t, &mut b);
        match w {
            "hotline" | "helpline" | "hotlines" | "helplines" | "phone" | "telephone" => {
                return k > 0
            }
            "on" | "at" | "number" | "is" | ":" | "," => at = t.start,
            _ => return false,
        }
    }
    false
}

/// "The youngest was 19, the oldest 61", "the oldest is 70", "the youngest, 18": the
/// number right after "youngest"/"oldest" (across "was", "is", "being", a comma).
fn superlative_age(s: &str, n: &NumberExpr) -> bool {
    // byte test first: "...gest" or "...dest" in the few bytes before the number
    let near = &s.as_bytes()[n.span.start.saturating_sub(20)..n.span.start];
    if !near.windows(4).any(|w| w == b"gest" || w == b"dest") {
        return false;
    }
    let mut b = [0u8; 32];
    let mut at = n.span.start;
    for _ in 0..2 {
        let Some(t) = prev_tok(s, at) else {
            return false;
        };
        let w = word_or_mark(s, t, &mut b);
        match w {
            "youngest" | "oldest" | "eldest" => return true,
            "was" | "is" | "were" | "being" | "," => at = t.start,
            _ => return false,
        }
    }
    false
}

/// "0800 33 14 66": digit groups joined by single spaces where the number is not read
/// as one (a thousands group has three digits): the number stands after, or before,
/// another group of digits and a space, and one of the groups has a leading zero or the
/// run has three or more groups.
fn phone_group(s: &str, n: &NumberExpr) -> bool {
    if n.words {
        return false;
    }
    let b = s.as_bytes();
    // byte test first: a digit and a space right before the number, or after it
    let (ns, ne) = (n.num_span.start, n.num_span.end);
    let before = ns >= 2 && b[ns - 1] == b' ' && b[ns - 2].is_ascii_digit();
    let after = b.get(ne) == Some(&b' ') && b.get(ne + 1).is_some_and(|c| c.is_ascii_digit());
    if !before && !after {
        return false;
    }
    // the run of digit groups around the number
    let mut lo = ns;
    while lo > 0
        && (b[lo - 1].is_ascii_digit()
            || (b[lo - 1] == b' ' && lo >= 2 && b[lo - 2].is_ascii_digit()))
    {
        lo -= 1;
    }
    let mut hi = ne;
    while hi < b.len()
        && (b[hi].is_ascii_digit()
            || (b[hi] == b' ' && b.get(hi + 1).is_some_and(|c| c.is_ascii_digit())))
    {
        hi += 1;
    }
    let groups: Vec<&str> = s[lo..hi].split(' ').collect();
    groups.len() >= 3 || groups.iter().any(|g| g.len() > 1 && g.starts_with('0'))
}

/// A token as the walks back from a number read it: a word lower-cased, a mark as is.
fn word_or_mark<'a>(s: &'a str, t: Tok, b: &'a mut [u8; 32]) -> &'a str {
    if t.word {
        lw(s, t, b)
    } else {
        &s[t.start..t.end]
    }
}

//! "Her grandson's battalion, one of 14 set up across the region": the size of the set
//! a named thing belongs to. The count is the number after "one of", counted in the
//! noun before "one" ("one of 14" battalions), or in the noun after "such" ("one of 28
//! such companies"); the "one" itself is not a count.

use super::attach::{is_number_word, lw, next_tok, prev_tok};
use super::lexicon::{noun, Class};
use super::Attached;
use crate::numerals::NumberExpr;

/// The "one" of "one of 14": skipped, the set size after it is the figure.
pub(super) fn one_before_a_number(s: &str, n: &NumberExpr) -> bool {
    if n.value != Some(1.0) || !n.words || !s[n.span.end..].starts_with(" of ") {
        return false;
    }
    let mut b = [0u8; 32];
    let Some(of) = next_tok(s, n.span.end) else {
        return false;
    };
    next_tok(s, of.end).is_some_and(|t| {
        t.word && (s.as_bytes()[t.start].is_ascii_digit() || is_number_word(lw(s, t, &mut b)))
    })
}

/// The set size of "X, one of 14 ...": `n` is the number after "one of", with no noun
/// of its own after it; the noun is the nearest counted noun before "one" in the
/// clause (within six words).
pub(super) fn set_size(s: &str, n: &NumberExpr) -> Option<Attached> {
    if !s[..n.span.start].ends_with("one of ") && !s[..n.span.start].ends_with("One of ") {
        return None;
    }
    let mut b = [0u8; 32];
    let of = prev_tok(s, n.span.start).filter(|t| lw(s, *t, &mut b) == "of")?;
    let one = prev_tok(s, of.start).filter(|t| lw(s, *t, &mut b) == "one")?;
    if next_tok(s, n.span.end).is_some_and(|t| t.word && noun(lw(s, t, &mut b)).is_some()) {
        return None;
    }
    // "one of 28 such companies", "one of 14 similar units": the noun after the set's
    // likeness word is the set's (the text is "28 such companies")
    if let Some(like) = next_tok(s, n.span.end)
        .filter(|t| t.word && matches!(lw(s, *t, &mut b), "such" | "similar" | "other" | "like"))
    {
        let t = next_tok(s, like.end).filter(|t| t.word)?;
        let e = noun(lw(s, t, &mut b)).filter(|e| !matches!(e.2, Class::NotCount))?;
        return Some(Attached::noun(n.span.start, t.end, e));
    }
    let mut p = one.start;
    for _ in 0..6 {
        let t = prev_tok(s, p)?;
        if !t.word {
            if !matches!(&s[t.start..t.end], "," | "\u{2019}" | "'") {
                return None;
            }
        } else if let Some(e) = noun(lw(s, t, &mut b)) {
            if matches!(e.2, Class::NotCount | Class::Money | Class::Percent) {
                return None;
            }
            return Some(Attached {
                start: one.start,
                end: n.span.end,
                unit: e.1.into(),
                class: e.2,
                cas: None,
                same_as: None,
            });
        }
        p = t.start;
    }
    None
}

/// "80 doves are released, one for each year": a share of the count before, not a
/// count ("one for each", "one for every", "one per").
pub(super) fn one_for_each(s: &str, n: &NumberExpr) -> bool {
    if n.value != Some(1.0) || !n.words {
        return false;
    }
    let rest = &s[n.span.end..];
    if rest.starts_with(" for each ")
        || rest.starts_with(" for every ")
        || rest.starts_with(" per ")
    {
        return true;
    }
    // "21 detachments, one in almost every district": a share spread over places
    let Some(r) = rest.strip_prefix(" in ") else {
        return false;
    };
    let r = [
        "almost ",
        "nearly ",
        "practically ",
        "virtually ",
        "roughly ",
    ]
    .iter()
    .find_map(|a| r.strip_prefix(a))
    .unwrap_or(r);
    r.starts_with("each ") || r.starts_with("every ")
}

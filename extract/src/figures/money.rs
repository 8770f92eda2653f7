//! A currency sign after the amount, as Russian and continental pages write it:
//! "2 847 300 ₽", "1 912 000 ₽", "15 €". The figure's text runs to the sign.

use super::counted::currency;
use super::lexicon::Class;
use super::Attached;

/// The money figure whose number spans `start..end` in `s`, when a currency sign
/// follows it right away or after one (no-break or thin) space.
pub(super) fn sign_after(s: &str, start: usize, end: usize) -> Option<Attached> {
    let rest = &s[end..];
    // (or a currency word after a hyphen: "the 100,000-ruble compensation")
    if let Some((len, unit)) = hyphen_currency(rest) {
        return Some(Attached {
            start,
            end: end + len,
            unit: unit.into(),
            class: Class::Money,
            cas: None,
            same_as: None,
        });
    }
    // byte test first: a space, "$" or the lead byte of a sign or a wide space
    let b = rest.as_bytes();
    let lead = |x: u8| matches!(x, b'$' | 0xC2 | 0xE2);
    if !b
        .first()
        .is_some_and(|&x| lead(x) || x == b' ' && b.get(1).is_some_and(|&y| lead(y)))
    {
        return None;
    }
    let gap = ["", " ", "\u{a0}", "\u{202f}", "\u{2009}"]
        .into_iter()
        .find(|g| {
            rest.strip_prefix(g)
                .is_some_and(|r| r.starts_with(|c| currency(c).is_some()))
        })?;
    let c = rest[gap.len()..].chars().next()?;
    let unit = currency(c)?;
    // not the sign of the next amount: "5 $10" (a sign glued to digits after it)
    let after = &rest[gap.len() + c.len_utf8()..];
    if after.starts_with(|d: char| d.is_ascii_digit()) {
        return None;
    }
    Some(Attached {
        start,
        end: end + gap.len() + c.len_utf8(),
        unit: unit.into(),
        class: Class::Money,
        cas: None,
        same_as: None,
    })
}

/// A currency word joined to the amount by a hyphen, the amount used as an adjective:
/// "a 100,000-ruble payment", "the 10,000-rouble grant", "a $5-million" is not one (a
/// sign before). `rest` is the text after the digits; returns the length of "-ruble"
/// and the unit.
pub(super) fn hyphen_currency(rest: &str) -> Option<(usize, &'static str)> {
    // byte test first: a hyphen and a letter
    let word = rest.strip_prefix('-')?;
    let len = word.bytes().take_while(|c| c.is_ascii_alphabetic()).count();
    if len == 0 || len > 8 || word[len..].starts_with(['-', '\'']) {
        return None;
    }
    let mut buf = [0u8; 32];
    let w = super::lexicon::lower(&word[..len], &mut buf)?;
    let e = super::lexicon::noun(w)?;
    (e.2 == Class::Money && e.3 == super::lexicon::Num::Singular).then_some((len + 1, e.1))
}

/// A compound adjective of a count that is still a figure: "a 3,000-strong force",
/// "the 100,000-ruble compensation" (not "60-year-old", "10-km").
pub(super) fn counted_compound(rest: &str) -> bool {
    rest.starts_with("-strong") || hyphen_currency(rest).is_some()
}

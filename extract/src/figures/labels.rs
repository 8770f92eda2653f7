//! Tally lines of a bulletin or an infographic's text version: "LABEL: number", one a
//! line, the label often in capitals after an icon's alt text ("[icon: cross] KILLED:
//! 6 civilians"). A label that is a casualty word says what happened to the people
//! after it ("KILLED: 6 civilians", "Injured: 41 people"); a label whose first word is
//! the counted noun and whose next is a participle counts that noun, however long the
//! clause after it ("DRONES SHOT DOWN BY TERRITORIAL DEFENCE MOBILE GROUPS: 46": the
//! groups are the agent, not what is counted).

use super::dashlist::{post_modifier, tally_noun};
use super::lexicon::{self, noun};
use super::words::{casualty_after, Cas};
use super::Attached;
use crate::numerals::NumberExpr;

/// The label of a tally line whose number is `n`: the words between the line start
/// (after an "[icon: ...]" or "[image]" mark) and the ": " right before `n`.
fn label<'a>(s: &'a str, n: &NumberExpr) -> Option<(&'a str, usize)> {
    // byte test first: ": " right before the number
    let lead = s[..n.span.start].strip_suffix(": ")?;
    let ls = lead.rfind('\n').map_or(0, |i| i + 1);
    let mut l = lead[ls..].trim_start();
    if l.starts_with('[') {
        l = l[l.find(']')? + 1..].trim_start();
    }
    let at = lead.len() - l.len();
    let ok = !l.is_empty()
        && l.len() <= 90
        && l.split(' ').count() <= 12
        && !l
            .bytes()
            .any(|c| c.is_ascii_digit() || matches!(c, b':' | b'.' | b'"'));
    ok.then_some((l, at))
}

/// "KILLED: 6 civilians", "Wounded: 12 people": the casualty word of a label of one to
/// three words that ends with it (not "Killed in action in 2022: 6").
pub(super) fn casualty(s: &str, n: &NumberExpr) -> Option<Cas> {
    let (l, _) = label(s, n)?;
    if l.split(' ').count() > 3 {
        return None;
    }
    let mut buf = [0u8; 32];
    lexicon::lower(l.rsplit(' ').next()?, &mut buf).and_then(casualty_after)
}

/// "DRONES SHOT DOWN BY TERRITORIAL DEFENCE MOBILE GROUPS: 46": a bare number that
/// closes its line after a label whose first word is a plural count noun and whose
/// second opens its post-modifier (a participle or a preposition).
pub(super) fn head_first(s: &str, n: &NumberExpr) -> Option<Attached> {
    let (l, at) = label(s, n)?;
    let rest = &s[n.span.end..];
    let rest = rest[..rest.find('\n').unwrap_or(rest.len())].trim_end_matches([' ', '.', ';']);
    if !rest.is_empty() || n.qualifier != crate::model::Qualifier::Exact || year(s, n) {
        return None;
    }
    let mut it = l.split(' ');
    let (first, second) = (it.next()?, it.next()?);
    if !post_modifier(second) {
        return None;
    }
    let mut buf = [0u8; 32];
    let e = lexicon::lower(first, &mut buf)
        .and_then(noun)
        .filter(|e| tally_noun(e))?;
    Some(Attached {
        start: at,
        end: n.span.end,
        unit: e.1.to_string(),
        class: e.2,
        cas: None,
        same_as: None,
    })
}

/// "Formed by the governor since: 2023": four digits with no group comma that read as
/// a year are a date, not a count (as after a dash: "Founded \u{2013} 2014").
pub(super) fn year(s: &str, n: &NumberExpr) -> bool {
    let digits = &s[n.num_span.start..n.num_span.end];
    digits.len() == 4 && n.value.is_some_and(|v| (1900.0..=2100.0).contains(&v))
}

//! Speakers who count their own group: "about 30 of us came to the administration",
//! "Now we are 74.", "there were 12 of us". The count is of people (the category comes
//! from the sentence, as for "people"); text "about 30 of us", "we are 74". A casualty
//! verb after "N of us" / "N of ours" makes them the speaker's dead or wounded.

use super::attach::{self, lw, next_tok, prev_tok};
use super::lexicon::{noun, Class};
use super::people::Seen;
use super::Attached;
use crate::numerals::NumberExpr;

/// "N of us" / "we are N" with no noun of its own, or a number with no noun that
/// answers a "How many ...?" question (see [`asked`]), or `None`. `before` is the
/// sentence before and the one before in the same paragraph.
pub(super) fn own_group(
    s: &str,
    n: &NumberExpr,
    before: [&str; 2],
    seen: &mut Seen,
) -> Option<Attached> {
    own(s, n).or_else(|| asked(s, n, before, seen))
}

fn own(s: &str, n: &NumberExpr) -> Option<Attached> {
    let rest = &s[n.span.end..];
    // "Three of ours died there", "two of us were wounded": the speaker's own losses
    let of = [" of us", " of ours"].into_iter().find(|o| {
        rest.starts_with(o) && !rest[o.len()..].starts_with(|c: char| c.is_alphanumeric())
    });
    if let Some(o) = of {
        let end = n.span.end + o.len();
        let mut a = people(n.span.start, end);
        a.cas = super::attach::casualty_tail_past(s, end).map(|c| c.0);
        return Some(a);
    }
    // "we are 74.", "we were 20,": the number closes the clause (byte test first)
    let lead = &s[..n.span.start];
    if !lead.ends_with(" are ") && !lead.ends_with(" were ") {
        return None;
    }
    let mut buf = [0u8; 32];
    let verb = prev_tok(s, n.span.start).filter(|t| t.word)?;
    if !matches!(lw(s, verb, &mut buf), "are" | "were") {
        return None;
    }
    let we = prev_tok(s, verb.start).filter(|t| t.word)?;
    if lw(s, we, &mut buf) != "we" {
        return None;
    }
    let closes = next_tok(s, n.span.end).map_or(true, |t| {
        !t.word && matches!(&s[t.start..t.end], "." | "," | ";" | "!")
    });
    closes.then(|| people(we.start, n.span.end))
}

fn people(start: usize, end: usize) -> Attached {
    Attached {
        start,
        end,
        unit: "person".into(),
        class: Class::People,
        cas: None,
        same_as: None,
    }
}

/// "— How many people are in your company? — Seventy-two on paper.", "— How many
/// shells hit the district? — Some days 10. In January they counted more than 900.":
/// a number with no noun of its own in the answer to a "How many" question counts the
/// question's noun. The answer runs from the sentence after the question through the
/// next sentences of its paragraph, as long as each states a number (`seen` keeps the
/// noun and where the answer's last sentence ends).
fn asked(
    s: &str,
    n: &NumberExpr,
    [before, para_before]: [&str; 2],
    seen: &mut Seen,
) -> Option<Attached> {
    let end_of = |x: &str| x.as_ptr() as usize + x.len();
    let q = before.trim_start_matches(|c: char| !c.is_alphanumeric());
    if q.len() > 9 && q.as_bytes()[..9].eq_ignore_ascii_case(b"how many ") && q.ends_with('?') {
        let mut b = [0u8; 32];
        let mut at = before.len() - q.len() + 9;
        seen.2 = None;
        for _ in 0..3 {
            let Some(t) = next_tok(before, at).filter(|t| t.word) else {
                break;
            };
            at = t.end;
            if let Some(e) = noun(lw(before, t, &mut b)) {
                if !matches!(e.2, Class::NotCount | Class::Money | Class::Percent) {
                    let cue = (e.2 == Class::People).then(|| super::people::cue(before));
                    seen.2 = Some((end_of(s), e, cue.flatten()));
                }
                break;
            }
        }
    } else if seen
        .2
        .is_some_and(|a| a.0 != end_of(s) && (para_before.is_empty() || a.0 != end_of(para_before)))
    {
        seen.2 = None;
    }
    let (_, e, cue) = seen.2?;
    seen.2 = Some((end_of(s), e, cue));
    // the number has no noun of its own: no word right after it names a count
    let mut b = [0u8; 32];
    if let Some(t) = next_tok(s, n.span.end).filter(|t| t.word) {
        let w = lw(s, t, &mut b);
        if w == "of" || noun(w).is_some() {
            return None;
        }
    }
    // nor one after modifiers ("12 armoured cars", "612 enemy drones"), nor a casualty
    // verb that makes it the dead or wounded of the sentence ("19 have been wounded")
    let counted = attach::head_after(s, n.span.end)
        .is_some_and(|h| h.entry.map_or(true, |e| e.2 != Class::NotCount));
    if counted || attach::casualty_tail_past(s, n.span.end).is_some() {
        return None;
    }
    // not a year, nor a time or a place ("in 2023", "at 6", "on 12 January")
    if super::exclude::year_like(s, n)
        || prev_tok(s, n.span.start).is_some_and(|t| {
            t.word
                && matches!(
                    lw(s, t, &mut b),
                    "at" | "in"
                        | "on"
                        | "by"
                        | "until"
                        | "till"
                        | "since"
                        | "from"
                        | "after"
                        | "before"
                )
        })
    {
        return None;
    }
    let sign = |c: Option<char>| {
        c.is_some_and(|c| {
            !c.is_alphanumeric() && !c.is_whitespace() && !",.;:!?)\u{2019}\"\u{201d}".contains(c)
        })
    };
    if sign(s[..n.span.start].chars().next_back()) || sign(s[n.span.end..].chars().next()) {
        return None;
    }
    Some(Attached {
        same_as: cue,
        ..Attached::noun(n.span.start, n.span.end, e)
    })
}

//! Speakers who count their own group: "about 30 of us came to the administration",
//! "Now we are 74.", "there were 12 of us". The count is of people (the category comes
//! from the sentence, as for "people"); text "about 30 of us", "we are 74". A casualty
//! verb after "N of us" / "N of ours" makes them the speaker's dead or wounded.

use super::attach::{lw, next_tok, prev_tok};
use super::lexicon::Class;
use super::Attached;
use crate::numerals::NumberExpr;

/// "N of us" / "we are N" with no noun of its own, or `None`.
pub(super) fn own_group(s: &str, n: &NumberExpr) -> Option<Attached> {
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

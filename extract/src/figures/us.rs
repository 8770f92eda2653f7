//! Speakers who count their own group: "about 30 of us came to the administration",
//! "Now we are 74.", "there were 12 of us". The count is of people (the category comes
//! from the sentence, as for "people"); text "about 30 of us", "we are 74".

use super::attach::{lw, next_tok, prev_tok};
use super::lexicon::Class;
use super::Attached;
use crate::numerals::NumberExpr;

/// "N of us" / "we are N" with no noun of its own, or `None`.
pub(super) fn own_group(s: &str, n: &NumberExpr) -> Option<Attached> {
    let rest = &s[n.span.end..];
    if rest.starts_with(" of us") && !rest[6..].starts_with(|c: char| c.is_alphanumeric()) {
        return Some(people(n.span.start, n.span.end + 6));
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

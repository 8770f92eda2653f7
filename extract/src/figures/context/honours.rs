//! People counted as receiving honours are the honoured, not a force's strength: "14
//! members of the territorial defence units have been awarded state honours", "Eleven
//! of our fighters have received state awards", "23 members of the battalion would be
//! put forward for state awards", "the governor decorated 12 fighters", "presented
//! medals to 30 volunteers" are `other`. Not "400 fighters, awarded a banner last
//! year, hold the line" (an aside after a comma), nor "800 men trained by instructors
//! who hold combat awards" (a clause about another noun), nor "the unit of 35 men
//! was awarded a pennant" (a singular verb: the unit is honoured).

use crate::figures::attach::{lw, next_tok, prev_tok};

/// Verbs that honour the people they are said of.
fn is_honour_verb(w: &str) -> bool {
    matches!(
        w,
        "awarded"
            | "decorated"
            | "honoured"
            | "honored"
            | "nominated"
            | "awards"
            | "decorates"
            | "honours"
            | "honors"
    )
}

/// Nouns of honours received (plural, or a named order or medal: "the Order of
/// Courage", "the Medal for Courage"); not "award" as a modifier ("the award
/// ceremony").
fn is_honour_noun(s: &str, t: crate::figures::attach::Tok, w: &str) -> bool {
    matches!(
        w,
        "awards" | "honours" | "honors" | "decorations" | "medals" | "orders"
    ) || (matches!(w, "order" | "medal") && s.as_bytes()[t.start].is_ascii_uppercase())
}

/// An honour said of the people whose noun ends at `end`, in the clause that follows
/// it (across an "of the battalion" complement and auxiliaries; up to 14 words; not
/// past a comma, a semicolon, a dash, another number or a clause about another
/// noun).
pub(in crate::figures) fn honoured_after(s: &str, end: usize) -> bool {
    // byte test first: no honour word in the next 160 bytes after the noun
    let rest = &s.as_bytes()[end..];
    let rest = &rest[..rest.len().min(160)];
    if !rest.windows(3).any(|w| {
        matches!(
            [w[0] | 0x20, w[1] | 0x20, w[2] | 0x20],
            [b'a', b'w', b'a']
                | [b'h', b'o', b'n']
                | [b'm', b'e', b'd']
                | [b'd', b'e', b'c']
                | [b'o', b'r', b'd']
                | [b'n', b'o', b'm']
        )
    }) {
        return false;
    }
    let mut b = [0u8; 32];
    let mut at = end;
    for i in 0..14 {
        let Some(t) = next_tok(s, at) else {
            return false;
        };
        at = t.end;
        if !t.word {
            if matches!(
                &s[t.start..t.end],
                "'" | "\u{2019}" | "\"" | "\u{201c}" | "\u{201d}"
            ) {
                continue;
            }
            return false;
        }
        let w = lw(s, t, &mut b);
        match w {
            // a clause of its own, unless it is the counted people's ("14 fighters
            // who were awarded")
            "who" | "whom" | "that" | "which" if i == 0 => {}
            "who" | "whom" | "whose" | "that" | "which" | "when" | "since" | "after" | "before"
            | "because" | "while" | "although" | "but" => return false,
            // a singular subject is honoured, not the people counted: "the unit of 35
            // men was awarded a pennant"
            "was" | "is" | "has" => return false,
            // another count's clause: "300 fighters joined and 12 were decorated"
            _ if w.bytes().next().is_some_and(|c| c.is_ascii_digit()) => return false,
            _ if is_honour_verb(w) || is_honour_noun(s, t, w) => return true,
            _ => {}
        }
    }
    false
}

/// An honouring verb right before the number at `start` ("decorated 12 fighters"), or
/// honours given "to" the people ("presented medals to 30 volunteers", "awards went to
/// 14 members").
pub(in crate::figures) fn honoured_before(s: &str, start: usize) -> bool {
    let mut b = [0u8; 32];
    let Some(t) = prev_tok(s, start).filter(|t| t.word) else {
        return false;
    };
    let w = lw(s, t, &mut b);
    if w != "to" {
        return w != "honours" && w != "honors" && w != "awards" && is_honour_verb(w);
    }
    let mut at = t.start;
    for _ in 0..3 {
        let Some(p) = prev_tok(s, at).filter(|p| p.word) else {
            return false;
        };
        if is_honour_noun(s, p, lw(s, p, &mut b)) {
            return true;
        }
        at = p.start;
    }
    false
}

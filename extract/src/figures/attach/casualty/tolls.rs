//! Two toll wordings of news reports: "the number of injured had risen to 12" (a
//! count linked to "the number of" + the dead or the injured), and "Four children were
//! among the dead" (a count that is one of the dead or the injured).

use super::super::super::lexicon::{noun, Entry};
use super::super::super::words::{casualty_after, is_aux, Cas};
use super::super::{lw, next_tok, prev_tok, Tok};
use super::is_quote;

/// The casualty noun that "the number of ..." stands for, the subject ending at `end`
/// right before its linking verb: "the number of injured had risen to 12", "the
/// number of people killed in the attack on Belgorod has risen to 24", "the number of
/// those wounded ... reached 30". A count of other things ("the number of evacuees")
/// or a clause break (a comma, a number, "which") is none.
pub(in crate::figures) fn number_of(s: &str, end: usize) -> Option<&'static Entry> {
    // byte test first: "number of" in the bytes that may be read
    let from = s.ceil_char_boundary(end.saturating_sub(120));
    if !s[from..end].contains("umber of") {
        return None;
    }
    let mut b = [0u8; 32];
    let (mut p, mut cas): (usize, Option<Cas>) = (end, None);
    for _ in 0..14 {
        let t = prev_tok(s, p)?;
        if !t.word && !is_quote(&s[t.start..t.end]) {
            return None;
        }
        let w = lw(s, t, &mut b);
        if w.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                w,
                "which" | "that" | "while" | "but" | "as" | "when" | "said"
            )
        {
            return None;
        }
        if w == "of" {
            let n = prev_tok(s, t.start).filter(|n| n.word);
            let mut b2 = [0u8; 32];
            if n.is_some_and(|n| lw(s, n, &mut b2) == "number") {
                return noun(match cas? {
                    Cas::Killed => "deaths",
                    Cas::Injured => "injuries",
                    Cas::Both => "casualties",
                });
            }
        }
        // the nearest casualty word to "of" decides ("the number of people killed
        // in the strike that injured ..." never gets here: "that" stops)
        let c = casualty_after(w).or(match w {
            "deaths" | "fatalities" => Some(Cas::Killed),
            "injuries" => Some(Cas::Injured),
            "casualties" => Some(Cas::Both),
            _ => None,
        });
        if c.is_some() {
            cas = c;
        } else if is_aux(w) && cas.is_none() {
            return None;
        }
        p = t.start;
    }
    None
}

/// Where the phrase of "among the dead" starts after the word `prep` that follows a
/// count's noun: "among" itself ("two children among the dead"), or a form of "be"
/// before it ("Four children were among the dead", "three soldiers are among the
/// wounded").
pub(in crate::figures) fn among_end(s: &str, prep: Tok) -> Option<usize> {
    let mut b = [0u8; 32];
    let w = lw(s, prep, &mut b);
    if w == "among" {
        return Some(prep.end);
    }
    if !matches!(w, "were" | "was" | "are" | "is" | "remain" | "remained") {
        return None;
    }
    let a = next_tok(s, prep.end).filter(|a| a.word)?;
    (lw(s, a, &mut b) == "among").then_some(a.end)
}

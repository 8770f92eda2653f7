//! A list of counts shares the verb that closes it: "Two soldiers, three civilians and
//! a policeman were killed", "Up to 70 terrorists, four armoured vehicles and five
//! pickups were destroyed". The first count of the list takes the casualty verb after
//! the last one; people "destroyed" or "neutralised" in a passive are losses that do
//! not say which (FIGURES.md: casualties).

use super::super::words::{is_aux, Cas};
use super::{casualty_tail, head_after, is_number_word, lw, next_tok, Tok};

/// Words that may stand before a count in a list item: "about 40", "up to 70".
fn is_lead(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "around"
            | "some"
            | "nearly"
            | "almost"
            | "over"
            | "up"
            | "to"
            | "more"
            | "than"
            | "at"
            | "least"
            | "another"
            | "roughly"
    )
}

/// The end of a count token, across thousands separators ("1,100").
fn count_end(s: &str, t: Tok) -> usize {
    let b = s.as_bytes();
    let mut e = t.end;
    while b.get(e) == Some(&b',') && b.get(e + 1).is_some_and(|c| c.is_ascii_digit()) {
        match next_tok(s, e + 1) {
            Some(n) => e = n.end,
            None => break,
        }
    }
    e
}

/// The casualty verb after the list that starts right after `from` (the end of the
/// first item's noun), if the items run to one.
pub fn list_tail(s: &str, from: usize) -> Option<Cas> {
    // byte test first: a list goes on with a comma or "and"/"or"
    let rest = s.get(from..)?.trim_start_matches(' ');
    if !(rest.starts_with(',') || rest.starts_with("and ") || rest.starts_with("or ")) {
        return None;
    }
    let mut b = [0u8; 32];
    let mut p = from;
    for i in 0..6 {
        let t = next_tok(s, p)?;
        let comma = !t.word && &s[t.start..t.end] == ",";
        if !comma && !(t.word && matches!(lw(s, t, &mut b), "and" | "or")) {
            return None;
        }
        let mut q = t.end;
        let mut n = next_tok(s, q)?;
        if comma && n.word && matches!(lw(s, n, &mut b), "and" | "or") {
            // "four pensioners, and 20 people were wounded": ", and" after the first
            // item joins a new clause (a list of three has "A, B, and C")
            if i == 0 {
                return None;
            }
            q = n.end;
            n = next_tok(s, q)?;
        }
        // up to three leading words: "up to", "more than", "about"
        for _ in 0..3 {
            if !(n.word && is_lead(lw(s, n, &mut b))) {
                break;
            }
            n = next_tok(s, n.end)?;
        }
        let w = lw(s, n, &mut b);
        let count = n.word
            && (w.as_bytes().first().is_some_and(|c| c.is_ascii_digit())
                || is_number_word(w)
                || matches!(w, "a" | "an"));
        if !count {
            return None;
        }
        let h = head_after(s, count_end(s, n))?;
        if let Some((c, _, _)) = casualty_tail(s, h.end) {
            return Some(c);
        }
        if destroyed_after(s, h.end) {
            return Some(Cas::Both);
        }
        p = h.end;
    }
    None
}

/// "were destroyed", "had been neutralised": a passive of destruction after a noun.
pub fn destroyed_after(s: &str, from: usize) -> bool {
    // byte test first: the next word starts like an auxiliary ("were", "had", "are",
    // "is", "been") or "reportedly"
    let next = s.as_bytes()[from..]
        .iter()
        .find(|c| !matches!(c, b' ' | b'"'));
    if !next.is_some_and(|c| {
        matches!(
            c.to_ascii_lowercase(),
            b'w' | b'h' | b'a' | b'i' | b'b' | b'r'
        )
    }) {
        return false;
    }
    let mut b = [0u8; 32];
    let mut p = from;
    let mut aux = 0;
    for _ in 0..4 {
        let Some(t) = next_tok(s, p) else {
            return false;
        };
        if !t.word {
            if super::casualty::is_quote(&s[t.start..t.end]) {
                p = t.end;
                continue;
            }
            return false;
        }
        let w = lw(s, t, &mut b);
        if matches!(
            w,
            "destroyed" | "neutralised" | "neutralized" | "annihilated" | "wiped"
        ) {
            return aux > 0;
        }
        if !(is_aux(w) || w == "reportedly") {
            return false;
        }
        aux += 1;
        p = t.end;
    }
    false
}

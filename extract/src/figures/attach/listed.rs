//! A list of counts shares the verb that closes it: "Two soldiers, three civilians and
//! a policeman were killed", "Up to 70 terrorists, four armoured vehicles and five
//! pickups were destroyed". The first count of the list takes the casualty verb after
//! the last one; people "destroyed" or "neutralised" in a passive are losses that do
//! not say which (FIGURES.md: casualties).

use super::super::words::{casualty_before, is_aux, Cas};
use super::casualty::is_quote;
use super::{casualty_tail, head_after, is_number_word, lw, next_tok, prev_tok, Tok};

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

/// The casualty verb before a list whose later item is the count at `start`: the
/// verb governs every item ('destroyed two Vampire launchers and "up to 20
/// servicemen"', "killed three soldiers, two medics and a driver"). Each item between
/// the verb and the count starts with a count (after "up to", "about", a quote) and
/// holds no verb; a count followed by its own auxiliary ("and 20 soldiers were
/// evacuated") starts a clause of its own.
pub fn list_head(s: &str, start: usize) -> Option<(Cas, usize)> {
    // byte test first: "and", "or" or a comma in the few bytes before the count
    let lo = s.ceil_char_boundary(start.saturating_sub(16));
    let near = &s[lo..start];
    if !(near.contains("and ") || near.contains("or ") || near.contains(',')) {
        return None;
    }
    let mut b = [0u8; 32];
    let lead_back = |mut p: usize| {
        let mut b = [0u8; 32];
        while let Some(t) = prev_tok(s, p) {
            if !(is_quote(&s[t.start..t.end]) || (t.word && is_lead(lw(s, t, &mut b)))) {
                break;
            }
            p = t.start;
        }
        p
    };
    let mut p = lead_back(start);
    let mut serial_and = false;
    for item in 0..6 {
        // the separator before an item: ",", "and", "or", ", and"
        let t = prev_tok(s, p)?;
        let sep = &s[t.start..t.end];
        if !(sep == "," || (t.word && matches!(lw(s, t, &mut b), "and" | "or"))) {
            return None;
        }
        p = t.start;
        if sep != "," {
            if let Some(c) = prev_tok(s, p).filter(|c| &s[c.start..c.end] == ",") {
                p = c.start;
                // ", and" right after the verb's first item joins a new clause ("A,
                // and B" is no list; a list of three has "A, B, and C")
                serial_and = true;
            }
        }
        // the item before: up to five words back to its count
        let mut counted = false;
        for _ in 0..6 {
            let t = prev_tok(s, p)?;
            if is_quote(&s[t.start..t.end]) {
                p = t.start;
                continue;
            }
            if !t.word {
                return None;
            }
            let w = lw(s, t, &mut b);
            p = t.start;
            let digit = w.as_bytes().first().is_some_and(u8::is_ascii_digit);
            if digit || is_number_word(w) || matches!(w, "a" | "an") {
                // "1,100": the thousands before a separator
                let bs = s.as_bytes();
                while p >= 2 && bs[p - 1] == b',' && bs[p - 2].is_ascii_digit() {
                    p -= 1;
                    while p > 0 && bs[p - 1].is_ascii_digit() {
                        p -= 1;
                    }
                }
                counted = true;
                break;
            }
            if casualty_before(w).is_some() || is_aux(w) || matches!(w, "and" | "or") {
                return None;
            }
        }
        if !counted {
            return None;
        }
        p = lead_back(p);
        let t = prev_tok(s, p)?;
        if t.word {
            if let Some(c) = casualty_before(lw(s, t, &mut b)) {
                let list = (item > 0 || !serial_and) && !own_aux(s, start) && has_noun(s, start);
                return list.then_some((c, start));
            }
        }
    }
    None
}

/// A clause of its own: an auxiliary within the few words after the count at `start`
/// ("and 20 soldiers were evacuated").
fn own_aux(s: &str, start: usize) -> bool {
    let mut b = [0u8; 32];
    let mut q = start;
    for _ in 0..6 {
        let Some(t) = next_tok(s, q) else {
            return false;
        };
        if !t.word && !is_quote(&s[t.start..t.end]) {
            return false;
        }
        if t.word && is_aux(lw(s, t, &mut b)) {
            return true;
        }
        q = t.end;
    }
    false
}

/// Whether the count at `start` (after "up to", "about", a quote) has a noun of its
/// own: "and 2 in Valuyki" is an elided count, read with its antecedent's noun.
fn has_noun(s: &str, start: usize) -> bool {
    let mut b = [0u8; 32];
    let mut p = start;
    for _ in 0..4 {
        let Some(t) = next_tok(s, p) else {
            return false;
        };
        if is_quote(&s[t.start..t.end]) || (t.word && is_lead(lw(s, t, &mut b))) {
            p = t.end;
            continue;
        }
        return t.word && head_after(s, count_end(s, t)).is_some();
    }
    false
}

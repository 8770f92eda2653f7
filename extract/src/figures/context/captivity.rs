//! People in captivity are prisoners, not a force: "Ukraine has brought home 115 of
//! its defenders from Russian captivity", "3,520 Ukrainians have been returned from
//! captivity", "Russia received 115 of its servicemen, most of them taken prisoner".

use crate::figures::attach::{is_number_word, lw, next_tok, prev_tok};

/// Whether the words after the counted noun ending at `end` (up to the next count, a clause break
/// or 16 tokens) say the counted people are or were held prisoner: "captivity",
/// "taken prisoner", "prisoners of war", "POWs". Another count ends the scan: "3,000
/// volunteers have joined, and 40 of them are in captivity" is said of the 40.
pub(in crate::figures) fn held_after(s: &str, end: usize) -> bool {
    if punished_after(s, end) {
        return true;
    }
    // A byte test first: most sentences name no captivity.
    let tail = &s[end..];
    let passive = tail.contains("captured") || tail.contains("detained");
    // (people who surrendered gave themselves up as prisoners)
    let gave_up = tail.contains("surrendered");
    if !(passive
        || gave_up
        || tail.contains("captiv")
        || tail.contains("prisoner")
        || tail.contains("POW"))
    {
        return false;
    }
    let mut b = [0u8; 32];
    let mut at = end;
    let mut prev_taken = false;
    // (a passive of capture in the same clause: "all 115 servicemen returned had been
    // captured in Kursk"; not after a clause break: "12 were killed and others captured")
    let (mut prev_aux, mut joined) = (false, false);
    for _ in 0..16 {
        let Some(t) = next_tok(s, at) else {
            return false;
        };
        if !t.word && matches!(&s[t.start..t.end], ";" | ":" | "(") {
            return false;
        }
        // (digits lower to "": test the bytes)
        let w = lw(s, t, &mut b);
        if s.as_bytes()[t.start].is_ascii_digit() || is_number_word(w) {
            return false;
        }
        let (taken, was_taken) = (matches!(w, "taken" | "took" | "taking"), prev_taken);
        let was_aux = std::mem::replace(&mut prev_aux, matches!(w, "been" | "were" | "was"));
        if !t.word || matches!(w, "and" | "but" | "or" | "while" | "when" | "after") {
            joined = true;
        }
        match w {
            "captivity" | "pows" | "pow" => return true,
            "captured" | "detained" if was_aux && !joined => return true,
            // "laid down their arms and surrendered"; not "had not" / "none surrendered"
            "surrendered" => {
                let mut c = [0u8; 32];
                let not = prev_tok(s, t.start).map_or("", |p| lw(s, p, &mut c));
                return !matches!(not, "not" | "never" | "t" | "none" | "nobody");
            }
            "prisoner" | "prisoners" if was_taken => return true,
            // "prisoners of war"
            "prisoners" | "prisoner" => {
                let mut c = [0u8; 32];
                let of = next_tok(s, t.end).filter(|o| lw(s, *o, &mut c) == "of");
                if of
                    .and_then(|o| next_tok(s, o.end))
                    .is_some_and(|x| lw(s, x, &mut c) == "war")
                {
                    return true;
                }
            }
            _ => {}
        }
        prev_taken = taken;
        at = t.end;
    }
    false
}

/// A capture participle among the modifiers of the counted noun that ends at `end`:
/// "three captured Russian servicemen", "two of the captured men", "five detained
/// fighters". The scan goes back over at most four words to the number.
pub(in crate::figures) fn captured_modifier(s: &str, end: usize) -> bool {
    let mut b = [0u8; 32];
    let mut at = end;
    for i in 0..5 {
        let Some(t) = prev_tok(s, at).filter(|t| t.word) else {
            return false;
        };
        let w = lw(s, t, &mut b);
        if s.as_bytes()[t.start].is_ascii_digit() || is_number_word(w) {
            return false;
        }
        // (the noun itself is not a modifier)
        if i > 0
            && matches!(
                w,
                "captured" | "detained" | "abducted" | "imprisoned" | "jailed"
            )
        {
            return true;
        }
        at = t.start;
    }
    false
}

/// "brought home 218 defenders", "exchanged 95 servicemen", "swapped 40 soldiers":
/// people brought home by an exchange, or exchanged, were prisoners. `t` is the word
/// right before the number (not "exchanged fire with 30 fighters": "with" is).
pub(in crate::figures) fn exchanged_before(s: &str, t: crate::figures::attach::Tok) -> bool {
    let mut b = [0u8; 32];
    let w = lw(s, t, &mut b);
    if matches!(w, "exchanged" | "swapped" | "repatriated") {
        return true;
    }
    w == "home"
        && prev_tok(s, t.start).is_some_and(|v| {
            matches!(
                lw(s, v, &mut b),
                "brought" | "bring" | "brings" | "bringing"
            )
        })
}

/// A capture participle right after the counted noun, then a preposition or a clause
/// break: "the hundreds of soldiers captured in Kursk", "40 servicemen detained near
/// Sudzha, officials said". Not "40 soldiers captured the village" (an active verb with
/// its object).
pub(in crate::figures) fn reduced_relative(s: &str, end: usize) -> bool {
    // byte test first: the next word starts like a capture participle
    let rest = s[end..].trim_start_matches(' ');
    if !(rest.starts_with("captured") || rest.starts_with("detained") || rest.starts_with("held")) {
        return false;
    }
    let mut b = [0u8; 32];
    let Some(v) = next_tok(s, end).filter(|t| t.word) else {
        return false;
    };
    if !matches!(lw(s, v, &mut b), "captured" | "detained" | "held") {
        return false;
    }
    let held = lw(s, v, &mut b) == "held";
    match next_tok(s, v.end) {
        None => !held,
        Some(t) if !t.word => !held && matches!(&s[t.start..t.end], "," | "." | ";" | ")"),
        Some(t) => match lw(s, t, &mut b) {
            // "held captive", "held prisoner"
            "captive" | "prisoner" | "hostage" => true,
            "in" | "near" | "during" | "since" | "at" | "on" | "by" | "after" | "inside"
            | "there" | "last" | "earlier" => !held,
            _ => false,
        },
    }
}

/// A court's or the police's verb in the passive after the counted people, also past a
/// phrase of place or time: "at least 12 people in the Belgorod region have been fined",
/// "nine residents of Klimovo were charged", "14 men from the district were convicted
/// of treason": defendants, not a force. Another count, a clause word ("which",
/// "and", "but") or punctuation ends the scan (at most 10 words).
fn punished_after(s: &str, end: usize) -> bool {
    // A byte test first: one of the verbs within the next 100 bytes.
    let w_end = s.floor_char_boundary(end + 100);
    let win = &s[end..w_end];
    if ![
        "fined",
        "charged",
        "convicted",
        "sentenced",
        "prosecuted",
        "indicted",
    ]
    .iter()
    .any(|v| win.contains(v))
    {
        return false;
    }
    let mut b = [0u8; 32];
    let mut at = end;
    let mut aux = false;
    for _ in 0..10 {
        let Some(t) = next_tok(s, at).filter(|t| t.word) else {
            return false;
        };
        let w = lw(s, t, &mut b);
        if s.as_bytes()[t.start].is_ascii_digit() || is_number_word(w) {
            return false;
        }
        match w {
            "have" | "has" | "had" | "been" | "were" | "was" | "are" | "is" | "already"
            | "reportedly" | "since" => aux = true,
            "fined" | "charged" | "convicted" | "sentenced" | "prosecuted" | "indicted" => {
                return aux
            }
            "which" | "and" | "but" | "or" | "while" | "when" | "after" => return false,
            _ if aux => return false,
            _ => {}
        }
        at = t.end;
    }
    false
}

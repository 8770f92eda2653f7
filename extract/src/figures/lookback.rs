//! Looks at the words next to a number for what the counting rules of `counted` need:
//! a plural weapon designation after it ("five AK-74s"), "the wounded" before a later
//! "them", and "population" / "strength" before a number whose noun is elided.

use super::attach::{lw, prev_tok};
use super::exclude::prev_word_is;
use super::words::{self, Cas};

/// A model designation in the plural right after a number: "AK-74s", "T-72s",
/// "Mi-8s", "BMP-2s", "Su-34s" (capital letters, a hyphen, digits, maybe a letter,
/// then "s"): its end and the singular in lower case ("ak-74").
pub(super) fn designation_plural(s: &str, from: usize) -> Option<(usize, String)> {
    let b = s.as_bytes();
    let mut i = from;
    if b.get(i) != Some(&b' ') {
        return None;
    }
    i += 1;
    let start = i;
    if !b.get(i)?.is_ascii_uppercase() {
        return None;
    }
    let letters = b[i..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    i += letters;
    if letters > 5 || b.get(i) != Some(&b'-') {
        return None;
    }
    i += 1;
    let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 4 {
        return None;
    }
    i += digits;
    // a series letter: "T-72Bs"
    if b.get(i).is_some_and(u8::is_ascii_uppercase) && b.get(i + 1) == Some(&b's') {
        i += 1;
    }
    if b.get(i) != Some(&b's') || b.get(i + 1).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some((i + 1, s[start..i].to_ascii_lowercase()))
}

/// "the wounded", "the dead" in the clause before byte `before` (within 12 words): the
/// casualties a later "them" stands for.
pub(super) fn the_casualties_before(s: &str, before: usize) -> Option<Cas> {
    let mut b = [0u8; 32];
    let mut p = before;
    for _ in 0..12 {
        let t = prev_tok(s, p)?;
        if !t.word && matches!(&s[t.start..t.end], "." | ";" | ":") {
            return None;
        }
        if let Some(c) = words::casualty_after(lw(s, t, &mut b)) {
            if prev_word_is(s, t.start, |d| d == "the") {
                return Some(c);
            }
        }
        p = t.start;
    }
    None
}

/// "population" shortly before a number with no noun: "its population has fallen from
/// 6,000 before the war to about 2,500", "a pre-war population of 12,000"; or
/// "strength" / "headcount": "bringing its strength to about 3,400". Within ten
/// tokens, in the same clause: (population, strength).
pub(super) fn population_or_strength_before(s: &str, before: usize) -> (bool, bool) {
    let mut b = [0u8; 32];
    let mut p = before;
    for _ in 0..10 {
        let Some(t) = prev_tok(s, p) else {
            return (false, false);
        };
        if !t.word && matches!(&s[t.start..t.end], "." | ";" | ":" | "(" | ")") {
            return (false, false);
        }
        match lw(s, t, &mut b) {
            w if w.starts_with("population") => return (true, false),
            "strength" | "headcount" => return (false, true),
            _ => {}
        }
        p = t.start;
    }
    (false, false)
}

/// A short time phrase opens the clause of the number at `start`, after a ";" or ",":
/// "...; by Sunday 1,300 had left", ", since May 40 have joined". (A clause joined to
/// the one before, its noun elided.)
pub(super) fn after_time_phrase(s: &str, start: usize) -> bool {
    let mut b = [0u8; 32];
    let mut at = start;
    // (whether the word read last, going back, is one of a time phrase's openers)
    let mut time = false;
    for _ in 0..4 {
        let Some(t) = prev_tok(s, at) else {
            return false;
        };
        if !t.word {
            return matches!(&s[t.start..t.end], ";" | ",") && time;
        }
        time = matches!(
            lw(s, t, &mut b),
            "by" | "since" | "until" | "till" | "within" | "after"
        );
        at = t.start;
    }
    false
}

/// "N of them" at `start..end` after a clause of its sentence that names a plural
/// counted noun: "The battalions use the pickup trucks, and 12 of them ...".
pub(super) fn own_plural(s: &str, start: usize, end: usize) -> bool {
    use super::counted::{clause_start, of_them, plural_before};
    of_them(s, end).is_some() && {
        let clause = clause_start(s, start);
        clause > 0 && plural_before(s, clause).is_some()
    }
}

//! Groups and teams named for a civil task are not military formations: "6
//! evacuation groups working with the police", "three rescue teams", "mobile medical
//! teams" count a service's crews (`other`), unlike "sabotage groups" or "mobile fire
//! groups". Missing civilians are people sought, not a force's losses.

use crate::figures::attach::{lw, next_tok};
use crate::figures::lexicon::Class;
use crate::figures::people::Seen;
use crate::model::Category;

/// Whether the words between a number and its formation noun (`between`, e.g.
/// " evacuation ") name a civil task.
pub(in crate::figures) fn civil_task_group(between: &str) -> bool {
    // A byte test first: most formations have no modifier.
    if between.trim().is_empty() {
        return false;
    }
    between.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        let mut b = [0u8; 16];
        if w.len() > b.len() {
            return false;
        }
        for (d, c) in b.iter_mut().zip(w.bytes()) {
            *d = c.to_ascii_lowercase();
        }
        matches!(
            &b[..w.len()],
            b"evacuation"
                | b"rescue"
                | b"search"
                | b"medical"
                | b"humanitarian"
                | b"working"
                | b"psychological"
                | b"firefighting"
                | b"construction"
                | b"repair"
                | b"restoration"
                | b"building"
        )
    })
}

/// Formations of a civil kind: a civil task between the number and its noun ("96
/// construction brigades"), or companies in a sentence of contracts and tenders ("37
/// contracts awarded to 11 companies", "how 11 companies won 9.6 billion rubles of
/// fortification contracts"): firms, not military companies.
pub(in crate::figures) fn civil_units(s: &str, num_end: usize, end: usize, unit: &str) -> bool {
    if civil_task_group(&s[num_end..end]) {
        return true;
    }
    if !matches!(unit, "company" | "firm") {
        return false;
    }
    let (mut from, mut b) = (0, [0u8; 32]);
    let (mut won, mut contracts) = (false, false);
    while let Some(t) = next_tok(s, from) {
        from = t.end;
        let w = lw(s, t, &mut b);
        if w.starts_with("tender")
            || w.starts_with("contractor")
            || w.starts_with("subcontract")
            || matches!(
                w,
                "awarded" | "registered" | "procurement" | "firms" | "bidders"
            )
        {
            return true;
        }
        won |= matches!(w, "won" | "win" | "wins" | "winning");
        contracts |= matches!(w, "contracts" | "contract");
    }
    won && contracts
}

/// "requests for 1,214 missing residents", "300 missing civilians": people who are
/// missing, counted with "missing" before a civilian noun (or a people noun in a
/// sentence that names no force), are people sought, not a force's losses
/// (`other`); "14 missing servicemen", "dozens of members ... were missing" stay
/// casualties. `between` is the text from the number to the end of its noun (or of the
/// casualty words after it).
pub(in crate::figures) fn missing_civilians(
    s: &str,
    between: &str,
    class: Class,
    seen: &mut Seen,
) -> bool {
    if !between.contains("missing") {
        return false;
    }
    let civil = class == Class::Civil
        || (class == Class::People && seen.cue(s) != Some(Category::Personnel));
    // (an adjective right after the number: "were wounded or are missing" after the
    // noun is a loss of whoever is counted)
    let mut w = between.split_whitespace();
    civil && w.next() == Some("missing") && w.next().is_some()
}

/// A place whose "of N people" is its population: "a town of 60,000", "a region of
/// more than a million people".
pub(in crate::figures) fn populated_place(w: &str) -> bool {
    matches!(
        w,
        "town"
            | "city"
            | "village"
            | "settlement"
            | "community"
            | "municipality"
            | "region"
            | "oblast"
            | "province"
            | "district"
            | "country"
    )
}

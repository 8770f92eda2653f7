//! Compound heads: a container noun counts what it contains ("1,500 sets of body
//! armour" is kit, "800 sets of uniforms" is not; "40 units of equipment"), and a
//! modifier can make a kit noun civilian ("four storage tanks", "fuel tanks").

use super::super::lexicon::{noun, Class};
use super::{lw, next_tok, prev_tok, Head, Tok};

/// Nouns that count what follows "of": "sets of", "pieces of", "pairs of".
fn is_container(unit: &str) -> bool {
    matches!(
        unit,
        "set" | "piece" | "pair" | "kit" | "box" | "crate" | "package" | "batch" | "item" | "head"
    )
}

/// "N sets of X": the head is X's, the unit "set of X". "N units of X" only for kit
/// ("40 units of equipment"; "units of the guard" are formations).
pub(super) fn container(s: &str, h: Head, plain: fn(&str, usize) -> Option<Head>) -> Head {
    let mut b = [0u8; 32];
    let unit_word = h.unit.as_str();
    let units = unit_word == "unit";
    if !(is_container(unit_word) || units) {
        return h;
    }
    let Some(of) = next_tok(s, h.end) else {
        return h;
    };
    if lw(s, of, &mut b) != "of" {
        return h;
    }
    let Some(inner) = plain(s, h.end) else {
        return h;
    };
    let class = inner.class();
    if inner.entry.is_none() && inner.over.is_none() && units {
        return h;
    }
    if units && class != Class::Equipment {
        return h;
    }
    Head {
        end: inner.end,
        // "120 units of equipment" count the equipment itself.
        unit: if units {
            inner.unit
        } else {
            format!("{} of {}", h.unit, inner.unit)
        },
        cas: h.cas.or(inner.cas),
        first: h.first,
        // An unknown noun ("uniforms") is any other thing, not the container's class.
        over: Some(class),
        entry: inner.entry,
    }
}

/// Modifiers that make a tank a container, not armour: "storage tanks", "fuel tank".
fn is_civil_tank_modifier(w: &str) -> bool {
    matches!(
        w,
        "storage" | "fuel" | "oil" | "water" | "gas" | "septic" | "petrol" | "diesel" | "think"
    )
}

/// "four storage tanks": a tank after a civilian modifier is any other thing, its unit
/// the compound ("storage tank").
pub(super) fn civil_compound(s: &str, from: usize, mut h: Head) -> Head {
    let mut b = [0u8; 32];
    if matches!(h.unit.as_str(), "object" | "item" | "device") {
        return munition_compound(s, from, h);
    }
    if h.unit != "tank" {
        return h;
    }
    let Some(w) = modifier(s, from, h.end, &mut b) else {
        return h;
    };
    if is_civil_tank_modifier(w) {
        h.unit = format!("{w} tank");
        h.over = Some(Class::Other);
    }
    h
}

/// "more than 1,200 explosive objects", "40 unexploded items": a generic noun after
/// a munition modifier counts munitions (equipment).
fn munition_compound(s: &str, from: usize, mut h: Head) -> Head {
    let mut b = [0u8; 32];
    // ("14 improvised explosive devices": kit already, its unit as it is)
    if h.class() == Class::Equipment {
        return h;
    }
    let Some(w) = modifier(s, from, h.end, &mut b) else {
        return h;
    };
    if matches!(w, "explosive" | "unexploded" | "incendiary") {
        h.unit = format!("{w} {}", h.unit);
        h.over = Some(Class::Equipment);
    }
    h
}

/// "DJI Mavic 3T quadcopters — 3 pcs.", "Concrete blocks FBS 24.6.6, 3 200 pcs.": the
/// counter "pcs" counts the product named before it on its line (the nearest counted
/// noun within 12 words back), else pieces of any other thing.
pub(super) fn pieces_of(s: &str, from: usize, mut h: Head) -> Head {
    // byte test first: the head word is "pcs"
    if h.end < 3 || &s[h.end - 3..h.end] != "pcs" {
        return h;
    }
    let mut b = [0u8; 32];
    let mut at = s[..from]
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ')
        .len();
    for _ in 0..12 {
        let Some(t) = prev_tok(s, at) else {
            return h;
        };
        if s[t.end..at].contains('\n') {
            return h;
        }
        if let Some(e) = noun(lw(s, t, &mut b)) {
            if !matches!(e.2, Class::NotCount | Class::Money | Class::Percent) {
                h.unit = e.1.to_string();
                h.entry = Some(e);
                return h;
            }
        }
        at = t.start;
    }
    h
}

/// A verb of guard duty after plural people, before its object: "500 residents patrol
/// border settlements", "40 volunteers guard the bridge" (not "police patrol cars").
pub(super) fn duty_verb(s: &str, t: Option<Tok>) -> bool {
    let mut b = [0u8; 32];
    let Some(t) = t.filter(|t| matches!(lw(s, *t, &mut b), "patrol" | "guard" | "man")) else {
        return false;
    };
    // ("patrol cars", "patrol units", "guard posts" after them are compounds)
    next_tok(s, t.end).is_some_and(|o| {
        o.word
            && !noun(lw(s, o, &mut b))
                .is_some_and(|e| matches!(e.2, Class::Units | Class::Equipment))
    })
}

/// The word just before the noun that ends at `end` (lower case), where it is a word
/// after `from`: "storage" in "four storage tanks".
fn modifier<'a>(s: &'a str, from: usize, end: usize, b: &'a mut [u8; 32]) -> Option<&'a str> {
    let noun = prev_tok(s, end)?;
    let m = prev_tok(s, noun.start).filter(|m| m.word && m.start >= from)?;
    Some(lw(s, m, b))
}

//! Compound heads: a container noun counts what it contains ("1,500 sets of body
//! armour" is kit, "800 sets of uniforms" is not; "40 units of equipment"), and a
//! modifier can make a kit noun civilian ("four storage tanks", "fuel tanks").

use super::super::lexicon::Class;
use super::{lw, next_tok, prev_tok, Head};

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
    if h.unit != "tank" {
        return h;
    }
    let Some(noun) = prev_tok(s, h.end) else {
        return h;
    };
    let Some(m) = prev_tok(s, noun.start).filter(|m| m.word && m.start >= from) else {
        return h;
    };
    let w = lw(s, m, &mut b);
    if is_civil_tank_modifier(w) {
        h.unit = format!("{w} tank");
        h.over = Some(Class::Other);
    }
    h
}

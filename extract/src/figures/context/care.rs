//! People still being treated are injured: "11 patients in intensive care", "eight
//! people remain in hospital", "214 patients with injuries have been admitted". Staff
//! of a hospital ("40 doctors in the hospital") are not.

use super::super::attach::{lw, next_tok, prev_tok};

/// Whether the people noun ending at `end` is followed by a place or state of
/// treatment: "in intensive care", "in hospital", "with injuries", "with shrapnel wounds".
pub(super) fn in_care(s: &str, end: usize) -> bool {
    let mut b = [0u8; 32];
    // (the noun itself: staff are not patients)
    if prev_tok(s, end).is_some_and(|t| is_staff(lw(s, t, &mut b))) {
        return false;
    }
    let mut at = end;
    for _ in 0..4 {
        let Some(t) = next_tok(s, at).filter(|t| t.word) else {
            return false;
        };
        match lw(s, t, &mut b) {
            "are" | "were" | "is" | "was" | "remain" | "remained" | "remains" | "still" | "now"
            | "currently" | "being" | "treated" | "kept" => at = t.end,
            "in" => return treatment_after(s, t.end),
            "with" => return wounds_after(s, t.end),
            _ => return false,
        }
    }
    false
}

/// After "in": "intensive care", "hospital(s)" (no article: the British idiom of a
/// patient). (A "serious condition" alone does not say the person was hurt: an
/// exchanged prisoner, a patient with an illness.)
fn treatment_after(s: &str, at: usize) -> bool {
    let mut b = [0u8; 32];
    let Some(t) = next_tok(s, at).filter(|t| t.word) else {
        return false;
    };
    match lw(s, t, &mut b) {
        "hospital" | "hospitals" | "icu" => true,
        "intensive" => super::super::counted::next_is(s, t.end, "care"),
        _ => false,
    }
}

/// After "with": "injuries", "wounds", "shrapnel wounds", "burns", "gunshot wounds".
fn wounds_after(s: &str, at: usize) -> bool {
    let mut b = [0u8; 32];
    let mut at = at;
    for _ in 0..3 {
        let Some(t) = next_tok(s, at).filter(|t| t.word) else {
            return false;
        };
        match lw(s, t, &mut b) {
            "injuries" | "wounds" | "burns" | "fractures" | "concussions" | "trauma" => {
                return true
            }
            "shrapnel" | "gunshot" | "blast" | "serious" | "severe" | "minor" | "various"
            | "light" | "multiple" | "mine" => at = t.end,
            _ => return false,
        }
    }
    false
}

/// Hospital staff and helpers: in a hospital, but not its patients.
fn is_staff(w: &str) -> bool {
    matches!(
        w,
        "doctors"
            | "doctor"
            | "nurses"
            | "nurse"
            | "surgeons"
            | "surgeon"
            | "medics"
            | "paramedics"
            | "staff"
            | "workers"
            | "employees"
            | "volunteers"
            | "anaesthetists"
            | "anesthetists"
            | "physicians"
            | "beds"
    )
}

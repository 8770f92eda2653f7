//! A head count stated by a verb of size after a force: "a volunteer force which the
//! governor says numbers about 3,000 people", "the battalion, numbering 450 men",
//! "bringing the force to about 3,600", "the militia has grown to 5,000". The subject is
//! a singular collective (force, militia, battalion, ...): its size is personnel, not
//! "people" in general. A plural before "to" is a count of formations ("bringing the
//! number of battalions to 12"), and a population is no force ("the town's population
//! numbers 30,000").

use super::super::attach::{lw, next_tok, prev_tok};
use super::super::lexicon::{noun, Class};
use super::super::Attached;

/// The head count whose number expression spans `start..end`, after "numbers" /
/// "numbering" / "numbered" or after "to" in "bringing the force to" / "has grown to".
pub(in crate::figures) fn numbering(s: &str, start: usize, end: usize) -> Option<Attached> {
    // byte tests first: the word right before the expression
    let lead = s[..start].strip_suffix(' ')?;
    let verb = lead.ends_with("numbers")
        || lead.ends_with("numbering")
        || lead.ends_with("numbered")
        || lead.ends_with(" number");
    // "to establish the maximum strength of the battalions at 3,600 persons"
    let prep = lead.ends_with(" at") || lead.ends_with(" of");
    if !verb && !prep && !lead.ends_with(" to") {
        return None;
    }
    let mut b = [0u8; 32];
    let at = prev_tok(s, lead.len())?;
    let (mut force, mut moved, mut stated) = (false, verb, false);
    let mut p = at.start;
    for i in 0..8 {
        let Some(t) = prev_tok(s, p).filter(|t| t.word) else {
            break;
        };
        let w = lw(s, t, &mut b);
        // ("to": the collective stands right before it or after the verb's object)
        if is_collective(w) && (verb || i < 4) {
            force = true;
        }
        // a stated strength: "the strength of one battalion at not more than 300"
        if matches!(w, "strength" | "headcount") {
            (force, moved, stated) = (true, true, true);
        }
        moved |= matches!(
            w,
            "bringing"
                | "brings"
                | "brought"
                | "taking"
                | "takes"
                | "took"
                | "grown"
                | "grew"
                | "swelled"
                | "risen"
                | "rose"
                | "increased"
                | "expanded"
        );
        if force && moved {
            break;
        }
        p = t.start;
    }
    // ("bringing its strength to 2,900": the strength rule of `elided` reads it)
    if !(force && moved) || (prep && !stated) || (stated && !prep) {
        return None;
    }
    // after the number: nothing counted, or people
    let mut unit = "personnel";
    let mut e_end = end;
    if let Some(t) = next_tok(s, end).filter(|t| t.word) {
        let w = lw(s, t, &mut b);
        match noun(w) {
            Some(e) if e.2 == Class::People || e.2 == Class::Force => {
                unit = e.1;
                e_end = t.end;
            }
            Some(_) => return None,
            // ("persons", the decrees' word, is no noun of the lexicon)
            None if w == "persons" => {
                unit = "person";
                e_end = t.end;
            }
            None => {}
        }
    }
    // ("its strength is put at 4,500": the strength rule of `elided` reads it)
    if stated && e_end == end {
        return None;
    }
    Some(Attached {
        start,
        end: e_end,
        unit: unit.into(),
        class: Class::Force,
        cas: None,
        same_as: None,
    })
}

fn is_collective(w: &str) -> bool {
    matches!(
        w,
        "force"
            | "militia"
            | "battalion"
            | "detachment"
            | "brigade"
            | "regiment"
            | "company"
            | "unit"
            | "formation"
            | "defence"
            | "defense"
            | "guard"
            | "corps"
            | "contingent"
            | "garrison"
    )
}

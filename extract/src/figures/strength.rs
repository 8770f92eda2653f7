//! A strength stated after the number with a spaced "strong": "the volunteers, now
//! about 3,500 strong", "a force 600 strong". The number is a head count of the force
//! named before it in the sentence (its nearest person noun), else of "personnel".

use super::attach::{lw, next_tok};
use super::lexicon::Class;
use super::Attached;

mod numbering;
use numbering::numbering;

/// The strength whose number spans `start..end` in `s`, when " strong" follows it
/// predicatively (then punctuation, the end or a function word): not "3 strong winds".
pub(super) fn spaced(s: &str, start: usize, end: usize) -> Option<Attached> {
    // byte test first
    let Some(rest) = s[end..].strip_prefix(" strong") else {
        // (or a verb of size before it: "the force numbers about 3,000 people")
        return numbering(s, start, end);
    };
    let mut b = [0u8; 32];
    if rest.starts_with(|c: char| c.is_alphanumeric() || c == '-') {
        return None;
    }
    if let Some(t) = next_tok(s, end + " strong".len()) {
        let gap = &s[end + " strong".len()..t.start];
        if t.word
            && !gap.contains([',', ';', ':', '('])
            && !matches!(
                lw(s, t, &mut b),
                "according"
                    | "and"
                    | "now"
                    | "today"
                    | "by"
                    | "at"
                    | "in"
                    | "when"
                    | "as"
                    | "after"
                    | "before"
                    | "on"
                    | "with"
                    | "since"
                    | "last"
                    | "this"
            )
        {
            return None;
        }
    }
    // the nearest person noun before the number names the force
    let unit =
        super::elided::noun_within(s, start, 24, |e| e.2.is_person()).map_or("personnel", |e| e.1);
    Some(Attached {
        start,
        end,
        unit: unit.into(),
        class: Class::Force,
        cas: None,
        same_as: None,
    })
}

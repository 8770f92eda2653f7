//! People a reporter talked to are the story's sources, not a count of a force:
//! "interviews with nine current and former fighters", "four fighters told us",
//! "we spoke to 12 soldiers of the battalion".

use crate::figures::attach::{lw, next_tok, prev_tok};

/// Whether the people counted from byte `start` (number) to `end` (noun) are the
/// sources of the story: after "interviews with", "interviewed", "spoke to/with",
/// "talked to/with", or right before "told".
pub(in crate::figures) fn sources(s: &str, start: usize, end: usize) -> bool {
    // byte tests first: most sentences name no interview
    if !(s.contains("told")
        || s.contains("nterview")
        || s.contains("spoke")
        || s.contains("talked"))
    {
        return false;
    }
    let mut b = [0u8; 32];
    if next_tok(s, end).is_some_and(|t| lw(s, t, &mut b) == "told") {
        return true;
    }
    let Some(p) = prev_tok(s, start).filter(|t| t.word) else {
        return false;
    };
    match lw(s, p, &mut b) {
        "interviewed" => true,
        "with" | "to" => prev_tok(s, p.start).is_some_and(|t| {
            matches!(
                lw(s, t, &mut b),
                "interviews" | "interview" | "conversations" | "spoke" | "talked" | "speaking"
            )
        }),
        _ => false,
    }
}

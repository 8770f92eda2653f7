//! People that a loss noun is stated as: "losses ... amounted to 127 servicemen".

use super::super::attach::{lw, prev_tok};

/// People that a loss noun is stated as: "Russian losses near Vovchansk over the day
/// amounted to 127 servicemen", "casualties stood at 40 soldiers", "losses of up to
/// 300 men". The number at `start` follows a linking verb (or "of" right after the
/// noun); "losses" or "casualties" stands within eight words before the verb, in the
/// same clause.
pub(in crate::figures) fn losses_stated_as(s: &str, start: usize) -> bool {
    let mut b = [0u8; 32];
    let Some(t) = prev_tok(s, start).filter(|t| t.word) else {
        return false;
    };
    let mut at = t.start;
    let w = lw(s, t, &mut b);
    let linked = match w {
        "of" => {
            return prev_tok(s, at)
                .is_some_and(|p| matches!(lw(s, p, &mut b), "losses" | "casualties"))
        }
        "were" | "totalled" | "totaled" | "reached" | "numbered" => true,
        "to" | "at" => {
            let Some(v) = prev_tok(s, at) else {
                return false;
            };
            at = v.start;
            matches!(
                lw(s, v, &mut b),
                "amounted" | "rose" | "risen" | "stood" | "stand"
            )
        }
        _ => false,
    };
    if !linked {
        return false;
    }
    let mut words = 0;
    while words < 8 {
        let Some(t) = prev_tok(s, at) else {
            return false;
        };
        at = t.start;
        // a date or a number in the clause is no word of it: "from 24.02.22 to 20.09.24"
        if date_piece(s, t.start, t.end) {
            continue;
        }
        if !t.word {
            return false;
        }
        if matches!(lw(s, t, &mut b), "losses" | "casualties") {
            return true;
        }
        words += 1;
    }
    false
}

/// Digits, or a "." or "/" between digits: a piece of a date or a number.
fn date_piece(s: &str, start: usize, end: usize) -> bool {
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_digit());
    b[start..end].iter().all(|c| c.is_ascii_digit())
        || end == start + 1
            && matches!(b[start], b'.' | b'/')
            && start > 0
            && digit(start - 1)
            && digit(end)
}

//! Numbers that label or describe, not count: a size ("150 pairs of felt boots, sizes
//! 38–45", "in size 42") and the age of the people just counted ("96 men, most of
//! them over forty-five", "all of them are under 30").

use crate::figures::attach::{lw, next_tok, prev_tok};
use crate::figures::lexicon::noun;
use crate::numerals::NumberExpr;

/// Whether `n` is a size after "size(s)" or an age after "of them over/under".
pub(in crate::figures) fn size_or_group_age(s: &str, n: &NumberExpr) -> bool {
    // byte test first: "size", "over", "under", "above", "below" right before it
    let near = &s.as_bytes()[n.span.start.saturating_sub(7)..n.num_span.start.max(n.span.start)];
    let cue = |w: &[u8]| near.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w));
    if !(cue(b"size") || cue(b"over") || cue(b"under") || cue(b"above") || cue(b"below")) {
        return false;
    }
    let mut b = [0u8; 32];
    let pw = prev_tok(s, n.span.start)
        .filter(|t| t.word)
        .map_or(String::new(), |p| lw(s, p, &mut b).to_string());
    if matches!(pw.as_str(), "size" | "sizes") {
        return true;
    }
    // "over" before the number, or first in its span ("over forty-five": more than)
    let first = next_tok(s, n.span.start)
        .filter(|t| t.start < n.num_span.start && t.word)
        .map_or(String::new(), |t| lw(s, t, &mut b).to_string());
    let comparison = |w: &str| matches!(w, "over" | "under" | "above" | "below");
    let at = if comparison(&first) {
        n.span.start
    } else if comparison(&pw) {
        prev_tok(s, n.span.start).map_or(0, |p| p.start)
    } else {
        return false;
    };
    if noun_after(s, n) {
        return false;
    }
    // "most of them over 45", "all of whom are under 30"
    let mut at = at;
    for _ in 0..2 {
        let Some(t) = prev_tok(s, at).filter(|t| t.word) else {
            return false;
        };
        match lw(s, t, &mut b) {
            "them" | "whom" => {
                return prev_tok(s, t.start).is_some_and(|o| lw(s, o, &mut [0; 32]) == "of")
            }
            "are" | "were" | "being" => at = t.start,
            _ => return false,
        }
    }
    false
}

/// A counted noun right after the number ("over 20 drones"), or a unit of length,
/// weight or money: then the number counts.
fn noun_after(s: &str, n: &NumberExpr) -> bool {
    let mut b = [0u8; 32];
    next_tok(s, n.span.end).filter(|t| t.word).is_some_and(|t| {
        let w = lw(s, t, &mut b);
        !matches!(w, "years" | "year" | "and" | "or") && noun(w).is_some()
    })
}

#[cfg(test)]
mod tests {
    use super::size_or_group_age;
    use crate::numerals::find_numbers;

    fn at(s: &str, num: &str) -> bool {
        let n = find_numbers(s)
            .into_iter()
            .find(|n| s[n.span.start..n.span.end].contains(num))
            .unwrap();
        size_or_group_age(s, &n)
    }

    #[test]
    fn sizes_and_ages_of_a_group() {
        assert!(at("150 pairs of felt boots (valenki), sizes 38–45", "38"));
        assert!(at("Winter boots in size 42 are needed.", "42"));
        assert!(at(
            "There are 96 men in the detachment, most of them over forty-five.",
            "forty"
        ));
        assert!(at(
            "The volunteers, all of whom are under 30, patrol at night.",
            "30"
        ));
        assert!(at("Many of them were over 60 years old.", "60"));
        // traps: counts after "over", "of them" with a noun, the count before the age
        assert!(!at(
            "There are 96 men in the detachment, most of them over forty-five.",
            "96"
        ));
        assert!(!at("Over 300 drones were shot down.", "300"));
        assert!(!at("Some of them over 20 drones a night.", "20"));
        assert!(!at("The battalion grew to over 400 members.", "400"));
        assert!(!at("A force the size of 3,000 men.", "3,000"));
        assert!(!at("They paid out over 2 million rubles.", "2"));
    }
}

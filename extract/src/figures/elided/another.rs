//! "another N" after a single thing introduced by "a" / "an": "shot down a drone over
//! the Bryansk region and another 2 over the Oryol region", "a shell hit a house in
//! Shebekino and another three in Graivoron". The elided noun is that thing's (no
//! figure stands before the number to lend it).

use crate::figures::attach::{lw, prev_tok};
use crate::figures::lexicon::{noun, Class};
use crate::figures::words::is_stop;
use crate::figures::Attached;

/// `a` (the figure before lends its noun), else [`singular`] for the number `n`.
pub(in crate::figures) fn or_single(
    a: Option<Attached>,
    s: &str,
    n: &crate::numerals::NumberExpr,
) -> Option<Attached> {
    a.or_else(|| singular(s, n.span.start, n.span.end))
}

/// The noun of the number at `start..end` after "another" (the caller checked it),
/// from the nearest counted noun before that "a" / "an" / "one" introduces, within the
/// clause (20 tokens; a ";" or ":" ends it).
pub(in crate::figures) fn singular(s: &str, start: usize, end: usize) -> Option<Attached> {
    let mut b = [0u8; 32];
    // the "another" itself, then the words before it
    let mut p = prev_tok(s, start)?.start;
    for _ in 0..20 {
        let t = prev_tok(s, p)?;
        p = t.start;
        if !t.word {
            if matches!(&s[t.start..t.end], ";" | ":" | "." | "(") {
                return None;
            }
            continue;
        }
        let w = lw(s, t, &mut b);
        if is_stop(w) {
            continue;
        }
        let Some(e) = noun(w).filter(|e| e.2 != Class::NotCount && e.2 != Class::Money) else {
            continue;
        };
        // "a drone", "an Su-34 and", "one tank": up to two modifiers between
        let mut q = t.start;
        for _ in 0..3 {
            let Some(a) = prev_tok(s, q).filter(|a| a.word) else {
                break;
            };
            if matches!(lw(s, a, &mut [0u8; 32]), "a" | "an" | "one") {
                return Some(Attached::noun(start, end, e));
            }
            q = a.start;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::singular;

    fn unit(s: &str, num: &str) -> Option<String> {
        let i = s.find(num).unwrap();
        singular(s, i, i + num.len()).map(|a| a.unit)
    }

    #[test]
    fn another_after_a_single_thing_counts_it() {
        let s = "Air defences shot down a drone over the Kursk region and another 4 over Belgorod.";
        assert_eq!(unit(s, "4").as_deref(), Some("drone"));
        let s = "A shell hit a house in Shebekino, and another three in Graivoron.";
        assert_eq!(unit(s, "three").as_deref(), Some("house"));
        let s = "They found one abandoned tank near Tetkino and another 2 near Glushkovo.";
        assert_eq!(unit(s, "2").as_deref(), Some("tank"));
        // traps: no single thing before; a clause break; an uncountable before
        let s = "The governor spoke on Monday and another 2 were announced.";
        assert_eq!(unit(s, "2"), None);
        let s = "A drone fell; another 5 were reported later.";
        assert_eq!(unit(s, "5"), None);
        let s = "It took a week and another 3 were needed.";
        assert_eq!(unit(s, "3"), None);
    }
}

//! A count right after a formation whose verb is left out: "the Rylsk detachment has
//! 60 members and the Korenevo detachment 96", "the first company lost 12 men, the
//! second company 15". The count is the people of the figure before, not formations.

use super::super::attach::prev_tok;
use super::super::lexicon::{noun, Class};

#[path = "another.rs"]
pub(super) mod another;

/// Whether the word before the number at `start..end` is a formation noun written in
/// lower case ("Company 2", "Detachment 7" are names) and no counted noun follows.
pub(super) fn formation_count(s: &str, start: usize, end: usize) -> bool {
    let Some(p) = prev_tok(s, start).filter(|p| p.word) else {
        return false;
    };
    let raw = &s[p.start..p.end];
    raw.starts_with(|c: char| c.is_lowercase())
        && noun(raw).is_some_and(|x| x.2 == Class::Units)
        && !super::next_is_noun(s, end)
}

#[cfg(test)]
mod tests {
    use super::formation_count;

    fn at(s: &str, num: &str) -> bool {
        let i = s.find(num).unwrap();
        formation_count(s, i, i + num.len())
    }

    #[test]
    fn formation_before_a_bare_count() {
        assert!(at(
            "The Rylsk detachment has 60 members and the Korenevo detachment 96, they say.",
            "96"
        ));
        assert!(at(
            "The first company lost 12 men and the second company 15.",
            "15"
        ));
        assert!(at(
            "The Shebekino battalion counts 400 fighters, the Valuyki battalion 250.",
            "250"
        ));
        // traps: a noun after the number, a name ("Company 2"), no formation before
        assert!(!at(
            "The battalion has 60 members and the company 12 vehicles.",
            "12"
        ));
        assert!(!at(
            "The Belgorod battalion has 300 fighters (Company 2, Shebekino).",
            "2"
        ));
        assert!(!at(
            "Belgorod has 3,000 volunteers and Kursk 2,500.",
            "2,500"
        ));
    }
}

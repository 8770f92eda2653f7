//! A count right after a formation whose verb is left out: "the Rylsk detachment has
//! 60 members and the Korenevo detachment 96", "the first company lost 12 men, the
//! second company 15". The count is the people of the figure before, not formations.

use super::super::lexicon::{noun, Class};

/// Whether the word before the number (`pw`, lower case) is a formation noun and no
/// counted noun follows the number ending at `end`.
pub(super) fn formation_count(s: &str, end: usize, pw: &str) -> bool {
    noun(pw).is_some_and(|x| x.2 == Class::Units) && !super::next_is_noun(s, end)
}

#[cfg(test)]
mod tests {
    use super::formation_count;

    #[test]
    fn formation_before_a_bare_count() {
        let s = "The Rylsk detachment has 60 members and the Korenevo detachment 96, they say.";
        let end = s.find("96").unwrap() + 2;
        assert!(formation_count(s, end, "detachment"));
        let s = "The first company lost 12 men and the second company 15.";
        assert!(formation_count(s, s.find("15").unwrap() + 2, "company"));
        // traps: a noun after the number, a word that is no formation
        let s = "The battalion has 60 members and the company 12 vehicles.";
        assert!(!formation_count(s, s.find("12").unwrap() + 2, "company"));
        let s = "Belgorod has 3,000 volunteers and Kursk 2,500.";
        assert!(!formation_count(s, s.len() - 1, "kursk"));
    }
}

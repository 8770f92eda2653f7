//! Relatives of a force's members: "wives of men serving in the detachments",
//! "families of killed members", "mothers of conscripts". The force words after
//! their "of" describe the relatives' men; the people the sentence counts (or the
//! next sentence counts: "23 women stood outside") are the relatives.

/// Nouns of relatives (lower case), before an "of" that names whose they are.
pub(in crate::figures) fn is_kin(w: &str) -> bool {
    matches!(
        w,
        "wives"
            | "wife"
            | "mothers"
            | "mother"
            | "relatives"
            | "relative"
            | "families"
            | "family"
            | "widows"
            | "widow"
            | "parents"
            | "children"
            | "daughters"
            | "sisters"
            | "loved"
    )
}

#[cfg(test)]
mod tests {
    use super::super::cue;
    use crate::model::Category;

    #[test]
    fn relatives_of_members_are_no_force() {
        // the force words describe the relatives' men
        assert_eq!(cue("Wives of men serving in the territorial defence detachments have recorded a video appeal."), None);
        assert_eq!(cue("Families of killed members would receive 1 million rubles, the same as families of volunteers in the BARS units."), None);
        assert_eq!(
            cue("Mothers of conscripts serving in the battalion met the governor."),
            None
        );
        // traps: the members themselves, and a sentence that counts a force beside kin
        assert_eq!(
            cue("Men serving in the territorial defence detachments have recorded a video appeal."),
            Some(Category::Personnel)
        );
        assert_eq!(cue("The families of the fallen were received by the governor, who said 300 more men had joined the battalion."), Some(Category::Personnel));
        assert_eq!(
            cue("Members of the militia signed contracts with the region."),
            Some(Category::Personnel)
        );
    }
}

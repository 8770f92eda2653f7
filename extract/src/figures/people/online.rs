//! A group on a social network or messenger ("a local VKontakte group", "the
//! Telegram group", "an online group") is an audience, not a formation: its word
//! "group" makes no people of the sentence a force.

use crate::figures::attach::{lw, prev_tok};

/// Whether `w` (a formation noun starting at `start` of `s`) is "group"/"groups"
/// or "chat" after the name of a network or "online"/"social media".
pub(in crate::figures) fn online_group(s: &str, start: usize, w: &str) -> bool {
    if !matches!(w, "group" | "groups" | "community" | "communities") {
        return false;
    }
    let mut b = [0u8; 32];
    prev_tok(s, start).is_some_and(|p| {
        matches!(
            lw(s, p, &mut b),
            "vkontakte"
                | "vk"
                | "telegram"
                | "whatsapp"
                | "viber"
                | "facebook"
                | "odnoklassniki"
                | "online"
                | "media"
                | "chat"
                | "messenger"
                | "internet"
                | "signal"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::super::cue;
    use crate::model::Category;

    #[test]
    fn groups_online_are_no_formation() {
        assert_eq!(cue("The video, published on Sunday in a local VKontakte group, shows 23 women standing outside."), None);
        assert_eq!(
            cue("Relatives shared the list in a Telegram group of 300 people."),
            None
        );
        assert_eq!(
            cue("More than 1,000 people follow the district's online group."),
            None
        );
        assert_eq!(
            cue("A social media group with 5,000 subscribers shared the appeal."),
            None
        );
        // traps: a group of fighters is a formation
        assert_eq!(
            cue("A sabotage group of 20 men crossed the border."),
            Some(Category::Personnel)
        );
        assert_eq!(
            cue("The mobile fire group of the battalion has 12 members."),
            Some(Category::Personnel)
        );
    }
}

//! Round 9: related-article lists marked with arrows, "Popular today:" boxes on one
//! line, reader comments under a comments header, "Show 35 more comments" buttons,
//! bracketed menus.

use super::tests_tail::{kind_of, BODY};
use super::*;
use BlockKind::*;

#[test]
fn arrow_items_under_a_teaser_header_are_teasers() {
    let t = format!("{BODY}Read also:\n  > Shebekino: 2 injured in drone attack on a car\n  > Stary Oskol: 700 tons of cement for shelters\n» Kursk: 12 villages evacuated\n");
    for n in ["Shebekino: 2", "Stary Oskol", "Kursk: 12"] {
        assert_eq!(kind_of(&t, n), (Furniture, "related-article teaser"), "{n}");
    }
    // trap: a quoted line in the body with no teaser header above stays body
    let t = format!("{BODY}> The battalion now has 300 fighters, the commander wrote.\n");
    assert_eq!(kind_of(&t, "The battalion now").0, Body);
}

#[test]
fn a_popular_today_box_on_one_line_is_a_teaser() {
    let t = format!("{BODY}Popular today: Belgorod: 5 cars damaged on the avenue | Weather: +24 and thunderstorms\n");
    assert_eq!(
        kind_of(&t, "5 cars").0,
        Furniture,
        "popular-today box on one line"
    );
    // trap: prose that opens with "Popular" stays body
    let t =
        format!("{BODY}Popular support for the battalion grew: 300 residents signed up in May.\n");
    assert_eq!(kind_of(&t, "300 residents").0, Body);
}

#[test]
fn reader_comments_under_a_comments_header_are_furniture() {
    let t = format!("{BODY}Comments (37)\n  Sergey_V: how many times already... 14 tanks and no protection\n  Natalia Ivanovna: Lord, keep our boys safe\n  [Show 35 more comments]\n\nThe governor later said 20 more drones were shot down.\n");
    assert_eq!(kind_of(&t, "14 tanks"), (Furniture, "reader comment"));
    assert_eq!(kind_of(&t, "Lord, keep"), (Furniture, "reader comment"));
    assert_eq!(kind_of(&t, "Show 35"), (Furniture, "comments link"));
    // after a blank line the article goes on
    assert_eq!(kind_of(&t, "20 more drones").0, Body);
}

#[test]
fn comment_buttons_with_a_count_are_furniture() {
    for b in [
        "[Show 35 more comments]",
        "Load 12 more replies",
        "View all 48 comments",
    ] {
        let t = format!("{BODY}{b}\n");
        assert_eq!(
            kind_of(&t, b.trim_matches(['[', ']'])),
            (Furniture, "comments link"),
            "{b}"
        );
    }
    // trap: a sentence about comments with more words is prose
    let t = format!("{BODY}Read the 300 comments that residents of Shebekino sent to the governor about the battalion and its fighters.\n");
    assert_eq!(kind_of(&t, "300 comments").0, Body);
}

#[test]
fn a_menu_of_bracketed_links_is_navigation() {
    let t = format!("[ Home ] [ News ] [ Incidents ] [ City ] [ Contacts ]\n\nDrones attacked an oil depot\n\n{BODY}");
    assert_eq!(kind_of(&t, "[ Home ]"), (Furniture, "navigation"));
    // trap: a bracketed editor's note is no menu
    let t = format!("{BODY}[Updated at 12:00: the governor said 3 more people were injured.]\n");
    assert_ne!(kind_of(&t, "3 more people"), (Furniture, "navigation"));
}

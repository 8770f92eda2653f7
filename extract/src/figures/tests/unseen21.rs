//! Phenomena of the twenty-first round (state media's award stories, long reads and
//! year-end pages, forum threads), each pinned with new sentences: people counted as
//! receiving honours are the honoured (`other`), a forum comment header's score and a
//! channel's counter standing alone are page furniture, and people moved to temporary
//! accommodation are evacuees.

use super::super::*;
// (unseen16's: the figures of the whole pipeline for an article text)
use super::article;

#[test]
fn people_counted_as_receiving_honours_are_the_honoured() {
    for text in [
        "Nine members of the Kursk territorial defence have been awarded state medals.",
        "Seventeen of our volunteers have received regional honours, the commander said.",
        "He said 40 servicemen of the Bryansk detachment would be nominated for medals.",
        "The governor said 25 fighters of the Shebekino battalion had been decorated.",
        "Three fighters who were awarded the Order of Courage returned to Belgorod.",
        "In Belgorod, 18 volunteers were put forward for state awards on Monday.",
        "In Kursk the governor decorated 12 fighters of the border detachment.",
        "Gladkov presented medals to 30 members of the Graivoron battalion.",
    ] {
        let f = run(text);
        assert_eq!(f[0].category, Other, "{text}");
    }
}

#[test]
fn honours_elsewhere_in_the_sentence_leave_a_force_count_alone() {
    // traps: the honour is said of someone else, or in an aside after a comma
    for text in [
        "The Belgorod battalion has 400 fighters, awarded a banner of honour last year.",
        "About 800 men in Kursk are trained by instructors who hold combat awards.",
        "In Belgorod 300 fighters joined and 12 were later decorated.",
        "The 60 volunteers of the Kursk detachment attended the award ceremony.",
        "The Belgorod unit of 35 men was awarded a pennant.",
    ] {
        let f = run(text);
        assert_eq!(f[0].category, Personnel, "{text}");
    }
    // the killed stay killed when they are honoured: a casualty word wins
    assert_eq!(
        cats("Kursk posthumously decorated 4 fighters killed near Tyotkino."),
        vec![c(4.0, Killed, "fighter")]
    );
    // companies awarded contracts are no people
    assert_eq!(
        cats("In Belgorod 9 companies were awarded contracts for the fortifications."),
        vec![c(9.0, Other, "company")]
    );
}

#[test]
fn a_forum_comment_header_score_is_furniture() {
    let t = "r/BorderStories\n\n\
             u/kursk_driver (OP) \u{b7} 3.2k points\n\n\
             We evacuated 60 families from Sudzha in August.\n\n\
             u/volga_reader \u{b7} 245 points\n\n\
             How many drivers do you have in Kursk?\n\n\
             u/kursk_driver (OP) \u{b7} 88 points\n\n\
             Nine drivers, all volunteers.\n";
    let f = article(t);
    assert!(f.iter().all(|x| x.2 != "point"), "{f:?}");
    assert!(f.contains(&c(60.0, Other, "family")), "{f:?}");
    // traps: points in a sentence are counts or scores of the story
    assert_eq!(
        cats("The Kursk checkpoint network grew to 14 points in May."),
        vec![c(14.0, Other, "point")]
    );
    assert_eq!(cats("\u{2022} 12 upvotes").len(), 0);
}

#[test]
fn a_channel_counter_standing_alone_is_furniture() {
    for t in [
        "Subscribe to Kursk Today. 1.4M subscribers.",
        "Follow us on Telegram.\n\n250K followers\n",
    ] {
        let f = article(&format!(
            "Shelling damaged 14 houses in Rylsk, the governor said.\n\n{t}\n"
        ));
        assert_eq!(f, vec![c(14.0, Other, "house")], "{t}");
    }
    // traps: utility subscribers in a sentence are a count of the story
    assert_eq!(
        cats("In Belgorod 1,300 subscribers were left without power."),
        vec![c(1300.0, Other, "subscriber")]
    );
}

#[test]
fn people_moved_to_temporary_accommodation_are_evacuees() {
    // the noun meant recruits earlier in the article; the move makes them evacuees
    let t = "Some 600 residents of Belgorod have applied to join the territorial \
             defence battalions.\n\n\
             The governor said about 300 residents had been moved to temporary \
             accommodation in Stary Oskol.\n";
    assert_eq!(
        article(t),
        vec![c(600.0, Personnel, "resident"), c(300.0, Other, "resident")]
    );
    assert_eq!(
        cats("In Kursk 120 people were placed in temporary accommodation centres."),
        vec![c(120.0, Other, "person")]
    );
    // trap: a force's own quarters are no evacuation
    assert_eq!(
        cats("The Kursk battalion's 300 fighters were given accommodation in a school."),
        vec![c(300.0, Personnel, "fighter")]
    );
}

//! The page's tail: teaser lists whose lines open with numbers, "Read more" without
//! its colon, money appeals after the article.

use super::*;
use BlockKind::*;

/// The kind and reason of the block holding `needle` (shared with later test files).
pub(super) fn kind_of(text: &str, needle: &str) -> (BlockKind, &'static str) {
    let at = text.find(needle).expect("needle in text");
    let b = blocks(text)
        .into_iter()
        .find(|b| b.span.start <= at && at < b.span.end)
        .expect("needle in a block");
    (b.kind, b.reason)
}

pub(super) const BODY: &str = "The governor said 40 fighters joined the battalion near Shebekino this week, and that more were expected soon.\n\n";

/// Each of `appeals`, after an article and before a share line, is a donation banner
/// (shared with later test files).
pub(super) fn assert_banners(appeals: &[&str]) {
    for appeal in appeals {
        let t = format!("{BODY}{appeal}\n\nShare: Facebook | Telegram\n");
        assert_eq!(
            kind_of(&t, appeal),
            (Furniture, "donation banner"),
            "{appeal}"
        );
    }
}

#[test]
fn teaser_lines_that_open_with_a_number_are_not_joined_to_the_line_above() {
    let t = format!("{BODY}Read also\nKherson: 4 killed, 7 hurt in a night attack\n12 facts about the new shelters\n3 villages cut off by floods\n");
    for n in ["Kherson: 4", "12 facts", "3 villages"] {
        assert_eq!(kind_of(&t, n), (Furniture, "related-article teaser"), "{n}");
    }
    let blocks = blocks(&t);
    assert_eq!(blocks.len(), 5, "each teaser line is its own block");
}

#[test]
fn a_sentence_broken_before_its_number_is_still_one_paragraph() {
    let t = "The governor said the force had grown to about\n3,000 fighters by the end of the year, he added.\n";
    assert_eq!(blocks(t).len(), 1);
    let t = "Officials counted damage to houses in 14 villages, more than\n200 buildings in all were hit overnight in the district.\n";
    assert_eq!(blocks(t).len(), 1);
    let t = "Since the autumn the detachment has trained recruits from the district,\n450 of them so far, the commander said on Friday.\n";
    assert_eq!(blocks(t).len(), 1);
}

#[test]
fn most_read_today_and_numbered_teasers() {
    let t = format!("{BODY}Most read today\n1. Bryansk: 6 drones downed over the region\n2. How 5 villages rebuilt their school\n");
    for n in ["Most read", "1. Bryansk", "2. How"] {
        assert_eq!(kind_of(&t, n), (Furniture, "related-article teaser"), "{n}");
    }
}

#[test]
fn read_more_without_colon_heads_the_title_lines_under_it() {
    let t = format!("{BODY}Read more\nInside the 5-day siege of a border village\nKursk region: 20 schools move online\n");
    for n in ["Read more", "Inside the", "Kursk region: 20"] {
        assert_eq!(kind_of(&t, n), (Furniture, "related-article teaser"), "{n}");
    }
    // a "Read more" button with prose after it leaves the prose alone
    let t = format!("{BODY}Read more\n\nThe regional budget set aside 90 million rubles for the units, officials said.\n");
    assert_eq!(kind_of(&t, "The regional budget").0, Body);
}

#[test]
fn money_appeals_after_the_article_are_banners() {
    assert_banners(&[
        "Thanks for reading The Border Letter. Paid subscribers get the maps: $6 a month or $60 a year.",
        "The Steppe Policy Centre is funded by its readers. A gift of $30 pays for a day of research.",
        "Support Sivershchyna.Today: 200 UAH covers a reporter's phone bill for a month.",
        "Our readers keep us going: join them with 500 rubles a month.",
    ]);
}

#[test]
fn members_paid_by_the_story_are_not_reader_members() {
    for body in [
        "Members receive up to 60,000 roubles a month, plus 100,000 roubles on signing.",
        "The battalion's members are paid 45,000 rubles a month by the region.",
        "Each of its 300 members gets a bonus of 20,000 rubles.",
    ] {
        let t = format!("{BODY}{body}\n\n(Reporting by A. Writer; Editing by B. Editor)\n");
        assert_eq!(kind_of(&t, body).0, Body, "{body}");
    }
    assert_banners(&[
        "Become a member: 300 rubles a month keeps the newsroom open.",
        "Our members fund the maps: $5 a month.",
        "Membership starts at $4 a month.",
    ]);
}

#[test]
fn money_in_the_last_paragraph_of_the_article_stays_body() {
    // money without an appeal to readers
    let t = format!(
        "{BODY}The region will pay 15,000 rubles to each evacuated family, the governor said.\n"
    );
    assert_eq!(kind_of(&t, "The region will pay").0, Body);
    // an appeal word in prose before other prose is not the page's tail
    let t = format!("{BODY}Volunteers raised $40,000 to support the battalion, its commander said.\n\nThe battalion now patrols 12 villages along the border.\n");
    assert_eq!(kind_of(&t, "Volunteers raised").0, Body);
    let t =
        format!("{BODY}Volunteers raised $40,000 to support the battalion, its commander said.\n");
    assert_eq!(kind_of(&t, "Volunteers raised").0, Body);
}

#[test]
fn mastheads_with_a_tagline_are_not_headlines() {
    for (masthead, headline) in [
        (
            "Donbas Wire — mobile edition",
            "Two villages shelled near Vovchansk overnight",
        ),
        (
            "BORDER HERALD | English edition",
            "Belgorod volunteers finish their first year",
        ),
        (
            "SIVER.TODAY — Chernihiv region news in English",
            "Sabotage groups seen near the border again",
        ),
        (
            "KURSK POST - regional news",
            "Governor opens a new training range in Rylsk",
        ),
    ] {
        let t = format!("{masthead}\n\n{headline}\n\n{BODY}");
        assert_eq!(kind_of(&t, masthead), (Meta, "masthead"), "{masthead}");
        assert_eq!(kind_of(&t, headline), (Heading, "headline"), "{headline}");
    }
    // a headline with a dash is not a masthead
    let t = format!("Kursk governor — 1,200 volunteers joined the units\n\n{BODY}");
    assert_eq!(kind_of(&t, "Kursk governor").0, Heading);
}

#[test]
fn spaced_menus_and_signed_taglines_before_the_headline() {
    let t = format!("The Border Letter\nNotes from the frontier, by Anna Petrova\n\nSubscribe   Sign in\n\nWhat the militia did in August\n\n{BODY}");
    assert_eq!(kind_of(&t, "Notes from").1, "byline");
    assert_eq!(kind_of(&t, "Subscribe").1, "navigation");
    assert_eq!(kind_of(&t, "What the militia"), (Heading, "headline"));
    let t = format!("World   Russia   Economy   Video\n\nKursk opens 3 shelters\n\n{BODY}");
    assert_eq!(kind_of(&t, "World").1, "navigation");
}

#[test]
fn a_stamp_that_opens_with_the_date_is_a_date_line() {
    for stamp in [
        "08.11.2023 | 15:40 | Society | Views: 4,512",
        "12 March 2024 | 09:10 | Incidents",
    ] {
        let t = format!("Kursk opens new shelters in Rylsk\n\n{stamp}\n\n{BODY}");
        assert_eq!(kind_of(&t, stamp), (Meta, "date line"), "{stamp}");
        assert_eq!(kind_of(&t, "Kursk opens"), (Heading, "headline"));
    }
}

#[test]
fn a_long_headline_above_the_date_line_is_the_headline() {
    let h = "Border officials say Russia keeps sending three or four sabotage groups a week toward the Sumy region";
    let t = format!("{h}\n\n12 June 2023\nAuthor: Olha Savchenko\n\n{BODY}");
    assert_eq!(kind_of(&t, h), (Heading, "headline"));
    assert_eq!(kind_of(&t, "The governor said").0, Body);
    // a first paragraph with its period stays body
    let t = format!("Border officials said Russia keeps sending groups toward the Sumy region.\n\n12 June 2023\n\n{BODY}");
    assert_eq!(kind_of(&t, "Border officials").0, Body);
}

#[test]
fn labelled_ads_inside_the_article_are_furniture() {
    for ad in [
        "ADVERTISEMENT \u{b7} Flats by the river from 4.2 million rubles. Mortgage 5%.",
        "Advertisement: Loans up to 300,000 rubles in one day.",
        "Sponsored: Earn up to 11% a year on deposits.",
        "Promoted: 3 ways to save on heating this winter",
    ] {
        let t = format!("{BODY}{ad}\n\n{BODY}");
        assert_eq!(kind_of(&t, &ad[..8]), (Furniture, "advertisement"), "{ad}");
    }
    // Body sentences about ads and sponsors stay body.
    let t = format!("{BODY}Advertisements for the battalions promised 50,000 rubles a month.\n");
    assert_eq!(kind_of(&t, "Advertisements").0, Body);
    let t = format!("{BODY}Sponsored by local firms, the unit bought 12 drones.\n");
    assert_eq!(kind_of(&t, "Sponsored by").0, Body);
}

#[test]
fn also_on_the_site_heads_a_teaser_box() {
    let t = format!("{BODY}Also on Kursk Today:\nTwo drones shot down over Rylsk\n5 families get new flats in Sudzha\n");
    assert_eq!(
        kind_of(&t, "Two drones"),
        (Furniture, "related-article teaser")
    );
    assert_eq!(
        kind_of(&t, "5 families"),
        (Furniture, "related-article teaser")
    );
    // "Also on Monday" in a sentence is body.
    let t = format!("{BODY}Also on Monday, 14 drones were shot down over the region.\n");
    assert_eq!(kind_of(&t, "Also on Monday").0, Body);
}

#[test]
fn read_next_heads_a_teaser_list() {
    let t = format!("{BODY}READ NEXT\n- Drones downed over Kursk overnight, 3 min read\n- Blast in Belgorod, 2 killed - local media\n");
    for n in ["Drones downed", "Blast in Belgorod"] {
        assert_eq!(kind_of(&t, n), (Furniture, "related-article teaser"), "{n}");
    }
    // "read next" inside a sentence is the story (trap)
    let t = "The governor asked residents to read next week's evacuation notice carefully, as 40 families must leave.\n";
    assert_eq!(kind_of(t, "The governor"), (Body, ""));
}

#[test]
fn a_site_funded_by_readers_line_is_furniture() {
    let t = format!("{BODY}Got a tip? Write to us: desk@example.org. BorderWatch is funded by readers: 2,100 supporters, one mission.\n");
    assert_eq!(kind_of(&t, "Got a tip").0, Furniture);
    // a unit funded by donations is the story (trap)
    let t =
        "The battalion is funded by the regional budget and by donations from 300 local firms.\n";
    assert_eq!(kind_of(t, "The battalion").0, Body);
}

#[test]
fn most_read_this_week_heads_a_numbered_teaser_list() {
    let t = format!("{BODY}Most read this week:\n1. Governor: 7 more villages get new shelters\n2. Bus timetable changes in Valuyki\n");
    for n in ["Governor: 7", "Bus timetable"] {
        assert_eq!(kind_of(&t, n), (Furniture, "related-article teaser"), "{n}");
    }
}

#[test]
fn bracketed_ads_gallery_captions_and_related_fact_checks_are_furniture() {
    for (line, why) in [
        (
            "[Advertisement] Steel doors with a 10-year guarantee: 20% off this week.",
            "advertisement",
        ),
        (
            "Advertisement Generators from 15,000 rubles, delivery in 2 days.",
            "advertisement",
        ),
        (
            "Photo gallery: 40 photos from the parade.",
            "media placeholder",
        ),
        (
            "Related fact checks: \"Did 300 soldiers desert in a day?\" | \"Is the dam mined?\"",
            "related-article link",
        ),
    ] {
        let t = format!("{BODY}{line}\n\n{BODY}");
        assert_eq!(kind_of(&t, line), (Furniture, why), "{line}");
    }
    // traps: the same words inside a story's sentence
    for line in [
        "The photo gallery shows 40 volunteers at the range.",
        "Related checks by the prosecutor found 12 rifles unregistered.",
        "Advertisements for the battalion promised 200,000 rubles on signing.",
    ] {
        let t = format!("{BODY}{line}\n\n{BODY}");
        assert_eq!(kind_of(&t, line).0, Body, "{line}");
    }
}

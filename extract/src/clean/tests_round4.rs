//! Round 4: "Popular now" boxes, question headlines glued under a teaser header, and
//! appeals whose amount is written in words ("Ten dollars a month keeps it free").

use super::*;
use BlockKind::*;

use super::tests_tail::{assert_banners, kind_of, BODY};
const TEASER: (BlockKind, &str) = (Furniture, "related-article teaser");

#[test]
fn popular_now_heads_a_list_of_teasers() {
    let t = format!("{BODY}Popular now:\n- Drone attack on Sudzha: 3 injured\n- Water cuts in Kursk until Friday\n- 7 tips for a go-bag\n");
    for n in ["Popular now", "- Drone", "- Water", "- 7 tips"] {
        assert_eq!(kind_of(&t, n), TEASER, "{n}");
    }
}

#[test]
fn question_headlines_glued_under_a_header_are_teasers() {
    let t = format!("{BODY}Related coverage:\nAnalysis: why are the border militias growing?\nBryansk says 4 killed in shelling of Klimovo\n");
    for n in ["Related coverage", "Analysis: why", "Bryansk says 4"] {
        assert_eq!(kind_of(&t, n), TEASER, "{n}");
    }
    let t =
        format!("{BODY}Read also:\n“Who pays for the drones?”\n12 villages still without power\n");
    for n in ["“Who pays", "12 villages"] {
        assert_eq!(kind_of(&t, n), TEASER, "{n}");
    }
}

#[test]
fn a_question_in_the_body_is_not_a_teaser() {
    // no header above it
    let t = format!("{BODY}Why did 300 volunteers leave the unit?\n\nThe commander blamed the pay, which is 20,000 rubles.\n");
    assert_ne!(kind_of(&t, "Why did 300").0, Furniture);
    // a blank line ends the header's list
    let t = format!("{BODY}Related:\n- Kursk: 5 drones downed\n\nHow many fighters does the battalion have? About 500, he said.\n");
    assert_eq!(kind_of(&t, "- Kursk"), TEASER);
    assert_eq!(kind_of(&t, "How many fighters").0, Body);
}

#[test]
fn appeals_with_amounts_in_words_are_banners() {
    assert_banners(&[
        "Frontline Notes is free and reader-funded. Ten dollars a month keeps it that way.",
        "Our readers fund this newsletter: five euros a month pays for a day of reporting.",
        "Donate: two hundred rubles buys fuel for our reporter.",
    ]);
}

#[test]
fn amounts_in_words_without_an_appeal_stay_body() {
    let t = format!(
        "{BODY}Each family will receive ten thousand rubles from the region, the governor said.\n"
    );
    assert_eq!(kind_of(&t, "Each family").0, Body);
    // the battalion is funded, not the readers asked
    let t = format!("{BODY}The battalion's fighters said they were paid five thousand rubles a month by the region.\n");
    assert_eq!(kind_of(&t, "The battalion's").0, Body);
}

#[test]
fn advertising_label_opens_an_ad() {
    let t = format!("{BODY}Advertising: Windows and doors from the factory - 10% discount until 29 February!\n\nADVERTISING | Steel garages, 20% off this week only\n\n{BODY}");
    assert_eq!(kind_of(&t, "Advertising:"), (Furniture, "advertisement"));
    assert_eq!(kind_of(&t, "ADVERTISING |"), (Furniture, "advertisement"));
    // trap: a story sentence about advertising is the story
    let t = format!("{BODY}Advertising revenue of the regional paper fell by 40% after the evacuation of Shebekino, its editor said.\n\n{BODY}");
    assert_eq!(kind_of(&t, "Advertising revenue").0, Body);
}

// Round 8: teaser boxes on one line, em-dash teaser lists, appeals in short lines.

#[test]
fn a_teaser_header_with_its_headlines_on_one_line_is_a_teaser() {
    for line in [
        "More on this story: Kyiv: 5 killed as missiles hit apartment blocks | Belgorod in maps",
        "Top news: Belgorod: 8 injured at the market | Stary Oskol: new bus routes",
        "More from Zvezda: Kursk: 2 drones downed over Kurchatov · Watch live",
        "Also on Kursk24: 3 wounded in Rylsk | Schools reopen",
        "<div class=\"related\">Most read: Shostka — 4 injured | Sumy: 1,500 pupils underground</div>",
    ] {
        let t = format!("{BODY}{line}\n");
        assert_eq!(kind_of(&t, line), TEASER, "{line}");
    }
}

#[test]
fn a_label_with_prose_after_it_stays_body() {
    // no headline separator: a live blog's "Latest:" entry, a district label
    for line in [
        "Latest: Gladkov says 3 people were injured in Shebekino overnight.",
        "Valuyki district: a drone hit a substation, about 2,000 residents are without power.",
        "Casualties: 4 killed | 11 injured, according to the governor of the Belgorod region, who spoke on Telegram.",
    ] {
        let t = format!("{BODY}{line}\n");
        assert_eq!(kind_of(&t, line).0, Body, "{line}");
    }
}

#[test]
fn em_dash_items_under_a_header_are_teasers() {
    let t = format!("{BODY}Read more:\n— Sumy: 2 killed in strike on a clinic\n— Zelensky: \"We need 7 more Patriot systems\"\n");
    for n in ["— Sumy", "— Zelensky"] {
        assert_eq!(kind_of(&t, n), TEASER, "{n}");
    }
}

#[test]
fn short_appeals_with_an_amount_at_the_tail_are_banners() {
    for line in [
        "Forward this digest: t.me/borderwatch_digest | Support us: 150 UAH/month",
        "Hey there! Want to support independent journalism? Join our community from $5/month.",
        "Our live coverage is free for everyone. Help keep it that way — give from £3.",
        "This article is free to read. Over 1.3 million readers supported our journalism last year — will you?",
    ] {
        let t = format!("{BODY}{line}\n");
        assert_eq!(kind_of(&t, line).0, Furniture, "{line}");
    }
    let t =
        format!("{BODY}Newsletter: Get our weekly analysis — 4,500 readers already subscribe.\n");
    assert_eq!(
        kind_of(&t, "Newsletter"),
        (Furniture, "subscription prompt")
    );
}

#[test]
fn money_of_the_story_at_the_tail_stays_body() {
    for line in [
        "Volunteers receive 60,000 rubles a month, the governor said.",
        "The fund has paid 150 UAH to each of 2,000 families.",
        "Journalists counted 14 destroyed houses in the village.",
    ] {
        let t = format!("{BODY}{line}\n");
        assert_eq!(kind_of(&t, line).0, Body, "{line}");
    }
}

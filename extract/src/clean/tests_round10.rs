//! Round 10: reader comments that open with "Handle, date time" lines, a "Most read on
//! Site:" box numbered on one line, a site footer of links split by "|".

use super::tests_tail::{kind_of, BODY};
use super::*;
use BlockKind::*;

#[test]
fn comments_that_open_with_a_handle_and_a_time_are_furniture() {
    let t = format!("{BODY}Comments (3)\n\nIrina_S, 13.08.2024 10:02\nWe left Rylsk with 2 dogs and nothing else.\n\nguest_4410, 13.08.2024 11:48\nIn our street there are still 25 old people!!!\n\nPavel K., 19:15\nThanks to the volunteers, they fed 200 people.\n\nRead also: Kursk: 4 injured | Lgov: school closed\n");
    for n in [
        "2 dogs",
        "25 old people",
        "200 people",
        "Irina_S",
        "Pavel K.",
    ] {
        assert_eq!(kind_of(&t, n), (Furniture, "reader comment"), "{n}");
    }
    // a relative time counts as a posting time too
    let t = format!(
        "{BODY}Comments (1)\n\nmarina77, 2 hours ago\nThey promised 15,000 rubles to each of us.\n"
    );
    assert_eq!(kind_of(&t, "15,000 rubles"), (Furniture, "reader comment"));
}

#[test]
fn body_lines_after_comment_shaped_lines_without_a_header_stay_body() {
    // trap: no comments header above: a "Name, time" line is no comment
    let t =
        format!("{BODY}Gladkov, 14:05\nThe governor said 12 houses were damaged in Shebekino.\n");
    assert_eq!(kind_of(&t, "12 houses").0, Body);
    // trap: after the comments, a paragraph with a gap and no header ends them
    let t = format!("{BODY}Comments (1)\n\nIrina_S, 13.08.2024 10:02\nNo water for 3 days.\n\nThe headquarters later said 40 generators had arrived.\n");
    assert_eq!(kind_of(&t, "3 days"), (Furniture, "reader comment"));
    assert_eq!(kind_of(&t, "40 generators").0, Body);
}

#[test]
fn a_most_read_box_numbered_on_one_line_is_a_teaser() {
    let t = format!("{BODY}Most read on NewsFeed24: 1. Kursk: 3 killed in Lgov  2. Oil jumps 2%  3. Paris closing ceremony\n");
    assert_eq!(
        kind_of(&t, "3 killed"),
        (Furniture, "related-article teaser")
    );
    let t = format!("{BODY}Popular on BelPress: 1. Shebekino: 4 injured 2. Bus routes change\n");
    assert_eq!(kind_of(&t, "4 injured").0, Furniture);
    // trap: prose with a colon and a numbered point stays body
    let t = format!(
        "{BODY}Most residents agreed on two points: 1. 300 more shelters are needed, and 2. soon.\n"
    );
    assert_eq!(kind_of(&t, "300 more").0, Body);
}

#[test]
fn a_site_footer_of_links_is_furniture() {
    let t = format!("{BODY}About BorderDesk | Advertise: from 900 rubles a day | Headlines are the property of their publishers\n");
    assert_eq!(kind_of(&t, "900 rubles").0, Furniture);
    let t =
        format!("{BODY}Contacts | Privacy policy | Advertising on the site from 5,000 rubles\n");
    assert_eq!(kind_of(&t, "5,000 rubles").0, Furniture);
    // trap: a pipe-separated line of counts with "About 300 people" is no footer
    let t = format!("{BODY}About 300 people | 12 buses | 4 shelters were ready in Belgorod.\n");
    assert_eq!(kind_of(&t, "12 buses").0, Body);
}

const LEDE: &str = "The regional headquarters published new figures on Tuesday, officials said.\n\nMore than 40 villages were affected, the governor added.\n";

#[test]
fn a_site_name_line_above_the_headline_is_no_headline() {
    let t = format!("SEYM46.ru \u{2014} news of Kursk and the Kursk region\nHome | News | Incidents | Society\n\nEvacuation from the border districts: how many people have left\n\n{LEDE}");
    assert_eq!(kind_of(&t, "Evacuation from"), (Heading, "headline"));
    assert_ne!(kind_of(&t, "SEYM46.ru").0, Heading);
    let t = format!("https://www.wire.example/en/2024/08/16/story\n\nAFP \u{2014} Agence France-Presse | Europe\n\n'Trophies': Ukrainian troops show off captured tanks near the border\n\n{LEDE}");
    assert_eq!(kind_of(&t, "'Trophies'"), (Heading, "headline"));
    let t = format!(
        "THE NORTHERN LINE - Live\n\nFighting in the Kursk region, day 5: what we know\n\n{LEDE}"
    );
    assert_eq!(kind_of(&t, "Fighting in"), (Heading, "headline"));
    // trap: a headline with a dash and an attribution after it stays the headline
    let t = format!("Some 400 Bryansk residents join territorial defence in two weeks \u{2014} governor\n\n{LEDE}");
    assert_eq!(kind_of(&t, "Some 400"), (Heading, "headline"));
}

#[test]
fn under_a_site_name_alone_the_first_line_without_a_period_is_the_headline() {
    let t = format!("NORTHERN FRONTIER ANALYSIS CENTRE\nResearch Note 24/11 \u{b7} 22 August 2024 \u{b7} Download PDF (1.4 MB)\n\nWho will hold the line? Russia's force generation for the Kursk border\n\n{LEDE}");
    assert_eq!(kind_of(&t, "Who will hold"), (Heading, "headline"));
    let t = format!("NORTH REALITIES\nInterviews\n\n\"We counted boxes, not people\": a Kursk volunteer on the first weeks\n\n{LEDE}");
    assert_eq!(kind_of(&t, "\"We counted"), (Heading, "headline"));
    // trap: prose with its period under the site's name stays body
    let t = format!("NORTH REALITIES\nInterviews\n\n{LEDE}");
    assert_eq!(kind_of(&t, "The regional headquarters").0, Body);
    // trap: a line that opens a list stays body
    let t = format!("NORTH REALITIES\n\nThe enemy lost over the day:\n\n{LEDE}");
    assert_eq!(kind_of(&t, "The enemy lost").0, Body);
}

#[test]
fn the_tagline_under_a_site_name_is_no_headline() {
    let t = format!("SUMY POST\nNews of Sumy region\n\nRussians attack Sumy border communities 41 times in a day\n\n{LEDE}");
    assert_eq!(kind_of(&t, "Russians attack"), (Heading, "headline"));
    let t = format!("OSKOL.INFO\nStary Oskol city portal\n\nOrlan recruits: Stary Oskol opens a sign-up point\n\n{LEDE}");
    assert_eq!(kind_of(&t, "Orlan recruits"), (Heading, "headline"));
    // trap: a one-word label such as "LIVE" right above the headline
    let t = format!(
        "LIVE\nBelgorod under fire: shelling, raids and an evacuation - as it happened\n\n{LEDE}"
    );
    assert_eq!(kind_of(&t, "Belgorod under fire"), (Heading, "headline"));
    // trap: a headline with a date under the site's name stays the headline
    let t = format!("POGRANLENTA \u{b7} Telegram digest\nWhat the border channels posted overnight \u{2014} Sunday, 21 January 2024\n\n{LEDE}");
    assert_eq!(kind_of(&t, "What the border"), (Heading, "headline"));
}

#[test]
fn most_viewed_and_most_shared_boxes_are_teasers() {
    // round 12: other wordings of the "most read" box header
    let t = format!("{BODY}Most viewed: 1. Ukraine war live: 3 killed in Kharkiv 2. Markets\n");
    assert_eq!(kind_of(&t, "3 killed").0, Furniture);
    let t = format!("{BODY}Most shared: Sumy: 6 injured | Oil prices fall\n");
    assert_eq!(kind_of(&t, "6 injured").0, Furniture);
    let t = format!("{BODY}Most watched\n- Video: 12 drones over Belgorod\n- Kursk in maps\n");
    assert_eq!(kind_of(&t, "12 drones").0, Furniture);
    // trap: "most viewed" inside prose is no header
    let t = format!("{BODY}The most viewed clip showed 40 volunteers at a checkpoint.\n");
    assert_eq!(kind_of(&t, "40 volunteers").0, Body);
}

#[test]
fn a_box_header_may_name_its_section() {
    // round 14: "MOST READ IN NEWS" over a list of other stories
    let t = format!("{BODY}MOST READ IN NEWS\n- Queen's funeral: 2,000 guests expected\n- Mum wins on scratchcard\n");
    assert_eq!(kind_of(&t, "2,000 guests").0, Furniture);
    let t = format!("{BODY}Most popular in Sport\n- Belgorod club signs 3 players\n");
    assert_eq!(kind_of(&t, "3 players").0, Furniture);
    // trap: a sentence that starts like a header stays body
    let t =
        format!("{BODY}Most read in the region was the report that 40 volunteers had joined.\n");
    assert_eq!(kind_of(&t, "40 volunteers").0, Body);
}

//! Phenomena of round 23a (a ministry's weekly infographic as text, related-article
//! boxes of four kinds of site), each pinned with new sentences: dot-leader rows of
//! several values set apart by slashes under a caption that names the columns in
//! brackets; tally lines "LABEL: N" whose label is a casualty word or counts its first
//! noun; teaser boxes headed "Keep reading" or "Read more from <site>:"; the crew
//! nouns of a mobile fire group.

use crate::model::Category::{self, *};

/// (text, value, category, unit, region) of every figure the whole pipeline keeps.
fn all(text: &str) -> Vec<(String, Option<f64>, Category, String, Option<String>)> {
    crate::extract_article("t", text)
        .figures
        .into_iter()
        .map(|f| (f.text, f.value, f.category, f.unit, f.region))
        .collect()
}

fn has(f: &[(String, Option<f64>, Category, String, Option<String>)], v: f64, c: Category) -> bool {
    f.iter().any(|x| x.1 == Some(v) && x.2 == c)
}

const LEAD: &str = "The regional administration published its weekly summary on Monday.\n\n";

#[test]
fn slash_rows_take_the_column_named_in_the_captions_bracket() {
    let t = format!(
        "{LEAD}Losses by settlement (dead / wounded / homes hit)\n\
         Tyotkino ............ 1 / 4 / 20\n\
         Sudzha ................ 2 / 7 / 35\n\
         Glushkovo ........... 0 / 3 / 11\n\n\
         The figures are updated every Monday.\n"
    );
    let f = all(&t);
    assert!(has(&f, 1.0, Killed) && has(&f, 2.0, Killed), "{f:?}");
    assert!(
        has(&f, 4.0, Injured) && has(&f, 7.0, Injured) && has(&f, 3.0, Injured),
        "{f:?}"
    );
    assert!(
        has(&f, 20.0, Other) && has(&f, 35.0, Other) && has(&f, 11.0, Other),
        "{f:?}"
    );
    // the row's label names the place: Tyotkino and Sudzha are in the Kursk region
    let four = f.iter().find(|x| x.1 == Some(4.0)).unwrap();
    assert_eq!(four.4.as_deref(), Some("Kursk"), "{f:?}");
    assert_eq!(four.0, "4");
}

#[test]
fn two_slash_columns_and_a_count_noun_in_the_bracket() {
    let t = format!(
        "{LEAD}Shelters by district (installed / planned)\n\
         Shebekino district ...... 14 / 6\n\
         Graivoron district ...... 9 / 12\n\n\
         Work continues through the summer.\n"
    );
    let f = all(&t);
    // "installed" and "planned" name no noun, the caption's "shelters" does not reach
    // the bracket's columns: no casualties either way
    assert!(!f.iter().any(|x| matches!(x.2, Killed | Injured)), "{f:?}");
}

#[test]
fn traps_slash_rows_without_a_matching_bracket() {
    // three values but two labels in the bracket: not read as columns
    let t = format!(
        "{LEAD}Casualties (killed / injured)\n\
         Shebekino ........ 2 / 14 / 63\n\
         Valuyki .......... 0 / 2 / 6\n"
    );
    let f = all(&t);
    assert!(!has(&f, 63.0, Other) && !has(&f, 14.0, Injured), "{f:?}");
    // one row is not a table
    let t = format!("{LEAD}Casualties (killed / injured)\nShebekino ........ 2 / 14\n");
    assert!(!has(&f, 14.0, Injured) && !all(&t).iter().any(|x| x.1 == Some(14.0)));
    // a date with slashes after dots in a contents line is no row of values
    let t = format!(
        "{LEAD}Issues (killed / injured)\nFirst issue ...... 12/05\nSecond issue ...... 19/05\n"
    );
    assert!(!has(&all(&t), 12.0, Killed), "{:?}", all(&t));
}

#[test]
fn a_casualty_label_says_what_happened_to_the_people_after_it() {
    let t = format!(
        "{LEAD}[icon: cross] DEAD: 3 servicemen\n\n\
         [icon: bandage] WOUNDED: 17 people (including 2 children)\n\n\
         Injured: 5 residents\n"
    );
    let f = all(&t);
    assert!(has(&f, 3.0, Killed), "{f:?}");
    assert!(has(&f, 17.0, Injured), "{f:?}");
    assert!(has(&f, 5.0, Injured), "{f:?}");
    assert!(!f.iter().any(|x| x.1 == Some(2.0) && x.2 == Other), "{f:?}");
}

#[test]
fn traps_labels_that_are_no_casualty_words() {
    let t = format!(
        "{LEAD}EVACUATED: 300 residents\n\n\
         Residents who asked to leave after the killed were buried: 40 people\n\n\
         ROADS DAMAGED: 12\n"
    );
    let f = all(&t);
    assert!(!has(&f, 300.0, Killed) && !has(&f, 300.0, Injured), "{f:?}");
    // a long label that ends elsewhere is no casualty label
    assert!(!has(&f, 40.0, Killed), "{f:?}");
    assert!(!has(&f, 12.0, Killed), "{f:?}");
}

#[test]
fn a_head_first_label_counts_its_first_noun_not_the_agent() {
    let t = format!(
        "{LEAD}[icon: shield] DRONES DESTROYED OVER THE REGION BY AIR DEFENCE UNITS: 18\n\n\
         Tanks hit by artillery battalions of the Northern group: 4\n\n\
         Houses damaged by debris: 14\n"
    );
    let f = all(&t);
    assert!(
        f.iter()
            .any(|x| x.1 == Some(18.0) && x.2 == Equipment && x.3 == "drone"),
        "{f:?}"
    );
    assert!(
        f.iter()
            .any(|x| x.1 == Some(4.0) && x.2 == Equipment && x.3 == "tank"),
        "{f:?}"
    );
    assert!(
        f.iter().any(|x| x.1 == Some(14.0) && x.3 == "house"),
        "{f:?}"
    );
    assert!(!f.iter().any(|x| x.2 == Units), "{f:?}");
}

#[test]
fn traps_head_first_labels_with_more_after_the_number() {
    // the number does not close its line: the label is no tally label
    let t = format!("{LEAD}Drones shot down by mobile groups: 18 of the 25 launched.\n");
    let f = all(&t);
    assert!(
        !f.iter().any(|x| x.1 == Some(18.0) && x.2 == Units),
        "{f:?}"
    );
    // a year after a label is a date, not a count of anything
    let t = format!("{LEAD}Battalions formed by the governor since: 2023\n");
    assert!(
        !all(&t).iter().any(|x| x.1 == Some(2023.0)),
        "{:?}",
        all(&t)
    );
}

const BODY: &str =
    "Officials in the Belgorod region said 14 mobile groups patrol the border roads.\n\n";

#[test]
fn keep_reading_boxes_with_a_list_count_are_furniture() {
    let t = format!(
        "{BODY}Keep reading\n\
         list of 3 items\n\
         Ukraine says it downed 40 drones overnight\n\
         Kursk: 12 villages lose power after strike\n\
         Why Russia is building a 'Belgorod line'\n"
    );
    let f = all(&t);
    assert!(has(&f, 14.0, Units), "{f:?}");
    for v in [3.0, 40.0, 12.0] {
        assert!(!f.iter().any(|x| x.1 == Some(v)), "{v}: {f:?}");
    }
}

#[test]
fn read_more_from_a_site_heads_a_teaser_box() {
    let t = format!(
        "{BODY}More from Novaya Gazeta Europe:\n\
         \u{2192} 9 drones hit one road in a single day\n\
         \u{2192} The 20 villages that emptied in March\n\n\
         Subscribe to our newsletter.\n"
    );
    let f = all(&t);
    assert!(
        !f.iter().any(|x| x.1 == Some(9.0) || x.1 == Some(20.0)),
        "{f:?}"
    );
    let t =
        format!("{BODY}Read more from Meduza:\n\u{2192} Kursk: 5 killed in shelling of Rylsk\n");
    assert!(!all(&t).iter().any(|x| x.1 == Some(5.0)), "{:?}", all(&t));
}

#[test]
fn digest_links_and_sign_up_prompts_are_furniture() {
    let t = format!(
        "{BODY}Yesterday\u{2019}s digest: Bryansk gets 3 new battalions \u{b7} Our special: 10 answers\n\n\
         Sign up to Border Brief: 5 stories every morning. Support us: from $3.\n"
    );
    let f = all(&t);
    for v in [3.0, 10.0, 5.0] {
        assert!(!f.iter().any(|x| x.1 == Some(v)), "{v}: {f:?}");
    }
}

#[test]
fn traps_body_lines_that_look_like_box_lines() {
    // a sentence about a list, and a body line after a blank line, are content
    let t = format!(
        "{BODY}Keep reading\n\n\
         The governor's list of 4 items banned at checkpoints includes drones.\n\n\
         Volunteers signed up to 6 new detachments in May.\n"
    );
    let f = all(&t);
    assert!(has(&f, 14.0, Units), "{f:?}");
    assert!(f.iter().any(|x| x.1 == Some(6.0) && x.2 == Units), "{f:?}");
}

#[test]
fn shooters_and_spotters_are_a_crew() {
    let t = "Each mobile group in the Belgorod region has a driver, two spotters and three \
             shooters, the commander said.\n";
    let f = all(t);
    assert!(
        f.iter()
            .any(|x| x.1 == Some(3.0) && x.2 == Personnel && x.3 == "shooter"),
        "{f:?}"
    );
    assert!(
        f.iter()
            .any(|x| x.1 == Some(2.0) && x.2 == Personnel && x.3 == "spotter"),
        "{f:?}"
    );
    // trap: a photo spread's "shots" are no crew
    let t = "The photographer took 40 shots of the Belgorod border road.\n";
    assert!(!all(t).iter().any(|x| x.2 == Personnel), "{:?}", all(t));
}

#[test]
fn a_casualty_word_before_a_verb_is_the_noun() {
    // "N dead exceeds the ...": "dead" is the people counted, the -s word its verb
    let t = "The ministry's figure of 200 dead exceeds the count of the Belgorod morgues.\n";
    let f = all(t);
    assert!(has(&f, 200.0, Killed), "{f:?}");
    let t = "In Shebekino, their tally of 35 wounded includes the driver of the bus.\n";
    let f = all(t);
    assert!(has(&f, 35.0, Injured), "{f:?}");
    // traps: a noun after the casualty word stays the noun; a verb after a plain noun
    // changes nothing
    let t = "In the Kursk region, 12 dead soldiers were brought back to Rylsk.\n";
    assert!(has(&all(t), 12.0, Killed), "{:?}", all(t));
    let t = "In the Kursk region, 40 volunteers guards the bridge at night.\n";
    assert!(!has(&all(t), 40.0, Killed), "{:?}", all(t));
}

#[path = "unseen24a.rs"]
mod unseen24a;

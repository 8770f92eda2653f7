//! Phenomena of the twelfth round (holdout17 and holdout18), each pinned with new
//! sentences of other wording: a markdown table with an emphasised total row; a
//! column header that marks estimates; a counter label whose noun comes first.

use super::*;
use crate::model::Category::*;
use crate::model::Qualifier;

#[test]
fn a_bold_total_row_does_not_break_a_markdown_table() {
    let t = "| Area | Killed | Wounded |\n|---|---|---|\n| Shebekino | 4 | 19 |\n\
             | Graivoron | 2 | 7 |\n| **Total** | **6** | **26** |\n";
    let f = run(t);
    let got: Vec<_> = f
        .iter()
        .map(|f| (f.text.as_str(), f.value, f.category))
        .collect();
    assert_eq!(
        got,
        vec![
            ("4", Some(4.0), Killed),
            ("19", Some(19.0), Injured),
            ("2", Some(2.0), Killed),
            ("7", Some(7.0), Injured),
            ("6", Some(6.0), Killed),
            ("26", Some(26.0), Injured),
        ]
    );
}

#[test]
fn an_evacuated_column_counts_people_and_approx_marks_estimates() {
    let t = "| District | Evacuated (approx.) | Damaged houses |\n|---|---|---|\n\
             | Sudzha | 23,000 | n/a |\n| Rylsk | 9,200 | 510 |\n";
    let f = run(t);
    let got: Vec<_> = f
        .iter()
        .map(|f| (f.value, f.category, f.unit.as_str(), f.qualifier))
        .collect();
    assert_eq!(
        got,
        vec![
            (Some(23000.0), Other, "person", Qualifier::Approximately),
            (Some(9200.0), Other, "person", Qualifier::Approximately),
            (Some(510.0), Other, "house", Qualifier::Exact),
        ]
    );
    let t = "Village      Displaced, est.     Killed\n\
             Tyotkino     1,100               2\n\
             Glushkovo    800                 1\n";
    let q: Vec<_> = run(t).iter().map(|f| (f.value, f.qualifier)).collect();
    assert_eq!(
        q,
        vec![
            (Some(1100.0), Qualifier::Approximately),
            (Some(2.0), Qualifier::Exact),
            (Some(800.0), Qualifier::Approximately),
            (Some(1.0), Qualifier::Exact),
        ]
    );
}

#[test]
fn a_header_that_says_rest_or_test_is_no_estimate() {
    // trap: "Tested" holds "est" but is not the word
    assert!(!super::super::table::approx_header("Tested"));
    assert!(!super::super::table::approx_header("Residents"));
    assert!(super::super::table::approx_header("Losses (est.)"));
    assert!(super::super::table::approx_header("Approximate strength"));
}

#[test]
fn a_counter_label_may_put_its_noun_first() {
    let f = run("COUNTERS\nVillages held by the army: 12\nBridges over the river destroyed: 3\n");
    let got: Vec<_> = f
        .iter()
        .map(|f| (f.text.as_str(), f.value, f.unit.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Villages held by the army: 12", Some(12.0), "village"),
            ("Bridges over the river destroyed: 3", Some(3.0), "bridge"),
        ]
    );
    assert_eq!(
        cats("Tally since June\nCivilians killed: 14\nDrones shot down over the region: 212\n"),
        vec![c(14.0, Killed, "civilian"), c(212.0, Equipment, "drone")]
    );
}

#[test]
fn a_label_without_a_post_modifier_or_noun_is_no_counter() {
    // trap: a sentence with a colon, a place label, an unknown noun
    let f = run("Shostka district of Sumy: 4\n");
    assert!(f.iter().all(|f| !f.text.starts_with("Shostka")), "{f:?}");
    let f = run("Officials in Kursk said on Monday: 40\n");
    assert!(f.iter().all(|f| !f.text.starts_with("Officials")), "{f:?}");
    let f = run("Page views in this month: 5,300\n");
    assert!(f.iter().all(|f| f.unit != "view"), "{f:?}");
}

#[test]
fn the_outlets_audience_is_no_figure() {
    none("Reports are posted every Friday in our Telegram channel (5 300 subscribers).");
    none("Our channel: 41 thousand subscribers | Editorial phone: 32-00-00");
    none("Forward this email | Unsubscribe | 1,024,000 readers get our newsletters");
    none("The YouTube stream had 12,000 viewers at its peak, the channel said.");
    // trap: a utility's customers are people cut off
    assert_eq!(
        cats("A drone hit a gas pipeline; the supply to 140 subscribers has been cut off."),
        vec![c(140.0, Other, "subscriber")]
    );
}

#[test]
fn the_base_of_a_ratio_is_no_count() {
    none("Only about one in three families with children signed up.");
    none("Nine in ten residents said they would stay.");
    none("Roughly 1 in 4 volunteers left within a month.");
    // traps: a count then where, a year, a count in a village
    assert_eq!(
        cats("Shelling wounded 5 in 12 villages overnight."),
        vec![c(5.0, Injured, "person"), c(12.0, Other, "village")]
    );
    assert_eq!(
        cats("The drone killed 2 in 2023 and 3 in 2024."),
        vec![c(2.0, Killed, "person"), c(3.0, Killed, "person")]
    );
}

#[test]
fn a_spaced_strong_gives_a_strength() {
    assert_eq!(
        cats("Volunteers from the border units, now about 3,500 strong, escort the buses."),
        vec![c(3500.0, Personnel, "volunteer")]
    );
    assert_eq!(
        cats("The battalion is 400 strong according to its commander."),
        vec![c(400.0, Personnel, "personnel")]
    );
    assert_eq!(
        cats("By June the militia of Shebekino was 1,200 strong."),
        vec![c(1200.0, Personnel, "personnel")]
    );
    let f = one("The fighters, some 900 strong, moved to Tyotkino.");
    assert_eq!((f.text.as_str(), f.unit.as_str()), ("some 900", "fighter"));
    // traps: "strong" before its noun is an adjective
    assert!(run("3 strong winds hit the coast.")
        .iter()
        .all(|f| f.category != Personnel));
    assert!(run("Two strong explosions were heard.")
        .iter()
        .all(|f| f.category != Personnel));
}

#[test]
fn people_brought_home_or_exchanged_are_prisoners() {
    assert_eq!(
        cats("The September swap brought home 103 Ukrainian defenders."),
        vec![c(103.0, Other, "defender")]
    );
    assert_eq!(
        cats("Kyiv and Moscow exchanged 95 servicemen each on Friday."),
        vec![c(95.0, Other, "serviceman")]
    );
    assert_eq!(
        cats("Russia repatriated 40 soldiers captured near Sudzha."),
        vec![c(40.0, Other, "soldier")]
    );
    // traps: fire exchanged with a force; a force sent home is no prisoner
    assert_eq!(
        cats("Border guards exchanged fire with 30 fighters near Tyotkino."),
        vec![c(30.0, Personnel, "fighter")]
    );
    assert_eq!(
        cats("The governor sent home 200 volunteers after the drill."),
        vec![c(200.0, Personnel, "volunteer")]
    );
}

#[test]
fn a_currency_sign_after_the_amount_makes_money() {
    assert_eq!(
        cats("Collected so far: 2 847 300 \u{20bd} from readers."),
        vec![c(2847300.0, Other, "ruble")]
    );
    let f = one("Each family received 15 000\u{a0}\u{20bd} in June.");
    assert_eq!(
        (f.text.as_str(), f.unit.as_str()),
        ("15 000\u{a0}\u{20bd}", "ruble")
    );
    assert_eq!(
        cats("The kit cost 450\u{20ac} per fighter."),
        vec![c(450.0, Other, "euro")]
    );
    // traps: a sign that opens the next amount; a count before a price
    assert_eq!(
        cats("They bought 12 drones at $900 each."),
        vec![c(12.0, Equipment, "drone"), c(900.0, Other, "dollar")]
    );
}

#[test]
fn a_regions_people_are_its_population() {
    assert_eq!(
        cats("A region of more than a million people was guarded by conscripts."),
        vec![c(1_000_000.0, Other, "person")]
    );
    assert_eq!(
        cats("The Glushkovo district of about 17,000 residents lost power."),
        vec![c(17000.0, Other, "resident")]
    );
    // trap: a detachment of men is a force
    assert_eq!(
        cats("A detachment of 60 men guards the schools."),
        vec![c(60.0, Personnel, "man")]
    );
}

#[test]
fn an_appeal_after_a_bar_is_no_figure() {
    none("Download CSV (14 KB) | Cite this page | Donate: 500 \u{20bd} covers a day of work");
    none("Share | Subscribe for $5 a month");
}

#[test]
fn people_with_a_capture_participle_after_them_are_prisoners() {
    assert_eq!(
        cats("Kyiv says the 300 Russian soldiers captured in Kursk will be exchanged."),
        vec![c(300.0, Other, "soldier")]
    );
    assert_eq!(
        cats("Officials listed 12 servicemen detained near Sudzha."),
        vec![c(12.0, Other, "serviceman")]
    );
    assert_eq!(
        cats("About 40 fighters held captive since August were freed."),
        vec![c(40.0, Other, "fighter")]
    );
    // traps: an active verb with its object; "held" a position
    assert_eq!(
        cats("Some 40 soldiers captured the village of Pogrebki."),
        vec![c(40.0, Personnel, "soldier")]
    );
    assert_eq!(
        cats("About 200 volunteers held in reserve near Rylsk."),
        vec![c(200.0, Personnel, "volunteer")]
    );
}

#[test]
fn a_fighters_magazines_are_kit() {
    assert_eq!(
        cats("Each recruit got a rifle and four magazines."),
        vec![c(4.0, Equipment, "magazine")]
    );
    assert_eq!(
        cats("Volunteers delivered 300 magazines and 20 helmets to the unit in Rylsk."),
        vec![
            c(300.0, Equipment, "magazine"),
            c(20.0, Equipment, "helmet")
        ]
    );
    // trap: a year next to the count is no count
    assert_eq!(
        cats("In 2023 the unit received 120 magazines."),
        vec![c(120.0, Equipment, "magazine")]
    );
}

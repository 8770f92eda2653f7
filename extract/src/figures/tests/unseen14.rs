//! Phenomena of the fourteenth pair of unseen sets, each pinned with new sentences:
//! a relative clause between a count and its casualty verb, companions of the dead,
//! the emergency services' "units of equipment", livestock counted by the head, "pcs."
//! in procurement lists, table headers scaled by "thous.", the outlet's own audience.

use super::super::*;
use crate::model::Category::*;

#[test]
fn a_relative_clause_between_the_count_and_its_casualty_verb_is_skipped() {
    for (text, cat) in [
        (
            "Gladkov said two workers at the depot, which belongs to state oil company Rosneft, had been injured.",
            Injured,
        ),
        (
            "Three guards of the plant, which had been hit twice before, were killed overnight.",
            Killed,
        ),
        (
            "Four volunteers from Shebekino, who had joined the unit in October, were wounded by a drone.",
            Injured,
        ),
        (
            "Two residents of the village, whose houses stand on the edge of the forest, were injured by shrapnel.",
            Injured,
        ),
    ] {
        let f = cats(text);
        assert_eq!(f.len(), 1, "{text}: {f:#?}");
        assert_eq!(f[0].1, cat, "{text}");
    }
    // trap: a clause that is not closed by a comma says nothing of the count
    let f = cats("Two workers at the depot, which was hit at night, said the fire spread fast.");
    assert_eq!(f[0].1, Other, "{f:#?}");
}

#[test]
fn companions_killed_or_wounded_together_share_the_casualty() {
    assert_eq!(
        cats("He was killed together with two other fighters when a drone hit the checkpoint."),
        vec![c(2.0, Killed, "fighter")]
    );
    assert_eq!(
        cats("The commander was wounded along with 3 members of his group.")[0].1,
        Injured
    );
    assert_eq!(
        cats("Ivanov died along with four comrades near Tetkino.")[0].1,
        Killed
    );
    // trap: serving together with others is no casualty
    assert_eq!(
        cats("He served together with 40 volunteers from Klimovo.")[0].1,
        Personnel
    );
}

#[test]
fn units_of_equipment_are_equipment_also_at_a_fire() {
    let f = cats("170 firefighters and 50 units of equipment had been sent to fight the blaze.");
    assert_eq!(
        f,
        vec![
            c(170.0, Other, "firefighter"),
            c(50.0, Equipment, "equipment")
        ]
    );
    assert_eq!(
        cats("Rescuers brought 12 units of equipment to the burning warehouse.")[0].1,
        Equipment
    );
    // pieces of rescue kit at a blaze stay as before
    assert_eq!(
        cats("About 90 rescuers and 25 pieces of equipment fought the blaze.")[1].1,
        Other
    );
}

#[test]
fn livestock_counted_by_the_head_is_other() {
    for (text, v) in [
        ("14 head of cattle were killed, the barn burned down.", 14.0),
        (
            "About 150 head of cattle have already been transferred to the farm.",
            150.0,
        ),
        (
            "The shelling killed 30 head of livestock in Krasnaya Yaruga.",
            30.0,
        ),
    ] {
        let f = cats(text);
        assert_eq!(f.len(), 1, "{text}: {f:#?}");
        assert_eq!((f[0].0, f[0].1), (Some(v), Other), "{text}");
    }
}

#[test]
fn pieces_in_a_procurement_list_are_counted() {
    let f = cats(
        "Lot 1. Reinforced concrete blocks FBS 24.6.6, 3 200 pcs. Price per unit: 14 500.00 rub.",
    );
    assert!(f.contains(&c(3200.0, Other, "piece")), "{f:#?}");
    let f = cats("Lot 3. Anti-tank pyramids, height 1.2 m, 2 700 pcs.");
    assert!(f.contains(&c(2700.0, Other, "piece")), "{f:#?}");
    // the counter counts the product named before it on its line
    let f = cats("2. DJI Mavic 3T quadcopters \u{2014} 3 pcs.");
    assert_eq!(f, vec![c(3.0, Equipment, "quadcopter")]);
    let f = cats("Item 4: portable radios, 12 pcs. delivered to the company");
    assert_eq!(f, vec![c(12.0, Equipment, "radio")], "{f:#?}");
}

#[test]
fn a_thousands_header_scales_its_column() {
    let text = "District        Houses damaged   Compensation paid, thous. rubles\nKlimovo               31                4,650\nPogar                 18                2,700\n";
    let f = cats(text);
    assert!(
        f.iter().any(|f| f.0 == Some(4_650_000.0) && f.1 == Other),
        "{f:#?}"
    );
    assert!(f.iter().any(|f| f.0 == Some(2_700_000.0)), "{f:#?}");
    // the count column keeps its own scale
    assert!(f.iter().any(|f| f.0 == Some(31.0)), "{f:#?}");
}

#[test]
fn the_outlets_own_audience_and_donation_prices_are_no_figures() {
    none("Support Novaya Gazeta Europe: 7,214 readers already donate monthly.");
    none("Intro and housekeeping (we hit 10,000 subscribers, thank you!)");
    none("312 patrons so far!");
    none("A monthly donation of €5 pays for 1 hour of our reporters' work.");
    none("A donation of $10 keeps us on the air for a day.");
    // traps: a utility's customers, a reported gift
    assert_eq!(
        cats("The supply to 140 subscribers in Shebekino has been cut off.")[0].0,
        Some(140.0)
    );
    assert_eq!(
        cats("A businessman made a donation of 5 million rubles to the battalion.")[0].0,
        Some(5e6)
    );
}

#[test]
fn people_fined_or_charged_after_a_phrase_are_defendants() {
    for text in [
        "At least 12 people in the Belgorod region have been fined under the article since March.",
        "Nine residents of Klimovo were charged with sabotage.",
        "14 men from the border district have since been convicted of treason.",
        "Some 30 volunteers of the Graivoron company were fined for missing shifts.",
    ] {
        let f = cats(text);
        assert_eq!(f.len(), 1, "{text}: {f:#?}");
        assert_eq!(f[0].1, Other, "{text}");
    }
    // traps: another count or clause in between, an active verb
    let f = cats("About 300 volunteers in the district, and 12 residents were fined.");
    assert_eq!(f[0].1, Personnel, "{f:#?}");
    let f = cats(
        "About 300 volunteers from the district were sent to Shebekino after deserters were fined.",
    );
    assert_eq!(f[0].1, Personnel, "{f:#?}");
}

#[test]
fn long_identifiers_after_a_designator_and_year_spans_are_no_figures() {
    none("The inventory is signed by the commander of military unit 33857.");
    none("The notice was published as tender 0126200000422006543 on the portal.");
    none("Source of financing: budget of the Belgorod region for 2022-2023.");
    none("The 2023–2024 plan was approved in May.");
    // traps: a count range of round numbers, a short capitalised unit number kept out
    // as before, a year range before a counted noun
    let f = cats("Between 2000-2500 troops were moved to the border.");
    assert_eq!(f.len(), 1, "{f:#?}");
    let f = cats("The contract covers 1,800 concrete blocks for unit 33857.");
    assert_eq!(f, vec![c(1800.0, Other, "block")]);
}

#[test]
fn an_elided_count_of_those_who_arrive_counts_people_not_the_place_between() {
    let f = cats("Of the 45 people who came to the first meeting in his village, only 19 turned up for the second.");
    assert_eq!(
        (f[1].0, f[1].1, f[1].2.as_str()),
        (Some(19.0), f[0].1, "person"),
        "{f:#?}"
    );
    let f =
        cats("Of the 60 volunteers registered in the district, just 25 showed up at the range.");
    assert_eq!(
        (f[1].0, f[1].2.as_str()),
        (Some(25.0), "volunteer"),
        "{f:#?}"
    );
    // trap: no people before: the place noun stays
    let f = cats("Of the 12 villages in the district, 5 came under fire.");
    assert_eq!(f[1].2, "village", "{f:#?}");
}

#[path = "unseen15.rs"]
mod unseen15;

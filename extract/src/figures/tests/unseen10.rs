//! Phenomena of the tenth set of unseen articles, each pinned with new sentences of
//! other wording: quotation marks between a casualty verb and its count, people
//! "destroyed" as losses that do not say which.

use super::*;
use crate::model::Category::*;

#[test]
fn a_quote_between_a_casualty_verb_and_its_count_is_transparent() {
    for (text, v, cat) in [
        (
            "The ministry said its forces had \"eliminated\" more than 300 fighters near the border.",
            300.0,
            Casualties,
        ),
        (
            "Officials said the strike \u{201c}killed\u{201d} 12 soldiers of the brigade.",
            12.0,
            Killed,
        ),
        (
            "The group claimed to have wounded \u{201c}at least 40 servicemen\u{201d} in the raid.",
            40.0,
            Injured,
        ),
        (
            "Its forces destroyed \"up to 150 servicemen\" and two tanks overnight.",
            150.0,
            Casualties,
        ),
    ] {
        let f = run(text);
        assert_eq!((f[0].value, f[0].category), (Some(v), cat), "{text}: {f:#?}");
    }
    // vague counts in quotes keep their verb
    let f = run("The fighters claimed to have killed \"dozens\" of soldiers in the village.");
    assert_eq!(f[0].category, Killed, "{f:#?}");
    // traps: a quoted count with no casualty verb, and equipment after "destroyed"
    let f = run("The commander spoke of \"several hundred\" fighters on the border.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
    let f = run("Air defences destroyed \"up to 20\" drones and 3 tanks over the region.");
    assert!(f.iter().all(|f| f.category == Equipment), "{f:#?}");
    let f = run("The shells destroyed 11 houses; 40 volunteers helped repair them.");
    assert_eq!(f[1].category, Personnel, "{f:#?}");
}

#[test]
fn a_percent_sign_set_off_by_a_space() {
    for (text, span) in [
        (
            "About 70 % of the fighters have combat experience.",
            "About 70 %",
        ),
        (
            "Turnout reached 64\u{a0}% in the border districts.",
            "64\u{a0}%",
        ),
        (
            "Some 15\u{202f}% of the budget goes to the detachments.",
            "Some 15\u{202f}%",
        ),
        ("Prices rose by 12% in a year.", "12%"),
    ] {
        let f = run(text);
        assert_eq!(
            (f[0].category, f[0].unit.as_str()),
            (Other, "percent"),
            "{text}: {f:#?}"
        );
        assert_eq!(f[0].text, span, "{text}");
    }
    // trap: a count with its noun is not made a percentage by a later sign
    let f = run("The unit has 40 fighters, 20 % of them from Shebekino.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
}

#[test]
fn the_whole_of_a_part_is_a_count_of_its_own() {
    // the part stops before "of"; the whole is what its noun is, whatever is said of
    // the part
    let f =
        run("In Tetkino, officials said about 70 of the village's 1,800 residents had remained.");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!((f[0].text.as_str(), f[0].value), ("about 70", Some(70.0)));
    assert_eq!(
        (f[1].text.as_str(), f[1].category),
        ("1,800 residents", Other)
    );
    assert_eq!(
        cats("Three of the 40 fighters were killed in the shelling."),
        vec![c(3.0, Killed, "fighter"), c(40.0, Personnel, "fighter")]
    );
    assert_eq!(
        cats("Two of its 12 drones were shot down."),
        vec![c(2.0, Equipment, "drone"), c(12.0, Equipment, "drone")]
    );
    // traps: a whole that is itself the reported casualty count, and "one of" a set
    assert_eq!(
        cats("Three of the 16 people killed were children.")
            .iter()
            .filter(|x| x.1 == Killed)
            .count(),
        1
    );
    let f = run("One of the 30 volunteers said he had served before.");
    assert!(f.iter().all(|f| f.value != Some(1.0)), "{f:#?}");
}

#[test]
fn share_bar_counters_are_furniture() {
    for text in [
        "If you value our long reads, become a member. Share this article | 12 comments",
        "Posted by the editors \u{b7} 340 shares \u{b7} 1,204 views",
        "Read later \u{2022} 27 reactions",
    ] {
        assert!(run(text).is_empty(), "{text}: {:#?}", run(text));
    }
    // traps: comments and views reported by the story
    assert_eq!(
        cats("The ministry received 12 comments on the draft law on volunteer detachments.")[0].0,
        Some(12.0)
    );
    let f = run("The video | filmed near Tetkino | drew 500,000 views and showed 12 fighters.");
    assert!(f.iter().any(|f| f.value == Some(12.0)), "{f:#?}");
    assert!(f.iter().any(|f| f.value == Some(500000.0)), "{f:#?}");
}

#[test]
fn a_casualty_verb_after_a_long_postmodifier() {
    for (text, v, cat) in [
        (
            "He said that 11 residents of the district serving in the territorial defence and volunteer units had been killed since August.",
            11.0,
            Killed,
        ),
        (
            "Four fighters from the Orlan force deployed near Gorkovsky and Zhuravlevka were wounded on Sunday.",
            4.0,
            Injured,
        ),
        (
            "Nine members of the self-defence unit guarding the bridge over the river were killed.",
            9.0,
            Killed,
        ),
    ] {
        let f = run(text);
        assert_eq!((f[0].value, f[0].category), (Some(v), cat), "{text}: {f:#?}");
    }
    // traps: a verb of its own, another count, or a relative clause before the
    // casualty verb
    let f = run("He said 40 residents of Shebekino had left and two were killed in the shelling.");
    assert_eq!(f[0].category, Other, "{f:#?}");
    let f = run("About 300 members of the battalion serving near Sudzha say three were wounded.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
    let f = run("Some 60 fighters of the unit that lost two men were wounded in May.");
    assert_ne!(f[0].category, Injured, "{f:#?}");
}

#[test]
fn people_paid_for_an_injury_or_a_death_are_casualties() {
    for (text, v, cat) in [
        (
            "One-time payments in connection with injury were assigned to 73 volunteers.",
            73.0,
            Injured,
        ),
        (
            "Payments in connection with death were made to the families of 19 volunteers.",
            19.0,
            Killed,
        ),
        (
            "Compensation for wounds has so far been paid to 40 members of the detachment.",
            40.0,
            Injured,
        ),
        (
            "Insurance payouts for the deaths went to relatives of 6 fighters.",
            6.0,
            Killed,
        ),
    ] {
        let f = run(text);
        assert_eq!(
            (f[0].value, f[0].category),
            (Some(v), cat),
            "{text}: {f:#?}"
        );
    }
    // traps: a cause word with no payment, the cause after the count, and money
    let f = run("After the death of their commander, 30 volunteers joined the unit.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
    let f = run("Payments to 73 volunteers were delayed, the injury fund said.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
    let f = run("Payments in connection with death amount to 3,000,000 rubles per family.");
    assert_eq!(f[0].category, Other, "{f:#?}");
}

#[test]
fn sets_count_the_equipment_named_before() {
    let p = "Volunteers have been collecting body armour for the battalion since May.";
    let f = check_para(p, "On Friday they handed over 30 sets to the fighters.");
    assert_eq!((f.value, f.category), (Some(30.0), Equipment), "{f:#?}");
    let f = check_para(
        "The detachment asked for radios and helmets.",
        "The factory sent 12 kits last week.",
    );
    assert_eq!(f.category, Equipment, "{f:#?}");
    // same sentence
    let f = run("The unit needs drones; sponsors have paid for 8 sets so far.");
    assert_eq!(f.last().unwrap().category, Equipment, "{f:#?}");
    // traps: no equipment named before, a noun before the measure word, and a set
    // with its own noun
    let f = check_para(
        "The convoy also brought drones for the battalion.",
        "Volunteers handed out 1,500 food kits in Shebekino.",
    );
    assert_eq!(f.category, Other, "{f:#?}");
    let f = check_para(
        "The school reopened for 300 children.",
        "Parents bought 40 sets for the classes.",
    );
    assert_eq!(f.category, Other, "{f:#?}");
    let f = check_para(
        "The battalion was given drones.",
        "Women of the village knitted 50 sets of socks.",
    );
    assert_eq!(f.category, Other, "{f:#?}");
}

fn check_para(before: &str, s: &str) -> Figure {
    let t = format!("{before} {s}");
    run(&t).pop().expect("a figure")
}

#[test]
fn the_number_an_estimate_is_drawn_from_is_not_its_noun() {
    for text in [
        "Our estimate, based on the number of vehicles seen in the footage, is between 300 and 600.",
        "Judging by the number of tents in the camp, analysts put the force at about 2,000.",
    ] {
        let f = run(text);
        assert!(f.iter().all(|f| f.category != Equipment && f.unit != "tent"), "{text}: {f:#?}");
    }
    // trap: "the number of X" that the count itself is
    let f = run("The number of drones shot down over the region rose to 40.");
    assert_eq!(f[0].category, Equipment, "{f:#?}");
    let f = run("The number of volunteers in the detachment has reached 1,200.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
}

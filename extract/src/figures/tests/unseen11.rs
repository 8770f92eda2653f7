//! Phenomena of the eleventh round (holdout15 and holdout16), each pinned with new
//! sentences of other wording: a list of counts shares the verb that closes it; a
//! second verb with its own object after "and" is not the first count's; "in killed
//! and wounded"; "a total of"; hostile-fighter nouns; a place's toll in a digest.

use super::*;
use crate::model::Category::*;

#[test]
fn a_list_of_counts_shares_the_verb_that_closes_it() {
    assert_eq!(
        cats("Two soldiers, three civilians and a policeman were killed in the strike."),
        vec![c(2.0, Killed, "soldier"), c(3.0, Killed, "civilian")]
    );
    assert_eq!(
        cats("Four volunteers and two drivers were wounded near Tyotkino."),
        vec![c(4.0, Injured, "volunteer"), c(2.0, Injured, "driver")]
    );
    assert_eq!(
        cats("About 40 saboteurs, 3 armoured vehicles and a pickup had been destroyed, the ministry said."),
        vec![c(40.0, Casualties, "saboteur"), c(3.0, Equipment, "vehicle")]
    );
    assert_eq!(
        cats("Up to 1,200 fighters, 30 tanks and 12 artillery pieces were destroyed."),
        vec![
            c(1200.0, Casualties, "fighter"),
            c(30.0, Equipment, "tank"),
            c(12.0, Equipment, "piece")
        ]
    );
}

#[test]
fn a_list_with_no_casualty_verb_keeps_its_categories() {
    // trap: a list sent somewhere is a force and its kit, not losses
    assert_eq!(
        cats("30 volunteers, 12 trucks and 4 drones were sent to the border."),
        vec![
            c(30.0, Personnel, "volunteer"),
            c(12.0, Equipment, "truck"),
            c(4.0, Equipment, "drone")
        ]
    );
    // trap: ", and" after the first item opens a new clause
    assert_eq!(
        cats("The district has 120 volunteers, and 15 people were wounded in the shelling."),
        vec![c(120.0, Personnel, "volunteer"), c(15.0, Injured, "person")]
    );
    // trap: tanks destroyed stay equipment, and an elided count of tanks too
    assert_eq!(
        cats("Ten tanks were hit and five were destroyed."),
        vec![c(10.0, Equipment, "tank"), c(5.0, Equipment, "tank")]
    );
}

#[test]
fn people_destroyed_in_a_passive_are_losses() {
    for text in [
        "Some 30 raiders were destroyed near the village.",
        "The ministry said 25 insurgents had been neutralised overnight.",
        "According to the statement, up to 60 terrorists were \"destroyed\".",
    ] {
        let f = one(text);
        assert_eq!(f.category, Casualties, "{text}");
    }
    // trap: equipment destroyed is equipment
    assert_eq!(
        one("Nine armoured vehicles were destroyed.").category,
        Equipment
    );
}

#[test]
fn hostile_fighter_nouns_are_people_of_a_force() {
    assert_eq!(
        one("The army said it killed 45 terrorists in the forest.").category,
        Killed
    );
    assert_eq!(
        one("Border guards wounded 6 raiders near Kozinka.").category,
        Injured
    );
    assert_eq!(
        one("A group of 20 assailants crossed the border at dawn.").unit,
        "assailant"
    );
    assert_eq!(
        one("About 80 insurgents joined the assault.").category,
        Personnel
    );
}

#[test]
fn a_second_verb_after_and_takes_its_own_object() {
    assert_eq!(
        cats("Shelling killed two members of a volunteer unit and wounded four civilians in Belgorod."),
        vec![c(2.0, Killed, "member"), c(4.0, Injured, "civilian")]
    );
    assert_eq!(
        cats("The strike injured three fighters of the militia and killed a driver."),
        vec![c(3.0, Injured, "fighter")]
    );
    // not an object: "and wounded" closing the noun's own participle pair
    assert_eq!(
        one("Five members of the company were killed and wounded.").category,
        Casualties
    );
}

#[test]
fn losses_in_killed_and_wounded_are_casualties() {
    assert_eq!(
        one("The enemy lost at least 40 men in killed and wounded.").category,
        Casualties
    );
    assert_eq!(
        one("Over the month the battalion lost about 120 fighters in killed or wounded.").category,
        Casualties
    );
}

#[test]
fn a_total_of_after_a_casualty_verb() {
    assert_eq!(
        one("Russian forces killed a total of 280 attackers.").category,
        Killed
    );
    assert_eq!(
        one("The shelling wounded a total of 17 residents.").category,
        Injured
    );
    // trap: "a total of" with no casualty verb
    assert_eq!(
        one("The region recruited a total of 3,000 volunteers.").category,
        Personnel
    );
}

#[test]
fn a_place_with_its_toll_in_a_digest_is_a_count_line() {
    use super::super::dashlist::is_count_line;
    assert!(is_count_line(
        "Shebekino \u{2014} 1 killed (woman, 55), 3 wounded"
    ));
    assert!(is_count_line("Novaya Tavolzhanka \u{2014} 2 wounded"));
    assert!(is_count_line(
        "Graivoron district \u{2013} 4 injured, 1 dead"
    ));
    // traps: a toll of a dated line, and a line of prose
    assert!(!is_count_line("2023 \u{2014} 4 killed"));
    assert!(!is_count_line(
        "Shebekino \u{2014} 47 shells, fire at the chemical plant"
    ));
    assert_eq!(
        cats("Shebekino \u{2014} 1 killed (woman, 55), 3 wounded\nMurom \u{2014} 2 wounded"),
        vec![
            c(1.0, Killed, "person"),
            c(3.0, Injured, "person"),
            c(2.0, Injured, "person")
        ]
    );
}

#[test]
fn footnote_markers_glued_to_a_word_are_no_figures() {
    assert_eq!(
        cats("The region spent 9.6 billion rubles on the line,14 while Kursk spent less."),
        vec![c(9_600_000_000.0, Other, "ruble")]
    );
    assert_eq!(
        cats("Officials spoke of 3,000 volunteers.7 These figures refer to applications."),
        vec![c(3000.0, Personnel, "volunteer")]
    );
    assert_eq!(
        cats("The district received 40 drones by February 2023.12 Rifles were scarcer."),
        vec![c(40.0, Equipment, "drone")]
    );
    assert_eq!(
        cats("Of that, 1.4 billion rubles was approved in March 2023.15"),
        vec![c(1_400_000_000.0, Other, "ruble")]
    );
    // traps: thousands separators and decimals keep their digits
    assert_eq!(
        cats("The battalion has 1,400 members and a budget of 2.5 million rubles."),
        vec![
            c(1400.0, Personnel, "member"),
            c(2_500_000.0, Other, "ruble")
        ]
    );
    assert_eq!(
        cats("Shelling hit the town in March 2023. 15 people were wounded."),
        vec![c(15.0, Injured, "person")]
    );
}

#[test]
fn people_who_received_wounds_are_injured() {
    for text in [
        "Five more people, including a teenage girl, received shrapnel wounds.",
        "Three soldiers sustained minor injuries in the attack.",
        "Two firefighters suffered burns while putting out the fire.",
    ] {
        assert_eq!(one(text).category, Injured, "{text}");
    }
    // traps: people who received kit, or suffered losses of kit
    assert_eq!(
        cats("Four fighters received 12 new rifles."),
        vec![c(4.0, Personnel, "fighter"), c(12.0, Equipment, "rifle")]
    );
    assert_eq!(
        one("Three soldiers suffered heavy losses of equipment.").category,
        Personnel
    );
}

#[test]
fn captured_among_the_modifiers_makes_prisoners() {
    for text in [
        "It posted a video of what it said were three captured Russian servicemen.",
        "The video showed two of the captured men.",
        "Five detained fighters were later released.",
    ] {
        assert_eq!(one(text).category, Other, "{text}");
    }
    // traps: the people did the capturing; a casualty modifier
    assert_eq!(
        one("Three soldiers captured the bridge.").category,
        Personnel
    );
    assert_eq!(
        one("Twelve wounded soldiers were evacuated.").category,
        Injured
    );
}

#[test]
fn the_toll_says_what_a_bare_number_counts() {
    assert_eq!(one("Injury toll now eight").category, Injured);
    assert_eq!(one("The casualty toll rose to 12.").category, Casualties);
    assert_eq!(one("The death toll rose to 16.").category, Killed);
    assert_eq!(one("By evening the toll had reached 5.").category, Killed);
}

#[test]
fn vehicle_acronyms_and_reinforcements_are_counted() {
    assert_eq!(
        cats("We destroyed 2 BMPs and 3 BTRs near the village."),
        vec![c(2.0, Equipment, "bmp"), c(3.0, Equipment, "btr")]
    );
    assert_eq!(
        one("The army sent 400 reinforcements to the area.").category,
        Personnel
    );
}

#[test]
fn an_attribution_aside_between_a_count_and_its_verb() {
    assert_eq!(
        cats("Dozens of volunteers stood at checkpoints. Two of them, by the count of their comrades, died in the raid."),
        vec![(None, Personnel, "volunteer".to_string()), c(2.0, Killed, "volunteer")]
    );
    assert_eq!(
        one("Three soldiers, according to the governor, were wounded.").category,
        Injured
    );
    // trap: an aside with no casualty verb after it
    assert_eq!(
        one("Forty volunteers, by all accounts, joined the unit.").category,
        Personnel
    );
}

#[test]
fn forum_counters_and_reference_entries_are_furniture() {
    none("Users browsing this thread: 14 (3 members, 11 guests)");
    none("Users online: 52 members, 230 guests");
    none("^ \"3,000 volunteers\". Kommersant. 12 October 2022.");
    // traps: users who report a count, a caret inside a sentence
    assert_eq!(
        one("Users of the app reported 40 explosions.").category,
        Other
    );
    assert!(run("The index rose ^ as 200 volunteers joined.")
        .iter()
        .any(|f| f.value == Some(200.0)));
}

#[test]
fn a_relative_clause_of_where_people_were_is_transparent() {
    for (text, cat) in [
        (
            "Two members of the people's militia who were on duty received shrapnel wounds.",
            Injured,
        ),
        (
            "Three residents of the village who were in the car were killed.",
            Killed,
        ),
        (
            "Five members of the unit that was on patrol were wounded by a drone.",
            Injured,
        ),
        (
            "Four soldiers who were at the checkpoint were wounded.",
            Injured,
        ),
    ] {
        assert_eq!(run(text)[0].category, cat, "{text}");
    }
    // trap: the relative clause ends in a verb that is not a casualty
    assert_eq!(
        cats("Two fighters of the company who were at the checkpoint said 12 shells fell."),
        vec![c(2.0, Personnel, "fighter"), c(12.0, Equipment, "shell")]
    );
    // trap: "who" with an active casualty verb of its own
    assert_eq!(
        run("Six soldiers who killed two raiders were decorated.")[0].category,
        Other // (not killed: the decorated are the honoured, unseen21)
    );
}

#[test]
fn people_of_a_utility_outage_are_residents() {
    let lead = "The battalion now counts 3,500 people, the governor said.\n";
    for text in [
        "Power lines were knocked out, cutting electricity to about 4,000 people.",
        "About 2,000 people were left without electricity after the strike.",
        "The blackout hit 12,000 people in Shebekino.",
        "Heating was cut for some 900 people in the district.",
    ] {
        let f = run(&format!("{lead}{text}"));
        assert_eq!(f[0].category, Personnel, "{text}");
        assert_eq!(f[1].category, Other, "{text}");
    }
    // trap: a force word in the sentence keeps its people a force
    let f = run(&format!(
        "{lead}Some 300 people in the battalion restored the electricity line."
    ));
    assert_eq!(f[1].category, Personnel);
}

#[test]
fn an_age_range_right_after_people_is_no_count() {
    assert_eq!(
        cats("In our district they formed two companies, about 120 men each, mostly guys 45-60."),
        vec![c(2.0, Units, "company"), c(120.0, Personnel, "man")]
    );
    none("The recruits are mostly farmers 35-55.");
    // traps: a range of people counted, a range of a force's size
    assert_eq!(one("Each platoon has 25-30 volunteers.").value, Some(25.0));
    assert_eq!(
        one("The platoons have between 20 and 35 members.").value,
        Some(20.0)
    );
}

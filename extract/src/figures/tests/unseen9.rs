//! Phenomena of the ninth set of unseen articles, each pinned with new sentences:
//! people taken out of a place or living in it are civilians, not a force.

use super::*;
use crate::model::Category::*;

#[test]
fn people_taken_out_of_a_place_are_evacuees_even_beside_a_force() {
    for (text, v) in [
        (
            "The volunteer platoon took 60 residents out of the burning village.",
            60.0,
        ),
        (
            "Men of the battalion had taken about 200 people out of the border villages by dawn.",
            200.0,
        ),
        (
            "Volunteers of the detachment took out 14 more residents on Sunday.",
            14.0,
        ),
        (
            "The unit's drivers got 35 people out of Tetkino under shelling.",
            35.0,
        ),
    ] {
        let f = run(text);
        assert_eq!(f.len(), 1, "{text}: {f:#?}");
        assert_eq!((f[0].value, f[0].category), (Some(v), Other), "{text}");
    }
    // traps: joining, and "out" far from any verb of taking
    assert_eq!(
        cats("Some 300 residents signed up for the battalion in the first week.")[0].1,
        Personnel
    );
    assert_eq!(
        cats(
            "The battalion took in 40 residents who had signed up; all were out on patrol by May."
        )[0]
        .1,
        Personnel
    );
}

#[test]
fn a_place_s_population_is_not_a_force() {
    for text in [
        "Only about 70 people were still living in the village, which the platoon guards.",
        "The district, where the self-defence unit was formed, had a population of 9,000 people.",
        "Its 400 inhabitants are guarded by a territorial defence squad.",
    ] {
        let f = run(text);
        assert!(!f.is_empty(), "{text}");
        assert_eq!(f[0].category, Other, "{text}: {f:#?}");
    }
    // trap: people serving, with no word of dwelling
    assert_eq!(
        cats("About 70 people serve in the village platoon.")[0].1,
        Personnel
    );
}

#[test]
fn missing_people_are_casualties() {
    for (text, v) in [
        (
            "The post claims that another 300 volunteers are missing.",
            Some(300.0),
        ),
        (
            "She knew of fewer than ten members listed as missing since 2023.",
            Some(10.0),
        ),
        (
            "At least 12 fighters died and 20 were missing after the attack.",
            Some(20.0),
        ),
        ("Four servicemen are still missing near Tetkino.", Some(4.0)),
    ] {
        let f = run(text);
        let last = f.last().expect(text);
        assert_eq!(
            (last.value, last.category),
            (v, Casualties),
            "{text}: {f:#?}"
        );
    }
    // "dozens were missing": a vague count of people, not of the battalion before it
    let f = run(
        "A channel said at least 12 members of one battalion had died and dozens were missing.",
    );
    assert_eq!(f.last().unwrap().category, Casualties, "{f:#?}");
    // traps: missing things are not casualties
    assert_eq!(
        cats("Three drones went missing over the Bryansk region.")[0].1,
        Equipment
    );
    assert_eq!(cats("The battalion has 40 missing rifles.")[0].1, Equipment);
}

#[test]
fn footnote_markers_ranks_and_the_pronoun_one_are_not_counts() {
    assert_eq!(
        cats("The region received 60 pickup trucks, worth 290 million rubles.[5]"),
        vec![c(60.0, Equipment, "truck"), c(290e6, Other, "ruble")]
    );
    none("Top 3 men: 1.");
    none("Borzenkov 1:07:48, 2.");
    none("Even if one believes the official numbers, the line is thin.");
    none("If one counts the reservists, the picture changes.");
    none("Photo gallery: 86 photos from the course.");
    // traps: counts next to the same marks
    assert_eq!(cats("Officials said [12] were killed.").len(), 0);
    assert_eq!(
        cats("The top brigade lost 3 tanks.")[0],
        c(3.0, Equipment, "tank")
    );
    // "one" before a noun, not a verb: a count
    assert_eq!(
        cats("If one battalion is sent, 400 men will go with it.")[0],
        c(1.0, Units, "battalion")
    );
    assert_eq!(
        cats("The unit has 40 men, 12 trucks and 3 boats.")
            .iter()
            .map(|x| x.0)
            .collect::<Vec<_>>(),
        vec![Some(40.0), Some(12.0), Some(3.0)]
    );
}

#[test]
fn a_parallel_place_phrase_counts_the_noun_before() {
    assert_eq!(
        cats(
            "Air defences shot down 14 drones over the Bryansk region and 6 over the Kursk region."
        ),
        vec![c(14.0, Equipment, "drone"), c(6.0, Equipment, "drone")]
    );
    assert_eq!(
        cats("Shelling wounded 5 civilians in Shebekino and 2 in Valuyki."),
        vec![c(5.0, Injured, "civilian"), c(2.0, Injured, "civilian")]
    );
    let f = run(
        "Air defences shot down 14 drones over the Bryansk region and 6 over the Kursk region.",
    );
    assert_eq!(f[1].region.as_deref(), Some("Kursk"));
    // trap: a place phrase after a bare number with no figure before it in the sentence
    none("Between 2 and 4 in the afternoon the sirens sounded.");
}

#[test]
fn volunteers_and_staff_of_a_civil_event_are_not_a_force() {
    for text in [
        "Organisers thanked about 150 volunteers who staffed the water stations.",
        "Some 40 volunteers staffed the charity concert in Kursk.",
        "The 12 doctors of the ambulance station were on duty along the course.",
        "In 2013 the race had 180 runners.",
    ] {
        let f = run(text);
        assert_eq!(f.len(), 1, "{text}: {f:#?}");
        assert_eq!(f[0].category, Other, "{text}");
    }
    // traps: a force named in the same sentence, and volunteers on a course of training
    assert_eq!(
        cats("Six of our runners are in the territorial defence now.")[0],
        c(6.0, Personnel, "runner")
    );
    assert_eq!(
        cats("The first 1,000 volunteers finish a two-week course.")[0].1,
        Personnel
    );
    assert_eq!(
        cats("Organisers of the battalion's recruitment said 300 volunteers signed up.")[0].1,
        Personnel
    );
}

#[test]
fn storage_tanks_are_property() {
    // fuel in the sentence before, no force in the sentence: storage tanks
    let f = run("The depot supplied fuel to units near the border. A source said \"at least five\" tanks had been hit.");
    assert_eq!(
        (f[0].value, f[0].category, f[0].unit.as_str()),
        (Some(5.0), Other, "tank")
    );
    assert_eq!(cats("Three oil tanks burned at the refinery.")[0].1, Other);
    // traps: tanks of a force near a fuel depot; cars (vehicles) stay equipment
    assert_eq!(
        cats("Ukrainian troops lost 4 tanks near the fuel depot.")[0].1,
        Equipment
    );
    assert_eq!(
        cats("1 apartment building, 7 houses and 3 cars were damaged.")[2],
        c(3.0, Equipment, "car")
    );
    assert_eq!(cats("Two battle tanks were destroyed.")[0].1, Equipment);
}

#[test]
fn people_beside_weapons_or_a_formation_size_are_a_force() {
    for text in [
        "We held the school for three days with 12 men and one machine gun.",
        "They had eight Kalashnikovs for twenty men.",
        "Satellite images show two company-sized positions, each with space for about 100 men.",
    ] {
        let f = run(text);
        let men = f.iter().find(|f| f.unit == "man").expect(text);
        assert_eq!(men.category, Personnel, "{text}: {f:#?}");
    }
    // traps: people beside a weapon that wounded them, or taken out under fire
    assert_eq!(
        cats("A gun attack wounded 4 men near the market.")[0].1,
        Injured
    );
    assert_eq!(
        cats("The guns fell silent and 30 people were taken out of the village.")[0].1,
        Other
    );
}

#[test]
fn a_quoted_name_between_the_number_and_its_noun() {
    let f = run(
        "The region has installed 160 \"dragon's teeth\" anti-tank obstacles along the border.",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!((f[0].value, f[0].category), (Some(160.0), Other));
    assert_eq!(f[0].text, "160 \"dragon's teeth\" anti-tank obstacles");
    assert_eq!(
        cats("Kursk sent 40 \u{201c}Kamikaze\u{201d} drones to the front."),
        vec![c(40.0, Equipment, "drone")]
    );
    // traps: a quoted sentence after the number, and the noun before the quote
    assert_eq!(
        cats("Kursk sent 40 drones \"for the border\".")[0],
        c(40.0, Equipment, "drone")
    );
    none("He said 12 \"was a lie, a number from nowhere.\"");
}

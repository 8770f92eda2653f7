//! Round 8 (tuned on two blind sets at once): count lines "Noun: N", the elided noun
//! "ones", people stated as losses, casualty verbs before the count and modal
//! auxiliaries, guided bombs (KABs).

use super::*;
use crate::model::Category::*;

#[test]
fn a_count_line_puts_its_noun_first_and_a_colon_after_it() {
    let f = cats("Losses seen on video in Kursk Oblast:\nTanks: 7 (incl. T-72B3 and T-80BVM)\nIFVs/APCs: 19\nTrucks: 34 (mostly KamAZ)\nHelicopters: 1\n");
    assert_eq!(
        f,
        vec![
            c(7.0, Equipment, "tank"),
            c(19.0, Equipment, "apc"),
            c(34.0, Equipment, "truck"),
            c(1.0, Equipment, "helicopter"),
        ]
    );
    let f = run("Drones: 46\nArtillery shells: 120.\n");
    assert_eq!(f[0].text, "Drones: 46");
    assert_eq!(
        (f[1].text.as_str(), f[1].category),
        ("Artillery shells: 120", Equipment)
    );
}

#[test]
fn a_label_colon_before_prose_or_an_unknown_label_is_no_count_line() {
    // the label is no counted noun: a date, views, a time
    none("Updated: 12\n");
    none("Views: 4127\n");
    // a district label before a sentence: the sentence's own noun counts
    let f = cats("Valuyki district: 3 houses were damaged overnight.\n");
    assert_eq!(f, vec![c(3.0, Other, "house")]);
    // a qualified number after a label is no tally line of this kind
    let f = run("Tanks: about 7 in the footage we saw\n");
    assert!(f.iter().all(|f| f.text != "Tanks: about 7"), "{f:#?}");
}

#[test]
fn ones_is_the_noun_of_the_figure_before() {
    let f = cats(
        "Videos show at least 38 destroyed Russian vehicles and 11 Ukrainian ones near Vovchansk.",
    );
    assert_eq!(
        f,
        vec![c(38.0, Equipment, "vehicle"), c(11.0, Equipment, "vehicle")]
    );
    let f = cats("The region formed two battalions in May and three new ones in June.");
    assert_eq!(
        f,
        vec![c(2.0, Units, "battalion"), c(3.0, Units, "battalion")]
    );
    let f = cats("Officials counted 40 damaged houses and 12 destroyed ones in Shebekino.");
    assert_eq!(f, vec![c(40.0, Other, "house"), c(12.0, Other, "house")]);
}

#[test]
fn people_stated_as_losses_are_casualties() {
    for text in [
        "Russian losses over the day amounted to 127 servicemen, the spokesman said.",
        "Ukrainian casualties stood at 40 soldiers, according to the ministry.",
        "The army suffered losses of up to 300 men near Vovchansk.",
        "The brigade's losses in the past week totalled 85 fighters.",
    ] {
        let f = run(text);
        assert_eq!(f[0].category, Casualties, "{text}: {f:#?}");
    }
    // traps: people after other verbs, or not after a loss noun
    let f = run("The battalion has grown to 300 men since the spring.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
    let f = run("Despite the losses, 200 volunteers joined the detachment in May.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
}

#[test]
fn a_casualty_verb_before_its_count_in_translated_order() {
    let f = run("In 2023 in the detachment perished 9 people.");
    assert_eq!((f[0].value, f[0].category), (Some(9.0), Killed), "{f:#?}");
    let f = run("In the shelling of the village died 3 residents, the governor reported.");
    assert_eq!((f[0].value, f[0].category), (Some(3.0), Killed), "{f:#?}");
    // a duration after "died" is no count
    none("The fighter died 3 days later in hospital.");
}

#[test]
fn a_modal_between_the_count_and_its_participle() {
    let f = run("At least 22 Russian soldiers can be seen killed in the footage.");
    assert_eq!((f[0].value, f[0].category), (Some(22.0), Killed), "{f:#?}");
    let f = run("About 15 fighters could be seen wounded on the road.");
    assert_eq!((f[0].value, f[0].category), (Some(15.0), Injured), "{f:#?}");
    // trap: a modal before another verb
    let f = run("Some 40 volunteers can be seen training near Shebekino.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
}

#[test]
fn guided_bombs_are_equipment() {
    let f = one("\"They are dropping up to 30 KABs a day on this sector,\" he said.");
    assert_eq!(
        (f.value, f.category, f.unit.as_str()),
        (Some(30.0), Equipment, "kab")
    );
    let f = one("Russian aircraft dropped 12 KAB guided bombs on Vovchansk.");
    assert_eq!((f.value, f.category), (Some(12.0), Equipment));
}

#[test]
fn a_singular_label_is_a_place_not_a_tally() {
    // the list noun counts, not the label's noun
    let t = "Evacuees by district:\n\n1. Sumy district: about 9,000 people\n2. Shostka district: 4,200\n";
    assert_eq!(cats(t)[1], c(4200.0, Other, "person"));
    assert!(run("Region: 5\n").iter().all(|f| f.text != "Region: 5"));
}

#[test]
fn words_between_the_loss_noun_and_its_verb() {
    let f = run("Russian losses near Vovchansk over the day amounted to 127 servicemen, of whom 48 were killed.");
    assert_eq!(
        (f[0].value, f[0].category),
        (Some(127.0), Casualties),
        "{f:#?}"
    );
    // traps: a clause with no loss noun before the verb
    let f = run("The detachment's strength rose to 400 volunteers in the spring.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
    let f = run("After heavy losses, the battalion's strength amounted to 300 men.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
}

#[test]
fn people_sentenced_detained_or_captured_are_not_a_force() {
    for text in [
        "The garrison court sentenced two former fighters of a volunteer detachment to five years.",
        "In one case, the court sentenced a group of four soldiers who had fled their unit.",
        "Syrskyi said that more than 100 Russian soldiers had been captured around the town.",
        "Police said 12 servicemen were detained after the brawl in Kursk.",
        "He said 30 Ukrainian fighters were taken prisoner near Tetkino.",
    ] {
        let f = run(text);
        assert_eq!(f[0].category, Other, "{text}: {f:#?}");
    }
    // traps: serving people next to courts and captures
    let f = run("The detachment of 40 fighters captured two Ukrainian soldiers near the border.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
    let f = run("About 300 soldiers were deployed to guard the court building.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
    let f = run("Some 50 fighters have been trained to capture drones intact.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
}

#[test]
fn the_unit_of_one_named_fighter_does_not_make_people_a_force() {
    let f = run("Hundreds of people came to the church in Valuyki to say goodbye to Nikolai, a fighter of the Orlan territorial defence detachment.");
    assert_eq!((f[0].value, f[0].category), (None, Other), "{f:#?}");
    let t = "A fighter of the \"Orlan\" self-defence unit received a shrapnel wound.\nValuyki district: a drone hit a substation, about 2,000 residents are without power.";
    let f = run(t);
    assert_eq!((f[0].value, f[0].category), (Some(2000.0), Other), "{f:#?}");
    // traps: the sentence still says people join or serve
    let f = run("A member of the detachment said 40 residents had joined the unit in May.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
    let f = run("About 300 people serve in the battalion, a soldier of the unit said.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
}

#[test]
fn a_model_number_is_short_and_may_end_in_capitals() {
    let f = cats("- 12 Mavic 3T reconnaissance drones;\n- 4 Matrice 30T drones;\n");
    assert_eq!(
        f,
        vec![c(12.0, Equipment, "drone"), c(4.0, Equipment, "drone")]
    );
    let f = cats("The volunteers bought six DJI Mavic 3 quadcopters.");
    assert_eq!(f, vec![c(6.0, Equipment, "quadcopter")]);
    // a large or grouped number after a capitalised name is an amount, not a model
    let f = cats("The court ordered the men to compensate the Defense Ministry 280,000 rubles.");
    assert_eq!(f, vec![c(280000.0, Other, "ruble")]);
    let f = cats("The charity gave the Kursk Hospital 1,500 blankets.");
    assert_eq!(f, vec![c(1500.0, Other, "blanket")]);
    // traps: the model number itself is no count
    none("The unit flies the Mavic 3T drone.");
}

#[test]
fn people_who_sought_medical_help_are_injured() {
    for text in [
        "111 people have sought medical help, the ministry says.",
        "Another 40 residents needed medical treatment after the attack on Shebekino.",
        "Twelve soldiers received medical care at the field hospital.",
    ] {
        let f = run(text);
        assert_eq!(f[0].category, Injured, "{text}: {f:#?}");
    }
    // traps: medical staff and help given by people
    let f = run("About 30 volunteers provided medical help to the residents.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
    let f = run("Some 200 residents received humanitarian aid in Graivoron.");
    assert_eq!(f[0].category, Other, "{f:#?}");
}

#[test]
fn wrecks_are_destroyed_equipment() {
    let f = run("Most clips repeat the same 4 or 5 wrecks from different angles.");
    assert_eq!(
        (f[0].low, f[0].high, f[0].category),
        (Some(4.0), Some(5.0), Equipment)
    );
}

#[test]
fn people_a_claim_is_according_to_are_sources() {
    for text in [
        "One company of roughly 90 men, according to two of its former members, lost 17 killed.",
        "The unit was disbanded in May, according to three fighters of the battalion.",
    ] {
        let f = run(text);
        let src = f
            .iter()
            .find(|f| f.value == Some(2.0) || f.value == Some(3.0))
            .unwrap();
        assert_eq!(src.category, Other, "{text}: {f:#?}");
    }
    // the count the sources give keeps its category
    let f = run("According to the governor, 300 volunteers joined the battalion.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
    let f = run("According to two officials, 12 soldiers were killed near Tetkino.");
    assert_eq!(
        f.iter().find(|f| f.value == Some(12.0)).unwrap().category,
        Killed
    );
}

#[test]
fn electronic_warfare_kit_is_equipment_whatever_its_noun() {
    for text in [
        "Businessmen of the district bought us two electronic warfare stations.",
        "The unit received four EW stations and six jamming complexes.",
    ] {
        let f = run(text);
        assert!(f.iter().all(|f| f.category == Equipment), "{text}: {f:#?}");
    }
    // traps: other stations, and warfare units are formations
    let f = run("Shelling damaged three railway stations in the region.");
    assert_eq!(f[0].category, Other, "{f:#?}");
    let f = run("Two electronic warfare units were sent to the border.");
    assert_eq!(f[0].category, Units, "{f:#?}");
}

#[test]
fn a_part_of_a_set_of_an_unknown_plural() {
    let f =
        cats("The Group found no evidence of military presence at 11 of the 16 sites it verified.");
    assert_eq!(f, vec![c(11.0, Other, "site"), c(16.0, Other, "site")]);
    let f = cats("Engineers have repaired 40 of the 120 substations hit since May.");
    assert_eq!(
        f,
        vec![c(40.0, Other, "substation"), c(120.0, Other, "substation")]
    );
    // a known noun as before
    let f = cats("Three of the 12 detachments were sent to Sudzha.");
    assert_eq!(
        f,
        vec![c(3.0, Units, "detachment"), c(12.0, Units, "detachment")]
    );
}

#[test]
fn what_the_sentence_before_says_of_people_carries_on() {
    let t = "How many people serve in your battalion today?\nToday we are 420 people. When we started, in January of last year, there were 60 of us.";
    let f = cats(t);
    assert_eq!(
        f,
        vec![c(420.0, Personnel, "person"), c(60.0, Personnel, "person")]
    );
    let t = "Some 300 residents were evacuated from Shebekino on Friday. About 40 people stayed behind. Later, 12 people returned.";
    let f = run(t);
    assert!(f.iter().all(|f| f.category == Other), "{f:#?}");
    // trap: a new cue in the sentence wins over the memory
    let t = "How many people serve in the unit?\nWe are 200 people. In May, 30 people were evacuated from the village.";
    let f = run(t);
    assert_eq!(f[1].category, Other, "{f:#?}");
}

#[test]
fn force_words_before_one_members_noun_describe_that_member() {
    let t = "Valuyki says goodbye to territorial defence fighter Nikolai Shevtsov\nHundreds of people came to the church on Tuesday.";
    let f = run(t);
    assert_eq!((f[0].value, f[0].category), (None, Other), "{f:#?}");
    let f = run("About 200 people attended the funeral of militia commander Ivan Petrov in Rylsk.");
    assert_eq!(f[0].category, Other, "{f:#?}");
    // traps: plural members, and a verb of joining, keep the force
    let f = run("About 200 people joined as territorial defence fighters in May.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
    let f = run("Some 40 residents joined the unit as a fighter would, the commander joked.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
}

#[test]
fn eliminated_people_are_losses_that_do_not_say_which() {
    for text in [
        "According to the regional government, 3 saboteurs were eliminated near Lomakovka.",
        "The ministry claimed that \"up to 200 Ukrainian servicemen\" had been eliminated in a day.",
        "Its forces had eliminated more than 1,500 militants, the ministry said.",
        "The FSB said 12 attackers were liquidated.",
    ] {
        let f = run(text);
        assert_eq!(f[0].category, Casualties, "{text}: {f:#?}");
    }
    // traps: "killed" still says killed; equipment eliminated stays equipment
    let f = run("The ministry said 12 attackers were killed and 3 tanks eliminated.");
    assert_eq!(
        (f[0].category, f[1].category),
        (Killed, Equipment),
        "{f:#?}"
    );
}

#[test]
fn a_payment_from_an_amount_is_at_least_that_amount() {
    for text in [
        "- monetary allowance - from 210 000 rubles per month;",
        "Contract soldiers are offered salaries from $500 a month.",
        "The region promises payments from 195,000 rubles to every volunteer.",
    ] {
        let f = run(text);
        assert_eq!(f[0].qualifier, Qualifier::AtLeast, "{text}: {f:#?}");
    }
    // traps: a range, and money moved from a fund
    let f = run("Donations ranged from 20 hryvnias to 300,000.");
    assert!(
        f.iter().all(|f| f.qualifier != Qualifier::AtLeast),
        "{f:#?}"
    );
    let f = run("Pay rose from 150,000 rubles to 210,000 rubles this year.");
    assert!(
        f.iter().all(|f| f.qualifier != Qualifier::AtLeast),
        "{f:#?}"
    );
    let f = run("The governor paid 2 million rubles from the regional budget.");
    assert_eq!(f[0].qualifier, Qualifier::Exact, "{f:#?}");
}

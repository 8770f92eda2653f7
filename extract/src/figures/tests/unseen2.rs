//! Phenomena of the second set of unseen articles, each pinned with new sentences:
//! equipment nouns, coordinated modifiers, "N more X", elided nouns (money after
//! money, "another N", "and N have", "compared with N", "evacuate N", answers that drop
//! the noun), people in court, chat members, answer fragments, model names, appeals,
//! space-grouped thousands, "maybe N", section labels beside a date, capitals as
//! seats of government.

use super::*;
use crate::model::Category::*;

#[test]
fn ammunition_and_ordnance_nouns_are_equipment() {
    for (t, unit) in [
        (
            "Russian forces fired 420 munitions at the district overnight.",
            "munition",
        ),
        (
            "Sappers defused 14 improvised explosive devices near the road.",
            "device",
        ),
        (
            "Air defences destroyed 9 aerial targets over the city.",
            "target",
        ),
        (
            "The army received 40 projectiles for the new howitzers.",
            "projectile",
        ),
        ("The unit was issued 6 jammers and 2 radars.", "jammer"),
        ("Troops intercepted 12 Shaheds before dawn.", "shahed"),
    ] {
        let f = &run(t)[0];
        assert_eq!((f.category, f.unit.as_str()), (Equipment, unit), "{t}");
    }
}

#[test]
fn civil_vehicles_are_equipment() {
    assert_eq!(
        cats("Fifteen buses took residents to Kursk."),
        vec![(Some(15.0), Equipment, "bus".into())]
    );
    assert_eq!(
        cats("The volunteers bought 3 ambulances and 2 tractors."),
        vec![
            (Some(3.0), Equipment, "ambulance".into()),
            (Some(2.0), Equipment, "tractor".into()),
        ]
    );
    let f = one("Four minibuses left the village on Sunday.");
    assert_eq!(f.unit, "minibus");
}

#[test]
fn coordinated_modifiers_share_the_noun() {
    let f = one("The town was hit by 26 Grad and Uragan rockets on Monday.");
    assert_eq!(
        (f.value, f.category, f.unit.as_str()),
        (Some(26.0), Equipment, "rocket")
    );
    assert_eq!(f.text, "26 Grad and Uragan rockets");
    let f = one("Prosecutors brought 75 fraud and bribery cases last year.");
    assert_eq!((f.unit.as_str(), f.category), ("case", Other));
}

#[test]
fn coordination_does_not_swallow_a_second_count() {
    let f = run("Officials said 12 killed and 30 wounded were counted.");
    assert_eq!(f.len(), 2, "{f:#?}");
    // The second count keeps its own noun (the first, with an elided noun, is a gap).
    let f = run("The convoy carried five Russian and three Belarusian officers.");
    assert!(
        f.iter()
            .any(|f| f.value == Some(3.0) && f.text == "three Belarusian officers"),
        "{f:#?}"
    );
    assert!(f.iter().all(|f| !f.text.contains("five")), "{f:#?}");
}

#[test]
fn more_after_the_number_is_skipped() {
    let f = one("The governor said two more battalions would be formed.");
    assert_eq!(
        (f.value, f.category, f.unit.as_str()),
        (Some(2.0), Units, "battalion")
    );
    let f = one("Kursk said up to 300 more beds had been prepared.");
    assert_eq!((f.value, f.unit.as_str()), (Some(300.0), "bed"));
}

#[test]
fn an_amount_after_an_amount_is_money() {
    let f = run("Volunteers are paid 30,000 rubles a month, while platoon leaders get 45,000.");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(
        (f[1].value, f[1].unit.as_str(), f[1].category),
        (Some(45000.0), "ruble", Other)
    );
    let f = run("Of the 2 billion rubles, 800 million rubles go to shelters and the remaining 1.2 billion to salaries.");
    assert_eq!(
        f.last().map(|f| (f.value, f.unit.as_str())),
        Some((Some(1.2e9), "ruble"))
    );
}

#[test]
fn another_n_is_more_of_the_same() {
    let f = run("Workers have built 320 concrete shelters, and another 80 are planned for spring.");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!((f[1].value, f[1].unit.as_str()), (Some(80.0), "shelter"));
    assert_eq!(f[1].text, "80");
}

#[test]
fn and_n_have_takes_the_noun_before() {
    let f = run("More than 900 men have enlisted in the militia, and 410 have finished training.");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!((f[1].value, f[1].category), (Some(410.0), Personnel));
}

#[test]
fn compared_with_n_is_the_same_count() {
    let f = run("The court registered 95 desertion cases this year, compared with 31 last year.");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!((f[1].value, f[1].unit.as_str()), (Some(31.0), "case"));
}

#[test]
fn evacuate_n_counts_people_named_before() {
    let f = run("About 300 pensioners left by train on Monday; the authorities plan to evacuate about 900 by Friday.");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(
        (f[1].value, f[1].unit.as_str(), f[1].category),
        (Some(900.0), "pensioner", Other)
    );
}

#[test]
fn an_answer_without_its_noun_takes_the_noun_before() {
    let f = run("On calm nights we see 10 to 15 Shaheds. On bad nights, more than 40.");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(
        (f[1].value, f[1].category, f[1].unit.as_str()),
        (Some(40.0), Equipment, "shahed")
    );
    let f = run("The village had about 2,000 residents before 2022. Perhaps 150 remain.");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(
        (f[1].unit.as_str(), f[1].qualifier),
        ("resident", Qualifier::Approximately)
    );
    let f = run("And the quadcopters — we lose about twenty a week.");
    assert_eq!(
        f.iter().map(|f| (f.value, f.category)).collect::<Vec<_>>(),
        vec![(Some(20.0), Equipment)]
    );
}

#[test]
fn an_age_or_a_long_clause_is_not_an_elided_count() {
    let f = run("Five civilians were wounded in Shebekino. The youngest was 12.");
    assert_eq!(f.len(), 1, "{f:#?}");
    let f = run("Three soldiers were killed. The governor, who spoke on television on Monday evening after meeting the families in the regional capital, said the number was 3.");
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn people_in_court_are_not_personnel() {
    let f =
        one("Around 60 people were convicted of sabotage in the region, the rights group said.");
    assert_eq!(f.category, Other);
    let f = one("A military court sentenced four residents of a border unit's village to prison.");
    assert_eq!(f.category, Other);
}

#[test]
fn members_are_personnel_only_in_a_force() {
    assert_eq!(
        one("A volunteers' chat in Graivoron has 1,200 members.").category,
        Other
    );
    assert_eq!(
        one("The self-defense battalions now have 2,600 members.").category,
        Personnel
    );
    assert_eq!(
        one("Some 40 members of the militia detachment took the oath.").category,
        Personnel
    );
}

#[test]
fn an_answer_fragment_takes_its_question_context() {
    let t = "Q: How many people serve in your battalion?\nA: Roughly 450 people.";
    assert_eq!(one(t).category, Personnel);
    let t = "Q: How many families are still in the village?\nA: Roughly 45 people.";
    assert_eq!(one(t).category, Other);
}

#[test]
fn a_model_name_with_a_number_is_not_a_count() {
    let f = one("The unit flies the DJI Matrice 30 drones and 12 older quadcopters.");
    assert_eq!(f.value, Some(12.0));
    let f = one("In Shebekino 12 people were injured.");
    assert_eq!(f.value, Some(12.0));
    let f = one("On Friday 3 drones were shot down.");
    assert_eq!(f.value, Some(3.0));
}

#[test]
fn an_appeal_inside_a_paragraph_is_not_a_figure() {
    none("Support our newsroom: donate 5 euros a month.");
    none("Subscribe for $4 a month to read more.");
    let f = run("The region spent 12 million rubles on shelters. Support independent journalism from $5 a month.");
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn a_reference_to_the_regions_is_not_a_count() {
    none("The two regions agreed to share their shelters.");
    let f = run("The children were sent to 14 camps in four regions.");
    assert_eq!(
        f.iter().map(|f| f.value).collect::<Vec<_>>(),
        vec![Some(14.0), Some(4.0)]
    );
    let f = run("The children were sent to camps in four regions.");
    assert_eq!((f[0].unit.as_str(), f[0].category), ("region", Other));
}

#[test]
fn space_grouped_thousands_are_one_number() {
    let f = one("Each family receives 15 000 rubles from the regional budget.");
    assert_eq!((f.value, f.text.as_str()), (Some(15000.0), "15 000 rubles"));
    let f = one("The fund collected 1 250 000 rubles.");
    assert_eq!(f.value, Some(1_250_000.0));
    let f = one("Payments of 20\u{a0}000 rubles began in May.");
    assert_eq!(f.value, Some(20000.0));
}

#[test]
fn space_groups_are_not_lists_phones_or_dates() {
    let n = crate::numerals::find_numbers("Call 8 800 200 46 94 for help.");
    assert!(n.iter().all(|n| n.value != Some(8_800_200.0)), "{n:?}");
    let f = run("On May 22 300 residents left Shebekino.");
    assert_eq!(
        f.iter().map(|f| f.value).collect::<Vec<_>>(),
        vec![Some(300.0)]
    );
    let n = crate::numerals::find_numbers("scores of 10 000 12 and 4");
    assert!(n.iter().all(|n| n.value != Some(10000.0)), "{n:?}");
}

#[test]
fn maybe_and_perhaps_are_approximate() {
    let f = one("Maybe 200 volunteers joined the detachment.");
    assert_eq!(
        (f.qualifier, f.value),
        (Qualifier::Approximately, Some(200.0))
    );
    let f = one("Perhaps 30 tanks were lost.");
    assert_eq!(f.qualifier, Qualifier::Approximately);
}

#[test]
fn a_capital_beside_another_region_does_not_set_the_context() {
    let t = "The offensive stalled near Tokmak, and the debate in Kyiv moved on.\nThe army laid 5,000 mines along the front.";
    let f = one(t);
    assert_eq!(f.region.as_deref(), Some("Zaporizhzhia"));
    let t = "Drones struck Kyiv overnight.\nThe city said 14 people were injured.";
    assert_eq!(one(t).region.as_deref(), Some("Kyiv"));
}

#[test]
fn section_label_and_reading_time_beside_a_date_make_a_date_line() {
    for line in [
        "World · 14 May 2024",
        "April 3, 2024 9:15 AM · 4 min read",
        "Politics | 2 June 2023",
    ] {
        let text = format!("Headline here\n\n{line}\n\nBody paragraph that says 12 people were evacuated from the town of Shebekino on Monday.\n");
        let b = crate::clean::blocks(&text);
        let kinds: Vec<_> = b
            .iter()
            .map(|b| (&text[b.span.start..b.span.end], b.reason))
            .collect();
        assert!(
            kinds.iter().any(|(t, r)| *t == line && *r == "date line"),
            "{kinds:?}"
        );
    }
    let text = "Headline here\n\nUkraine War Latest · Interviews\n\nBody paragraph that says 12 people were evacuated from the town of Shebekino.\n";
    let b = crate::clean::blocks(text);
    assert!(b.iter().all(|b| b.reason != "date line"));
}

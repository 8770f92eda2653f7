//! Phenomena of the fifth set of unseen articles, each pinned with new sentences:
//! ages set off by commas and bounds on age; elided nouns after "including", in an
//! existential "there will be N" and in parallel clauses ("Kursk has 2,500;
//! Bryansk claims 4,000"); "the deaths of N"; "wounded or missing"; kit nouns in
//! compounds; a number before a possessive ("the two republics' corps"); a
//! qualifier before a currency sign.

use super::*;
use crate::model::Category::*;

fn vals(text: &str) -> Vec<(Option<f64>, Category)> {
    run(text)
        .into_iter()
        .map(|f| (f.value, f.category))
        .collect()
}

#[test]
fn ages_set_off_by_commas_are_not_figures() {
    none("\"We sleep in the cellar now,\" said a Graivoron pensioner, 74.");
    none("The driver, 58, was taken to hospital in Belgorod.");
    assert_eq!(
        cats("Olena Marchenko, 34, said 12 houses on her street were hit."),
        vec![c(12.0, Other, "house")]
    );
    // a count after a comma is still a count when a noun or a clause follows
    assert_eq!(
        cats("In Shebekino, 12 residents were wounded overnight."),
        vec![c(12.0, Injured, "resident")]
    );
}

#[test]
fn bounds_on_age_are_not_figures() {
    none("The minimum age for recruits has been lowered to 18.");
    none("Officials said the age limit for volunteers would be raised to 65 next year.");
    assert_eq!(
        vals("The age limit was raised, and 300 pensioners signed up within a week."),
        vec![(Some(300.0), Personnel)]
    );
}

#[test]
fn a_part_after_including_takes_the_noun_before() {
    assert_eq!(
        vals("The General Staff counted 64 clashes on Tuesday, including 9 near Vovchansk."),
        vec![(Some(64.0), Other), (Some(9.0), Other)]
    );
    assert_eq!(
        cats("Drones struck 31 houses overnight, including 4 in Shebekino."),
        vec![c(31.0, Other, "house"), c(4.0, Other, "house")]
    );
    // a part with its own noun keeps it
    assert_eq!(
        cats("Officials counted 40 wounded, including 6 children."),
        vec![c(40.0, Injured, "person"), c(6.0, Injured, "child")]
    );
}

#[test]
fn there_will_be_n_counts_the_noun_before() {
    assert_eq!(
        cats(
            "\"Today we have 12 detachments, and by spring there will be as many as 18,\" he said."
        ),
        vec![c(12.0, Units, "detachment"), c(18.0, Units, "detachment")]
    );
    assert_eq!(
        cats("The district had nine shelters last year; now there are 15."),
        vec![c(9.0, Other, "shelter"), c(15.0, Other, "shelter")]
    );
}

#[test]
fn parallel_clauses_that_have_or_claim_a_number() {
    assert_eq!(
        cats("Voronezh has about 1,200 volunteers in its units; Lipetsk has 800 to 900; Tambov claims 2,000."),
        vec![
            c(1200.0, Personnel, "volunteer"),
            c(800.0, Personnel, "volunteer"),
            c(2000.0, Personnel, "volunteer")
        ]
    );
    assert_eq!(
        cats("The Kursk force fields 14 companies, while the Bryansk one has 9."),
        vec![c(14.0, Units, "company"), c(9.0, Units, "company")]
    );
}

#[test]
fn the_deaths_of_n_are_killed() {
    assert_eq!(
        vals("The governor confirmed the deaths of at least 9 fighters of the battalion."),
        vec![(Some(9.0), Killed)]
    );
    assert_eq!(
        vals("Officials acknowledged the deaths of 14 volunteers since the spring."),
        vec![(Some(14.0), Killed)]
    );
    assert_eq!(
        vals("The strike claimed the lives of 6 residents of Shebekino."),
        vec![(Some(6.0), Killed)]
    );
}

#[test]
fn wounded_or_missing_are_casualties() {
    assert_eq!(
        vals("At least 25 more were wounded or are missing, the commander said."),
        vec![(Some(25.0), Casualties)]
    );
    assert_eq!(
        vals("Eleven fighters were killed or went missing near Tetkino."),
        vec![(Some(11.0), Casualties)]
    );
    assert_eq!(
        vals("Some 40 soldiers were wounded or captured in the raid."),
        vec![(Some(40.0), Casualties)]
    );
    // wounded alone stays injured
    assert_eq!(
        vals("Seven more were wounded, the governor said."),
        vec![(Some(7.0), Injured)]
    );
}

#[test]
fn kit_modifiers_make_unknown_nouns_equipment() {
    assert_eq!(
        cats("The units received 12 electronic-warfare sets and 30 thermal sights."),
        vec![c(12.0, Equipment, "set"), c(30.0, Equipment, "sight")]
    );
    assert_eq!(
        cats("Volunteers delivered 60 night-vision goggles to the Kursk detachment."),
        vec![c(60.0, Equipment, "goggle")]
    );
    // without a kit word the noun stays other
    assert_eq!(
        cats("The region handed out 300 food sets to evacuees."),
        vec![c(300.0, Other, "set")]
    );
}

#[test]
fn they_included_shares_the_casualties_of_the_sentence_before() {
    assert_eq!(
        vals("Four people were killed and nine wounded. They included three children."),
        vec![
            (Some(4.0), Killed),
            (Some(9.0), Injured),
            (Some(3.0), Casualties)
        ]
    );
    assert_eq!(
        vals("Six civilians died in the strike. They include two women."),
        vec![(Some(6.0), Killed), (Some(2.0), Killed)]
    );
    // after a figure that is not a casualty the included stay what they are
    assert_eq!(
        vals("About 1,300 residents were evacuated. They included 200 children."),
        vec![(Some(1300.0), Other), (Some(200.0), Other)]
    );
}

#[test]
fn a_force_s_strength_makes_people_personnel() {
    assert_eq!(
        vals("Officials stopped giving strength figures last year. The last one was 1,840 people."),
        vec![(Some(1840.0), Personnel)]
    );
    assert_eq!(
        vals("The detachment's strength stood at about 600 people in March."),
        vec![(Some(600.0), Personnel)]
    );
    // people in general elsewhere stay other
    assert_eq!(
        vals("About 600 people lost power after the strike."),
        vec![(Some(600.0), Other)]
    );
}

#[test]
fn a_definite_number_before_a_possessive_names_a_known_set() {
    none("Both forces were merged, and the two republics' corps were renamed.");
    none("The three regions’ governors met in Moscow on Tuesday.");
    assert_eq!(
        vals("The two republics fielded 30,000 fighters in 2015."),
        vec![(Some(2.0), Other), (Some(30000.0), Personnel)]
    );
    // an indefinite count before a possessive still counts
    assert_eq!(
        vals("Drones hit 12 families' homes in Shebekino."),
        vec![(Some(12.0), Other)]
    );
}

#[test]
fn a_qualifier_before_a_currency_sign() {
    let f = run("Spending reached 2 billion rubles (about $22 million) this year.");
    assert_eq!(f[1].text, "about $22 million");
    assert_eq!(f[1].qualifier, Qualifier::Approximately);
    let f = one("Kyiv promised more than $3 million for new shelters in Sumy.");
    assert_eq!(
        (f.text.as_str(), f.qualifier),
        ("more than $3 million", Qualifier::MoreThan)
    );
    let f = one("The battalion raised up to €40,000 from local firms.");
    assert_eq!(
        (f.text.as_str(), f.qualifier),
        ("up to €40,000", Qualifier::UpTo)
    );
    let f = one("Each drone costs as much as $900 on the open market.");
    assert_eq!(
        (f.text.as_str(), f.qualifier),
        ("as much as $900", Qualifier::UpTo)
    );
    // an unrelated word before the sign leaves the amount exact
    let f = one("Fighters are paid $450 a month.");
    assert_eq!((f.text.as_str(), f.qualifier), ("$450", Qualifier::Exact));
}

fn regions(text: &str) -> Vec<Option<String>> {
    run(text).into_iter().map(|f| f.region).collect()
}

#[test]
fn a_dateline_names_no_region() {
    assert_eq!(
        regions("MOSCOW/KYIV (Wire) - Russia said 30 saboteurs had entered its Kursk region."),
        vec![Some("Kursk".to_string())]
    );
    assert_eq!(
        regions("KYIV - Ukraine said 12 drones were shot down over the Sumy region."),
        vec![Some("Sumy".to_string())]
    );
    // a capital named in the prose still counts
    assert_eq!(
        regions("Officials in Kursk said 40 people were evacuated."),
        vec![Some("Kursk".to_string())]
    );
}

#[test]
fn a_region_named_as_a_neighbour_is_passed_over() {
    assert_eq!(
        regions("Voronezh, which borders the Luhansk region, has formed four battalions of about 900 men."),
        vec![Some("Voronezh".to_string()), Some("Voronezh".to_string())]
    );
    let t = "The Kursk region, which borders Ukraine's Sumy and Chernihiv regions, is shelled daily.\nOfficials said nearly 2,000 residents of the region had signed up.";
    assert_eq!(regions(t), vec![Some("Kursk".to_string())]);
    // without a border clause the nearest region before still wins
    assert_eq!(
        regions("Rostov sent volunteers to the Luhansk region, where 300 fighters were trained."),
        vec![Some("Luhansk".to_string())]
    );
}

#[test]
fn a_share_after_an_age_range_is_still_a_figure() {
    assert_eq!(
        vals("Recruits must be aged 20 to 55, and about 30% of them have served before."),
        vec![(Some(30.0), Other)]
    );
    assert_eq!(
        vals("The age limit is 60, but 45 volunteers are older."),
        vec![(Some(45.0), Personnel)]
    );
}

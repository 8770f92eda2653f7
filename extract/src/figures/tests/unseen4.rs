//! Phenomena of the fourth set of unseen articles, each pinned with new sentences:
//! adverbs inside a casualty verb; a subject counted past a phrase ("two members of the
//! battalions have been killed"); "one of its fighters" killed; two casualty verbs
//! before a number ("killed or wounded up to 2,030"); "of them" whose noun is in an
//! earlier clause; a plural noun form used as a verb; units of territory; irregular
//! verbs in the past after an unknown plural.

use super::*;
use crate::model::Category::*;

#[test]
fn adverbs_inside_a_casualty_verb() {
    assert_eq!(
        cats("Five soldiers were seriously injured when the truck hit a mine."),
        vec![c(5.0, Injured, "soldier")]
    );
    assert_eq!(
        cats("Three civilians were killed and four were slightly wounded in Shebekino."),
        vec![c(3.0, Killed, "civilian"), c(4.0, Injured, "civilian")]
    );
    assert_eq!(
        cats("Two border guards were critically injured overnight."),
        vec![c(2.0, Injured, "guard")]
    );
}

#[test]
fn more_before_a_casualty_participle() {
    assert_eq!(
        cats("Five soldiers were killed and 11 more badly wounded."),
        vec![c(5.0, Killed, "soldier"), c(11.0, Injured, "soldier")]
    );
    assert_eq!(
        cats("Two civilians died on Monday and three more were injured overnight."),
        vec![c(2.0, Killed, "civilian"), c(3.0, Injured, "civilian")]
    );
}

#[test]
fn a_subject_counted_past_a_phrase_takes_the_casualty_verb() {
    assert_eq!(
        cats("Three members of the Belgorod battalion have been killed since March."),
        vec![c(3.0, Killed, "member")]
    );
    assert_eq!(
        cats("Six fighters from the border detachment were wounded in the shelling."),
        vec![c(6.0, Injured, "fighter")]
    );
    assert_eq!(
        cats("Four soldiers of the 155th brigade died in the attack on Sudzha."),
        vec![c(4.0, Killed, "soldier")]
    );
    // the phrase ends at a relative pronoun: what follows is about the unit
    assert_eq!(
        cats("Two members of the unit that was shelled are on leave."),
        vec![c(2.0, Personnel, "member")]
    );
}

#[test]
fn one_of_a_group_counts_when_killed_or_injured() {
    assert_eq!(
        cats("The battalion said one of its volunteers was killed by a drone."),
        vec![c(1.0, Killed, "volunteer")]
    );
    assert_eq!(
        cats("One of the guards was hurt in the blast."),
        vec![c(1.0, Injured, "guard")]
    );
    none("One of the battalions is based in Shebekino.");
    none("One of the residents told the BBC that the shelling went on all night.");
}

#[test]
fn one_of_them_is_counted_only_with_its_own_verb() {
    // a part of a figure already counted
    assert_eq!(
        cats("Two soldiers were wounded, one of them seriously."),
        vec![c(2.0, Injured, "soldier")]
    );
    assert_eq!(
        cats("Four volunteers were injured; one of them later died in hospital."),
        vec![c(4.0, Injured, "volunteer"), c(1.0, Killed, "volunteer")]
    );
}

#[test]
fn two_casualty_verbs_before_a_number_are_casualties() {
    assert_eq!(
        cats("The ministry said its troops had killed or wounded up to 300 fighters."),
        vec![c(300.0, Casualties, "fighter")]
    );
    assert_eq!(
        cats("Shelling killed and injured more than 40 people in the Kursk region."),
        vec![c(40.0, Casualties, "person")]
    );
    // one verb each: two figures
    assert_eq!(
        cats("The strike killed 3 soldiers and wounded 12 others."),
        vec![c(3.0, Killed, "soldier"), c(12.0, Injured, "soldier")]
    );
}

#[test]
fn of_them_refers_to_a_plural_noun_of_an_earlier_clause() {
    assert_eq!(
        cats("The main job is shooting down drones: this year the crews have downed 60 of them."),
        vec![c(60.0, Equipment, "drone")]
    );
    assert_eq!(
        cats("Volunteers keep coming to the recruiting office. On Monday alone, 30 of them signed up."),
        vec![c(30.0, Personnel, "volunteer")]
    );
    assert_eq!(
        cats("The army moved new tanks to the border; by May it had lost five of them."),
        vec![c(5.0, Equipment, "tank")]
    );
    // no plural noun to refer to
    none("Officials said 40 of them were detained.");
    // "the injured" is a group already counted
    assert_eq!(
        cats("Doctors treated the injured at the scene, and 3 of them were flown to Kursk."),
        vec![]
    );
}

#[test]
fn a_plural_noun_form_before_an_object_is_a_verb() {
    assert_eq!(
        cats("His team of 14 volunteers patrols six villages near the border."),
        vec![c(14.0, Personnel, "volunteer"), c(6.0, Other, "village")]
    );
    assert_eq!(
        cats("A company of 40 fighters guards the bridge at Tetkino."),
        vec![c(40.0, Personnel, "fighter")]
    );
    // a compound noun stays one noun
    assert_eq!(
        cats("The region has formed 12 tank battalions."),
        vec![c(12.0, Units, "battalion")]
    );
}

#[test]
fn units_of_territory_are_other() {
    assert_eq!(
        cats("Seven hromadas came under fire on Sunday."),
        vec![c(7.0, Other, "hromada")]
    );
    assert_eq!(
        cats("Shelling hit 11 municipalities and 3 raions of the Sumy region."),
        vec![c(11.0, Other, "municipality"), c(3.0, Other, "raion")]
    );
    assert_eq!(
        cats("Two hamlets near the border were left without power."),
        vec![c(2.0, Other, "hamlet")]
    );
}

#[test]
fn an_unknown_plural_ends_before_an_irregular_past_verb() {
    assert_eq!(
        cats("Nine farmsteads came under mortar fire overnight."),
        vec![c(9.0, Other, "farmstead")]
    );
    assert_eq!(
        cats("About 40 beekeepers fled the district in June."),
        vec![c(40.0, Other, "beekeeper")]
    );
}

#[test]
fn appeals_in_a_later_clause_and_article_links_are_not_figures() {
    none("If you like our reporting from the border, become a member for $8 a month.");
    none("We rely on you: please support us with 200 rubles today.");
    none("*Read next:* [Kursk, six months on: 5 families who stayed](https://example.org/x)");
    none("Our newsroom is funded by readers. Join 12,500 supporters this week.");
    none("Like what you read? Chip in $3 a month.");
    none("Related: 3 killed as drones hit Shebekino");
    // a body clause after a comma is still a figure
    assert_eq!(
        cats("After the raid, volunteers collected $4,000 for the battalion."),
        vec![c(4000.0, Other, "dollar")]
    );
}

#[test]
fn list_items_take_their_label_or_the_list_noun() {
    let t = "Evacuees by district:\n\n1. Sumy district: about 9,000 people\n2. Shostka district: 4,200\n3. Okhtyrka district: more than 1,000";
    assert_eq!(
        cats(t),
        vec![
            c(9000.0, Other, "person"),
            c(4200.0, Other, "person"),
            c(1000.0, Other, "person")
        ]
    );
    let t = "Damage after the weekend:\n\n- private homes: 31\n- power lines: 6\n- trucks: 2";
    assert_eq!(
        cats(t),
        vec![
            c(31.0, Other, "home"),
            c(6.0, Other, "line"),
            c(2.0, Equipment, "truck")
        ]
    );
}

#[test]
fn numbered_list_lines_taken_for_headings_are_body() {
    assert!(list_item("2. Korenevo district: 19,500"));
    assert!(list_item("- cars: 23"));
    assert!(!list_item("# 2 drones shot down"));
    assert!(!list_item("2023. A year of raids"));
}

#[test]
fn a_part_of_a_set_counts_the_part_and_the_whole() {
    assert_eq!(
        cats("In one district, 40 of the 55 men of working age have joined the detachment."),
        vec![c(40.0, Personnel, "man"), c(55.0, Other, "man")]
    );
    assert_eq!(
        cats("Nine of the 14 detachments are fully equipped."),
        vec![c(9.0, Units, "detachment"), c(14.0, Units, "detachment")]
    );
    assert_eq!(
        cats("Only 3 of the region's 22 districts have public shelters."),
        vec![c(3.0, Other, "district"), c(22.0, Other, "district")]
    );
    assert_eq!(
        cats("Officials said 300 of the 1,200 residents have returned."),
        vec![c(300.0, Other, "resident"), c(1200.0, Other, "resident")]
    );
}

#[test]
fn a_population_is_people() {
    assert_eq!(
        cats("The town's population has dropped from 12,000 before the war to about 3,000."),
        vec![c(12000.0, Other, "person"), c(3000.0, Other, "person")]
    );
    assert_eq!(
        cats("Tetkino had a population of 4,500 in 2021."),
        vec![c(4500.0, Other, "person")]
    );
}

#[test]
fn older_and_younger_than_are_ages() {
    assert_eq!(
        cats("The unit has about 90 members, most of them older than 55."),
        vec![c(90.0, Personnel, "member")]
    );
    assert_eq!(
        cats("Twelve children younger than 10 were evacuated from Sudzha."),
        vec![c(12.0, Other, "child")]
    );
}

#[test]
fn one_place_after_a_preposition_is_not_a_count() {
    assert_eq!(
        cats("In one village near the border, 30 homes were damaged."),
        vec![c(30.0, Other, "home")]
    );
    none("The shelling was worst at one checkpoint on the road to Sudzha.");
    // a digit or a person is still a count
    assert_eq!(
        cats("Drones hit 1 school and 4 homes in Shebekino."),
        vec![c(1.0, Other, "school"), c(4.0, Other, "home")]
    );
}

#[test]
fn companions_with_n_other_people_are_not_a_count() {
    none("At dawn Ivan, 61, drives to the checkpoint with two other men.");
    none("She shares a basement with four other women from the street.");
    // a casualty in the sentence makes it a count
    let f = run("Two officers were killed along with three other soldiers.");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(f[1].value, Some(3.0));
    // "other" without "with" is still a count
    assert_eq!(
        cats("Kovalenko and 12 other volunteers joined the detachment."),
        vec![c(12.0, Personnel, "volunteer")]
    );
}

#[test]
fn a_bare_amount_in_a_paragraph_about_money_is_money() {
    assert_eq!(
        cats("Fighters are paid 50,000 rubles a month. Commanders receive 70,000."),
        vec![c(50000.0, Other, "ruble"), c(70000.0, Other, "ruble")]
    );
    assert_eq!(
        cats("The grant is 10,000 hryvnias per family. Large families get an extra 5,000."),
        vec![c(10000.0, Other, "hryvnia"), c(5000.0, Other, "hryvnia")]
    );
    assert_eq!(
        cats(
            "The budget sets aside 312 million rubles for the units. Last year it was 200 million."
        ),
        vec![c(312e6, Other, "ruble"), c(200e6, Other, "ruble")]
    );
    // a count after money keeps its own noun
    assert_eq!(
        cats("Volunteers raised 2 million hryvnias in May. In June they bought 30 drones."),
        vec![c(2e6, Other, "hryvnia"), c(30.0, Equipment, "drone")]
    );
}

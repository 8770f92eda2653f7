//! Phenomena of the sixth set of unseen articles (translated Russian pages, wire
//! copy), each pinned with new sentences: container nouns ("sets of", "pieces of");
//! kit modifiers before unknown nouns ("radio stations"); civilian tanks; a definite
//! part of things counted before ("three of the tanks"); people captured; a town's
//! population; firefighters' equipment and generators handed to communities; "N
//! more over <place>"; decimal commas in amounts.

use super::*;
use crate::model::Category::*;

#[test]
fn container_nouns_count_what_they_contain() {
    assert_eq!(
        cats("The unit received 300 sets of body armour and 500 sets of winter uniforms."),
        vec![
            c(300.0, Equipment, "set of armour"),
            c(500.0, Other, "set of uniform"),
        ]
    );
    assert_eq!(
        cats("Volunteers delivered 40 pairs of night-vision goggles."),
        vec![c(40.0, Equipment, "pair of goggle")]
    );
    assert_eq!(
        cats("The ministry sent 25 units of equipment to the border."),
        vec![c(25.0, Equipment, "equipment")]
    );
    // "units of" a formation stay units.
    assert_eq!(
        cats("Four units of the National Guard were deployed."),
        vec![c(4.0, Units, "unit")]
    );
}

#[test]
fn kit_modifiers_make_unknown_nouns_kit() {
    assert_eq!(
        cats("The detachment bought 60 radio stations and 12 satellite terminals."),
        vec![
            c(60.0, Equipment, "station"),
            c(12.0, Equipment, "terminal")
        ]
    );
}

#[test]
fn storage_tanks_are_not_armour_and_parts_of_them_follow() {
    assert_eq!(
        cats("A drone hit an oil depot, setting two fuel tanks ablaze."),
        vec![c(2.0, Other, "fuel tank")]
    );
    assert_eq!(
        cats("Fire spread to five storage tanks at the depot. Officials said two of the tanks collapsed."),
        vec![c(5.0, Other, "storage tank"), c(2.0, Other, "storage tank")]
    );
    // Real tanks stay kit, and a part of them stays kit too.
    assert_eq!(
        cats("The brigade lost 14 tanks. Three of the tanks were later recovered."),
        vec![c(14.0, Equipment, "tank"), c(3.0, Equipment, "tank")]
    );
}

#[test]
fn people_captured_are_not_a_force() {
    assert_eq!(
        cats("The raiders said they had killed 40 soldiers and captured 12."),
        vec![c(40.0, Killed, "soldier"), c(12.0, Other, "soldier")]
    );
    let f = run("Kyiv said its troops had captured \"about a hundred\" Russian conscripts.");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].category, Other);
    // Capturing a place is not capturing people.
    assert_eq!(
        cats("The battalion of 400 fighters captured two villages."),
        vec![c(400.0, Personnel, "fighter"), c(2.0, Other, "village")]
    );
}

#[test]
fn a_towns_population_is_not_personnel() {
    assert_eq!(
        cats(
            "Graivoron, a town of some 6,000 people near the border, hosts a volunteer battalion."
        ),
        vec![c(6000.0, Other, "person")]
    );
    // "a battalion of 500 people" is a force.
    assert_eq!(
        cats("They formed a battalion of 500 people."),
        vec![c(500.0, Personnel, "person")]
    );
}

#[test]
fn rescue_equipment_and_generators_for_communities_are_other() {
    assert_eq!(
        cats("About 90 rescuers and 25 pieces of equipment fought the blaze."),
        vec![
            c(90.0, Other, "rescuer"),
            c(25.0, Other, "piece of equipment")
        ]
    );
    assert_eq!(
        cats("The administration gave 14 generators to frontline communities."),
        vec![c(14.0, Other, "generator")]
    );
    // For a force, generators and equipment are kit.
    assert_eq!(
        cats("The battalion received 6 generators and 40 pieces of equipment."),
        vec![
            c(6.0, Equipment, "generator"),
            c(40.0, Equipment, "piece of equipment")
        ]
    );
}

#[test]
fn more_over_another_place_is_more_of_the_same() {
    let f = run("Air defences downed 9 drones over the Kursk region and three more over the Belgorod region.");
    let got: Vec<_> = f
        .iter()
        .map(|f| (f.value, f.category, f.region.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (Some(9.0), Equipment, Some("Kursk".to_string())),
            (Some(3.0), Equipment, Some("Belgorod".to_string())),
        ]
    );
}

#[test]
fn decimal_commas_in_translated_amounts() {
    assert_eq!(
        cats("The region will spend 2,4 billion rubles on the defence line."),
        vec![c(2.4e9, Other, "ruble")]
    );
    assert_eq!(
        cats("Some 1,250 volunteers have signed up."),
        vec![c(1250.0, Personnel, "volunteer")]
    );
}

#[test]
fn phone_numbers_after_call_or_dial_are_not_counts() {
    none("Residents should stay away from the debris and call 112.");
    none("In an emergency, dial 102 or 112 for help.");
    // A count after "call" with a noun is still a count.
    assert_eq!(
        cats("The ministry will call up 300 reservists."),
        vec![c(300.0, Personnel, "reservist")]
    );
}

#[test]
fn an_acknowledged_count_takes_the_noun_before() {
    assert_eq!(
        cats("Relatives say 15 volunteers have been killed, but officials have confirmed four."),
        vec![c(15.0, Killed, "volunteer"), c(4.0, Killed, "volunteer")]
    );
    assert_eq!(
        cats("At least 9 fighters have died; the ministry acknowledged three."),
        vec![c(9.0, Killed, "fighter"), c(3.0, Killed, "fighter")]
    );
}

#[test]
fn a_clause_that_drops_its_people_noun() {
    assert_eq!(
        cats("The company has 90 fighters on its roll, and 30 to 40 turn up for duty."),
        vec![c(90.0, Personnel, "fighter"), c(30.0, Personnel, "fighter")]
    );
}

#[test]
fn a_large_elided_count_after_formations_is_people() {
    assert_eq!(
        cats("The militia has 3 100 members in 14 detachments, with two thousand more on the waiting list."),
        vec![
            c(3100.0, Personnel, "member"),
            c(14.0, Units, "detachment"),
            c(2000.0, Personnel, "member"),
        ]
    );
    // A small one is more formations.
    assert_eq!(
        cats("The militia has 900 members in 6 detachments, with two more on the way."),
        vec![
            c(900.0, Personnel, "member"),
            c(6.0, Units, "detachment"),
            c(2.0, Units, "detachment"),
        ]
    );
}

#[test]
fn generators_in_the_sentence_after_aid_to_communities() {
    assert_eq!(
        cats("The region handed 20 generators to frontline communities. Another 8 generators will arrive in May."),
        vec![c(20.0, Other, "generator"), c(8.0, Other, "generator")]
    );
}

#[test]
fn over_as_a_verb_particle_is_not_more_than() {
    let f = one("The administration handed over 16 generators to the hospital.");
    assert_eq!(
        (f.text.as_str(), f.qualifier, f.low),
        ("16 generators", Qualifier::Exact, None)
    );
    let f = one("The unit turned over 30 rifles to the police.");
    assert_eq!(
        (f.text.as_str(), f.qualifier),
        ("30 rifles", Qualifier::Exact)
    );
    // "over" after other verbs is still "more than".
    let f = one("The battalion has over 400 fighters.");
    assert_eq!(
        (f.text.as_str(), f.qualifier),
        ("over 400 fighters", Qualifier::MoreThan)
    );
    let f = one("Drones hit over 20 houses.");
    assert_eq!(f.qualifier, Qualifier::MoreThan);
}

#[test]
fn a_corrections_superseded_figure_is_not_a_figure() {
    none("Correction: An earlier version of this story said 8 drones were destroyed.");
    none("An earlier version of this article gave the number of wounded as five.");
    none("Correction, May 3: A previous version of this report misstated the number of battalions as 12.");
    // The article's own figures around it stay.
    assert_eq!(
        cats("Air defences destroyed 6 drones over the region."),
        vec![c(6.0, Equipment, "drone")]
    );
    // "earlier" in a report of the news is not a correction.
    assert_eq!(
        cats("An earlier attack killed 3 fighters."),
        vec![c(3.0, Killed, "fighter")]
    );
}

#[test]
fn corrections_that_restate_the_wrong_figure() {
    none("Correction: This article previously said 30 drones were shot down.");
    none("An earlier version misstated the number of companies as 12.");
    none("The story incorrectly gave the death toll as 8.");
    none("(Corrects number of wounded to four from five.)");
    // A report that repeats an earlier report is news.
    assert_eq!(
        cats("As previously reported, 30 drones were shot down over the region."),
        vec![c(30.0, Equipment, "drone")]
    );
    assert_eq!(
        cats("The governor said 40 fighters had joined."),
        vec![c(40.0, Personnel, "fighter")]
    );
}

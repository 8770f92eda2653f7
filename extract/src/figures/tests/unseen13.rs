//! Phenomena of the thirteenth set of unseen articles, each pinned with new
//! sentences: people who left a force are no longer its personnel.

use super::*;
use crate::model::Category::*;

#[test]
fn people_who_quit_deserted_or_were_dismissed_are_other() {
    for (text, v) in [
        (
            "In the Rylsk company, at least 45 people had quit by July.",
            45.0,
        ),
        (
            "Some 30 volunteers deserted in the first month of shelling.",
            30.0,
        ),
        ("About 60 members of the battalion have already left.", 60.0),
        (
            "The Shebekino detachment dismissed 18 fighters for drinking on duty.",
            18.0,
        ),
        (
            "Officials say 25 members were dismissed for missing their shifts.",
            25.0,
        ),
        (
            "Twelve men of the territorial defence company resigned in protest.",
            12.0,
        ),
        (
            "Kursk expelled 9 volunteers from its BARS detachment in May.",
            9.0,
        ),
    ] {
        let f = cats(text);
        assert_eq!(f.len(), 1, "{text}: {f:#?}");
        assert_eq!((f[0].0, f[0].1), (Some(v), Other), "{text}");
    }
    // "the number of those who left ... at N" counts those who left
    let f = cats("Sources put the number of fighters who deserted at about 300.");
    assert_eq!(f.iter().map(|f| f.1).collect::<Vec<_>>(), vec![Other]);
}

#[test]
fn leaving_for_the_front_or_being_left_is_no_departure() {
    // traps: a deployment, a passive "left", joining
    assert_eq!(
        cats("About 200 volunteers of the battalion left for the front on Monday.")[0].1,
        Personnel
    );
    assert_eq!(
        cats("Some 400 fighters left behind their families to join the battalion.")[0].1,
        Personnel
    );
    assert_eq!(
        cats("Some 300 residents signed up for the battalion after 20 members quit.")
            .iter()
            .map(|f| f.1)
            .collect::<Vec<_>>(),
        vec![Personnel, Other]
    );
    assert_eq!(
        cats("The battalion now has 1,200 members, officials said.")[0].1,
        Personnel
    );
}

#[test]
fn a_bare_count_before_a_participle_of_displacement_is_people_moved() {
    for (text, v) in [
        ("Displaced: ~40,000 evacuated", 40000.0),
        ("Rescuers said 35 rescued from the rubble overnight.", 35.0),
        ("By Friday some 2,300 relocated to Kursk.", 2300.0),
    ] {
        let f = cats(text);
        assert_eq!(f.len(), 1, "{text}: {f:#?}");
        assert_eq!((f[0].0, f[0].1), (Some(v), Other), "{text}");
    }
    // trap: a participle used as an adjective before its noun
    assert_eq!(
        cats("The town housed 300 evacuated residents.")[0].0,
        Some(300.0)
    );
}

#[test]
fn an_elided_count_that_has_left_counts_people_gone() {
    let f =
        cats("About 9,000 people live in the district; the governor says 700 have already left.");
    assert_eq!(
        f.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(),
        vec![(Some(9000.0), Other), (Some(700.0), Other)]
    );
    // trap: those who stayed are counted too, not as a force
    let f = cats("Of the 300 residents of Tyotkino, 40 have stayed.");
    assert!(f.iter().all(|f| f.1 == Other), "{f:#?}");
}

#[test]
fn leaving_the_unit_is_departure_but_leaving_a_job_is_not() {
    assert_eq!(
        cats("Some 35 volunteers left the battalion after the first shelling.")[0].1,
        Other
    );
    assert_eq!(
        cats("About 80 men left their jobs at the plant to join the company.")[0].1,
        Personnel
    );
}

#[test]
fn leaving_a_force_named_after_modifiers_is_departure() {
    assert_eq!(
        cats("We estimate that about 600 people left the three districts' companies last year.")[0]
            .1,
        Other
    );
}

#[test]
fn ammunition_depots_and_warehouses_are_sites_not_kit() {
    assert_eq!(
        cats("Strikes destroyed 3 ammunition depots near Sudzha.")[0].1,
        Other
    );
    assert_eq!(
        cats("Drones hit two fuel warehouses in the Bryansk region.")[0].1,
        Other
    );
    // trap: ammunition itself is kit
    assert_eq!(
        cats("Volunteers delivered 40 boxes of ammunition and 12 rifles.")
            .iter()
            .any(|f| f.1 == Equipment),
        true
    );
}

#[test]
fn members_reported_leaving_are_no_force() {
    let f = cats("Local media reported dozens of members leaving the Kursk detachments.");
    assert_eq!(f.iter().map(|f| f.1).collect::<Vec<_>>(), vec![Other]);
    // trap: leaving for the front is a deployment
    let f = cats("Officials showed 150 volunteers leaving for the front.");
    assert_eq!(f.iter().map(|f| f.1).collect::<Vec<_>>(), vec![Personnel]);
}

#[path = "unseen14.rs"]
mod unseen14;

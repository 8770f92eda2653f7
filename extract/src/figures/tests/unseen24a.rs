//! Phenomena of round 24a (ordinary 2022-23 news of the Belgorod and Bryansk border),
//! each pinned with new sentences: a nationality before a scare-quoted plural ('70
//! "Ukrainian nationalists" were killed'); the toll as "the number of people killed /
//! of injured ... has risen to N"; "N children were among the dead"; a telephone
//! number after "the hotline on"; a date only in a Guardian-style URL
//! ("/2023/may/23/").

use crate::model::Category::{self, *};

/// (text, value, category) of every figure the whole pipeline keeps.
fn all(text: &str) -> Vec<(String, Option<f64>, Category)> {
    crate::extract_article("t", text)
        .figures
        .into_iter()
        .map(|f| (f.text, f.value, f.category))
        .collect()
}

fn has(f: &[(String, Option<f64>, Category)], v: f64, c: Category) -> bool {
    f.iter().any(|x| x.1 == Some(v) && x.2 == c)
}

fn text_of(f: &[(String, Option<f64>, Category)], v: f64) -> String {
    f.iter()
        .find(|x| x.1 == Some(v))
        .map_or(String::new(), |x| x.0.clone())
}

#[test]
fn a_nationality_before_a_scare_quoted_plural() {
    let t = "The ministry claimed that more than 70 \"Ukrainian nationalists\" had been killed near Kozinka in the Belgorod region.\n";
    let f = all(t);
    assert!(has(&f, 70.0, Killed), "{f:?}");
    assert!(text_of(&f, 70.0).ends_with("nationalists\""), "{f:?}");
    let t = "In the Kursk region, up to 40 \u{201c}Polish mercenaries\u{201d} were killed overnight, the ministry said.\n";
    assert!(has(&all(t), 40.0, Killed), "{:?}", all(t));
    let t = "The FSB said 12 \"Ukrainian saboteurs\" were detained in the Bryansk region.\n";
    let f = all(t);
    assert!(!has(&f, 12.0, Killed) && !has(&f, 12.0, Injured), "{f:?}");
    assert!(f.iter().any(|x| x.1 == Some(12.0)), "{f:?}");
}

#[test]
fn a_quoted_name_is_no_label() {
    // a proper name in quotes ("Storm Z", "Azov") ends in no lower-case plural
    let t = "In the Belgorod region, 3 \"Storm Z\" soldiers were wounded on Monday.\n";
    let f = all(t);
    assert!(!f.iter().any(|x| x.0.ends_with("Z\"")), "{f:?}");
    let t = "The governor said 5 \"Azov Battalion\" members had been seen near Shebekino in the Belgorod region.\n";
    let f = all(t);
    assert!(!f.iter().any(|x| x.0.ends_with("Battalion\"")), "{f:?}");
}

#[test]
fn the_number_of_people_killed_has_risen_to() {
    let t = "The number of people killed in the shelling of Belgorod has risen to 24, officials said.\n";
    assert!(has(&all(t), 24.0, Killed), "{:?}", all(t));
    let t = "In the Kursk region, the number of injured had risen to 12 by the morning.\n";
    assert!(has(&all(t), 12.0, Injured), "{:?}", all(t));
    let t = "The number of those wounded in the Bryansk region reached 30 on Monday.\n";
    assert!(has(&all(t), 30.0, Injured), "{:?}", all(t));
    let t = "In Shebekino, the number of civilians who have been hurt has climbed to 9.\n";
    assert!(has(&all(t), 9.0, Injured), "{:?}", all(t));
}

#[test]
fn the_number_of_other_things_is_no_toll() {
    let t = "The number of evacuees from Shebekino in the Belgorod region has risen to 2,500.\n";
    let f = all(t);
    assert!(
        has(&f, 2500.0, Other) || !f.iter().any(|x| x.1 == Some(2500.0) && x.2 != Other),
        "{f:?}"
    );
    assert!(
        !has(&f, 2500.0, Killed) && !has(&f, 2500.0, Injured),
        "{f:?}"
    );
    let t = "In the Belgorod region, the number of homes damaged by the strike, which killed three, has risen to 40.\n";
    let f = all(t);
    assert!(!has(&f, 40.0, Killed) && !has(&f, 40.0, Injured), "{f:?}");
    let t = "The number of shelters in the Kursk region has risen to 130.\n";
    let f = all(t);
    assert!(!has(&f, 130.0, Killed), "{f:?}");
}

#[test]
fn counts_that_were_among_the_dead_or_wounded() {
    let t = "Four children were among the dead in Belgorod, the governor said.\n";
    assert!(has(&all(t), 4.0, Killed), "{:?}", all(t));
    let t = "In the Kursk region, three women are among the wounded.\n";
    assert!(has(&all(t), 3.0, Injured), "{:?}", all(t));
    let t = "Two firefighters were among those injured in Shebekino in the Belgorod region.\n";
    assert!(has(&all(t), 2.0, Injured), "{:?}", all(t));
}

#[test]
fn among_the_first_or_the_evacuees_is_no_loss() {
    let t =
        "Two firefighters were among the first to arrive in Shebekino in the Belgorod region.\n";
    let f = all(t);
    assert!(!has(&f, 2.0, Killed) && !has(&f, 2.0, Injured), "{f:?}");
    let t = "Ten volunteers were among the evacuees from Graivoron in the Belgorod region.\n";
    let f = all(t);
    assert!(!has(&f, 10.0, Killed) && !has(&f, 10.0, Injured), "{f:?}");
}

#[test]
fn a_number_after_the_hotline_on_is_a_telephone_number() {
    let t = "Residents of Shebekino in the Belgorod region can call the regional hotline on 122.\n";
    assert!(!all(t).iter().any(|x| x.1 == Some(122.0)), "{:?}", all(t));
    let t =
        "In the Kursk region, families can reach the helpline at 112 or write to the governor.\n";
    assert!(!all(t).iter().any(|x| x.1 == Some(112.0)), "{:?}", all(t));
    let t = "The Bryansk region's emergency phone line is 112.\n";
    assert!(!all(t).iter().any(|x| x.1 == Some(112.0)), "{:?}", all(t));
}

#[test]
fn counts_near_a_hotline_stay() {
    let t = "The hotline received 122 calls on Monday in the Belgorod region.\n";
    assert!(all(t).iter().any(|x| x.1 == Some(122.0)), "{:?}", all(t));
    let t = "Volunteers on the hotline in Belgorod said 15 people were hurt.\n";
    assert!(has(&all(t), 15.0, Injured), "{:?}", all(t));
    let t = "The hotline on Monday took calls from 300 families in the Kursk region.\n";
    assert!(all(t).iter().any(|x| x.1 == Some(300.0)), "{:?}", all(t));
}

#[test]
fn a_date_only_in_a_guardian_style_url() {
    let t = "https://www.theguardian.com/world/2023/may/23/belgorod-raid-kozinka\n\nThe Guardian\n\nRussia says raid on Belgorod repelled\n\nEight civilians were wounded in the Belgorod region, the governor said.\n";
    let a = crate::extract_article("t", t);
    assert_eq!(a.date.as_deref(), Some("2023-05-23"));
    let t = "https://www.theguardian.com/world/2023/may-day/belgorod\n\nThe Guardian\n\nA headline\n\nEight civilians were wounded in the Belgorod region.\n";
    let a = crate::extract_article("t", t);
    assert_ne!(a.date.as_deref(), Some("2023-05-23"));
}

#[test]
fn a_casualty_verb_governs_every_item_of_its_list() {
    let t = "The ministry said its forces destroyed two Vampire launchers and \"up to 20 servicemen\" in the Kharkiv region.\n";
    assert!(has(&all(t), 20.0, Casualties), "{:?}", all(t));
    let t = "In the Belgorod region, the drone strike killed three soldiers, two medics and a driver.\n";
    assert!(has(&all(t), 2.0, Killed), "{:?}", all(t));
    let t = "Russian forces eliminated five armoured vehicles and about 60 militants near Sudzha in the Kursk region.\n";
    assert!(has(&all(t), 60.0, Casualties), "{:?}", all(t));
}

#[test]
fn a_later_clause_or_verb_is_no_list_item() {
    let t = "The shelling killed two people in Shebekino and 20 soldiers were evacuated from the Belgorod region.\n";
    let f = all(t);
    assert!(
        !has(&f, 20.0, Killed) && !has(&f, 20.0, Casualties),
        "{f:?}"
    );
    let t = "In the Kursk region, the strike killed two people and injured 20 soldiers.\n";
    assert!(has(&all(t), 20.0, Injured), "{:?}", all(t));
    let t = "Two people were killed in Belgorod, and 300 residents left their homes.\n";
    let f = all(t);
    assert!(
        !has(&f, 300.0, Killed) && !has(&f, 300.0, Casualties),
        "{f:?}"
    );
    let t = "The strike destroyed two houses in Shebekino, and 40 volunteers cleared the rubble in the Belgorod region.\n";
    let f = all(t);
    assert!(!has(&f, 40.0, Casualties), "{f:?}");
}

#[test]
fn an_elided_list_item_keeps_its_antecedents_noun() {
    let f = crate::extract_article(
        "t",
        "In the Kursk region, the drones killed 5 soldiers in Sudzha and 2 in Korenevo.\n",
    )
    .figures;
    let two = f.iter().find(|x| x.value == Some(2.0)).expect("2");
    assert_eq!(
        (two.category, two.unit.as_str()),
        (Killed, "soldier"),
        "{f:?}"
    );
}

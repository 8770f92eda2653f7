//! Phenomena of round 24b (a wiki-style list of attacks, a wiki page's footer date),
//! each pinned with new sentences of other wording: a table with one row per event,
//! its date first, columns of words, casualty columns of bare counts and a notes
//! column; a "Total" row in the numbering column; the region a row's cells name.

use super::super::*;

use super::figs;

fn row(
    f: &[(String, Option<f64>, Category, Option<String>)],
    text: &str,
    cat: Category,
) -> Vec<(f64, Option<String>)> {
    f.iter()
        .filter(|x| x.0 == text && x.2 == cat)
        .map(|x| (x.1.unwrap(), x.3.clone()))
        .collect()
}

const EVENTS: &str = "Shelling of border villages (2023)\n\n\
This list gives the attacks on villages of the border regions reported in May 2023.\n\n\
No. | Date | Village | Region | Weapon | Killed | Wounded | Notes\n\
1 | 3 May | Sudzha | Kursk | Artillery | 2 | 7 | 14 houses damaged[3]\n\
2 | 9 May | Klintsy | Bryansk | Drone | 0 | 4 | [4]\n\
3 | 17 May | Graivoron | Belgorod | Mortar | 1 | 3 | [5]\n\
Total | | | | | 3 | 14 |\n\n\
Governors said the figures may be revised.\n";

#[test]
fn a_list_of_events_reads_its_casualty_columns() {
    let f = figs(EVENTS);
    // each row's counts take the region its cells name
    assert_eq!(
        row(&f, "7", Injured),
        [(7.0, Some("Kursk".to_string()))],
        "{f:#?}"
    );
    assert_eq!(row(&f, "4", Injured), [(4.0, Some("Bryansk".to_string()))]);
    assert_eq!(row(&f, "1", Killed), [(1.0, Some("Belgorod".to_string()))]);
    assert_eq!(row(&f, "2", Killed), [(2.0, Some("Kursk".to_string()))]);
    // the notes column reads as a sentence of its row
    assert!(f
        .iter()
        .any(|x| x.0 == "14 houses" && x.3.as_deref() == Some("Kursk")));
    // the Total row spans three regions: none
    assert_eq!(row(&f, "14", Injured), [(14.0, None)]);
    assert_eq!(row(&f, "3", Killed), [(3.0, None)]);
    // dates, row numbers and reference marks are no figures
    assert!(!f
        .iter()
        .any(|x| x.1 == Some(17.0) || x.1 == Some(9.0) || x.1 == Some(5.0)));
}

#[test]
fn a_list_of_events_in_one_region_keeps_it_for_the_total() {
    let t = "Drone attacks on Belgorod city\n\n\
Date | District | Weapon | Dead | Injured\n\
4 March | Kharkovskaya Gora | Drone | 1 | 2\n\
11 March | Oktyabrsky | Drone | 0 | 5\n\
19 March | Center | Missile | 2 | 9\n\
Total | | | 3 | 16\n\n\
The city administration published the list.\n";
    let f = figs(t);
    assert_eq!(
        row(&f, "9", Injured),
        [(9.0, Some("Belgorod".to_string()))],
        "{f:#?}"
    );
    assert_eq!(
        row(&f, "16", Injured),
        [(16.0, Some("Belgorod".to_string()))]
    );
    assert_eq!(row(&f, "2", Killed), [(2.0, Some("Belgorod".to_string()))]);
    assert!(!f.iter().any(|x| x.1 == Some(4.0) || x.1 == Some(11.0)));
}

#[test]
fn lines_with_pipes_and_no_casualty_column_stay_text() {
    // a schedule of dates with no count column, and a menu with pipes
    let t = "Border region news\n\n\
Date | Event | Place | Speaker\n\
4 March | briefing | Kursk | governor\n\
11 March | session | Belgorod | duma\n\
19 March | visit | Bryansk | minister\n\n\
Home | News | Sport | Weather\n";
    assert!(figs(t).is_empty(), "{:#?}", figs(t));
    // a table whose count column holds words is no list of events
    let t = "Regions\n\n\
Date | Region | Weapon | Killed | Notes\n\
2 May | Kursk | drone | two | unclear\n\
3 May | Belgorod | shell | none | unclear\n\
4 May | Bryansk | drone | one | unclear\n";
    assert!(!figs(t)
        .iter()
        .any(|x| x.0 == "2" || x.0 == "3" || x.0 == "4"));
}

#[test]
fn boys_and_girls_are_people_who_can_be_killed_or_injured() {
    let f = figs("They lost 3 boys killed last month near Korenevo.");
    assert_eq!(
        row(&f, "3 boys killed", Killed),
        [(3.0, Some("Kursk".to_string()))],
        "{f:#?}"
    );
    let f = figs("Two girls were injured when a drone hit a car in Shebekino.");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!((f[0].1, f[0].2), (Some(2.0), Injured));
    // a family's children are no casualties; boys joining a detachment are its members
    let f = figs("The family from Sudzha has three boys and two girls.");
    assert!(f.iter().all(|x| x.2 == Other), "{f:#?}");
    let f = figs("Three boys from the village joined the detachment in May.");
    assert_eq!(f[0].2, Personnel, "{f:#?}");
}

#[test]
fn another_after_a_single_thing_counts_that_thing() {
    let f = figs("Air defences shot down a drone over the Kursk region and another 4 over the Belgorod region.");
    assert!(f.iter().any(|x| x.0 == "another 4" || x.0 == "4"), "{f:#?}");
    assert!(
        f.iter().any(|x| x.1 == Some(4.0) && x.2 == Equipment),
        "{f:#?}"
    );
    let f = figs("A shell hit a house in Shebekino, and another three in Graivoron were damaged.");
    assert!(f.iter().any(|x| x.1 == Some(3.0) && x.2 == Other), "{f:#?}");
    // trap: a week is no count
    let f = figs("It took a week, and another 3 were needed in Kursk.");
    assert!(!f.iter().any(|x| x.1 == Some(3.0)), "{f:#?}");
}

#[test]
fn a_short_sentence_with_its_own_cue_is_no_answer_fragment() {
    // "company" is a formation word, but a firm that employs people has a workforce
    for t in [
        "The company employs 230 people.",
        "The company hires 90 people.",
        "The company, he said, employs 230 people.",
    ] {
        let f = figs(t);
        assert_eq!(f.len(), 1, "{t}: {f:#?}");
        assert_eq!(f[0].2, Other, "{t}");
    }
    // answers that drop the verb still take the question's force
    let f = figs("How many people are in your company? About 140 people.");
    assert_eq!(f[0].2, Personnel, "{f:#?}");
    let f = figs("How big is the battalion now? Today we are 420 people.");
    assert_eq!(f[0].2, Personnel, "{f:#?}");
}

#[test]
fn soldiers_who_surrendered_are_prisoners_not_a_force() {
    for t in [
        "Over the past week, 14 servicemen of the Ukrainian army laid down their arms and surrendered near Sudzha.",
        "Another 12 Ukrainian soldiers surrendered near Tetkino, the ministry said.",
        "Some 30 fighters surrendered to the border guards after two days.",
    ] {
        let f = figs(t);
        assert_eq!(f.len(), 1, "{t}: {f:#?}");
        assert_eq!(f[0].2, Other, "{t}");
    }
    // traps: not surrendered, none surrendered, a clause of its own
    for t in [
        "The 40 soldiers of the garrison had not surrendered by Monday.",
        "About 300 soldiers defended the village near Sudzha, and none surrendered.",
        "About 300 soldiers defended the village near Sudzha; the enemy surrendered.",
    ] {
        let f = figs(t);
        assert_eq!(f[0].2, Personnel, "{t}: {f:#?}");
    }
}

#[test]
fn a_quoted_name_after_a_modifier_still_reaches_the_noun() {
    let f = figs("The plan includes 3,500 concrete \"dragon's teeth\" pyramids in Graivoron.");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!((f[0].1, f[0].2), (Some(3500.0), Other));
    let f = figs("The unit received 12 Russian-made \u{201c}Lancet\u{201d} drones in Kursk.");
    assert_eq!((f[0].1, f[0].2), (Some(12.0), Equipment), "{f:#?}");
    let f = figs("Engineers laid 80 new \"Zaseka\" mines near Shebekino.");
    assert_eq!((f[0].1, f[0].2), (Some(80.0), Equipment), "{f:#?}");
    // trap: a quotation that closes after the number's modifier names no noun
    assert!(figs("\"We got 40 new\" drones, he said in Kursk.").is_empty());
}

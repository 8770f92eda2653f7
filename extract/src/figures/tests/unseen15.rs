//! Phenomena of the fifteenth pair of unseen sets, each pinned with new sentences:
//! a casualty noun heading a subject with a phrase after it ("the death toll from the
//! attack on X has risen to 25 people"), and people still being treated ("in intensive
//! care", "in hospital", "with injuries") are the injured.

use super::super::*;

#[test]
fn a_casualty_subject_with_a_phrase_after_it_counts_its_casualties() {
    for (text, cat) in [
        (
            "The death toll from Saturday's strike on the centre of Belgorod has risen to 25 people.",
            Killed,
        ),
        (
            "The death toll in the village of Glotovo climbed to 12 people on Monday.",
            Killed,
        ),
        (
            "The injury toll from the shelling of Shebekino rose to 40 people overnight.",
            Injured,
        ),
        (
            "The ministry put the attackers' losses in the Kursk and Belgorod regions at more than 1,500 men.",
            Casualties,
        ),
        (
            "Casualties among civilians in the Sumy border strip have reached 31 people this year.",
            Casualties,
        ),
        (
            "Deaths from the drone attacks on the Bryansk border districts stand at nine people.",
            Killed,
        ),
    ] {
        let f = one(text);
        assert_eq!(f.category, cat, "{text}: {f:#?}");
    }
}

#[test]
fn a_casualty_subject_shares_its_kind_with_those_included() {
    let f = cats("The death toll from the attack on Belgorod has risen to 25 people, including five children.");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(f[0].1, Killed);
    assert_eq!(f[1].1, Killed);
}

#[test]
fn a_casualty_noun_not_linked_to_the_count_leaves_it() {
    // trap: the phrase leads to the count through a verb of its own ("led to")
    assert_eq!(
        one("The deaths in Shebekino led to 200 people leaving the town.").category,
        Other
    );
    // trap: a clause of its own between the losses and the count
    assert_eq!(
        one("The losses were heavy, and 300 people were evacuated from the village.").category,
        Other
    );
    // trap: the toll is of something else's clause: evacuees counted after "while"
    assert_eq!(
        one("The death toll in Belgorod is unknown while 40 residents moved to Voronezh.").category,
        Other
    );
}

#[test]
fn people_still_being_treated_are_injured() {
    for text in [
        "Doctors in Belgorod were still fighting to save 11 patients in intensive care on Tuesday.",
        "Eight people remain in hospital in Shebekino after the strike.",
        "Since August 6, 214 patients with injuries have been admitted to the Kursk regional hospital.",
        "At present 23 patients are in intensive care at the hospital in Kursk.",
        "Four residents were in hospital on Sunday, the Belgorod health ministry said.",
        "Twelve people with shrapnel wounds were brought to the hospital in Sudzha.",
    ] {
        let f = one(text);
        assert_eq!(f.category, Injured, "{text}: {f:#?}");
    }
}

#[test]
fn hospital_staff_and_places_of_treatment_are_not_injured() {
    // trap: staff in a hospital are not its patients
    assert_ne!(
        one("The hospital in Belgorod has 40 doctors in intensive care units.").category,
        Injured
    );
    // trap: a hospital's number is no count
    none("The wounded were taken to hospital No. 2 in Kursk.");
    // trap: people "in" a place that is no treatment
    assert_ne!(
        one("About 300 residents are in temporary shelters in Kursk.").category,
        Injured
    );
    // trap: a condition alone does not say the person was hurt
    let f = cats("Of the 90 prisoners exchanged, 12 people are in serious condition.");
    assert!(f.iter().all(|x| x.1 != Injured), "{f:#?}");
    // trap: people "with" something that is no wound
    assert_ne!(
        one("Forty families with children left Shebekino on Monday.").category,
        Injured
    );
}

#[test]
fn a_farmworker_is_a_person_who_can_be_killed() {
    let f =
        one("Last week two farmworkers were killed when their tractor hit a mine near Balakliia.");
    assert_eq!(
        (f.value, f.category, f.unit.as_str()),
        (Some(2.0), Killed, "farmworker")
    );
}

#[test]
fn a_workforce_is_not_a_force() {
    for text in [
        "Hrytsenko employed 70 people before the invasion, and several of them now serve in the territorial defence unit.",
        "The meat plant in Valuyki hired 120 men this spring, though the militia recruits in the same district.",
        "The farm still employs about 40 people near the border with the battalion's positions.",
    ] {
        let f = cats(text);
        assert_eq!(f[0].1, Other, "{text}: {f:#?}");
    }
    // trap: people joining a force after a word of work elsewhere in the story
    assert_eq!(
        one("About 300 men joined the Belgorod territorial defence battalions in May.").category,
        Personnel
    );
}

#[test]
fn people_who_stay_in_a_place_are_its_population_unless_a_force_is_named() {
    assert_eq!(
        one("Around 800 residents of Tetkino, out of roughly 4,000 before the war, remain in the village.").category,
        Other
    );
    assert_eq!(
        one("Only 60 people stayed in the town after the shelling began.").category,
        Other
    );
    // trap: men who stay to guard it with a force are that force's
    assert_eq!(
        one("Some 120 men remained in the village to guard it with the militia.").category,
        Personnel
    );
}

#[test]
fn volunteers_of_kitchens_and_aid_work_are_not_a_force() {
    for text in [
        "The kitchen's 40 volunteers work in two shifts in Kursk.",
        "In 2023 our 230 volunteers ran aid to the front-line communities of the Kharkiv region.",
        "About 60 volunteers cooked meals for evacuees from Shebekino.",
        "The humanitarian headquarters says 500 volunteers sorted parcels in Belgorod.",
    ] {
        let f = cats(text);
        assert_eq!(f[0].1, Other, "{text}: {f:#?}");
    }
    // trap: a first aid course for a force's volunteers
    assert_eq!(
        one("Some 1,400 volunteers of the territorial defence have completed a first aid course.")
            .category,
        Personnel
    );
    // trap: volunteers joining a battalion
    assert_eq!(
        one("About 400 volunteers joined the Kursk territorial defence battalions.").category,
        Personnel
    );
}

fn table(text: &str) -> Vec<(String, Option<f64>, Category)> {
    run(text)
        .into_iter()
        .map(|f| (f.text, f.value, f.category))
        .collect()
}

#[test]
fn cells_set_apart_by_inner_pipes_make_a_table() {
    let t = "RESULTS (Kursk region, preliminary)\n\n\
             Candidate | Votes | Share\n\
             First candidate (party A) | 512,300 | 81.20%\n\
             Second candidate (party B) | 60,115 | 9.53%\n\
             Invalid ballots | 4,210 | 0.67%\n";
    let f = table(t);
    let values: Vec<f64> = f.iter().filter_map(|x| x.1).collect();
    assert_eq!(
        values,
        vec![512300.0, 81.2, 60115.0, 9.53, 4210.0, 0.67],
        "{f:#?}"
    );
    assert!(f.iter().all(|x| x.2 == Other), "{f:#?}");
}

#[test]
fn inner_pipe_traps_are_no_table() {
    // trap: a headline with its site's name
    none("Belgorod braces for another night | Border Daily");
    // trap: two lines only
    assert!(table("Region | Members\nKursk | 4,300\n")
        .iter()
        .all(|x| x.2 != Personnel));
    // trap: a menu line of words between pipes
    none("News | Politics | World\nSport | Culture | Opinion\nAbout | Contact | Jobs\n");
}

#[test]
fn a_people_column_beside_a_formations_column_counts_a_force() {
    let t = "| Region | Formations | Members |\n\
             |---|---|---|\n\
             | Kursk | 27 detachments | 4,300 |\n\
             | Bryansk | 9 detachments | 2,100 |\n";
    let f = table(t);
    let members: Vec<_> = f.iter().filter(|x| !x.0.contains("detachments")).collect();
    assert_eq!(members.len(), 2, "{f:#?}");
    assert!(members.iter().all(|x| x.2 == Personnel), "{f:#?}");
    // trap: people beside columns of places and homes are residents
    let t = "| District | Villages | Residents |\n\
             |---|---|---|\n\
             | Shebekino | 14 villages | 4,300 |\n\
             | Graivoron | 9 villages | 2,100 |\n";
    let f = table(t);
    assert!(f.iter().all(|x| x.2 == Other), "{f:#?}");
}

#[test]
fn a_gift_reported_in_the_past_is_no_appeal() {
    let f = cats(
        "The company of 90 men has 6 pickup trucks and 2 drones, donated by local businesses.",
    );
    assert_eq!(f.len(), 3, "{f:#?}");
    assert_eq!(f[1].1, Equipment);
    assert_eq!(
        one("Local farmers have donated 12 quadcopters to the Graivoron battalion.").category,
        Equipment
    );
    // trap: the imperative is an appeal
    none("Donate 500 rubles to keep our newsroom independent.");
    none("Every ruble counts, donate 300 rubles today.");
}

#[test]
fn an_unknown_plural_ends_before_an_irregular_past_or_worth() {
    for (text, unit) in [
        (
            "In one week 1,640 donors gave blood at the station in Kursk.",
            "donor",
        ),
        (
            "We reinforced 14 basements used as shelters in Sumy.",
            "basement",
        ),
        (
            "The office issued 1,846 certificates worth a total of 5.9 billion rubles.",
            "certificate",
        ),
        (
            "Some 30 bakeries kept their ovens going in Sudzha.",
            "bakery",
        ),
        (
            "About 200 pensioners found beds in the Kursk shelters.",
            "pensioner",
        ),
    ] {
        let f = cats(text);
        assert_eq!(f[0].2, unit, "{text}: {f:#?}");
    }
    // trap: "used" as the verb of a known subject before it is no noun's end
    let f = cats("The unit used 40 drones over Shebekino.");
    assert_eq!(f, vec![c(40.0, Equipment, "drone")]);
}

#[test]
fn an_elided_count_after_a_semicolon_or_a_second_verb_takes_the_noun_before() {
    for (text, unit) in [
        (
            "More than 120,000 people have left the Kursk border districts; about 11,000 are living in shelters.",
            "person",
        ),
        (
            "Some 400 families applied for compensation in Shebekino; 260 have been paid so far.",
            "family",
        ),
        (
            "One insurer said it had received 212 claims from the Kursk region and paid 41.",
            "claim",
        ),
        (
            "The Belgorod fund registered 90 applications in May and approved 57.",
            "application",
        ),
    ] {
        let f = cats(text);
        assert_eq!(f.len(), 2, "{text}: {f:#?}");
        assert_eq!(f[1].2, unit, "{text}: {f:#?}");
    }
    // trap: the captured after a semicolon are not the losses before
    let f = cats("Losses in the Kursk region: 2,000+ killed or wounded; 700+ captured.");
    assert!(
        f.iter().all(|x| x.0 != Some(700.0) || x.1 != Casualties),
        "{f:#?}"
    );
    // trap: a casualty verb after "and" is a count of its own kind
    let f = cats("The strike on Shebekino killed 20 people and wounded 41.");
    assert_eq!(f[1].1, Injured, "{f:#?}");
}

#[test]
fn a_bare_count_after_number_counts_the_head_of_its_subject() {
    let f = one("The headquarters says members of the Bryansk self-defence units now number more than 4,000.");
    assert_eq!(
        (f.value, f.category, f.unit.as_str()),
        (Some(4000.0), Personnel, "member")
    );
    let f = one("The militia's fighters now number about 300 in Shebekino.");
    assert_eq!((f.category, f.unit.as_str()), (Personnel, "fighter"));
    let f = one("Evacuees from the border villages numbered roughly 2,500 by Friday.");
    assert_eq!(f.unit.as_str(), "evacuee");
    // trap: "number" as a label is no verb
    none("The detachment's hotline is number 122.");
}

#[test]
fn sabotage_groups_are_formations() {
    let f = one("2 Ukrainian DRGs were detected near Klimovo, the governor said.");
    assert_eq!((f.value, f.category), (Some(2.0), Units));
}

#[test]
fn a_label_with_an_irregular_participle_counts_its_noun() {
    let f = cats("Registered voters: 1,285,603. Ballots cast: 1,049,095 (81.6%).");
    let units: Vec<&str> = f.iter().map(|x| x.2.as_str()).collect();
    assert_eq!(units, vec!["voter", "ballot", "percent"], "{f:#?}");
    let f = cats("Drones sent: 40");
    assert_eq!(f, vec![c(40.0, Equipment, "drone")]);
    // trap: a label that is a date or a time is no count
    none("Updated: 17:40");
}

#[path = "unseen16.rs"]
mod unseen16;

//! Phenomena of the seventeenth unseen set, each pinned with new sentences: fact-box
//! lines with no full stop, losses stated as "the loss of" or "eliminating N of them",
//! summary label lines ("Injured: 1 person"), people who leave or apply for payments,
//! civil brigades and companies, the speaker's own dead ("Three of ours died"), "one of
//! 28 such companies", answers to "How many ...?" questions, ages after "the oldest",
//! telephone numbers, reaction counters after icons and teaser boxes.

use super::super::*;

// (`article`: the figures the whole pipeline keeps, from unseen16)
use super::article;

const LEAD: &str = "Officials in the Kharkiv region gave the latest figures on Tuesday.\n\n";

#[test]
fn every_line_of_a_fact_box_without_full_stops_is_an_item() {
    let t = format!(
        "{LEAD}BY THE NUMBERS\n\n\
         4,100 — people evacuated from the border villages since May\n\
         Up to 12 — villages under fire every day\n\
         9 — civilians killed in the region, among them a boy\n\
         31 — civilians wounded\n\
         About 700 — residents still in Vovchansk\n\
         40 — glide bombs dropped on the town in one day\n\
         2,100 — Russian troops killed or wounded over the week\n"
    );
    let f = article(&t);
    assert_eq!(
        f,
        vec![
            c(4100.0, Other, "person"),
            c(12.0, Other, "village"),
            c(9.0, Killed, "civilian"),
            c(31.0, Injured, "civilian"),
            c(700.0, Other, "resident"),
            c(40.0, Equipment, "bomb"),
            c(2100.0, Casualties, "troop"),
        ],
        "{f:#?}"
    );
    // trap: a year opening a line is a date, not a count
    let t = format!("{LEAD}2014 — the year the first unit was formed\n5 — units formed since\n");
    assert_eq!(article(&t), vec![c(5.0, Units, "unit")]);
}

#[test]
fn losses_of_people_as_the_loss_of_or_eliminating_part_of_a_force() {
    for t in [
        "A second group near Graivoron was repelled with the loss of more than 40 fighters.",
        "The ministry in Kursk reported losses of up to 300 men among the attackers.",
        "A force of 60 saboteurs crossed near Tyotkino in Kursk, and troops eliminated 25 of them.",
    ] {
        let f = run(t);
        assert_eq!(f.last().unwrap().category, Casualties, "{t}: {f:#?}");
    }
    let f =
        cats("Up to 80 militants attacked near Kozinka in Belgorod; the army killed 30 of them.");
    assert_eq!(
        f,
        vec![c(80.0, Personnel, "militant"), c(30.0, Killed, "militant")]
    );
    // traps: equipment lost or destroyed stays equipment
    assert_eq!(
        cats("The Kursk brigade reported the loss of 3 tanks."),
        vec![c(3.0, Equipment, "tank")]
    );
    assert_eq!(
        cats("Near Sudzha the army hit 12 tanks, destroying 5 of them with drones."),
        vec![c(12.0, Equipment, "tank"), c(5.0, Equipment, "tank")]
    );
}

#[test]
fn a_summary_label_line_gives_its_counts_their_casualty() {
    let t = "Killed: 3 people in the Sumy community.\n\
             Wounded: 5 civilians near Krasnopillia.\n\
             Injured: 1 person (a man, 54), taken to hospital in Sumy.\n\
             Losses: 12 men of the Sumy brigade.\n";
    assert_eq!(
        cats(t),
        vec![
            c(3.0, Killed, "person"),
            c(5.0, Injured, "civilian"),
            c(1.0, Injured, "person"),
            c(12.0, Casualties, "man"),
        ]
    );
    // traps: other labels say nothing of casualties
    assert_eq!(
        cats("Damaged: 4 houses in Shebekino."),
        vec![c(4.0, Other, "house")]
    );
    assert_eq!(
        cats("Note: 3 people in Sumy signed up for the unit."),
        vec![c(3.0, Personnel, "person")]
    );
    // a label that does not open its line is prose
    assert_eq!(
        cats("Officials in Sumy put it simply: 3 people were hurt."),
        vec![c(3.0, Injured, "person")]
    );
}

#[test]
fn people_leaving_for_a_place_or_applying_for_payments_are_civilians() {
    let t = "The Kursk battalion has 400 members.\n\
             In May, 250 residents of Tyotkino have left for the regional capital.\n";
    assert_eq!(
        cats(t),
        vec![c(400.0, Personnel, "member"), c(250.0, Other, "resident")]
    );
    let t = "The Belgorod detachment counts 90 members.\n\
             Since March, 1,200 residents applied for one-time payments.\n";
    assert_eq!(cats(t)[1], c(1200.0, Other, "resident"));
    assert_eq!(
        cats("In Kursk, 40 families applied for compensation after the shelling."),
        vec![c(40.0, Other, "family")]
    );
    // traps: leaving for the front, applying to join a battalion
    let f = cats("The Belgorod battalion has 200 men. Last week 40 men left for the front.");
    assert_eq!(f[1], c(40.0, Personnel, "man"));
    let f = cats("In May, 300 residents of Kursk applied to join the battalion.");
    assert_eq!(f, vec![c(300.0, Personnel, "resident")]);
}

#[test]
fn civil_brigades_and_business_companies_are_other() {
    for (t, unit) in [
        (
            "In Shebekino, 40 construction brigades are rebuilding homes.",
            "brigade",
        ),
        ("Kursk sent 12 repair crews to the border villages.", "crew"),
        (
            "The records show 52 contracts awarded to 9 companies in Belgorod.",
            "company",
        ),
        (
            "How 6 companies won 2 billion rubles of Kursk road contracts",
            "company",
        ),
        (
            "Belgorod tenders went to 14 companies linked to officials.",
            "company",
        ),
    ] {
        let f = run(t);
        let g = f.iter().find(|g| g.unit == unit).expect(t);
        assert_eq!(g.category, Other, "{t}: {f:#?}");
    }
    // traps: military companies, also with soldiers' contracts
    assert_eq!(
        cats("The Belgorod battalion has 4 companies that held the line."),
        vec![c(4.0, Units, "company")]
    );
    assert_eq!(
        cats("In Kursk, 28 volunteer companies signed contracts with the ministry."),
        vec![c(28.0, Units, "company")]
    );
    assert_eq!(
        cats("Two assault brigades moved to the Kursk border."),
        vec![c(2.0, Units, "brigade")]
    );
}

#[test]
fn the_speakers_own_dead_and_wounded() {
    let t = "His group held a position near Kozinka in Belgorod. \
             \"Three of ours died there, six were wounded,\" he said.";
    assert_eq!(
        cats(t),
        vec![c(3.0, Killed, "person"), c(6.0, Injured, "person")]
    );
    assert_eq!(
        cats("\"Two of us were killed in Belgorod,\" the commander said."),
        vec![c(2.0, Killed, "person")]
    );
    // trap: the speaker's group with no casualty verb
    assert_eq!(
        cats("\"About 30 of us came to the Belgorod administration,\" she said."),
        vec![c(30.0, Other, "person")]
    );
}

#[test]
fn one_of_n_such_things_counts_the_noun_after_such() {
    let f = run("He commands a company in the Sudzha district, one of 28 such companies in Kursk.");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].text, "28 such companies");
    assert_eq!((f[0].value, f[0].category), (Some(28.0), Units));
    assert_eq!(
        cats("The Kursk unit is one of 5 other units on the border."),
        vec![c(5.0, Units, "unit")]
    );
    assert_eq!(
        cats("Shebekino is one of 3 such towns in Belgorod."),
        vec![c(3.0, Other, "town")]
    );
    // the set size with the noun before "one" is unchanged
    assert_eq!(
        cats("Her son's battalion in Belgorod, one of 14 set up across the region, was formed in May."),
        vec![c(14.0, Units, "battalion")]
    );
}

#[test]
fn an_answer_to_a_how_many_question_counts_its_noun() {
    let t = "— How many people are in your Belgorod detachment?\n\n\
             — Sixty on paper. On a normal night 20 turn up.\n";
    assert_eq!(
        cats(t),
        vec![c(60.0, Personnel, "person"), c(20.0, Personnel, "person")]
    );
    let t = "— How many drones were shot down over Belgorod?\n\n\
             — 28 last night. And 12 the night before.\n";
    assert_eq!(
        cats(t),
        vec![c(28.0, Equipment, "drone"), c(12.0, Equipment, "drone")]
    );
    // traps: a year in the answer; a count with its own noun; a later question's
    // answer ("3 weekends", a duration) takes no people
    let t = "— How many people are in your Kursk company?\n\n\
             — In 2022 there were 90 men. Now 70.\n\n\
             — How long is the training?\n\n\
             — 3 weekends, then we train alone.\n";
    let f = cats(t);
    assert_eq!(
        f,
        vec![c(90.0, Personnel, "man"), c(70.0, Personnel, "person")]
    );
}

#[test]
fn an_answer_s_own_nouns_and_casualty_verbs_win_over_the_question() {
    let t = "— How many people serve in the Kursk detachments now?\n\n\
             — About 2,200 fighters. They received 46 vehicles and 12 armoured cars. \
             Sadly, 7 fighters have been killed, and 19 have been wounded.\n";
    assert_eq!(
        cats(t),
        vec![
            c(2200.0, Personnel, "fighter"),
            c(46.0, Equipment, "vehicle"),
            c(12.0, Equipment, "car"),
            c(7.0, Killed, "fighter"),
            c(19.0, Injured, "fighter"),
        ]
    );
}

#[test]
fn ages_after_the_oldest_and_telephone_numbers_are_no_counts() {
    let f = cats(
        "Mediazona confirmed 14 members killed in Belgorod. The youngest was 19, the oldest 61.",
    );
    assert_eq!(f, vec![c(14.0, Killed, "member")]);
    none("The oldest of the volunteers in Kursk is 70.");
    none("In Kharkiv the hotline 0800 33 14 66 works around the clock.");
    none("Call the Belgorod hotline on 8 800 100 12 12.");
    // traps: a year then a count; digits grouped by thousands
    assert_eq!(
        cats("In 2022 40 people joined the Belgorod battalion."),
        vec![c(40.0, Personnel, "person")]
    );
    assert_eq!(
        cats("The Belgorod battalion has 1 200 members."),
        vec![c(1200.0, Personnel, "member")]
    );
}

#[test]
fn reaction_counters_after_icons_are_furniture() {
    let t = "Shelling hit 4 houses in Velyka Pysarivka in the Sumy region.\n\
             Stay in shelters! \u{1f64f}\n\u{1f44d} 214 \u{b7} \u{1f4ac} 37 comments \u{b7} \u{21aa} 12 shares\n";
    assert_eq!(cats(t), vec![c(4.0, Other, "house")]);
    // trap: likes the article reports in prose stay a count
    assert_eq!(
        cats("The post about the Belgorod shelling received 5,000 likes."),
        vec![c(5000.0, Other, "like")]
    );
}

#[test]
fn teaser_boxes_with_a_site_name_or_arrows_are_furniture() {
    let body = "Russian troops attacked at least four points along the Kharkiv border, \
                officials said.\n\n";
    let t = format!(
        "{body}Most Read from Bloomberg\n\
         - Apple Cuts iPhone Prices 5% in China\n\
         - Billionaire Buys 3 Penthouses for $188 Million\n"
    );
    assert_eq!(article(&t), vec![c(4.0, Other, "point")]);
    let t = format!(
        "{body}Read also:\n\
         \u{2192} How 11 companies won 9.6 billion rubles of contracts\n\
         \u{2192} 300 evacuees from Shebekino\n"
    );
    assert_eq!(article(&t), vec![c(4.0, Other, "point")]);
    // trap: prose that opens with the same words
    let t = format!(
        "{body}Most read from the regional press was the report that 40 volunteers had joined the Kharkiv units.\n"
    );
    assert_eq!(article(&t).len(), 2);
}

#[test]
fn outbuildings_garages_barns_and_intruders_are_counted_nouns() {
    assert_eq!(
        cats("Damaged: 4 private houses, 1 outbuilding and 2 garages in Kozatske, Sumy."),
        vec![
            c(4.0, Other, "house"),
            c(1.0, Other, "outbuilding"),
            c(2.0, Other, "garage"),
        ]
    );
    assert_eq!(
        cats("Fire destroyed 3 barns near Rylsk in Kursk."),
        vec![c(3.0, Other, "barn")]
    );
    let f = run("Moscow said troops in Kursk beat back the raid, killing dozens of the intruders.");
    assert_eq!((f[0].value, f[0].category), (None, Killed), "{f:#?}");
    assert_eq!(
        cats("Up to 40 intruders crossed near Tyotkino in Kursk."),
        vec![c(40.0, Personnel, "intruder")]
    );
}

#[path = "unseen18.rs"]
mod unseen18;

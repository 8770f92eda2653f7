//! Phenomena of the nineteenth unseen set, each pinned with new sentences: loss lists
//! typed with a spaced hyphen for the dash ("tanks - 8,738 (+12)"), a loss total whose
//! clause holds a date span, the amount as a compound adjective ("the 100,000-ruble
//! compensation"), school pupils as a count noun, and teaser boxes headed "Read also on
//! <site>:" or behind a "Skip next section" link.

use super::*;

/// The figures of the whole pipeline whose text holds a spaced hyphen (list items).
fn hyphen_items(text: &str) -> Vec<(Option<f64>, Category, String)> {
    crate::extract_article("t", text)
        .figures
        .into_iter()
        .filter(|f| f.text.contains(" - "))
        .map(|f| (f.value, f.category, f.unit))
        .collect()
}

#[test]
fn a_loss_list_typed_with_a_hyphen_for_the_dash_counts_each_label() {
    let t = format!(
        "{LEAD}The enemy's total losses (daily change in brackets):\n\n\
         personnel - about 540,000 (+1,100) persons\n\
         tanks - 8,100 (+9)\n\
         armoured personnel carriers - 15,200 (+21)\n\
         drones of operational-tactical level - 12,000 (+40)\n\
         helicopters - 320\n"
    );
    assert_eq!(
        hyphen_items(&t),
        vec![
            c(540000.0, Casualties, "personnel"),
            c(8100.0, Equipment, "tank"),
            c(15200.0, Equipment, "carrier"),
            c(12000.0, Equipment, "drone"),
            c(320.0, Equipment, "helicopter"),
        ]
    );
    // without a list of losses, people in such a list are a force's strength
    let t = format!("{LEAD}The new detachment:\n\nvolunteers - 240\npickups - 12\n");
    assert_eq!(
        hyphen_items(&t),
        vec![
            c(240.0, Personnel, "volunteer"),
            c(12.0, Equipment, "pickup")
        ]
    );
}

#[test]
fn a_spaced_hyphen_in_prose_is_no_list_item() {
    // an article opens the phrase: prose, not a label
    let t = format!("{LEAD}The age of the volunteers - from 18 till 60.\n");
    assert_eq!(hyphen_items(&t), vec![]);
    // a price with its period is no tally line
    let t = format!("{LEAD}Subscribe to Kursk Business Premium - 299 rubles/month.\n");
    assert_eq!(hyphen_items(&t), vec![]);
    // a year after the hyphen is a date
    let t = format!("{LEAD}Battalion founded - 2014\n");
    assert_eq!(hyphen_items(&t), vec![]);
    // a place's toll: the participle says what is counted, not the place
    let t = format!("{LEAD}Glushkovo - 3 wounded\n");
    assert!(
        article(&t).iter().all(|f| f.1 == Injured),
        "{:?}",
        article(&t)
    );
}

#[test]
fn a_loss_total_over_a_date_span_counts_casualties() {
    assert_eq!(
        cats(
            "Total losses of the enemy from 24.02.2022 to 01.10.2024 amounted to \
             about 650,000 personnel, the General Staff said."
        ),
        vec![c(650000.0, Casualties, "personnel")]
    );
    assert_eq!(
        cats("Russian losses between 01/08/2024 and 31/08/2024 stood at 28,000 soldiers."),
        vec![c(28000.0, Casualties, "soldier")]
    );
    // trap: a force's size over the same kind of span is no loss
    assert_eq!(
        cats("From 2022 to 2024 the battalion's strength amounted to about 3,000 personnel."),
        vec![c(3000.0, Personnel, "personnel")]
    );
}

#[test]
fn an_amount_as_a_compound_adjective_is_money() {
    assert_eq!(
        cats("The region has received 9,000 applications for the 100,000-ruble compensation."),
        vec![c(9000.0, Other, "application"), c(100000.0, Other, "ruble")]
    );
    assert_eq!(
        cats("Each evacuee gets a 10,000-rouble one-off payment from the Belgorod region."),
        vec![c(10000.0, Other, "ruble")]
    );
    assert_eq!(
        cats("Kyiv promised a 500-euro grant to each family in the Sumy region."),
        vec![c(500.0, Other, "euro")]
    );
    // traps: other compound adjectives stay out, a strength stays a head count
    assert_eq!(cats("A 60-year-old man was injured in Shebekino."), vec![]);
    assert_eq!(
        cats("Residents of the 10-km zone in Kursk were moved."),
        vec![]
    );
    assert_eq!(
        cats("A 3,000-strong force guards the Belgorod border."),
        vec![c(3000.0, Personnel, "personnel")]
    );
}

#[test]
fn pupils_and_schoolchildren_are_counted() {
    assert_eq!(
        cats("In the Kursk region, 7,300 pupils study online and 4,200 schoolchildren moved."),
        vec![c(7300.0, Other, "pupil"), c(4200.0, Other, "schoolchild")]
    );
    assert_eq!(
        cats("Three pupils were injured when a drone hit a school in Belgorod."),
        vec![c(3.0, Injured, "pupil")]
    );
}

#[test]
fn a_teaser_box_headed_with_its_site_or_a_skip_link_is_furniture() {
    let t = format!(
        "{LEAD}The governor said 300 families were moved to Kursk.\n\n\
         Read also on RBC:\n\
         The ministry announced the capture of 2 more villages in the Kursk region\n\
         Smirnov: 28 settlements remain under Ukrainian control\n"
    );
    assert_eq!(article(&t), vec![c(300.0, Other, "family")]);
    let t = format!(
        "{LEAD}The governor said 300 families were moved to Kursk.\n\n\
         Skip next section Explore more\n\
         Ukraine says it hit airfields with 117 drones 08/14/2024\n\
         Belgorod: 2 killed in shelling of Shebekino 08/12/2024\n"
    );
    assert_eq!(article(&t), vec![c(300.0, Other, "family")]);
    // trap: a heading of the body with "on the ..." is no teaser header
    let t = format!(
        "{LEAD}Latest on the offensive:\n\nUkrainian forces hold 28 settlements in the Kursk region.\n"
    );
    assert_eq!(article(&t), vec![c(28.0, Other, "settlement")]);
}

#[test]
fn people_said_to_have_been_captured_are_prisoners() {
    assert_eq!(
        cats("All 115 Russian servicemen returned had been captured in the Kursk region."),
        vec![c(115.0, Other, "serviceman")]
    );
    assert_eq!(
        cats("In the Kursk region, 40 soldiers were captured near Sudzha."),
        vec![c(40.0, Other, "soldier")]
    );
    assert_eq!(
        cats("Near Tyotkino 25 conscripts who had been detained were released on Monday."),
        vec![c(25.0, Other, "conscript")]
    );
    // traps: a capture after a clause break is said of others; hospital is no captivity
    assert_eq!(
        cats("In the Kursk region, 12 soldiers were killed and others were captured."),
        vec![c(12.0, Killed, "soldier")]
    );
    assert_eq!(
        cats("Near Sudzha 3,000 volunteers guard the border, and they captured a village."),
        vec![c(3000.0, Personnel, "volunteer")]
    );
}

#[test]
fn a_newsletter_footer_lets_the_appeal_above_it_be_read_as_an_appeal() {
    let t = format!(
        "{LEAD}A drone hit a substation in Tyotkino, leaving 2,000 residents without power.\n\n\
         That's all for today. If this digest helps you, consider a paid subscription: \
         \u{20ac}5 a month keeps it free for the 9,000 people who get it.\n\n\
         Maria\n\n--\n\
         You\u{2019}re receiving this because you subscribed at kurskdigest.example.\n\
         Unsubscribe \u{b7} Manage preferences\n"
    );
    assert_eq!(article(&t), vec![c(2000.0, Other, "resident")]);
    let t = format!(
        "{LEAD}Shelling in Shebekino injured 4 people on Sunday.\n\n\
         Support this newsletter: $3 a month keeps 15,000 readers informed.\n\n\
         You are receiving this email because you signed up for the Belgorod Brief.\n"
    );
    assert_eq!(article(&t), vec![c(4.0, Injured, "person")]);
    // trap: without money, the last paragraph of the story stays
    let t = format!(
        "{LEAD}Air defences shot down 14 drones over the Belgorod region.\n\n\
         You're receiving this because you signed up at borderbrief.example.\n"
    );
    assert_eq!(article(&t), vec![c(14.0, Equipment, "drone")]);
}

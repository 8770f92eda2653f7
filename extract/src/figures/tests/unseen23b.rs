//! Phenomena of round 23b (Kursk border districts: a pay table by region, relatives'
//! appeals, a church charity list), each pinned with new sentences of other wording:
//! a plain-text table with a "---+---" rule and a column of words; people counted in
//! relatives' wording; a formation's count with its verb left out; sizes and the ages
//! of a group; a complaint sent to a prosecutor.

use super::super::*;

/// (text, value, category, region) of every figure of a whole article.
fn figs(text: &str) -> Vec<(String, Option<f64>, Category, Option<String>)> {
    crate::extract_article("t", text)
        .figures
        .into_iter()
        .map(|f| (f.text, f.value, f.category, f.region))
        .collect()
}

fn cat_of(text: &str, v: f64) -> Category {
    let f = figs(text);
    f.iter()
        .find(|x| x.1 == Some(v))
        .unwrap_or_else(|| panic!("no {v} in {f:?}"))
        .2
}

fn has(text: &str, v: f64) -> bool {
    figs(text).iter().any(|x| x.1 == Some(v))
}

const TABLE: &str = "Regions compared their volunteer forces in March.\n\n\
Region    | Force                     | Members | Pay                  | Killed\n\
----------+---------------------------+---------+----------------------+-------\n\
Belgorod  | territorial defence       | ~2,800  | 45,000 rub. a month  | 17\n\
Kursk     | self-defence detachments  | 1,900   | 1,800 rub. a shift   | 4\n\
Bryansk   | people's militia          | 950     | none (unpaid)        | 2\n\n\
Source: regional press services.\n";

#[test]
fn a_text_table_with_a_rule_and_a_column_of_words_is_read_by_its_headers() {
    let f = figs(TABLE);
    let row = |v: f64| {
        f.iter()
            .find(|x| x.1 == Some(v))
            .unwrap_or_else(|| panic!("no {v} in {f:?}"))
            .clone()
    };
    assert_eq!(row(2800.0).2, Category::Personnel);
    assert_eq!(row(2800.0).3.as_deref(), Some("Belgorod"));
    assert_eq!(row(950.0).2, Category::Personnel);
    assert_eq!(row(950.0).3.as_deref(), Some("Bryansk"));
    assert_eq!(row(17.0).2, Category::Killed);
    assert_eq!(row(4.0).2, Category::Killed);
    assert_eq!(row(4.0).3.as_deref(), Some("Kursk"));
    assert_eq!(row(2.0).2, Category::Killed);
    assert_eq!(row(1800.0).2, Category::Other);
    // the rule line and the word cells give no figures
    assert!(!f.iter().any(|x| x.0.contains('-') && x.1.is_none()));
    // trap: three lines of prose with double spaces are no table
    let t = "The battalion  was formed in 2022.\nIts 300 fighters  patrol the border.\n\
             Another 40 men  joined in May.\n";
    assert_eq!(cat_of(t, 300.0), Category::Personnel);
}

#[test]
fn people_counted_in_relatives_wording_are_no_force() {
    let t = "Mothers of conscripts serving in the Kursk region's border battalions met the \
             governor on Friday. The meeting, streamed in a Telegram group, showed 41 women \
             in the hall.";
    assert_eq!(cat_of(t, 41.0), Category::Other);
    let t = "Families of volunteers killed in the Belgorod detachments will be paid. \
             More than 200 participants are in the chat the relatives set up.";
    assert_eq!(cat_of(t, 200.0), Category::Other);
    // traps: the force itself, and a sentence that names its own force
    let t = "Men serving in the Kursk region's territorial defence met the governor. \
             About 60 fighters came to the hall.";
    assert_eq!(cat_of(t, 60.0), Category::Personnel);
    let t = "Wives of servicemen in the Belgorod region protested. Another 35 volunteers \
             joined the battalion the same week.";
    assert_eq!(cat_of(t, 35.0), Category::Personnel);
}

#[test]
fn a_formations_count_with_its_verb_left_out_counts_its_people() {
    let t = "In the Kursk region, the Sudzha detachment has 70 members and the Lgov \
             detachment 45, officials said.";
    assert_eq!(cat_of(t, 45.0), Category::Personnel);
    let t = "The Shebekino battalion counts 400 fighters, the Valuyki battalion 250.";
    assert_eq!(cat_of(t, 250.0), Category::Personnel);
    // traps: a named company, a noun after the number
    let t = "The Belgorod battalion has 300 fighters (Company 2, Shebekino).";
    assert!(!has(t, 2.0));
    let t = "The Kursk battalion has 60 members and the company 12 vehicles.";
    assert_eq!(cat_of(t, 12.0), Category::Equipment);
}

#[test]
fn sizes_and_the_ages_of_a_group_are_no_counts() {
    let t = "The Kursk parish collected 80 pairs of winter boots, sizes 39–46, and 120 \
             blankets.";
    assert!(!has(t, 39.0));
    assert!(has(t, 80.0) && has(t, 120.0));
    let t = "The Rylsk detachment has 52 men, most of them over fifty.";
    assert!(!has(t, 50.0));
    assert_eq!(cat_of(t, 52.0), Category::Personnel);
    // trap: "over" with a counted noun after it is a count
    let t = "In the Kursk region, over 50 drones were shot down, the ministry said.";
    assert!(has(t, 50.0));
}

#[test]
fn a_complaint_sent_to_a_prosecutor_keeps_its_members_a_force() {
    let t = "In a letter sent to the regional prosecutor in March, 38 members of the \
             Kursk territorial defence detachments say they were not paid.";
    assert_eq!(cat_of(t, 38.0), Category::Personnel);
    // trap: people prosecuted are no force
    let t = "In the Belgorod region, 12 people were prosecuted for looting.";
    assert_eq!(cat_of(t, 12.0), Category::Other);
}

#[path = "unseen24b.rs"]
mod unseen24b;

//! Round 10 (tuned on holdout14): loss lists with one item a line and no punctuation,
//! such lines taken for headings, labels of two kinds, invaders and hostages.

use super::*;
use crate::model::Category::*;

const LIST: &str = "The total combat losses of the enemy are approximately:\n\npersonnel \u{2013} about 412,300 (+1,020) persons\ntanks \u{2013} 7,114 (+9)\narmoured combat vehicles \u{2013} 13,820 (+22)\nMLRS \u{2013} 1,005 (+3)\nair defence systems \u{2013} 771\nsubmarines \u{2013} 1\nmotor vehicles and fuel tanks \u{2013} 19,440 (+61)\n";

#[test]
fn a_line_end_closes_a_dash_item() {
    let f = cats(LIST);
    assert_eq!(
        f,
        vec![
            c(412300.0, Casualties, "personnel"),
            c(7114.0, Equipment, "tank"),
            c(13820.0, Equipment, "vehicle"),
            c(1005.0, Equipment, "mlrs"),
            c(771.0, Equipment, "system"),
            c(1.0, Equipment, "submarine"),
            c(19440.0, Equipment, "vehicle"),
        ]
    );
    let f = run(LIST);
    assert_eq!(f[0].text, "personnel \u{2013} about 412,300");
    assert_eq!(f[2].text, "armoured combat vehicles \u{2013} 13,820");
    assert_eq!(f[6].text, "motor vehicles and fuel tanks \u{2013} 19,440");
}

#[test]
fn a_line_end_after_a_unit_word_closes_the_item_too() {
    let f = cats("Enemy losses:\nhelicopters \u{2013} 296 units\nwarships \u{2013} 19 units\n");
    assert_eq!(
        f,
        vec![
            c(296.0, Equipment, "helicopter"),
            c(19.0, Equipment, "warship")
        ]
    );
}

#[test]
fn a_dash_inside_running_text_is_no_list_item() {
    // trap: the number runs on into the sentence on the same line
    let f = run("Sudzha \u{2013} 12 soldiers of the garrison stayed behind.\n");
    assert!(f.iter().all(|f| !f.text.contains('\u{2013}')), "{f:#?}");
    // trap: a year after a dash at a line end is a date
    none("Founded \u{2013} 2014\nHeadquarters \u{2013} Belgorod\n");
}

#[test]
fn a_dash_count_line_taken_for_a_heading_is_a_count() {
    let text = "Losses over the day:\nMLRS \u{2013} 1,169 (+2)\nUAVs \u{2013} 15,090 (+38)\n";
    let mut blocks = body(text);
    for b in blocks.iter_mut().skip(1) {
        b.kind = BlockKind::Heading;
    }
    let f: Vec<_> = figures(text, &blocks, None)
        .into_iter()
        .map(|f| (f.value, f.category, f.unit))
        .collect();
    assert_eq!(
        f,
        vec![c(1169.0, Equipment, "mlrs"), c(15090.0, Equipment, "uav")]
    );
    // trap: a heading with a dash and a year or no count noun stays a heading
    let text = "Kursk \u{2013} 2024\nBelgorod region \u{2013} 12 August\n";
    let mut blocks = body(text);
    for b in blocks.iter_mut() {
        b.kind = BlockKind::Heading;
    }
    assert!(figures(text, &blocks, None).is_empty());
}

#[test]
fn a_label_of_two_kinds_counts_the_first() {
    let f = cats("The enemy lost:\nvehicles and fuel tanks \u{2013} 1,240\nammunition and fuel depots \u{2013} 12\n");
    assert_eq!(f[0], c(1240.0, Equipment, "vehicle"));
    // trap: storage tanks at a fuel depot in running text stay property
    let f = cats("At the fuel depot, at least five storage tanks were hit overnight.");
    assert!(f.iter().all(|x| x.1 != Equipment), "{f:?}");
}

#[test]
fn invaders_and_occupiers_killed_are_killed() {
    let f = cats("Ukrainian forces have killed about 1,150 Russian invaders over the past day.");
    assert_eq!(f, vec![c(1150.0, Killed, "invader")]);
    let f = cats("Our drones killed 40 occupiers near Sudzha, the brigade said.");
    assert_eq!(f, vec![c(40.0, Killed, "occupier")]);
    let f = cats("The militants killed two hostages and wounded three others.");
    assert_eq!(f[0], c(2.0, Killed, "hostage"));
    // trap: freed hostages are no force and no casualty
    let f = cats("Security forces freed 12 hostages from the building in Kursk.");
    assert_eq!(f, vec![c(12.0, Other, "hostage")]);
    // trap: invaders that crossed are a force's strength
    let f = cats("About 300 invaders crossed the border near Tetkino, the governor said.");
    assert_eq!(f, vec![c(300.0, Personnel, "invader")]);
}

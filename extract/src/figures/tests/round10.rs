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

#[test]
fn a_number_after_no_names_a_thing() {
    none("Both were taken to the city hospital No. 2.");
    none("The wounded are in hospital No. 4 in Kursk.");
    let f = cats("Shelling damaged School No. 5 and 12 houses in Shebekino.");
    assert_eq!(f, vec![c(12.0, Other, "house")]);
    none("Evacuees were housed in School No. 3 and in School No. 7.");
    // trap: "no" as a determiner is no name ("no 5 people" does not occur, but
    // "Casino. 20 people" ends a word in "no.")
    let f = cats("They met at the Casino. 20 people were evacuated from Belgorod.");
    assert_eq!(f, vec![c(20.0, Other, "person")]);
}

#[test]
fn an_unknown_plural_before_a_participle_ends_its_phrase() {
    let f = cats("There are 130 temporary accommodation centres working in the region.");
    assert_eq!(f, vec![c(130.0, Other, "centre")]);
    let f = cats("Some 40 field kitchens operating near Sudzha fed the evacuees.");
    assert_eq!(f, vec![c(40.0, Other, "kitchen")]);
    let f = cats("Officials counted 25 barns burning after the strike.");
    assert_eq!(f, vec![c(25.0, Other, "barn")]);
    // trap: a known noun before "-ing" keeps its own rules
    let f = cats("The 300 volunteers working at the checkpoints joined the battalion.");
    assert_eq!(f[0], c(300.0, Personnel, "volunteer"));
}

#[test]
fn a_bare_number_after_plus_counts_the_noun_before() {
    let f = cats(
        "Officials gave 133,000 people evacuated, plus roughly 11,000 from the Belgorod side.",
    );
    assert_eq!(
        f,
        vec![c(133000.0, Other, "person"), c(11000.0, Other, "person")]
    );
    let f = cats("Each family gets 15,000 rubles plus 5,000 for each child.");
    assert_eq!(f[1], c(5000.0, Other, "ruble"));
    // trap: a noun after the number is its own
    let f = cats("The brigade received 40 drones plus 12 trucks.");
    assert_eq!(
        f,
        vec![c(40.0, Equipment, "drone"), c(12.0, Equipment, "truck")]
    );
}

#[test]
fn people_a_reporter_talked_to_are_sources() {
    let f = cats("Interviews with nine current and former fighters show a low-paid force.");
    assert_eq!(f, vec![c(9.0, Other, "fighter")]);
    let f = cats("They were promised bonuses, but four fighters told us the money never came.");
    assert_eq!(f, vec![c(4.0, Other, "fighter")]);
    let f = cats("We spoke to 12 soldiers of the battalion over two weeks.");
    assert_eq!(f[0], c(12.0, Other, "soldier"));
    let f = cats("Two soldiers told Reuters that 40 men of their unit were killed.");
    assert_eq!(f, vec![c(2.0, Other, "soldier"), c(40.0, Killed, "man")]);
    // trap: the force counted in a sentence that a source told stays a force
    let f = cats("The battalion has 400 fighters, the commander told us.");
    assert_eq!(f, vec![c(400.0, Personnel, "fighter")]);
    // trap: people interviewed by an official body before joining are recruits
    let f = cats("About 300 fighters interviewed by the ministry signed contracts.");
    assert_eq!(f, vec![c(300.0, Personnel, "fighter")]);
}

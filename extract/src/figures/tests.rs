//! Figure-stage tests: article-like sentences for each phenomenon and trap.

use super::*;

mod phenomena;
mod round10;
mod round8;
mod round9;
mod table_rows;
mod traps;
mod unseen10;
mod unseen11;
mod unseen12;
mod unseen13;
mod unseen2;
mod unseen3;
mod unseen4;
mod unseen5;
mod unseen6;
mod unseen7;
mod unseen8;
mod unseen9;

/// Every non-blank line a body paragraph (independent of the cleaning stage).
pub(super) fn body(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if !t.is_empty() {
            let s = pos + (line.len() - line.trim_start().len());
            out.push(Block {
                span: Span::new(s, s + t.len()),
                kind: BlockKind::Body,
                reason: "",
            });
        }
        pos += line.len();
    }
    out
}

pub(super) fn run(text: &str) -> Vec<Figure> {
    figures(text, &body(text), None)
}

/// Each figure of `text` as value, category and unit.
pub(super) fn cats(text: &str) -> Vec<(Option<f64>, Category, String)> {
    run(text)
        .into_iter()
        .map(|f| (f.value, f.category, f.unit))
        .collect()
}

/// A figure as [`cats`] lists it.
pub(super) fn c(v: f64, cat: Category, unit: &str) -> (Option<f64>, Category, String) {
    (Some(v), cat, unit.to_string())
}

/// The only figure of `text`.
pub(super) fn one(text: &str) -> Figure {
    let f = run(text);
    assert_eq!(f.len(), 1, "want one figure in {text:?}, got {:#?}", f);
    f.into_iter().next().unwrap()
}

pub(super) fn none(text: &str) {
    let f = run(text);
    assert!(f.is_empty(), "want no figure in {text:?}, got {:#?}", f);
}

/// (text, value, qualifier, unit, category, region) of a figure.
pub(super) fn check(
    f: &Figure,
    text: &str,
    value: Option<f64>,
    q: Qualifier,
    unit: &str,
    cat: Category,
    region: Option<&str>,
) {
    assert_eq!(f.text, text, "{f:#?}");
    assert_eq!(f.value, value, "{f:#?}");
    assert_eq!(f.qualifier, q, "{f:#?}");
    assert_eq!(f.unit, unit, "{f:#?}");
    assert_eq!(f.category, cat, "{f:#?}");
    assert_eq!(f.region.as_deref(), region, "{f:#?}");
}

use Category as C;
use Qualifier as Q;

#[test]
fn plain_count_of_volunteers_is_personnel() {
    let t = "Officials in the Kursk region said 2,500 volunteers have joined the militia.";
    let f = one(t);
    check(
        &f,
        "2,500 volunteers",
        Some(2500.0),
        Q::Exact,
        "volunteer",
        C::Personnel,
        Some("Kursk"),
    );
    assert_eq!(&t[f.span.start..f.span.end], f.text);
    assert_eq!(&*f.sentence, t);
    assert_eq!(f.sentence_span, Span::new(0, t.len()));
}

#[test]
fn modifier_chain_before_the_noun() {
    let f = one("The Kursk governor said nine local self-defense detachments are now on duty.");
    check(
        &f,
        "nine local self-defense detachments",
        Some(9.0),
        Q::Exact,
        "detachment",
        C::Units,
        Some("Kursk"),
    );
}

#[test]
fn number_words_and_uncountable_personnel() {
    let f = one("In Bryansk, the new unit is expected to reach roughly four thousand personnel.");
    check(
        &f,
        "roughly four thousand personnel",
        Some(4000.0),
        Q::Approximately,
        "personnel",
        C::Personnel,
        Some("Bryansk"),
    );
}

#[test]
fn vague_quantity_word_with_of() {
    let f = one("Dozens of Ukrainian drones were shot down over the Bryansk region overnight.");
    check(
        &f,
        "Dozens of Ukrainian drones",
        None,
        Q::Vague,
        "drone",
        C::Equipment,
        Some("Bryansk"),
    );
}

#[test]
fn several_battalions_is_vague_units() {
    let f = one("The Belgorod governor said several battalions of local men are being trained.");
    check(
        &f,
        "several battalions",
        None,
        Q::Vague,
        "battalion",
        C::Units,
        Some("Belgorod"),
    );
}

#[test]
fn passive_killed_takes_the_verb_into_the_text() {
    let f = one("Four people were killed when shells hit a market in Belgorod on Saturday.");
    check(
        &f,
        "Four people were killed",
        Some(4.0),
        Q::Exact,
        "person",
        C::Killed,
        Some("Belgorod"),
    );
}

#[test]
fn elided_noun_after_killed_takes_the_earlier_unit() {
    let f = run("Six civilians were killed and about 40 injured in the shelling of Belgorod.");
    assert_eq!(f.len(), 2, "{f:#?}");
    check(
        &f[0],
        "Six civilians were killed",
        Some(6.0),
        Q::Exact,
        "civilian",
        C::Killed,
        Some("Belgorod"),
    );
    check(
        &f[1],
        "about 40 injured",
        Some(40.0),
        Q::Approximately,
        "civilian",
        C::Injured,
        Some("Belgorod"),
    );
}

#[test]
fn elided_noun_with_auxiliary() {
    let f = run("One soldier was killed and two were wounded in the Kursk region on Monday.");
    assert_eq!(f.len(), 2, "{f:#?}");
    check(
        &f[0],
        "One soldier was killed",
        Some(1.0),
        Q::Exact,
        "soldier",
        C::Killed,
        Some("Kursk"),
    );
    check(
        &f[1],
        "two were wounded",
        Some(2.0),
        Q::Exact,
        "soldier",
        C::Injured,
        Some("Kursk"),
    );
}

#[test]
fn killed_or_wounded_is_casualties() {
    let f = one("Kyiv said hundreds of Russian soldiers had been killed or wounded near Sudzha.");
    assert_eq!(f.text, "hundreds of Russian soldiers");
    assert_eq!(f.category, C::Casualties, "{f:#?}");
    assert_eq!(f.unit, "soldier");
    assert_eq!(f.qualifier, Q::Vague);
    assert_eq!(f.value, None);
}

#[test]
fn casualty_verb_before_the_number() {
    let f = one("A drone strike on a bus killed three people in the Belgorod region.");
    check(
        &f,
        "three people",
        Some(3.0),
        Q::Exact,
        "person",
        C::Killed,
        Some("Belgorod"),
    );
    let f = one("The attack injured at least 12 residents of Kursk.");
    check(
        &f,
        "at least 12 residents",
        Some(12.0),
        Q::AtLeast,
        "resident",
        C::Injured,
        Some("Kursk"),
    );
}

#[test]
fn number_of_noun_before_an_elided_number() {
    let f = one(
        "The governor said the number of rifles held by the Kursk units will rise to 450 soon.",
    );
    check(
        &f,
        "450",
        Some(450.0),
        Q::Exact,
        "rifle",
        C::Equipment,
        Some("Kursk"),
    );
    let f = one("The total number of fighters in the Belgorod detachments is now about 1,200.");
    check(
        &f,
        "about 1,200",
        Some(1200.0),
        Q::Approximately,
        "fighter",
        C::Personnel,
        Some("Belgorod"),
    );
}

#[test]
fn people_in_a_force_are_personnel_evacuees_are_other() {
    let f = one("The Belgorod battalions now comprise 3,400 people, the governor said.");
    check(
        &f,
        "3,400 people",
        Some(3400.0),
        Q::Exact,
        "person",
        C::Personnel,
        Some("Belgorod"),
    );
    let f =
        one("More than 1,500 people were evacuated from border villages in the Belgorod region.");
    check(
        &f,
        "More than 1,500 people",
        Some(1500.0),
        Q::MoreThan,
        "person",
        C::Other,
        Some("Belgorod"),
    );
}

#[test]
fn region_attached_after_the_figure_wins() {
    let f = one("About 900 evacuees from Shebekino were housed in Voronezh and Lipetsk.");
    check(
        &f,
        "About 900 evacuees",
        Some(900.0),
        Q::Approximately,
        "evacuee",
        C::Other,
        Some("Belgorod"),
    );
}

#[test]
fn coordinated_regions_are_ambiguous() {
    let f = one("Moscow said 30 Ukrainian tanks were destroyed in the Kursk and Belgorod regions.");
    check(
        &f,
        "30 Ukrainian tanks",
        Some(30.0),
        Q::Exact,
        "tank",
        C::Equipment,
        None,
    );
}

#[test]
fn region_from_the_previous_sentence_and_paragraph() {
    let f = one(
        "Gladkov spoke about the Belgorod region on Monday. He said 12 battalions had been formed.",
    );
    assert_eq!(f.region.as_deref(), Some("Belgorod"));
    let f = one("The Kursk governor spoke on Monday.\n\nHe said 5 detachments had been formed.");
    assert_eq!(f.region.as_deref(), Some("Kursk"));
}

#[test]
fn ambiguous_context_gives_no_region() {
    let t = "Fighting went on in the Kursk and Belgorod regions.\nThe ministry said 40 armored vehicles were destroyed.";
    let f = one(t);
    check(
        &f,
        "40 armored vehicles",
        Some(40.0),
        Q::Exact,
        "vehicle",
        C::Equipment,
        None,
    );
}

#[test]
fn main_region_is_the_last_resort() {
    let t = "The governor said 600 volunteers had signed up.";
    let f = figures(t, &body(t), Some("Kursk"));
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].region.as_deref(), Some("Kursk"));
}

#[test]
fn and_other_extends_the_text() {
    let f = one(
        "The ministry claimed that more than 20 tanks and other armored vehicles were destroyed.",
    );
    check(
        &f,
        "more than 20 tanks and other armored vehicles",
        Some(20.0),
        Q::MoreThan,
        "tank",
        C::Equipment,
        None,
    );
}

#[test]
fn money_and_percentages_are_other() {
    let f = one("The region allocated 50 million rubles to arm the units.");
    check(
        &f,
        "50 million rubles",
        Some(50_000_000.0),
        Q::Exact,
        "ruble",
        C::Other,
        None,
    );
    let f = one("The governor said $2,000 would go to each volunteer.");
    check(
        &f,
        "$2,000",
        Some(2000.0),
        Q::Exact,
        "dollar",
        C::Other,
        None,
    );
    let f = one("About 30% of the volunteers have combat experience.");
    check(
        &f,
        "About 30%",
        Some(30.0),
        Q::Approximately,
        "percent",
        C::Other,
        None,
    );
}

#[test]
fn ranges_keep_their_bounds() {
    let f = one("Between 20 and 30 drones attacked the Kursk region overnight.");
    assert_eq!(
        (f.low, f.high, f.qualifier),
        (Some(20.0), Some(30.0), Q::Range)
    );
    assert_eq!(f.unit, "drone");
    assert_eq!(f.category, C::Equipment);
}

#[test]
fn strength_compound_is_personnel() {
    let f = one("Kursk has formed a 1,500-strong militia.");
    check(
        &f,
        "1,500-strong",
        Some(1500.0),
        Q::Exact,
        "personnel",
        C::Personnel,
        Some("Kursk"),
    );
}

#[test]
fn units_of_equipment_count_the_equipment() {
    let f = one("The Belgorod detachments received 120 units of military equipment.");
    check(
        &f,
        "120 units of military equipment",
        Some(120.0),
        Q::Exact,
        "equipment",
        C::Equipment,
        Some("Belgorod"),
    );
}

#[test]
fn parallel_elided_noun() {
    let f = run("Eight battalions were formed in Belgorod and five in Kursk.");
    assert_eq!(f.len(), 2, "{f:#?}");
    check(
        &f[0],
        "Eight battalions",
        Some(8.0),
        Q::Exact,
        "battalion",
        C::Units,
        Some("Belgorod"),
    );
    check(
        &f[1],
        "five",
        Some(5.0),
        Q::Exact,
        "battalion",
        C::Units,
        Some("Kursk"),
    );
}

#[test]
fn death_toll() {
    let f = one("The death toll from the strike on Belgorod rose to 25.");
    check(
        &f,
        "25",
        Some(25.0),
        Q::Exact,
        "person",
        C::Killed,
        Some("Belgorod"),
    );
}

#[test]
fn unknown_plural_noun_is_other() {
    let f = one("Shelling damaged 40 greenhouses in the Belgorod region.");
    check(
        &f,
        "40 greenhouses",
        Some(40.0),
        Q::Exact,
        "greenhouse",
        C::Other,
        Some("Belgorod"),
    );
}

#[test]
fn offsets_are_into_the_original_text() {
    let t = "Gladkov’s office said “seven regional defense battalions” are deployed.\n\nThe Kursk region has 2,000 fighters.";
    let f = run(t);
    assert_eq!(f.len(), 2, "{f:#?}");
    for x in &f {
        assert_eq!(&t[x.span.start..x.span.end], x.text);
        assert_eq!(&t[x.sentence_span.start..x.sentence_span.end], &*x.sentence);
    }
    assert_eq!(f[1].region.as_deref(), Some("Kursk"));
}

#[test]
fn included_figures_share_the_casualty() {
    let f = run("The death toll in Belgorod has risen to 25, including five children.");
    assert_eq!(f.len(), 2, "{f:#?}");
    check(
        &f[0],
        "25",
        Some(25.0),
        Q::Exact,
        "person",
        C::Killed,
        Some("Belgorod"),
    );
    check(
        &f[1],
        "five children",
        Some(5.0),
        Q::Exact,
        "child",
        C::Killed,
        Some("Belgorod"),
    );
}

#[test]
fn another_n_in_takes_the_earlier_noun() {
    let f = run("1,200 evacuees from Shebekino were housed in Voronezh, and another 300 in Kursk.");
    assert_eq!(f.len(), 2, "{f:#?}");
    check(
        &f[0],
        "1,200 evacuees",
        Some(1200.0),
        Q::Exact,
        "evacuee",
        C::Other,
        Some("Belgorod"),
    );
    check(
        &f[1],
        "300",
        Some(300.0),
        Q::Exact,
        "evacuee",
        C::Other,
        Some("Kursk"),
    );
}

#[test]
fn men_in_formations_are_personnel() {
    let f = run("The Kursk region formed 14 new companies with a total of 1,900 men.");
    assert_eq!(f.len(), 2, "{f:#?}");
    check(
        &f[0],
        "14 new companies",
        Some(14.0),
        Q::Exact,
        "company",
        C::Units,
        Some("Kursk"),
    );
    check(
        &f[1],
        "1,900 men",
        Some(1900.0),
        Q::Exact,
        "man",
        C::Personnel,
        Some("Kursk"),
    );
    let f = one("Some 200 people gathered outside the Kursk administration building.");
    assert_eq!(f.category, C::Other);
}

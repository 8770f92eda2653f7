//! Figure-stage tests: article-like sentences for each phenomenon and trap.

use super::*;

/// Every non-blank line a body paragraph (independent of the cleaning stage).
fn body(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if !t.is_empty() {
            let s = pos + (line.len() - line.trim_start().len());
            out.push(Block { span: Span::new(s, s + t.len()), kind: BlockKind::Body, reason: "" });
        }
        pos += line.len();
    }
    out
}

fn run(text: &str) -> Vec<Figure> {
    figures(text, &body(text), None)
}

/// The only figure of `text`.
fn one(text: &str) -> Figure {
    let f = run(text);
    assert_eq!(f.len(), 1, "want one figure in {text:?}, got {:#?}", f);
    f.into_iter().next().unwrap()
}

fn none(text: &str) {
    let f = run(text);
    assert!(f.is_empty(), "want no figure in {text:?}, got {:#?}", f);
}

/// (text, value, qualifier, unit, category, region) of a figure.
fn check(f: &Figure, text: &str, value: Option<f64>, q: Qualifier, unit: &str, cat: Category, region: Option<&str>) {
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
    check(&f, "2,500 volunteers", Some(2500.0), Q::Exact, "volunteer", C::Personnel, Some("Kursk"));
    assert_eq!(&t[f.span.start..f.span.end], f.text);
    assert_eq!(f.sentence, t);
    assert_eq!(f.sentence_span, Span::new(0, t.len()));
}

#[test]
fn modifier_chain_before_the_noun() {
    let f = one("The Kursk governor said nine local self-defense detachments are now on duty.");
    check(&f, "nine local self-defense detachments", Some(9.0), Q::Exact, "detachment", C::Units, Some("Kursk"));
}

#[test]
fn number_words_and_uncountable_personnel() {
    let f = one("In Bryansk, the new unit is expected to reach roughly four thousand personnel.");
    check(&f, "roughly four thousand personnel", Some(4000.0), Q::Approximately, "personnel", C::Personnel, Some("Bryansk"));
}

#[test]
fn vague_quantity_word_with_of() {
    let f = one("Dozens of Ukrainian drones were shot down over the Bryansk region overnight.");
    check(&f, "Dozens of Ukrainian drones", None, Q::Vague, "drone", C::Equipment, Some("Bryansk"));
}

#[test]
fn several_battalions_is_vague_units() {
    let f = one("The Belgorod governor said several battalions of local men are being trained.");
    check(&f, "several battalions", None, Q::Vague, "battalion", C::Units, Some("Belgorod"));
}

#[test]
fn passive_killed_takes_the_verb_into_the_text() {
    let f = one("Four people were killed when shells hit a market in Belgorod on Saturday.");
    check(&f, "Four people were killed", Some(4.0), Q::Exact, "person", C::Killed, Some("Belgorod"));
}

#[test]
fn elided_noun_after_killed_takes_the_earlier_unit() {
    let f = run("Six civilians were killed and about 40 injured in the shelling of Belgorod.");
    assert_eq!(f.len(), 2, "{f:#?}");
    check(&f[0], "Six civilians were killed", Some(6.0), Q::Exact, "civilian", C::Killed, Some("Belgorod"));
    check(&f[1], "about 40 injured", Some(40.0), Q::Approximately, "civilian", C::Injured, Some("Belgorod"));
}

#[test]
fn elided_noun_with_auxiliary() {
    let f = run("One soldier was killed and two were wounded in the Kursk region on Monday.");
    assert_eq!(f.len(), 2, "{f:#?}");
    check(&f[0], "One soldier was killed", Some(1.0), Q::Exact, "soldier", C::Killed, Some("Kursk"));
    check(&f[1], "two were wounded", Some(2.0), Q::Exact, "soldier", C::Injured, Some("Kursk"));
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
    check(&f, "three people", Some(3.0), Q::Exact, "person", C::Killed, Some("Belgorod"));
    let f = one("The attack injured at least 12 residents of Kursk.");
    check(&f, "at least 12 residents", Some(12.0), Q::AtLeast, "resident", C::Injured, Some("Kursk"));
}

#[test]
fn number_of_noun_before_an_elided_number() {
    let f = one("The governor said the number of rifles held by the Kursk units will rise to 450 soon.");
    check(&f, "450", Some(450.0), Q::Exact, "rifle", C::Equipment, Some("Kursk"));
    let f = one("The total number of fighters in the Belgorod detachments is now about 1,200.");
    check(&f, "about 1,200", Some(1200.0), Q::Approximately, "fighter", C::Personnel, Some("Belgorod"));
}

#[test]
fn people_in_a_force_are_personnel_evacuees_are_other() {
    let f = one("The Belgorod battalions now comprise 3,400 people, the governor said.");
    check(&f, "3,400 people", Some(3400.0), Q::Exact, "person", C::Personnel, Some("Belgorod"));
    let f = one("More than 1,500 people were evacuated from border villages in the Belgorod region.");
    check(&f, "More than 1,500 people", Some(1500.0), Q::MoreThan, "person", C::Other, Some("Belgorod"));
}

#[test]
fn region_attached_after_the_figure_wins() {
    let f = one("About 900 evacuees from Shebekino were housed in Voronezh and Lipetsk.");
    check(&f, "About 900 evacuees", Some(900.0), Q::Approximately, "evacuee", C::Other, Some("Belgorod"));
}

#[test]
fn coordinated_regions_are_ambiguous() {
    let f = one("Moscow said 30 Ukrainian tanks were destroyed in the Kursk and Belgorod regions.");
    check(&f, "30 Ukrainian tanks", Some(30.0), Q::Exact, "tank", C::Equipment, None);
}

#[test]
fn region_from_the_previous_sentence_and_paragraph() {
    let f = one("Gladkov spoke about the Belgorod region on Monday. He said 12 battalions had been formed.");
    assert_eq!(f.region.as_deref(), Some("Belgorod"));
    let f = one("The Kursk governor spoke on Monday.\n\nHe said 5 detachments had been formed.");
    assert_eq!(f.region.as_deref(), Some("Kursk"));
}

#[test]
fn ambiguous_context_gives_no_region() {
    let t = "Fighting went on in the Kursk and Belgorod regions.\nThe ministry said 40 armored vehicles were destroyed.";
    let f = one(t);
    check(&f, "40 armored vehicles", Some(40.0), Q::Exact, "vehicle", C::Equipment, None);
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
    let f = one("The ministry claimed that more than 20 tanks and other armored vehicles were destroyed.");
    check(&f, "more than 20 tanks and other armored vehicles", Some(20.0), Q::MoreThan, "tank", C::Equipment, None);
}

#[test]
fn dates_and_years_are_not_figures() {
    none("On December 6, 2022, the governor announced the plan.");
    none("The units have been patrolling the border since 2014.");
    none("The order was signed on 2023-08-02 in Moscow.");
    let f = one("The battalions were formed in 2022 and have 800 members.");
    check(&f, "800 members", Some(800.0), Q::Exact, "member", C::Personnel, None);
}

#[test]
fn times_of_day_are_not_figures() {
    none("Air raid sirens sounded at 06:40 PM on Tuesday.");
    none("The curfew starts at 11 p.m. and ends at 5 a.m.");
}

#[test]
fn durations_and_ages_are_not_figures() {
    none("The fighting lasted eight days.");
    none("I saw all this for two or three days on the territory of Shebekino.");
    none("He served for 3 years before joining.");
    none("Men aged 18 to 60 can apply.");
    none("A 60-year-old man was hurt.");
    none("Only men between the ages of 18 and 60 can join.");
    none("Talks followed several months of deliberations.");
}

#[test]
fn distances_are_not_figures() {
    none("The village lies 10 km from the border.");
    none("Shells landed five kilometers from the checkpoint.");
}

#[test]
fn designators_are_not_figures() {
    none("Su-34 bombers and T-72 tanks were seen near the border.");
    none("The deputies cited Article 5 of the law.");
    none("He commanded military unit No. 3 for years.");
}

#[test]
fn ordinals_are_not_figures() {
    none("The first batch has already arrived at the base.");
    none("A second district defense unit is being assembled.");
}

#[test]
fn list_numbering_and_urls_are_not_figures() {
    none("1. Register at the district military office.");
    none("Read more at https://www.example.com/2023/08/02/border-units-a79616");
}

#[test]
fn vague_words_without_a_number_are_not_figures() {
    none("We are evacuating a large number of villages.");
    none("Many residents asked to form self-defense detachments.");
}

#[test]
fn one_person_as_a_source_is_not_a_count() {
    none("One Belgorod resident told the BBC that the shelling never stops.");
    none("One of the battalions is stationed near Graivoron.");
    let f = one("Only one battalion has received heavy weapons so far.");
    check(&f, "one battalion", Some(1.0), Q::Exact, "battalion", C::Units, None);
}

#[test]
fn articles_are_not_numbers() {
    // "a helicopter" (value 1) is left out: articles are not numerals.
    let f = one("More than 50 tanks, as well as a helicopter, were destroyed.");
    assert_eq!(f.unit, "tank");
}

#[test]
fn money_and_percentages_are_other() {
    let f = one("The region allocated 50 million rubles to arm the units.");
    check(&f, "50 million rubles", Some(50_000_000.0), Q::Exact, "ruble", C::Other, None);
    let f = one("The governor said $2,000 would go to each volunteer.");
    check(&f, "$2,000", Some(2000.0), Q::Exact, "dollar", C::Other, None);
    let f = one("About 30% of the volunteers have combat experience.");
    check(&f, "About 30%", Some(30.0), Q::Approximately, "percent", C::Other, None);
}

#[test]
fn ranges_keep_their_bounds() {
    let f = one("Between 20 and 30 drones attacked the Kursk region overnight.");
    assert_eq!((f.low, f.high, f.qualifier), (Some(20.0), Some(30.0), Q::Range));
    assert_eq!(f.unit, "drone");
    assert_eq!(f.category, C::Equipment);
}

#[test]
fn strength_compound_is_personnel() {
    let f = one("Kursk has formed a 1,500-strong militia.");
    check(&f, "1,500-strong", Some(1500.0), Q::Exact, "personnel", C::Personnel, Some("Kursk"));
}

#[test]
fn units_of_equipment_count_the_equipment() {
    let f = one("The Belgorod detachments received 120 units of military equipment.");
    check(&f, "120 units of military equipment", Some(120.0), Q::Exact, "equipment", C::Equipment, Some("Belgorod"));
}

#[test]
fn parallel_elided_noun() {
    let f = run("Eight battalions were formed in Belgorod and five in Kursk.");
    assert_eq!(f.len(), 2, "{f:#?}");
    check(&f[0], "Eight battalions", Some(8.0), Q::Exact, "battalion", C::Units, Some("Belgorod"));
    check(&f[1], "five", Some(5.0), Q::Exact, "battalion", C::Units, Some("Kursk"));
}

#[test]
fn death_toll() {
    let f = one("The death toll from the strike on Belgorod rose to 25.");
    check(&f, "25", Some(25.0), Q::Exact, "person", C::Killed, Some("Belgorod"));
}

#[test]
fn furniture_blocks_give_no_figures() {
    let t = "This commitment costs us $10,000 a month.\nBlasts Kill Three in Russia's Belgorod Region\nThe governor said 300 volunteers had joined.";
    let mut blocks = body(t);
    blocks[0].kind = BlockKind::Furniture;
    blocks[0].reason = "donation banner";
    blocks[1].kind = BlockKind::Furniture;
    blocks[1].reason = "related-article teaser";
    let f = figures(t, &blocks, None);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].text, "300 volunteers");
    // A furniture mention is no region context either.
    assert_eq!(f[0].region, None);
}

#[test]
fn unknown_plural_noun_is_other() {
    let f = one("Shelling damaged 40 greenhouses in the Belgorod region.");
    check(&f, "40 greenhouses", Some(40.0), Q::Exact, "greenhouse", C::Other, Some("Belgorod"));
}

#[test]
fn offsets_are_into_the_original_text() {
    let t = "Gladkov’s office said “seven regional defense battalions” are deployed.\n\nThe Kursk region has 2,000 fighters.";
    let f = run(t);
    assert_eq!(f.len(), 2, "{f:#?}");
    for x in &f {
        assert_eq!(&t[x.span.start..x.span.end], x.text);
        assert_eq!(&t[x.sentence_span.start..x.sentence_span.end], x.sentence);
    }
    assert_eq!(f[1].region.as_deref(), Some("Kursk"));
}

#[test]
fn partitive_and_set_references() {
    let f = run("Three of the 16 people killed in Belgorod were children.");
    assert_eq!(f.len(), 1, "{f:#?}");
    check(&f[0], "16 people killed", Some(16.0), Q::Exact, "person", C::Killed, Some("Belgorod"));
    none("Gladkov said the two regions would coordinate their defense.");
}

//! Figure-stage traps (numbers that are not figures, furniture), harder cases, and
//! throughput.

use super::super::*;
use super::{body, check, none, one, run};
use crate::regions::find_regions;
use crate::sentences::sentences;
use Category as C;
use Qualifier as Q;

#[test]
fn dates_and_years_are_not_figures() {
    none("On December 6, 2022, the governor announced the plan.");
    none("The units have been patrolling the border since 2014.");
    none("The order was signed on 2023-08-02 in Moscow.");
    let f = one("The battalions were formed in 2022 and have 800 members.");
    check(
        &f,
        "800 members",
        Some(800.0),
        Q::Exact,
        "member",
        C::Personnel,
        None,
    );
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
    check(
        &f,
        "one battalion",
        Some(1.0),
        Q::Exact,
        "battalion",
        C::Units,
        None,
    );
}

#[test]
fn articles_are_not_numbers() {
    // "a helicopter" (value 1) is left out: articles are not numerals.
    let f = one("More than 50 tanks, as well as a helicopter, were destroyed.");
    assert_eq!(f.unit, "tank");
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
fn partitive_and_set_references() {
    let f = run("Three of the 16 people killed in Belgorod were children.");
    assert_eq!(f.len(), 1, "{f:#?}");
    check(
        &f[0],
        "16 people killed",
        Some(16.0),
        Q::Exact,
        "person",
        C::Killed,
        Some("Belgorod"),
    );
    none("Gladkov said the two regions would coordinate their defense.");
}

#[test]
fn list_of_regions_after_the_figure_is_ambiguous() {
    let t = "Troops fought in the Sudzha area, while the ministry said it shot down 35 drones over the Belgorod, Kursk and Bryansk regions.";
    let f = one(t);
    check(
        &f,
        "35 drones",
        Some(35.0),
        Q::Exact,
        "drone",
        C::Equipment,
        None,
    );
}

#[test]
fn casualty_noun_linked_to_an_elided_number() {
    let t = "Kyiv said Russia had lost 1,150 soldiers over the past 24 hours, bringing total losses to more than 300,000.";
    let f = run(t);
    assert_eq!(f.len(), 2, "{f:#?}");
    check(
        &f[0],
        "1,150 soldiers",
        Some(1150.0),
        Q::Exact,
        "soldier",
        C::Casualties,
        None,
    );
    check(
        &f[1],
        "more than 300,000",
        Some(300000.0),
        Q::MoreThan,
        "loss",
        C::Casualties,
        None,
    );
}

#[test]
fn up_from_an_earlier_value() {
    let f =
        run("The Belgorod detachments now number about 4,000 fighters, up from 2,500 in March.");
    assert_eq!(f.len(), 2, "{f:#?}");
    check(
        &f[1],
        "2,500",
        Some(2500.0),
        Q::Exact,
        "fighter",
        C::Personnel,
        Some("Belgorod"),
    );
}

/// Throughput of the figure stage alone (with its numerals, dates, regions and
/// sentence calls): `cargo test --release -p tally-extract --lib figures::tests::traps::speed -- --ignored --nocapture`.
#[test]
#[ignore]
fn speed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus");
    let mut one_copy = String::new();
    for e in std::fs::read_dir(dir).unwrap() {
        one_copy.push_str(&std::fs::read_to_string(e.unwrap().path()).unwrap());
        one_copy.push_str("\n\n");
    }
    let text = one_copy.repeat((20 << 20) / one_copy.len() + 1);
    let blocks = body(&text);
    let t = std::time::Instant::now();
    let n = figures(&text, &blocks, None).len();
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{n} figures, {:.1} MB in {secs:.3} s: {:.1} MB/s",
        text.len() as f64 / 1e6,
        text.len() as f64 / 1e6 / secs
    );
}
#[test]
#[ignore]
fn speed_parts() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus");
    let mut one_copy = String::new();
    for e in std::fs::read_dir(dir).unwrap() {
        one_copy.push_str(&std::fs::read_to_string(e.unwrap().path()).unwrap());
        one_copy.push_str("\n\n");
    }
    let text = one_copy.repeat((20 << 20) / one_copy.len() + 1);
    let blocks = body(&text);
    let mb = text.len() as f64 / 1e6;
    let t = std::time::Instant::now();
    let sents: Vec<Span> = blocks
        .iter()
        .flat_map(|b| sentences(&text, b.span))
        .collect();
    println!("sentences {:.1} MB/s", mb / t.elapsed().as_secs_f64());
    let mut k = 0;
    let t = std::time::Instant::now();
    for s in &sents {
        k += find_numbers(&text[s.start..s.end]).len();
    }
    println!("numbers {:.1} MB/s", mb / t.elapsed().as_secs_f64());
    let t = std::time::Instant::now();
    for s in &sents {
        k += find_dates(&text[s.start..s.end]).len();
    }
    println!("dates {:.1} MB/s", mb / t.elapsed().as_secs_f64());
    let t = std::time::Instant::now();
    for s in &sents {
        k += find_times(&text[s.start..s.end]).len();
    }
    println!("times {:.1} MB/s", mb / t.elapsed().as_secs_f64());
    let t = std::time::Instant::now();
    for s in &sents {
        k += find_regions(&text[s.start..s.end]).len();
    }
    println!("regions {:.1} MB/s {k}", mb / t.elapsed().as_secs_f64());
}

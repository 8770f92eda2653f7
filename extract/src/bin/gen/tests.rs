#[allow(unused_imports)]
use super::story::{commas, Date};
use super::*;

fn params(n: usize) -> Params {
    Params {
        articles: n,
        seed: 7,
        copies_percent: 20,
        undated_percent: 20,
        figure_percent: 12,
    }
}

#[test]
fn same_seed_same_corpus_other_seed_other_corpus() {
    let a: Vec<_> = generate(&params(200)).collect();
    let b: Vec<_> = generate(&params(200)).collect();
    assert_eq!(a, b);
    let c: Vec<_> = generate(&Params {
        seed: 8,
        ..params(200)
    })
    .collect();
    assert_ne!(a[5].text, c[5].text);
}

#[test]
fn a_prefix_of_a_bigger_corpus_is_the_smaller_corpus() {
    let small: Vec<_> = generate(&params(100)).collect();
    let big: Vec<_> = generate(&params(300)).collect();
    assert_eq!(small[..], big[..100]);
}

#[test]
fn file_names_carry_index_and_layout() {
    let a = article(&params(10), 123);
    assert!(
        a.file.starts_with("g000123_") && a.file.ends_with(".txt"),
        "{}",
        a.file
    );
    assert!(a.file.contains(a.layout));
}

#[test]
fn shares_of_copies_and_undated_are_near_the_asked_percent() {
    let all: Vec<_> = generate(&params(2000)).collect();
    let copies = all.iter().filter(|a| a.copy_of.is_some()).count();
    let undated = all.iter().filter(|a| a.date.is_none()).count();
    assert!((300..500).contains(&copies), "{copies}");
    assert!((300..500).contains(&undated), "{undated}");
    for a in all.iter().filter(|a| a.copy_of.is_some()) {
        let o = &all[a.copy_of.unwrap()];
        assert!(o.copy_of.is_none() && o.layout != a.layout);
        assert_eq!(o.date, a.date);
    }
}

#[test]
fn undated_articles_have_no_date_anywhere() {
    for a in generate(&params(1500)).filter(|a| a.date.is_none()) {
        for y in ["2022", "2023", "2024"] {
            assert!(!a.text.contains(y), "{}: {}", a.file, a.text);
        }
        for m in words::MONTHS {
            assert!(!a.text.contains(&format!("{m} ")), "{} names {m}", a.file);
        }
    }
}

#[test]
fn dated_articles_state_their_date() {
    for a in generate(&params(500)).filter(|a| a.date.is_some() && a.layout != "plain") {
        let d = a.date.as_deref().unwrap();
        let y = &d[..4];
        assert!(a.text.contains(y), "{} lacks {y}", a.file);
    }
}

#[test]
fn every_category_and_qualifier_occurs() {
    let text: String = generate(&params(300)).map(|a| a.text).collect();
    for w in [
        "killed",
        "injured",
        "wounded",
        "killed or wounded",
        "battalions",
        "drones",
        "villages",
        "about ",
        "more than ",
        "at least ",
        "up to ",
        "as many as ",
        "fewer than ",
        "between ",
        "–",
        "several ",
        "dozens of ",
        "thousands of ",
        "/TASS/.",
        "(Reuters) -",
        "UrduPoint News",
        "Original url:",
        "$10,000",
        "Advertisement",
        "Read more",
        "Shebekino",
        "Sudzha",
        "Klimovo",
        "Kharkiv",
        "Sumy",
        "Voronezh",
        "Su-34",
    ] {
        assert!(text.contains(w), "missing {w:?}");
    }
}

#[test]
fn civil_dates() {
    assert_eq!(Date::from_days(19_047).iso(), "2022-02-24");
    assert_eq!(Date::from_days(19_047).weekday, 3); // a Thursday
    assert_eq!(Date::from_days(20_088).iso(), "2024-12-31");
    assert_eq!(Date::from_days(19_782).iso(), "2024-02-29");
    assert_eq!(commas(2092), "2,092");
    assert_eq!(commas(1_234_567), "1,234,567");
}

#[test]
fn rng_is_uniform_enough() {
    let mut r = Rng::new(1, 2, 3);
    let mut counts = [0usize; 10];
    for _ in 0..100_000 {
        counts[r.below(10)] += 1;
    }
    assert!(
        counts.iter().all(|&c| (9_000..11_000).contains(&c)),
        "{counts:?}"
    );
}

//! Unit tests of the numeral layer on news phrasing: digits, words, ranges,
//! qualifiers, vague quantity words and what is not a number. Each case checks
//! span text, num_span text, value/low/high, qualifier and `words`.

use super::*;
use crate::model::Qualifier::*;

#[path = "tests_commas.rs"]
mod commas;
#[path = "tests_speed.rs"]
mod speed;
#[path = "tests_traps.rs"]
mod traps;

/// What one expression reads as: span text, num_span text, value, low, high, qualifier, words.
type Row<'a> = (
    &'a str,
    &'a str,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    Qualifier,
    bool,
);

fn rows(t: &str) -> Vec<Row<'_>> {
    find_numbers(t)
        .into_iter()
        .map(|n| {
            assert!(
                t.is_char_boundary(n.span.start) && t.is_char_boundary(n.span.end),
                "{t:?}: {n:?}"
            );
            assert!(
                n.span.start <= n.num_span.start && n.num_span.end <= n.span.end,
                "{t:?}: {n:?}"
            );
            (
                &t[n.span.start..n.span.end],
                &t[n.num_span.start..n.num_span.end],
                n.value,
                n.low,
                n.high,
                n.qualifier,
                n.words,
            )
        })
        .collect()
}

/// The span texts found in `t`.
fn spans(t: &str) -> Vec<&str> {
    rows(t).into_iter().map(|r| r.0).collect()
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0),
        _ => false,
    }
}

/// `t` holds exactly one expression, reading as given.
fn one(t: &str, want: Row<'_>) {
    let r = rows(t);
    assert_eq!(r.len(), 1, "{t:?}: {r:?}");
    let g = r[0];
    let ok = g.0 == want.0
        && g.1 == want.1
        && close(g.2, want.2)
        && close(g.3, want.3)
        && close(g.4, want.4)
        && g.5 == want.5
        && g.6 == want.6;
    assert!(ok, "{t:?}\n  got  {g:?}\n  want {want:?}");
}

/// A plain exact number: span = num_span.
fn exact(t: &str, s: &str, v: f64, words: bool) {
    one(t, (s, s, Some(v), None, None, Exact, words));
}

fn qual(t: &str, span: &str, num: &str, v: f64, q: Qualifier) {
    let (low, high) = match q {
        MoreThan | AtLeast => (Some(v), None),
        UpTo | LessThan => (None, Some(v)),
        _ => (None, None),
    };
    one(
        t,
        (
            span,
            num,
            Some(v),
            low,
            high,
            q,
            num.starts_with(|c: char| c.is_ascii_alphabetic()),
        ),
    );
}

fn range(t: &str, span: &str, num: &str, lo: f64, hi: f64, words: bool) {
    one(t, (span, num, Some(lo), Some(lo), Some(hi), Range, words));
}

fn vague(t: &str, s: &str, low: f64) {
    one(t, (s, s, None, Some(low), None, Vague, true));
}

fn nothing(t: &str) {
    let r = rows(t);
    assert!(r.is_empty(), "{t:?}: expected no number, got {r:?}");
}

// ---- digits ----

#[test]
fn thousands_separator() {
    exact(
        "the battalions currently comprise 2,092 people.",
        "2,092",
        2092.0,
        false,
    );
}

#[test]
fn decimal_with_scale_word() {
    exact(
        "Damage is put at 1.5 million roubles.",
        "1.5 million",
        1.5e6,
        false,
    );
}

#[test]
fn digits_with_thousand() {
    exact(
        "Some shelters hold 3 thousand people",
        "3 thousand",
        3000.0,
        false,
    );
    // the same with a prefix qualifier ("Some" before digits)
    qual(
        "Some 3 thousand people",
        "Some 3 thousand",
        "3 thousand",
        3000.0,
        Approximately,
    );
}

#[test]
fn k_suffix() {
    exact("the video drew 10k views", "10k", 1e4, false);
}

#[test]
fn currency_sign_outside_span() {
    exact("Donate $10,000 to the fund", "10,000", 1e4, false);
    exact("a contract worth $2.5bn", "2.5bn", 2.5e9, false);
    exact("a £5m package", "5m", 5e6, false);
}

#[test]
fn metre_suffix_is_not_millions() {
    nothing("the drone flew 5m above the road");
}

#[test]
fn percent_sign_outside_span() {
    exact("turnout reached 50% in the region", "50", 50.0, false);
    exact("prices rose 3.5 per cent", "3.5", 3.5, false);
}

#[test]
fn million_billion_separators() {
    exact("1,000,000 rounds", "1,000,000", 1e6, false);
    exact("a budget of 4.2 billion", "4.2 billion", 4.2e9, false);
}

#[test]
fn comma_list_is_not_a_thousands_group() {
    assert_eq!(spans("platoons 12,34 and 5"), ["12", "34", "5"]);
}

#[test]
fn negative_numbers() {
    exact("temperatures of -5 degrees", "-5", -5.0, false);
    exact("temperatures of minus 5 degrees", "minus 5", -5.0, false);
}

// ---- number words ----

#[test]
fn words_three_thousand() {
    exact(
        "three thousand soldiers were mobilised",
        "three thousand",
        3000.0,
        true,
    );
}

#[test]
fn words_hyphenated_tens() {
    exact("Twenty-one volunteers signed up", "Twenty-one", 21.0, true);
}

#[test]
fn words_article_hundred() {
    exact("a hundred fighters joined", "a hundred", 100.0, true);
    exact("a million dollars", "a million", 1e6, true);
}

#[test]
fn words_dozen() {
    exact("a dozen drones were shot down", "a dozen", 12.0, true);
    exact("half a dozen tanks", "half a dozen", 6.0, true);
    exact("3 dozen rifles", "3 dozen", 36.0, false);
}

#[test]
fn words_hundred_and() {
    exact(
        "one hundred and five men",
        "one hundred and five",
        105.0,
        true,
    );
    exact(
        "two thousand three hundred and forty-five",
        "two thousand three hundred and forty-five",
        2345.0,
        true,
    );
}

#[test]
fn words_and_a_half() {
    exact(
        "two and a half million people",
        "two and a half million",
        2.5e6,
        true,
    );
}

#[test]
fn a_couple() {
    qual(
        "a couple of days later",
        "a couple",
        "a couple",
        2.0,
        Approximately,
    );
    qual(
        "a couple hundred residents",
        "a couple hundred",
        "a couple hundred",
        200.0,
        Approximately,
    );
    qual(
        "a couple of thousand residents",
        "a couple of thousand",
        "a couple of thousand",
        2000.0,
        Approximately,
    );
}

#[test]
fn pronoun_one_is_not_a_number() {
    nothing("The one you mentioned is invalid");
    nothing("No one was hurt in the attack");
    nothing("one of the soldiers was wounded");
    nothing("the soldiers helped one another");
    exact("One soldier died", "One", 1.0, true);
    exact("Let's try one last time", "one", 1.0, true);
}

#[test]
fn one_after_the_conjunction_that_counts_its_noun() {
    // "that" as a conjunction, not a demonstrative: "said that one soldier died"
    exact(
        "Officials said that one soldier died overnight",
        "one",
        1.0,
        true,
    );
    exact(
        "He confirmed that one drone was shot down",
        "one",
        1.0,
        true,
    );
    // the pronoun "that one" stays a pronoun
    nothing("That one was shot down too");
    nothing("They asked about that one, and that one only");
    nothing("I prefer that one.");
}

#[test]
fn article_alone_is_not_a_number() {
    nothing("a soldier was wounded");
    nothing("an");
    nothing("a");
}

// ---- ranges ----

#[test]
fn range_between_and() {
    range(
        "between 20 and 30 men",
        "between 20 and 30",
        "20 and 30",
        20.0,
        30.0,
        false,
    );
    range(
        "between two and three thousand",
        "between two and three thousand",
        "two and three thousand",
        2000.0,
        3000.0,
        true,
    );
}

#[test]
fn range_from_to() {
    range(
        "from 20 to 30 men",
        "from 20 to 30",
        "20 to 30",
        20.0,
        30.0,
        false,
    );
}

#[test]
fn range_dashes() {
    range("40–50 men", "40–50", "40–50", 40.0, 50.0, false);
    range("40-50 men", "40-50", "40-50", 40.0, 50.0, false);
    range(
        "12,000 – 15,000 troops",
        "12,000 – 15,000",
        "12,000 – 15,000",
        12000.0,
        15000.0,
        false,
    );
}

#[test]
fn em_dash_with_spaces_is_not_a_range() {
    assert_eq!(spans("they lost 40 — 50 were reported later"), ["40", "50"]);
}

#[test]
fn range_words_or() {
    range(
        "two or three drones",
        "two or three",
        "two or three",
        2.0,
        3.0,
        true,
    );
}

#[test]
fn range_to() {
    range("20 to 30 men", "20 to 30", "20 to 30", 20.0, 30.0, false);
    range(
        "2 to 3 million people",
        "2 to 3 million",
        "2 to 3 million",
        2e6,
        3e6,
        false,
    );
}

#[test]
fn range_with_prefix_qualifier() {
    range(
        "some 10,000 to 15,000 troops",
        "some 10,000 to 15,000",
        "10,000 to 15,000",
        1e4,
        1.5e4,
        false,
    );
}

#[test]
fn descending_pair_is_two_numbers() {
    assert_eq!(spans("the vote was 5 to 4"), ["5", "4"]);
}

#[test]
fn two_facing_bounds_make_a_range() {
    range(
        "more than 1,000 and fewer than 2,000",
        "more than 1,000 and fewer than 2,000",
        "1,000 and fewer than 2,000",
        1000.0,
        2000.0,
        false,
    );
}

// ---- qualifiers ----

#[test]
fn approximately_phrases() {
    for p in [
        "about",
        "around",
        "roughly",
        "some",
        "approximately",
        "an estimated",
        "nearly",
        "almost",
        "close to",
    ] {
        let t = format!("{p} 500 men were sent");
        qual(&t, &format!("{p} 500"), "500", 500.0, Approximately);
    }
    qual(
        "Some 1,200 volunteers",
        "Some 1,200",
        "1,200",
        1200.0,
        Approximately,
    );
}

#[test]
fn more_than_phrases() {
    for p in ["more than", "over", "upwards of", "in excess of"] {
        let t = format!("{p} 500 men were sent");
        qual(&t, &format!("{p} 500"), "500", 500.0, MoreThan);
    }
    qual(
        "over a dozen drones",
        "over a dozen",
        "a dozen",
        12.0,
        MoreThan,
    );
}

#[test]
fn at_least_phrases() {
    for p in ["at least", "no fewer than", "no less than"] {
        let t = format!("{p} 500 men were sent");
        qual(&t, &format!("{p} 500"), "500", 500.0, AtLeast);
    }
}

#[test]
fn up_to_phrases() {
    for p in ["as many as", "up to"] {
        let t = format!("{p} 500 men were sent");
        qual(&t, &format!("{p} 500"), "500", 500.0, UpTo);
    }
}

#[test]
fn less_than_phrases() {
    for p in ["fewer than", "less than", "under", "below"] {
        let t = format!("{p} 500 men were sent");
        qual(&t, &format!("{p} 500"), "500", 500.0, LessThan);
    }
}

#[test]
fn postfix_qualifiers() {
    qual("20 or more people", "20 or more", "20", 20.0, AtLeast);
    qual("20+ drones", "20+", "20", 20.0, AtLeast);
    qual(
        "about 20 or so people",
        "about 20 or so",
        "20",
        20.0,
        Approximately,
    );
}

#[test]
fn some_before_a_noun_is_nothing() {
    nothing("some residents left the village");
    assert_eq!(spans("Some of the 200 men"), ["200"]);
}

#[test]
fn over_a_stretch_of_time_is_not_more_than() {
    exact("fighting over 3 years", "3", 3.0, false);
    qual("men over 30 years old", "over 30", "30", 30.0, MoreThan);
}

// ---- vague quantity words ----

#[test]
fn vague_words_and_low_bounds() {
    vague("several drones", "several", 3.0);
    vague("a few drones", "a few", 2.0);
    vague("dozens of drones", "dozens", 24.0);
    vague("scores of people", "scores", 40.0);
    vague("hundreds of people", "hundreds", 200.0);
    vague("Thousands of people fled", "Thousands", 2000.0);
    vague("millions of people", "millions", 2e6);
}

#[test]
fn vague_with_scales() {
    vague("tens of thousands of people", "tens of thousands", 2e4);
    vague(
        "hundreds of thousands of people",
        "hundreds of thousands",
        2e5,
    );
    vague("several hundred volunteers", "several hundred", 300.0);
    vague("a few thousand residents", "a few thousand", 2000.0);
    vague("tens of people were evacuated", "tens", 20.0);
}

#[test]
fn vague_takes_no_prefix_qualifier() {
    // "more than" cannot bound a vague word: the vague word alone is reported.
    assert_eq!(
        rows("more than hundreds of people")
            .iter()
            .map(|r| r.5)
            .collect::<Vec<_>>(),
        [Vague]
    );
}

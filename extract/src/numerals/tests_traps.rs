//! Unit tests of the numeral layer: what is not a number (ordinals,
//! designators, times, dates, fractions), and whole news sentences with traps.

use super::super::find_numbers;
use super::{exact, nothing, rows, spans};
use crate::model::Qualifier::*;

// ---- not numbers ----

#[test]
fn ordinals_are_not_numbers() {
    nothing("the first batch of volunteers");
    nothing("the second wave");
    nothing("the 2nd battalion and the 21st brigade");
    nothing("the twenty-first century");
}

#[test]
fn designators_are_not_numbers() {
    nothing("Su-34 and MiG-29 jets");
    nothing("a T-72 tank hit by an S-400");
    nothing("COVID-19 cases");
    nothing("the aircraft with hex code a79616");
    nothing("Tu-22M3 bombers and Ka-52 helicopters");
}

#[test]
fn times_are_not_numbers() {
    nothing("at 06:40 local time");
    nothing("at 5 p.m. and at 6 pm");
}

#[test]
fn fractions_and_glued_units_are_not_numbers() {
    nothing("two-thirds of them");
    nothing("155mm shells");
    nothing("the 1990s");
}

#[test]
fn dates_are_not_counts() {
    nothing("on 24 February 2022");
    nothing("February 24, 2022");
    nothing("since 2014 the region");
    assert_eq!(spans("In 2022 the battalion had 300 men."), ["300"]);
    assert_eq!(spans("the 2022 budget"), ["2022"]);
}

#[test]
fn web_addresses_are_skipped() {
    nothing("see https://example.com/news/2023/10/15/article-123 for more");
}

// ---- news sentences and traps ----

#[test]
fn years_next_to_counts() {
    let t = "Self-defense battalions were formed in the Belgorod Region in 2022 and currently comprise 2,092 people.";
    assert_eq!(spans(t), ["2,092"]);
}

#[test]
fn eight_days_is_a_number() {
    exact("The shelling lasted eight days.", "eight", 8.0, true);
}

#[test]
fn donation_banner_money() {
    let t = "Support independent journalism: donate $10 a month or $120 a year.";
    assert_eq!(spans(t), ["10", "120"]);
}

#[test]
fn teaser_with_casualty_count() {
    let t = "Read also: Drone strike in Shebekino kills 3, injures 12";
    assert_eq!(spans(t), ["3", "12"]);
}

#[test]
fn byte_offsets_after_curly_quotes() {
    let t = "“We lost 12 men,” he said — “about 40 more were wounded.”";
    let f = find_numbers(t);
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].span.start, t.find("12").unwrap());
    assert_eq!(&t[f[1].span.start..f[1].span.end], "about 40");
    assert_eq!(f[1].qualifier, Approximately);
    assert_eq!(&t[f[1].num_span.start..f[1].num_span.end], "40");
}

#[test]
fn several_figures_in_one_sentence() {
    let t = "At least 25 people were killed and as many as 80 injured, while some 1,500 fled.";
    let r = rows(t);
    assert_eq!(
        r.iter().map(|r| (r.0, r.5)).collect::<Vec<_>>(),
        [
            ("At least 25", AtLeast),
            ("as many as 80", UpTo),
            ("some 1,500", Approximately)
        ]
    );
}

#[test]
fn strong_and_year_old_compounds() {
    exact("a 300-strong unit", "300", 300.0, false);
    exact("a 40-year-old man", "40", 40.0, false);
}

#[test]
fn no_overlaps_and_in_order() {
    let t = "between 20 and 30 men, 40-50 tanks, about 3 thousand shells, dozens of drones and two or three jets";
    let f = find_numbers(t);
    assert_eq!(f.len(), 5);
    for w in f.windows(2) {
        assert!(w[0].span.end <= w[1].span.start);
    }
}

#[test]
fn abbreviated_month_days_are_dates() {
    nothing("on Feb. 24 the troops crossed");
    nothing("the Sept. 5, 2023 report");
    assert_eq!(spans("It happened in May. 12 people died."), ["12"]);
}

#[test]
fn one_by_one_is_not_a_count() {
    nothing("they left one by one");
}

#[test]
fn a_hedged_upper_bound_after_a_comma_is_a_range() {
    use super::one;
    one(
        "two hundred, maybe two hundred and fifty people",
        (
            "two hundred, maybe two hundred and fifty",
            "two hundred, maybe two hundred and fifty",
            Some(200.0),
            Some(200.0),
            Some(250.0),
            Range,
            true,
        ),
    );
    one(
        "about 40, perhaps 50 fighters",
        (
            "about 40, perhaps 50",
            "40, perhaps 50",
            Some(40.0),
            Some(40.0),
            Some(50.0),
            Range,
            false,
        ),
    );
    // traps: a date before the hedge, a second number that is smaller or far larger,
    // (the day of a month is no number of its own)
    assert_eq!(spans("on May 5, perhaps 30 people came"), ["perhaps 30"]);
    assert_eq!(spans("50, maybe 40 fighters"), ["50", "maybe 40"]);
    assert_eq!(spans("12, possibly 3,000 people"), ["12", "possibly 3,000"]);
}

#[test]
fn a_range_of_amounts_may_repeat_its_currency_sign() {
    for (t, lo, hi) in [
        ("drivers charge $55-$110 a seat", 55.0, 110.0),
        ("tickets cost €5–€10", 5.0, 10.0),
        ("rent is now ₽15,000-₽20,000 a month", 15000.0, 20000.0),
        ("fares of £3 to £6", 3.0, 6.0),
    ] {
        let n = find_numbers(t);
        assert_eq!(n.len(), 1, "{t}: {n:?}");
        assert_eq!(
            (n[0].low, n[0].high, n[0].qualifier),
            (Some(lo), Some(hi), Range),
            "{t}"
        );
    }
    // traps: another currency, or a sign only on the second, is no range of one amount
    assert_eq!(spans("from $5 to €10 a trip"), ["5", "10"]);
    assert_eq!(spans("a score of 5-$10 bills"), ["5", "10"]);
}

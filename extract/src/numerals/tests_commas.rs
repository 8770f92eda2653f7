//! Unit tests of number formats from translated (Russian, European) text: the decimal
//! comma before a scale word, thousands grouped by spaces of every width, and a
//! tilde for "about" — each beside the English reading that must not change.

use super::{exact, nothing, one, qual, spans};
use crate::model::Qualifier::*;

#[test]
fn decimal_comma_before_a_scale_word() {
    exact(
        "The budget allocates 1,2 billion rubles.",
        "1,2 billion",
        1.2e9,
        false,
    );
    exact(
        "another 1,5 million was set aside",
        "1,5 million",
        1.5e6,
        false,
    );
    qual(
        "about 2,75 mln rubles",
        "about 2,75 mln",
        "2,75 mln",
        2.75e6,
        Approximately,
    );
    exact(
        "spent 3,4 thousand rubles on fuel",
        "3,4 thousand",
        3400.0,
        false,
    );
    exact("the fund holds 0,8 billion", "0,8 billion", 0.8e9, false);
}

#[test]
fn decimal_comma_before_a_percent_sign() {
    exact("expenses on social policy grow by 9,6%.", "9,6", 9.6, false);
    exact("inflation was 7,45 % in the region", "7,45", 7.45, false);
    exact("a share of 12,5 percent of the budget", "12,5", 12.5, false);
    // traps: a thousands group before a percent sign, and a list of numbers
    exact("a rise of 1,200% in a year", "1,200", 1200.0, false);
    let s = spans("rose by 1,2 and 3% in turn");
    assert!(!s.iter().any(|x| *x == "1,2"), "{s:?}");
}

#[test]
fn english_thousands_commas_are_unchanged() {
    exact("1,200 people were evacuated", "1,200", 1200.0, false);
    exact("1,200 million rubles", "1,200 million", 1.2e9, false);
    exact("12,500 readers", "12,500", 12500.0, false);
    exact("a force of 3,000", "3,000", 3000.0, false);
}

#[test]
fn a_comma_without_a_scale_word_stays_a_list() {
    // Not decimal: no scale word after the digits.
    assert_eq!(spans("platoons 1,2 and 3"), ["1", "2", "3"]);
    assert_eq!(spans("1,5 people"), ["1", "5"]);
    // A scale word of a hundred is not enough: "1,5 hundred" is a list in English text.
    assert_eq!(spans("items 1,5 hundred"), ["1", "5 hundred"]);
}

#[test]
fn thousands_grouped_by_any_space() {
    exact("2 400 people", "2 400", 2400.0, false);
    exact("2\u{a0}400 people", "2\u{a0}400", 2400.0, false);
    exact("2\u{202f}400 people", "2\u{202f}400", 2400.0, false);
    exact("2\u{2009}400 people", "2\u{2009}400", 2400.0, false);
    exact("1 250 000 rubles", "1 250 000", 1.25e6, false);
    // Mixed separators are not one number.
    assert_ne!(spans("2\u{a0}400 000"), ["2\u{a0}400 000"]);
}

#[test]
fn space_groups_with_a_decimal_point() {
    exact("Total ..... 6 355.9", "6 355.9", 6355.9, false);
    exact("costs 1 850.0 rubles", "1 850.0", 1850.0, false);
    exact("1\u{a0}250.75 tonnes", "1\u{a0}250.75", 1250.75, false);
    // traps: a date or a version after the groups is not a fraction
    assert_ne!(spans("code 10 000.12.2023"), ["10 000.12"]);
    assert_ne!(spans("v 1 000.1.2"), ["1 000.1"]);
    assert_ne!(spans("1 000.1234"), ["1 000.1234"]);
}

#[test]
fn tilde_means_about() {
    qual("~2,400", "~2,400", "2,400", 2400.0, Approximately);
    qual("a force of ~300 men", "~300", "300", 300.0, Approximately);
    qual("(~15)", "~15", "15", 15.0, Approximately);
}

#[test]
fn a_tilde_glued_to_a_word_or_number_is_not_about() {
    nothing("build v~2");
    assert_eq!(spans("pages 10~20"), ["10"]);
}

#[test]
fn tilde_range_keeps_its_bounds() {
    one(
        "~40-50 fighters",
        (
            "~40-50",
            "40-50",
            Some(40.0),
            Some(40.0),
            Some(50.0),
            Range,
            false,
        ),
    );
}

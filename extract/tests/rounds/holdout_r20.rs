//! Sets 33 and 34 of the held-out articles (tuned on together in round 20 of issue
//! #3), chained from `holdout.rs` to keep each file short.

use super::{check, Floors};

#[test]
fn holdout33_articles_score_above_the_floor() {
    // Reached 0.958 / 0.950 / 14 of 14 / 14 of 14 (from 0.882 blind; official documents:
    // counts in scare quotes, document tables with a bracketed unit line, code and
    // unit-of-measure columns, a quantity column, decimal commas after space groups,
    // "the strength ... at 3,600 persons", a donation appeal above the story). Residents
    // who applied (personnel by the holdout30 convention), "the count is at least 52"
    // and "25 vacancies" remain.
    check(
        "holdout33",
        Floors {
            f1: 0.938,
            strict_f1: 0.93,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout34_articles_score_above_the_floor() {
    // Reached 0.960 / 0.908 / 13 of 14 / 14 of 14 (from 0.869 blind; pages that gather
    // claims: an Oryx-style loss list by model, "five of them children" before the
    // casualty verb, "a force which ... numbers about 3,000 people", "bringing the
    // force to about 3,600", "more than 70 \"nationalists\""). "Three children were
    // among the wounded", a fact-check's own method counts and an OSINT thread's
    // reprint date remain.
    check(
        "holdout34",
        Floors {
            f1: 0.94,
            strict_f1: 0.888,
            dates: 0.9,
            duplicates: 0.98,
        },
    );
}

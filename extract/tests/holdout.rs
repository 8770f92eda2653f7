//! The held-out articles (`tests/holdout/*.txt`, never used to write rules) against
//! their gold file (`tests/holdout/gold.json`), scored exactly like
//! `shared/tools/score_figures.py`. Prints lenient and strict P/R/F1, dates and
//! duplicates, with every miss and extra; fails below the floors, so that a regression
//! on unseen articles fails CI.
//!
//! Run with `cargo test -p tally-extract --test holdout -- --nocapture` for the report.

mod common;

use common::{gold_articles, predict, score, txt_files};
use std::path::Path;

/// Floors: the scores reached when the test was written, minus 0.02.
const MIN_F1: f64 = 0.98;
const MIN_STRICT_F1: f64 = 0.98;
const MIN_DATES: f64 = 0.98;
const MIN_DUPLICATES: f64 = 0.98;

#[test]
fn holdout_articles_score_above_the_floor() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/holdout");
    let gold = gold_articles(&format!("{dir}/gold.json"));
    let files = txt_files(Path::new(dir));
    assert_eq!(files.len(), gold.len(), "one holdout file per gold article");
    let sc = score(&gold, &predict(&files));
    println!("holdout: {}", sc.summary());
    for p in &sc.problems {
        println!("  {p}");
    }
    let (_, _, lf) = sc.lenient();
    let (_, _, sf) = sc.strict();
    let dates = sc.dates_ok as f64 / sc.dates_n.max(1) as f64;
    let dups = sc.dup_ok as f64 / sc.dup_n.max(1) as f64;
    assert!(
        lf >= MIN_F1,
        "holdout F1 {lf:.3} < {MIN_F1}: {}",
        sc.summary()
    );
    assert!(
        sf >= MIN_STRICT_F1,
        "holdout strict F1 {sf:.3} < {MIN_STRICT_F1}: {}",
        sc.summary()
    );
    assert!(dates >= MIN_DATES, "holdout dates {dates:.3} < {MIN_DATES}");
    assert!(
        dups >= MIN_DUPLICATES,
        "holdout duplicates {dups:.3} < {MIN_DUPLICATES}"
    );
}

//! The seed corpus against its gold file (`shared/seed-gold.json`), scored exactly like
//! `shared/tools/score_figures.py`: a gold figure matches a predicted one of the same
//! article when the values agree (within 0.5 %, or both null; a vague gold figure with
//! a low bound may be predicted by that bound) and the categories agree; optional gold
//! figures count neither way; strict matching also asks for region and qualifier.
//! Also compares title, date, source, url, duplicate_of and regions.
//!
//! Run with `cargo test -p tally-extract --test seed_gold -- --nocapture` for the report.

mod common;

use common::{gold_articles, predict, score, txt_files};
use serde_json::Value;
use std::path::Path;

#[test]
fn seed_corpus_matches_gold() {
    let gold = gold_articles(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/seed-gold.json"
    ));
    let files = txt_files(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus")));
    let pred = predict(&files);
    let sc = score(&gold, &pred);
    let mut problems = sc.problems.clone();
    for g in &gold {
        let id = g["id"].as_str().expect("gold article id");
        let Some(p) = pred.iter().find(|p| p["id"] == id) else {
            continue;
        };
        for field in ["title", "source", "url", "regions"] {
            let want = g.get(field).unwrap_or(&Value::Null);
            let got = p.get(field).unwrap_or(&Value::Null);
            if want != got {
                problems.push(format!("{id}: {field} got {got} want {want}"));
            }
        }
    }
    let (_, _, sf) = sc.strict();
    println!("{}", sc.summary());
    for p in &problems {
        println!("  {p}");
    }
    assert!(
        problems.is_empty() && sf == 1.0,
        "seed gold: strict F1 {sf:.3}, {} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

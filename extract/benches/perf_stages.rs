//! One stage at a time, for instruction counts under callgrind:
//! `valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*perf_stages::run*' \
//!   target/release/deps/perf_stages-* STAGE [seeds|written|generated|dense]`
//! STAGE: clean, numerals, regions, meta, figures, article, dedupe, corpus.
//! Corpora as in `throughput.rs`: seeds (and `written`, default 1 MB) copied to `TALLY_BENCH_MB` (default 4) with digits
//! shifted per copy; `TALLY_BENCH_ARTICLES` (default 2000) generated articles (seed 1).

use std::hint::black_box;
use std::time::Instant;

use tally_extract::{
    clean, dedupe, extract_article, extract_corpus, figures, meta, numerals, regions,
};

#[path = "../src/bin/gen/mod.rs"]
mod generator;

mod common;
use common::{generated_corpus, seed_corpus, written_corpus};

fn env<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

#[inline(never)]
fn run(stage: &str, docs: &[(String, String)], blocks: &[Vec<clean::Block>]) -> usize {
    match stage {
        "clean" => docs.iter().map(|d| clean::blocks(&d.1).len()).sum(),
        "numerals" => docs
            .iter()
            .map(|d| numerals::find_numbers(&d.1).len())
            .sum(),
        "regions" => docs.iter().map(|d| regions::find_regions(&d.1).len()).sum(),
        "meta" => docs
            .iter()
            .zip(blocks)
            .map(|(d, b)| usize::from(meta::metadata(&d.1, b).date.is_some()))
            .sum(),
        "figures" => docs
            .iter()
            .zip(blocks)
            .map(|(d, b)| figures::figures(&d.1, b, None).len())
            .sum(),
        "article" => docs
            .iter()
            .map(|d| extract_article(&d.0, &d.1).figures.len())
            .sum(),
        "dedupe" => {
            let bodies: Vec<&str> = docs.iter().map(|d| d.1.as_str()).collect();
            dedupe::near_duplicates(&bodies).len()
        }
        "corpus" => extract_corpus(docs).len(),
        _ => panic!("unknown stage {stage}"),
    }
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let stage = args.first().map(String::as_str).unwrap_or("corpus");
    let which = args.get(1).map(String::as_str).unwrap_or("seeds");
    let docs = match which {
        "seeds" => seed_corpus(env("TALLY_BENCH_MB", 4.0)),
        "written" => written_corpus(env("TALLY_BENCH_MB", 1.0)),
        "dense" => generated_corpus(env("TALLY_BENCH_ARTICLES", 2000), 30),
        _ => generated_corpus(env("TALLY_BENCH_ARTICLES", 2000), 12),
    };
    let blocks: Vec<Vec<clean::Block>> = if stage == "meta" || stage == "figures" {
        docs.iter().map(|d| clean::blocks(&d.1)).collect()
    } else {
        Vec::new()
    };
    let mb = docs.iter().map(|d| d.1.len()).sum::<usize>() as f64 / 1e6;
    let reps: usize = env("TALLY_BENCH_REPS", 1);
    let mut best = f64::MAX;
    let mut n = 0;
    for _ in 0..reps {
        let t = Instant::now();
        n = black_box(run(stage, &docs, &blocks));
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{stage} {which}: {mb:.2} MB, {n} items, best {best:.4} s, {:.1} MB/s",
        mb / best
    );
}

//! Extraction throughput, single core: `cargo bench -p tally-extract --bench throughput`.
//!
//! Builds a large corpus from the article files of `corpus/` (each copied many times
//! with its numbers changed, so nothing is a trivial repeat), then times every stage
//! and the whole pipeline, and prints MB/s. Set `TALLY_BENCH_MB` for another size.

use std::hint::black_box;
use std::time::Instant;

use tally_extract::{clean, dedupe, extract_article, extract_corpus, numerals, regions};

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus");
    let (files, bad) = tally_extract::read_corpus_dir(std::path::Path::new(dir)).expect("corpus folder");
    assert!(bad.is_empty() && !files.is_empty(), "the corpus folder has readable articles");
    let target_mb: f64 = std::env::var("TALLY_BENCH_MB").ok().and_then(|s| s.parse().ok()).unwrap_or(40.0);
    let target = (target_mb * 1e6) as usize;
    let mut docs: Vec<(String, String)> = Vec::new();
    let mut size = 0;
    let mut k = 0usize;
    while size < target {
        for f in &files {
            // vary every digit run so copies differ: 2,092 → 2,093 ...
            let text: String = f
                .text
                .chars()
                .map(|c| if c.is_ascii_digit() { char::from(b'0' + ((c as u8 - b'0' + (k % 7) as u8) % 10)) } else { c })
                .collect();
            size += text.len();
            docs.push((format!("{}-{k}", f.id), text));
        }
        k += 1;
    }
    let mb = size as f64 / 1e6;
    println!("corpus: {} articles, {:.1} MB (from {} files in corpus/)", docs.len(), mb, files.len());
    println!("{:<28} {:>10} {:>10}", "stage", "seconds", "MB/s");
    let time = |name: &str, f: &mut dyn FnMut() -> usize| {
        let t = Instant::now();
        let n = black_box(f());
        let s = t.elapsed().as_secs_f64();
        println!("{name:<28} {s:>10.3} {:>10.1}   ({n} items)", mb / s);
    };
    time("clean::blocks", &mut || docs.iter().map(|d| clean::blocks(&d.1).len()).sum());
    time("numerals::find_numbers", &mut || docs.iter().map(|d| numerals::find_numbers(&d.1).len()).sum());
    time("regions::find_regions", &mut || docs.iter().map(|d| regions::find_regions(&d.1).len()).sum());
    time("extract_article (all stages)", &mut || {
        docs.iter().map(|d| extract_article(&d.0, &d.1).figures.len()).sum()
    });
    let bodies: Vec<&str> = docs.iter().map(|d| d.1.as_str()).collect();
    time("dedupe::near_duplicates", &mut || dedupe::near_duplicates(&bodies).len());
    time("extract_corpus (pipeline)", &mut || extract_corpus(&docs).len());
}

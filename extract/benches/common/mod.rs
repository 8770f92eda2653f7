//! Corpora the benchmarks share (included by each bench with `#[path]`).

use crate::generator;

/// The article files of `corpus/`, copied until they reach `target_mb` MB, every digit
/// shifted per copy (2,092 → 2,093 ...) so that copies differ.
pub fn seed_corpus(target_mb: f64) -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus");
    let (files, bad) =
        tally_extract::read_corpus_dir(std::path::Path::new(dir)).expect("corpus folder");
    assert!(
        bad.is_empty() && !files.is_empty(),
        "the corpus folder has readable articles"
    );
    let target = (target_mb * 1e6) as usize;
    let mut docs = Vec::new();
    let (mut size, mut k) = (0, 0usize);
    while size < target {
        for f in &files {
            let text: String = f
                .text
                .chars()
                .map(|c| {
                    if c.is_ascii_digit() {
                        char::from(b'0' + ((c as u8 - b'0' + (k % 7) as u8) % 10))
                    } else {
                        c
                    }
                })
                .collect();
            size += text.len();
            docs.push((format!("{}-{k}", f.id), text));
        }
        k += 1;
    }
    docs
}

/// `articles` generated articles (seed 1), as (id, text).
pub fn generated_corpus(articles: usize, figure_percent: u32) -> Vec<(String, String)> {
    let p = generator::Params {
        articles,
        seed: 1,
        figure_percent,
        ..Default::default()
    };
    generator::generate(&p)
        .map(|a| (a.file.trim_end_matches(".txt").to_string(), a.text))
        .collect()
}

//! Corpora the benchmarks share (included by each bench with `#[path]`).

use crate::generator;

/// The article files of `corpus/`, copied until they reach `target_mb` MB, every digit
/// shifted per copy (2,092 → 2,093 ...) so that copies differ.
pub fn seed_corpus(target_mb: f64) -> Vec<(String, String)> {
    copied(
        &[concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus")],
        target_mb,
    )
}

/// Every article written by hand for this project: the seeds, the sets the rules were
/// tuned on (`extract/tests/holdout*`) and the blind sets (`eval/*`), about 190 pages of
/// many outlets, copied like [`seed_corpus`].
pub fn written_corpus(target_mb: f64) -> Vec<(String, String)> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let mut dirs = vec![format!("{root}/corpus")];
    for parent in [format!("{root}/extract/tests"), format!("{root}/eval")] {
        // (`eval/` is absent while there is no blind set)
        let Ok(entries) = std::fs::read_dir(&parent) else {
            continue;
        };
        let mut found: Vec<String> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.join("gold.json").is_file())
            .map(|p| p.display().to_string())
            .collect();
        found.sort();
        dirs.extend(found);
    }
    let dirs: Vec<&str> = dirs.iter().map(String::as_str).collect();
    copied(&dirs, target_mb)
}

/// The article files of `dirs`, copied until they reach `target_mb` MB, every digit
/// shifted per copy so that copies differ.
fn copied(dirs: &[&str], target_mb: f64) -> Vec<(String, String)> {
    let mut files = Vec::new();
    for dir in dirs {
        let (found, bad) =
            tally_extract::read_corpus_dir(std::path::Path::new(dir)).expect("corpus folder");
        assert!(
            bad.is_empty() && !found.is_empty(),
            "{dir} has readable articles"
        );
        // (a set's NOTES.md is its writer's notes, not an article)
        files.extend(found.into_iter().filter(|f| f.id != "NOTES"));
    }
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

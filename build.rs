//! Extracts the corpus at compile time and embeds it in the app.
//!
//! The folder is `corpus/` unless `TALLY_CORPUS` names another. A file that cannot
//! be read is reported as a build warning and in the app, and the others still go in.

#[path = "src/data.rs"]
#[allow(dead_code)]
mod data;

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=TALLY_CORPUS");
    let dir = std::env::var("TALLY_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(
                std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
            )
            .join("corpus")
        });
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut items = Vec::new();
    let mut errors = Vec::new();
    match tally_extract::read_corpus_dir(&dir) {
        Ok((files, bad)) => {
            for e in bad {
                println!("cargo:warning=tally corpus: skipped {e}");
                errors.push(e.to_string());
            }
            for f in &files {
                println!("cargo:rerun-if-changed={}", f.path.display());
                for w in &f.warnings {
                    println!("cargo:warning=tally corpus: {}: {w}", f.path.display());
                }
            }
            let docs: Vec<(String, String)> = files
                .iter()
                .map(|f| (f.id.clone(), f.text.clone()))
                .collect();
            let articles = tally_extract::extract_corpus(&docs);
            for ((mut article, text), f) in articles
                .into_iter()
                .zip(docs.into_iter().map(|d| d.1))
                .zip(&files)
            {
                article.warnings.splice(0..0, f.warnings.iter().cloned());
                items.push((article, text));
            }
        }
        Err(e) => {
            println!("cargo:warning=tally corpus: cannot read folder {e}");
            errors.push(format!("cannot read corpus folder {e}"));
        }
    }
    let corpus = data::Corpus::new(items, errors);
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.json");
    let json = serde_json::to_string(&corpus).expect("the corpus serializes");
    std::fs::write(&out, json).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}

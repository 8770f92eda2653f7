//! Extracts the corpus at compile time. The app embeds its index (`corpus.bin`: every
//! article and figure, packed by `src/pack.rs`); the article texts go to body shards,
//! static files of about [`SHARD_BYTES`] named after their content (`b<hash>.txt`),
//! which the reader fetches when an article is opened. Shards are written to
//! `<target>/<profile>/tally-bodies/`; Trunk's post-build hook (`scripts/bodies.sh`)
//! copies the ones the index names into `dist/bodies/`.
//!
//! The folder is `corpus/` unless `TALLY_CORPUS` names another. A file that cannot
//! be read is reported as a build warning and in the app, and the others still go in.

use tally_view::{data, pack};

use std::path::{Path, PathBuf};

/// A shard is closed once it holds this many bytes of text.
const SHARD_BYTES: usize = 128 * 1024;

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
    let mut corpus = data::Corpus::new(items, errors);
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    // OUT_DIR is <target>/[<triple>/]<profile>/build/<pkg>-<hash>/out
    let bodies = out.ancestors().nth(3).unwrap_or(&out).join("tally-bodies");
    let shards = write_shards(&mut corpus, &bodies);
    let index = pack::write_corpus(&corpus, &shards);
    write(&out.join("corpus.bin"), &index);
}

/// Moves every body into shards under `dir`; returns the shard names in order.
fn write_shards(corpus: &mut data::Corpus, dir: &Path) -> Vec<String> {
    std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    let mut names = Vec::new();
    let mut shard = String::new();
    let flush = |shard: &mut String, names: &mut Vec<String>| {
        if shard.is_empty() {
            return;
        }
        let name = format!("b{:016x}.txt", fnv1a(shard.as_bytes()));
        let path = dir.join(&name);
        if !path.exists() {
            write(&path, shard.as_bytes());
        }
        names.push(name);
        shard.clear();
    };
    for e in &mut corpus.articles {
        let data::Body::Text(text) = &e.body else {
            continue;
        };
        let start = shard.len() as u32;
        shard.push_str(text);
        e.body = data::Body::Shard {
            file: names.len() as u32,
            start,
            len: text.len() as u32,
        };
        if shard.len() >= SHARD_BYTES {
            flush(&mut shard, &mut names);
        }
    }
    flush(&mut shard, &mut names);
    names
}

fn fnv1a(b: &[u8]) -> u64 {
    b.iter().fold(0xcbf29ce484222325, |h, &x| {
        (h ^ x as u64).wrapping_mul(0x100000001b3)
    })
}

fn write(path: &Path, bytes: &[u8]) {
    // write then rename, so a reader never sees half a file
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, bytes)
        .and_then(|_| std::fs::rename(&tmp, path))
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

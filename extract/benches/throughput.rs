//! Extraction throughput, single core: `cargo bench -p tally-extract --bench throughput`.
//!
//! Four corpora, each timed stage by stage and through the whole pipeline (MB/s):
//! - `seeds×k`: the article files of `corpus/`, copied until `TALLY_BENCH_MB` (default 20)
//!   with every digit shifted per copy, so nothing is a trivial repeat;
//! - `written`: every article written by hand for the project (the seeds, the tuned
//!   holdout sets, the blind sets in `eval/`: about 190 pages of many outlets, by writers
//!   who never saw the extractor), copied the same way;
//! - `generated`: `TALLY_BENCH_ARTICLES` (default 10000) articles of the `tally-gen`
//!   generator (seed 1, in memory): many layouts, furniture, copies, undated stories,
//!   about five figures an article (its default);
//! - `dense`: the same with `--figure-percent 30`, about nine figures an article (2.5
//!   times the seeds' density per KB): the worst case the figures stage meets.
//!
//! With `TALLY_BENCH_DIRS=label=dir,label=dir...` it instead times the corpus build of
//! each folder as `build.rs` does it: read the folder, `extract_corpus`, pack the index
//! the app embeds, its article texts going to body shards (`TALLY_BENCH_SAVE=dir` writes
//! the index to `dir/<label>.bin`). Set `TALLY_BENCH_ONLY=seeds|written|generated|dense` to run one corpus.
//! "MB/s" is by wall-clock time, "MB/s cpu" by this thread's on-CPU time (Linux), which
//! other work on the machine does not skew. Besides the table, each measure is printed as a `BENCH<TAB>metric<TAB>value<TAB>unit`
//! line for `scripts/bench.sh`.

use std::hint::black_box;
use std::time::Instant;

use tally_extract::{
    clean, dedupe, extract_article, extract_corpus, figures, meta, numerals, regions,
};

#[path = "../src/bin/gen/mod.rs"]
mod generator;

mod common;
use common::{generated_corpus, seed_corpus, written_corpus};

// the app's corpus shape and index writer, as build.rs uses them (the view crate's
// own files: depending on it would give this bench a second copy of the types)
#[path = "../../view/src/data.rs"]
#[allow(dead_code)]
mod data;
#[path = "../../view/src/pack.rs"]
#[allow(dead_code)]
mod pack;
#[path = "../../view/src/sort.rs"]
#[allow(dead_code, unused_imports)]
mod sort;

fn env<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// On-CPU time of this thread (Linux: /proc/thread-self/schedstat, nanoseconds), so
/// that a busy machine does not count as a slow extractor; `None` elsewhere.
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace()
        .next()?
        .parse::<u64>()
        .ok()
        .map(|ns| ns as f64 / 1e9)
}

fn metric(name: &str, value: f64, unit: &str) {
    println!("BENCH\t{name}\t{value:.3}\t{unit}");
}

/// Times every stage and the pipeline over `docs`; `label` prefixes the metrics.
fn stages(label: &str, docs: &[(String, String)]) {
    let size: usize = docs.iter().map(|d| d.1.len()).sum();
    let mb = size as f64 / 1e6;
    println!("\n{label}: {} articles, {:.1} MB", docs.len(), mb);
    println!(
        "{:<30} {:>9} {:>9} {:>9}",
        "stage", "seconds", "MB/s", "MB/s cpu"
    );
    let time = |name: &str, key: &str, f: &mut dyn FnMut() -> usize| {
        let (t, c) = (Instant::now(), cpu_seconds());
        let n = black_box(f());
        let s = t.elapsed().as_secs_f64();
        let cpu = cpu_seconds()
            .zip(c)
            .map(|(b, a)| b - a)
            .filter(|&x| x > 0.0);
        let cpu_rate = cpu.map_or(String::from("-"), |c| format!("{:.1}", mb / c));
        println!(
            "{name:<30} {s:>9.3} {:>9.1} {cpu_rate:>9}   ({n} items)",
            mb / s
        );
        metric(&format!("extract_{label}_{key}"), mb / s, "MB/s");
        if let Some(c) = cpu {
            metric(&format!("extract_{label}_{key}_cpu"), mb / c, "MB/s");
        }
    };
    time("clean::blocks", "clean", &mut || {
        docs.iter().map(|d| clean::blocks(&d.1).len()).sum()
    });
    time("numerals::find_numbers", "numerals", &mut || {
        docs.iter()
            .map(|d| numerals::find_numbers(&d.1).len())
            .sum()
    });
    time("regions::find_regions", "regions", &mut || {
        docs.iter().map(|d| regions::find_regions(&d.1).len()).sum()
    });
    let blocks: Vec<_> = docs.iter().map(|d| clean::blocks(&d.1)).collect();
    time("meta::metadata (given blocks)", "meta", &mut || {
        docs.iter()
            .zip(&blocks)
            .map(|(d, b)| usize::from(meta::metadata(&d.1, b).date.is_some()))
            .sum()
    });
    time("figures::figures (given blocks)", "figures", &mut || {
        docs.iter()
            .zip(&blocks)
            .map(|(d, b)| figures::figures(&d.1, b, None).len())
            .sum()
    });
    drop(blocks);
    time("extract_article (all stages)", "article", &mut || {
        docs.iter()
            .map(|d| extract_article(&d.0, &d.1).figures.len())
            .sum()
    });
    let bodies: Vec<&str> = docs.iter().map(|d| d.1.as_str()).collect();
    time("dedupe::near_duplicates", "dedupe", &mut || {
        dedupe::near_duplicates(&bodies).len()
    });
    time("extract_corpus (pipeline)", "pipeline", &mut || {
        extract_corpus(docs).len()
    });
}

/// The corpus build of one folder, as `build.rs` does it.
fn corpus_build(label: &str, dir: &str) {
    let t0 = Instant::now();
    let (files, bad) =
        tally_extract::read_corpus_dir(std::path::Path::new(dir)).expect("corpus folder");
    let t_read = t0.elapsed().as_secs_f64();
    let docs: Vec<(String, String)> = files
        .iter()
        .map(|f| (f.id.clone(), f.text.clone()))
        .collect();
    let size: usize = docs.iter().map(|d| d.1.len()).sum();
    let t1 = Instant::now();
    let articles = extract_corpus(&docs);
    let t_extract = t1.elapsed().as_secs_f64();
    let (n_fig, n_dup, n_dated) = articles.iter().fold((0, 0, 0), |(f, d, t), a| {
        (
            f + a.figures.len(),
            d + usize::from(a.duplicate_of.is_some()),
            t + usize::from(a.date.is_some()),
        )
    });
    let t2 = Instant::now();
    let check = match std::fs::read_to_string(std::path::Path::new(dir).join("manifest.tsv")) {
        Ok(manifest) => check_against_manifest(&manifest, &articles),
        Err(_) => String::new(),
    };
    let items = articles
        .into_iter()
        .zip(docs)
        .map(|(article, (_, text))| (article, text))
        .collect();
    let mut corpus = data::Corpus::new(items, bad.iter().map(|e| e.to_string()).collect());
    // the bodies go to shards (as build.rs writes them), the index keeps where they are
    let mut at = 0u32;
    for e in &mut corpus.articles {
        let len = e.text().map_or(0, str::len) as u32;
        e.body = data::Body::Shard {
            file: 0,
            start: at,
            len,
        };
        at += len;
    }
    let json = pack::write_corpus(&corpus, &["b0000000000000000.txt".to_string()]);
    let t_json = t2.elapsed().as_secs_f64();
    if let Ok(save) = std::env::var("TALLY_BENCH_SAVE") {
        let path = std::path::Path::new(&save).join(format!("{label}.bin"));
        std::fs::create_dir_all(&save)
            .and_then(|_| std::fs::write(&path, &json))
            .expect("write the corpus index");
    }
    let total = t0.elapsed().as_secs_f64();
    // what the app does first at start-up (there in wasm, typically slower)
    let t3 = Instant::now();
    let parsed = pack::read_corpus(&json).expect("the index reads back");
    let t_parse = t3.elapsed().as_secs_f64();
    black_box(parsed.0.articles.len());
    drop(parsed);
    println!(
        "\ncorpus build {label} ({dir}): {} articles, {:.1} MB text, {n_fig} figures, {n_dup} marked copies, {n_dated} dated",
        files.len(),
        size as f64 / 1e6
    );
    println!(
        "  read {t_read:.2} s, extract_corpus {t_extract:.2} s ({:.1} MB/s), index {t_json:.2} s → {:.1} MB; total {total:.2} s; \
         reading that index back (native) {t_parse:.2} s",
        size as f64 / 1e6 / t_extract,
        json.len() as f64 / 1e6
    );
    if !check.is_empty() {
        println!("{check}");
    }
    metric(&format!("corpus_build_{label}_total"), total, "s");
    metric(&format!("corpus_build_{label}_extract"), t_extract, "s");
    metric(&format!("corpus_build_{label}_index"), t_json, "s");
    metric(&format!("corpus_index_read_native_{label}"), t_parse, "s");
    metric(&format!("corpus_figures_{label}"), n_fig as f64, "count");
    metric(&format!("corpus_copies_{label}"), n_dup as f64, "count");
}

/// Dates and copies found, against what `tally-gen` wrote in its `manifest.tsv`.
fn check_against_manifest(manifest: &str, articles: &[tally_extract::Article]) -> String {
    use std::collections::HashMap;
    // id → (date or "-", layout, id of the story's original or itself)
    let mut truth: HashMap<&str, (&str, &str, &str)> = HashMap::new();
    for line in manifest.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() == 5 {
            let id = f[0].trim_end_matches(".txt");
            let story = if f[4] == "-" {
                id
            } else {
                f[4].trim_end_matches(".txt")
            };
            truth.insert(id, (f[1], f[3], story));
        }
    }
    let group: HashMap<&str, &str> = articles
        .iter()
        .map(|a| {
            (
                a.id.as_str(),
                a.duplicate_of.as_deref().unwrap_or(a.id.as_str()),
            )
        })
        .collect();
    let (mut dated, mut dated_ok, mut undated, mut undated_ok) = (0, 0, 0, 0);
    let (mut copies, mut copies_found, mut marked, mut marked_ok) = (0, 0, 0, 0);
    let mut by_layout: Vec<(&str, usize, usize)> = Vec::new(); // layout, dated, right
    for a in articles {
        let Some(&(date, layout, story)) = truth.get(a.id.as_str()) else {
            continue;
        };
        if date == "-" {
            undated += 1;
            undated_ok += usize::from(a.date.is_none());
        } else if layout != "plain" {
            let ok = usize::from(a.date.as_deref() == Some(date));
            dated += 1;
            dated_ok += ok;
            match by_layout.iter_mut().find(|l| l.0 == layout) {
                Some(l) => (l.1, l.2) = (l.1 + 1, l.2 + ok),
                None => by_layout.push((layout, 1, ok)),
            }
        }
        if story != a.id {
            copies += 1;
            copies_found += usize::from(group.get(a.id.as_str()) == group.get(story));
        }
        if let Some(orig) = &a.duplicate_of {
            marked += 1;
            marked_ok += usize::from(truth.get(orig.as_str()).map(|t| t.2) == Some(story));
        }
    }
    let pct = |a: usize, b: usize| {
        if b == 0 {
            100.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    by_layout.sort();
    let layouts: Vec<String> = by_layout
        .iter()
        .map(|l| format!("{} {:.0}%", l.0, pct(l.2, l.1)))
        .collect();
    format!(
        "  against manifest.tsv: dates right {dated_ok}/{dated} ({:.1}%), undated kept undated {undated_ok}/{undated} ({:.1}%), \
         copies found {copies_found}/{copies} ({:.1}%), copy marks right {marked_ok}/{marked} ({:.1}%)\n  dates right by layout: {}",
        pct(dated_ok, dated),
        pct(undated_ok, undated),
        pct(copies_found, copies),
        pct(marked_ok, marked),
        layouts.join(", ")
    )
}

fn main() {
    if let Ok(dirs) = std::env::var("TALLY_BENCH_DIRS") {
        for item in dirs.split(',').filter(|s| !s.is_empty()) {
            let (label, dir) = item.split_once('=').unwrap_or((item, item));
            corpus_build(label, dir);
        }
        return;
    }
    let only = std::env::var("TALLY_BENCH_ONLY").unwrap_or_default();
    if only.is_empty() || only == "seeds" {
        stages("seeds", &seed_corpus(env("TALLY_BENCH_MB", 20.0)));
    }
    if only.is_empty() || only == "written" {
        stages("written", &written_corpus(env("TALLY_BENCH_MB", 20.0)));
    }
    for (label, figure_percent) in [("generated", 12), ("dense", 30)] {
        if only.is_empty() || only == label {
            let t = Instant::now();
            let docs = generated_corpus(env("TALLY_BENCH_ARTICLES", 10_000), figure_percent);
            println!("\n(generated in {:.2} s)", t.elapsed().as_secs_f64());
            stages(label, &docs);
        }
    }
}

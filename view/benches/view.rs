//! What a filter change costs the app, natively: every pure step the page runs when
//! the URL query changes (article list, table rows with their sort, facets, date
//! histogram, chart layout and marks), timed over a corpus folder.
//!
//!   TALLY_BENCH_CORPUS=.bench/corpus-10k cargo bench -p tally-view --bench view
//!
//! The folder defaults to `corpus/` (the seeds). Prints the median of several runs per
//! step and per filter; `BENCH<TAB>metric<TAB>value<TAB>unit` lines for scripts.

use std::path::PathBuf;
use std::time::Instant;

use tally_view::data::Corpus;
use tally_view::model::Indexed;
use tally_view::model::{
    category_facets, date_histogram, region_facets, visible_articles, visible_figures, Filters,
};
use tally_view::plot::{layers, layout};

fn main() {
    let dir = std::env::var("TALLY_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../corpus"));
    let (files, _) = tally_extract::read_corpus_dir(&dir).expect("a corpus folder");
    let docs: Vec<(String, String)> = files
        .iter()
        .map(|f| (f.id.clone(), f.text.clone()))
        .collect();
    let articles = tally_extract::extract_corpus(&docs);
    let corpus = Corpus::new(
        articles
            .into_iter()
            .zip(docs)
            .map(|(a, (_, t))| (a, t))
            .collect(),
        vec![],
    );
    // what the page does at start: read the packed index, lay it out flat, sort by date
    let mut corpus = corpus;
    for e in &mut corpus.articles {
        e.body = tally_view::data::Body::Shard {
            file: 0,
            start: 0,
            len: 0,
        };
    }
    let packed = tally_view::pack::write_corpus(&corpus, &["b0.txt".to_string()]);
    let ms = |t: Instant| t.elapsed().as_secs_f64() * 1e3;
    let mut start = Vec::new();
    let mut corpus = None;
    for _ in 0..5 {
        let t = Instant::now();
        let (c, _) = tally_view::pack::read_corpus(&packed).expect("reads back");
        let read = ms(t);
        let t = Instant::now();
        let c = Indexed::from(c);
        let index = ms(t);
        let t = Instant::now();
        std::hint::black_box(c.order(3));
        let order = ms(t);
        start.push((read + index + order, read, index, order));
        corpus = Some(c);
    }
    start.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (total, read, index, order) = start[start.len() / 2];
    println!(
        "start: read the {:.1} MB index {read:.2} ms, flat index {index:.2} ms, date order {order:.2} ms = {total:.2} ms",
        packed.len() as f64 / 1e6
    );
    println!("BENCH\tview_start_native\t{total:.2}\tms");
    let corpus = corpus.expect("ran");
    let n_fig: usize = corpus
        .articles
        .iter()
        .map(|e| e.article.figures.len())
        .sum();
    let label = dir
        .file_name()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    println!(
        "{label}: {} articles, {n_fig} figures",
        corpus.articles.len()
    );
    let queries = [
        "",
        "?region=Kursk",
        "?region=Belgorod&category=killed",
        "?from=2023-01-01&to=2023-12-31",
        "?sort=-value",
    ];
    let mut total_ms = Vec::new();
    for q in queries {
        let f = Filters::from_query(q);
        let mut times: Vec<[f64; 7]> = Vec::new();
        for _ in 0..7 {
            let mut t = [0.0; 7];
            let mut lap = Instant::now();
            let mut step = |k: usize, t: &mut [f64; 7]| {
                t[k] = lap.elapsed().as_secs_f64() * 1e3;
                lap = Instant::now();
            };
            let a = visible_articles(&corpus, &f);
            step(0, &mut t);
            let rows = visible_figures(&corpus, &f);
            step(1, &mut t);
            let r = region_facets(&corpus, &f);
            let c = category_facets(&corpus, &f);
            step(2, &mut t);
            let h = date_histogram(&corpus, &f);
            step(3, &mut t);
            let p = layout(&corpus, &rows, f.series_by_region);
            step(4, &mut t);
            let l = layers(&p);
            step(5, &mut t);
            std::hint::black_box((a, r, c, h, l));
            t[6] = t[..6].iter().sum();
            times.push(t);
        }
        let med = |k: usize| {
            let mut v: Vec<f64> = times.iter().map(|t| t[k]).collect();
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        println!(
            "  {:<40} articles {:6.2}  rows+sort {:6.2}  facets {:6.2}  histogram {:6.2}  layout {:6.2}  marks {:6.2}  = {:6.2} ms",
            if q.is_empty() { "(all)" } else { q },
            med(0), med(1), med(2), med(3), med(4), med(5), med(6)
        );
        total_ms.push(med(6));
    }
    total_ms.sort_by(f64::total_cmp);
    println!(
        "BENCH\tview_{label}_filter_native_median\t{:.2}\tms",
        total_ms[total_ms.len() / 2]
    );
}

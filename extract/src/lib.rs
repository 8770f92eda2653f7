//! Tally's extraction library: article text in, articles and figures out.
//!
//! A chain of pure stages, each a module with its own tests and no web dependency:
//! [`clean`] (blocks and page furniture) → [`meta`] (headline, date, source, URL,
//! front matter) → [`regions`] (gazetteer) → [`numerals`] (numbers, ranges,
//! qualifiers) → [`figures`] (what each number counts) → [`dedupe`] (copies of one
//! story). [`extract_corpus`] runs them all; the contract is `shared/FIGURES.md`.

mod bytes;
pub mod clean;
pub mod dates;
pub mod dedupe;
pub mod figures;
pub mod formats;
mod guard;
pub use guard::EXTRACTION_FAILED;
pub mod meta;
mod model;
pub mod numerals;
pub mod regions;
pub mod sentences;
mod source;

pub use model::{ser_num, Article, Category, Figure, Qualifier, Span};
pub use source::{
    article_id, is_article_path, read_corpus_dir, read_source, unique_ids, ReadError, SourceFile,
    MAX_FILE_BYTES,
};

use clean::BlockKind;

/// Extracts one article (everything but `duplicate_of`, which needs the corpus).
pub fn extract_article(id: &str, text: &str) -> Article {
    guard::guarded(id, || extract_with_blocks(id, text)).0
}

/// The article and its blocks (which duplicate detection reads again).
fn extract_with_blocks(id: &str, text: &str) -> (Article, Vec<clean::Block>) {
    let blocks = clean::blocks(text);
    let meta = meta::metadata(text, &blocks);
    // Region mentions, one scan per block: for the article's regions (its own
    // text) and for the figures (body and headings).
    let scans = regions::BlockMentions::scan(text, &blocks, |b| match meta.regions {
        Some(_) => matches!(b.kind, BlockKind::Body | BlockKind::Heading),
        None => b.kind != BlockKind::Furniture,
    });
    let regions = match &meta.regions {
        Some(r) => r.clone(),
        None => article_regions(&blocks, &scans),
    };
    let known = regions::Known {
        main_region: regions.first().map(String::as_str),
        mentions: Some(&scans),
    };
    let figures = figures::figures(text, &blocks, known);
    let furniture = blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Furniture)
        .map(|b| b.span)
        .collect();
    let mut metadata_spans: Vec<Span> = blocks
        .iter()
        .filter(|b| {
            b.kind == BlockKind::Meta || (b.kind == BlockKind::Heading && b.reason == "headline")
        })
        .map(|b| b.span)
        .collect();
    metadata_spans.sort();
    let article = Article {
        id: id.to_string(),
        title: meta.title,
        date: meta.date,
        source: meta.source,
        url: meta.url,
        regions,
        duplicate_of: None,
        figures,
        furniture,
        metadata_spans,
        warnings: meta.warnings,
    };
    (article, blocks)
}

/// Every region the article's own text (not its furniture) mentions, the main
/// region — the most mentioned, ties broken by first mention — first.
fn article_regions(blocks: &[clean::Block], scans: &regions::BlockMentions) -> Vec<String> {
    let mut counts: Vec<(&'static str, usize, usize)> = Vec::new(); // (region, count, first)
    for (i, b) in blocks.iter().enumerate() {
        if b.kind == BlockKind::Furniture {
            continue;
        }
        for m in scans.block(i).unwrap_or(&[]) {
            match counts.iter_mut().find(|c| c.0 == m.region) {
                Some(c) => c.1 += 1,
                None => counts.push((m.region, 1, b.span.start + m.span.start)),
            }
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    counts.into_iter().map(|c| c.0.to_string()).collect()
}

/// The body text used to compare articles: the non-furniture, non-meta blocks.
pub fn comparable_text(text: &str) -> String {
    body_text(text, &clean::blocks(text))
}

fn body_text(text: &str, blocks: &[clean::Block]) -> String {
    let mut s = String::new();
    for b in blocks {
        if b.kind == BlockKind::Body {
            s.push_str(&text[b.span.start..b.span.end]);
            s.push('\n');
        }
    }
    s
}

/// How much metadata an article carries: the copy with more is the original.
fn metadata_weight(a: &Article) -> usize {
    [
        a.date.is_some(),
        a.url.is_some(),
        a.title.is_some(),
        a.source.is_some(),
    ]
    .iter()
    .filter(|x| **x)
    .count()
}

/// Extracts a corpus: every article, then marks copies of one story with
/// `duplicate_of` (the copy with less metadata points at the one with more).
pub fn extract_corpus(files: &[(String, String)]) -> Vec<Article> {
    let mut articles = Vec::with_capacity(files.len());
    // The shingles of each body text (see `body_text`), hashed from the blocks.
    let mut bodies =
        dedupe::Shingles::with_capacity(files.iter().map(|f| f.1.len()).sum::<usize>());
    for (id, text) in files {
        // (a stage that fails on one article keeps it, with a warning: see `guard`)
        let (article, blocks) = guard::guarded(id, || extract_with_blocks(id, text));
        bodies.push_parts(
            blocks
                .iter()
                .filter(|b| b.kind == BlockKind::Body)
                .map(|b| &text[b.span.start..b.span.end]),
        );
        articles.push(article);
    }
    mark_duplicates(&mut articles, &dedupe::near_duplicate_links(&bodies));
    articles
}

/// Groups articles linked by copy pairs and points every member of a group at the
/// member with the most metadata (ties: the earliest id).
fn mark_duplicates(articles: &mut [Article], pairs: &[(usize, usize)]) {
    let n = articles.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut Vec<usize>, x: usize) -> usize {
        let mut r = x;
        while p[r] != r {
            r = p[r];
        }
        let mut y = x;
        while p[y] != r {
            let next = p[y];
            p[y] = r;
            y = next;
        }
        r
    }
    for &(a, b) in pairs {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut best: Vec<Option<usize>> = vec![None; n];
    for i in 0..n {
        let r = find(&mut parent, i);
        let better = match best[r] {
            None => true,
            Some(b) => {
                let (wi, wb) = (metadata_weight(&articles[i]), metadata_weight(&articles[b]));
                wi > wb || (wi == wb && articles[i].id < articles[b].id)
            }
        };
        if better {
            best[r] = Some(i);
        }
    }
    let has_group: Vec<bool> = {
        let mut size = vec![0usize; n];
        for i in 0..n {
            size[find(&mut parent, i)] += 1;
        }
        (0..n).map(|i| size[find(&mut parent, i)] > 1).collect()
    };
    for i in 0..n {
        if !has_group[i] {
            continue;
        }
        let r = find(&mut parent, i);
        let orig = best[r].expect("every group has a best member");
        if orig != i {
            articles[i].duplicate_of = Some(articles[orig].id.clone());
        }
    }
}

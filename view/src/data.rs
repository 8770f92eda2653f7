//! The corpus the app shows: what the build script packs (`pack`) and the app reads.
//! Shared by `build.rs` (through `#[path]`) and the app, so both agree on the shape.

use tally_extract::{Article, Span};

/// Everything the app shows, extracted at build time.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Corpus {
    pub articles: Vec<Entry>,
    /// Files the build could not read, each "name: reason", shown to the user.
    pub errors: Vec<String>,
}

/// Where an article's original text is.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// Here, in memory (the reader's own articles; native tools).
    Text(String),
    /// Bytes `start..start + len` of body shard `file` (the n-th name of the index's
    /// shard list, a static file beside the app), fetched when the article is opened.
    Shard { file: u32, start: u32, len: u32 },
}

/// One article with where its original text is (for the reading view).
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub article: Article,
    pub body: Body,
    /// What it is listed as: its headline, else its first words outside furniture.
    pub label: String,
    /// The date it is shown under: its own, else that of the article it copies.
    pub shown_date: Option<String>,
    /// The ids of the articles that are copies of this one.
    pub copies: Vec<String>,
    /// Added by the reader in the browser (not part of the built corpus).
    pub yours: bool,
}

impl Entry {
    /// The text when it is in memory.
    pub fn text(&self) -> Option<&str> {
        match &self.body {
            Body::Text(t) => Some(t),
            Body::Shard { .. } => None,
        }
    }
}

impl Corpus {
    /// A corpus of extracted articles with their texts, cross-references filled in.
    pub fn new(items: Vec<(Article, String)>, errors: Vec<String>) -> Corpus {
        let mut articles: Vec<Entry> = items
            .into_iter()
            .map(|(article, text)| Entry {
                label: label(&article, &text),
                article,
                body: Body::Text(text),
                shown_date: None,
                copies: Vec::new(),
                yours: false,
            })
            .collect();
        let index: std::collections::HashMap<String, usize> = articles
            .iter()
            .enumerate()
            .map(|(i, e)| (e.article.id.clone(), i))
            .collect();
        for i in 0..articles.len() {
            let orig = articles[i]
                .article
                .duplicate_of
                .as_ref()
                .and_then(|id| index.get(id))
                .copied();
            articles[i].shown_date = articles[i]
                .article
                .date
                .clone()
                .or_else(|| orig.and_then(|o| articles[o].article.date.clone()));
            if let Some(o) = orig {
                let id = articles[i].article.id.clone();
                articles[o].copies.push(id);
            }
        }
        Corpus { articles, errors }
    }
}

/// The article's headline, else its first twelve words outside page furniture.
pub fn label(a: &Article, text: &str) -> String {
    if let Some(t) = &a.title {
        return t.clone();
    }
    let mut spans: Vec<Span> = a.furniture.clone();
    crate::sort::sort_by(&mut spans, Span::cmp);
    let mut words = Vec::new();
    let mut pos = 0;
    for w in text.split_whitespace() {
        let at = text[pos..].find(w).map(|p| p + pos).unwrap_or(pos);
        pos = at + w.len();
        if spans.iter().any(|s| s.start <= at && at < s.end) {
            continue;
        }
        words.push(w);
        if words.len() == 12 {
            return format!("{} …", words.join(" "));
        }
    }
    words.join(" ")
}

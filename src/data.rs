//! The embedded corpus: what the build script writes and the app reads.
//! Shared by `build.rs` (through `#[path]`) and the app, so both agree on the shape.

use serde::{Deserialize, Serialize};
use tally_extract::Article;

/// Everything the app shows, extracted at build time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Corpus {
    pub articles: Vec<Entry>,
    /// Files the build could not read, each "name: reason", shown to the user.
    #[serde(default)]
    pub errors: Vec<String>,
}

/// One article with its original text (for the reading view).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    #[serde(flatten)]
    pub article: Article,
    pub text: String,
    /// The date it is shown under: its own, else that of the article it copies.
    #[serde(default)]
    pub shown_date: Option<String>,
    /// The ids of the articles that are copies of this one.
    #[serde(default)]
    pub copies: Vec<String>,
    /// Added by the reader in the browser (not part of the built corpus).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub yours: bool,
}

impl Corpus {
    /// A corpus of extracted articles with their texts, cross-references filled in.
    pub fn new(items: Vec<(Article, String)>, errors: Vec<String>) -> Corpus {
        let mut articles: Vec<Entry> = items
            .into_iter()
            .map(|(article, text)| Entry {
                article,
                text,
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

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
}

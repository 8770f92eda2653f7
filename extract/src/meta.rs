//! Stage 2, metadata: headline, publication date, source, URL, and optional
//! front matter (`---` / `date:` / `title:` / `source:` / `url:` / `regions:` / `---`)
//! which overrides what is inferred.
//!
//! STUB: replaced by the full metadata stage.

use crate::clean::{Block, BlockKind};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Meta {
    pub title: Option<String>,
    /// `YYYY-MM-DD`, or `YYYY-MM` where only the month is known.
    pub date: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// Regions named by front matter; they override the inferred ones.
    pub regions: Option<Vec<String>>,
    /// Problems for the user, e.g. broken front matter.
    pub warnings: Vec<String>,
}

pub fn metadata(text: &str, blocks: &[Block]) -> Meta {
    let title = blocks
        .iter()
        .find(|b| b.kind == BlockKind::Heading)
        .map(|b| text[b.span.start..b.span.end].trim_start_matches('#').trim().to_string());
    Meta { title, ..Meta::default() }
}

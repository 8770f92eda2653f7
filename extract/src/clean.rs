//! Stage 1, cleaning: splits an article into blocks (paragraphs) and marks page
//! furniture — banners, teasers, bylines, navigation — so that it stays out of
//! figures and out of the reading view. The original text is never changed.
//!
//! STUB: replaced by the full furniture recogniser.

use crate::model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// Article prose: figures come from here.
    Body,
    /// A headline or sub-heading.
    Heading,
    /// Metadata lines: dateline, byline, "Published ...", a bare URL, "Original url:".
    Meta,
    /// Page furniture: donation/subscription banners, ads, teasers, share prompts, navigation.
    Furniture,
}

/// One paragraph (non-blank line or run of lines) of the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub kind: BlockKind,
    /// Why it is not body ("donation banner", "related-article teaser", ...); "" for body.
    pub reason: &'static str,
}

/// The blocks of `text` in order; every non-blank line belongs to exactly one block.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            let s = pos + lead;
            out.push(Block { span: Span::new(s, s + trimmed.len()), kind: BlockKind::Body, reason: "" });
        }
        pos += line.len();
    }
    out
}

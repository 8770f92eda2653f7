//! Stage 5, figures: attaches each number expression to what it counts, gives it a
//! category, unit and region, and drops numbers that are not figures (dates, years,
//! times, ordinals, durations, ages, distances, designators, list numbering).
//!
//! STUB: replaced by the full figure stage.

use crate::clean::{Block, BlockKind};
use crate::model::{Category, Figure, Span};
use crate::numerals::find_numbers;
use crate::regions::find_regions;
use crate::sentences::sentences;

/// The figures of an article, in order of appearance. `main_region` is the article's
/// main region, the last resort of the region rule.
pub fn figures(text: &str, blocks: &[Block], main_region: Option<&str>) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut last_region: Option<&'static str> = None;
    for block in blocks.iter().filter(|b| b.kind == BlockKind::Body) {
        for sent in sentences(text, block.span) {
            let s = &text[sent.start..sent.end];
            let regions = find_regions(s);
            let here = regions.first().map(|m| m.region);
            for n in find_numbers(s) {
                let after = &s[n.span.end..];
                let word: String = after.trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
                let category = match word.to_lowercase().as_str() {
                    "people" | "personnel" | "troops" | "fighters" => Category::Personnel,
                    "battalions" | "units" => Category::Units,
                    _ => continue,
                };
                let end = n.span.end + (after.len() - after.trim_start().len()) + word.len();
                let span = Span::new(sent.start + n.span.start, sent.start + end);
                out.push(Figure {
                    text: text[span.start..span.end].to_string(),
                    value: n.value,
                    low: n.low,
                    high: n.high,
                    qualifier: n.qualifier,
                    unit: word.to_lowercase(),
                    category,
                    region: here.or(last_region).or(main_region).map(str::to_string),
                    sentence: s.to_string(),
                    span,
                    sentence_span: sent,
                });
            }
            if let Some(r) = regions.last() {
                last_region = Some(r.region);
            }
        }
    }
    out
}

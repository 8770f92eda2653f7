//! Stage 3, regions: a gazetteer of first-level regions and the towns in them.
//!
//! STUB: replaced by the full gazetteer.

use crate::model::Span;

/// One place name in text and the region it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionMention {
    pub span: Span,
    /// Canonical short English name: "Belgorod", "Kharkiv", "Donetsk".
    pub region: &'static str,
}

/// Every region mention in `text`, in order.
pub fn find_regions(text: &str) -> Vec<RegionMention> {
    let mut out = Vec::new();
    for name in ["Belgorod", "Kursk", "Bryansk", "Donetsk", "Luhansk", "Kharkiv", "Shebekino"] {
        let mut from = 0;
        while let Some(p) = text[from..].find(name) {
            let s = from + p;
            let region = if name == "Shebekino" { "Belgorod" } else { name };
            out.push(RegionMention { span: Span::new(s, s + name.len()), region });
            from = s + name.len();
        }
    }
    out.sort_by_key(|m| m.span.start);
    out
}

/// The canonical region for a name ("Belgorod Oblast", "grayvoron", "DPR").
pub fn canonical(name: &str) -> Option<&'static str> {
    find_regions(name).first().map(|m| m.region)
}

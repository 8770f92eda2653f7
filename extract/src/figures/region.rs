//! The region of a figure (FIGURES.md, "Regions"): the sentence's mentions, grouped
//! where coordinated ("the Belgorod and Kursk regions"), else the nearest before.

use super::attach::{lw, next_tok};
use crate::regions::RegionMention;

/// A run of region mentions joined by "and", "or", commas: "the Belgorod and Kursk
/// regions". `region` is `None` when the run names several regions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Group {
    pub start: usize,
    pub end: usize,
    pub region: Option<&'static str>,
}

/// Merges adjacent region mentions joined by "and", "or", commas into groups.
pub(super) fn group_mentions(s: &str, mentions: &[RegionMention]) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    for m in mentions {
        if let Some(g) = out.last_mut() {
            if m.span.start >= g.end && joins(&s[g.end..m.span.start]) {
                if g.region != Some(m.region) {
                    g.region = None;
                }
                g.end = m.span.end;
                continue;
            }
        }
        out.push(Group {
            start: m.span.start,
            end: m.span.end,
            region: Some(m.region),
        });
    }
    out
}

/// A gap between two region names that coordinates them: "and", ", ", "or the".
fn joins(gap: &str) -> bool {
    let mut b = [0u8; 32];
    let mut from = 0;
    let mut coord = false;
    while let Some(t) = next_tok(gap, from) {
        if t.word {
            match lw(gap, t, &mut b) {
                "and" | "or" => coord = true,
                "the" | "region" | "regions" | "oblast" | "oblasts" | "as" | "well"
                | "province" | "provinces" => {}
                _ => return false,
            }
        } else if matches!(&gap[t.start..t.end], "," | "&" | "/") {
            coord = true;
        } else {
            return false;
        }
        from = t.end;
    }
    coord || gap.trim().is_empty()
}

/// The region of a figure at `[fs, fe)` of sentence `s`: a region attached right after
/// it ("evacuees from Shebekino"), else the nearest mention before it, else after it;
/// without mentions in the sentence, the context (`fallback`). Ambiguous → `None`.
pub(super) fn region_of(
    s: &str,
    fs: usize,
    fe: usize,
    groups: &[Group],
    fallback: &Option<String>,
) -> Option<String> {
    if groups.is_empty() {
        return fallback.clone();
    }
    let pick = |g: &Group| g.region.map(str::to_string);
    if let Some(g) = groups.iter().find(|g| g.start >= fs && g.end <= fe) {
        return pick(g);
    }
    let after = groups.iter().find(|g| g.start >= fe);
    if let Some(g) = after {
        let mut b = [0u8; 32];
        let gap = &s[fe..g.start];
        if let Some(t) = next_tok(gap, 0) {
            let first = lw(gap, t, &mut b);
            let attached = matches!(
                first,
                "from"
                    | "in"
                    | "of"
                    | "near"
                    | "across"
                    | "at"
                    | "on"
                    | "over"
                    | "outside"
                    | "inside"
                    | "throughout"
            );
            let mut words = 0;
            let mut from = 0;
            let mut clean = true;
            while let Some(t) = next_tok(gap, from) {
                words += 1;
                clean &= t.word;
                from = t.end;
            }
            if attached && clean && words <= 4 {
                return pick(g);
            }
        }
    }
    if let Some(g) = groups.iter().rev().find(|g| g.end <= fs) {
        return pick(g);
    }
    after.and_then(pick)
}

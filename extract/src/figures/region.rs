//! The region of a figure (FIGURES.md, "Regions"): the sentence's mentions, grouped
//! where coordinated ("the Belgorod and Kursk regions"), else the nearest before.

use super::attach::{lw, next_tok, prev_tok};
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
    fallback: Option<&str>,
) -> Option<String> {
    if groups.is_empty() {
        return fallback.map(str::to_string);
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
    // A mention only after the figure speaks for it when in the same clause: "housing
    // 9,000 of them; the rest went to Oryol and Lipetsk" keeps the context's region.
    let Some(g) = after else {
        return None;
    };
    if s[fe..g.start].contains(';') {
        return fallback.map(str::to_string);
    }
    pick(g)
}

/// The group a sentence leaves as context for the sentences after it: its last group,
/// passing over a neighbouring region named beside another ("shelters in Belgorod,
/// while others went to the neighboring Kursk region").
///
/// A capital named beside other regions is the seat of a government, not the place the
/// text is about ("the offensive stalled near Robotyne, and the conversation in Kyiv
/// had moved on"): it is passed over too.
pub(super) fn context_group<'a>(s: &str, groups: &'a [Group]) -> Option<&'a Group> {
    let last = groups.last()?;
    let aside = |g: &Group| side_mention(s, g.start) || matches!(g.region, Some("Kyiv" | "Moscow"));
    if groups.len() > 1 && aside(last) {
        if let Some(g) = groups.iter().rev().find(|g| !aside(g)) {
            return Some(g);
        }
    }
    Some(last)
}

/// A mention introduced as a neighbour: "the neighboring Kursk region", "nearby Sumy".
fn side_mention(s: &str, at: usize) -> bool {
    let mut b = [0u8; 32];
    let Some(t) = prev_tok(s, at) else {
        return false;
    };
    matches!(
        lw(s, t, &mut b),
        "neighboring" | "neighbouring" | "nearby" | "adjacent" | "adjoining"
    )
}

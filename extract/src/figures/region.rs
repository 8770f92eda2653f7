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
/// (into `out`, cleared first: one buffer for the sentences of an article)
pub(super) fn group_mentions_into(s: &str, mentions: &[RegionMention], out: &mut Vec<Group>) {
    out.clear();
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
                // "in Tula and in Tatarstan": a preposition repeated after "and"
                "in" if coord => {}
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
    let after = groups
        .iter()
        .position(|g| g.start >= fe)
        .map(|i| target_of_origin(s, &groups[i..]));
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
    // the nearest before, passing over a neighbour named in a clause of its own
    // ("Rostov, which borders the Luhansk region, has formed five battalions")
    let mut before = groups.iter().rev().filter(|g| g.end <= fs);
    if let Some(g) = before.next() {
        if border_clause(s, g.start) {
            if let Some(h) = before.find(|h| !border_clause(s, h.start)) {
                return pick(h);
            }
            // only a neighbour before it: the region the text is about
            return fallback.map(str::to_string);
        }
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
    // Several regions named after a word of relocation are where people went ("1,900 of
    // our children are resting in camps in Tula, Kaluga and Leningrad regions", "housed
    // in the Voronezh and Lipetsk regions"): the figure stays where they come from.
    if g.region.is_none() && relocated_to(&s[fe..g.start]) {
        return fallback.map(str::to_string);
    }
    pick(g)
}

/// A gap that sends people elsewhere: "were housed in", "left for camps in", "were
/// taken in by", "sent to"; not "evacuated from" (where they come from).
fn relocated_to(gap: &str) -> bool {
    let mut b = [0u8; 32];
    let (mut from, mut moved, mut last_from) = (0, false, false);
    while let Some(t) = next_tok(gap, from) {
        if t.word {
            let w = lw(gap, t, &mut b);
            moved |= matches!(
                w,
                "housed"
                    | "sheltered"
                    | "shelter"
                    | "shelters"
                    | "camp"
                    | "camps"
                    | "accommodation"
                    | "centres"
                    | "centers"
                    | "taken"
                    | "sent"
                    | "moved"
                    | "relocated"
                    | "resettled"
                    | "travelled"
                    | "traveled"
            );
            last_from = w == "from";
        }
        from = t.end;
    }
    moved && !last_from
}

/// Fire from one region at another: "22 rockets launched from the Kharkiv region over
/// Belgorod", "shells fired from Bryansk at Chernihiv villages": the figure is about
/// where they land. `gs[0]` is the first group after the figure; the group after it
/// when `gs[0]` follows "from" and the next group follows "over", "at", "on",
/// "against" or "towards" within three words.
fn target_of_origin<'a>(s: &str, gs: &'a [Group]) -> &'a Group {
    let g = &gs[0];
    let Some(h) = gs.get(1) else {
        return g;
    };
    let mut b = [0u8; 32];
    let mut p = g.start;
    // "from" right before the origin, past "the"
    let mut origin = false;
    for _ in 0..2 {
        let Some(t) = prev_tok(s, p).filter(|t| t.word) else {
            break;
        };
        match lw(s, t, &mut b) {
            "from" => {
                origin = true;
                break;
            }
            "the" => p = t.start,
            _ => break,
        }
    }
    if !origin {
        return g;
    }
    let gap = &s[g.end..h.start];
    let mut from = 0;
    for i in 0..4 {
        let Some(t) = next_tok(gap, from).filter(|t| t.word) else {
            return g;
        };
        match lw(gap, t, &mut b) {
            "over" | "at" | "on" | "against" | "towards" | "toward" => return h,
            "region" | "oblast" | "the" | "border" | "areas" | "villages" if i < 3 => {}
            _ => return g,
        }
        from = t.end;
    }
    g
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
    let aside = |g: &Group| {
        side_mention(s, g.start)
            || border_clause(s, g.start)
            || matches!(g.region, Some("Kyiv" | "Moscow"))
    };
    if groups.len() > 1 && aside(last) {
        if let Some(g) = groups.iter().rev().find(|g| !aside(g)) {
            return Some(g);
        }
    }
    // a sentence that names only a neighbour or a comparison keeps the context
    if groups.iter().all(|g| border_clause(s, g.start)) {
        return None;
    }
    // A list of several regions ("some of them from the Kursk and Voronezh regions",
    // "housed in Stary Oskol and in the Voronezh region") is not what the text goes on
    // about: a single region named before it in the sentence, else the context before.
    if last.region.is_none() {
        return groups.iter().rev().find(|g| g.region.is_some());
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

/// A mention named as what another place borders: "which borders the Luhansk region",
/// "bordering Ukraine's Sumy and Chernihiv regions", "borders on Kharkiv", "lies on
/// the border with Ukraine's Kharkiv region"; or named to compare with: "Like
/// Belgorod, it has formed ...", "unlike Kursk".
fn border_clause(s: &str, at: usize) -> bool {
    let mut b = [0u8; 32];
    let mut p = at;
    let mut with = false;
    for i in 0..3 {
        let Some(t) = prev_tok(s, p).filter(|t| t.word) else {
            return false;
        };
        match lw(s, t, &mut b) {
            "borders" | "bordering" | "bordered" => return true,
            "border" if with => return true,
            "like" | "unlike" if i == 0 => return true,
            "with" => with = true,
            "the" | "on" | "ukraine's" | "russia's" | "ukraine\u{2019}s" | "russia\u{2019}s" => {}
            _ => return false,
        }
        p = t.start;
    }
    false
}

/// Drops a dateline's place names at the start of a sentence ("MOSCOW/KYIV
/// (Agency) - Russia said ..."): a run of capitals before an agency in brackets or a
/// dash names where the story was filed, not what it is about.
pub(super) fn drop_dateline(s: &str, groups: &mut Vec<Group>) {
    let Some(g) = groups.first() else {
        return;
    };
    let head = s[..g.start].trim();
    if !head.is_empty() {
        return;
    }
    // the capitals run: upper-case letters, "/", ",", spaces
    let run = s
        .char_indices()
        .find(|(_, c)| !(c.is_uppercase() || matches!(c, '/' | ',' | ' ' | '-' | '.')))
        .map_or(s.len(), |(i, _)| i);
    let caps = &s[..run];
    if caps.chars().filter(|c| c.is_uppercase()).count() < 4 {
        return;
    }
    let rest = s[run..].trim_start();
    let rest = if rest.starts_with('(') {
        rest.find(')').map_or(rest, |i| rest[i + 1..].trim_start())
    } else if caps.trim_end().ends_with(['-', ',']) {
        "-"
    } else {
        rest
    };
    if rest.starts_with(['-', '\u{2013}', '\u{2014}']) {
        let cut = s.len() - rest.len();
        groups.retain(|g| g.start >= cut);
    }
}

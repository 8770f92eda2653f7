//! Stage 5, figures: attaches each number expression to what it counts, gives it a
//! category, unit and region, and drops numbers that are not figures (dates, years,
//! times, ordinals, durations, ages, distances, designators, list numbering, URLs).
//!
//! Per body sentence: number expressions ([`find_numbers`]) minus date spans
//! ([`find_dates`]) and the exclusions below; each survivor is attached to its noun
//! (`attach`: after the number, across modifiers and "of"; else elided — a casualty
//! participle, "the number of X ... N", a parallel "and N in ..."); the noun's class
//! (`lexicon`) and the casualty verbs around it give the category; the region comes
//! from the sentence's region mentions or the nearest one before it (`region_of`).
//!
//! Decisions pinned by tests: "one resident told the BBC" (an exact one of a person
//! who is not killed or injured) is a source, not a count; "a helicopter" is not a
//! figure (articles are not numerals); "a 3,000-strong force" is personnel.

mod attach;
mod lexicon;
#[cfg(test)]
mod tests;

use crate::clean::{Block, BlockKind};
use crate::dates::{find_dates, find_times};
use crate::model::{Category, Figure, Qualifier, Span};
use crate::numerals::{find_numbers, NumberExpr};
use crate::regions::{find_regions, RegionMention};
use crate::sentences::sentences;
use attach::{lw, next_tok, prev_tok, Head, Tok};
use lexicon::{Cas, Class};

/// A run of region mentions joined by "and", "or", commas: "the Belgorod and Kursk
/// regions". `region` is `None` when the run names several regions.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Group {
    start: usize,
    end: usize,
    region: Option<&'static str>,
}

/// The figures of an article, in order of appearance. `main_region` is the article's
/// main region, the last resort of the region rule.
pub fn figures(text: &str, blocks: &[Block], main_region: Option<&str>) -> Vec<Figure> {
    let mut out = Vec::new();
    // The nearest region named so far: Some(None) when that mention was ambiguous.
    let mut ctx: Option<Option<&'static str>> = None;
    for block in blocks.iter().filter(|b| matches!(b.kind, BlockKind::Body | BlockKind::Heading)) {
        for sent in sentences(text, block.span) {
            let s = &text[sent.start..sent.end];
            let groups = group_mentions(s, &find_regions(s));
            if block.kind == BlockKind::Body {
                let fallback = match ctx {
                    Some(r) => r.map(str::to_string),
                    None => main_region.map(str::to_string),
                };
                sentence_figures(s, sent, &groups, fallback, &mut out);
            }
            if let Some(g) = groups.last() {
                ctx = Some(g.region);
            }
        }
    }
    out
}

/// The figures of one sentence `s` (at `sent` in the article).
fn sentence_figures(s: &str, sent: Span, groups: &[Group], fallback: Option<String>, out: &mut Vec<Figure>) {
    let mut dates: Vec<Span> = find_dates(s).into_iter().map(|d| d.span).collect();
    dates.extend(find_times(s).into_iter().map(|t| t.span));
    let mut last_end = 0;
    let mut prev: Option<(String, Class)> = None;
    for n in find_numbers(s) {
        if n.span.start < last_end || dates.iter().any(|d| d.overlaps(n.num_span)) || excluded(s, &n) {
            continue;
        }
        let Some(a) = attach(s, &n, prev.as_ref()) else { continue };
        let category = category(s, a.class, a.cas);
        // An exact "one" person who is neither killed nor injured is a quote's source
        // or an anecdote ("one Belgorod resident told the BBC"), not a reported count.
        if n.value == Some(1.0) && n.qualifier == Qualifier::Exact && a.class.is_person() && a.cas.is_none() {
            continue;
        }
        last_end = a.end;
        prev = Some((a.unit.clone(), a.class));
        let span = Span::new(sent.start + a.start, sent.start + a.end);
        out.push(Figure {
            text: s[a.start..a.end].to_string(),
            value: n.value,
            low: n.low,
            high: n.high,
            qualifier: n.qualifier,
            unit: a.unit,
            category,
            region: region_of(s, a.start, a.end, groups, &fallback),
            sentence: s.to_string(),
            span,
            sentence_span: sent,
        });
    }
}

/// What a number counts and the span of text stating it (sentence offsets).
#[derive(Debug, Clone)]
struct Attached {
    start: usize,
    end: usize,
    unit: String,
    class: Class,
    cas: Option<Cas>,
}

fn currency(c: char) -> Option<&'static str> {
    match c {
        '$' => Some("dollar"),
        '\u{20ac}' => Some("euro"),
        '\u{a3}' => Some("pound"),
        '\u{20bd}' => Some("ruble"),
        '\u{20b4}' => Some("hryvnia"),
        _ => None,
    }
}

/// Attaches a number expression to its noun; `None` when it counts nothing.
fn attach(s: &str, n: &NumberExpr, prev: Option<&(String, Class)>) -> Option<Attached> {
    let (start, end) = (n.span.start, n.span.end);
    let mut b = [0u8; 32];
    let expr = &s[start..end];
    // Money: a currency sign before the numeral.
    let sign = expr.chars().next().and_then(currency).map(|u| (start, u)).or_else(|| {
        let c = s[..start].chars().next_back()?;
        currency(c).map(|u| (start - c.len_utf8(), u))
    });
    if let Some((st, unit)) = sign {
        return Some(Attached { start: st, end, unit: unit.into(), class: Class::Money, cas: None });
    }
    // Percentages: "30%", "30 percent", "30 per cent".
    if expr.ends_with('%') {
        return Some(Attached { start, end, unit: "percent".into(), class: Class::Percent, cas: None });
    }
    if s[end..].starts_with('%') {
        return Some(Attached { start, end: end + 1, unit: "percent".into(), class: Class::Percent, cas: None });
    }
    if let Some(t) = next_tok(s, end) {
        if lw(s, t, &mut b) == "per" {
            if let Some(t2) = next_tok(s, t.end).filter(|t2| lw(s, *t2, &mut b) == "cent") {
                return Some(Attached { start, end: t2.end, unit: "percent".into(), class: Class::Percent, cas: None });
            }
        }
    }
    // "a 3,000-strong force": a strength is a head count.
    if let Some(rest) = s[end..].strip_prefix("-strong") {
        if !rest.starts_with(|c: char| c.is_alphanumeric()) {
            let e = end + "-strong".len();
            return Some(Attached { start, end: e, unit: "personnel".into(), class: Class::Force, cas: None });
        }
    }
    let before = attach::casualty_before_num(s, start);
    if let Some(h) = attach::head_after(s, end) {
        return attached_head(s, n, h, before);
    }
    // Elided nouns. "16 people were killed and about 100 injured": a casualty participle.
    let mut bb = [0u8; 32];
    if let Some((c, e, _)) = attach::casualty_tail(s, end) {
        let unit = prev.filter(|p| p.1.is_person()).map_or("person".to_string(), |p| p.0.clone());
        return Some(Attached { start, end: e, unit, class: Class::People, cas: Some(c) });
    }
    if year_like(s, n) {
        return None;
    }
    // "the strike killed 16": the verb before names the count.
    if let Some((c, vs)) = before.filter(|b| b.0 != Cas::Both) {
        return Some(Attached { start: vs, end, unit: "person".into(), class: Class::People, cas: Some(c) });
    }
    // "the number of firearms ... will be increased to 300".
    if let Some(h) = attach::number_of_before(s, start) {
        let class = h.class();
        return Some(Attached { start, end, unit: h.unit, class, cas: h.cas });
    }
    // "the death toll rose to 16".
    if attach::toll_before(s, start) {
        return Some(Attached { start, end, unit: "person".into(), class: Class::People, cas: Some(Cas::Killed) });
    }
    // "eight battalions in Belgorod and five in Kursk": the previous figure's noun.
    if let (Some((unit, class)), Some(p), Some(t)) = (prev, prev_tok(s, start), next_tok(s, end)) {
        let pw = lw(s, p, &mut b).to_string();
        let nw = lw(s, t, &mut bb);
        if matches!(pw.as_str(), "and" | "while" | "," | "with") || (!p.word && &s[p.start..p.end] == ",") {
            if matches!(nw, "in" | "at" | "on" | "from" | "across" | "for" | "near") {
                return Some(Attached { start, end, unit: unit.clone(), class: *class, cas: None });
            }
        }
    }
    None
}

fn attached_head(s: &str, n: &NumberExpr, h: Head, before: Option<(Cas, usize)>) -> Option<Attached> {
    let entry = h.entry;
    let class = h.class();
    if class == Class::NotCount {
        return None;
    }
    if year_like(s, n) && !(h.first && entry.is_some()) {
        return None;
    }
    // "one of the battalions": a member of a set, not a count.
    if n.value == Some(1.0) && n.qualifier == Qualifier::Exact && next_is(s, n.span.end, "of") {
        return None;
    }
    let (start, mut end) = (n.span.start, h.end);
    let mut cas = h.cas;
    if class.is_person() || class == Class::Casualties {
        if let Some((c, e, simple)) = attach::casualty_tail(s, end) {
            cas = Some(cas.map_or(c, |x| x.join(c)));
            // The text takes a simple verb in ("16 people were killed"), not a longer
            // one ("thousands of troops had been killed or wounded").
            if simple {
                end = e;
            }
        } else if let Some((c, _)) = before {
            cas = Some(cas.map_or(c, |x| x.join(c)));
        }
    } else if let Some(e) = attach::and_other(s, end) {
        end = e;
    }
    // "pieces of equipment", "units of military hardware": the noun after "of".
    let mut unit = h.unit;
    let mut class = class;
    if matches!(unit.as_str(), "unit" | "piece") && next_is(s, end, "of") {
        if let Some(h2) = attach::head_after(s, end) {
            if h2.entry.map_or(false, |e| e.2 == Class::Equipment) {
                unit = h2.unit;
                class = Class::Equipment;
                end = h2.end;
            } else if h2.entry.is_none() {
                unit = h2.unit;
                class = Class::Equipment;
                end = h2.end;
            }
        }
    }
    Some(Attached { start, end, unit, class, cas })
}

fn next_is(s: &str, from: usize, word: &str) -> bool {
    let mut b = [0u8; 32];
    next_tok(s, from).map_or(false, |t| lw(s, t, &mut b) == word)
}

/// A four-digit number that reads as a year ("2022"): digits only, 1000–2100.
fn year_like(s: &str, n: &NumberExpr) -> bool {
    let t = &s[n.num_span.start..n.num_span.end];
    !n.words
        && t.len() == 4
        && t.bytes().all(|b| b.is_ascii_digit())
        && n.value.map_or(false, |v| (1000.0..=2100.0).contains(&v))
}

/// Numbers that are not counts, judged from the characters and words around them:
/// designators (Su-34, T-72, Article 5), times (06:40, 6 p.m.), parts of dates, IDs
/// and URLs, ages ("aged 18"), years after a preposition, list numbering, and vague
/// words that carry no quantity ("a large number").
fn excluded(s: &str, n: &NumberExpr) -> bool {
    let (ns, ne) = (n.num_span.start, n.num_span.end);
    let mut b = [0u8; 32];
    let before = s[..ns].chars().next_back();
    let before2 = before.and_then(|c| s[..ns - c.len_utf8()].chars().next_back());
    let after = s[ne..].chars().next();
    let after2 = after.and_then(|c| s[ne + c.len_utf8()..].chars().next());
    let alnum = |c: Option<char>| c.map_or(false, |c| c.is_alphanumeric());
    let digit = |c: Option<char>| c.map_or(false, |c| c.is_ascii_digit());
    if n.qualifier == Qualifier::Vague {
        let expr = &s[n.span.start..n.span.end];
        let mut from = 0;
        while let Some(t) = next_tok(expr, from) {
            if lexicon::is_quantityless(lw(expr, t, &mut b)) {
                return true;
            }
            from = t.end;
        }
    }
    if !n.words {
        if alnum(before) || alnum(after) {
            return true; // a79616, 2nd, 10k handled by numerals
        }
        if matches!(before, Some('-' | '/' | ':' | '.' | '#' | '\u{2116}')) && (alnum(before2) || before == Some('#') || before == Some('\u{2116}')) {
            return true; // Su-34, 12/06, 06:40, No.5, #3
        }
        if matches!(after, Some(':' | '/' | '-' | '.')) && digit(after2) {
            return true; // 06:40, 24/7, 2023-08-02
        }
    }
    if matches!(after, Some('-')) && after2.map_or(false, |c| c.is_alphabetic()) && !s[ne..].starts_with("-strong") {
        return true; // 60-year-old, three-day, 10-km
    }
    // URLs, handles, paths: the white-space token around the number.
    let tok_start = s[..ns].rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let tok_end = s[ne..].find(char::is_whitespace).map_or(s.len(), |i| ne + i);
    let token = &s[tok_start..tok_end];
    if token.contains("://") || token.contains("www.") || token.contains('@') || token.contains(".com") {
        return true;
    }
    // Times of day: "6 p.m.", "18 00 GMT".
    if let Some(t) = next_tok(s, ne) {
        let w = lw(s, t, &mut b);
        if matches!(w, "am" | "pm" | "gmt" | "utc" | "msk" | "hrs" | "o'clock" | "o\u{2019}clock") {
            return true;
        }
        if matches!(w, "a" | "p") && s[t.end..].starts_with(".m") {
            return true;
        }
    }
    // List numbering: "1. The battalions ...", "2) Drones".
    if n.span.start == 0 && matches!(after, Some('.' | ')')) && !digit(after2) {
        return true;
    }
    if let Some(p) = prev_tok(s, n.span.start) {
        let w = lw(s, p, &mut b).to_string();
        if lexicon::is_age_word(&w) {
            return true;
        }
        if w == "of" || w == "between" || w == "from" {
            // "at the age of 60", "between the ages of 18 and 60"
            if let Some(p2) = prev_tok(s, p.start) {
                let w2 = lw(s, p2, &mut b);
                if lexicon::is_age_word(w2) || (w2 == "the" && prev_word_is(s, p2, lexicon::is_age_word)) {
                    return true;
                }
            }
        }
        if !n.words && n.qualifier == Qualifier::Exact && lexicon::is_designator(&w) && p_is_capital_or_no(s, p) {
            return true;
        }
        if year_like(s, n) && lexicon::is_year_word(&w) {
            return true;
        }
    }
    false
}

fn prev_word_is(s: &str, t: Tok, f: fn(&str) -> bool) -> bool {
    let mut b = [0u8; 32];
    prev_tok(s, t.start).map_or(false, |p| f(lw(s, p, &mut b)))
}

/// A designator word counts only when written as a name ("Article 5", "No. 3",
/// "Unit 12345"), i.e. capitalised, or "no"/"number" in any case.
fn p_is_capital_or_no(s: &str, p: Tok) -> bool {
    let w = &s[p.start..p.end];
    w.starts_with(|c: char| c.is_uppercase()) || w.eq_ignore_ascii_case("no") || w.eq_ignore_ascii_case("number")
}

/// The category of a figure: the noun's class, turned by casualty words and, for
/// people in general, by what the sentence is about.
fn category(s: &str, class: Class, cas: Option<Cas>) -> Category {
    if let (true, Some(c)) = (class.is_person() || class == Class::Casualties, cas) {
        return match c {
            Cas::Killed => Category::Killed,
            Cas::Injured => Category::Injured,
            Cas::Both => Category::Casualties,
        };
    }
    match class {
        Class::Force => Category::Personnel,
        Class::People => people_category(s),
        Class::Units => Category::Units,
        Class::Killed => Category::Killed,
        Class::Injured => Category::Injured,
        Class::Casualties => Category::Casualties,
        Class::Equipment => Category::Equipment,
        Class::Civil | Class::Other | Class::Money | Class::Percent | Class::NotCount => Category::Other,
    }
}

/// People in general are personnel in a sentence about a force's make-up
/// ("battalions ... comprise 2,092 people"), else `other` ("1,200 people were evacuated").
fn people_category(s: &str) -> Category {
    let mut b = [0u8; 32];
    let mut force = false;
    let mut from = 0;
    while let Some(t) = next_tok(s, from) {
        let w = lw(s, t, &mut b);
        if lexicon::is_evacuation_context(w) {
            return Category::Other;
        }
        force |= lexicon::is_force_context(w);
        from = t.end;
    }
    if force {
        Category::Personnel
    } else {
        Category::Other
    }
}

/// Merges adjacent region mentions joined by "and", "or", commas into groups.
fn group_mentions(s: &str, mentions: &[RegionMention]) -> Vec<Group> {
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
        out.push(Group { start: m.span.start, end: m.span.end, region: Some(m.region) });
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
                "the" | "region" | "regions" | "oblast" | "oblasts" | "as" | "well" | "province"
                | "provinces" => {}
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
fn region_of(s: &str, fs: usize, fe: usize, groups: &[Group], fallback: &Option<String>) -> Option<String> {
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
            let attached = matches!(first, "from" | "in" | "of" | "near" | "across" | "at" | "on" | "outside" | "inside" | "throughout");
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

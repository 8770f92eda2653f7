//! Stage 5, figures: attaches each number expression to what it counts, gives it a
//! category, unit and region, and drops numbers that are not figures (dates, years,
//! times, ordinals, durations, ages, distances, designators, list numbering, URLs).
//!
//! Per body sentence: number expressions ([`find_numbers`]) minus date and time spans
//! ([`find_dates`], [`find_times`]) and the exclusions of `exclude`; each survivor is
//! attached to its noun (`attach`: after the number, across modifiers and "of"; else
//! elided — a casualty participle, "the number of X ... N", "the death toll rose to N",
//! "total losses to N", a parallel "and N in ...", "up from N"); the noun's class
//! (`lexicon`) and the casualty verbs around it (`words`) give the category; the
//! region comes from the sentence's region mentions or else the nearest one named
//! before it, where a coordinated mention ("the Belgorod and Kursk regions") is
//! ambiguous and gives `null` (`region`). Headings give region context, not figures.
//!
//! Decisions pinned by tests: "one resident told the BBC" (an exact one of a person
//! who is not killed or injured) is a source, not a count; "a helicopter" is not a
//! figure (articles are not numerals); "a 3,000-strong force" is personnel.

mod attach;
mod elided;
mod exclude;
mod lexicon;
mod people;
mod region;
#[cfg(test)]
mod tests;
mod words;

use crate::clean::{Block, BlockKind};
use crate::dates::{find_dates, find_times};
use crate::model::{Category, Figure, Qualifier, Span};
use crate::numerals::{find_numbers, NumberExpr};
use crate::regions::find_regions;
use crate::sentences::sentences;
use attach::{lw, next_tok, prev_tok, Head};
use exclude::{excluded, prev_word_is, year_like};
use lexicon::Class;
use region::{group_mentions, region_of, Group};
use words::Cas;

/// The figures of an article, in order of appearance. `main_region` is the article's
/// main region, the last resort of the region rule.
pub fn figures(text: &str, blocks: &[Block], main_region: Option<&str>) -> Vec<Figure> {
    let mut out = Vec::new();
    // The nearest region named so far: Some(None) when that mention was ambiguous.
    let mut ctx: Option<Option<&'static str>> = None;
    // The sentence before (across paragraphs): the question an answer fragment answers.
    let mut last_sent = Span::new(0, 0);
    // The category people nouns last took where a sentence said it ("members").
    let mut seen = people::Seen::default();
    for block in blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Body | BlockKind::Heading))
    {
        // The last figure of the paragraph so far: "nearly 900 of them" counts its noun.
        let mut carried: Option<Prev> = None;
        for sent in sentences(text, block.span) {
            let before = &text[last_sent.start..last_sent.end];
            last_sent = sent;
            let s = &text[sent.start..sent.end];
            let groups = group_mentions(s, &find_regions(s));
            if block.kind == BlockKind::Body {
                let fallback = match ctx {
                    Some(r) => r,
                    None => main_region,
                };
                sentence_figures(
                    s,
                    sent,
                    &groups,
                    fallback,
                    before,
                    &mut carried,
                    &mut seen,
                    &mut out,
                );
            }
            if let Some(g) = region::context_group(s, &groups) {
                ctx = Some(g.region);
            }
        }
    }
    out
}

/// The figures of one sentence `s` (at `sent` in the article).
fn sentence_figures(
    s: &str,
    sent: Span,
    groups: &[Group],
    fallback: Option<&str>,
    before: &str,
    carried: &mut Option<Prev>,
    seen: &mut people::Seen,
    out: &mut Vec<Figure>,
) {
    let numbers = find_numbers(s);
    if numbers.is_empty() {
        return;
    }
    // Dates and times are written with digits: none in a sentence without one.
    let mut dates: Vec<Span> = Vec::new();
    if s.bytes().any(|c| c.is_ascii_digit()) {
        dates.extend(find_dates(s).into_iter().map(|d| d.span));
        dates.extend(find_times(s).into_iter().map(|t| t.span));
    }
    let mut last_end = 0;
    // The figure before: `carried` holds it; `here` says whether it is in this sentence.
    let mut here = false;
    for n in numbers {
        if n.span.start < last_end
            || dates.iter().any(|d| d.overlaps(n.num_span))
            || excluded(s, &n)
        {
            continue;
        }
        let prev = carried.as_ref().filter(|_| here);
        let Some(mut a) = attach(s, &n, prev, carried.as_ref()) else {
            continue;
        };
        // "the death toll rose to 25, including five children": the included share
        // what they are included in.
        if let (Some(p), None, true) = (prev, a.cas, a.class.is_person()) {
            if p.cas.is_some() && included(s, n.span.start) {
                a.cas = p.cas;
            }
        }
        let category = match (a.same_as, a.cas) {
            (Some(c), None) => c,
            // "How big is your unit? — About 140 people.": a fragment answers the
            // sentence before.
            (None, None) if a.class == Class::People && words::is_fragment(s) => {
                people_category(&[before, " ", s].concat())
            }
            (None, None) if a.class == Class::People => {
                people::category(s, a.end, before, &a.unit, seen)
            }
            _ => category(s, a.class, a.cas),
        };
        // An exact "one" person who is neither killed nor injured is a quote's source
        // or an anecdote ("one Belgorod resident told the BBC"), not a reported count.
        if n.value == Some(1.0)
            && n.qualifier == Qualifier::Exact
            && a.class.is_person()
            && a.cas.is_none()
        {
            continue;
        }
        last_end = a.end;
        here = true;
        *carried = Some(Prev {
            unit: a.unit.clone(),
            class: a.class,
            cas: a.cas,
            category,
        });
        let span = Span::new(sent.start + a.start, sent.start + a.end);
        out.push(Figure {
            text: s[a.start..a.end].to_string(),
            value: n.value,
            low: n.low,
            high: n.high,
            qualifier: n.qualifier,
            unit: a.unit,
            category,
            region: region_of(s, a.start, a.end, groups, fallback),
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
    /// The category of the figure it refers back to ("900 of them"), if any.
    same_as: Option<Category>,
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

/// The figure before, in the same sentence: elided nouns take its noun.
#[derive(Debug, Clone)]
struct Prev {
    unit: String,
    class: Class,
    cas: Option<Cas>,
    category: Category,
}

/// Attaches a number expression to its noun; `None` when it counts nothing.
fn attach(
    s: &str,
    n: &NumberExpr,
    prev: Option<&Prev>,
    carried: Option<&Prev>,
) -> Option<Attached> {
    let (start, end) = (n.span.start, n.span.end);
    let mut b = [0u8; 32];
    let expr = &s[start..end];
    // Money: a currency sign before the numeral, or a currency code ("UAH 240 million").
    let sign = expr
        .chars()
        .next()
        .and_then(currency)
        .map(|u| (start, u))
        .or_else(|| {
            let c = s[..start].chars().next_back()?;
            currency(c).map(|u| (start - c.len_utf8(), u))
        })
        .or_else(|| {
            let t = prev_tok(s, start)?;
            currency_code(&s[t.start..t.end]).map(|u| (t.start, u))
        });
    if let Some((st, unit)) = sign {
        return Some(Attached {
            start: st,
            end,
            unit: unit.into(),
            class: Class::Money,
            cas: None,
            same_as: None,
        });
    }
    // Percentages: "30%", "30 percent", "30 per cent".
    if expr.ends_with('%') {
        return Some(Attached {
            start,
            end,
            unit: "percent".into(),
            class: Class::Percent,
            cas: None,
            same_as: None,
        });
    }
    if s[end..].starts_with('%') {
        return Some(Attached {
            start,
            end: end + 1,
            unit: "percent".into(),
            class: Class::Percent,
            cas: None,
            same_as: None,
        });
    }
    if let Some(t) = next_tok(s, end) {
        if lw(s, t, &mut b) == "per" {
            if let Some(t2) = next_tok(s, t.end).filter(|t2| lw(s, *t2, &mut b) == "cent") {
                return Some(Attached {
                    start,
                    end: t2.end,
                    unit: "percent".into(),
                    class: Class::Percent,
                    cas: None,
                    same_as: None,
                });
            }
        }
    }
    // "a 3,000-strong force": a strength is a head count.
    if let Some(rest) = s[end..].strip_prefix("-strong") {
        if !rest.starts_with(|c: char| c.is_alphanumeric()) {
            let e = end + "-strong".len();
            return Some(Attached {
                start,
                end: e,
                unit: "personnel".into(),
                class: Class::Force,
                cas: None,
                same_as: None,
            });
        }
    }
    let before = attach::casualty_before_num(s, start);
    // A quoted number before its noun: `put them at "up to 60" fighters`.
    let quoted = quoted_end(s, start, end);
    if let Some(mut h) = attach::head_after(s, quoted.map_or(end, |q| q.1)) {
        // "two civilians were killed and three others injured": "others" are more of
        // the figure before.
        if let (Some(p), true) = (prev, h.entry.map_or(false, |e| e.0 == "others")) {
            h.unit.clone_from(&p.unit);
            h.over = Some(p.class);
        }
        let mut a = attached_head(s, n, h, before)?;
        if let Some((qs, _)) = quoted {
            a.start = qs;
        }
        return Some(a);
    }
    // "nearly 900 of them": a part of the figure before, in the sentence or paragraph.
    if let Some(pf) = prev.or(carried) {
        if let Some(e) = of_them(s, end) {
            let (cas, e) = match attach::casualty_tail(s, e) {
                Some((c, ce, true)) => (Some(c), ce),
                Some((c, _, false)) => (Some(c), e),
                None => (pf.cas, e),
            };
            return Some(Attached {
                start,
                end: e,
                unit: pf.unit.clone(),
                class: pf.class,
                cas,
                same_as: Some(pf.category),
            });
        }
    }
    // Elided nouns. "16 people were killed and about 100 injured": a casualty participle.
    let mut bb = [0u8; 32];
    if let Some((c, e, _)) = attach::casualty_tail(s, end) {
        let unit = prev
            .filter(|p| p.class.is_person())
            .map_or("person".to_string(), |p| p.unit.clone());
        return Some(Attached {
            start,
            end: e,
            unit,
            class: Class::People,
            cas: Some(c),
            same_as: None,
        });
    }
    if year_like(s, n) {
        return None;
    }
    // "the strike killed 16": the verb before names the count.
    if let Some((c, vs)) = before.filter(|b| b.0 != Cas::Both) {
        return Some(Attached {
            start: vs,
            end,
            unit: "person".into(),
            class: Class::People,
            cas: Some(c),
            same_as: None,
        });
    }
    // "the number of firearms ... will be increased to 300".
    if let Some(h) = attach::number_of_before(s, start) {
        let class = h.class();
        return Some(Attached {
            start,
            end,
            unit: h.unit,
            class,
            cas: h.cas,
            same_as: None,
        });
    }
    // "total losses to more than 300,000".
    if let Some(e) = attach::linked_casualty_noun(s, start) {
        return Some(Attached {
            start,
            end,
            unit: e.1.into(),
            class: e.2,
            cas: None,
            same_as: None,
        });
    }
    // "the death toll rose to 16".
    if attach::toll_before(s, start) {
        return Some(Attached {
            start,
            end,
            unit: "person".into(),
            class: Class::People,
            cas: Some(Cas::Killed),
            same_as: None,
        });
    }
    // "up from 2,500 in March": an earlier value of the same count.
    if let Some(pf) = prev {
        let from = prev_tok(s, start).map_or(false, |p| lw(s, p, &mut b) == "from");
        if from
            && prev_word_is(s, prev_tok(s, start).unwrap().start, |w| {
                matches!(w, "up" | "down")
            })
        {
            return Some(Attached {
                start,
                end,
                unit: pf.unit.clone(),
                class: pf.class,
                cas: pf.cas,
                same_as: None,
            });
        }
    }
    // "eight battalions in Belgorod and five in Kursk", "and another 300 in Kursk":
    // the previous figure's noun.
    if let (Some(pf), Some(p), Some(t)) = (prev, prev_tok(s, start), next_tok(s, end)) {
        let pw = lw(s, p, &mut b).to_string();
        let nw = lw(s, t, &mut bb);
        let joined = matches!(
            pw.as_str(),
            "and" | "while" | "with" | "another" | "further"
        ) || (!p.word && &s[p.start..p.end] == ",");
        if joined
            && matches!(
                nw,
                "in" | "at" | "on" | "from" | "across" | "for" | "near" | "to"
            )
        {
            return Some(Attached {
                start,
                end,
                unit: pf.unit.clone(),
                class: pf.class,
                cas: pf.cas,
                same_as: None,
            });
        }
    }
    elided::elided(s, n, prev, carried)
}

fn attached_head(
    s: &str,
    n: &NumberExpr,
    h: Head,
    before: Option<(Cas, usize)>,
) -> Option<Attached> {
    let entry = h.entry;
    let class = h.class();
    if class == Class::NotCount {
        return None;
    }
    if year_like(s, n) && !(h.first && entry.is_some()) {
        return None;
    }
    // "the two regions": regions named before, not a count.
    if matches!(h.unit.as_str(), "region" | "oblast")
        && prev_word_is(s, n.span.start, |w| {
            matches!(w, "the" | "both" | "these" | "those" | "its" | "their")
        })
    {
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
        } else if let (None, Some(e)) = (cas, attach::linked_casualty_noun(s, n.span.start)) {
            // "heavy losses, putting them at 60 fighters"
            cas = Some(match e.2 {
                Class::Killed => Cas::Killed,
                Class::Injured => Cas::Injured,
                _ => Cas::Both,
            });
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
    Some(Attached {
        start,
        end,
        unit,
        class,
        cas,
        same_as: None,
    })
}

/// A currency code written before an amount: "UAH 240 million", "USD 5,000".
fn currency_code(w: &str) -> Option<&'static str> {
    match w {
        "UAH" => Some("hryvnia"),
        "RUB" => Some("ruble"),
        "USD" | "US$" => Some("dollar"),
        "EUR" => Some("euro"),
        "GBP" => Some("pound"),
        _ => None,
    }
}

/// A number in quotation marks, `"up to 60"`: the opening mark's start and the closing
/// mark's end.
fn quoted_end(s: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let open = s[..start].chars().next_back()?;
    let close = s[end..].chars().next()?;
    let pair = matches!(open, '"' | '\u{201c}') && matches!(close, '"' | '\u{201d}');
    pair.then(|| (start - open.len_utf8(), end + close.len_utf8()))
}

/// "of them", "of those", "of whom" right after a number: the end of the pronoun.
fn of_them(s: &str, from: usize) -> Option<usize> {
    let mut b = [0u8; 32];
    let t = next_tok(s, from)?;
    if lw(s, t, &mut b) != "of" {
        return None;
    }
    let t2 = next_tok(s, t.end)?;
    matches!(lw(s, t2, &mut b), "them" | "those" | "whom").then_some(t2.end)
}

fn next_is(s: &str, from: usize, word: &str) -> bool {
    let mut b = [0u8; 32];
    next_tok(s, from).map_or(false, |t| lw(s, t, &mut b) == word)
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
        Class::Civil | Class::Other | Class::Money | Class::Percent | Class::NotCount => {
            Category::Other
        }
    }
}

/// "including five children", "among them two children", "among whom": the figure is
/// part of the one before.
fn included(s: &str, at: usize) -> bool {
    let mut b = [0u8; 32];
    let Some(p) = prev_tok(s, at) else {
        return false;
    };
    match lw(s, p, &mut b) {
        "including" | "among" => true,
        "them" | "whom" => prev_word_is(s, p.start, |w| w == "among"),
        _ => false,
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
        if words::is_evacuation_context(w) {
            return Category::Other;
        }
        force |=
            words::is_force_context(w) || lexicon::noun(w).map_or(false, |e| e.2 == Class::Units);
        from = t.end;
    }
    if force {
        Category::Personnel
    } else {
        Category::Other
    }
}

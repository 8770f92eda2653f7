//! From a number expression to what it counts: money and percentages, the noun
//! after the number (`attach::head_after`), a part of the figure before ("900 of
//! them"), a casualty participle or verb, "the number of X", "the death toll", and the
//! elided nouns of `elided`.

use super::attach::{self, lw, next_tok, prev_tok, Head};
use super::elided;
use super::exclude::{prev_word_is, year_like};
use super::lexicon::{self, Class};
use super::lookback;
use super::words::{self, Cas};
use super::{Attached, Prev};
use crate::model::Qualifier;
use crate::numerals::NumberExpr;

/// The currency a sign stands for (also after the amount: `money::sign_after`).
pub(super) fn currency(c: char) -> Option<&'static str> {
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
pub(super) fn attach(
    s: &str,
    n: &NumberExpr,
    prev: Option<&Prev>,
    carried: Option<&Prev>,
    para_before: &str,
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
    // "70 %", "70\u{a0}%": the sign set off by a space, as translated text writes it.
    let sp = ["", " ", "\u{a0}", "\u{202f}", "\u{2009}"]
        .into_iter()
        .find(|sp| {
            s[end..]
                .strip_prefix(sp)
                .is_some_and(|r| r.starts_with('%'))
        });
    if let Some(sp) = sp {
        return Some(Attached {
            start,
            end: end + sp.len() + 1,
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
    if let Some(a) = super::money::sign_after(s, start, end) {
        return Some(a);
    }
    if let Some(a) = super::strength::spaced(s, start, end) {
        return Some(a);
    }
    let before = attach::casualty_before_num(s, start).or_else(|| attach::list_head(s, start));
    // "23 of the 31 men signed up": a part of a set; the set's size is its base.
    // The part's text stops before "of": the whole ("the 31 men") is a count of its
    // own, read next (see `partitive_whole`).
    if let Some((h, _)) = partitive(s, end) {
        let mut a = attached_head(s, n, h, before)?;
        a.start = start;
        a.end = end;
        return Some(a);
    }
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
    // "nearly 900 of them": a part of the figure before, in the sentence or paragraph
    // (not after a plural of the sentence's clause before: "use pickups, and 12 of them")
    let own = prev.is_none() && carried.is_some() && lookback::own_plural(s, start, end);
    if let (Some(pf), false) = (prev.or(carried), own) {
        if let Some(e) = of_them(s, end) {
            // "killing two of them": the verb before; "Eleven of the wounded were in
            // hospital, two of them ...": "them" are the casualties named before.
            let named = || {
                // ("eliminating about 50 of them": people's losses that do not say
                // which; "destroyed 5 of them" of tanks is no casualty)
                before
                    .filter(|b| b.0 != Cas::Both || pf.class.is_person())
                    .map(|b| b.0)
                    .or_else(|| lookback::the_casualties_before(s, start))
            };
            let (cas, e) = match attach::casualty_tail(s, e) {
                Some((c, ce, true)) => (Some(c), ce),
                Some((c, _, false)) => (Some(c), e),
                // "two were wounded, one of them seriously": a part already counted.
                None if n.value == Some(1.0) && n.words => return None,
                None => match named() {
                    // "30 buildings were damaged. Eleven of the wounded ..., two of
                    // them ...": casualties are people, whatever the figure before.
                    Some(c) if !pf.class.is_person() => {
                        return Some(Attached {
                            start,
                            end: e,
                            unit: "person".into(),
                            class: Class::People,
                            cas: Some(c),
                            same_as: None,
                        })
                    }
                    c => (c.or(pf.cas), e),
                },
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
    // "... shooting down drones: since January, the groups have downed 47 of them": with
    // no figure before, "them" is the plural noun of an earlier clause or sentence.
    let bare = prev.is_none() && (carried.is_none() || own);
    if let (true, Some(e)) = (bare, of_them(s, end)) {
        let clause = clause_start(s, start);
        if let Some(x) =
            plural_before(s, clause).or_else(|| plural_before(para_before, para_before.len()))
        {
            let cas = attach::casualty_tail(s, e)
                .map(|c| c.0)
                .or_else(|| before.filter(|b| b.0 != Cas::Both).map(|b| b.0));
            if !(n.value == Some(1.0) && n.words && cas.is_none()) {
                return Some(Attached {
                    start,
                    end: e,
                    unit: x.1.into(),
                    class: x.2,
                    cas,
                    same_as: None,
                });
            }
        }
    }
    // "five AK-74s", "12 T-72s": a weapon's designation in the plural is the noun.
    if let Some((e, unit)) = lookback::designation_plural(s, end) {
        return Some(Attached {
            start,
            end: e,
            unit,
            class: Class::Equipment,
            cas: None,
            same_as: None,
        });
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
    // "the death toll rose to 16".
    if attach::toll_before(s, start) {
        return Some(Attached {
            start,
            end,
            unit: "person".into(),
            class: Class::People,
            cas: Some(attach::toll_kind(s, start)),
            same_as: None,
        });
    }
    // "total losses to more than 300,000".
    if let Some(e) = attach::linked_casualty_noun(s, start) {
        return Some(Attached::noun(start, end, e));
    }
    // "the population has fallen from 6,000 to about 2,500": people living there.
    // one look back for both: "its population ... to 2,500", "its strength to 3,400"
    let (population, strength) = lookback::population_or_strength_before(s, start);
    if population {
        return Some(Attached {
            start,
            end,
            unit: "person".into(),
            class: Class::Civil,
            cas: None,
            same_as: None,
        });
    }
    // "bringing its strength to about 3,400": the head count of a force.
    if strength {
        let p = prev.filter(|p| p.class.is_person() && p.cas.is_none());
        return Some(Attached {
            start,
            end,
            unit: p.map_or("person".to_string(), |p| p.unit.clone()),
            class: Class::Force,
            cas: None,
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
    // "the two regions", "the two communities", "both wars": places or wars named
    // before, not a count.
    if matches!(
        h.unit.as_str(),
        "region" | "oblast" | "community" | "hromada" | "district" | "country" | "side" | "war"
    ) && prev_word_is(s, n.span.start, |w| {
        matches!(w, "the" | "both" | "these" | "those" | "its" | "their")
    }) {
        return None;
    }
    // "one of the battalions": a member of a set, not a count (unless it was killed or
    // injured: "one of its fighters was killed").
    let one_of =
        n.value == Some(1.0) && n.qualifier == Qualifier::Exact && next_is(s, n.span.end, "of");
    // "in one village near the border": a place of the story, not a count of places.
    if n.value == Some(1.0)
        && n.words
        && n.qualifier == Qualifier::Exact
        && !class.is_person()
        && prev_word_is(s, n.span.start, |w| {
            matches!(w, "in" | "at" | "near" | "from" | "inside" | "outside")
        })
    {
        return None;
    }
    let (start, mut end) = (n.span.start, h.end);
    let mut cas = h.cas;
    if class.is_person() || class == Class::Casualties {
        if let Some((c, e, simple)) = attach::casualty_tail_past(s, end) {
            cas = Some(cas.map_or(c, |x| x.join(c)));
            // The text takes a simple verb in ("16 people were killed"), not a longer
            // one ("thousands of troops had been killed or wounded").
            if simple {
                end = e;
            }
        } else if let Some((c, _)) = before {
            cas = Some(cas.map_or(c, |x| x.join(c)));
        } else if let Some(c) = attach::list_tail(s, end)
            .or_else(|| attach::destroyed_after(s, end).then_some(Cas::Both))
        {
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
    if one_of && cas.is_none() {
        return None;
    }
    // "climbs into the car with three other men": companions of someone in a story.
    if cas.is_none()
        && class.is_person()
        && next_is(s, n.span.end, "other")
        && prev_word_is(s, n.span.start, |w| w == "with")
        && !mentions_casualty(s)
    {
        return None;
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
pub(super) fn of_them(s: &str, from: usize) -> Option<usize> {
    let mut b = [0u8; 32];
    let t = next_tok(s, from)?;
    if lw(s, t, &mut b) != "of" {
        return None;
    }
    let t2 = next_tok(s, t.end)?;
    matches!(lw(s, t2, &mut b), "them" | "those" | "whom").then_some(t2.end)
}

/// Whether the token after `from` is `word` (lower case).
pub(super) fn next_is(s: &str, from: usize, word: &str) -> bool {
    let mut b = [0u8; 32];
    next_tok(s, from).map_or(false, |t| lw(s, t, &mut b) == word)
}

/// The start of the clause holding byte `at`: after the last ",", ";", ":" or dash.
pub(super) fn clause_start(s: &str, at: usize) -> usize {
    s[..at]
        .rfind([',', ';', ':', '\u{2014}', '\u{2013}'])
        .map_or(0, |i| i + 1)
}

/// The nearest plural counted noun before byte `before` (within 30 tokens): what a
/// later "them" stands for.
pub(super) fn plural_before(s: &str, before: usize) -> Option<&'static lexicon::Entry> {
    let mut b = [0u8; 32];
    let mut p = before;
    for _ in 0..30 {
        let t = prev_tok(s, p)?;
        let w = lw(s, t, &mut b);
        // "seven of the injured ..., three of them": a part of people already counted.
        if words::casualty_after(w).is_some() && prev_word_is(s, t.start, |d| d == "the") {
            return None;
        }
        if let Some(e) = lexicon::noun(w) {
            let counted = !matches!(e.2, Class::NotCount | Class::Money | Class::Percent);
            if counted && e.3 != lexicon::Num::Singular {
                return Some(e);
            }
        }
        p = t.start;
    }
    None
}

/// Where the whole of a partitive after a number starts ("23 of the 31 men": at "31").
pub(super) fn partitive_whole(s: &str, end: usize) -> Option<usize> {
    partitive(s, end).map(|p| p.1)
}

/// "of the 31 men", "of the twelve detachments" after a number: the head of the whole
/// (and where the whole's number is), for "23 of the 31 men".
fn partitive(s: &str, from: usize) -> Option<(Head, usize)> {
    let mut b = [0u8; 32];
    let of = next_tok(s, from)?;
    if lw(s, of, &mut b) != "of" {
        return None;
    }
    let the = next_tok(s, of.end)?;
    if !matches!(lw(s, the, &mut b), "the" | "its" | "their" | "all") {
        return None;
    }
    let mut num = next_tok(s, the.end)?;
    // "3 of the region's 22 districts": a possessive between.
    let word = &s[num.start..num.end];
    if word.ends_with("'s") || word.ends_with("\u{2019}s") {
        num = next_tok(s, num.end)?;
    }
    let w = lw(s, num, &mut b);
    let digits = w.bytes().next().map_or(false, |c| c.is_ascii_digit());
    if !digits && !attach::is_number_word(w) {
        return None;
    }
    // "1,200", "1 200": digits with group commas or spaces.
    let mut e = num.end;
    loop {
        let b = s.as_bytes();
        let group = |at: usize| {
            b.len() >= at + 3
                && b[at..at + 3].iter().all(u8::is_ascii_digit)
                && !b.get(at + 3).is_some_and(u8::is_ascii_digit)
        };
        if s[e..].starts_with(',') && s[e + 1..].starts_with(|c: char| c.is_ascii_digit()) {
            e += 1;
            e += s[e..].bytes().take_while(u8::is_ascii_digit).count();
        } else if digits && s[e..].starts_with(' ') && group(e + 1) {
            e += 4;
        } else {
            break;
        }
    }
    let h = attach::head_after(s, e)?;
    // (an unknown plural counts too: "11 of the 16 sites")
    // "three of the 16 people killed were children": the whole is the reported count
    // (a participle right after its noun); in "three of the 40 fighters were killed"
    // the part is.
    if next_tok(s, h.end).is_some_and(|t| words::casualty_after(lw(s, t, &mut b)).is_some()) {
        return None;
    }
    Some((h, num.start))
}

/// Whether any word of `s` is a casualty word ("killed", "wounded", "died").
fn mentions_casualty(s: &str) -> bool {
    let mut b = [0u8; 32];
    let mut from = 0;
    while let Some(t) = next_tok(s, from) {
        let w = lw(s, t, &mut b);
        if words::casualty_after(w).is_some() || words::casualty_before(w).is_some() {
            return true;
        }
        from = t.end;
    }
    false
}

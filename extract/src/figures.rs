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
mod context;
mod counted;
mod dashlist;
mod elided;
mod exclude;
mod labels;
mod leaders;
mod lexicon;
mod lookback;
mod money;
mod oneof;
mod people;
mod region;
mod strength;
mod table;
#[cfg(test)]
mod tests;
mod us;
mod words;

use std::sync::Arc;

use crate::clean::{Block, BlockKind};
use crate::dates::{find_dates, find_times};
use crate::model::{Category, Figure, Qualifier, Span};
use crate::numerals::{find_numbers, NumberExpr};
use crate::regions::Known;
use crate::sentences::sentences_into;
use attach::{lw, next_tok, prev_tok};
use counted::attach;
use exclude::{excluded, prev_word_is};
use lexicon::Class;
use region::{group_mentions_into, region_of, Group};
use words::Cas;

/// The figures of an article, in order of appearance. `main_region` is the article's
/// main region, the last resort of the region rule.
pub fn figures<'a>(text: &str, blocks: &[Block], main_region: impl Into<Known<'a>>) -> Vec<Figure> {
    let (main_region, scans) = main_region.into().parts(text, blocks);
    let mut out = Vec::new();
    // The nearest region named so far: Some(None) when that mention was ambiguous.
    let mut ctx: Option<Option<&'static str>> = None;
    // The sentence before (across paragraphs): the question an answer fragment answers.
    let mut last_sent = Span::new(0, 0);
    let mut list_head = Span::new(0, 0);
    // The category people nouns last took where a sentence said it ("members").
    let mut seen = people::Seen::default();
    let mut carried: Option<Prev> = None;
    let mut in_list = false;
    let tables = table::tables(text, blocks);
    let mut next_table = 0;
    // Buffers reused from block to block and sentence to sentence.
    let (mut sents, mut mentions, mut groups) = (Vec::new(), Vec::new(), Vec::new());
    for block in blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Body | BlockKind::Heading))
    {
        // Tables read by column, in their place; their lines are not sentences.
        while let Some(t) = tables
            .get(next_table)
            .filter(|t| t.span.start <= block.span.start)
        {
            table::figures(text, t, ctx.unwrap_or(main_region), &mut out);
            next_table += 1;
        }
        if tables.iter().any(|t| t.span.overlaps(block.span)) {
            continue;
        }
        // The last figure of the paragraph so far: "nearly 900 of them" counts its noun.
        // Consecutive list items share it ("1. Sudzha: 28,000 people", "2. Rylsk: 11,000").
        let item = list_item(&text[block.span.start..block.span.end]);
        if !(item && in_list) {
            carried = None;
        }
        in_list = item;
        // A numbered line that the cleaner took for a heading is a list item of the body.
        let body = block.kind == BlockKind::Body
            || item
            || dashlist::is_count_line(&text[block.span.start..block.span.end]);
        sentences_into(text, block.span, &mut sents);
        for &sent in &sents {
            let before_span = last_sent;
            let before = &text[last_sent.start..last_sent.end];
            // The sentence before in the same paragraph ("" for the first).
            let para_before = if last_sent.start >= block.span.start {
                before
            } else {
                ""
            };
            last_sent = sent;
            let s = &text[sent.start..sent.end];
            // The line that heads a list ("the enemy lost:"), kept while its items run.
            if before.trim_end().ends_with(':') {
                list_head = before_span;
            } else if !out.last().is_some_and(|f: &Figure| {
                f.sentence_span == before_span && dashlist::is_item(&f.text)
            }) {
                // the list ends after a sentence with no dash item
                list_head = Span::new(0, 0);
            }
            scans.sentence_into(text, block.span, sent, &mut mentions);
            group_mentions_into(s, &mentions, &mut groups);
            region::drop_dateline(s, &mut groups);
            if body {
                let fallback = match ctx {
                    Some(r) => r,
                    None => main_region,
                };
                sentence_figures(
                    s,
                    sent,
                    &groups,
                    fallback,
                    [before, para_before, &text[list_head.start..list_head.end]],
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
    for t in &tables[next_table..] {
        table::figures(text, t, ctx.unwrap_or(main_region), &mut out);
    }
    out
}

/// The figures of one sentence `s` (at `sent` in the article).
fn sentence_figures(
    s: &str,
    sent: Span,
    groups: &[Group],
    fallback: Option<&str>,
    [before, para_before, list_head]: [&str; 3],
    carried: &mut Option<Prev>,
    seen: &mut people::Seen,
    out: &mut Vec<Figure>,
) {
    let mut numbers = find_numbers(s);
    one_of(s, &mut numbers);
    // (an appeal excludes every number of its sentence)
    if numbers.is_empty() || exclude::correction(s) || exclude::appeal(s) {
        return;
    }
    // Dates and times, found where a number is not excluded otherwise (a sentence of
    // excluded numbers needs none).
    let mut dates: Option<Vec<Span>> = None;
    let mut last_end = 0;
    // The figure before: `carried` holds it; `here` says whether it is in this sentence.
    let mut here = false;
    // The whole of a partitive ("23 of the 31 men"): where its number starts.
    let mut whole_at = None;
    // Payment words, tested once per sentence where a figure asks (most name none).
    let mut pays = None;
    // The sentence's text, one copy for all its figures.
    let mut shared: Option<Arc<str>> = None;
    for n in numbers {
        if n.span.start < last_end
            || excluded(s, &n)
            || oneof::one_before_a_number(s, &n)
            || oneof::one_for_each(s, &n)
            || date_spans(s, &mut dates)
                .iter()
                .any(|d| d.overlaps(n.num_span))
        {
            continue;
        }
        let prev = carried.as_ref().filter(|_| here);
        let dashed = dashlist::dash_item(s, &n, list_head)
            .or_else(|| dashlist::colon_item(s, &n))
            .or_else(|| labels::head_first(s, &n))
            .or_else(|| oneof::set_size(s, &n))
            .or_else(|| us::own_group(s, &n, [before, para_before], seen));
        let Some(mut a) = dashed.or_else(|| attach(s, &n, prev, carried.as_ref(), para_before))
        else {
            continue;
        };
        // "KILLED: 6 civilians": a casualty label says what happened to them
        if a.cas.is_none() && a.class.is_person() {
            a.cas = labels::casualty(s, &n);
        }
        // "38 Russian vehicles and 11 Ukrainian ones": "ones" is the noun before.
        if let (Some(p), "one", None) = (prev, a.unit.as_str(), a.same_as) {
            if n.value != Some(1.0) {
                a.unit.clone_from(&p.unit);
                a.class = p.class;
                a.same_as = Some(p.category);
            }
        }
        // "the death toll rose to 25, including five children": the included share
        // what they are included in.
        if let (Some(p), None, true) = (prev, a.cas, a.class.is_person()) {
            if p.cas.is_some() && included(s, n.span.start) {
                a.cas = p.cas;
            }
        }
        // "Three were killed and five injured. They included two children.": the
        // included share the casualties of the sentence before.
        if a.cas.is_none() && a.class.is_person() && prev.is_none() && they_include(s, n.span.start)
        {
            if carried.is_some() {
                a.cas = last_sentence_cas(out);
            }
        }
        let category = match (a.same_as, a.cas) {
            (Some(c), None) => c,
            // "How big is your unit? — About 140 people.": a fragment answers the
            // sentence before (unless its own words cue it: "The firm employs 230 people.").
            (None, None)
                if a.class == Class::People && words::is_fragment(s) && seen.cue(s).is_none() =>
            {
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
        let mut category = category;
        // The whole of "about 70 of the village's 1,800 residents" is the size of a
        // set: what its noun is, not what the sentence says of the part.
        if whole_at == Some(n.span.start) {
            a.cas = None;
            category = match a.class {
                Class::People => Category::Other,
                c => self::category(s, c, None),
            };
        }
        whole_at = counted::partitive_whole(s, n.span.end);
        // (the measure word right after the number: "1,500 food kits" has its noun)
        let bare_measure = matches!(s[n.span.end..a.end].trim(), "sets" | "kits");
        if bare_measure
            && category == Category::Other
            && context::measure_of_earlier(s, n.span.start, a.end, para_before)
        {
            category = Category::Equipment;
        }
        let person = a.class.is_person() && a.cas.is_none();
        if person && *pays.get_or_insert_with(|| context::names_payment(s)) {
            if let Some(c) = context::payment_cause(s, a.start) {
                category = c;
            }
        }
        if person && context::losses_stated_as(s, n.span.start) {
            category = Category::Casualties;
        }
        if person && context::sought_medical_help(s, a.end) {
            category = Category::Injured;
        }
        if (person
            && (context::captured_before(s, n.span.start)
                || context::captured_after(s, a.end)
                || context::according_to(s, n.span.start, a.end)))
            || (a.class == Class::People && context::place_of_before(s, n.span.start))
            || context::civil_use(s, &a.unit, category)
            || context::civil_property(s, para_before, &a.unit, category)
            || (a.unit == "volunteer"
                && category == Category::Personnel
                && civil_volunteers(s, n.span.start, seen))
            || context::civil_use_before(para_before, &a.unit, category)
            || (category == Category::Units && context::taken_part_in(s, n.span.start))
            || (category == Category::Units && context::civil_units(s, n.span.end, a.end, &a.unit))
        {
            category = Category::Other;
        }
        // (no loss either for "97 of them" after them)
        if category == Category::Casualties
            && context::missing_civilians(s, &s[n.span.end..a.end], a.class, seen)
        {
            (category, a.cas) = (Category::Other, None);
        }
        // "2,400 people in 11 companies, with 1,500 more in the reserve": formations
        // are counted in tens, so a large elided count is the people's.
        if a.class == Class::Units && n.value.map_or(false, |v| v >= 200.0) {
            if let Some(f) = context::people_of_sentence(s, a.start, &a.unit, sent, out) {
                a.unit = f.unit.clone();
                category = f.category;
            }
        }
        if let Some((u, c)) = context::earlier_value_of(s, n.span.start, n.value, sent, out) {
            a.unit = u;
            category = c;
        }
        if let Some((u, c)) = context::definite_part(s, n.span.end, &a.unit, out) {
            a.unit = u;
            category = c;
        }
        // "about $25 million": a qualifier before the currency sign (the numeral's own
        // qualifier stops at the sign).
        let mut qualifier = n.qualifier;
        if a.start < n.span.start && qualifier == Qualifier::Exact {
            if let Some((q, at)) = qualifier_before(s, a.start) {
                qualifier = q;
                a.start = at;
            }
        }
        // "monetary allowance from 210 000 rubles per month": a minimum payment.
        if qualifier == Qualifier::Exact
            && a.class == Class::Money
            && context::minimum_from(s, a.start, a.end)
        {
            qualifier = Qualifier::AtLeast;
        }
        // "had handed over 28 generators": the particle of a verb, not "more than".
        let mut low = n.low;
        if qualifier == Qualifier::MoreThan && context::particle_over(s, a.start) {
            qualifier = Qualifier::Exact;
            low = None;
            a.start = n.num_span.start;
        }
        // "the number ... has passed 1,600": a count that went beyond a mark (only with
        // its noun elided: "has passed 3 laws" counts laws).
        if qualifier == Qualifier::Exact && a.start == n.span.start && a.end == n.span.end {
            if let Some(at) = context::passed_mark(s, a.start) {
                qualifier = Qualifier::MoreThan;
                a.start = at;
            }
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
            low,
            high: n.high,
            qualifier,
            unit: a.unit,
            category,
            region: region_of(s, a.start, a.end, groups, fallback),
            sentence: shared.get_or_insert_with(|| Arc::from(s)).clone(),
            span,
            sentence_span: sent,
        });
    }
}

/// The date and time spans of sentence `s`, found once (`dates` keeps them).
fn date_spans<'a>(s: &str, dates: &'a mut Option<Vec<Span>>) -> &'a [Span] {
    dates.get_or_insert_with(|| {
        let mut dates = Vec::new();
        // Dates and times are written with digits: none in a sentence without one.
        if s.bytes().any(|c| c.is_ascii_digit()) {
            dates.extend(find_dates(s).into_iter().map(|d| d.span));
            dates.extend(find_times(s).into_iter().map(|t| t.span));
        }
        dates
    })
}

/// "Organisers thanked 150 volunteers who staffed the water stations": volunteers of a
/// civil event, in a sentence that names no force.
fn civil_volunteers(s: &str, at: usize, seen: &mut people::Seen) -> bool {
    seen.cue(s) == Some(Category::Other) && !people::formation_includes(s, at)
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

/// The figure before, in the same sentence: elided nouns take its noun.
#[derive(Debug, Clone)]
struct Prev {
    unit: String,
    class: Class,
    cas: Option<Cas>,
    category: Category,
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
    class.category().unwrap_or_else(|| people_category(s))
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

/// The qualifier written right before byte `at` (a currency sign): "about", "around",
/// "roughly", "some", "an estimated", "nearly", "almost" (approximately); "more than",
/// "over", "upwards of" (more than); "at least"; "up to", "as much as"; "less than",
/// "under". With the byte where it starts.
fn qualifier_before(s: &str, at: usize) -> Option<(Qualifier, usize)> {
    let mut b = [0u8; 32];
    let t = prev_tok(s, at).filter(|t| t.word)?;
    let w = lw(s, t, &mut b).to_string();
    let t2 = prev_tok(s, t.start).filter(|t| t.word);
    let w2 = t2.map_or(String::new(), |t2| lw(s, t2, &mut b).to_string());
    let two = |q| Some((q, t2.map_or(t.start, |t2| t2.start)));
    match (w2.as_str(), w.as_str()) {
        ("more", "than") => two(Qualifier::MoreThan),
        ("upwards", "of") => two(Qualifier::MoreThan),
        ("at", "least") => two(Qualifier::AtLeast),
        ("up", "to") => two(Qualifier::UpTo),
        ("much", "as") => {
            let t3 = prev_tok(s, t2?.start).filter(|t| t.word)?;
            (lw(s, t3, &mut b) == "as").then_some((Qualifier::UpTo, t3.start))
        }
        ("less" | "fewer", "than") => two(Qualifier::LessThan),
        ("an", "estimated") => two(Qualifier::Approximately),
        (_, "about" | "around" | "roughly" | "approximately" | "some" | "nearly" | "almost") => {
            Some((Qualifier::Approximately, t.start))
        }
        (_, "over") => Some((Qualifier::MoreThan, t.start)),
        (_, "under") => Some((Qualifier::LessThan, t.start)),
        _ => None,
    }
}

/// "They include", "They included", "Those included", "These include" opening the
/// sentence right before the number at `at`.
fn they_include(s: &str, at: usize) -> bool {
    let mut b = [0u8; 32];
    let Some(v) = prev_tok(s, at) else {
        return false;
    };
    if !matches!(lw(s, v, &mut b), "include" | "included" | "includes") {
        return false;
    }
    let Some(p) = prev_tok(s, v.start) else {
        return false;
    };
    matches!(lw(s, p, &mut b), "they" | "those" | "these") && prev_tok(s, p.start).is_none()
}

/// What the figures of the last sentence with figures report, where every one is a
/// casualty: killed, injured, or both.
fn last_sentence_cas(out: &[Figure]) -> Option<Cas> {
    let last = out.last()?.sentence_span;
    let mut cas: Option<Cas> = None;
    for f in out.iter().rev().take_while(|f| f.sentence_span == last) {
        let c = match f.category {
            Category::Killed => Cas::Killed,
            Category::Injured => Cas::Injured,
            Category::Casualties => Cas::Both,
            _ => return None,
        };
        cas = Some(cas.map_or(c, |x| x.join(c)));
    }
    cas
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
        // (once a force word is seen, only an evacuation cue matters)
        force = force
            || words::is_force_context(w)
            || lexicon::noun(w).map_or(false, |e| e.2 == Class::Units);
        from = t.end;
    }
    if force {
        Category::Personnel
    } else {
        Category::Other
    }
}

/// Adds the "one" of "one of its fighters" (a pronoun to the numerals stage) to
/// `numbers`, in order: it counts where a casualty verb follows ("one of its fighters
/// was killed"); attachment drops it otherwise.
fn one_of(s: &str, numbers: &mut Vec<NumberExpr>) {
    let mut from = 0;
    while let Some(at) = find_ne_of(s.as_bytes(), from) {
        from = at + 6;
        let Some(start) = at.checked_sub(1) else {
            continue;
        };
        let boundary = start == 0 || !s.as_bytes()[start - 1].is_ascii_alphanumeric();
        if !boundary || !matches!(s.as_bytes()[start], b'o' | b'O') {
            continue;
        }
        let span = Span::new(start, at + 2);
        if numbers.iter().any(|n| n.span.overlaps(span)) {
            continue;
        }
        let pos = numbers.partition_point(|n| n.span.start < start);
        numbers.insert(
            pos,
            NumberExpr {
                span,
                num_span: span,
                value: Some(1.0),
                low: None,
                high: None,
                qualifier: Qualifier::Exact,
                words: true,
            },
        );
    }
}

/// The first "ne of " at or after byte `from` (`str::find` without its set-up per
/// call): looks for its `f`, eight bytes at a time.
fn find_ne_of(b: &[u8], from: usize) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let mut i = from + 4; // where the `f` would be
    while i + 1 < b.len() {
        if i + 9 <= b.len() {
            let w = u64::from_le_bytes(b[i..i + 8].try_into().unwrap());
            let x = w ^ (LO * b'f' as u64);
            let hit = x.wrapping_sub(LO) & !x & HI;
            if hit == 0 {
                i += 8;
                continue;
            }
            i += (hit.trailing_zeros() / 8) as usize; // the first `f` (exact)
        }
        if b[i] == b'f' && &b[i - 4..i + 2] == b"ne of " {
            return Some(i - 4);
        }
        i += 1;
    }
    None
}

/// A list item: "2. Korenevo district: 19,500", "- cars: 23", "• power lines: 4" (not a
/// markdown heading "# ...").
fn list_item(b: &str) -> bool {
    let digits = b.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        return digits <= 2 && matches!(&b.as_bytes()[digits..], [b'.' | b')', b' ', ..]);
    }
    ["- ", "* ", "\u{2022} "].iter().any(|m| b.starts_with(m))
}

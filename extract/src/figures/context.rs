//! Category turns that come from the words around a figure rather than its noun:
//! people captured are not a force; the generic "equipment" of firefighters and
//! generators handed to communities are not military kit; a town "of 60,000 people"
//! is its population; "three of the tanks" are the tanks counted before.

use super::attach::{lw, next_tok, prev_tok};
use crate::model::{Category, Figure, Span};

mod captivity;
mod care;
mod civil;
mod departure;
mod honours;
mod losses;
mod sources;
pub(super) use civil::{civil_units, missing_civilians};
pub(super) use losses::losses_stated_as;

/// Verbs of capture: the people are prisoners, not a force ("captured 25",
/// "took 40 servicemen prisoner").
pub(super) fn is_capture_verb(w: &str) -> bool {
    matches!(
        w,
        "captured" | "capture" | "capturing" | "captures" | "seized" | "abducted"
            // courts and arrests: the people are defendants or detainees
            | "sentenced" | "convicted" | "detained" | "arrested" | "jailed"
    )
}

/// People whose count is followed by a passive of capture: "more than 100 Russian
/// soldiers had been captured", "12 servicemen were taken prisoner", "two fighters
/// were detained". `end` is the end of the counted noun.
pub(super) fn captured_after(s: &str, end: usize) -> bool {
    if captivity::held_after(s, end)
        || captivity::captured_modifier(s, end)
        || captivity::reduced_relative(s, end)
        || departure::left_after(s, end)
        || honours::honoured_after(s, end)
    {
        return true;
    }
    let mut b = [0u8; 32];
    let mut at = end;
    let mut aux = false;
    for _ in 0..4 {
        let Some(t) = next_tok(s, at).filter(|t| t.word) else {
            return false;
        };
        let w = lw(s, t, &mut b);
        if matches!(
            w,
            "had" | "have" | "has" | "been" | "were" | "was" | "are" | "reportedly"
        ) {
            aux = true;
        } else if aux && w == "taken" {
            return next_tok(s, t.end).is_some_and(|p| lw(s, p, &mut b) == "prisoner");
        } else {
            return aux && is_capture_verb(w) && w != "capture" && w != "captures";
        }
        at = t.end;
    }
    false
}

/// A capture verb right before the number at `start` (across an opening quote):
/// `captured "several hundred" servicemen`.
pub(super) fn captured_before(s: &str, start: usize) -> bool {
    if departure::dismissed_before(s, start) || honours::honoured_before(s, start) {
        return true;
    }
    let mut b = [0u8; 32];
    let mut at = start;
    for _ in 0..2 {
        let Some(t) = prev_tok(s, at) else {
            return false;
        };
        // "sentenced a group of four soldiers"
        if t.word && lw(s, t, &mut b) == "of" {
            let g = prev_tok(s, t.start).filter(|g| lw(s, *g, &mut b) == "group");
            let a = g
                .and_then(|g| prev_tok(s, g.start))
                .filter(|a| lw(s, *a, &mut b) == "a");
            if let Some(v) = a.and_then(|a| prev_tok(s, a.start)) {
                return is_capture_verb(lw(s, v, &mut b));
            }
        }
        if t.word {
            return is_capture_verb(lw(s, t, &mut b)) || captivity::exchanged_before(s, t);
        }
        if !matches!(&s[t.start..t.end], "\"" | "\u{201c}" | "'" | "\u{2018}") {
            return false;
        }
        at = t.start;
    }
    false
}

/// People who sought medical help ("40 residents needed medical treatment", "12 soldiers
/// received medical care") or are in care ([`care::in_care`]) are injured; `end`: the noun's.
pub(super) fn sought_medical_help(s: &str, end: usize) -> bool {
    if care::in_care(s, end) {
        return true;
    }
    let mut b = [0u8; 32];
    let mut at = end;
    let mut verb = false;
    for _ in 0..6 {
        let Some(t) = next_tok(s, at).filter(|t| t.word) else {
            return false;
        };
        let w = lw(s, t, &mut b);
        match w {
            "have" | "had" | "has" | "were" | "was" | "also" | "already" if !verb => {}
            "sought" | "seeking" | "needed" | "required" | "received" | "requested" if !verb => {
                verb = true
            }
            "medical" if verb => {
                return next_tok(s, t.end).is_some_and(|n| {
                    matches!(
                        lw(s, n, &mut b),
                        "help" | "attention" | "treatment" | "care" | "assistance" | "aid"
                    )
                })
            }
            _ => return false,
        }
        at = t.end;
    }
    false
}

/// People a claim is attributed to are its sources, not a count of a force:
/// "according to two of its former members", "four fighters told us" (`end`: the noun's).
pub(super) fn according_to(s: &str, start: usize, end: usize) -> bool {
    let mut b = [0u8; 32];
    let Some(to) = prev_tok(s, start).filter(|t| lw(s, *t, &mut b) == "to") else {
        return sources::sources(s, start, end);
    };
    prev_tok(s, to.start).is_some_and(|a| lw(s, a, &mut b) == "according")
        || sources::sources(s, start, end)
}

/// A payment stated from its minimum: "allowance from 210 000 rubles per month",
/// "salaries from $500" (a pay noun within three words before "from"; no "to" or dash
/// after the amount, which would make a range: "from 20 hryvnias to 300,000").
pub(super) fn minimum_from(s: &str, start: usize, end: usize) -> bool {
    let mut b = [0u8; 32];
    let Some(from) = prev_tok(s, start).filter(|t| lw(s, *t, &mut b) == "from") else {
        return false;
    };
    // "to" before another amount: "to 300,000", "to $900" (not "to every volunteer")
    let to_amount = next_tok(s, end)
        .filter(|t| lw(s, *t, &mut b) == "to")
        .is_some_and(|t| {
            s[t.end..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit() || "$€£₽".contains(c))
        });
    if s[end..]
        .trim_start()
        .starts_with(['-', '\u{2013}', '\u{2014}'])
        || to_amount
    {
        return false;
    }
    let mut at = from.start;
    for _ in 0..3 {
        let Some(t) = prev_tok(s, at) else {
            return false;
        };
        let w = lw(s, t, &mut b);
        if matches!(
            w,
            "allowance"
                | "allowances"
                | "salary"
                | "salaries"
                | "pay"
                | "wage"
                | "wages"
                | "payment"
                | "payments"
                | "payout"
                | "payouts"
        ) {
            return true;
        }
        at = t.start;
    }
    false
}

/// Formation nouns counted as events: "took part in 140 joint patrols", "carried
/// out 12 patrols", "conducted 30 raids". A verb of taking part or carrying out within
/// three words before the number at `start` (past a qualifier: "in more than 40").
pub(super) fn taken_part_in(s: &str, start: usize) -> bool {
    let mut b = [0u8; 32];
    let mut at = start;
    for _ in 0..3 {
        let Some(t) = prev_tok(s, at) else {
            return false;
        };
        if !t.word {
            return false;
        }
        let w = lw(s, t, &mut b);
        let verb = match w {
            "in" | "out" => {
                let mut b2 = [0u8; 32];
                prev_tok(s, t.start).map_or(false, |p| {
                    let pw = lw(s, p, &mut b2);
                    if w == "in" {
                        matches!(
                            pw,
                            "part" | "participated" | "participate" | "participating"
                        )
                    } else {
                        pw.starts_with("carr") || pw == "went" || pw == "go" || pw == "goes"
                    }
                })
            }
            "conducted" | "conduct" | "conducts" | "conducting" => true,
            _ => false,
        };
        if verb {
            return true;
        }
        at = t.start;
    }
    false
}

/// "has passed", "had topped", "have crossed" right before the number at `start`: the
/// start of the verb.
pub(super) fn passed_mark(s: &str, start: usize) -> Option<usize> {
    let mut b = [0u8; 32];
    let v = prev_tok(s, start).filter(|t| t.word)?;
    if !matches!(lw(s, v, &mut b), "passed" | "topped" | "crossed") {
        return None;
    }
    let aux = prev_tok(s, v.start).filter(|t| t.word)?;
    matches!(
        lw(s, aux, &mut b),
        "has" | "have" | "had" | "already" | "now" | "just"
    )
    .then_some(v.start)
}

/// Words of a sentence about a fire or a rescue: its "equipment" is fire engines.
fn is_rescue_word(w: &str) -> bool {
    w.starts_with("firefight")
        || w.starts_with("rescuer")
        || matches!(w, "blaze" | "fire-fighting" | "firemen" | "fire-engines")
}

/// Words of a sentence about aid to civilians: its generators are not a force's kit.
fn is_civil_recipient(w: &str) -> bool {
    matches!(
        w,
        "community"
            | "communities"
            | "hromada"
            | "hromadas"
            | "households"
            | "families"
            | "hospitals"
            | "hospital"
            | "schools"
            | "humanitarian"
            | "villagers"
            | "pensioners"
            | "shelters"
    )
}

/// Kit nouns that are a service's or a household's in a civil sentence.
pub(super) fn civil_use(s: &str, unit: &str, category: Category) -> bool {
    if category != Category::Equipment {
        return false;
    }
    let generic = matches!(unit, "piece of equipment" | "fire engine" | "vehicle");
    let dual = matches!(unit, "generator" | "power generator" | "diesel generator");
    if !generic && !dual {
        return false;
    }
    // A byte search first: most sentences with vehicles are not about a fire.
    let cue = if generic {
        s.contains("fire") || s.contains("rescu") || s.contains("blaze")
    } else {
        true
    };
    if !cue {
        return false;
    }
    let test: fn(&str) -> bool = if generic {
        is_rescue_word
    } else {
        is_civil_recipient
    };
    any_word(s, test)
}

/// Whether a word of `s` (lowercased) passes `f`.
fn any_word(s: &str, f: fn(&str) -> bool) -> bool {
    let mut b = [0u8; 32];
    let mut from = 0;
    while let Some(t) = next_tok(s, from) {
        if t.word && f(lw(s, t, &mut b)) {
            return true;
        }
        from = t.end;
    }
    false
}

/// "a town of about 60,000 people", "the city of 30,000", "a region of more than a
/// million people": a place's population right
/// before the number at `start` (across a qualifier).
pub(super) fn place_of_before(s: &str, start: usize) -> bool {
    let mut b = [0u8; 32];
    let mut at = start;
    let Some(mut t) = prev_tok(s, at) else {
        return false;
    };
    if t.word
        && matches!(
            lw(s, t, &mut b),
            "about" | "some" | "around" | "roughly" | "nearly" | "almost" | "approximately"
        )
    {
        at = t.start;
        t = match prev_tok(s, at) {
            Some(t) => t,
            None => return false,
        };
    }
    if !t.word || lw(s, t, &mut b) != "of" {
        return false;
    }
    prev_tok(s, t.start).is_some_and(|p| p.word && civil::populated_place(lw(s, p, &mut b)))
}

/// "at least three of the tanks": a definite part of things counted before. The
/// unit and category of the last figure whose unit is that noun or a compound of it
/// ("storage tank" for "tanks"), when that compound differs from the bare noun.
pub(super) fn definite_part(
    s: &str,
    end: usize,
    unit: &str,
    out: &[Figure],
) -> Option<(String, Category)> {
    let mut b = [0u8; 32];
    // Cheap test first: " of the" right after the number's words.
    if !s[end..].trim_start().starts_with("of ") {
        return None;
    }
    let of = next_tok(s, end)?;
    if lw(s, of, &mut b) != "of" {
        return None;
    }
    let the = next_tok(s, of.end)?;
    if !matches!(lw(s, the, &mut b), "the" | "these" | "those") {
        return None;
    }
    let suffix = format!(" {unit}");
    out.iter()
        .rev()
        .take(12)
        .find(|f| f.unit.ends_with(&suffix))
        .map(|f| (f.unit.clone(), f.category))
}

/// Generators in the sentence after one about aid to communities ("A further 10
/// generators are expected by May."): the same civil use. Only for dual-use kit.
pub(super) fn civil_use_before(para_before: &str, unit: &str, category: Category) -> bool {
    matches!(unit, "generator" | "power generator" | "diesel generator")
        && !para_before.is_empty()
        && civil_use(para_before, unit, category)
}

/// For an elided count that took a formation noun ("11 companies, with one and a half
/// thousand more"): the last figure of the same sentence that counts people in a
/// force, when the count's own words do not name the formation.
pub(super) fn people_of_sentence<'a>(
    s: &str,
    start: usize,
    unit: &str,
    sent: Span,
    out: &'a [Figure],
) -> Option<&'a Figure> {
    let own = s[start..].split(|c: char| !c.is_alphanumeric()).take(8);
    if own
        .clone()
        .any(|w| w.to_ascii_lowercase().starts_with(unit))
    {
        return None;
    }
    out.iter()
        .rev()
        .take_while(|f| f.sentence_span == sent)
        .find(|f| f.category == Category::Personnel)
}

/// "handed over 28 generators", "turned over 40 rifles": an "over" at `start` that is
/// the particle of the verb before it, not "more than".
pub(super) fn particle_over(s: &str, start: usize) -> bool {
    let mut b = [0u8; 32];
    let Some(t) = next_tok(s, start).filter(|t| t.start == start) else {
        return false;
    };
    if lw(s, t, &mut b) != "over" {
        return false;
    }
    prev_tok(s, start).is_some_and(|p| {
        p.word
            && matches!(
                lw(s, p, &mut b),
                "handed"
                    | "hand"
                    | "hands"
                    | "handing"
                    | "turned"
                    | "turn"
                    | "turns"
                    | "turning"
                    | "passed"
                    | "pass"
                    | "passes"
                    | "passing"
                    | "signed"
                    | "sign"
                    | "signs"
                    | "signing"
                    | "took"
                    | "take"
                    | "takes"
                    | "taking"
                    | "taken"
            )
    })
}

/// "It numbers 186 fighters, divided into three platoons, up from about 90": an
/// earlier value ("up from" / "down from" before byte `start`) belongs to a figure of
/// the sentence (at `sent`) larger (up) or smaller (down) than `value`: where the
/// figure right before is not, the nearest one before it that is, not a breakdown
/// between them. Its unit and category (`None`: keep the figure right before).
pub(super) fn earlier_value_of(
    s: &str,
    start: usize,
    value: Option<f64>,
    sent: Span,
    out: &[Figure],
) -> Option<(String, Category)> {
    if !s[..start].ends_with("from ") {
        return None;
    }
    let mut b = [0u8; 32];
    let from = prev_tok(s, start)?;
    if lw(s, from, &mut b) != "from" {
        return None;
    }
    let up = match lw(s, prev_tok(s, from.start)?, &mut b) {
        "up" => true,
        "down" => false,
        _ => return None,
    };
    let v = value?;
    let fits = |f: &&Figure| f.value.is_some_and(|x| if up { x > v } else { x < v });
    let mut here = out.iter().rev().take_while(|f| f.sentence_span == sent);
    // the figure right before fits: it keeps it ("12 detachments, up from 7")
    if here.next().filter(fits).is_some() {
        return None;
    }
    here.find(fits).map(|f| (f.unit.clone(), f.category))
}

/// Storage tanks: "at least five" tanks hit at a fuel depot (fuel named in the
/// sentence or the one before, no force in the sentence) are property, not a force's
/// kit. (Cars stay equipment, as FIGURES.md lists vehicles.)
pub(super) fn civil_property(s: &str, before: &str, unit: &str, category: Category) -> bool {
    if category != Category::Equipment || unit != "tank" {
        return false;
    }
    let has = any_word;
    let fuel = |w: &str| {
        matches!(
            w,
            "fuel" | "oil" | "petrol" | "diesel" | "depot" | "refinery" | "reservoir" | "storage"
        )
    };
    (has(s, fuel) || has(before, fuel))
        && !has(s, |w| {
            super::words::is_force_context(w)
                || matches!(
                    w,
                    "armoured" | "armored" | "army" | "troops" | "battle" | "t-72"
                )
        })
}

/// "payments in connection with injury were assigned to 73 volunteers", "compensation
/// for the deaths was paid to the families of 19 fighters": people paid for an injury
/// or a death are the injured or the killed. Both words stand in the clause before the
/// count, the cause after the payment.
pub(super) fn payment_cause(s: &str, start: usize) -> Option<Category> {
    let head = &s[..start];
    let clause = &head[head.rfind([';', ':']).map_or(0, |i| i + 1)..];
    let mut b = [0u8; 32];
    let (mut paid, mut cause) = (false, None);
    let mut from = 0;
    while let Some(t) = next_tok(clause, from) {
        from = t.end;
        match lw(clause, t, &mut b) {
            "payment" | "payments" | "compensation" | "compensations" | "benefit" | "benefits"
            | "allowance" | "allowances" | "payout" | "payouts" => paid = true,
            "injury" | "injuries" | "wound" | "wounds" | "wounding" if paid => {
                cause = Some(Category::Injured)
            }
            "death" | "deaths" if paid => cause = Some(Category::Killed),
            _ => {}
        }
    }
    cause
}

/// "They have been collecting body armour since May. On Friday they handed over 30
/// sets.": a measure word with no noun of its own ("sets", "kits") counts the
/// equipment named before it in the sentence or the paragraph.
pub(super) fn measure_of_earlier(s: &str, start: usize, end: usize, para_before: &str) -> bool {
    let mut b = [0u8; 32];
    if next_tok(s, end).is_some_and(|t| lw(s, t, &mut b) == "of") {
        return false;
    }
    let mut n = 0;
    for t in [&s[..start], para_before] {
        let mut p = t.len();
        while let Some(k) = prev_tok(t, p) {
            p = k.start;
            n += 1;
            if n > 60 {
                return false;
            }
            if let Some(e) = super::lexicon::noun(lw(t, k, &mut b)) {
                if e.2 == super::lexicon::Class::Equipment {
                    return true;
                }
            }
        }
    }
    false
}

/// Whether sentence `s` may name a payment (a byte test for [`payment_cause`]).
pub(super) fn names_payment(s: &str) -> bool {
    let has = |k: &str| s.contains(k);
    has("ayment") || has("ayout") || has("ompensation") || has("enefit") || has("llowance")
}

//! Numbers whose noun is elided, found from the words around them and the figures
//! before: money after money ("640 million rubles ..., and the remaining 1.16
//! billion"), "another 150", "and 236 have completed", "compared with 46", "promised
//! to evacuate around 1,500", and answers that drop the noun ("On a bad day, upwards
//! of 60.", "Maybe 300 remain.", "we lose about a dozen a month").

use super::attach::{lw, next_tok, prev_tok, Tok};
use super::lexicon::{noun, Class, Entry};
use super::words::is_stop;
use super::{Attached, Prev};
use crate::numerals::NumberExpr;
mod gap;

impl Attached {
    /// A count of the noun `e` (its unit and class), stated at `start..end`.
    pub(super) fn noun(start: usize, end: usize, e: &Entry) -> Attached {
        Attached {
            start,
            end,
            unit: e.1.into(),
            class: e.2,
            cas: None,
            same_as: None,
        }
    }
}

/// The noun of an elided number, or `None`. `prev` is the figure before in the same
/// sentence, `carried` the one before in the paragraph.
pub(super) fn elided(
    s: &str,
    n: &NumberExpr,
    prev: Option<&Prev>,
    carried: Option<&Prev>,
) -> Option<Attached> {
    let (start, end) = (n.span.start, n.span.end);
    let mut b = [0u8; 32];
    let p = prev_tok(s, start);
    let pw = p.map_or("", |t| lw(s, t, &mut b)).to_string();
    let same = |pf: &Prev| Attached {
        start,
        end,
        unit: pf.unit.clone(),
        class: pf.class,
        cas: pf.cas,
        same_as: pf.cas.is_none().then_some(pf.category),
    };
    // "members of the Bryansk self-defence units now number more than 4,000": the
    // head of the subject of "number".
    if matches!(pw.as_str(), "number" | "numbers" | "numbered") {
        if let Some(e) = p.and_then(|v| subject_head(s, v.start)) {
            return Some(Attached::noun(start, end, e));
        }
    }
    // An amount after an amount of the same sentence: "25,000 rubles ..., while
    // commanders receive 40,000".
    if let Some(pf) = prev.filter(|pf| pf.class == Class::Money && !n.words) {
        return Some(same(pf));
    }
    // "Fighters are paid 50,000 rubles a month. Commanders receive 70,000.": an amount
    // in a paragraph about money, after a verb of paying or with a scale word.
    if let Some(pf) = carried.filter(|pf| pf.class == Class::Money) {
        let expr = &s[n.num_span.start..n.num_span.end];
        let scale = ["million", "billion", "thousand"]
            .iter()
            .any(|w| expr.ends_with(w));
        if is_money_verb(&pw) || (scale && !n.words) || (scale && is_copula(&pw)) {
            return Some(same(pf));
        }
    }
    // "were promised up to 210,000 rubles, but four fighters told us they received
    // between 120,000 and 150,000": a bare amount after a verb of paying, in a sentence
    // that named a currency before it (thousands: "got 30" may count anything).
    if is_money_verb(&pw) && !n.words && n.value.is_some_and(|v| v >= 1000.0) {
        if let Some(e) = noun_before(s, start, |e| e.2 == Class::Money) {
            return Some(Attached {
                start,
                end,
                unit: e.1.into(),
                class: Class::Money,
                cas: None,
                same_as: None,
            });
        }
    }
    // "another 150", "a further 20", "the remaining 300", "133,000 people, plus
    // roughly 11,000 from Belgorod": more of the same.
    if matches!(
        pw.as_str(),
        "another" | "further" | "remaining" | "additional" | "extra" | "plus"
    ) {
        if let Some(a) = gap::another::or_single(prev.or(carried).map(same), s, n) {
            return Some(a);
        }
    }
    // "bringing the total to roughly 370", "put the number at 23": a new total of the
    // figure before, in the sentence or the paragraph.
    if let Some(pf) = prev.or(carried) {
        if total_before(s, start) {
            return Some(same(pf));
        }
    }
    // "compared with 46", "versus 12": the same count at another time or place.
    let compared = matches!(pw.as_str(), "versus" | "vs")
        || (matches!(pw.as_str(), "with" | "to")
            && p.map_or(false, |t| {
                let mut b2 = [0u8; 32];
                prev_tok(s, t.start).map_or(false, |t2| lw(s, t2, &mut b2) == "compared")
            }));
    if compared {
        if let Some(pf) = prev {
            return Some(same(pf));
        }
    }
    let next = next_tok(s, end);
    let mut b3 = [0u8; 32];
    let nw = next.map_or("", |t| lw(s, t, &mut b3));
    // "78 combat engagements, including 6 on the Kharkiv direction": a part of the
    // figure before, counted in its noun.
    if matches!(pw.as_str(), "including" | "includes" | "include" | "incl") && !next_is_noun(s, end)
    {
        if let Some(pf) = prev {
            return Some(same(pf));
        }
    }
    // "16 companies now, and by summer there will be up to 20": there is/are/will be N.
    if existential_before(s, start) && !next_is_noun(s, end) {
        if let Some(pf) = prev.or(carried) {
            return Some(same(pf));
        }
    }
    // "Belgorod has 3,000 volunteers; Kursk has 2,500 to 3,000; Bryansk claims 5,000.":
    // a parallel clause that has or claims a number and ends there.
    let clause_end = next.map_or(true, |t| {
        !t.word && matches!(&s[t.start..t.end], ";" | "." | "," | "!")
    });
    if clause_end && is_have_or_claim(&pw) {
        if let Some(pf) = prev {
            return Some(same(pf));
        }
    }
    // "about 20,000 people had left, and hundreds more were waiting": more of the same.
    if nw == "more" {
        let after = next.and_then(|t| next_tok(s, t.end));
        let mut b4 = [0u8; 32];
        // "12 drones over Bryansk and two more over Kursk": a place phrase ends it too.
        let ends = after.map_or(true, |t| {
            let w = lw(s, t, &mut b4);
            !t.word
                || is_clause_verb(w)
                || matches!(w, "still" | "could" | "may" | "might")
                || (prev.is_some()
                    && matches!(w, "over" | "in" | "on" | "near" | "around" | "across"))
                // "12 drones shot down, 3 more fell in ...", "4 villages retaken and 2
                // more as contested": a verb or "as" goes on with the same noun
                || (prev.is_some()
                    && (past_verb(w) || super::words::is_irregular_past(w) || w == "as"))
        });
        if let (true, Some(pf)) = (ends, prev.or(carried)) {
            let mut a = same(pf);
            a.end = next.map_or(end, |t| t.end);
            return Some(a);
        }
    }
    // "14 drones over the Bryansk region and 6 over the Kursk region": a parallel place
    // phrase after "and" counts the noun of the figure before.
    if let Some(pf) = prev {
        // (and "has 60 members and the Korenevo detachment 96": its verb left out)
        if (pw == "and" && matches!(nw, "over" | "in" | "near" | "across" | "above"))
            || (pf.class.is_person() && gap::formation_count(s, start, end))
        {
            return Some(same(pf));
        }
    }
    // '38 deputies voted "for", 3 – "against"': a parallel item after a comma, its verb
    // elided behind a dash (translated text), counts the noun of the figure before.
    if let (Some(pf), true) = (prev, p.is_some_and(|t| &s[t.start..t.end] == ",")) {
        if next.is_some_and(|t| matches!(&s[t.start..t.end], "\u{2013}" | "\u{2014}")) {
            return Some(same(pf));
        }
    }
    // "1,100 people have applied, and 236 have completed the course".
    if let Some(pf) = prev {
        // (and after a semicolon: "120,000 people have left; about 11,000 are living in
        // shelters")
        // ("said 300 had applied and that 120 had been accepted": reported speech)
        let and_that = pw == "that"
            && p.and_then(|t| prev_tok(s, t.start)).is_some_and(|t| {
                let mut b2 = [0u8; 32];
                lw(s, t, &mut b2) == "and"
            });
        let joined = matches!(pw.as_str(), "and" | "while" | "but" | "whereas")
            || and_that
            || p.map_or(false, |t| {
                !t.word && matches!(&s[t.start..t.end], "," | ";")
            })
            || super::lookback::after_time_phrase(s, start);
        // (not those captured: "20,000+ killed or wounded; 700+ captured")
        let taken = super::context::is_capture_verb(nw);
        if joined && (is_clause_verb(nw) || past_verb(nw)) && !taken {
            return Some(same(pf));
        }
    }
    // "killed up to 70 servicemen and captured 25.": people of the figure before, taken
    // prisoner: a count of its own, not of the force.
    if let Some(pf) = prev.filter(|pf| pf.class.is_person()) {
        let and = p.and_then(|t| prev_tok(s, t.start)).map_or(false, |t| {
            let mut b2 = [0u8; 32];
            lw(s, t, &mut b2) == "and"
        });
        if and && clause_end && super::context::is_capture_verb(&pw) {
            return Some(Attached {
                start,
                end,
                unit: pf.unit.clone(),
                class: Class::Civil,
                cas: None,
                same_as: Some(crate::model::Category::Other),
            });
        }
    }
    // "had received 212 claims since August and paid 41.": a second verb of the same
    // subject takes the figure before as its object (a count of the same noun).
    if let Some(pf) = prev {
        let and = p.and_then(|t| prev_tok(s, t.start)).map_or(false, |t| {
            let mut b2 = [0u8; 32];
            lw(s, t, &mut b2) == "and"
        });
        let verb = (past_verb(&pw) || super::words::is_irregular_past(&pw)) && pw != "worth";
        if and && clause_end && verb && !super::context::is_capture_verb(&pw) {
            return Some(same(pf));
        }
    }
    // "promised to evacuate around 1,500": people displaced, the nearest person noun;
    // and "Displaced: ~150,000 evacuated", "300 rescued overnight": a bare count with
    // the participle after it is people displaced too.
    if is_displacement_verb(&pw)
        || (nw.ends_with("ed")
            && is_displacement_verb(nw)
            && !next_is_noun(s, next.map_or(end, |t| t.end)))
    {
        let unit = person_before(s, start).map_or_else(|| "person".to_string(), |e| e.1.into());
        return Some(Attached {
            start,
            end,
            unit,
            class: Class::Civil,
            cas: None,
            same_as: None,
        });
    }
    // (across auxiliaries: "500 have already left", "40 had stayed")
    let nw = verb_after_aux(s, next, nw);
    // An answer or a clause that drops its noun: "On a bad day, upwards of 60.",
    // "Maybe 300 remain.", "we lose about a dozen a month". The noun is the nearest
    // counted noun before it in the sentence, else the figure before.
    let tail = match next {
        None => true,
        Some(t) if !t.word => matches!(&s[t.start..t.end], "." | "!" | "?" | ";"),
        // "maybe 60 came to shifts", "only 40 showed up": the people who turned up
        Some(t) => is_remain_verb(&nw) || is_arrival_verb(&nw) || rate_after(s, t) || nw == "left",
    };
    // (an arrival verb is a clause of its own: the sentence may run on)
    if !tail || is_copula(&pw) || (words_in(s) > 14 && !is_arrival_verb(&nw)) {
        return None;
    }
    // "of the 45 people who came to the first meeting in his village, only 19 turned up
    // for the second": those who arrive are people, the nearest people noun before
    // (not the place between).
    let arrival = next.is_some() && is_arrival_verb(&nw);
    let people = arrival
        .then(|| noun_before(s, start, |e| e.2.is_person()))
        .flatten();
    if let Some(e) = people.or_else(|| countable_before(s, start)) {
        // "2. Korenevo district: 19,500" after "1. Sudzha district: 28,000 people": a
        // place labels the count; the noun is the list's.
        let label = p.map_or(false, |t| &s[t.start..t.end] == ":");
        if label && is_place(e.1) {
            if let Some(pf) = prev.or(carried) {
                return Some(same(pf));
            }
        }
        // "When the unit was set up it had 23": what a formation has is its members,
        // the people of the figure before.
        if e.2 == Class::Units && is_have(&pw) {
            if let Some(pf) = prev.or(carried).filter(|pf| pf.class.is_person()) {
                return Some(same(pf));
            }
        }
        return Some(Attached::noun(start, end, e));
    }
    prev.or(carried).map(same)
}

/// A counted noun right after byte `end`: then the number is not elided.
fn next_is_noun(s: &str, end: usize) -> bool {
    let mut b = [0u8; 32];
    next_tok(s, end).is_some_and(|t| t.word && noun(lw(s, t, &mut b)).is_some())
}

/// "there will be", "there are", "there were", "there would be" right before `start`.
fn existential_before(s: &str, start: usize) -> bool {
    let mut b = [0u8; 32];
    let mut p = start;
    for i in 0..3 {
        let Some(t) = prev_tok(s, p).filter(|t| t.word) else {
            return false;
        };
        let w = lw(s, t, &mut b);
        if w == "there" {
            return i > 0;
        }
        if !matches!(
            w,
            "be" | "is" | "are" | "was" | "were" | "will" | "would" | "could" | "should" | "may"
        ) {
            return false;
        }
        p = t.start;
    }
    false
}

/// Verbs of having or claiming a strength: "Kursk has 2,500", "Bryansk claims 5,000".
fn is_have_or_claim(w: &str) -> bool {
    is_have(w)
        || matches!(
            w,
            "claims"
                | "claimed"
                | "fields"
                | "fielded"
                | "reports"
                | "reported"
                | "musters"
                // "at least 11 were killed; the authorities have acknowledged six."
                | "acknowledged"
                | "acknowledges"
                | "confirmed"
                | "confirms"
                | "admitted"
                | "admits"
                | "recorded"
                // "Belgorod says 11 civilians were killed; Kursk says three."
                | "says"
                | "counts"
                | "estimates"
        )
}

fn is_have(w: &str) -> bool {
    matches!(
        w,
        "had" | "has" | "have" | "numbered" | "numbers" | "counted" | "counts"
    )
}

/// "the total to", "the number at", "the tally at", "a total of" right before `start`.
fn total_before(s: &str, start: usize) -> bool {
    let mut b = [0u8; 32];
    let Some(p) = prev_tok(s, start) else {
        return false;
    };
    let pw = lw(s, p, &mut b).to_string();
    if !matches!(pw.as_str(), "to" | "at" | "of") {
        return false;
    }
    let Some(t) = prev_tok(s, p.start) else {
        return false;
    };
    match lw(s, t, &mut b) {
        "total" => true,
        "number" | "figure" | "tally" | "count" => pw != "of",
        _ => false,
    }
}

/// Verbs that can follow an elided subject: "and 236 have ...", "and 40 were ...".
fn is_clause_verb(w: &str) -> bool {
    matches!(
        w,
        "have" | "has" | "had" | "were" | "are" | "was" | "is" | "will" | "would" | "already"
            // "120 people on paper, and 40 to 50 show up for a shift"
            | "show" | "showed" | "turn" | "turned" | "came" | "come" | "report" | "serve"
            | "served"
    ) || is_remain_verb(w)
}

/// A verb in the past in -ed after a joined elided count: "6 deputies voted for it, 33
/// voted against, 2 abstained", "shot down 11 drones, but at least two reached the
/// depot" (not a casualty word: "and 3 wounded" is said elsewhere).
fn past_verb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ed")
        && super::words::casualty_after(w).is_none()
        && !matches!(
            w,
            "armed" | "based" | "aged" | "named" | "called" | "needed"
        )
}

/// "300 remain", "only 40 stayed", "20 are still there".
fn is_remain_verb(w: &str) -> bool {
    matches!(
        w,
        "remain" | "remained" | "remains" | "stay" | "stayed" | "stays" | "survived" | "returned"
    )
}

/// The word after `next` past auxiliaries and adverbs ("have already left" gives
/// "left"), else `nw`.
fn verb_after_aux(s: &str, next: Option<Tok>, nw: &str) -> String {
    let mut b = [0u8; 32];
    let (mut t, mut w) = (next, nw.to_string());
    while matches!(
        w.as_str(),
        "have" | "had" | "has" | "already" | "since" | "now"
    ) {
        t = t.and_then(|x| next_tok(s, x.end)).filter(|x| x.word);
        w = t.map_or(String::new(), |x| lw(s, x, &mut b).to_string());
    }
    if w.is_empty() {
        nw.to_string()
    } else {
        w
    }
}

/// "60 came", "40 showed up", "30 turned up": of the people counted before, those who
/// came.
fn is_arrival_verb(w: &str) -> bool {
    matches!(
        w,
        "came" | "come" | "comes" | "showed" | "show" | "shows" | "turned" | "turn" | "turns"
    )
}

fn is_copula(w: &str) -> bool {
    matches!(
        w,
        "is" | "was" | "are" | "were" | "be" | "been" | "aged" | "age" | "turned" | "turns"
    )
}

/// "evacuate 300", "housed 2,000", "rescued 12".
fn is_displacement_verb(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "evacuat",
        "relocat",
        "resettl",
        "accommodat",
        "rescu",
        "housed",
        "house",
        "housing",
        "shelter",
    ];
    STEMS.iter().any(|p| w.starts_with(p)) && !matches!(w, "houses" | "shelters")
}

/// "a month", "a day", "per week", "each night" at `t`.
fn rate_after(s: &str, t: Tok) -> bool {
    let mut b = [0u8; 32];
    if !matches!(lw(s, t, &mut b), "a" | "per" | "each" | "every") {
        return false;
    }
    next_tok(s, t.end).map_or(false, |u| {
        matches!(
            lw(s, u, &mut b),
            "day" | "night" | "week" | "month" | "year" | "hour"
        )
    })
}

fn words_in(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The nearest counted noun before `before` in the sentence (a thing or a person, not
/// a measure or an amount of money), within 40 tokens.
fn countable_before(s: &str, before: usize) -> Option<&'static Entry> {
    noun_before(s, before, |e| {
        !matches!(e.2, Class::NotCount | Class::Money | Class::Percent)
    })
}

/// The nearest person noun before `before` in the sentence: "about 640 children left
/// ...; officials promised to evacuate around 1,500".
fn person_before(s: &str, before: usize) -> Option<&'static Entry> {
    noun_before(s, before, |e| e.2.is_person())
}

fn noun_before(s: &str, before: usize, f: fn(&Entry) -> bool) -> Option<&'static Entry> {
    noun_within(s, before, 40, f)
}

/// The nearest noun `f` accepts among the `tokens` tokens before `before` (stop words
/// are no nouns).
pub(super) fn noun_within(
    s: &str,
    before: usize,
    tokens: usize,
    f: fn(&Entry) -> bool,
) -> Option<&'static Entry> {
    let mut b = [0u8; 32];
    let mut p = before;
    for _ in 0..tokens {
        let t = prev_tok(s, p)?;
        if t.word {
            let w = lw(s, t, &mut b);
            if !is_stop(w) {
                if let Some(e) = noun(w).filter(|e| f(e)) {
                    return Some(e);
                }
            }
        }
        p = t.start;
    }
    None
}

/// A unit of territory that labels a breakdown: "Korenevo district: 19,500".
fn is_place(unit: &str) -> bool {
    matches!(
        unit,
        "district"
            | "region"
            | "oblast"
            | "town"
            | "city"
            | "village"
            | "hromada"
            | "raion"
            | "rayon"
            | "community"
            | "municipality"
            | "settlement"
    )
}

/// Verbs of paying and receiving before a bare amount: "commanders receive 70,000".
fn is_money_verb(w: &str) -> bool {
    matches!(
        w,
        "receive"
            | "receives"
            | "received"
            | "get"
            | "gets"
            | "got"
            | "earn"
            | "earns"
            | "earned"
            | "paid"
            | "pay"
            | "pays"
            | "cost"
            | "costs"
            | "spent"
            | "spend"
            | "spends"
            | "allocated"
            | "allocates"
            | "raised"
            | "collected"
            | "donated"
    )
}

/// The head noun of the subject that ends at `before` (a verb): the first counted noun
/// of the clause, not a possessor ("the militia's fighters") nor one after "of"
/// ("members of the ... units"). The clause starts after punctuation or a verb of
/// saying.
fn subject_head(s: &str, before: usize) -> Option<&'static Entry> {
    let mut b = [0u8; 32];
    let (mut p, mut head) = (before, None);
    for _ in 0..14 {
        let Some(t) = prev_tok(s, p).filter(|t| t.word) else {
            break;
        };
        let w = lw(s, t, &mut b);
        if matches!(
            w,
            "says" | "said" | "say" | "that" | "which" | "who" | "and"
        ) {
            break;
        }
        let possessor = next_tok(s, t.end).is_some_and(|n| !n.word && n.start == t.end);
        if let Some(e) =
            noun(w).filter(|e| !matches!(e.2, Class::NotCount | Class::Money | Class::Percent))
        {
            if !possessor {
                head = Some(e);
            }
        }
        p = t.start;
    }
    head
}

//! Casualty words around a count: the participle after its noun ("were killed",
//! "had been taken to hospital"), the verb before a number ("killing 16", "killed or
//! wounded up to 2,030") and a casualty noun linked to a number ("total losses to 300").

use super::super::lexicon::{noun, Class, Entry};
use super::super::words::{casualty_after, casualty_before, is_aux, Cas};
use super::{lw, next_tok, prev_tok, Tok};

mod subject;
mod subset;
mod tolls;
use subject::subject_phrase;

/// A quotation mark token: `"`, `“`, `”`, `'`, `‘`, `’`.
pub fn is_quote(t: &str) -> bool {
    matches!(
        t,
        "\"" | "\u{201c}" | "\u{201d}" | "'" | "\u{2018}" | "\u{2019}"
    )
}

/// [`casualty_tail`], also past a short phrase after the noun: "two members of the
/// battalions have been killed", "one of its fighters was killed", "three soldiers from
/// the 155th brigade were wounded". Across a phrase the verb is not simple.
pub fn casualty_tail_past(s: &str, from: usize) -> Option<(Cas, usize, bool)> {
    if let Some(t) = casualty_tail(s, from) {
        return Some(t);
    }
    let mut b = [0u8; 32];
    let prep = next_tok(s, from)?;
    if matches!(lw(s, prep, &mut b), "who" | "that") {
        let e = where_they_were(s, prep.end)?;
        return casualty_tail(s, e).map(|(c, e, _)| (c, e, false));
    }
    if let Some(a) = tolls::among_end(s, prep) {
        return among_the_dead(s, a).map(|c| (c, from, false));
    }
    if !matches!(lw(s, prep, &mut b), "of" | "from" | "in" | "at") {
        return None;
    }
    // "lost at least 40 men in killed and wounded": the losses named after "in"
    if lw(s, prep, &mut b) == "in" {
        if let Some((c, _, _)) = casualty_tail(s, prep.end) {
            return Some((c, from, false));
        }
    }
    let mut p = prep.end;
    // "of the three formations": a definite number names a set counted before, not
    // another count ("64 members of the three formations were killed")
    let mut definite = false;
    // "11 residents of the district serving in the territorial defence and volunteer
    // units had been killed": a postmodifier of up to 12 words, coordinated nouns
    // included; another count or a finite verb of its own ends it.
    for _ in 0..12 {
        let t = next_tok(s, p)?;
        let w = lw(s, t, &mut b);
        let quote = !t.word && matches!(&s[t.start..t.end], "\u{2019}" | "'" | "-");
        let number = !w.is_empty()
            && ((w.as_bytes()[0].is_ascii_digit() && !is_ordinal(w)) || super::is_number_word(w));
        // "two members of the militia who were on duty received shrapnel wounds": a
        // relative clause saying where the people were is transparent
        if matches!(w, "who" | "that") {
            if let Some(e) = where_they_were(s, t.end) {
                return casualty_tail(s, e).map(|(c, e, _)| (c, e, false));
            }
        }
        let counted_before = number && std::mem::take(&mut definite);
        definite = matches!(w, "the" | "its" | "their" | "these" | "those");
        if !quote
            && !counted_before
            && (!t.word
                || w.is_empty()
                || number
                || matches!(
                    w,
                    "who" | "that" | "which" | "where" | "as" | "while" | "but"
                ))
        {
            return None;
        }
        if matches!(
            w,
            "had" | "has" | "have" | "were" | "was" | "is" | "are" | "said" | "says"
        ) {
            return None;
        }
        p = t.end;
        if let Some((c, e, _)) = casualty_tail(s, p) {
            // "killed two members of a unit and wounded four civilians": a verb with an
            // object of its own after "and" is the next clause, not this count's.
            if w == "and" && object_next(s, e) {
                return None;
            }
            return Some((c, e, false));
        }
    }
    None
}

/// "who were on duty", "that was at the checkpoint", "who were in the car": the end
/// of a relative clause of "be" and a place or duty (at most five words after the
/// preposition, no punctuation, no count).
fn where_they_were(s: &str, from: usize) -> Option<usize> {
    let mut b = [0u8; 32];
    let be = next_tok(s, from).filter(|t| t.word)?;
    if !matches!(lw(s, be, &mut b), "were" | "was" | "are" | "is") {
        return None;
    }
    let prep = next_tok(s, be.end).filter(|t| t.word)?;
    if !matches!(lw(s, prep, &mut b), "on" | "at" | "in" | "near" | "inside") {
        return None;
    }
    let mut p = prep.end;
    for _ in 0..5 {
        let t = next_tok(s, p).filter(|t| t.word)?;
        let w = lw(s, t, &mut b);
        if w.is_empty() || super::is_number_word(w) {
            return None;
        }
        p = t.end;
        if casualty_tail(s, p).is_some() {
            return Some(p);
        }
    }
    None
}

/// A count or a determiner right after a verb: its object ("wounded four civilians").
fn object_next(s: &str, from: usize) -> bool {
    let mut b = [0u8; 32];
    next_tok(s, from).is_some_and(|t| {
        let w = lw(s, t, &mut b);
        t.word
            && (w.as_bytes().first().is_some_and(|c| c.is_ascii_digit())
                || super::is_number_word(w)
                || matches!(
                    w,
                    "a" | "an"
                        | "the"
                        | "at"
                        | "up"
                        | "more"
                        | "about"
                        | "around"
                        | "some"
                        | "several"
                        | "dozens"
                        | "hundreds"
                        | "another"
                        | "its"
                        | "their"
                ))
    })
}

/// "6 fighters among more than 1,100 confirmed deaths", "among the dead", "among
/// those killed": the group a count belongs to, within 10 tokens of a short phrase
/// (numbers allowed, no clause break).
fn among_the_dead(s: &str, from: usize) -> Option<Cas> {
    let mut b = [0u8; 32];
    let mut p = from;
    for _ in 0..10 {
        let t = next_tok(s, p)?;
        // a thousands separator ("1,100") is part of the phrase
        let b2 = s.as_bytes();
        let separator = matches!(&s[t.start..t.end], "," | ".")
            && t.start > 0
            && b2[t.start - 1].is_ascii_digit()
            && b2.get(t.end).is_some_and(u8::is_ascii_digit);
        if !t.word && !separator && !matches!(&s[t.start..t.end], "\u{2019}" | "'") {
            return None;
        }
        let w = lw(s, t, &mut b);
        match w {
            "deaths" | "fatalities" | "dead" | "killed" => return Some(Cas::Killed),
            "wounded" | "injured" | "injuries" => return Some(Cas::Injured),
            "casualties" | "losses" => return Some(Cas::Both),
            "who" | "that" | "which" | "and" | "or" | "were" | "was" | "are" | "is" => return None,
            _ => {}
        }
        p = t.end;
    }
    None
}

/// A casualty participle after a counted noun, across auxiliaries, quotation marks and
/// an "including ..." aside: "were killed", "had been killed or wounded", "died",
/// "were hospitalized", "had been \"eliminated\"", ", including two children, were
/// taken to hospital". Returns what it says, where it ends, and whether it is a simple
/// verb (at most one auxiliary, one participle, no aside: "were killed").
pub fn casualty_tail(s: &str, from: usize) -> Option<(Cas, usize, bool)> {
    let mut b = [0u8; 32];
    let mut p = from;
    let mut aux = 0;
    let mut aside = false;
    // "the 9 fighters who died", "47 fighters who were wounded": a relative clause
    let mut rel = false;
    for _ in 0..8 {
        let t = next_tok(s, p)?;
        if !t.word {
            let c = &s[t.start..t.end];
            if is_quote(c) {
                p = t.end;
                continue;
            }
            if c == "," && !aside && aux == 0 {
                if let Some(e) = aside_end(s, t.end) {
                    aside = true;
                    p = e;
                    continue;
                }
            }
            return None;
        }
        let w = lw(s, t, &mut b);
        let simple = aux <= 1 && !aside && !rel;
        if p == from && matches!(w, "who" | "that") {
            rel = true;
            p = t.end;
            continue;
        }
        if let Some(c) = casualty_after(w) {
            // "fighters who killed two men" is active: only "who died" or a passive
            if rel && aux == 0 && !matches!(w, "died" | "perished") {
                return None;
            }
            let mut cas = c;
            let mut end = t.end;
            let mut simple = simple;
            if let Some(t2) = next_tok(s, end) {
                if matches!(lw(s, t2, &mut b), "or" | "and") {
                    // "wounded or are missing": an auxiliary may repeat
                    let t3 = next_tok(s, t2.end).and_then(|t3| {
                        if matches!(lw(s, t3, &mut b), "are" | "were" | "is" | "was" | "went") {
                            next_tok(s, t3.end)
                        } else {
                            Some(t3)
                        }
                    });
                    if let Some(t3) = t3 {
                        let w3 = lw(s, t3, &mut b);
                        if let Some(c3) = casualty_after(w3) {
                            cas = cas.join(c3);
                            end = t3.end;
                            simple = false;
                        } else if matches!(w3, "missing" | "captured") {
                            // "wounded or missing": losses that do not say which
                            cas = Cas::Both;
                            end = t3.end;
                            simple = false;
                        }
                    }
                }
            }
            return Some((cas, end, simple));
        }
        if let Some(e) = to_hospital(s, t, w).or_else(|| got_wounds(s, t, w)) {
            return Some((Cas::Injured, e, simple));
        }
        // "two were lightly wounded", "three soldiers were seriously injured"; "11
        // more badly wounded" (more of the figure before).
        if is_manner_adverb(w) || (w == "more" && p == from) {
            p = t.end;
            continue;
        }
        if !is_aux(w) || aux >= 3 {
            return None;
        }
        aux += 1;
        p = t.end;
    }
    None
}

/// "received shrapnel wounds", "sustained minor injuries", "suffered burns": the end
/// of the phrase (at most three modifiers between the verb and the wounds).
fn got_wounds(s: &str, t: Tok, w: &str) -> Option<usize> {
    if !matches!(
        w,
        "received" | "sustained" | "suffered" | "receive" | "sustain" | "suffer"
    ) {
        return None;
    }
    let mut b = [0u8; 32];
    let mut p = t.end;
    for _ in 0..4 {
        let u = next_tok(s, p).filter(|u| u.word)?;
        let x = lw(s, u, &mut b);
        if x.starts_with("wound") || x.starts_with("injur") || x == "burns" {
            return Some(u.end);
        }
        if noun(x).is_some() || is_aux(x) {
            return None;
        }
        p = u.end;
    }
    None
}

/// An aside after a comma, "including two children," / "among them a child,", ", which
/// belongs to the state oil company,": the end of its closing comma (at most 8 tokens
/// on, 12 for a relative clause).
fn aside_end(s: &str, from: usize) -> Option<usize> {
    let mut b = [0u8; 32];
    let t = next_tok(s, from)?;
    // an attribution is an aside too: ", according to the governor,", ", by the count
    // of their own comrades,"
    let w = lw(s, t, &mut b);
    // a non-restrictive relative clause: "two workers at the depot, which belongs to
    // state oil company Rosneft, had been injured"
    let relative = matches!(w, "which" | "who" | "whose" | "where");
    if !relative && (super::is_number_word(w) || w.bytes().all(|c| c.is_ascii_digit())) {
        return subset::subset_aside(s, t.end); // "Twenty people, five of them children,"
    }
    if !relative
        && !matches!(
            w,
            "including" | "among" | "mostly" | "according" | "by" | "per"
        )
    {
        return None;
    }
    let mut p = t.end;
    for _ in 0..if relative { 12 } else { 8 } {
        let t = next_tok(s, p)?;
        if !t.word {
            return match &s[t.start..t.end] {
                "," => Some(t.end),
                "-" | "\u{2019}" | "'" => {
                    p = t.end;
                    continue;
                }
                _ => None,
            };
        }
        p = t.end;
    }
    None
}

/// "taken to hospital", "rushed to the regional hospital", "admitted to hospitals":
/// the people were injured. `t` is the verb, `w` its lower-case form; returns the end.
fn to_hospital(s: &str, t: Tok, w: &str) -> Option<usize> {
    if !matches!(
        w,
        "taken" | "rushed" | "admitted" | "brought" | "sent" | "transported" | "airlifted"
    ) {
        return None;
    }
    let mut b = [0u8; 32];
    let to = next_tok(s, t.end)?;
    if !matches!(lw(s, to, &mut b), "to" | "into") {
        return None;
    }
    let mut p = to.end;
    for _ in 0..4 {
        let u = next_tok(s, p)?;
        if !u.word {
            if &s[u.start..u.end] == "\u{2019}" || &s[u.start..u.end] == "'" {
                p = u.end;
                continue;
            }
            return None;
        }
        if lw(s, u, &mut b).starts_with("hospital") {
            return Some(u.end);
        }
        p = u.end;
    }
    None
}

/// A summary's label line "Injured: 1 person", "Killed: 3 civilians", "Losses: 12
/// men": the casualty word that opens its line (or sentence) before the colon at
/// `colon` says what the counts after it are.
fn casualty_label(s: &str, colon: usize) -> Option<(Cas, usize)> {
    let t = prev_tok(s, colon).filter(|t| t.word)?;
    let lead = s[..t.start].trim_end_matches([' ', '\t']);
    if !(lead.is_empty() || lead.ends_with(['\n', '.'])) {
        return None;
    }
    let mut b = [0u8; 32];
    let c = match lw(s, t, &mut b) {
        "casualties" | "losses" => Some(Cas::Both),
        w => casualty_after(w),
    };
    c.map(|c| (c, t.start))
}

/// A casualty verb just before a number: "killing 16", "wounded at least 20",
/// "claimed the lives of 3", "among the wounded are 2". Returns what it says and where
/// it starts.
pub fn casualty_before_num(s: &str, start: usize) -> Option<(Cas, usize)> {
    let mut b = [0u8; 32];
    // Quotation marks between the verb and its count are transparent: 'had
    // "eliminated" more than 1,500', 'destroyed "up to 280 servicemen"'.
    let mut t = prev_tok(s, start)?;
    for _ in 0..2 {
        if t.word || !is_quote(&s[t.start..t.end]) {
            break;
        }
        t = prev_tok(s, t.start)?;
    }
    if &s[t.start..t.end] == ":" {
        return casualty_label(s, t.start);
    }
    let w = lw(s, t, &mut b);
    // "we have lost 38 of our brothers, and more than 200 have been wounded": losses
    // set against the wounded of a later clause are the dead
    if matches!(w, "lost" | "lose" | "losing" | "loses") && wounded_later(&s[start..]) {
        return Some((Cas::Killed, t.start));
    }
    if let Some(c) = casualty_before(w) {
        // "killed or wounded up to 2,030 servicemen": both verbs, the losses of both.
        let both = prev_tok(s, t.start)
            .filter(|o| matches!(lw(s, *o, &mut b), "or" | "and"))
            .and_then(|o| prev_tok(s, o.start))
            .and_then(|v| casualty_before(lw(s, v, &mut b)).map(|c2| (c.join(c2), v.start)));
        return Some(both.unwrap_or((c, t.start)));
    }
    // "he was killed together with two other fighters", "died along with 3 comrades":
    // the companions of the dead or wounded share their fate
    if w == "with" {
        let t2 = prev_tok(s, t.start).filter(|t2| t2.word)?;
        if matches!(lw(s, t2, &mut b), "together" | "along") {
            let v = prev_tok(s, t2.start).filter(|v| v.word)?;
            return casualty_after(lw(s, v, &mut b)).map(|c| (c, v.start));
        }
        return None;
    }
    let (of, be) = (w == "of", matches!(w, "are" | "were" | "is" | "was"));
    if of {
        let t2 = prev_tok(s, t.start)?;
        // "claimed the lives of 12", "the deaths of at least 17 members"
        let w2 = lw(s, t2, &mut b);
        if matches!(w2, "lives" | "deaths" | "death" | "killing" | "bodies") {
            return Some((Cas::Killed, t2.start));
        }
        // "repelled with the loss of more than 60 fighters", "losses of up to 500 men":
        // losses that do not say which
        if matches!(w2, "loss" | "losses") {
            return Some((Cas::Both, t2.start));
        }
        // "the funeral of five soldiers", "the funeral procession of 3 fighters",
        // "the burial of two servicemen": the counted are dead
        let funeral = |w: &str| matches!(w, "funeral" | "funerals" | "burial" | "burials");
        if funeral(w2) {
            return Some((Cas::Killed, t2.start));
        }
        // "killed a total of 280 attackers": the verb before "a total of"
        if w2 == "total" {
            let mut b2 = [0u8; 32];
            let a = prev_tok(s, t2.start).filter(|a| lw(s, *a, &mut b2) == "a");
            if let Some(v) = a.and_then(|a| prev_tok(s, a.start)) {
                if let Some(c) = casualty_before(lw(s, v, &mut b2)) {
                    return Some((c, v.start));
                }
            }
        }
        if matches!(w2, "procession" | "service" | "services" | "ceremony") {
            let t3 = prev_tok(s, t2.start)?;
            if funeral(lw(s, t3, &mut b)) {
                return Some((Cas::Killed, t3.start));
            }
        }
    }
    if be {
        // "among the dead were two children"
        let t2 = prev_tok(s, t.start)?;
        let c = casualty_after(lw(s, t2, &mut b))?;
        let t3 = prev_tok(s, t2.start)?;
        if !matches!(lw(s, t3, &mut b), "the" | "those") {
            return None;
        }
        let t4 = prev_tok(s, t3.start)?;
        if lw(s, t4, &mut b) == "among" {
            return Some((c, t4.start));
        }
    }
    None
}

/// A casualty noun linked to a number: "total losses to more than 300,000", "deaths
/// have reached 40", "casualties stand at 120", "heavy losses, putting them at \"up to
/// 60\"". Returns the noun's entry.
pub fn linked_casualty_noun(s: &str, before: usize) -> Option<&'static Entry> {
    let mut b = [0u8; 32];
    let mut p = before;
    let mut participle = false;
    for _ in 0..6 {
        let t = prev_tok(s, p)?;
        if !t.word {
            let c = &s[t.start..t.end];
            if is_quote(c) || (c == "," && participle) {
                participle = false;
                p = t.start;
                continue;
            }
            return None;
        }
        let w = lw(s, t, &mut b);
        let e = noun(w);
        if let Some(e) =
            e.filter(|e| matches!(e.2, Class::Killed | Class::Injured | Class::Casualties))
        {
            return Some(e);
        }
        participle = matches!(w, "putting" | "placing" | "estimating" | "bringing");
        let linking = participle
            || matches!(
                w,
                "to" | "at"
                    | "reached"
                    | "reach"
                    | "rose"
                    | "risen"
                    | "climbed"
                    | "increased"
                    | "grew"
                    | "grown"
                    | "stood"
                    | "stand"
                    | "stands"
                    | "totaled"
                    | "totalled"
                    | "totals"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "now"
                    | "already"
                    | "been"
                    | "exceeded"
                    | "surpassed"
                    | "topped"
                    | "them"
                    | "it"
                    | "put"
                    | "estimated"
            );
        if !linking || e.is_some() {
            // (a phrase before a bare "to" is no subject: "the deaths led to 25 ...")
            let bare_to = next_tok(s, t.end)
                .is_some_and(|n| &s[n.start..n.end] == "to" && s[n.end..before].trim().is_empty());
            return (p < before && !bare_to)
                .then(|| subject_phrase(s, t.end))
                .flatten();
        }
        p = t.start;
    }
    None
}

/// An adverb of manner between an auxiliary and a casualty participle: "lightly",
/// "seriously", "fatally" (a lower-case word in -ly that is no counted noun).
fn is_manner_adverb(w: &str) -> bool {
    w.len() >= 5 && w.ends_with("ly") && noun(w).is_none() && w != "only"
}

/// "22nd", "155th", "1st": an ordinal written with digits.
fn is_ordinal(w: &str) -> bool {
    w.len() > 2 && ["st", "nd", "rd", "th"].iter().any(|x| w.ends_with(x))
}

/// A later clause of the sentence (after ", and", ", while", "; ") that counts the
/// wounded: "..., and more than 200 have been wounded".
fn wounded_later(rest: &str) -> bool {
    if !(rest.contains("wounded") || rest.contains("injured")) {
        return false;
    }
    [", and ", ", while ", ", but ", "; "].iter().any(|j| {
        rest.find(j).is_some_and(|i| {
            let after = &rest[i..];
            after.contains(" wounded") || after.contains(" injured")
        })
    })
}

/// What the "toll" before a bare number counts: "injury toll now eight" the injured,
/// "casualty toll" losses that do not say which, "death toll" (or "toll" alone) the
/// killed.
pub fn toll_kind(s: &str, before: usize) -> Cas {
    let from = before.saturating_sub(300);
    let Some(i) = s.get(from..before).and_then(|h| h.rfind("toll")) else {
        return Cas::Killed;
    };
    let mut b = [0u8; 32];
    match prev_tok(s, from + i)
        .filter(|t| t.word)
        .map(|t| lw(s, t, &mut b))
    {
        Some("injury" | "injuries" | "wounded") => Cas::Injured,
        Some("casualty" | "casualties") => Cas::Both,
        _ => Cas::Killed,
    }
}

//! Numbers that are not counts, judged from the characters and words around them.

use super::attach::{lw, next_tok, prev_tok, Tok};
use super::lexicon::{self, Class};
use super::words;
use crate::model::Qualifier;
use crate::numerals::NumberExpr;

mod audience;
mod codes;
mod marks;

/// A four-digit number that reads as a year ("2022"): digits only, 1000–2100.
pub(super) fn year_like(s: &str, n: &NumberExpr) -> bool {
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
pub(super) fn excluded(s: &str, n: &NumberExpr) -> bool {
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
            if words::is_quantityless(lw(expr, t, &mut b)) {
                return true;
            }
            from = t.end;
        }
    }
    if !n.words {
        if alnum(before) || alnum(after) {
            return true; // a79616, 2nd, 10k handled by numerals
        }
        if matches!(before, Some('-' | '/' | ':' | '.' | '#' | '\u{2116}'))
            && (alnum(before2) || before == Some('#') || before == Some('\u{2116}'))
        {
            return true; // Su-34, 12/06, 06:40, No.5, #3
        }
        if matches!(after, Some(':' | '/' | '-' | '.')) && digit(after2) {
            return true; // 06:40, 24/7, 2023-08-02
        }
    }
    if matches!(after, Some('-'))
        && after2.map_or(false, |c| c.is_alphabetic())
        && !super::money::counted_compound(&s[ne..])
    {
        return true; // 60-year-old, three-day, 10-km
    }
    // URLs, handles, paths: the white-space token around the number.
    let tok_start = s[..ns]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let tok_end = s[ne..]
        .find(char::is_whitespace)
        .map_or(s.len(), |i| ne + i);
    let token = &s[tok_start..tok_end];
    // (each of them holds a `:`, a `.` or an `@`: most tokens, "3,000", have none)
    let marked = token.bytes().any(|c| matches!(c, b':' | b'.' | b'@'));
    if marked
        && (token.contains("://")
            || token.contains("www.")
            || token.contains('@')
            || token.contains(".com"))
    {
        return true;
    }
    // Times of day: "6 p.m.", "18 00 GMT".
    if let Some(t) = next_tok(s, ne) {
        let w = lw(s, t, &mut b);
        if matches!(
            w,
            "am" | "pm" | "gmt" | "utc" | "msk" | "hrs" | "o'clock" | "o\u{2019}clock"
        ) {
            return true;
        }
        if matches!(w, "a" | "p") && s[t.end..].starts_with(".m") {
            return true;
        }
    }
    // "hospital No. 2", "School Nos. 3 and 5": a number after "No." names a thing.
    if !n.words && numbered_name(&s[..n.span.start]) {
        return true;
    }
    // List numbering: "1. The battalions ...", "2) Drones".
    if n.span.start == 0 && matches!(after, Some('.' | ')')) && !digit(after2) {
        return true;
    }
    if model_name(s, n)
        || marks::marker(s, n)
        || audience::audience_or_ratio(s, n)
        || codes::age_or_phone(s, n)
        || vote_tally(s, n)
        || percent_idiom(s, n)
        || age_apposition(s, n)
        || age_limit(s, n)
        || possessive_reference(s, n)
    {
        return true;
    }
    if let Some(p) = prev_tok(s, n.span.start) {
        let mut bw = [0u8; 32];
        let w = lw(s, p, &mut bw);
        if words::is_age_word(&w) {
            return true;
        }
        // "most of them older than 50", "children younger than 14": an age.
        if w == "than"
            && prev_word_is(s, p.start, |x| {
                matches!(x, "older" | "younger" | "elder" | "aged")
            })
        {
            return true;
        }
        if w == "of" || w == "between" || w == "from" {
            // "at the age of 60", "between the ages of 18 and 60"
            if let Some(p2) = prev_tok(s, p.start) {
                let w2 = lw(s, p2, &mut b);
                if words::is_age_word(w2)
                    || (w2 == "the" && prev_word_is(s, p2.start, words::is_age_word))
                {
                    return true;
                }
            }
        }
        if !n.words
            && n.qualifier == Qualifier::Exact
            && words::is_designator(&w)
            && p_is_capital_or_no(s, p)
            && !number_verb(s, p, ne)
        {
            return true;
        }
        // "military unit 33857", "tender 0126200000422006543": a long run of digits
        // without group separators after a designator is an identifier in any case.
        let id = |d: &str| d.len() >= 5 && d.bytes().all(|c| c.is_ascii_digit());
        if id(&s[ns..ne]) && (words::is_designator(&w) || w == "tender") {
            return true;
        }
        if year_like(s, n) && words::is_year_word(&w) {
            return true;
        }
        // "call 112", "dial 102 or 112": a phone number, not a count.
        if !n.words
            && (matches!(
                w,
                "call" | "dial" | "dialing" | "dialling" | "ring" | "hotline" | "tel" | "phone"
            ) || super::dashlist::contact_label(s, ns))
        {
            let mut b2 = [0u8; 32];
            let ends = next_tok(s, ne).map_or(true, |t| {
                !t.word || matches!(lw(s, t, &mut b2), "or" | "and" | "if" | "for" | "in")
            });
            if ends {
                return true;
            }
        }
    }
    false
}

/// Whether the word before byte `at` passes `f`.
pub(super) fn prev_word_is(s: &str, at: usize, f: fn(&str) -> bool) -> bool {
    let mut b = [0u8; 32];
    prev_tok(s, at).map_or(false, |p| f(lw(s, p, &mut b)))
}

/// "number" as a verb: "the squads now number 18 squads", "they number 400 fighters":
/// lower case, and a plural counted noun right after the number.
fn number_verb(s: &str, p: Tok, ne: usize) -> bool {
    let mut b = [0u8; 32];
    s[p.start..p.end] == *"number"
        && next_tok(s, ne).map_or(false, |t| {
            lexicon::noun(lw(s, t, &mut b)).map_or(false, |e| {
                e.3 == lexicon::Num::Plural
                    && !matches!(e.2, Class::NotCount | Class::Money | Class::Percent)
            })
        })
}

/// Text that ends in "No. " or "Nos. " (a word of its own, capitalised).
fn numbered_name(lead: &str) -> bool {
    let lead = lead.trim_end_matches(' ');
    let rest = match lead.strip_suffix("No.") {
        Some(r) => r,
        None => match lead.strip_suffix("Nos.") {
            Some(r) => r,
            None => return false,
        },
    };
    !rest.ends_with(|c: char| c.is_alphanumeric())
}

/// A designator word counts only when written as a name ("Article 5", "No. 3",
/// "Unit 12345"), i.e. capitalised, or "no"/"number" in any case.
fn p_is_capital_or_no(s: &str, p: Tok) -> bool {
    let w = &s[p.start..p.end];
    w.starts_with(|c: char| c.is_uppercase())
        || w.eq_ignore_ascii_case("no")
        || w.eq_ignore_ascii_case("number")
}

/// A model name: a capitalised name with a number before a noun, "the Mavic 3 drones",
/// "and Iskander 2 launchers" (not "In Shebekino 12 people", "On Friday 3 drones").
fn model_name(s: &str, n: &NumberExpr) -> bool {
    if n.words || n.qualifier != Qualifier::Exact || n.span != n.num_span {
        return false;
    }
    // a model number is short and plain: "Mavic 3", "Matrice 30", not "the Defense
    // Ministry 280,000 rubles"
    let digits = &s[n.num_span.start..n.num_span.end];
    if digits.len() > 3 || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let Some(p) = prev_tok(s, n.span.start).filter(|p| p.word) else {
        return false;
    };
    let name = &s[p.start..p.end];
    let mut b = [0u8; 32];
    let capital = name.starts_with(|c: char| c.is_ascii_uppercase())
        && name[1..].bytes().any(|c| c.is_ascii_lowercase());
    if !capital || words::is_year_word(lw(s, p, &mut b)) || is_weekday(lw(s, p, &mut b)) {
        return false;
    }
    let is_lead = |w: &str| {
        matches!(
            w,
            "the"
                | "a"
                | "an"
                | "and"
                | "or"
                | "of"
                | "with"
                | "our"
                | "their"
                | "its"
                | "his"
                | "her"
                | "these"
                | "those"
                | "new"
                | "old"
                | "two"
                | "three"
                | "four"
                | "five"
        )
    };
    let Some(t) = prev_tok(s, p.start).filter(|t| t.word) else {
        return false;
    };
    let w = lw(s, t, &mut b).to_string();
    // A brand before the name counts as part of it: "the DJI Matrice 30 drones".
    let brand = !is_lead(&w) && s[t.start..].starts_with(|c: char| c.is_ascii_uppercase());
    let lead = if brand {
        prev_tok(s, t.start).map_or(false, |u| is_lead(lw(s, u, &mut b)))
    } else {
        is_lead(&w)
    };
    lead && next_tok(s, n.span.end).map_or(false, |t| t.word)
}

fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// A donation or subscription appeal inside a body paragraph, at the start of the
/// sentence or of one of its clauses: "Support our work: subscribe for $10 a month.",
/// "If you value our reporting, become a member for $5 a month", "Please support us";
/// and a link to another article: "Read next: 4 stories from a town under fire".
/// (Tested once per sentence, by the caller of [`excluded`]: it excludes every number.)
pub(super) fn appeal(s: &str) -> bool {
    const STARTS: &[&str] = &[
        "also read",
        "become a member",
        "become a patron",
        "become a supporter",
        "chip in",
        "help fund",
        "donate",
        "make a donation",
        "please donate",
        "please support",
        "read also",
        "read more",
        "read next",
        "read our",
        "read part",
        "read the first part",
        "read the previous",
        "related:",
        "see also",
        "subscribe",
        "support this",
        "support independent",
        "support our",
        "support us",
    ];
    let starts = |t: &str| {
        let t = t.trim_start_matches(|c: char| !c.is_alphanumeric());
        // (most clauses start with a letter that no start has: a byte test first)
        let f = t.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
        if f != b'j' && !STARTS.iter().any(|p| p.as_bytes()[0] == f) {
            return false;
        }
        let mut buf = [0u8; 24];
        let n = t.len().min(buf.len());
        for (d, c) in buf.iter_mut().zip(t.bytes().take(n)) {
            *d = c.to_ascii_lowercase();
        }
        let head = &buf[..n];
        // ("donate" the imperative: "donated by local businesses" reports a gift)
        let word =
            |p: &str| p != "donate" || !t.as_bytes().get(6).is_some_and(u8::is_ascii_alphabetic);
        STARTS
            .iter()
            .any(|p| head.starts_with(p.as_bytes()) && word(p))
            || join_readers(head, t)
    };
    starts(s)
        || s.match_indices([',', ';', ':', '|'])
            .any(|(i, _)| starts(&s[i + 1..]))
}

/// A vote or a score, "The vote was 34 to 2", "passed 40 votes to 3": either number of
/// "N to M" in a sentence about a vote.
fn vote_tally(s: &str, n: &NumberExpr) -> bool {
    // byte tests first: " to " and a digit after the number, a digit and " to " before
    // it, or " votes" after it
    let bs = s.as_bytes();
    let (ns, ne) = (n.span.start, n.span.end);
    let to_after = bs[ne..].starts_with(b" to ") && bs.get(ne + 4).is_some_and(u8::is_ascii_digit);
    let to_before = ns >= 5 && &bs[ns - 4..ns] == b" to " && bs[ns - 5].is_ascii_digit();
    if n.words || !(to_after || to_before || bs[ne..].starts_with(b" votes")) {
        return false;
    }
    let mut b = [0u8; 32];
    let mut from = 0;
    while let Some(t) = next_tok(s, from) {
        if matches!(
            lw(s, t, &mut b),
            "vote" | "votes" | "voted" | "voting" | "ballot" | "tally" | "score" | "scored"
        ) {
            return true;
        }
        from = t.end;
    }
    false
}

/// "100 percent sure", "a hundred per cent certain": certainty, not a share.
fn percent_idiom(s: &str, n: &NumberExpr) -> bool {
    let mut b = [0u8; 32];
    let raw = &s[n.span.start..n.span.end];
    let rest = &s.as_bytes()[n.span.end..];
    let mut percent = raw.ends_with('%') || raw.ends_with("percent");
    // byte test first: a percent sign or word in or right after the number
    if !(percent || rest.starts_with(b"%") || rest.starts_with(b" per")) {
        return false;
    }
    let mut from = n.span.end;
    for _ in 0..3 {
        let Some(t) = next_tok(s, from) else {
            return false;
        };
        match lw(s, t, &mut b) {
            "percent" | "per" | "cent" => percent = true,
            "" if &s[t.start..t.end] == "%" => percent = true,
            "sure" | "certain" | "confident" | "convinced" | "positive" => return percent,
            _ => return false,
        }
        from = t.end;
    }
    false
}

/// An invitation to join an audience: "Join more than 40,000 readers who get our
/// briefing", "Join 12,000 subscribers".
fn join_readers(head: &[u8], t: &str) -> bool {
    head.starts_with(b"join ")
        && [
            "readers",
            "subscribers",
            "followers",
            "supporters",
            "donors",
            "patrons",
        ]
        .iter()
        .any(|w| t.contains(w))
}

/// An age set off by commas after a person: "said a Shebekino teacher, 51.",
/// "Olena Marchenko, 34, a nurse", "(the driver, 62)". A bare number of at most
/// three digits between a comma after a person noun or a name and the end of the
/// clause.
fn age_apposition(s: &str, n: &NumberExpr) -> bool {
    let mut b = [0u8; 32];
    if n.words || n.qualifier != Qualifier::Exact || !n.value.is_some_and(|v| v < 120.0) {
        return false;
    }
    let closes = match next_tok(s, n.span.end) {
        None => true,
        Some(t) => !t.word && matches!(&s[t.start..t.end], "." | "," | ")" | ";" | "!"),
    };
    let Some(comma) = prev_tok(s, n.span.start).filter(|t| &s[t.start..t.end] == ",") else {
        return false;
    };
    let Some(who) = prev_tok(s, comma.start).filter(|t| t.word) else {
        return false;
    };
    let raw = &s[who.start..who.end];
    let person = super::lexicon::noun(lw(s, who, &mut b))
        .is_some_and(|e| e.2.is_person() && e.3 == super::lexicon::Num::Singular);
    // a first and last name set off on both sides: "Olena Marchenko, 34, said"
    let cap = |t: &Tok| s[t.start..t.end].starts_with(|c: char| c.is_uppercase());
    let comma_after = next_tok(s, n.span.end).is_some_and(|t| &s[t.start..t.end] == ",");
    let name = cap(&who)
        && !raw.chars().any(|c| c.is_ascii_digit())
        && prev_tok(s, who.start).is_some_and(|t| t.word && cap(&t))
        && comma_after
        && crate::regions::find_regions(&s[..who.end])
            .last()
            .map_or(true, |m| m.span.end < who.start);
    closes && (person || name)
}

/// A bound on age: "the minimum age had been lowered to 18", "the age limit was
/// raised to 65", "the upper age limit is now 60": an age word among the eight words
/// before a bare number that no noun follows.
fn age_limit(s: &str, n: &NumberExpr) -> bool {
    let mut b = [0u8; 32];
    if s[n.span.start..n.span.end].ends_with('%') || s[n.span.end..].starts_with('%') {
        return false;
    }
    if let Some(t) = next_tok(s, n.span.end).filter(|t| t.word) {
        let w = lw(s, t, &mut b);
        if !matches!(
            w,
            "and" | "or" | "to" | "from" | "in" | "on" | "at" | "by" | "for"
        ) {
            return false;
        }
    }
    let mut p = n.span.start;
    for _ in 0..8 {
        // within the clause: a comma or other punctuation ends the search
        let Some(t) = prev_tok(s, p).filter(|t| t.word) else {
            return false;
        };
        if words::is_age_word(lw(s, t, &mut b)) {
            return true;
        }
        p = t.start;
    }
    false
}

/// "the two republics' corps", "these three regions' governors": a definite number
/// before a possessive plural names a known set, it does not count one.
fn possessive_reference(s: &str, n: &NumberExpr) -> bool {
    let mut b = [0u8; 32];
    if n.qualifier != Qualifier::Exact {
        return false;
    }
    let definite = prev_tok(s, n.span.start)
        .is_some_and(|t| t.word && matches!(lw(s, t, &mut b), "the" | "these" | "those"));
    let Some(t) = next_tok(s, n.span.end).filter(|t| t.word) else {
        return false;
    };
    let rest = &s[t.end..];
    definite
        && s[t.start..t.end].ends_with('s')
        && (rest.starts_with("' ") || rest.starts_with("\u{2019} "))
}

/// A correction that states the wrong figure, whose numbers are none of the article's
/// figures: "Correction: An earlier version of this story gave the number of wounded
/// as five", "(Corrects number of wounded to four from five.)", "This article
/// previously said 30 drones", "misstated the number of companies as 12", "the story
/// incorrectly gave the toll as 8" (not "as previously reported, 30 drones were
/// downed"). One pass over the sentence's words.
pub(super) fn correction(s: &str) -> bool {
    // One pass over the bytes: an opening after the start or a colon, and the rare
    // words the rest needs ("previously", "incorrectly", "wrongly", "mistakenly",
    // "erroneously", "misstated", "misreported") before any word is read.
    if opening(s, 0) {
        return true;
    }
    let bytes = s.as_bytes();
    let mut rare = false;
    for (i, &c) in bytes.iter().enumerate() {
        match c {
            b':' if opening(s, i + 1) => return true,
            b'y' if i >= 4 && bytes[i - 1] == b'l' => {
                let w = &bytes[..i + 1];
                rare |= [&b"viously"[..], b"rrectly", b"ongly", b"akenly", b"neously"]
                    .iter()
                    .any(|x| w.ends_with(x));
            }
            b's' if i >= 2 && bytes[i - 1] == b'i' && bytes[i - 2] | 0x20 == b'm' => {
                rare |= bytes[i + 1..].starts_with(b"stated")
                    || bytes[i + 1..].starts_with(b"reported");
            }
            _ => {}
        }
    }
    if !rare {
        return false;
    }
    let mut b = [0u8; 32];
    let mut from = 0;
    // The two words before: (before last, last); None after punctuation.
    let (mut t1, mut t2): (Option<Tok>, Option<Tok>) = (None, None);
    while let Some(t) = next_tok(s, from) {
        from = t.end;
        if !t.word {
            (t1, t2) = (None, None);
            continue;
        }
        let w = lw(s, t, &mut b);
        if w == "misstated" || w == "misreported" {
            return true;
        }
        if matches!(w, "said" | "stated" | "gave" | "reported" | "put") {
            let mut b2 = [0u8; 32];
            let pw = t2.map_or("", |p| lw(s, p, &mut b2));
            let adverb = matches!(
                pw,
                "previously" | "incorrectly" | "wrongly" | "mistakenly" | "erroneously"
            );
            let doc = t1.is_some_and(|d| {
                let mut b3 = [0u8; 32];
                matches!(
                    lw(s, d, &mut b3),
                    "article" | "story" | "report" | "version" | "it"
                )
            });
            if adverb && (doc || pw != "previously") {
                return true;
            }
        }
        (t1, t2) = (t2, Some(t));
    }
    false
}

/// The words at `at` open a correction: "Corrects ...", "An earlier version ...",
/// "A previous report ...".
fn opening(s: &str, at: usize) -> bool {
    // Every opening starts with "a", "an", "the" or "corrects" (any case).
    let first = s[at..].trim_start().as_bytes().first().map(|c| c | 0x20);
    if !matches!(first, Some(b'a' | b't' | b'c')) {
        return false;
    }
    let mut b = [0u8; 32];
    let Some(t) = next_tok(s, at).filter(|t| t.word) else {
        return false;
    };
    let w = lw(s, t, &mut b);
    if w == "corrects" {
        return true;
    }
    if !matches!(w, "an" | "a" | "the") {
        return false;
    }
    let Some(t2) = next_tok(s, t.end).filter(|t| t.word) else {
        return false;
    };
    if !matches!(lw(s, t2, &mut b), "earlier" | "previous") {
        return false;
    }
    next_tok(s, t2.end).is_some_and(|t3| {
        t3.word
            && matches!(
                lw(s, t3, &mut b),
                "version" | "report" | "story" | "article"
            )
    })
}

//! Stage 4, numerals: finds number expressions in text — digits, number words,
//! ranges, qualifiers and vague quantity words. No knowledge of what is counted.
//!
//! One left-to-right pass over the bytes. At each word or number start the
//! scanner tries a qualifier phrase ("more than", "between", "up to", ...), then
//! a numeral (`digits` or `words`), then what may follow it: a postfix
//! qualifier ("or more"), a range ("to 30", "-50", "or three"), "or so", or a
//! second bound ("more than 10 and less than 40").
//!
//! What is NOT reported: ordinals ("first", "21st", "twenty-first"), fractions
//! ("one-fourth", "two thirds"), codes and designators ("Su-34", "MiG-29",
//! "COVID-19", "a79616"), numbers glued to letters ("180.25ml", "1990s"), times
//! ("06:40", "5 pm"), slashed and ISO dates ("12/03/2022", "1995-01",
//! "2022-03-15"), phone-like chains ("+1-222-2222-2222"), the pronoun "one"
//! ("the one", "no one", "one of them", "one another"), the article "a"/"an"
//! alone, and — dates, as the suites ask — a day after or before a capitalised
//! month name ("May 4", "4 May"), a year after a month ("March 2022", "May 4,
//! 2022") and a bare year after a temporal preposition when no noun follows it
//! ("in 2022", "since 2014,", "from 2014 to 2022"). Other years ("the 2022
//! budget") are reported as plain numbers; the figure stage filters them.
//!
//! Spans: currency signs, "%" and units are outside the span ("$10,000" →
//! "10,000"); glued multipliers and scale words are inside ("10k", "1.5
//! million"). A postfix qualifier is in `span` but not in `num_span` ("20 or
//! more": num_span "20"), so the counted noun follows `span.end`; with a postfix
//! qualifier a prefix one is dropped ("about 500 or more" → "500 or more").

mod digits;
mod keywords;
mod lex;
#[cfg(test)]
mod tests;
mod words;

use crate::model::{Qualifier, Span};
use lex::{
    alnum_end, is_alnum, is_month, is_pronoun_det, is_year_follower, is_year_prep, letters_end,
    lower, next_word, phrase, prev_word, skip_ws, token_end, url_end, word_is, CLASS, DIGIT,
    LETTER, MARK, OTHER,
};

/// One number expression.
///
/// Bounds follow the qualifier:
/// - `Exact`, `Approximately`: `value`, no `low`/`high`;
/// - `MoreThan`, `AtLeast`: `value` = `low` = the number;
/// - `UpTo`, `LessThan`: `value` = `high` = the number;
/// - `Range`: `low` and `high`, `value` = `low`;
/// - `Vague`: no `value`, `low` = the word's lower bound where it has one.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberExpr {
    /// The whole expression with its qualifier words: "more than 50", "between 20 and 30".
    pub span: Span,
    /// The numeral proper, without qualifier words: "50", "20 and 30", "three thousand".
    pub num_span: Span,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    /// Spelled in words ("three thousand", "a dozen") rather than digits.
    pub words: bool,
}

/// How a numeral reads on its own.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Plain,
    /// A vague quantity word; `value` is its lower bound.
    Vague,
    /// "a couple (of)": approximately `value`.
    Approx,
}

/// A numeral: byte range, value, and what the scanner needs to judge it.
#[derive(Clone, Copy, Debug)]
struct Num {
    start: usize,
    end: usize,
    value: f64,
    /// The multiplier of its last scale word or suffix (1 if none): "3 million" → 1e6.
    scale: f64,
    kind: Kind,
    words: bool,
    /// Digit count of a plain unsigned integer without separators, else 0.
    int_digits: u8,
    /// The single word "one" (may be a pronoun).
    lone_one: bool,
}

/// What a prefix phrase introduces.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Pref {
    Q(Qualifier),
    /// "over": more than, unless a stretch of time ("over 3 years").
    Over,
    Between,
    From,
}

type Prefixes = &'static [(&'static [&'static str], Pref)];

/// Qualifier phrases by their first (lower-case) word, longest first.
fn prefixes(w: &[u8]) -> Prefixes {
    use Pref::*;
    use Qualifier::*;
    match w {
        b"about" | b"around" | b"roughly" | b"some" | b"approximately" | b"nearly" | b"almost"
        | b"circa" | b"estimated" | b"maybe" | b"perhaps" | b"possibly" => {
            &[(&[""], Q(Approximately))]
        }
        b"approx" => &[
            (&["approx."], Q(Approximately)),
            (&["approx"], Q(Approximately)),
        ],
        b"an" => &[(&["an", "estimated"], Q(Approximately))],
        b"close" => &[(&["close", "to"], Q(Approximately))],
        b"more" => &[
            (&["more", "than", "or", "equal", "to"], Q(AtLeast)),
            (&["more", "than"], Q(MoreThan)),
        ],
        b"greater" => &[
            (&["greater", "than", "or", "equal", "to"], Q(AtLeast)),
            (&["greater", "than"], Q(MoreThan)),
        ],
        b"larger" | b"bigger" | b"higher" => &[(&["", "than"], Q(MoreThan))],
        b"over" => &[(&["over"], Over)],
        b"above" | b"exceed" | b"exceeds" | b"exceeded" | b"exceeding" | b"surpass"
        | b"surpasses" | b"surpassed" | b"surpassing" => &[(&[""], Q(MoreThan))],
        b"upwards" => &[(&["upwards", "of"], Q(MoreThan))],
        b"in" => &[(&["in", "excess", "of"], Q(MoreThan))],
        b"just" | b"well" | b"slightly" => &[
            (&["", "over"], Over),
            (&["", "above"], Q(MoreThan)),
            (&["", "more", "than"], Q(MoreThan)),
            (&["", "under"], Q(LessThan)),
            (&["", "below"], Q(LessThan)),
            (&["", "less", "than"], Q(LessThan)),
            (&["", "fewer", "than"], Q(LessThan)),
            (&["", "shy", "of"], Q(LessThan)),
        ],
        b"at" => &[(&["at", "least"], Q(AtLeast)), (&["at", "most"], Q(UpTo))],
        b"no" | b"not" => &[
            (&["", "fewer", "than"], Q(AtLeast)),
            (&["", "less", "than"], Q(AtLeast)),
            (&["", "more", "than"], Q(UpTo)),
        ],
        b"a" => &[
            (&["a", "minimum", "of"], Q(AtLeast)),
            (&["a", "maximum", "of"], Q(UpTo)),
        ],
        b"minimum" => &[(&["minimum", "of"], Q(AtLeast))],
        b"maximum" => &[(&["maximum", "of"], Q(UpTo))],
        b"as" => &[
            (&["as", "many", "as"], Q(UpTo)),
            (&["as", "much", "as"], Q(UpTo)),
        ],
        b"up" => &[(&["up", "to"], Q(UpTo))],
        b"equal" => &[
            (&["equal", "to", "or", "more", "than"], Q(AtLeast)),
            (&["equal", "to", "or", "greater", "than"], Q(AtLeast)),
            (&["equal", "to", "or", "less", "than"], Q(UpTo)),
            (&["equal", "to", "or", "fewer", "than"], Q(UpTo)),
        ],
        b"less" | b"fewer" => &[
            (&["", "than", "or", "equal", "to"], Q(UpTo)),
            (&["", "than"], Q(LessThan)),
        ],
        b"smaller" | b"lower" => &[(&["", "than"], Q(LessThan))],
        b"under" | b"below" => &[(&[""], Q(LessThan))],
        b"between" => &[(&["between"], Between)],
        b"from" => &[(&["from"], From)],
        _ => &[],
    }
}

/// Matches a prefix phrase at `i`; `""` in a phrase stands for the first word as written.
fn match_prefix(b: &[u8], i: usize, we: usize, words: &[&str]) -> Option<usize> {
    let mut p = i;
    // A first word of the token's length is the token (the table is keyed by it; not
    // "approx."), matched when a boundary follows, as `word_is` asks ("more5": no).
    let bounded = we == b.len() || !is_alnum(b[we]);
    for (k, w) in words.iter().enumerate() {
        if k == 0 && (w.is_empty() || bounded && w.len() == we - i) {
            p = we;
            continue;
        }
        if k > 0 {
            let q = skip_ws(b, p);
            if q == p {
                return None;
            }
            p = q;
        }
        p = word_is(b, p, w).then(|| p + w.len())?; // (`phrase` of one word)
    }
    Some(p)
}

/// Every number expression in `text`, in order, not overlapping.
pub fn find_numbers(text: &str) -> Vec<NumberExpr> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let step = match CLASS[c as usize] {
            OTHER => {
                i += 1;
                continue;
            }
            LETTER if i > 0 && is_alnum(b[i - 1]) => Err(alnum_end(b, i)),
            LETTER => at_word(b, i),
            DIGIT => at_number(b, i),
            MARK if signed_start(b, i) => at_number(b, i),
            MARK if c == b'~' && tilde_start(b, i) => at_tilde(b, i),
            _ => Err(i + 1),
        };
        match step {
            Ok((e, next)) => {
                out.push(e);
                i = next;
            }
            Err(next) => i = next.max(i + 1),
        }
        // the space between two words starts nothing: the next word at once
        if i < b.len() && b[i] == b' ' {
            i += 1;
        }
    }
    out
}

/// A sign or point that starts a number: " -1", " −5", " .08" (after a space or bracket).
fn signed_start(b: &[u8], i: usize) -> bool {
    let after = if b[i] == b'-' || b[i] == b'.' {
        i + 1
    } else if i + 2 < b.len() && b[i] == 0xE2 && b[i + 1] == 0x88 && b[i + 2] == 0x92 {
        i + 3
    } else {
        return false;
    };
    after < b.len()
        && b[after].is_ascii_digit()
        && (i == 0 || b[i - 1].is_ascii_whitespace() || matches!(b[i - 1], b'(' | b'['))
}

type Step = Result<(NumberExpr, usize), usize>;

fn at_word(b: &[u8], i: usize) -> Step {
    // The letters; a digit right after them means the word holds digits.
    let le = letters_end(b, i);
    if b.get(le).is_some_and(u8::is_ascii_digit) {
        return Err(token_end(b, i)); // "a79616", "Su34"
    }
    let we = le;
    if let Some(e) = url_end(b, i, le) {
        return Err(e);
    }
    // an ordinary word: none of the words below starts like it
    if le - i > 16 || !keywords::may_be_keyword(&b[i..le]) {
        return Err(we);
    }
    let mut buf = [0u8; 16];
    let w = lex::letters_lower(b, i, le, &mut buf);
    // "a", "in", "at"...: frequent, and a number expression only before a few words
    if let Some(set) = keywords::next_initials(w) {
        let j = skip_ws(b, le);
        if j == le || j >= b.len() || !set.contains(&(b[j] | 0x20)) {
            return Err(we);
        }
    }
    for (words, pref) in prefixes(w) {
        if let Some(pe) = match_prefix(b, i, le, words) {
            let j = skip_ws(b, pe);
            if j > pe && j < b.len() {
                if let Some(r) = qualified(b, i, *pref, j) {
                    return Ok(r);
                }
            }
        }
    }
    if !words::may_start(w) {
        return Err(we); // the common case: an ordinary word
    }
    let x = numeral(b, i, true, false).map_err(|k| k.max(we))?;
    tail(b, x, x.start, None)
}

/// A tilde that means "about" before a number: "~2,400" (after a space, a bracket or
/// the start; not "v~2" or "10~20").
fn tilde_start(b: &[u8], i: usize) -> bool {
    b.get(i + 1).is_some_and(u8::is_ascii_digit)
        && (i == 0 || b[i - 1].is_ascii_whitespace() || matches!(b[i - 1], b'(' | b'['))
}

/// "~2,400": approximately 2,400, the tilde in the span.
fn at_tilde(b: &[u8], i: usize) -> Step {
    let x = numeral(b, i + 1, true, true)?;
    tail(b, x, i, Some(Qualifier::Approximately))
}

fn at_number(b: &[u8], i: usize) -> Step {
    let x = numeral(b, i, true, false)?;
    tail(b, x, x.start, None)
}

/// A numeral at `i`: digits, words, vague words, "minus"/"negative" before one.
/// `after_connector`: the second bound of a range ("40-50"), not glued.
fn numeral(b: &[u8], i: usize, allow_and: bool, after_connector: bool) -> Result<Num, usize> {
    if b[i].is_ascii_alphabetic() {
        let we = letters_end(b, i);
        if word_is(b, i, "minus") || word_is(b, i, "negative") {
            let j = skip_ws(b, we);
            if j > we && j < b.len() && (b[j].is_ascii_alphanumeric()) {
                if let Ok(mut n) = numeral(b, j, allow_and, true) {
                    if n.kind == Kind::Plain {
                        n.start = i;
                        n.value = -n.value;
                        n.int_digits = 0;
                        n.lone_one = false;
                        return Ok(n);
                    }
                }
            }
            return Err(we);
        }
        let n = words::vague(b, i)
            .or_else(|| words::parse(b, i, allow_and))
            .ok_or(we)?;
        if n.lone_one && pronoun_one(b, &n) {
            return Err(n.end);
        }
        return Ok(n);
    }
    if !after_connector && digits::glued_before(b, i) {
        return Err(token_end(b, i));
    }
    let n = digits::parse(b, i)?;
    if let Some(skip) = date_part(b, &n) {
        return Err(skip);
    }
    Ok(n)
}

/// "one" as a pronoun: "the one", "no one", "which one", "the only one",
/// "one of them", "one another", "one's", "one by one".
fn pronoun_one(b: &[u8], n: &Num) -> bool {
    let mut buf = [0u8; 16];
    if let Some((s, e)) = prev_word(b, n.start) {
        if let Some(w) = lower(b, s, e, &mut buf) {
            // "that" is also a conjunction: "said that one man was killed" counts
            if is_pronoun_det(w) && !(w == b"that" && counted_noun_after(b, n.end)) {
                return true;
            }
            // the second "one" of "one by one"
            if w == b"by"
                && prev_word(b, s).is_some_and(|(s2, e2)| word_is(b, s2, "one") && e2 == s2 + 3)
            {
                return true;
            }
            if matches!(
                w,
                b"only"
                    | b"last"
                    | b"next"
                    | b"same"
                    | b"right"
                    | b"wrong"
                    | b"new"
                    | b"old"
                    | b"big"
                    | b"little"
            ) {
                let mut buf2 = [0u8; 16];
                if let Some((s2, e2)) = prev_word(b, s) {
                    if lower(b, s2, e2, &mut buf2).is_some_and(is_pronoun_det) {
                        return true;
                    }
                }
            }
        }
    }
    let e = n.end;
    if e + 1 < b.len() && b[e] == b'\'' && (b[e + 1] | 0x20) == b's' {
        return true;
    }
    if e + 3 < b.len() && b[e..e + 3] == [0xE2, 0x80, 0x99] && (b[e + 3] | 0x20) == b's' {
        return true;
    }
    if let Some((s, we)) = next_word(b, e) {
        if let Some(w) = lower(b, s, we, &mut buf) {
            return matches!(w, b"of" | b"another" | b"who" | b"whom" | b"whose")
                || (w == b"by" && phrase(b, skip_ws(b, we), &["one"]).is_some());
        }
    }
    false
}

/// A lower-case word after "one" that can be the noun it counts ("that one man"), not a
/// verb or function word of the pronoun "that one" ("that one is", "that one too").
fn counted_noun_after(b: &[u8], e: usize) -> bool {
    let mut buf = [0u8; 16];
    let Some((s, we)) = next_word(b, e) else {
        return false;
    };
    if !b[s].is_ascii_lowercase() || we - s < 3 {
        return false;
    }
    lower(b, s, we, &mut buf).is_some_and(|w| {
        !matches!(
            w,
            b"is"
                | b"was"
                | b"has"
                | b"had"
                | b"have"
                | b"are"
                | b"were"
                | b"will"
                | b"would"
                | b"can"
                | b"could"
                | b"may"
                | b"might"
                | b"must"
                | b"should"
                | b"did"
                | b"does"
                | b"and"
                | b"but"
                | b"for"
                | b"with"
                | b"from"
                | b"that"
                | b"which"
                | b"who"
                | b"more"
                | b"less"
                | b"too"
                | b"also"
                | b"again"
                | b"just"
                | b"only"
                | b"better"
                | b"here"
                | b"there"
                | b"now"
                | b"then"
                | b"instead"
        )
    })
}

fn lower_is(b: &[u8], s: usize, e: usize, f: fn(&[u8]) -> bool) -> bool {
    let mut buf = [0u8; 16];
    lower(b, s, e, &mut buf).is_some_and(f)
}

fn is_year(n: &Num) -> bool {
    n.int_digits == 4 && (1900.0..=2100.0).contains(&n.value)
}

/// Whether what follows a year leaves it a date: punctuation, a capital, a digit, a connective.
fn year_context_after(b: &[u8], e: usize) -> bool {
    match next_word(b, e) {
        None => true,
        Some((s, we)) => b[s].is_ascii_uppercase() || lower_is(b, s, we, is_year_follower),
    }
}

/// Whether a capitalised month name ("May", "March") or a dotted abbreviation
/// ("Feb.", "Sept.") stands before the whitespace that ends at `i`.
fn month_before(b: &[u8], i: usize) -> bool {
    let e = lex::skip_ws_back(b, i);
    if e == i {
        return false;
    }
    let dotted = e > 0 && b[e - 1] == b'.';
    let e = if dotted { e - 1 } else { e };
    let mut s = e;
    while s > 0 && b[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    s < e
        && (s == 0 || !is_alnum(b[s - 1]))
        && b[s].is_ascii_uppercase()
        && lower_is(b, s, e, if dotted { is_month_abbrev } else { is_month })
}

/// Month abbreviations written with a period ("Feb.", "Sept."); not "May." or
/// "June.", which end a sentence.
fn is_month_abbrev(w: &[u8]) -> bool {
    is_month(w) && w.len() <= 4 && !matches!(w, b"may" | b"june" | b"july")
}

/// If the plain integer `n` is part of a date, where to resume scanning.
fn date_part(b: &[u8], n: &Num) -> Option<usize> {
    if n.int_digits == 0 {
        return None;
    }
    let day = n.int_digits <= 2 && (1.0..=31.0).contains(&n.value);
    let month_at = |s: usize, e: usize| b[s].is_ascii_uppercase() && lower_is(b, s, e, is_month);
    if is_year(n) {
        // "August, 2023"
        let c = lex::skip_ws_back(b, n.start);
        if c > 0 && b[c - 1] == b',' {
            if let Some((s, e)) = prev_word(b, c - 1) {
                if month_at(s, e) {
                    return Some(n.end);
                }
            }
        }
    }
    let after_month = month_before(b, n.start);
    if day && after_month {
        // "May 4", "May 4, 2022", "Feb. 24"
        let mut k = n.end;
        if k < b.len() && b[k] == b',' {
            k += 1;
        }
        let y = skip_ws(b, k);
        if y + 4 <= b.len()
            && b[y..y + 4].iter().all(u8::is_ascii_digit)
            && (y + 4 == b.len() || !is_alnum(b[y + 4]))
        {
            return Some(y + 4);
        }
        return Some(n.end);
    }
    if is_year(n) && after_month {
        return Some(n.end); // "March 2022", "Sept. 2023"
    }
    if let Some((s, e)) = prev_word(b, n.start) {
        if is_year(n) {
            let mut buf = [0u8; 16];
            let w = lower(b, s, e, &mut buf)?;
            if is_year_prep(w) && year_context_after(b, n.end) {
                let ok = match w {
                    // "2014 to 2022": the word before is a year too
                    b"to" | b"and" | b"or" | b"through" => {
                        let p = lex::skip_ws_back(b, s);
                        p >= 4
                            && b[p - 4..p].iter().all(u8::is_ascii_digit)
                            && (p == 4 || !is_alnum(b[p - 5]))
                    }
                    // "from 2014 to 2022", "between 2014 and 2022"
                    b"from" | b"between" => next_word(b, n.end).is_some_and(|(s2, e2)| {
                        let k = skip_ws(b, e2);
                        lower_is(b, s2, e2, |w| {
                            matches!(w, b"to" | b"and" | b"through" | b"until")
                        }) && k + 4 <= b.len()
                            && b[k..k + 4].iter().all(u8::is_ascii_digit)
                    }),
                    _ => true,
                };
                if ok {
                    return Some(n.end);
                }
            }
        }
    }
    if is_year(n) && n.start >= 2 && b[n.start - 1] == b'-' {
        // "mid-2022", "pre-2022"
        let mut s = n.start - 1;
        while s > 0 && b[s - 1].is_ascii_alphabetic() {
            s -= 1;
        }
        if lower_is(b, s, n.start - 1, |w| {
            matches!(w, b"mid" | b"early" | b"late" | b"pre" | b"post")
        }) {
            return Some(n.end);
        }
    }
    if day {
        // "4 May 2022"
        if let Some((s, e)) = next_word(b, n.end) {
            if month_at(s, e) {
                return Some(e);
            }
        }
    }
    None
}

mod build;
use build::{qualified, tail};

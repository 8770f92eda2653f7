//! Attachment: what a number expression counts. Finds the counted noun after the
//! number (across modifiers and "of"), the casualty verb around it, or — where the
//! noun is elided — the noun the sentence implies ("the number of firearms ... 300",
//! "16 people were killed and about 100 injured").

use super::lexicon::{self, noun, Class, Entry, Num};
use super::words::{casualty_after, is_irregular_past, is_stop, Cas};

mod casualty;
mod compounds;
mod listed;
mod quoted;
pub use casualty::{
    casualty_before_num, casualty_tail, casualty_tail_past, linked_casualty_noun, toll_kind,
};
pub use listed::{destroyed_after, list_head, list_tail};

/// A token of a sentence: a word (letters/digits with inner hyphens and apostrophes)
/// or one punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub word: bool,
}

fn is_conn(c: char) -> bool {
    c == '-' || c == '\'' || c == '\u{2019}'
}

// The token scanners read bytes; a non-ASCII byte is decoded as its char, so they
// see exactly what the char methods (`is_whitespace`, `is_alphanumeric`) say.

/// The char starting at byte `i` (a char boundary) and its length.
#[inline]
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    match *s.as_bytes().get(i)? {
        x if x < 0x80 => Some((x as char, 1)),
        _ => s[i..].chars().next().map(|c| (c, c.len_utf8())),
    }
}

/// The char ending at byte `end` (a char boundary) and where it starts.
#[inline]
fn char_before(s: &str, end: usize) -> Option<(usize, char)> {
    let b = s.as_bytes();
    let x = *b.get(end.checked_sub(1)?)?;
    if x < 0x80 {
        return Some((end - 1, x as char));
    }
    let k = s.floor_char_boundary(end - 1);
    s[k..end].chars().next().map(|c| (k, c))
}

#[inline]
fn is_ws(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\t'..='\r' | ' ')
    } else {
        c.is_whitespace()
    }
}

#[inline]
fn is_an(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// The first token at or after byte `from`.
pub fn next_tok(s: &str, from: usize) -> Option<Tok> {
    let _ = &s[from..]; // `from` is a char boundary
    let b = s.as_bytes();
    let mut start = from;
    while start < b.len() && matches!(b[start], b'\t'..=b'\r' | b' ') {
        start += 1; // ASCII white space, byte by byte
    }
    let (c, len) = loop {
        let (c, len) = char_at(s, start)?;
        if !is_ws(c) {
            break (c, len);
        }
        start += len;
    };
    let mut end = start + len;
    if !is_an(c) {
        return Some(Tok {
            start,
            end,
            word: false,
        });
    }
    loop {
        while end < b.len() && crate::bytes::ALNUM[b[end] as usize] {
            end += 1; // ASCII letters and digits, byte by byte
        }
        if matches!(b.get(end), Some(&d) if d < 0x80 && d != b'-' && d != b'\'') {
            break; // (an ASCII byte that neither goes on with the word nor links it)
        }
        match char_at(s, end) {
            Some((d, len))
                if is_an(d)
                    || is_conn(d) && char_at(s, end + len).is_some_and(|(x, _)| is_an(x)) =>
            {
                end += len
            }
            _ => break,
        }
    }
    Some(Tok {
        start,
        end,
        word: true,
    })
}

/// The last token ending at or before byte `before`.
pub fn prev_tok(s: &str, before: usize) -> Option<Tok> {
    let _ = &s[..before]; // `before` is a char boundary
    let b = s.as_bytes();
    let mut end = before;
    while end > 0 && matches!(b[end - 1], b'\t'..=b'\r' | b' ') {
        end -= 1; // ASCII white space, byte by byte
    }
    let (i, c) = loop {
        let (i, c) = char_before(s, end)?;
        if !is_ws(c) {
            break (i, c);
        }
        end = i;
    };
    let end = i + c.len_utf8();
    if !is_an(c) {
        return Some(Tok {
            start: i,
            end,
            word: false,
        });
    }
    let mut start = i;
    loop {
        while start > 0 && crate::bytes::ALNUM[b[start - 1] as usize] {
            start -= 1; // ASCII letters and digits, byte by byte
        }
        match char_before(s, start) {
            Some((j, d))
                if is_an(d) || is_conn(d) && char_before(s, j).is_some_and(|(_, x)| is_an(x)) =>
            {
                start = j
            }
            _ => break,
        }
    }
    Some(Tok {
        start,
        end,
        word: true,
    })
}

/// The lower-case form of a word token ("" for punctuation or non-ASCII words).
pub fn lw<'a>(s: &'a str, t: Tok, buf: &'a mut [u8; 32]) -> &'a str {
    if !t.word {
        return "";
    }
    // (`lexicon::lower` of the token, reading its bytes where they lie in `s`)
    crate::bytes::lower_word(s, t.start, t.end, buf).unwrap_or("")
}

/// A counted noun found after a number.
#[derive(Debug, Clone)]
pub struct Head {
    pub end: usize,
    pub entry: Option<&'static Entry>,
    /// Singular lower-case unit (from the table, or guessed for an unknown plural).
    pub unit: String,
    /// A casualty word among the modifiers ("100 injured civilians").
    pub cas: Option<Cas>,
    /// The noun is the first word after the number (no modifiers, no "of").
    pub first: bool,
    /// A class taken from elsewhere ("three others": the figure before's).
    pub over: Option<Class>,
}

impl Head {
    pub fn class(&self) -> Class {
        self.over
            .unwrap_or(self.entry.map_or(Class::Other, |e| e.2))
    }
}

fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "its" | "their" | "these" | "those" | "his" | "her" | "our" | "whom"
    )
}

fn looks_plural(w: &str) -> bool {
    w.len() >= 4
        && w.ends_with('s')
        && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") || w.ends_with("'s"))
        && w.bytes().all(|b| b.is_ascii_lowercase())
}

fn singular(w: &str) -> String {
    if let Some(st) = w.strip_suffix("ies") {
        format!("{st}y")
    } else if ["ches", "shes", "sses", "xes"]
        .iter()
        .any(|x| w.ends_with(x))
    {
        w[..w.len() - 2].to_string()
    } else {
        w[..w.len() - 1].to_string()
    }
}

fn is_noun_tok(s: &str, t: Option<Tok>) -> bool {
    let mut b = [0u8; 32];
    t.map_or(false, |t| {
        noun(lw(s, t, &mut b)).map_or(false, |e| e.2 != Class::NotCount)
    })
}

/// The noun counted by a number ending at `from`: "seven regional defense battalions",
/// "thousands of Ukrainian troops", "50 tanks". `None` when a function word or
/// punctuation comes first.
pub fn head_after(s: &str, from: usize) -> Option<Head> {
    let h = head_plain(s, from).or_else(|| quoted::quoted_head(s, from))?;
    let h = compounds::container(s, compounds::pieces_of(s, from, h), head_plain);
    Some(compounds::civil_compound(s, from, h))
}

/// [`head_after`] without the compound rules of `compounds`.
fn head_plain(s: &str, from: usize) -> Option<Head> {
    let mut b = [0u8; 32];
    // Markdown emphasis closed right after the number: "**1,000+** shelling incidents".
    let mut from = from;
    while matches!(s.as_bytes().get(from), Some(b'*' | b'_')) {
        from += 1;
    }
    let mut t = next_tok(s, from)?;
    let mut first = true;
    if lw(s, t, &mut b) == "of" {
        first = false;
        t = next_tok(s, t.end)?;
        if is_determiner(lw(s, t, &mut b)) {
            t = next_tok(s, t.end)?;
        }
    }
    // A quoted name before the noun: `160 "dragon's teeth" anti-tank obstacles`.
    if first && !t.word && matches!(&s[t.start..t.end], "\"" | "\u{201c}") {
        let rest = &s[t.end..];
        if let Some(p) = rest.find(['"', '\u{201d}']).filter(|p| *p <= 40) {
            if p > 0 && !rest[..p].contains(['.', ',', ';', ':']) {
                let q = rest[p..].chars().next().map_or(1, char::len_utf8);
                // (only where a word follows: the quote names a kind of the noun)
                if let Some(n) = next_tok(s, t.end + p + q).filter(|n| n.word) {
                    t = n;
                }
            }
        }
    }
    let mut cas = None;
    // "two more battalions": "more" right after the number.
    if first && lw(s, t, &mut b) == "more" {
        if let Some(n) = next_tok(s, t.end).filter(|n| modifier_or_noun(s, *n)) {
            t = n;
        }
    }
    // The word before was a modifier ("Grad", "treason"): a coordination may follow.
    let mut modifier = false;
    // A modifier that makes any noun kit: "electronic-warfare sets", "thermal sights".
    let mut kit = false;
    for _ in 0..6 {
        if !t.word {
            // `3,500 concrete "dragon's teeth" pyramids`: a quoted name after a modifier
            t = quoted::name_after_modifier(s, t).filter(|_| modifier)?;
            modifier = false;
        }
        let w = lw(s, t, &mut b);
        // A model number inside a name: "six DJI Mavic 3 quadcopters".
        if !first && model_number(s, t) {
            t = next_tok(s, t.end)?;
            continue;
        }
        if w.is_empty() || w.as_bytes()[0].is_ascii_digit() {
            return None; // punctuation, or another number ("three of the 16 people")
        }
        let next = next_tok(s, t.end);
        // Coordinated modifiers before one noun: "38 Grad and Vampire rockets",
        // "180 treason and espionage sentences" (not "20 killed and 30 wounded").
        if modifier && matches!(w, "and" | "or") {
            if let Some(n) = next.filter(|n| modifier_or_noun(s, *n)) {
                modifier = false;
                t = n;
                continue;
            }
        }
        modifier = false;
        if let Some(e) = noun(w) {
            if e.2 == Class::NotCount || e.2 == Class::Money || e.2 == Class::Percent {
                return Some(Head {
                    end: t.end,
                    entry: Some(e),
                    unit: e.1.to_string(),
                    cas,
                    first,
                    over: None,
                });
            }
            // A plural ends the phrase unless another noun follows ("tank battalions"); a
            // singular only before a function word or punctuation ("one battalion has").
            let duty = e.3 == Num::Plural && e.2.is_person() && compounds::duty_verb(s, next);
            let ends = match e.3 {
                // "one person killed and four wounded": a participle ends it too.
                Num::Singular => next.map_or(true, |n| {
                    let mut b2 = [0u8; 32];
                    let nw = lw(s, n, &mut b2);
                    !n.word || is_stop(nw) || casualty_after(nw).is_some()
                }),
                // "14 volunteers patrols six villages": a noun form before an object is
                // a verb.
                _ => {
                    !is_noun_tok(s, next)
                        || next.map_or(false, |n| verb_before_object(s, n))
                        || duty
                }
            };
            // "120 radio stations": a kit noun before another noun is a modifier.
            kit |= is_kit_modifier(w);
            if ends {
                return Some(Head {
                    end: t.end,
                    entry: Some(e),
                    unit: e.1.to_string(),
                    cas,
                    first,
                    over: duty.then_some(Class::Force),
                });
            }
        } else if is_stop(w) {
            return None;
        } else {
            if let Some(c) = casualty_after(w) {
                cas = Some(cas.map_or(c, |x: Cas| x.join(c)));
            }
            modifier = casualty_after(w).is_none() && !is_number_word(w);
            kit |= is_kit_modifier(w);
            let orig_lower = s[t.start..t.end].bytes().all(|x| x.is_ascii_lowercase());
            // "30 barns burned down", "130 centres working": a verb in the past or a
            // participle ends the phrase too.
            let next_ends = next.map_or(true, |n| {
                let mut b2 = [0u8; 32];
                let nw = lw(s, n, &mut b2);
                !n.word
                    || is_stop(nw)
                    || (nw.len() >= 5 && nw.ends_with("ed") && noun(nw).is_none())
                    || (nw.len() >= 6 && nw.ends_with("ing") && noun(nw).is_none())
                    || is_irregular_past(nw)
            });
            // ("1,500 dead exceeds the estimate": after a casualty word, a verb)
            let verb = cas.is_some() && verb_before_object(s, t);
            if orig_lower && looks_plural(w) && next_ends && casualty_after(w).is_none() && !verb {
                return Some(Head {
                    end: t.end,
                    entry: None,
                    unit: singular(w),
                    cas,
                    first,
                    over: kit.then_some(Class::Equipment),
                });
            }
        }
        first = false;
        t = next?;
    }
    None
}

/// Modifiers that make an unknown plural a piece of kit: "two dozen electronic-warfare
/// sets", "several hundred thermal-imaging sights", "40 night-vision goggles".
fn is_kit_modifier(w: &str) -> bool {
    matches!(
        w,
        "electronic-warfare"
            // "two electronic warfare stations"
            | "warfare"
            | "ew"
            | "jamming"
            | "anti-drone"
            | "counter-drone"
            | "anti-tank"
            | "anti-aircraft"
            | "thermal"
            | "thermal-imaging"
            | "imaging"
            | "night-vision"
            | "vision"
            | "optical"
            | "radio"
            | "satellite"
            | "starlink"
    )
}

/// A plural-looking noun form used as a verb: followed by a determiner or a number
/// ("patrols six villages", "guards the bridge", "mans two checkpoints").
fn verb_before_object(s: &str, t: Tok) -> bool {
    let mut b = [0u8; 32];
    if !lw(s, t, &mut b).ends_with('s') {
        return false;
    }
    let Some(o) = next_tok(s, t.end).filter(|o| o.word) else {
        return false;
    };
    let w = lw(s, o, &mut b);
    matches!(
        w,
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "several"
    ) || is_number_word(w)
        || w.as_bytes().first().map_or(false, u8::is_ascii_digit)
}

/// A short number right after a capitalised name and before a word: the model number
/// of "DJI Mavic 3 quadcopters", "Iskander 2 launchers" (not "Shebekino, 12").
fn model_number(s: &str, t: Tok) -> bool {
    let d = &s[t.start..t.end];
    // "Mavic 3", "Mavic 3T", "Matrice 30": digits, maybe one or two capitals after
    let digits = d.bytes().take_while(u8::is_ascii_digit).count();
    if !t.word || d.len() > 4 || digits == 0 || digits > 3 {
        return false;
    }
    if d.len() - digits > 2 || !d[digits..].bytes().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let name = prev_tok(s, t.start).filter(|p| p.word && p.end < t.start);
    let capital = name.map_or(false, |p| {
        let w = &s[p.start..p.end];
        let mut b = [0u8; 32];
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && lexicon::lower(w, &mut b).map_or(true, |l| noun(l).is_none())
    });
    capital && next_tok(s, t.end).map_or(false, |n| n.word)
}

/// A word that can go on a noun phrase: not a function word, not a number.
fn modifier_or_noun(s: &str, t: Tok) -> bool {
    let mut b = [0u8; 32];
    let w = lw(s, t, &mut b);
    t.word
        && !w.is_empty()
        && !w.as_bytes()[0].is_ascii_digit()
        && !is_stop(w)
        && !is_number_word(w)
        && w != "than"
}

/// Number words that start another figure ("five Ukrainian and three Russian soldiers").
pub fn is_number_word(w: &str) -> bool {
    let base = w.split('-').next().unwrap_or(w);
    matches!(
        base,
        "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "sixteen"
            | "seventeen"
            | "eighteen"
            | "nineteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
            | "hundred"
            | "hundreds"
            | "thousand"
            | "thousands"
            | "dozen"
            | "dozens"
            | "million"
            | "millions"
            | "several"
            | "few"
    )
}

/// "and other armored vehicles" after a head: the end of the extension.
pub fn and_other(s: &str, from: usize) -> Option<usize> {
    let mut b = [0u8; 32];
    let t1 = next_tok(s, from)?;
    if !matches!(lw(s, t1, &mut b), "and" | "or") {
        return None;
    }
    let t2 = next_tok(s, t1.end)?;
    if lw(s, t2, &mut b) != "other" {
        return None;
    }
    let h = head_after(s, t2.end)?;
    match h.entry {
        Some(e) if e.2 != Class::NotCount => Some(h.end),
        _ => None,
    }
}

/// Where the sentence names the counted noun before an elided number: "the number of
/// firearms ... will be increased to 300". Searches the last "number of" before `before`.
pub fn number_of_before(s: &str, before: usize) -> Option<Head> {
    let base = window(s, before);
    let hay = &s[base..before];
    let mut best = None;
    for pat in ["number of", "Number of"] {
        if let Some(i) = hay.rfind(pat) {
            if best.map_or(true, |b| i > b) {
                best = Some(i);
            }
        }
    }
    let i = base + best?;
    // "an estimate based on the number of vehicles seen, is between 300 and 600":
    // the number an estimate is drawn from is not what it counts.
    let pre = s[base..i].trim_end();
    let pre = pre.strip_suffix("the").unwrap_or(pre).trim_end();
    if [
        "based on",
        "judging by",
        "on the basis of",
        "extrapolated from",
    ]
    .iter()
    .any(|e| pre.ends_with(e))
    {
        return None;
    }
    let mut h = head_after(s, i + "number".len())?;
    if h.end > before || h.entry.map_or(true, |e| e.2 == Class::NotCount) {
        return None;
    }
    // "the number of people killed in the attack has risen to 24": the participle
    h.cas = h.cas.or(casualty_tail(s, h.end)
        .filter(|t| t.1 <= before)
        .map(|t| t.0));
    Some(h)
}

/// "death toll", "toll" before a number with no noun: the count is of the killed.
pub fn toll_before(s: &str, before: usize) -> bool {
    let hay = s[..before].as_bytes();
    let mut from = window(s, before);
    while let Some(i) = s[from..before].find("toll") {
        let a = from + i;
        let z = a + 4;
        let left = a == 0 || !hay[a - 1].is_ascii_alphabetic();
        let right = z >= hay.len() || !hay[z].is_ascii_alphabetic();
        if left && right {
            return true;
        }
        from = z;
    }
    false
}

/// The start of the look-back window before `before` (at most 300 bytes, so that
/// sentences dense with numbers stay linear).
fn window(s: &str, before: usize) -> usize {
    s.ceil_char_boundary(before.saturating_sub(300))
}

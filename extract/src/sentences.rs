//! Sentence splitting inside a block (a paragraph), aware of abbreviations, initials,
//! decimals, ellipses and quotation marks. One left-to-right pass: linear time.
//!
//! A sentence ends at `.`, `!`, `?`, `…` or a run of them ("?!", "..."), together with
//! the closing quotes and brackets right after it (`”`, `"`, `’`, `'`, `)`, `]`, `»`),
//! when white space (or the end of the block) follows and the next text does not go
//! on the same sentence:
//! - it goes on when it starts with a lower-case letter or `, ; : ) ] }`
//!   (“Why?” he asked. / "... the law ..." / "approx. five");
//! - after `.`: not after a title ("Mr.", "Dr.", "Gen.", "Lt.", "St.", "Rep."), "No."
//!   and "Art." before a number, a single capital initial ("Vladimir V. Putin"), nor
//!   after a dotted acronym or other abbreviation ("U.S.", "a.m.", "Inc.", "Jan.",
//!   "Aug.", "etc.") unless the next word is a usual sentence opener ("The", "He",
//!   "But", ...);
//! - after an ellipsis: only when it is glued to the word before it ("he paused...
//!   Then"), not when it stands alone as an elision ("the law ... (The arming)").
//!
//! A blank line inside a block always ends a sentence; so does a line break after a
//! short unpunctuated line (a heading or button) before a capitalised line. Decimals ("1.5"), domains
//! ("t.me") and times ("18.40") never split, since no white space follows the dot.

#[cfg(test)]
mod tests;

use crate::model::Span;

/// The sentences of `text[within]`, as spans of `text`, in order, trimmed of white
/// space; together they cover every non-space character of the block.
pub fn sentences(text: &str, within: Span) -> Vec<Span> {
    // room for a sentence per 96 bytes or so: one allocation for most paragraphs
    let mut out = Vec::with_capacity(within.len() / 96 + 1);
    sentences_into(text, within, &mut out);
    out
}

/// [`sentences`] into `out` (cleared first): one buffer for the blocks of an article.
pub fn sentences_into(text: &str, within: Span, out: &mut Vec<Span>) {
    out.clear();
    let s = &text[within.start..within.end];
    let b = s.as_bytes();
    let mut start = 0;
    let mut line_start = 0;
    let mut i = 0;
    while i < b.len() {
        // Skip to the next byte that may matter: a line break, a terminator, `…`.
        i = skip_plain(b, i);
        if i >= b.len() {
            break;
        }
        let c = b[i];
        if c == b'\n' {
            // A blank line: "\n", optional spaces, "\n".
            let mut j = i + 1;
            while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\r') {
                j += 1;
            }
            if j < b.len() && b[j] == b'\n' {
                push_trimmed(s, start, i, within.start, out);
                start = j;
                i = j + 1;
                line_start = i;
                continue;
            }
            if line_ends_unpunctuated(b, line_start, i) && starts_line(s, j) {
                push_trimmed(s, start, i, within.start, out);
                start = i;
            }
            i += 1;
            line_start = i;
            continue;
        }
        let is_ellipsis_char =
            c == 0xE2 && b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA6);
        if !matches!(c, b'.' | b'!' | b'?') && !is_ellipsis_char {
            i += 1;
            continue;
        }
        // The run of terminators.
        let run_start = i;
        let mut dots = 0;
        let mut other = false;
        let mut ellipsis = false;
        loop {
            match b.get(i) {
                Some(b'.') => {
                    dots += 1;
                    i += 1;
                }
                Some(b'!' | b'?') => {
                    other = true;
                    i += 1;
                }
                Some(0xE2) if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA6) => {
                    ellipsis = true;
                    i += 3;
                }
                _ => break,
            }
        }
        let ellipsis = ellipsis || dots >= 2;
        let run_end = i;
        // Closing quotes and brackets.
        let close = closers(b, i);
        let after = close;
        let next = skip_space(b, after);
        if next == after && after < b.len() {
            // No white space: "1.5", "t.me", "U.S.-led".
            i = after.max(run_end);
            continue;
        }
        i = next;
        if next < b.len() && continues(s, next) {
            continue;
        }
        let quoted = close > run_end && quote_closed(b, run_end, close);
        let boundary = if quoted && next < b.len() && attribution_follows(b, next) {
            false // “Is it safe?” Gladkov asked.
        } else if ellipsis {
            // An elision stands alone between spaces: "the law ... (The arming)".
            run_start > 0 && !is_space(b[run_start - 1]) && !starts_with_open_paren(b, next)
        } else if other {
            true
        } else {
            next >= b.len() || period_ends(b, run_start, next)
        };
        if boundary {
            push_trimmed(s, start, after, within.start, out);
            start = after;
        }
    }
    push_trimmed(s, start, b.len(), within.start, out);
}

/// The first position from `i` of a byte that may matter to [`sentences`]: a line
/// break, `.`, `!`, `?` or the start of `…`; eight bytes at a time. The scan looks for
/// the last byte of `…` (0xA6, rare), not its lead byte 0xE2, which every curly quote
/// and dash has.
fn skip_plain(b: &[u8], mut i: usize) -> usize {
    loop {
        let Some(p) = crate::bytes::find_any(b, i, b"\n.!?\xA6") else {
            return b.len();
        };
        if b[p] != 0xA6 {
            return p;
        }
        if p >= i + 2 && b[p - 2] == 0xE2 && b[p - 1] == 0x80 {
            return p - 2;
        }
        i = p + 1;
    }
}

/// A short line (under 60 bytes: a heading, label or button) that ends without any
/// punctuation: "Support us", "Once". A line break after it ends a sentence when
/// the next line starts like one; longer lines are taken as hard-wrapped prose.
fn line_ends_unpunctuated(b: &[u8], line_start: usize, nl: usize) -> bool {
    let mut e = nl;
    while e > line_start && is_space(b[e - 1]) {
        e -= 1;
    }
    e > line_start && e - line_start < 60 && (b[e - 1].is_ascii_alphanumeric() || b[e - 1] >= 0x80)
}

/// The line at `i` starts with a capital letter, a digit or an opening quote.
fn starts_line(s: &str, i: usize) -> bool {
    match s[i..].chars().next() {
        Some(c) => c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '«'),
        None => false,
    }
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

/// Skips white space, including no-break and other Unicode spaces.
fn skip_space(b: &[u8], mut i: usize) -> usize {
    loop {
        match b.get(i) {
            Some(c) if is_space(*c) => i += 1,
            Some(0xC2) if b.get(i + 1) == Some(&0xA0) => i += 2,
            Some(0xE2)
                if b.get(i + 1) == Some(&0x80)
                    && matches!(b.get(i + 2), Some(0x80..=0x8A | 0xAF)) =>
            {
                i += 3
            }
            _ => return i,
        }
    }
}

/// Skips closing quotes and brackets at `i`: " ' ) ] » ” ’.
fn closers(b: &[u8], mut i: usize) -> usize {
    loop {
        match b.get(i) {
            Some(b'"' | b'\'' | b')' | b']') => i += 1,
            Some(0xC2) if b.get(i + 1) == Some(&0xBB) => i += 2,
            Some(0xE2)
                if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x9D | 0x99)) =>
            {
                i += 3
            }
            _ => return i,
        }
    }
}

fn starts_with_open_paren(b: &[u8], i: usize) -> bool {
    matches!(b.get(i), Some(b'(' | b'['))
}

/// The text at `next` carries on the sentence: a lower-case letter or , ; : ) ] }.
fn continues(s: &str, next: usize) -> bool {
    match s[next..].chars().next() {
        Some(ch) if ch.is_lowercase() => true,
        Some(',' | ';' | ':' | ')' | ']' | '}') => true,
        _ => false,
    }
}

/// Whether `tok` is in the list whose [`keys`] are `keys` (no word longer than
/// [`LISTED_MAX`] bytes): one binary search over integers, no byte comparisons.
#[inline]
fn listed(keys: &[u64], tok: &[u8]) -> bool {
    tok.len() <= LISTED_MAX && keys.binary_search(&pack(tok)).is_ok()
}

/// A word of at most eight bytes as an integer, first byte highest: integers of
/// words (without NUL bytes) order as the words do.
const fn pack(w: &[u8]) -> u64 {
    let mut v = 0u64;
    let mut k = 0;
    while k < w.len() && k < 8 {
        v |= (w[k] as u64) << (56 - 8 * k);
        k += 1;
    }
    v
}

/// The [`pack`]ed words of a sorted list, in its order.
const fn keys<const N: usize>(list: &[&str]) -> [u64; N] {
    let mut out = [0u64; N];
    let mut i = 0;
    while i < N {
        out[i] = pack(list[i].as_bytes());
        i += 1;
    }
    out
}

const TITLE_KEYS: [u64; TITLES.len()] = keys(TITLES);
const BEFORE_NUMBER_KEYS: [u64; BEFORE_NUMBER.len()] = keys(BEFORE_NUMBER);
const MAYBE_END_KEYS: [u64; MAYBE_END.len()] = keys(MAYBE_END);

/// The longest word of [`TITLES`], [`BEFORE_NUMBER`] and [`MAYBE_END`].
const LISTED_MAX: usize = 6;

/// Titles that are always followed by a name or number, never the end of a sentence.
const TITLES: &[&str] = &[
    "Adm", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Dr", "Ft", "Gen", "Gov", "Hon", "Lt", "Maj",
    "Messrs", "Mr", "Mrs", "Ms", "Mt", "Pres", "Prof", "Pvt", "Rep", "Rev", "Sen", "Sgt", "St",
    "Supt", "vs",
];

/// Abbreviations before a number: "No. 5", "Art. 208", "Fig. 3", "pp. 4".
const BEFORE_NUMBER: &[&str] = &["Art", "Fig", "No", "Nos", "Nr", "Vol", "p", "pp"];

/// Abbreviations that can also end a sentence: they end it only before an opener.
const MAYBE_END: &[&str] = &[
    "Apr", "Aug", "Ave", "Blvd", "Bros", "Co", "Corp", "Dec", "Dept", "Feb", "Govt", "Inc", "Jan",
    "Jr", "Jul", "Jun", "Ltd", "Mar", "Nov", "Oct", "Rd", "Sep", "Sept", "Sr", "Univ", "al",
    "approx", "ca", "cf", "est", "etc", "ft", "km", "min", "sq",
];

/// Usual first words of a sentence, which end a sentence after "U.S." or "etc.".
const OPENERS: &[&str] = &[
    "A",
    "According",
    "After",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "Before",
    "But",
    "During",
    "Earlier",
    "For",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Last",
    "Later",
    "Meanwhile",
    "Moreover",
    "On",
    "Our",
    "She",
    "Since",
    "So",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Thus",
    "To",
    "Under",
    "We",
    "What",
    "When",
    "While",
    "Yet",
    "He",
    "His",
    "Her",
];

/// Whether the single period at `dot` (white space then `next` after it) ends a sentence.
fn period_ends(b: &[u8], dot: usize, next: usize) -> bool {
    // The token before the dot: letters and inner dots ("U.S", "a.m", "Gen").
    let mut k = dot;
    let floor = dot.saturating_sub(40);
    while k > floor
        && (b[k - 1].is_ascii_alphabetic()
            || (b[k - 1] == b'.' && k >= 2 && b[k - 2].is_ascii_alphabetic()))
    {
        k -= 1;
    }
    if k == dot {
        return true; // "in 2022.", "”.", ").": an ordinary end
    }
    if k > 0
        && (b[k - 1].is_ascii_alphanumeric() || b[k - 1] >= 0x80 && !is_quote_or_dash_end(b, k))
    {
        return true; // part of a longer, non-ASCII word: an ordinary end
    }
    // (ASCII letters and dots: compared as bytes, no UTF-8 check)
    let tok = &b[k..dot];
    let next_is_digit = b.get(next).is_some_and(u8::is_ascii_digit);
    if listed(&TITLE_KEYS, tok) {
        return false;
    }
    if next_is_digit && listed(&BEFORE_NUMBER_KEYS, tok) {
        return false;
    }
    let initial = tok.len() == 1 && tok[0].is_ascii_uppercase();
    let dotted = tok.contains(&b'.');
    if initial && !next_is_digit {
        return false; // "Vladimir V. Putin", "J. Smith"
    }
    if dotted || listed(&MAYBE_END_KEYS, tok) {
        if next_is_digit {
            return false; // "Aug. 6", "a.m. 10"
        }
        return next_word_is_opener(b, next);
    }
    true
}

/// True when the byte before `k` ends a quote or dash glued to the word ("—Gen." is
/// still the title "Gen").
fn is_quote_or_dash_end(b: &[u8], k: usize) -> bool {
    k >= 3 && b[k - 3] == 0xE2 && b[k - 2] == 0x80 && matches!(b[k - 1], 0x93 | 0x94 | 0x9C | 0x98)
}

fn next_word_is_opener(b: &[u8], mut next: usize) -> bool {
    // Opening quotes or brackets before the word make a new sentence likely.
    match b.get(next) {
        Some(b'"' | b'(' | b'[') => return true,
        Some(0xE2)
            if b.get(next + 1) == Some(&0x80) && matches!(b.get(next + 2), Some(0x9C | 0x98)) =>
        {
            return true
        }
        _ => {}
    }
    let s = next;
    while next < b.len() && b[next].is_ascii_alphabetic() && next - s < 12 {
        next += 1;
    }
    let w = std::str::from_utf8(&b[s..next]).unwrap_or("");
    OPENERS.contains(&w) && !b.get(next).is_some_and(u8::is_ascii_alphabetic)
}

/// Whether `b[from..to]` (the closers after a terminator) holds a quotation mark.
fn quote_closed(b: &[u8], from: usize, to: usize) -> bool {
    b[from..to]
        .iter()
        .any(|&c| c == b'"' || c == 0x9D || c == 0xBB)
}

/// Verbs that attribute a quotation to its speaker.
const SPEECH_VERBS: &[&str] = &[
    "added",
    "adds",
    "announced",
    "asked",
    "asks",
    "claimed",
    "continued",
    "declared",
    "emphasized",
    "explained",
    "insisted",
    "noted",
    "recalled",
    "replied",
    "reported",
    "said",
    "says",
    "stated",
    "stressed",
    "told",
    "tells",
    "warned",
    "wrote",
    "writes",
];

/// After a closing quote: up to five capitalised words (a speaker's name and title)
/// and then a speech verb ("Gladkov said", "Governor Vyacheslav Gladkov wrote").
fn attribution_follows(b: &[u8], mut i: usize) -> bool {
    for _ in 0..6 {
        let s = i;
        while i < b.len()
            && (b[i].is_ascii_alphabetic()
                || (b[i] == b'-' || b[i] == b'.')
                    && i > s
                    && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic))
        {
            i += 1;
        }
        if i == s || i - s > 24 {
            return false;
        }
        let w = std::str::from_utf8(&b[s..i]).unwrap_or("");
        if SPEECH_VERBS.contains(&w) {
            return true;
        }
        if !b[s].is_ascii_uppercase() {
            return false;
        }
        // One space between the words of the speaker's name.
        if b.get(i) != Some(&b' ') {
            return false;
        }
        i += 1;
    }
    false
}

fn push_trimmed(s: &str, a: usize, b: usize, base: usize, out: &mut Vec<Span>) {
    let piece = &s[a..b];
    let rest = piece.trim_start();
    let lead = piece.len() - rest.len();
    let t = rest.trim_end();
    if !t.is_empty() {
        out.push(Span::new(base + a + lead, base + a + lead + t.len()));
    }
}

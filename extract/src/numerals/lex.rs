//! Byte-level helpers and the word lexicons of the numeral scanner. Everything
//! works on the UTF-8 bytes of the text; words are ASCII-letter runs compared
//! case-insensitively, lexicons are `match`es (no allocation, no hashing).

/// ASCII letter or digit.
#[inline]
pub(super) fn is_alnum(c: u8) -> bool {
    matches!(CLASS[c as usize], LETTER | DIGIT)
}

/// Byte classes of the scan loop of `find_numbers`: a byte of no class starts nothing.
pub(super) const OTHER: u8 = 0;
pub(super) const LETTER: u8 = 1;
pub(super) const DIGIT: u8 = 2;
/// `-`, `.`, `~` and the lead byte 0xE2 (of a minus sign): may start a number.
pub(super) const MARK: u8 = 3;

pub(super) static CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b.is_ascii_alphabetic() {
            LETTER
        } else if b.is_ascii_digit() {
            DIGIT
        } else if matches!(b, b'-' | b'.' | b'~' | 0xE2) {
            MARK
        } else {
            OTHER
        };
        c += 1;
    }
    t
};

/// Skips whitespace from `i`: ASCII whitespace, no-break space (U+00A0),
/// thin space (U+2009) and narrow no-break space (U+202F).
pub(super) fn skip_ws(b: &[u8], mut i: usize) -> usize {
    loop {
        if i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        } else if i + 1 < b.len() && b[i] == 0xC2 && b[i + 1] == 0xA0 {
            i += 2;
        } else if i + 2 < b.len()
            && b[i] == 0xE2
            && b[i + 1] == 0x80
            && (b[i + 2] == 0x89 || b[i + 2] == 0xAF)
        {
            i += 3;
        } else {
            return i;
        }
    }
}

/// Skips whitespace backwards: the start of the whitespace run that ends at `i`.
pub(super) fn skip_ws_back(b: &[u8], mut i: usize) -> usize {
    loop {
        if i > 0 && b[i - 1].is_ascii_whitespace() {
            i -= 1;
        } else if i >= 2 && b[i - 2] == 0xC2 && b[i - 1] == 0xA0 {
            i -= 2;
        } else {
            return i;
        }
    }
}

/// End of the ASCII-letter run starting at `i`.
pub(super) fn letters_end(b: &[u8], mut i: usize) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // eight bytes at a time: the top bit of each byte that is an ASCII letter
    while i + 8 <= b.len() {
        let w = u64::from_le_bytes(b[i..i + 8].try_into().unwrap());
        let y = (w | LO * 0x20) & !HI; // lower case; 0x61..=0x7a for a letter
        let letter =
            y.wrapping_add(LO * (0x80 - 0x61)) & !y.wrapping_add(LO * (0x80 - 0x7b)) & !w & HI;
        let other = !letter & HI;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && CLASS[b[i] as usize] == LETTER {
        i += 1;
    }
    i
}

/// End of the ASCII letter-or-digit run starting at `i`.
pub(super) fn alnum_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_alnum(b[i]) {
        i += 1;
    }
    i
}

/// End of the "token" at `i`: letters and digits, joined by `. , : / - + _`
/// when an alphanumeric follows ("+1-222-2222/2222", "06:40", "Tu-22M3").
pub(super) fn token_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        if is_alnum(b[i]) {
            i += 1;
        } else if matches!(b[i], b'.' | b',' | b':' | b'/' | b'-' | b'+' | b'_')
            && i + 1 < b.len()
            && is_alnum(b[i + 1])
        {
            i += 1;
        } else {
            return i;
        }
    }
    i
}

/// Length of a dash at `i`: hyphen, en dash, em dash, non-breaking hyphen, minus sign.
pub(super) fn dash_at(b: &[u8], i: usize) -> usize {
    if i < b.len() && b[i] == b'-' {
        1
    } else if i + 2 < b.len()
        && b[i] == 0xE2
        && b[i + 1] == 0x80
        && matches!(b[i + 2], 0x91 | 0x93 | 0x94)
    {
        3
    } else {
        0
    }
}

/// Whether the dash at `i` is an em dash (a parenthetical dash, not a range).
pub(super) fn is_em_dash(b: &[u8], i: usize) -> bool {
    i + 2 < b.len() && b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0x94
}

/// The ASCII-letter word `b[s..e]` lower-cased into `buf`; `None` when too long.
pub(super) fn lower<'a>(b: &[u8], s: usize, e: usize, buf: &'a mut [u8; 16]) -> Option<&'a [u8]> {
    let n = e - s;
    if n == 0 || n > buf.len() {
        return None;
    }
    for k in 0..n {
        buf[k] = b[s + k].to_ascii_lowercase();
    }
    Some(&buf[..n])
}

/// The ASCII letters `b[s..e]` (1 to 16 of them) lower-cased into `buf`: what
/// [`lower`] gives for them, sixteen bytes at a time (`| 0x20` lower-cases a letter;
/// the bytes after the word are read with it and cut off).
#[inline]
pub(super) fn letters_lower<'a>(b: &[u8], s: usize, e: usize, buf: &'a mut [u8; 16]) -> &'a [u8] {
    const SPACES: u64 = 0x2020_2020_2020_2020;
    if s + 16 <= b.len() {
        let x0 = u64::from_le_bytes(b[s..s + 8].try_into().unwrap()) | SPACES;
        let x1 = u64::from_le_bytes(b[s + 8..s + 16].try_into().unwrap()) | SPACES;
        buf[..8].copy_from_slice(&x0.to_le_bytes());
        buf[8..].copy_from_slice(&x1.to_le_bytes());
    } else {
        for k in 0..e - s {
            buf[k] = b[s + k] | 0x20;
        }
    }
    &buf[..e - s]
}

/// Whether the word `w` (any case) stands at `i`, followed by a word boundary.
#[inline]
pub(super) fn word_is(b: &[u8], i: usize, w: &str) -> bool {
    let wb = w.as_bytes();
    // the first byte first: most calls fail there (`| 0x20` maps only letters to letters)
    if let (Some(&c), Some(&f)) = (b.get(i), wb.first()) {
        if c | 0x20 != f | 0x20 {
            return false;
        }
    }
    i + wb.len() <= b.len()
        && b[i..i + wb.len()].eq_ignore_ascii_case(wb)
        && (i + wb.len() == b.len() || !is_alnum(b[i + wb.len()]))
}

/// Matches `words` in sequence from `i`, separated by whitespace runs, each
/// followed by a word boundary; returns the end of the last word.
pub(super) fn phrase(b: &[u8], i: usize, words: &[&str]) -> Option<usize> {
    let mut p = i;
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            let q = skip_ws(b, p);
            if q == p {
                return None;
            }
            p = q;
        }
        if !word_is(b, p, w) {
            return None;
        }
        p += w.len();
    }
    Some(p)
}

/// The letter word that ends just before `i` (after skipping whitespace back).
pub(super) fn prev_word(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let e = skip_ws_back(b, i);
    let mut s = e;
    while s > 0 && b[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    if s == e || (s > 0 && b[s - 1].is_ascii_digit()) {
        None
    } else {
        Some((s, e))
    }
}

/// The letter word that starts after the whitespace at `i` (at least one space).
pub(super) fn next_word(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let s = skip_ws(b, i);
    let e = letters_end(b, s);
    if s == i || e == s || (e < b.len() && b[e].is_ascii_digit()) {
        None
    } else {
        Some((s, e))
    }
}

/// A number word of the cardinal grammar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum W {
    Unit(u8),
    Tens(u8),
    Hundred,
    Scale(f64),
    Dozen,
    Other,
}

/// Classifies a lower-case word.
pub(super) fn classify(w: &[u8]) -> W {
    use W::*;
    match w {
        b"zero" => Unit(0),
        b"one" => Unit(1),
        b"two" => Unit(2),
        b"three" => Unit(3),
        b"four" => Unit(4),
        b"five" => Unit(5),
        b"six" => Unit(6),
        b"seven" => Unit(7),
        b"eight" => Unit(8),
        b"nine" => Unit(9),
        b"ten" => Unit(10),
        b"eleven" => Unit(11),
        b"twelve" => Unit(12),
        b"thirteen" => Unit(13),
        b"fourteen" => Unit(14),
        b"fifteen" => Unit(15),
        b"sixteen" => Unit(16),
        b"seventeen" => Unit(17),
        b"eighteen" => Unit(18),
        b"nineteen" => Unit(19),
        b"twenty" => Tens(20),
        b"thirty" => Tens(30),
        b"forty" => Tens(40),
        b"fifty" => Tens(50),
        b"sixty" => Tens(60),
        b"seventy" => Tens(70),
        b"eighty" => Tens(80),
        b"ninety" => Tens(90),
        b"hundred" => Hundred,
        b"thousand" => Scale(1e3),
        b"million" => Scale(1e6),
        b"billion" => Scale(1e9),
        b"trillion" => Scale(1e12),
        b"dozen" | b"dozens" => Dozen,
        _ => Other,
    }
}

/// Scale words that may follow digits: "2 million", "3 dozen", "1.5 bn".
pub(super) fn digit_scale(w: &[u8]) -> Option<f64> {
    match w {
        b"hundred" => Some(100.0),
        b"thousand" => Some(1e3),
        b"million" | b"mn" | b"mln" => Some(1e6),
        b"billion" | b"bn" | b"bln" => Some(1e9),
        b"trillion" | b"tn" => Some(1e12),
        b"dozen" | b"dozens" => Some(12.0),
        _ => None,
    }
}

/// Ordinal words ("first", "twenty-first", "hundredth"): a cardinal joined to
/// one is part of an ordinal, not a number.
pub(super) fn is_ordinal(w: &[u8]) -> bool {
    matches!(
        w,
        b"first"
            | b"second"
            | b"third"
            | b"fourth"
            | b"fifth"
            | b"sixth"
            | b"seventh"
            | b"eighth"
            | b"ninth"
            | b"tenth"
            | b"eleventh"
            | b"twelfth"
            | b"thirteenth"
            | b"fourteenth"
            | b"fifteenth"
            | b"sixteenth"
            | b"seventeenth"
            | b"eighteenth"
            | b"nineteenth"
            | b"twentieth"
            | b"thirtieth"
            | b"fortieth"
            | b"fiftieth"
            | b"sixtieth"
            | b"seventieth"
            | b"eightieth"
            | b"ninetieth"
            | b"hundredth"
            | b"thousandth"
            | b"millionth"
    )
}

/// Fraction words after a cardinal ("one-fourth", "two thirds", "three quarters").
pub(super) fn is_fraction(w: &[u8]) -> bool {
    matches!(
        w,
        b"third"
            | b"thirds"
            | b"fourth"
            | b"fourths"
            | b"fifth"
            | b"fifths"
            | b"sixth"
            | b"sixths"
            | b"seventh"
            | b"sevenths"
            | b"eighth"
            | b"eighths"
            | b"ninth"
            | b"ninths"
            | b"tenth"
            | b"tenths"
            | b"quarter"
            | b"quarters"
            | b"halves"
            | b"hundredth"
            | b"hundredths"
    )
}

/// Words after which "one" is a pronoun: "the one", "no one", "which one".
pub(super) fn is_pronoun_det(w: &[u8]) -> bool {
    matches!(
        w,
        b"the"
            | b"this"
            | b"that"
            | b"which"
            | b"no"
            | b"any"
            | b"every"
            | b"each"
            | b"another"
            | b"other"
            | b"such"
            | b"whichever"
            | b"some"
            | b"a"
            | b"an"
    )
}

/// Capitalised month names and abbreviations (capitalisation is checked by the caller).
pub(super) fn is_month(w: &[u8]) -> bool {
    matches!(
        w,
        b"january"
            | b"february"
            | b"march"
            | b"april"
            | b"may"
            | b"june"
            | b"july"
            | b"august"
            | b"september"
            | b"october"
            | b"november"
            | b"december"
            | b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"sept"
            | b"oct"
            | b"nov"
            | b"dec"
    )
}

/// Words after which a bare four-digit year is a date: "in 2022", "since 2014".
pub(super) fn is_year_prep(w: &[u8]) -> bool {
    matches!(
        w,
        b"in"
            | b"since"
            | b"until"
            | b"till"
            | b"during"
            | b"before"
            | b"after"
            | b"by"
            | b"of"
            | b"from"
            | b"to"
            | b"and"
            | b"or"
            | b"through"
            | b"between"
            | b"circa"
    )
}

/// Words that may follow a year without making it a count: "in 2022 the ...".
pub(super) fn is_year_follower(w: &[u8]) -> bool {
    matches!(
        w,
        b"to"
            | b"and"
            | b"or"
            | b"through"
            | b"until"
            | b"till"
            | b"when"
            | b"after"
            | b"before"
            | b"as"
            | b"the"
            | b"a"
            | b"an"
            | b"in"
            | b"on"
            | b"at"
            | b"that"
            | b"which"
            | b"with"
            | b"was"
            | b"were"
            | b"had"
            | b"has"
            | b"is"
            | b"it"
            | b"he"
            | b"she"
            | b"they"
            | b"we"
            | b"there"
            | b"for"
            | b"alone"
            | b"elections"
            | b"election"
    )
}

/// Time units: "over 3 years" is a stretch of time, not "more than 3".
pub(super) fn is_time_unit(w: &[u8]) -> bool {
    matches!(
        w,
        b"second"
            | b"seconds"
            | b"minute"
            | b"minutes"
            | b"hour"
            | b"hours"
            | b"day"
            | b"days"
            | b"night"
            | b"nights"
            | b"week"
            | b"weeks"
            | b"weekend"
            | b"weekends"
            | b"month"
            | b"months"
            | b"year"
            | b"years"
            | b"decade"
            | b"decades"
            | b"century"
            | b"centuries"
    )
}

/// The end of a web address starting with the word [i, le) ("https://...",
/// "www...."): its numbers are not reported.
pub(super) fn url_end(b: &[u8], i: usize, le: usize) -> Option<usize> {
    // (most words end before a space: the byte after the word first)
    if !matches!(b.get(le), Some(b':' | b'.'))
        || !matches!(le - i, 3..=5)
        || !matches!(b[i] | 0x20, b'h' | b'w')
    {
        return None;
    }
    let w = &b[i..le];
    let is_url = ((w.eq_ignore_ascii_case(b"http") || w.eq_ignore_ascii_case(b"https"))
        && b[le..].starts_with(b"://"))
        || (w.eq_ignore_ascii_case(b"www") && b[le..].starts_with(b"."));
    if !is_url {
        return None;
    }
    let mut e = le;
    while e < b.len()
        && !b[e].is_ascii_whitespace()
        && !matches!(b[e], b'"' | b'<' | b'>' | b')' | b']')
    {
        e += 1;
    }
    Some(e)
}

//! Numbers in digits: "2,092", "1.5", ".08", "-9.23", "10k", "1.2b", "10M",
//! "2 million", "3 dozens". A sentence period is not a decimal point ("192.");
//! groups need exactly three digits ("22,24" is a list); times ("06:40"),
//! fractions and dates with slashes, dotted chains and numbers glued to letters
//! ("2nd", "T-72", "a79616", "180.25ml") are not numbers.

use super::lex::{
    alnum_end, digit_scale, is_alnum, letters_end, lower, next_word, phrase, skip_ws, token_end,
};
use super::{Kind, Num};

/// Whether the number at `i` is glued to what precedes it: a letter or digit,
/// an identifier character, or a hyphen after a capitalised code ("Su-34",
/// "MiG-29", "COVID-19"; "pre-2022" is a number).
pub(super) fn glued_before(b: &[u8], i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let c = b[i - 1];
    if is_alnum(c)
        || matches!(
            c,
            b'/' | b'_' | b'=' | b'#' | b'@' | b'\\' | b'&' | b'~' | b'|' | b'^'
        )
    {
        return true;
    }
    if i >= 2 && matches!(c, b'.' | b':') && b[i - 2].is_ascii_digit() {
        return true;
    }
    if c == b'-' && i >= 2 {
        let p = b[i - 2];
        if p.is_ascii_digit() {
            return true;
        }
        if p.is_ascii_alphabetic() {
            let mut s = i - 2;
            while s > 0 && b[s - 1].is_ascii_alphabetic() {
                s -= 1;
            }
            return b[s..i - 1].iter().any(u8::is_ascii_uppercase)
                || (s > 0 && b[s - 1].is_ascii_digit());
        }
    }
    false
}

/// Whether a currency sign stands just before `i` ("$10m" is ten million).
fn currency_before(b: &[u8], i: usize) -> bool {
    (i >= 1 && b[i - 1] == b'$')
        || (i >= 2 && b[i - 2] == 0xC2 && b[i - 1] == 0xA3) // £
        || (i >= 3 && b[i - 3] == 0xE2 && b[i - 2] == 0x82 && b[i - 1] == 0xAC) // €
}

/// Suffix multipliers glued to digits: "10k", "10M", "1.2b", "2.5bn", "$5m".
fn suffix(s: &[u8], currency: bool) -> Option<f64> {
    match s {
        b"k" | b"K" => Some(1e3),
        b"M" | b"mn" | b"Mn" | b"MN" | b"mln" => Some(1e6),
        b"m" if currency => Some(1e6),
        b"b" | b"B" | b"bn" | b"Bn" | b"BN" | b"bln" => Some(1e9),
        b"tn" | b"trn" => Some(1e12),
        _ => None,
    }
}

/// A decimal point after space groups, "1 850.0", "6 355.95": one to three digits
/// that end the number (not a date or a version, "1 000.12.2023", "10 000.1.2").
fn decimal_point(b: &[u8], j: usize) -> bool {
    let mut k = j + 1;
    while k < b.len() && b[k].is_ascii_digit() {
        k += 1;
    }
    b[j] == b'.'
        && k - j - 1 <= 3
        && !(matches!(b.get(k), Some(b'.' | b',' | b'-' | b':' | b'/'))
            && b.get(k + 1).is_some_and(u8::is_ascii_digit))
}

/// A decimal comma after thousands grouped by spaces (Russian documents and tables:
/// "48 960 000,00 RUB", "412 560,0"): one or two digits that end the number, where the
/// digits from `d0` to `j` hold a space group (not a comma group: "1,000,5"). Not a
/// list ("2 000, 3 000") nor a comma group after it ("10 000,000").
fn spaced_decimal_comma(b: &[u8], d0: usize, j: usize) -> Option<usize> {
    let grouped = b[d0..j].iter().any(|c| !c.is_ascii_digit()) && !b[d0..j].contains(&b',');
    if b.get(j) != Some(&b',') || !grouped {
        return None;
    }
    let mut e = j + 1;
    while e < b.len() && b[e].is_ascii_digit() {
        e += 1;
    }
    let ends = b.get(e).map_or(true, |c| {
        !c.is_ascii_alphanumeric()
            && !(matches!(c, b',' | b'.') && b.get(e + 1).is_some_and(u8::is_ascii_digit))
    });
    ((1..=2).contains(&(e - j - 1)) && ends).then_some(e)
}

/// Thousands grouped by spaces, "10 000", "1 250 000" (a plain space, a no-break, a
/// thin or a narrow no-break space, the same in every group): the end of the last group. Not a
/// list or a phone number ("8 800 200 46 94", "sizes 10 000 12"), nor a day of the
/// month before a count ("May 22 300 residents").
fn space_groups(b: &[u8], i: usize, mut j: usize) -> Option<usize> {
    let sep: &[u8] = match b.get(j..)? {
        [b' ', ..] => b" ",
        [0xC2, 0xA0, ..] => &[0xC2, 0xA0],
        [0xE2, 0x80, 0xAF, ..] => &[0xE2, 0x80, 0xAF],
        [0xE2, 0x80, 0x89, ..] => &[0xE2, 0x80, 0x89], // thin space
        _ => return None,
    };
    let group = |k: usize| {
        b.len() >= k + sep.len() + 3
            && &b[k..k + sep.len()] == sep
            && b[k + sep.len()..k + sep.len() + 3]
                .iter()
                .all(u8::is_ascii_digit)
            && b.get(k + sep.len() + 3)
                .map_or(true, |c| !c.is_ascii_digit())
    };
    let mut groups = 0;
    while group(j) {
        j += sep.len() + 3;
        groups += 1;
    }
    if groups == 0 {
        return None;
    }
    // Another number after a space: a list or a phone number.
    let k = skip_ws(b, j);
    if k > j && b.get(k).map_or(false, u8::is_ascii_digit) {
        return None;
    }
    if b.get(j)
        .map_or(false, |c| matches!(c, b'-' | b'.' | b':' | b'/'))
        && b.get(j + 1).map_or(false, u8::is_ascii_digit)
        && !decimal_point(b, j)
    {
        return None;
    }
    // "May 22 300": a month name before the first group.
    let mut w = i;
    while w > 0 && b[w - 1] == b' ' {
        w -= 1;
    }
    let mut ws = w;
    while ws > 0 && b[ws - 1].is_ascii_alphabetic() {
        ws -= 1;
    }
    let mut lbuf = [0u8; 16];
    if ws < w {
        if let Some(m) = lower(b, ws, w, &mut lbuf) {
            if super::lex::is_month(m) {
                return None;
            }
        }
    }
    Some(j)
}

/// A decimal comma at `j`: ",2" or ",25" (not three digits: "1,200" is a thousands
/// group) followed by a scale word of a thousand or more ("1,2 billion", "2,5 mln",
/// "1,5 thousand") or a percent sign ("9,6%"); the end of its digits. Not a list
/// ("1,2 and 3") nor "1,25 people".
fn decimal_comma(b: &[u8], j: usize) -> Option<usize> {
    if b.get(j) != Some(&b',') {
        return None;
    }
    let mut e = j + 1;
    while e < b.len() && b[e].is_ascii_digit() {
        e += 1;
    }
    if !(1..=2).contains(&(e - j - 1)) {
        return None;
    }
    let q = skip_ws(b, e);
    // a percentage: "grow by 9,6%", "9,6 %", "12,5 percent"
    if b.get(q) == Some(&b'%') {
        return Some(e);
    }
    if q == e {
        return None;
    }
    let we = letters_end(b, q);
    let mut lbuf = [0u8; 16];
    let word = lower(b, q, we, &mut lbuf)?;
    if word == b"percent" {
        return Some(e);
    }
    let scale = digit_scale(word)?;
    (scale >= 1e3).then_some(e)
}

/// A number in digits at `i` (a digit, or a sign or point before one).
/// `Err(next)` when the token is not a number: resume scanning at `next`.
pub(super) fn parse(b: &[u8], i: usize) -> Result<Num, usize> {
    let mut j = i;
    let mut neg = false;
    if b[j] == b'-' {
        neg = true;
        j += 1;
    } else if j + 2 < b.len() && b[j] == 0xE2 && b[j + 1] == 0x88 && b[j + 2] == 0x92 {
        neg = true;
        j += 3;
    }
    let d0 = j;
    while j < b.len() && b[j].is_ascii_digit() {
        j += 1;
    }
    let int_len = j - d0;
    let mut commas = false;
    if (1..=3).contains(&int_len) {
        while j + 3 < b.len()
            && b[j] == b','
            && b[j + 1].is_ascii_digit()
            && b[j + 2].is_ascii_digit()
            && b[j + 3].is_ascii_digit()
            && (j + 4 == b.len() || !b[j + 4].is_ascii_digit())
        {
            j += 4;
            commas = true;
        }
        if !commas {
            if let Some(e) = space_groups(b, i, j) {
                j = e;
                commas = true;
            }
        }
    }
    let mut decimal = false;
    // A decimal comma (Russian and most of Europe) only where it cannot be a group:
    // one or two digits, then a scale word ("1,2 billion rubles", "1,5 million").
    let comma_at = (!commas && int_len > 0)
        .then(|| decimal_comma(b, j))
        .flatten()
        .or_else(|| spaced_decimal_comma(b, d0, j));
    if let Some(e) = comma_at {
        j = e;
        decimal = true;
    } else if j + 1 < b.len() && b[j] == b'.' && b[j + 1].is_ascii_digit() {
        j += 1;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        decimal = true;
    }
    if j == d0 {
        return Err(i + 1);
    }
    // The value, group separators dropped.
    let mut buf = [0u8; 48];
    let mut n = 0;
    for &c in &b[d0..j] {
        if c.is_ascii_digit() || c == b'.' || (c == b',' && comma_at.is_some()) {
            if n == buf.len() {
                return Err(token_end(b, j));
            }
            buf[n] = if c == b',' { b'.' } else { c };
            n += 1;
        }
    }
    let Ok(mut v) = std::str::from_utf8(&buf[..n]).unwrap_or("x").parse::<f64>() else {
        return Err(token_end(b, j));
    };
    let mut end = j;
    let mut scale = 1.0;
    // Letters glued to the digits: a multiplier suffix, or not a number.
    if end < b.len() && b[end].is_ascii_alphabetic() {
        let r = alnum_end(b, end);
        match suffix(&b[end..r], currency_before(b, i)) {
            Some(x) => {
                scale = x;
                end = r;
            }
            None => return Err(token_end(b, end)),
        }
    }
    // Times, slashed dates and fractions, dotted chains.
    if end + 1 < b.len() && matches!(b[end], b':' | b'/' | b'.') && b[end + 1].is_ascii_digit() {
        return Err(token_end(b, end));
    }
    if scale == 1.0 {
        let q = skip_ws(b, end);
        let we = letters_end(b, q);
        // "5 pm", "6 a.m."
        if phrase(b, q, &["am"]).is_some()
            || phrase(b, q, &["pm"]).is_some()
            || (we == q + 1
                && we + 2 < b.len()
                && b[we] == b'.'
                && matches!(b[q] | 0x20, b'a' | b'p')
                && (b[we + 1] | 0x20) == b'm'
                && b[we + 2] == b'.')
        {
            return Err(we.max(end + 1));
        }
        // "2 million", "1.5 bn", "3 dozens", "3 hundred thousand"
        if q > end {
            let mut lbuf = [0u8; 16];
            if let Some(x) = lower(b, q, we, &mut lbuf).and_then(digit_scale) {
                scale = x;
                end = we;
                if x == 1e3 && !decimal && !commas {
                    // translated Russian: "5 thousand 200 people" is 5,200
                    if let Some((r, e)) = thousand_rest(b, end) {
                        (v, scale, end) = (v * 1e3 + r, 1.0, e);
                    }
                }
                if x == 100.0 {
                    if let Some((s2, we2)) = next_word(b, end) {
                        let mut lbuf = [0u8; 16];
                        if let Some(y) = lower(b, s2, we2, &mut lbuf).and_then(digit_scale) {
                            if y > 100.0 && y != 12.0 {
                                scale *= y;
                                end = we2;
                            }
                        }
                    }
                }
            }
        }
    }
    v *= scale;
    if neg {
        v = -v;
    }
    let plain = !neg && !commas && !decimal && scale == 1.0 && int_len <= 9;
    Ok(Num {
        start: i,
        end,
        value: v,
        scale,
        kind: Kind::Plain,
        words: false,
        int_digits: if plain { int_len as u8 } else { 0 },
        lone_one: false,
    })
}

/// The rest after "N thousand" in translated Russian: one space, one to three digits,
/// then no digit, group or decimal mark, hyphen or colon going on ("5 thousand 200
/// people"; not "3 thousand 200-strong", "2 thousand 1,500" or "1 thousand 12:30").
fn thousand_rest(b: &[u8], end: usize) -> Option<(f64, usize)> {
    let d0 = end + 1;
    if b.get(end) != Some(&b' ') || !b.get(d0).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut d1 = d0;
    while d1 < b.len() && b[d1].is_ascii_digit() {
        d1 += 1;
    }
    let goes_on = |c: &u8| matches!(c, b',' | b'.' | b'-' | b':' | b'/');
    let more = b.get(d1).is_some_and(|c| {
        c.is_ascii_alphanumeric() || goes_on(c) && b.get(d1 + 1).is_some_and(u8::is_ascii_digit)
    }) || b.get(d1) == Some(&b'-');
    if d1 - d0 > 3 || more {
        return None;
    }
    let r = b[d0..d1]
        .iter()
        .fold(0.0, |a, &c| a * 10.0 + f64::from(c - b'0'));
    Some((r, d1))
}

//! Byte scans of the cleaning stage, eight bytes at a time where text is plain:
//! the lower-case view of a block and the search for sentence terminators; the
//! text of a heading.

/// [`plain_lower`] of the first `limit` bytes.
pub fn plain_lower_upto(raw: &str, limit: usize) -> String {
    let s = raw.trim_start_matches(['#', '>', ' ', '\t']);
    let cut = s.floor_char_boundary(limit);
    let s = &s[..cut];
    let b = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    let mut space = false;
    let mut i = 0;
    let mut buf = [0u8; 4];
    while i < b.len() {
        let c = b[i];
        if c < 0x80 && PLAIN[c as usize] {
            // a run of ordinary ASCII bytes, copied in lower case
            if space && !out.is_empty() {
                out.push(b' ');
            }
            space = false;
            out.push(c.to_ascii_lowercase());
            i += 1;
            // eight bytes at a time while they hold only plain bytes and single
            // spaces between them (which collapse to themselves)
            while i + 8 <= b.len() {
                let w = u64::from_le_bytes(b[i..i + 8].try_into().unwrap());
                // (a space may end the chunk when a plain byte follows it: looked at
                // only then)
                let next_plain = || b.get(i + 8).is_some_and(|&c| c < 0x80 && PLAIN[c as usize]);
                match plain8_lower(w) {
                    Some((l, last_space)) if !last_space || next_plain() => {
                        out.extend_from_slice(&l.to_le_bytes());
                        i += 8;
                    }
                    _ => break,
                }
            }
            while i < b.len() && b[i] < 0x80 && PLAIN[b[i] as usize] {
                out.push(b[i].to_ascii_lowercase());
                i += 1;
            }
            continue;
        }
        if c < 0x80 {
            i += 1;
            match c {
                b'*' | b'`' | b'[' => continue,
                b'_' if b.get(i) == Some(&b'_') || (i >= 2 && b[i - 2] == b'_') => continue,
                b']' => {
                    if b.get(i) == Some(&b'(') {
                        // skip "(target)"
                        i += s[i..].find(')').map_or(s.len() - i, |p| p + 1);
                    }
                    continue;
                }
                _ if c.is_ascii_whitespace() => {
                    space = true;
                    continue;
                }
                _ => {}
            }
            if space && !out.is_empty() {
                out.push(b' ');
            }
            space = false;
            out.push(c.to_ascii_lowercase());
        } else {
            let ch = s[i..].chars().next().unwrap_or(' ');
            i += ch.len_utf8();
            if ch.is_whitespace() {
                space = true;
                continue;
            }
            if space && !out.is_empty() {
                out.push(b' ');
            }
            space = false;
            match ch {
                '’' | '‘' => out.push(b'\''),
                _ => ch
                    .to_lowercase()
                    .for_each(|l| out.extend_from_slice(l.encode_utf8(&mut buf).as_bytes())),
            }
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// ASCII bytes that [`plain_lower_upto`] copies as they are (lower-cased): not white
/// space and none of the markdown marks it drops or skips (`* ` [ ] _`).
static PLAIN: [bool; 128] = {
    let mut t = [false; 128];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = !b.is_ascii_whitespace() && !matches!(b, b'*' | b'`' | b'[' | b']' | b'_');
        c += 1;
    }
    t
};

/// Eight bytes that follow a plain byte, lower-cased, when each is a [`PLAIN`] byte
/// or a single space between two of them, and whether the last is a space (good
/// only when a plain byte follows the eight); else `None`.
#[inline]
fn plain8_lower(w: u64) -> Option<(u64, bool)> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = !HI;
    // exact per byte: the top bit of each byte of `x` that is zero
    let zero = |x: u64| !(((x & LOW7).wrapping_add(LOW7)) | x) & HI;
    // any byte below 0x20 (controls, tabs, line breaks) or from 0x80 up
    let low = w.wrapping_sub(LO * 0x20) & !w & HI;
    // `*`, and the range `[ \ ] ^ _ `` (backslash and caret are not marks, but rare:
    // they only send the chunk to the byte loop, which copies them)
    let y = w & LOW7;
    let marks = zero(w ^ (LO * b'*' as u64))
        | y.wrapping_add(LO * (0x80 - 0x5b)) & !y.wrapping_add(LO * (0x80 - 0x61)) & HI;
    let sp = zero(w ^ (LO * b' ' as u64));
    if (w & HI) | low | marks | (sp & (sp << 8)) != 0 {
        return None;
    }
    let upper = w.wrapping_add(LO * (0x80 - 0x41)) & !w.wrapping_add(LO * (0x80 - 0x5b)) & HI;
    Some((w | (upper >> 2), sp >> 56 != 0))
}

/// The first `.`, `!` or `?` at or after `i`.
pub(super) fn next_terminator(b: &[u8], i: usize) -> Option<usize> {
    crate::bytes::find_any(b, i, b".!?")
}

/// The text of a heading without markdown: "# **Title**" → "Title",
/// "[Title](https://...)" → "Title".
pub fn heading_text(raw: &str) -> String {
    heading_str(raw).into_owned()
}

/// [`heading_text`], borrowed when the heading is plain (the common case: no copy).
pub fn heading_str(raw: &str) -> std::borrow::Cow<'_, str> {
    let t = raw.trim().trim_start_matches('#').trim();
    if plain_heading(t) {
        return t.into(); // what the passes below leave of it
    }
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    while let Some(p) = rest.as_bytes().windows(2).position(|w| w == b"](") {
        let close = rest[p..].find(')').map(|c| p + c + 1).unwrap_or(rest.len());
        out.push_str(&rest[..p]);
        rest = &rest[close..];
    }
    out.push_str(rest);
    // without `* [ `` marks, white space runs collapsed to one space, trimmed
    let mut s = String::with_capacity(out.len());
    let mut space = false;
    for c in out.chars() {
        if matches!(c, '*' | '[' | '`') {
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !s.is_empty() {
            s.push(' ');
        }
        space = false;
        s.push(c);
    }
    s.into()
}

/// A trimmed heading that [`heading_text`] keeps as it is: no mark (`* [ ] ``), no
/// white space but single spaces between words.
pub(super) fn plain_heading(t: &str) -> bool {
    let b = t.as_bytes();
    let mut i = 0;
    let mut space = false;
    while i < b.len() {
        // eight plain bytes at a time (`plain8_lower` refuses more than this loop:
        // those chunks go byte by byte)
        if i + 8 <= b.len() {
            let w = u64::from_le_bytes(b[i..i + 8].try_into().unwrap());
            if let Some((_, last_space)) = plain8_lower(w) {
                if space && w as u8 == b' ' {
                    return false;
                }
                space = last_space;
                i += 8;
                continue;
            }
        }
        let c = b[i];
        if c < 0x80 {
            if c == b' ' {
                if space {
                    return false;
                }
                space = true;
            } else if c < b' ' || matches!(c, b'*' | b'[' | b']' | b'`') {
                return false;
            } else {
                space = false;
            }
            i += 1;
        } else {
            let ch = t[i..].chars().next().unwrap_or(' ');
            if ch.is_whitespace() {
                return false;
            }
            space = false;
            i += ch.len_utf8();
        }
    }
    true
}

/// `a` against `b` byte by byte, as `str` orders them: for binary searches of the
/// short words of the lexicons, without a `memcmp` call per step.
#[inline]
pub(super) fn cmp_bytes(a: &str, b: &str) -> std::cmp::Ordering {
    for (x, y) in a.bytes().zip(b.bytes()) {
        if x != y {
            return x.cmp(&y);
        }
    }
    a.len().cmp(&b.len())
}

/// Whether the sorted `list` holds `key`.
pub(super) fn in_list(list: &[&str], key: &str) -> bool {
    list.binary_search_by(|k| cmp_bytes(k, key)).is_ok()
}

/// The words of a date line: the runs of `low` between white space and the separators
/// `, | / - – — : ( ) · • +` (as `low.split(..)` without its empty parts), by bytes.
pub(super) fn date_words(low: &str) -> impl Iterator<Item = &str> {
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            let (sep, n) = date_sep_at(low, i)?;
            if !sep {
                break;
            }
            i += n;
        }
        let s = i;
        while let Some((false, n)) = date_sep_at(low, i) {
            i += n;
        }
        Some(&low[s..i])
    })
}

/// Whether the character at `i` separates the words of a date line, and its length;
/// `None` at the end.
fn date_sep_at(low: &str, i: usize) -> Option<(bool, usize)> {
    let c = *low.as_bytes().get(i)?;
    if c < 0x80 {
        // (`char::is_whitespace` of an ASCII byte: \t \n \x0B \x0C \r and space)
        let sep = matches!(c, b'\t'..=b'\r' | b' ')
            || matches!(c, b',' | b'|' | b'/' | b'-' | b':' | b'(' | b')' | b'+');
        return Some((sep, 1));
    }
    let ch = low[i..].chars().next()?;
    let sep = ch.is_whitespace() || matches!(ch, '–' | '—' | '·' | '•');
    Some((sep, ch.len_utf8()))
}

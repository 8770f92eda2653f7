//! Finding one of a few bytes, eight at a time: the scanners of several stages
//! (sentence ends, terminators, teaser cues) share this one loop.

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// The first position at or after `from` of a byte in `set` (a few bytes, known at
/// the call: the check unrolls), or `None`.
#[inline(always)]
pub(crate) fn find_any(b: &[u8], from: usize, set: &[u8]) -> Option<usize> {
    // the top bit of each byte of `x` that is zero (exact in the first flagged byte)
    let zero = |x: u64| x.wrapping_sub(LO) & !x & HI;
    let mut i = from;
    while i + 8 <= b.len() {
        let w = u64::from_le_bytes(b[i..i + 8].try_into().unwrap());
        let hit = set
            .iter()
            .fold(0, |hit, &c| hit | zero(w ^ (LO * c as u64)));
        if hit != 0 {
            // the lowest flagged byte of each mask is a true hit, so of their union too
            return Some(i + (hit.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    (i..b.len()).find(|&k| set.contains(&b[k]))
}

/// Whether `h` holds `n` at `s`, byte by byte (short needles: no `memcmp` call).
#[inline(always)]
fn at(h: &[u8], s: usize, n: &[u8]) -> bool {
    h.len() - s >= n.len() && h[s..s + n.len()].iter().zip(n).all(|(a, b)| a == b)
}

/// The first position of `needle` (not empty) in `hay`, as `str::find` gives it, without
/// the setup of a general searcher: for the short texts of the per-line cues. The scan
/// looks for the needle's first byte that is not a space (spaces are everywhere).
#[inline]
pub(crate) fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let k = n.iter().position(|&c| c != b' ').unwrap_or(0);
    let mut from = k;
    while let Some(p) = find_any(h, from, &n[k..k + 1]) {
        if at(h, p - k, n) {
            return Some(p - k);
        }
        from = p + 1;
    }
    None
}

/// `hay` split at the first `needle`, as `str::split_once` splits it.
#[inline]
pub(crate) fn split_once_str<'a>(hay: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    find_str(hay, needle).map(|p| (&hay[..p], &hay[p + needle.len()..]))
}

/// Where the `needle`s (not empty) start in `hay`, left to right and not overlapping:
/// the positions `str::match_indices` gives.
pub(crate) fn match_starts<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let p = from + find_str(hay.get(from..)?, needle)?;
        from = p + needle.len();
        Some(p)
    })
}

/// The parts of `hay` between the `needle`s (not empty) in it, as `str::split` gives them.
pub(crate) fn split_str<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = &'a str> {
    let mut rest = Some(hay);
    std::iter::from_fn(move || {
        let r = rest?;
        let (part, after) = split_once_str(r, needle).unwrap_or((r, ""));
        rest = (part.len() < r.len()).then_some(after);
        Some(part)
    })
}

/// The last position of `needle` (not empty) in `hay`, as `str::rfind` gives it.
#[inline]
pub(crate) fn rfind_str(hay: &str, needle: &str) -> Option<usize> {
    rfind_strs(hay, &[needle]).map(|(p, _)| p)
}

/// The last position in `hay` where one of `needles` (none empty) starts, with the
/// length of the longest that starts there: `max` of `(hay.rfind(n), n.len())`.
pub(crate) fn rfind_strs(hay: &str, needles: &[&str]) -> Option<(usize, usize)> {
    let h = hay.as_bytes();
    let mut s = h.len();
    while s > 0 {
        s -= 1;
        let c = h[s];
        let len = needles
            .iter()
            .map(|n| n.as_bytes())
            .filter(|n| n[0] == c && at(h, s, n))
            .map(<[u8]>::len)
            .max();
        if let Some(len) = len {
            return Some((s, len));
        }
    }
    None
}

/// The length of the currency sign at byte `i` of `b` — `$`, `£` (C2 A3), `€` (E2 82
/// AC) or `₽` (E2 82 BD) — if one is there.
pub(crate) fn currency_sign(b: &[u8], i: usize) -> Option<usize> {
    match *b.get(i)? {
        b'$' => Some(1),
        0xC2 if b.get(i + 1) == Some(&0xA3) => Some(2),
        0xE2 if matches!(b.get(i + 1..i + 3), Some([0x82, 0xAC | 0xBD])) => Some(3),
        _ => None,
    }
}

/// ASCII letters and digits.
pub(crate) static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = (c as u8).is_ascii_alphanumeric();
        c += 1;
    }
    t
};

/// The end of the run of ASCII letters and digits from `i`, eight bytes at a time.
pub(crate) fn alnum_end(b: &[u8], mut i: usize) -> usize {
    // per byte, without carries: the top bit of `y + (0x80 - k)` is set where `y >= k`
    let ge = |y: u64, k: u8| y.wrapping_add(LO * (0x80 - k as u64));
    while i + 8 <= b.len() {
        let w = u64::from_le_bytes(b[i..i + 8].try_into().unwrap());
        let y = w & !HI;
        let l = (w | LO * 0x20) & !HI; // a letter in lower case (digits stay)
        let letter = ge(l, b'a') & !ge(l, b'z' + 1);
        let digit = ge(y, b'0') & !ge(y, b'9' + 1);
        let other = !((letter | digit) & !w) & HI;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    i
}

/// `s[start..end]` in ASCII lower case, copied into `buf` only when it has a
/// capital; `None` for a byte past ASCII or more than 32 bytes. Eight bytes at a
/// time (a short word is read with the bytes after it in `s`, masked off).
pub(crate) fn lower_word<'a>(
    s: &'a str,
    start: usize,
    end: usize,
    buf: &'a mut [u8; 32],
) -> Option<&'a str> {
    let w = &s[start..end];
    let (sb, b) = (s.as_bytes(), w.as_bytes());
    let n = b.len();
    if n > buf.len() {
        return None;
    }
    let load = |b: &[u8], i: usize| u64::from_le_bytes(b[i..i + 8].try_into().unwrap());
    let (mut high, mut upper) = (0u64, 0u64);
    let mut put = |x: u64, at: usize, buf: &mut [u8; 32]| {
        let y = x & !HI;
        // (`y + (0x80 - k)` has its high bit set where `y >= k`, with no carry out)
        let ge = |k: u8| y.wrapping_add(LO * (0x80 - k as u64));
        let up = ge(b'A') & !ge(b'Z' + 1) & !x & HI;
        high |= x & HI;
        upper |= up;
        // (`up` has 0x80 in each capital's byte: 0x20 lower-cases it)
        buf[at..at + 8].copy_from_slice(&(x | up >> 2).to_le_bytes());
    };
    if n < 8 {
        let x = if start + 8 <= sb.len() {
            load(sb, start) & ((1u64 << (8 * n)) - 1)
        } else {
            b.iter()
                .enumerate()
                .fold(0u64, |x, (k, &c)| x | (c as u64) << (8 * k))
        };
        put(x, 0, buf);
    } else {
        let mut i = 0;
        while i + 8 <= n {
            put(load(b, i), i, buf);
            i += 8;
        }
        if i < n {
            put(load(b, n - 8), n - 8, buf);
        }
    }
    if high != 0 {
        None
    } else if upper == 0 {
        Some(w)
    } else {
        std::str::from_utf8(&buf[..n]).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_byte_of_the_set_like_a_plain_scan() {
        let text = "Some 40 fighters joined… Then more? Yes!\nAnd a last line without an end";
        let b = text.as_bytes();
        for set in [&b".!?"[..], b"\n.!?\xE2", b"?", b"zq"] {
            for from in 0..=b.len() {
                let plain = (from..b.len()).find(|&k| set.contains(&b[k]));
                assert_eq!(find_any(b, from, set), plain, "{set:?} from {from}");
            }
        }
        assert_eq!(find_any(b"", 0, b"."), None);
    }

    #[test]
    fn find_str_is_str_find() {
        let text = "a](b | c ](d) updated | x — y](z, by Tom a | b -on  x - y – on z";
        for from in 0..=text.len() {
            if !text.is_char_boundary(from) {
                continue;
            }
            let h = &text[from..];
            for n in [
                "](", " | ", "updated", ", by ", "z", "y](", "—", "b |", "nope", "b", " on ", "  ",
                " ",
            ] {
                assert_eq!(find_str(h, n), h.find(n), "{n:?} in {h:?}");
            }
        }
        assert_eq!(find_str("", "x"), None);
        for from in 0..=text.len() {
            if !text.is_char_boundary(from) {
                continue;
            }
            let h = &text[from..];
            for n in [" | ", "](", "b", " ", "nope"] {
                let want: Vec<&str> = h.split(n).collect();
                assert_eq!(split_str(h, n).collect::<Vec<_>>(), want, "{n:?} in {h:?}");
            }
        }
        assert_eq!(split_str("", " | ").collect::<Vec<_>>(), vec![""]);
        for from in 0..=text.len() {
            if !text.is_char_boundary(from) {
                continue;
            }
            let h = &text[from..];
            for n in [" | ", "](", "b", " ", "  ", "nope", "aa", "—", " rubles"] {
                let want: Vec<usize> = h.match_indices(n).map(|(i, _)| i).collect();
                assert_eq!(
                    match_starts(h, n).collect::<Vec<_>>(),
                    want,
                    "{n:?} in {h:?}"
                );
            }
        }
        let want: Vec<usize> = "aaaa a".match_indices("aa").map(|(i, _)| i).collect();
        assert_eq!(match_starts("aaaa a", "aa").collect::<Vec<_>>(), want);
        assert_eq!(split_str(" | ", " | ").collect::<Vec<_>>(), vec!["", ""]);
        for from in 0..=text.len() {
            if !text.is_char_boundary(from) {
                continue;
            }
            let h = &text[from..];
            for n in [
                "](", " | ", "updated", " — ", "z", "y](", "—", "b |", "nope", "b",
            ] {
                assert_eq!(rfind_str(h, n), h.rfind(n), "{n:?} in {h:?}");
            }
        }
        assert_eq!(rfind_str("", "x"), None);
        let seps = [" | ", " - ", " — ", " – ", " -"];
        for from in 0..=text.len() {
            if !text.is_char_boundary(from) {
                continue;
            }
            let h = &text[from..];
            let want = seps
                .iter()
                .filter_map(|s| h.rfind(s).map(|p| (p, s.len())))
                .max();
            assert_eq!(rfind_strs(h, &seps), want, "{h:?}");
        }
    }

    #[test]
    fn currency_signs_by_their_bytes() {
        let t = "$5, £6, €7, ₽8, ¥9, –, ¢";
        let signs: Vec<(usize, usize)> = (0..t.len())
            .filter_map(|i| currency_sign(t.as_bytes(), i).map(|n| (i, n)))
            .collect();
        let want: Vec<(usize, usize)> = t
            .char_indices()
            .filter(|(_, c)| matches!(c, '$' | '£' | '€' | '₽'))
            .map(|(i, c)| (i, c.len_utf8()))
            .collect();
        assert_eq!(signs, want);
        assert_eq!(currency_sign(b"\xE2\x82", 0), None);
    }

    #[test]
    fn alnum_end_is_a_plain_scan() {
        let text =
            "Belgorod2024 Region’s [Kursk]@x`z{Z|9:0/ MIXEDcaseWORDthatIsLong_er ab\x10\x19cd Zz";
        let b = text.as_bytes();
        for i in 0..=b.len() {
            let plain = i + b[i..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
            assert_eq!(alnum_end(b, i), plain, "from {i}");
        }
        // every byte value after a letter
        for c in 0..=255u8 {
            let t = [b'a', b'b', c, b'x', b'y', b'z', b'q', b'r', b's', b't'];
            let want = if c.is_ascii_alphanumeric() { 10 } else { 2 };
            assert_eq!(alnum_end(&t, 0), want, "byte {c:#x}");
        }
    }

    #[test]
    fn lower_word_is_ascii_lowercase() {
        let text = "The 2,092 Volunteers of BELGOROD’s seven units, e.g. \
                    Territorial-Defence MIXEDcaseWORDthatIsLongerThanThirtyTwoBytes \
                    abcdefghijklmnopqrstuvwxyzABCDEF AbCdEfGhIjKlMnOpQrStUvWxYz012345 Zz";
        let b = text.as_bytes();
        for start in 0..b.len() {
            for end in start..=b.len().min(start + 40) {
                if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                    continue;
                }
                let w = &text[start..end];
                let want = (w.len() <= 32 && w.is_ascii()).then(|| w.to_ascii_lowercase());
                let mut buf = [0u8; 32];
                let got = lower_word(text, start, end, &mut buf).map(str::to_string);
                assert_eq!(got, want, "{w:?}");
            }
        }
    }
}

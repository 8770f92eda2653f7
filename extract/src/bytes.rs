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
        if set
            .iter()
            .fold(0, |hit, &c| hit | zero(w ^ (LO * c as u64)))
            != 0
        {
            break;
        }
        i += 8;
    }
    (i..b.len()).find(|&k| set.contains(&b[k]))
}

/// The first position of `needle` (not empty) in `hay`, as `str::find` gives it, without
/// the setup of a general searcher: for the short texts of the per-line cues.
#[inline]
pub(crate) fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let mut i = 0;
    while let Some(p) = find_any(h, i, &n[..1]) {
        if h[p..].starts_with(n) {
            return Some(p);
        }
        i = p + 1;
    }
    None
}

/// `hay` split at the first `needle`, as `str::split_once` splits it.
#[inline]
pub(crate) fn split_once_str<'a>(hay: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    find_str(hay, needle).map(|p| (&hay[..p], &hay[p + needle.len()..]))
}

/// The last position of `needle` (not empty) in `hay`, as `str::rfind` gives it.
#[inline]
pub(crate) fn rfind_str(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let last = h.len().checked_sub(n.len())?;
    (0..=last)
        .rev()
        .find(|&i| h[i] == n[0] && h[i..].starts_with(n))
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
        let text = "a](b | c ](d) updated | x — y](z, by Tom a | b";
        for from in 0..=text.len() {
            if !text.is_char_boundary(from) {
                continue;
            }
            let h = &text[from..];
            for n in [
                "](", " | ", "updated", ", by ", "z", "y](", "—", "b |", "nope", "b",
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
            for n in [
                "](", " | ", "updated", " — ", "z", "y](", "—", "b |", "nope", "b",
            ] {
                assert_eq!(rfind_str(h, n), h.rfind(n), "{n:?} in {h:?}");
            }
        }
        assert_eq!(rfind_str("", "x"), None);
    }
}

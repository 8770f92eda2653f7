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
}

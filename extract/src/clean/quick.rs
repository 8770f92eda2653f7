//! Quick tests before the cleaning stage's lexicon look-ups: which cues start with a
//! byte, how long a furniture line can be, the small words of a headline; and
//! the search for a banner cue inside a short block.

use super::cues::banner_start;
use super::lexicon::{BANNER_STARTS, FURNITURE_LINES, FURNITURE_PREFIXES};
use super::scan::next_terminator;

/// Per first byte, the range of a sorted list (fewer than 256 entries) whose keys
/// start with it: `first_byte_ranges!(LIST.len(), i => key of LIST[i])`.
macro_rules! first_byte_ranges {
    ($n:expr, $i:ident => $key:expr) => {{
        let mut t = [(0u8, 0u8); 256];
        assert!($n < 256);
        let mut $i = $n;
        while $i > 0 {
            $i -= 1;
            let f = $key.as_bytes()[0] as usize;
            if t[f].1 == 0 {
                t[f].1 = $i as u8 + 1;
            }
            t[f].0 = $i as u8;
        }
        t
    }};
}

/// Per first byte, the range of [`BANNER_STARTS`] (sorted) that starts with it.
pub(super) static BANNER_RANGES: [(u8, u8); 256] =
    first_byte_ranges!(BANNER_STARTS.len(), i => BANNER_STARTS[i]);

/// Per first byte, the range of [`FURNITURE_PREFIXES`] (sorted) that starts with it.
pub(super) static FURNITURE_RANGES: [(u8, u8); 256] =
    first_byte_ranges!(FURNITURE_PREFIXES.len(), i => FURNITURE_PREFIXES[i].0);

/// The length of the longest of [`FURNITURE_LINES`]: a longer line is none of them.
pub(super) const FURNITURE_LINE_MAX: usize = {
    let mut max = 0;
    let mut i = 0;
    while i < FURNITURE_LINES.len() {
        if FURNITURE_LINES[i].0.len() > max {
            max = FURNITURE_LINES[i].0.len();
        }
        i += 1;
    }
    max
};

/// The small words that a title-case headline leaves in lower case ("of", "the").
pub(super) fn small_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "and"
            | "as"
            | "at"
            | "but"
            | "by"
            | "for"
            | "from"
            | "in"
            | "into"
            | "of"
            | "on"
            | "or"
            | "over"
            | "the"
            | "to"
            | "up"
            | "via"
            | "vs"
            | "with"
    )
}

/// `s` without closing quotes and brackets at its end: as
/// `s.trim_end_matches(|c| "\"'”’»)".contains(c))`, by the bytes of the last character.
pub(super) fn trim_closers(s: &str) -> &str {
    let b = s.as_bytes();
    let mut e = b.len();
    loop {
        e -= match b[..e] {
            [.., b'"' | b'\'' | b')'] => 1,
            [.., 0xE2, 0x80, 0x9D | 0x99] => 3, // ” ’
            [.., 0xC2, 0xBB] => 2,              // »
            _ => break,
        };
    }
    &s[..e]
}

/// A short block whose later sentence opens with a banner cue: "We're funded by our
/// readers. Support independent journalism ... Become a member".
pub fn banner_inside(low: &str, raw_len: usize) -> bool {
    let b = low.as_bytes();
    if raw_len > 300 {
        return false;
    }
    // whether the block says "funded by" at all (looked for once, at the first
    // sentence break): else no sentence of it is [`funded_by_readers`]
    let mut funded: Option<bool> = None;
    // every ". ", "! ", "? ": the terminators found eight bytes at a time
    let mut k = 0;
    while let Some(p) = next_terminator(b, k) {
        let i = p + 1;
        if b.get(i) == Some(&b' ') {
            let sentence = low[i..].trim_start();
            if banner_start(sentence, 0) {
                return true;
            }
            if *funded.get_or_insert_with(|| crate::bytes::find_str(low, " funded by ").is_some())
                && funded_by_readers(sentence)
            {
                return true;
            }
        }
        k = i;
    }
    false
}

/// A sentence that says who pays for the site: "FactLens is funded by readers: 4,600
/// supporters", "we are funded by our readers" (no search: the words after the first).
fn funded_by_readers(sentence: &str) -> bool {
    let Some(p) = sentence.bytes().take(40).position(|c| c == b' ') else {
        return false;
    };
    let rest = &sentence[p + 1..];
    [
        "is funded by readers",
        "is funded by our readers",
        "are funded by readers",
        "are funded by our readers",
    ]
    .iter()
    .any(|p| rest.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_agree_with_the_lexicons() {
        let longest = FURNITURE_LINES.iter().map(|l| l.0.len()).max().unwrap_or(0);
        assert_eq!(longest, FURNITURE_LINE_MAX);
        for w in ["a", "of", "the", "with", "vs", "via", "into"] {
            assert!(small_word(w), "{w}");
        }
        for w in ["", "A", "The", "ofs", "i", "battalion", "two"] {
            assert!(!small_word(w), "{w}");
        }
    }

    #[test]
    fn a_funded_by_readers_sentence_inside_a_short_block_is_found() {
        assert!(banner_inside(
            "news from the border. factlens is funded by readers: 4,600 supporters",
            70
        ));
        assert!(banner_inside(
            "thank you. we are funded by our readers. join today",
            50
        ));
        assert!(!banner_inside(
            "the battalion is funded by the region. 300 men joined it",
            60
        ));
        assert!(!banner_inside("funded by readers. 300 men joined", 40));
    }

    #[test]
    fn trim_closers_is_trim_end_matches() {
        fn slow(s: &str) -> &str {
            s.trim_end_matches(|c: char| "\"'”’»)".contains(c))
        }
        for s in [
            "",
            "\"",
            "Title",
            "He said “no.”",
            "It was the ‘best’",
            "(note)",
            "«Quote»",
            "word’”)\"'",
            "ends with – dash",
            "ü”",
            "„x“",
            "a ‛b‛",
        ] {
            assert_eq!(trim_closers(s), slow(s), "{s:?}");
        }
    }

    #[test]
    fn the_first_byte_ranges_are_the_binary_searches() {
        for f in 0..=255u8 {
            let (lo, hi) = BANNER_RANGES[f as usize];
            let want: Vec<&str> = BANNER_STARTS
                .iter()
                .copied()
                .filter(|p| p.as_bytes()[0] == f)
                .collect();
            assert_eq!(&BANNER_STARTS[lo as usize..hi as usize], &want[..], "{f}");
            let (lo, hi) = FURNITURE_RANGES[f as usize];
            let want: Vec<&str> = FURNITURE_PREFIXES
                .iter()
                .map(|e| e.0)
                .filter(|p| p.as_bytes()[0] == f)
                .collect();
            let got: Vec<&str> = FURNITURE_PREFIXES[lo as usize..hi as usize]
                .iter()
                .map(|e| e.0)
                .collect();
            assert_eq!(got, want, "{f}");
        }
    }
}

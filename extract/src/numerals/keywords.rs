//! A quick filter for the words that may open a number expression: every first word
//! of a qualifier phrase (`prefixes`) and every word `words::may_start` accepts. An
//! ordinary word ("the", "said", "region") fails it in a few instructions, before it
//! is lower-cased and matched against those tables.

/// Every lower-case word that `prefixes` or `words::may_start` knows (checked by a
/// test against both over a vocabulary).
pub(super) static KEYWORDS: &[&str] = &[
    // qualifier phrases, by their first word
    "about",
    "around",
    "roughly",
    "some",
    "approximately",
    "nearly",
    "almost",
    "circa",
    "estimated",
    "maybe",
    "perhaps",
    "possibly",
    "approx",
    "an",
    "close",
    "more",
    "greater",
    "larger",
    "bigger",
    "higher",
    "over",
    "above",
    "exceed",
    "exceeds",
    "exceeded",
    "exceeding",
    "surpass",
    "surpasses",
    "surpassed",
    "surpassing",
    "upwards",
    "in",
    "just",
    "well",
    "slightly",
    "at",
    "no",
    "not",
    "a",
    "minimum",
    "maximum",
    "as",
    "up",
    "equal",
    "less",
    "fewer",
    "smaller",
    "lower",
    "under",
    "below",
    "between",
    "from",
    // number words
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "dozens",
    // other openers
    "half",
    "quarter",
    "minus",
    "negative",
    "several",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "scores",
    "tens",
];

/// Bit `len` of entry `first * 26 + second`: some keyword of that length starts with
/// those two letters (`second` 0 for a one-letter word).
static FILTER: [u32; 26 * 26] = {
    let mut t = [0u32; 26 * 26];
    let mut k = 0;
    while k < KEYWORDS.len() {
        let w = KEYWORDS[k].as_bytes();
        let second = if w.len() > 1 { w[1] - b'a' } else { 0 };
        t[(w[0] - b'a') as usize * 26 + second as usize] |= 1 << w.len();
        k += 1;
    }
    t
};

/// Whether the ASCII-letter word `w` (any case, at most 16 letters) may be a keyword.
#[inline]
pub(super) fn may_be_keyword(w: &[u8]) -> bool {
    let first = ((w[0] | 0x20) - b'a') as usize;
    let second = if w.len() > 1 {
        ((w[1] | 0x20) - b'a') as usize
    } else {
        0
    };
    FILTER[first * 26 + second] & (1 << w.len()) != 0
}

/// For a frequent keyword that opens nothing alone, the first letters (lower case) that
/// the next word may have: the second words of its qualifier phrases (`prefixes`) and,
/// after "a"/"an", the words `words::vague` and `words::parse` accept ("a few", "a
/// half", "a quarter", "a couple", "a hundred", "a thousand", "a million", "a billion",
/// "a trillion", "a dozen"). Any other next word: not a number expression (checked by a
/// test against `prefixes`).
pub(super) fn next_initials(w: &[u8]) -> Option<&'static [u8]> {
    Some(match w {
        b"a" | b"an" => b"mefhqctbd",
        b"in" => b"e",
        b"at" => b"lm",
        b"as" => b"m",
        b"no" | b"not" => b"flm",
        b"up" | b"more" | b"less" | b"fewer" => b"t",
        b"just" | b"well" | b"slightly" => b"oamubfls",
        _ => return None,
    })
}

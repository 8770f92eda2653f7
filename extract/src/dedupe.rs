//! Stage 6, duplicates: near-duplicate detection on cleaned article text.
//!
//! Two texts are *copies of one story* when, after normalisation, most of the
//! word 5-shingles of the smaller one occur in the larger one.
//!
//! 1. **Normalise** ([`for_each_word`]): words are maximal runs of letters and
//!    digits, lowercased; apostrophes inside a word (`'`, `’`, `ʼ`) are dropped
//!    (`Russia’s` = `Russia's` = `russias`); every other mark (quotes, dashes,
//!    `**`, `#`, `[`, `>`, `_`) separates words; URLs (`http…`, `www.…`), the
//!    `](target)` of markdown links and HTML entities (`&nbsp;`) are skipped;
//!    soft hyphens and zero-width characters are ignored. No allocation.
//! 2. **Shingle**: every run of [`SHINGLE_WORDS`] consecutive words within a
//!    paragraph, hashed with a hand-made Fx/splitmix hash (see
//!    [`for_each_shingle`]).
//! 3. **Boilerplate**: in a corpus of at least [`BOILERPLATE_DOCS`] texts, shingles
//!    found in very many texts (banners, appeals, agency footers) are counted on
//!    a sample and left out of sketches and verification.
//! 4. **Sketch**: a one-permutation MinHash of [`SIGNATURE_LEN`] bins (one hash
//!    per shingle, empty bins densified), cut into bands of [`BAND_ROWS`] bins;
//!    texts that agree on a whole band become candidates (linear time: one sort
//!    per band). A band bucket larger than [`BUCKET_CAP`] (a story syndicated
//!    many times) is verified as a chain of neighbours, not all pairs. A pair
//!    already found in a small bucket of one of the first bands is not listed
//!    again (copies share most bands).
//! 5. **Verify** each candidate on the exact shingle sets: containment of the
//!    smaller set in the larger ≥ [`CONTAINMENT_MIN`] and resemblance (Jaccard)
//!    ≥ [`RESEMBLANCE_MIN`] (see [`is_copy`]).
//!
//! Texts under [`MIN_WORDS`] words are copies only of a text with the identical
//! normalised word sequence.

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 5;
/// Texts with fewer normalised words are only matched when identical.
pub const MIN_WORDS: usize = 20;
/// Minimum share of the smaller text's shingles found in the larger one.
///
/// Measured in the tests (`print_similarities`): copies score 1.0 for a banner,
/// markdown, reordered paragraphs, furniture lines or a lost last paragraph,
/// and ≥ 0.83 with all of those at once on both sides; the seed pair scores
/// 0.97. Different reports of one event score ≤ 0.13, two articles quoting one
/// long statement 0.30, a shared boilerplate paragraph ≤ 0.52 (40 % of the
/// shorter text), unrelated stories and rewrites ≤ 0.01.
pub const CONTAINMENT_MIN: f64 = 0.7;
/// Minimum resemblance |A∩B| / |A∪B|: the larger text may be at most about
/// 4× the smaller (furniture on one copy). Below it the LSH recall would be
/// weak, and the larger text is a digest or a longer article quoting this one.
pub const RESEMBLANCE_MIN: f64 = 0.2;
/// MinHash bins per text.
pub const SIGNATURE_LEN: usize = 128;
/// Bins per LSH band (so `SIGNATURE_LEN / BAND_ROWS` bands). With 2 rows and 64
/// bands a pair of resemblance 0.2 is a candidate with probability 0.93, 0.3 →
/// 0.998; unrelated texts (resemblance ≈ 0) almost never.
pub const BAND_ROWS: usize = 2;
/// Band buckets with more members are verified as a chain of neighbours.
pub const BUCKET_CAP: usize = 64;

const FX: u64 = 0x517c_c1b7_2722_0a95;

/// splitmix64 finaliser.
#[inline]
fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[inline]
fn fx(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(FX)
}

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

#[inline]
fn alnum_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        Some(b) if *b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => char_at(text, i).map_or(false, char::is_alphanumeric),
        None => false,
    }
}

/// Byte after a URL starting at `i` (`http://`, `https://`, `www.`), if any.
/// `more`: the text goes on after `b` (a line break follows).
#[inline]
fn skip_url(b: &[u8], i: usize, more: bool) -> Option<usize> {
    let rest = &b[i..];
    // (a word that opens with "h" goes on with "t", one with "w" with "w": the
    // common words "he", "was", "with" are no URL, without the three comparisons)
    if rest.len() < 2
        || !matches!(
            [rest[0] | 0x20, rest[1] | 0x20],
            [b'h', b't'] | [b'w', b'w']
        )
    {
        return None;
    }
    let len = rest.len() + usize::from(more);
    let starts = |p: &[u8]| {
        len > p.len() && rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p)
    };
    if !(starts(b"http://") || starts(b"https://") || starts(b"www.")) {
        return None;
    }
    let mut j = i;
    while j < b.len()
        && !matches!(
            b[j],
            b' ' | b'\t' | b'\n' | b'\r' | b')' | b'>' | b'<' | b']' | b'"'
        )
    {
        j += 1;
    }
    Some(j)
}

/// Byte after the `(target)` of a markdown link whose `](` is at `i`, if closed
/// on the same line within 2 KB.
fn skip_link_target(b: &[u8], i: usize) -> Option<usize> {
    let end = b.len().min(i + 2048);
    (i + 2..end)
        .take_while(|&j| b[j] != b'\n')
        .find(|&j| b[j] == b')')
        .map(|j| j + 1)
}

/// Byte after an HTML entity (`&amp;`, `&#8217;`) starting at `i`, if any.
fn skip_entity(b: &[u8], i: usize) -> Option<usize> {
    let end = b.len().min(i + 12);
    let mut j = i + 1;
    while j < end && (b[j].is_ascii_alphanumeric() || b[j] == b'#') {
        j += 1;
    }
    (j > i + 1 && j < end && b[j] == b';').then_some(j + 1)
}

/// Calls `f` with the hash of every normalised word of `text`, in order.
pub fn for_each_word(text: &str, mut f: impl FnMut(u64)) {
    scan(text, |w| {
        if let Some(w) = w {
            f(w)
        }
    });
}

/// Calls `f(Some(hash))` for every normalised word and `f(None)` at every line
/// break.
fn scan(text: &str, mut f: impl FnMut(Option<u64>)) {
    let mut sc = Scanner::default();
    sc.feed(text, false, &mut f);
    sc.finish(&mut f);
}

/// Bytes that are ASCII letters or digits.
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = (c as u8).is_ascii_alphanumeric();
        c += 1;
    }
    t
};

/// The word scanner of [`scan`], resumable: a text given in parts (the body blocks
/// of an article) reads as the parts joined by line breaks.
#[derive(Default)]
struct Scanner {
    h: u64,
    in_word: bool,
}

impl Scanner {
    #[inline]
    fn finish(&mut self, f: &mut impl FnMut(Option<u64>)) {
        if self.in_word {
            f(Some(mix64(self.h)));
            self.in_word = false;
        }
    }

    /// Scans `text`; `more`: a line break and more text follow it.
    #[inline]
    fn feed(&mut self, text: &str, more: bool, f: &mut impl FnMut(Option<u64>)) {
        let b = text.as_bytes();
        let mut i = 0usize;
        let (mut h, mut in_word) = (self.h, self.in_word);
        macro_rules! end_word {
            () => {
                if in_word {
                    f(Some(mix64(h)));
                    in_word = false;
                }
            };
        }
        while i < b.len() {
            let c = b[i];
            if c < 0x80 {
                if ALNUM[c as usize] {
                    if !in_word {
                        if matches!(c | 0x20, b'h' | b'w') {
                            if let Some(j) = skip_url(b, i, more) {
                                i = j;
                                continue;
                            }
                        }
                        in_word = true;
                        h = 0;
                    }
                    // letters and digits: `| 0x20` lowercases ASCII letters, keeps digits
                    h = fx(h, (c | 0x20) as u64);
                    i += 1;
                    while i < b.len() && ALNUM[b[i] as usize] {
                        h = fx(h, (b[i] | 0x20) as u64);
                        i += 1;
                    }
                    continue;
                }
                if c == b' ' {
                    // the common separator (what the general case below does with it)
                    end_word!();
                    i += 1;
                    continue;
                }
                let skip = match c {
                    b'\'' | b'`' if in_word && alnum_at(text, i + 1) => Some(i + 1),
                    b']' if b.get(i + 1) == Some(&b'(') => skip_link_target(b, i),
                    b'&' => skip_entity(b, i),
                    _ => None,
                };
                if skip.is_none() || c != b'\'' && c != b'`' {
                    end_word!();
                }
                if c == b'\n' {
                    f(None);
                }
                i = skip.unwrap_or(i + 1);
                continue;
            }
            let ch = char_at(text, i).unwrap_or('\u{fffd}');
            let next = i + ch.len_utf8();
            if matches!(ch, '’' | 'ʼ' | '‘' | '′') {
                if !(in_word && alnum_at(text, next)) {
                    end_word!();
                }
            } else if ch.is_alphanumeric() {
                if !in_word {
                    in_word = true;
                    h = 0;
                }
                for lc in ch.to_lowercase() {
                    h = fx(h, lc as u64);
                }
            } else if matches!(
                ch,
                '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'
            ) {
                // invisible: neither a letter nor a separator
            } else {
                end_word!();
                if matches!(ch, '\u{2028}' | '\u{2029}') {
                    f(None);
                }
            }
            i = next;
        }
        (self.h, self.in_word) = (h, in_word);
    }
}

/// Turns the word stream of [`Scanner`] into 5-shingle hashes (see
/// [`for_each_shingle`]); also counts the words and hashes their sequence.
#[derive(Default)]
struct Shingler {
    ring: [u64; SHINGLE_WORDS],
    n: usize,
    window: usize,
    line: usize,
    seq: u64,
}

impl Shingler {
    #[inline]
    fn word(&mut self, w: Option<u64>, f: &mut impl FnMut(u64)) {
        match w {
            Some(w) => {
                self.ring.copy_within(1.., 0);
                self.ring[SHINGLE_WORDS - 1] = w;
                self.seq = fx(self.seq, w);
                self.n += 1;
                self.window += 1;
                self.line += 1;
                if self.window >= SHINGLE_WORDS {
                    let mut s = 0u64;
                    for &r in &self.ring {
                        s = fx(s, r);
                    }
                    f(mix64(s));
                }
            }
            None => {
                if self.line >= SHINGLE_WORDS {
                    self.window = 0;
                }
                self.line = 0;
            }
        }
    }
    /// The [`sequence_hash`] of the words so far.
    fn sequence_hash(&self) -> u64 {
        mix64(self.seq ^ self.n as u64)
    }
}

/// Calls `f` with the hash of every word shingle; returns the word count.
///
/// A shingle does not cross the end of a line of at least [`SHINGLE_WORDS`]
/// words (a paragraph), so reordered paragraphs and furniture lines between
/// them change nothing; shorter lines (a one-word `Advertisement`, a list, a
/// hard-wrapped fragment) run on into the next line.
pub fn for_each_shingle(text: &str, mut f: impl FnMut(u64)) -> usize {
    let mut sh = Shingler::default();
    scan(text, |w| sh.word(w, &mut f));
    sh.n
}

/// The shingles of many texts, computed once, for [`near_duplicates_of`].
#[derive(Default)]
pub struct Shingles {
    hashes: Vec<u64>,
    /// Per text: end of its shingles in `hashes`, bytes, words, sequence hash.
    ends: Vec<usize>,
    bytes: Vec<usize>,
    words: Vec<usize>,
    seqs: Vec<u64>,
}

impl Shingles {
    pub fn new() -> Self {
        Self::default()
    }
    /// Room for the shingles of about `bytes` bytes of text (one per 6 bytes or so).
    pub fn with_capacity(bytes: usize) -> Self {
        Self {
            hashes: Vec::with_capacity(bytes / 5),
            ..Self::default()
        }
    }
    /// Number of texts.
    pub fn len(&self) -> usize {
        self.ends.len()
    }
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
    /// Adds a text.
    pub fn push(&mut self, text: &str) {
        let mut sh = Shingler::default();
        let hashes = &mut self.hashes;
        let mut sc = Scanner::default();
        let mut emit = |w: Option<u64>| sh.word(w, &mut |s| hashes.push(s));
        sc.feed(text, false, &mut emit);
        sc.finish(&mut emit);
        self.close(sh, text.len());
    }
    /// Adds a text given as parts, each followed by a line break (the same as
    /// `push` of the parts joined and ended by `\n`).
    pub fn push_parts<'a>(&mut self, parts: impl IntoIterator<Item = &'a str>) {
        let mut sh = Shingler::default();
        let hashes = &mut self.hashes;
        let mut sc = Scanner::default();
        let mut bytes = 0;
        let mut emit = |w: Option<u64>| sh.word(w, &mut |s| hashes.push(s));
        for p in parts {
            sc.feed(p, true, &mut emit);
            sc.finish(&mut emit);
            emit(None);
            bytes += p.len() + 1;
        }
        self.close(sh, bytes);
    }
    fn close(&mut self, sh: Shingler, bytes: usize) {
        self.ends.push(self.hashes.len());
        self.bytes.push(bytes);
        self.words.push(sh.n);
        self.seqs.push(sh.sequence_hash());
    }
    /// Index in `hashes` of the first shingle of text `i`.
    fn start(&self, i: usize) -> usize {
        if i == 0 {
            0
        } else {
            self.ends[i - 1]
        }
    }
    /// The shingle hashes of text `i`, in order (repeats included).
    fn of(&self, i: usize) -> &[u64] {
        &self.hashes[self.start(i)..self.ends[i]]
    }
}

/// Number of normalised words of `text`.
pub fn word_count(text: &str) -> usize {
    let mut n = 0;
    for_each_word(text, |_| n += 1);
    n
}

/// Sorted, deduplicated shingle hashes (32 bits: plenty for ~10⁴ shingles).
fn shingle_set(text: &str) -> Vec<u32> {
    let mut v = Vec::new();
    for_each_shingle(text, |s| v.push((s >> 32) as u32));
    v.sort_unstable();
    v.dedup();
    v
}

/// `|a ∩ b|` of two sorted sets.
fn intersection(a: &[u32], b: &[u32]) -> usize {
    // branch-free merge: the comparisons of hash values are unpredictable
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        n += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    n
}

/// How much two texts overlap.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Similarity {
    /// Normalised words of the shorter text.
    pub min_words: usize,
    /// Shingles in common.
    pub shared: usize,
    /// `shared / min(|A|, |B|)`: how much of the smaller text is in the larger.
    pub containment: f64,
    /// `shared / |A ∪ B|` (Jaccard).
    pub resemblance: f64,
    /// Same normalised word sequence (and at least one word).
    pub identical: bool,
}

impl Similarity {
    /// The copy decision; see [`is_copy`].
    pub fn is_copy(&self) -> bool {
        self.identical
            || self.min_words >= MIN_WORDS
                && self.containment >= CONTAINMENT_MIN
                && self.resemblance >= RESEMBLANCE_MIN
    }
}

fn sims(sa: &[u32], sb: &[u32], min_words: usize, identical: bool) -> Similarity {
    Similarity::from_counts(
        intersection(sa, sb),
        sa.len(),
        sb.len(),
        min_words,
        identical,
    )
}

impl Similarity {
    fn from_counts(shared: usize, la: usize, lb: usize, min_words: usize, identical: bool) -> Self {
        let small = la.min(lb).max(1) as f64;
        let union = (la + lb - shared).max(1) as f64;
        Similarity {
            min_words,
            shared,
            containment: shared as f64 / small,
            resemblance: shared as f64 / union,
            identical,
        }
    }
}

/// Hash of the whole normalised word sequence and the word count.
fn sequence_hash(text: &str) -> (u64, usize) {
    let (mut h, mut n) = (0u64, 0usize);
    for_each_word(text, |w| {
        h = fx(h, w);
        n += 1;
    });
    (mix64(h ^ n as u64), n)
}

/// Exact overlap of two texts (no sketching).
pub fn similarity(a: &str, b: &str) -> Similarity {
    let (ha, na) = sequence_hash(a);
    let (hb, nb) = sequence_hash(b);
    sims(
        &shingle_set(a),
        &shingle_set(b),
        na.min(nb),
        na > 0 && na == nb && ha == hb,
    )
}

/// Whether two texts are copies of one story: identical normalised words, or
/// both at least [`MIN_WORDS`] words with containment ≥ [`CONTAINMENT_MIN`] and
/// resemblance ≥ [`RESEMBLANCE_MIN`].
pub fn is_copy(a: &str, b: &str) -> bool {
    similarity(a, b).is_copy()
}

mod lsh;
pub use lsh::{
    near_duplicate_links, near_duplicates, near_duplicates_of, BOILERPLATE_DOCS, MIN_OWN_SHINGLES,
};

#[cfg(test)]
mod tests;

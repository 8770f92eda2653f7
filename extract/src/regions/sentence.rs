//! The mentions of a sentence from one scan of its block.
//!
//! [`find_regions_into`] on a sentence and on its block agree on every mention
//! inside the sentence except where a rule reads across the sentence's edges:
//! backwards, the line start of a wire dateline ("KURSK, August 9" counts only at a
//! line start: a sentence starts a line when scanned alone), the word before ("in
//! Moscow", "city of Vladimir", "pro-Moscow") and the word boundary; forwards, a
//! name of several words or what follows a name ("Nizhny. Novgorod" across a full
//! stop, "Moscow said", "Moscow’s", "MOSCOW (Reuters)"). [`BlockMentions::sentence_into`]
//! takes the block's mentions where no rule can reach across, and scans the
//! sentence alone otherwise: the result is that of scanning the sentence.

use super::gazetteer::{self, index};
use super::{find_regions_into, RegionMention, ALNUM};
use crate::clean::{Block, BlockKind};
use crate::model::Span;
use std::borrow::Cow;
use std::sync::OnceLock;

/// The region mentions of some blocks of an article, found once per block
/// (offsets relative to the block).
#[derive(Debug, Default, Clone)]
pub struct BlockMentions {
    all: Vec<RegionMention>,
    /// Per block: its range in `all`, or None when the block was not scanned.
    at: Vec<Option<(u32, u32)>>,
    /// Per block: where it starts in the text (in order).
    starts: Vec<usize>,
}

/// What [`crate::figures::figures`] knows of an article's regions: its main region
/// and perhaps the mentions of its blocks (else it finds them).
#[derive(Debug, Default, Clone, Copy)]
pub struct Known<'a> {
    pub main_region: Option<&'a str>,
    pub mentions: Option<&'a BlockMentions>,
}

impl<'a> From<Option<&'a str>> for Known<'a> {
    fn from(main_region: Option<&'a str>) -> Self {
        Known {
            main_region,
            mentions: None,
        }
    }
}

impl<'a> Known<'a> {
    /// The main region, and the mentions of `blocks` (found here if not known).
    pub fn parts(self, text: &str, blocks: &[Block]) -> (Option<&'a str>, Cow<'a, BlockMentions>) {
        let m = match self.mentions {
            Some(m) => Cow::Borrowed(m),
            None => Cow::Owned(BlockMentions::scan(text, blocks, |b| {
                matches!(b.kind, BlockKind::Body | BlockKind::Heading)
            })),
        };
        (self.main_region, m)
    }
}

impl BlockMentions {
    /// Scans the blocks that `keep` selects.
    pub fn scan(text: &str, blocks: &[Block], keep: impl Fn(&Block) -> bool) -> Self {
        let mut all = Vec::new();
        let mut at = Vec::with_capacity(blocks.len());
        let mut buf = Vec::new();
        for b in blocks {
            if keep(b) {
                find_regions_into(&text[b.span.start..b.span.end], &mut buf);
                let lo = all.len() as u32;
                all.append(&mut buf);
                at.push(Some((lo, all.len() as u32)));
            } else {
                at.push(None);
            }
        }
        let starts = blocks.iter().map(|b| b.span.start).collect();
        BlockMentions { all, at, starts }
    }

    /// The mentions of block `i` (relative to the block), if it was scanned.
    pub fn block(&self, i: usize) -> Option<&[RegionMention]> {
        let (lo, hi) = (*self.at.get(i)?)?;
        Some(&self.all[lo as usize..hi as usize])
    }

    /// Into `out` (cleared first): the mentions of the sentence `sent` of the block
    /// at `block` in `text`, relative to the sentence — what [`find_regions_into`]
    /// gives for `&text[sent.start..sent.end]`.
    pub fn sentence_into(&self, text: &str, block: Span, sent: Span, out: &mut Vec<RegionMention>) {
        let i = self.starts.partition_point(|&s| s < block.start);
        let ms = match self.block(i) {
            Some(ms)
                if self.starts[i] == block.start
                    && sent.start >= block.start
                    && sent.end <= block.end =>
            {
                ms
            }
            _ => return find_regions_into(&text[sent.start..sent.end], out),
        };
        // (offsets in the block: only once the sentence is known to lie inside it)
        let bt = &text[block.start..block.end];
        let (lo, hi) = (sent.start - block.start, sent.end - block.start);
        let first = ms.partition_point(|m| m.span.end <= lo);
        let last = first + ms[first..].partition_point(|m| m.span.start < hi);
        let inside = &ms[first..last];
        let straddles = inside
            .first()
            .is_some_and(|m| m.span.start < lo || m.span.end > hi)
            || inside.last().is_some_and(|m| m.span.end > hi);
        if straddles || !start_sealed(bt.as_bytes(), lo, hi) || !end_sealed(bt.as_bytes(), lo, hi) {
            return find_regions_into(&text[sent.start..sent.end], out);
        }
        out.clear();
        out.extend(inside.iter().map(|m| RegionMention {
            span: Span::new(m.span.start - lo, m.span.end - lo),
            name: Span::new(m.name.start - lo, m.name.end - lo),
            ..m.clone()
        }));
    }
}

/// An ASCII alphanumeric run starting at `s`: its end.
fn run_end(b: &[u8], s: usize, hi: usize) -> usize {
    let mut e = s;
    while e < hi && ALNUM[b[e] as usize] {
        e += 1;
    }
    e
}

/// Does no rule read before `lo` (the sentence `b[lo..hi]` of a block `b`)?
fn start_sealed(b: &[u8], lo: usize, hi: usize) -> bool {
    let mut k = lo;
    while k > 0 && matches!(b[k - 1], b' ' | b'\t') {
        k -= 1;
    }
    if k == 0 || matches!(b[k - 1], b'\n' | b'\r') {
        return true; // a line start: the same context as the start of the text
    }
    // mid-line: after punctuation and spaces, no word before ("in", "of", "pro-")
    let c = b[lo - 1];
    if c >= 0x80 || ALNUM[c as usize] || c == b'-' {
        return false;
    }
    let mut k = lo;
    while k > 0 && b[k - 1] == b' ' {
        k -= 1;
    }
    if k > 0 && (b[k - 1] >= 0x80 || ALNUM[b[k - 1] as usize]) {
        return false;
    }
    // A wire dateline counts only at a line start: a first word that starts a name
    // followed by "(", " (", " -", " –", " —" or "," (one word), or that may start a
    // name of several words, is read alone.
    if !b[lo].is_ascii_uppercase() {
        return true;
    }
    let e = run_end(b, lo, hi);
    let after = &b[e..hi];
    let dateline = matches!(after, [b'(' | b',', ..] | [b' ', b'(' | b'-' | 0xE2, ..]);
    let w = &b[lo..e];
    !(w.len() >= 2 && (dateline || starts_long_name(w)) && index().may_start(w))
}

/// Does no rule read at or after `hi` (the sentence `b[lo..hi]` of a block `b`)?
fn end_sealed(b: &[u8], lo: usize, hi: usize) -> bool {
    if hi == b.len() {
        return true;
    }
    let mut k = hi;
    while k > lo && !ALNUM[b[k - 1] as usize] {
        k -= 1;
    }
    if k == lo {
        return true; // no word, no mention
    }
    if k == hi {
        // a last word ending the sentence: only a line break after it
        return matches!(b[hi], b'\n' | b'\r');
    }
    // what follows a name ending the sentence: "MOSCOW (", "KURSK, 9", "Kyiv-", "’s"
    if matches!(b[k], b'(' | b',' | b' ' | b'-' | b'\'') {
        return false;
    }
    // a name of several words running on across the full stop: "Nizhny. Novgorod"
    runs_on(b, k, b.len()).is_none()
}

/// After the word ending at `e`: one to three separators of a name of several words
/// (as `rules::skip_name_separator`) and a word (before `hi`) that is a later word of
/// some name ("Novgorod", "Petersburg"). Its start.
fn runs_on(b: &[u8], e: usize, hi: usize) -> Option<usize> {
    let mut p = e;
    let mut seps = 0;
    while seps < 3 {
        let rest = &b[p..hi];
        p += match rest {
            [b' ' | b'-' | b'\'' | b'.', ..] => 1,
            [0xC2, 0xA0, ..] => 2,
            [0xE2, 0x80, 0x99, ..] => 3,
            _ => break,
        };
        seps += 1;
    }
    if seps == 0 || p >= hi || !ALNUM[b[p] as usize] {
        return None;
    }
    let q = run_end(b, p, hi);
    later_word(&b[p..q]).then_some(p)
}

/// Words of names (lowercase, sorted), and a bit per their first two letters
/// (26 × 27: a one-letter word has a second "letter" 26): most words are out at
/// the bit.
struct WordSet {
    words: Vec<&'static str>,
    pairs: [u64; 11],
    /// A bit per [`word_bit`] of the words: a second quick reject.
    hashes: [u64; WORD_BITS / 64],
}

const WORD_BITS: usize = 1 << 12;

/// A hash of the word `w`, lower-cased, below `WORD_BITS`.
fn word_bit(w: &[u8]) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for &c in w {
        h = (h ^ u32::from(c | 0x20)).wrapping_mul(0x0100_0193);
    }
    (h >> (32 - WORD_BITS.trailing_zeros())) as usize
}

impl WordSet {
    fn new(words: impl Iterator<Item = &'static str>) -> Self {
        let mut words: Vec<&'static str> = words.collect();
        words.sort_unstable();
        words.dedup();
        let mut pairs = [0u64; 11];
        let mut hashes = [0u64; WORD_BITS / 64];
        for w in &words {
            let t = word_bit(w.as_bytes());
            hashes[t / 64] |= 1 << (t % 64);
            // (a word that is not letters may be any: every pair)
            match pair_bit(w.as_bytes()) {
                Some(t) => pairs[t / 64] |= 1 << (t % 64),
                None => pairs = [!0; 11],
            }
        }
        WordSet {
            words,
            pairs,
            hashes,
        }
    }

    /// Is `w` (any case) in the set?
    fn has(&self, w: &[u8]) -> bool {
        match pair_bit(w) {
            Some(t) if self.pairs[t / 64] & (1 << (t % 64)) == 0 => false,
            _ if self.hashes[word_bit(w) / 64] & (1 << (word_bit(w) % 64)) == 0 => false,
            _ => self
                .words
                .binary_search_by(|k| gazetteer::cmp_ci(k, w))
                .is_ok(),
        }
    }
}

/// The bit of the first two letters of `w`, if ASCII letters.
fn pair_bit(w: &[u8]) -> Option<usize> {
    let l = |c: u8| {
        c.is_ascii_alphabetic()
            .then(|| (c.to_ascii_lowercase() - b'a') as usize)
    };
    let second = match w.get(1) {
        None => 26,
        Some(&c) => l(c)?,
    };
    Some(l(*w.first()?)? * 27 + second)
}

/// Could `w` (any case) be the second or a later word of a name?
fn later_word(w: &[u8]) -> bool {
    static LATER: OnceLock<WordSet> = OnceLock::new();
    LATER
        .get_or_init(|| {
            let es = &index().entries;
            WordSet::new(
                es.iter()
                    .flat_map(|en| en.words[1..en.n as usize].iter().copied()),
            )
        })
        .has(w)
}

/// Could `w` (any case) start a name of several words ("Nizhny", "Stary")?
fn starts_long_name(w: &[u8]) -> bool {
    static FIRSTS: OnceLock<WordSet> = OnceLock::new();
    FIRSTS
        .get_or_init(|| {
            let es = &index().entries;
            WordSet::new(es.iter().filter(|en| en.n > 1).map(|en| en.first))
        })
        .has(w)
}

#[cfg(test)]
#[path = "sentence_tests.rs"]
mod tests;

//! The gazetteer's data model and its index: every form (lowercase ASCII) indexed
//! by its first word in a sorted table, built once.
//!
//! Data format ([`Subject`]): each field is a `|`-separated list of lowercase forms;
//! words inside a form are separated by a space, a hyphen or an apostrophe (they
//! match any of those in text: "rostov-on-don" = "Rostov on Don"). A form may start
//! with flags:
//! - `!` strict: also a common person or thing name ("Vladimir", "Kirov", "Engels"):
//!   counted only with a designator ("Vladimir region"), after a place preposition
//!   ("in Vladimir"), before "airbase"/"airfield" or in an all-caps dateline;
//! - `^` capital: the name also stands for a government ("Moscow said", "Kyiv’s
//!   forces"): the metonymy rules of `regions.rs` apply;
//! - `~` river: also a river ("the Dnipro", "Dnipro River" are not the city);
//! - `#` republic: the Russian-installed "people's republics" and other
//!   "Republic of ..." forms (kind [`Kind::Republic`]).

use std::cmp::Ordering;
use std::sync::OnceLock;

use super::Kind;

/// One first-level region: its canonical name and the forms that name it.
pub(crate) struct Subject {
    /// Canonical short English name.
    pub name: &'static str,
    /// Forms of the region's own name (kind Region).
    pub names: &'static str,
    /// Adjective stems of the name, ending in "sk"/"zk": "belgorodsk" matches
    /// "Belgorodskaya oblast", "kharkivsk" "Kharkivska oblast". Only counted before
    /// a designator.
    pub adj: &'static str,
    /// Towns, villages, districts (kind Town).
    pub places: &'static str,
    /// Adjective stems of district names: "shebekinsk" ("Shebekinsky district").
    pub place_adj: &'static str,
}

/// A subject of the data tables (`gazetteer_ru`, `gazetteer_ua`), field by field.
pub(super) const fn s(
    name: &'static str,
    names: &'static str,
    adj: &'static str,
    places: &'static str,
    place_adj: &'static str,
) -> Subject {
    Subject {
        name,
        names,
        adj,
        places,
        place_adj,
    }
}

pub(crate) const STRICT: u8 = 1;
pub(crate) const CAPITAL: u8 = 2;
pub(crate) const RIVER: u8 = 4;
/// The most words a form may have ("autonomous republic of crimea").
pub(crate) const MAX_WORDS: usize = 6;

/// One form of a place name.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    /// First word, lowercase.
    pub first: &'static str,
    /// The whole form, lowercase, without its flags.
    pub form: &'static str,
    /// Its words (`words[..n]`).
    pub words: [&'static str; MAX_WORDS],
    pub n: u8,
    pub region: &'static str,
    pub kind: Kind,
    pub flags: u8,
}

/// An adjective stem ("belgorodsk") and its region.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Adj {
    pub stem: &'static str,
    pub region: &'static str,
    pub kind: Kind,
}

pub(crate) struct Index {
    /// Sorted by first word, then longest form first.
    pub entries: Vec<Entry>,
    /// Sorted by stem.
    pub adjs: Vec<Adj>,
    /// The distinct first words, sorted, each with its range in `entries`.
    /// With the word's first eight bytes packed big-endian ([`pack8`]).
    firsts: Vec<(&'static str, u32, u32, u64)>,
    /// Per two-letter prefix (26 × 26), the range of `firsts` starting with it: a
    /// quick reject for capitalised words that start no name, and a small search.
    buckets: Vec<(u32, u32)>,
    /// Bit per two-letter prefix of every first word and adjective stem.
    prefix: [u64; 11],
    /// Bit per [`tri_bit`] of every first word and adjective stem: a second,
    /// finer quick reject.
    tri: Vec<u64>,
    /// Bit per [`word_bit`] of every first word: a token passes only as one of them
    /// or with an adjective ending (the third quick reject: "The", "Governor").
    whole: Vec<u64>,
}

/// Bits in `Index::tri`.
const TRI_BITS: usize = 1 << 14;
/// Bits in `Index::whole`.
const WORD_BITS: usize = 1 << 15;

/// A hash of the whole word `w` (lower-cased if `lower`: a token, not a key), below
/// `WORD_BITS`: a token and the first word it equals (as `cmp_ci` compares) hash alike.
fn word_bit(w: &[u8], lower: bool) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for &c in w {
        let c = if lower { c.to_ascii_lowercase() } else { c };
        h = (h ^ u32::from(c)).wrapping_mul(0x0100_0193);
    }
    (h.wrapping_mul(0x9E37_79B1) >> (32 - WORD_BITS.trailing_zeros())) as usize
}

/// A hash of the first three letters of `w` (lower-cased; 0 for a third letter of a
/// two-letter word), below `TRI_BITS`. A token and a first word or adjective stem it
/// can match (the word itself; a stem of at least four letters) hash alike.
fn tri_bit(w: &[u8]) -> usize {
    let l = |k: usize| w.get(k).map_or(0, |c| c.to_ascii_lowercase() as u32);
    let c = if w.len() >= 3 { l(2) } else { 0 };
    let h = (l(0) << 16 | l(1) << 8 | c).wrapping_mul(0x9E37_79B1);
    (h >> (32 - TRI_BITS.trailing_zeros())) as usize
}

pub(crate) fn subjects() -> impl Iterator<Item = (&'static Subject, &'static str)> {
    let ru = super::gazetteer_ru::RUSSIA.iter().map(|s| (s, "Russia"));
    let ua = super::gazetteer_ua::UKRAINE.iter().map(|s| (s, "Ukraine"));
    ru.chain(ua)
}

/// The words of a form or of a text fragment: ASCII alphanumeric runs.
pub(crate) fn words(form: &str) -> impl Iterator<Item = &str> {
    form.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

fn parse_list(list: &'static str) -> impl Iterator<Item = (&'static str, u8, bool)> {
    list.split('|').filter_map(|raw| {
        let mut f = raw.trim();
        let (mut flags, mut republic) = (0, false);
        loop {
            match f.as_bytes().first() {
                Some(b'!') => flags |= STRICT,
                Some(b'^') => flags |= CAPITAL,
                Some(b'~') => flags |= RIVER,
                Some(b'#') => republic = true,
                _ => break,
            }
            f = &f[1..];
        }
        (!f.is_empty()).then_some((f, flags, republic))
    })
}

fn prefix_bit(w: &[u8]) -> Option<usize> {
    let a = w.first()?.to_ascii_lowercase();
    let b = w.get(1)?.to_ascii_lowercase();
    if a.is_ascii_lowercase() && b.is_ascii_lowercase() {
        Some((a - b'a') as usize * 26 + (b - b'a') as usize)
    } else {
        None
    }
}

fn build() -> Index {
    let mut entries = Vec::new();
    let mut adjs = Vec::new();
    for (s, _) in subjects() {
        for (list, kind) in [(s.names, Kind::Region), (s.places, Kind::Town)] {
            for (form, flags, republic) in parse_list(list) {
                let Some(first) = words(form).next() else {
                    continue;
                };
                let kind = if republic { Kind::Republic } else { kind };
                let mut ws = [""; MAX_WORDS];
                let mut n = 0;
                for w in words(form) {
                    ws[n] = w;
                    n += 1;
                }
                let n = n as u8;
                entries.push(Entry {
                    first,
                    form,
                    words: ws,
                    n,
                    region: s.name,
                    kind,
                    flags,
                });
            }
        }
        for (list, kind) in [(s.adj, Kind::Region), (s.place_adj, Kind::District)] {
            for (stem, _, _) in parse_list(list) {
                adjs.push(Adj {
                    stem,
                    region: s.name,
                    kind,
                });
            }
        }
    }
    entries.sort_by(|a, b| {
        (a.first.cmp(b.first))
            .then(b.n.cmp(&a.n))
            .then(a.form.cmp(b.form))
    });
    entries.dedup_by(|a, b| a.form == b.form && a.region == b.region);
    adjs.sort_by(|a, b| a.stem.cmp(b.stem).then(a.region.cmp(b.region)));
    adjs.dedup_by(|a, b| a.stem == b.stem && a.region == b.region);
    let mut prefix = [0u64; 11];
    let firsts = entries
        .iter()
        .map(|e| e.first)
        .chain(adjs.iter().map(|a| a.stem));
    let mut tri = vec![0u64; TRI_BITS / 64];
    for w in firsts {
        if let Some(bit) = prefix_bit(w.as_bytes()) {
            prefix[bit / 64] |= 1 << (bit % 64);
        }
        let t = tri_bit(w.as_bytes());
        tri[t / 64] |= 1 << (t % 64);
    }
    let mut whole = vec![0u64; WORD_BITS / 64];
    for e in &entries {
        let t = word_bit(e.first.as_bytes(), false);
        whole[t / 64] |= 1 << (t % 64);
    }
    let mut firsts: Vec<(&'static str, u32, u32, u64)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        match firsts.last_mut() {
            Some(f) if f.0 == e.first => f.2 = i as u32 + 1,
            _ => firsts.push((
                e.first,
                i as u32,
                i as u32 + 1,
                pack8(e.first.as_bytes(), false),
            )),
        }
    }
    let mut buckets = vec![(0u32, 0u32); 26 * 26];
    for (i, f) in firsts.iter().enumerate() {
        if let Some(bit) = prefix_bit(f.0.as_bytes()) {
            let bk = &mut buckets[bit];
            if bk.1 == 0 {
                bk.0 = i as u32;
            }
            bk.1 = i as u32 + 1;
        }
    }
    Index {
        entries,
        adjs,
        firsts,
        buckets,
        prefix,
        tri,
        whole,
    }
}

/// The gazetteer's index, built on first use.
pub(crate) fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(build)
}

/// The first eight bytes of `w` (lower-cased if `lower`: a token, not a key),
/// big-endian, zero-padded: for words without zero bytes, comparing a key's and a
/// token's orders them as `cmp_ci` does on those bytes.
fn pack8(w: &[u8], lower: bool) -> u64 {
    let mut buf = [0u8; 8];
    for (d, &c) in buf.iter_mut().zip(w) {
        *d = if lower { c.to_ascii_lowercase() } else { c };
    }
    u64::from_be_bytes(buf)
}

/// `key` (lowercase) against `tok` (any case), as if `tok` were lowercased.
pub(crate) fn cmp_ci(key: &str, tok: &[u8]) -> Ordering {
    let k = key.as_bytes();
    for (x, y) in k.iter().zip(tok) {
        match x.cmp(&y.to_ascii_lowercase()) {
            Ordering::Equal => {}
            o => return o,
        }
    }
    k.len().cmp(&tok.len())
}

impl Index {
    /// Could this word (a whole token) start a name: its first two and three letters
    /// those of a first word or adjective stem, and the word itself a first word or
    /// with an adjective ending? (Every token `match_at` accepts passes.)
    #[inline]
    pub fn may_start(&self, tok: &[u8]) -> bool {
        let t = tri_bit(tok);
        match prefix_bit(tok) {
            Some(bit) => {
                self.prefix[bit / 64] & (1 << (bit % 64)) != 0
                    && self.tri[t / 64] & (1 << (t % 64)) != 0
                    && ({
                        let w = word_bit(tok, true);
                        self.whole[w / 64] & (1 << (w % 64)) != 0
                    } || super::rules::adjective_stem(tok).is_some())
            }
            None => false,
        }
    }

    /// Every form whose first word is `tok` (case-insensitive), longest first.
    pub fn starting_with(&self, tok: &[u8]) -> &[Entry] {
        let Some(bit) = prefix_bit(tok) else {
            return &[];
        };
        let (lo, hi) = self.buckets[bit];
        let bucket = &self.firsts[lo as usize..hi as usize];
        // by the packed first eight bytes, then (rarely) the rest: as `cmp_ci`
        let key = pack8(tok, true);
        let rest = tok.get(8..).unwrap_or(&[]);
        let search = bucket.binary_search_by(|f| {
            f.3.cmp(&key)
                .then_with(|| cmp_ci(f.0.get(8..).unwrap_or(""), rest))
        });
        match search {
            Ok(i) => &self.entries[bucket[i].1 as usize..bucket[i].2 as usize],
            Err(_) => &[],
        }
    }

    /// The adjective stem `stem` (case-insensitive).
    pub fn adjective(&self, stem: &[u8]) -> Option<&Adj> {
        let i = self
            .adjs
            .partition_point(|a| cmp_ci(a.stem, stem) == Ordering::Less);
        self.adjs
            .get(i)
            .filter(|a| cmp_ci(a.stem, stem) == Ordering::Equal)
    }
}

#[cfg(test)]
mod quick_reject {
    use super::*;

    #[test]
    fn every_first_word_and_adjective_passes_the_quick_reject() {
        let idx = index();
        for f in &idx.firsts {
            assert!(f.0.bytes().all(|c| c.is_ascii_alphanumeric()), "{}", f.0);
        }
        for e in &idx.entries {
            for w in [e.first.to_string(), e.first.to_ascii_uppercase()] {
                if w.len() >= 2 {
                    assert!(idx.may_start(w.as_bytes()), "{w}");
                }
            }
        }
        for a in idx.adjs.iter().filter(|a| a.stem.len() >= 4) {
            for end in ["aya", "y", "iy", "oye"] {
                let w = format!("{}{end}", a.stem);
                assert!(idx.may_start(w.as_bytes()), "{w}");
            }
        }
        // ordinary capitalised words mostly fail it
        let common = [
            "The",
            "Ministry",
            "Kremlin",
            "Russian",
            "Ukrainian",
            "After",
            "When",
            "However",
            "Officials",
            "Governor",
            "Monday",
            "Sunday",
        ];
        let pass: Vec<_> = common
            .iter()
            .filter(|w| idx.may_start(w.as_bytes()))
            .collect();
        assert!(pass.len() <= 2, "{pass:?}");
    }
}

//! Corpus level: MinHash LSH candidates, boilerplate statistics, verification.

use super::{fx, intersection, mix64, Shingles, Similarity};
use super::{BAND_ROWS, BUCKET_CAP, MIN_WORDS, SIGNATURE_LEN};

/// In a corpus of at least this many texts, a shingle found in at least
/// `max(BOILERPLATE_DOCS, n / 500)` texts (estimated on a sample of 10,000
/// texts when the corpus is larger) is boilerplate
/// (banners, newsletter appeals, agency footers) and is left out when a pair is
/// verified, as long as both texts keep at least [`MIN_OWN_SHINGLES`] of their
/// own; otherwise (a text that is all boilerplate, or a story syndicated more
/// widely than that) the full sets decide. Well above the number of copies of
/// one story a corpus normally holds.
pub const BOILERPLATE_DOCS: usize = 100;
/// See [`BOILERPLATE_DOCS`].
pub const MIN_OWN_SHINGLES: usize = 15;

const BANDS: usize = SIGNATURE_LEN / BAND_ROWS;
/// How many of the first bands a candidate pair is looked up in, to be found only once
/// (see `pairs_of`): copies share nearly every band, so two bands find most of them.
const RECHECK: usize = 2;
const BIN_BITS: u32 = SIGNATURE_LEN.trailing_zeros();

/// Document frequencies are counted on every `n / DF_SAMPLE`-th text only.
const DF_SAMPLE: usize = 10_000;

/// Saturating document-frequency counts of shingle hashes over a sample of the
/// texts: one u8 counter per hash slot, about 4 shingles per slot, so a slot
/// rarely reaches the threshold (≥ 20 in the sample) by chance; ≤ 4 MB.
struct DocFreq {
    counts: Vec<u8>,
    mask: usize,
    threshold: u8,
}

impl DocFreq {
    /// Counts the sample; `None` for a corpus too small to tell boilerplate.
    fn count(texts: &Shingles) -> Option<DocFreq> {
        let n = texts.len();
        if n < BOILERPLATE_DOCS {
            return None;
        }
        let step = (n / DF_SAMPLE).max(1);
        let bytes: usize = texts.bytes.iter().step_by(step).sum();
        // About one shingle per 6 bytes of text.
        let size = (bytes / 6 / 4).next_power_of_two().clamp(1 << 12, 1 << 22);
        let threshold = (BOILERPLATE_DOCS.max(n / 500) / step).clamp(2, 255) as u8;
        let mut df = DocFreq {
            counts: vec![0; size],
            mask: size - 1,
            threshold,
        };
        // Repeats within a text are rare enough to be counted twice.
        for t in (0..n).step_by(step) {
            for &s in texts.of(t) {
                let c = &mut df.counts[s as usize & df.mask];
                *c = c.saturating_add(1);
            }
        }
        Some(df)
    }
    #[inline]
    fn common(&self, h: u64) -> bool {
        self.counts[h as usize & self.mask] >= self.threshold
    }
}

/// One-permutation MinHash bins, densified, as LSH band keys: band `b`'s key goes to
/// `keys[b * stride]` (the keys of one band lie together, for the pass over a band).
fn band_keys(mut bins: [u64; SIGNATURE_LEN], keys: &mut [u64], stride: usize) {
    // Optimal densification: an empty bin borrows from the first non-empty bin
    // of its own pseudo-random probe sequence (the same for every text).
    let filled = bins;
    for (i, bin) in bins.iter_mut().enumerate() {
        let mut attempt = 1u64;
        while *bin == EMPTY {
            let j = (mix64((i as u64) << 32 | attempt) >> (64 - BIN_BITS)) as usize;
            if filled[j] != EMPTY {
                *bin = mix64(filled[j] ^ attempt);
            }
            attempt += 1;
        }
    }
    for (b, band) in bins.chunks(BAND_ROWS).enumerate() {
        keys[b * stride] = mix64(band.iter().fold(0u64, |h, &v| fx(h, v)));
    }
}

const EMPTY: u64 = u64::MAX;

#[inline]
fn bit(bits: &[u64], k: usize) -> bool {
    bits[k / 64] >> (k % 64) & 1 != 0
}

/// Puts a shingle into its MinHash bin.
#[inline]
fn bin(bins: &mut [u64; SIGNATURE_LEN], s: u64) {
    let b = (s >> (64 - BIN_BITS)) as usize;
    let v = s & (u64::MAX >> BIN_BITS);
    if v < bins[b] {
        bins[b] = v;
    }
}

/// A text's shingles for verification (32-bit hashes, sorted): its own and
/// the corpus's boilerplate.
struct Sets {
    own: Vec<u32>,
    common: Vec<u32>,
}

#[path = "lsh_screen.rs"]
mod screen;

/// `shingles`: a text's shingles, `first`: the index of its first in the corpus;
/// `common`: one bit per corpus shingle, set for boilerplate (empty: none is).
fn sets(shingles: &[u64], first: usize, common_bits: &[u64], tmp: &mut Vec<u32>) -> Sets {
    let (mut own, mut common) = (Vec::with_capacity(shingles.len()), Vec::new());
    if common_bits.is_empty() {
        own.extend(shingles.iter().map(|&s| (s >> 32) as u32));
    } else {
        for (k, &s) in shingles.iter().enumerate() {
            if bit(common_bits, first + k) {
                common.push((s >> 32) as u32);
            } else {
                own.push((s >> 32) as u32);
            }
        }
    }
    for v in [&mut own, &mut common] {
        radix_sort_u32(v, tmp);
        v.dedup();
    }
    Sets { own, common }
}

fn verify(a: &Sets, b: &Sets, min_words: usize) -> bool {
    let (la, lb) = (a.own.len() + a.common.len(), b.own.len() + b.common.len());
    let boiler_only = a.own.len().min(b.own.len()) < MIN_OWN_SHINGLES;
    let full = (a.common.is_empty() && b.common.is_empty()) || boiler_only;
    // The sizes alone may rule it out: the decision only grows with the shared
    // count, which is at most the smaller set.
    let (sa, sb) = if full {
        (la, lb)
    } else {
        (a.own.len(), b.own.len())
    };
    let Some(need) = least_shared(sa, sb, min_words) else {
        return false;
    };
    // The own shingles in common, or the decision as soon as it is sure: the
    // shared count (own, plus the common ones when `full`) only grows.
    let extra = if full {
        a.common.len().min(b.common.len())
    } else {
        0
    };
    let own_shared = match intersection_until(&a.own, &b.own, need, extra) {
        Ok(n) => n,
        Err(decided) => return decided,
    };
    let sim = if full {
        let shared = own_shared + intersection(&a.common, &b.common);
        Similarity::from_counts(shared, la, lb, min_words, false)
    } else {
        Similarity::from_counts(own_shared, a.own.len(), b.own.len(), min_words, false)
    };
    sim.is_copy()
}

/// The least shared count that makes sets of `sa` and `sb` shingles copies (the
/// decision only grows with it), or `None` when even the smaller set whole does not.
fn least_shared(sa: usize, sb: usize, min_words: usize) -> Option<usize> {
    let copy = |s: usize| Similarity::from_counts(s, sa, sb, min_words, false).is_copy();
    let (mut lo, mut hi) = (0, sa.min(sb));
    if !copy(hi) {
        return None;
    }
    while lo < hi {
        let mid = (lo + hi) / 2;
        if copy(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Some(lo)
}

/// `|a ∩ b|` of two sorted sets, merged 64 steps at a time; between them,
/// `Err(true)` once `need` are shared, `Err(false)` once `need` is out of reach
/// even with `extra` more.
fn intersection_until(a: &[u32], b: &[u32], need: usize, extra: usize) -> Result<usize, bool> {
    let (mut i, mut j, mut n) = (0, 0, 0);
    loop {
        let (ei, ej) = ((i + 64).min(a.len()), (j + 64).min(b.len()));
        // branch-free merge: the comparisons of hash values are unpredictable
        while i < ei && j < ej {
            let (x, y) = (a[i], b[j]);
            n += usize::from(x == y);
            i += usize::from(x <= y);
            j += usize::from(y <= x);
        }
        if i == a.len() || j == b.len() {
            return Ok(n);
        }
        if n >= need {
            return Err(true);
        }
        if n + (a.len() - i).min(b.len() - j) + extra < need {
            return Err(false);
        }
    }
}

/// Sorts `v`, hashes spread evenly over the 32 bits: a counting sort on their top
/// bits into about one slot per value, then an insertion pass that orders the few
/// values sharing a slot (a comparison sort when a slot is crowded). Linear time.
fn radix_sort_u32(v: &mut Vec<u32>, tmp: &mut Vec<u32>) {
    let n = v.len();
    if n < 32 {
        v.sort_unstable();
        return;
    }
    let bits = usize::BITS - n.leading_zeros(); // 2^bits > n slots
    let slot = |x: u32| (x >> (32 - bits)) as usize;
    let mut starts = vec![0u32; (1 << bits) + 1];
    for &x in v.iter() {
        starts[slot(x) + 1] += 1;
    }
    let mut crowded = false;
    for j in 1..starts.len() {
        crowded |= starts[j] > 16;
        starts[j] += starts[j - 1];
    }
    if crowded {
        v.sort_unstable(); // not spread: many equal or clustered values
        return;
    }
    tmp.clear();
    tmp.resize(n, 0);
    for &x in v.iter() {
        let j = &mut starts[slot(x)];
        tmp[*j as usize] = x;
        *j += 1;
    }
    // ordered across slots; within a slot (a few values) by insertion
    for a in 1..n {
        let x = tmp[a];
        let mut b = a;
        while b > 0 && tmp[b - 1] > x {
            tmp[b] = tmp[b - 1];
            b -= 1;
        }
        tmp[b] = x;
    }
    std::mem::swap(v, tmp);
}

/// Sorts `(key, index)` pairs of uniformly hashed keys: a counting sort on the
/// top bits of the key, then an insertion sort within each (small) slot; the same
/// order as `sort_unstable` (the pairs are distinct), in linear time.
#[derive(Default)]
struct KeySorter {
    starts: Vec<u32>,
    next: Vec<u32>,
    tmp: Vec<(u64, u32)>,
}

impl KeySorter {
    fn sort(&mut self, v: &mut Vec<(u64, u32)>) {
        if v.len() < 64 {
            v.sort_unstable();
            return;
        }
        let bits = usize::BITS - v.len().leading_zeros(); // about one pair per slot
        let slot = |k: u64| (k >> (64 - bits)) as usize;
        self.starts.clear();
        self.starts.resize((1 << bits) + 1, 0);
        for &(k, _) in v.iter() {
            self.starts[slot(k) + 1] += 1;
        }
        for j in 1..self.starts.len() {
            self.starts[j] += self.starts[j - 1];
        }
        self.tmp.clear();
        self.tmp.resize(v.len(), (0, 0));
        self.next.clear();
        self.next.extend_from_slice(&self.starts);
        for &x in v.iter() {
            let j = &mut self.next[slot(x.0)];
            self.tmp[*j as usize] = x;
            *j += 1;
        }
        for w in self.starts.windows(2) {
            let run = &mut self.tmp[w[0] as usize..w[1] as usize];
            if run.len() > 32 {
                run.sort_unstable(); // many copies of one story, or a rare crowd
                continue;
            }
            for a in 1..run.len() {
                let mut b = a;
                while b > 0 && run[b] < run[b - 1] {
                    run.swap(b, b - 1);
                    b -= 1;
                }
            }
        }
        std::mem::swap(v, &mut self.tmp);
    }
}

/// A candidate pair `(min, max)` as one sortable word: `min << bits | max`, where
/// every text index is below `1 << bits`.
#[inline]
fn push(pairs: &mut Vec<u64>, bits: u32, a: u32, b: u32) {
    pairs.push((a.min(b) as u64) << bits | a.max(b) as u64);
}

/// Sorts and deduplicates `v`, whose values are below `1 << bits`: a radix sort
/// (11-bit digits, least significant first) for long vectors.
fn sort_dedup(v: &mut Vec<u64>, tmp: &mut Vec<u64>, bits: u32) {
    const DIGIT: u32 = 11;
    if v.len() < 4096 {
        v.sort_unstable();
    } else {
        tmp.clear();
        tmp.resize(v.len(), 0);
        let mut count = vec![0usize; 1 << DIGIT];
        let mut shift = 0;
        while shift < bits {
            count.iter_mut().for_each(|c| *c = 0);
            for &x in v.iter() {
                count[(x >> shift) as usize & ((1 << DIGIT) - 1)] += 1;
            }
            let mut sum = 0;
            for c in count.iter_mut() {
                let t = *c;
                *c = sum;
                sum += t;
            }
            for &x in v.iter() {
                let d = (x >> shift) as usize & ((1 << DIGIT) - 1);
                tmp[count[d]] = x;
                count[d] += 1;
            }
            std::mem::swap(v, tmp);
            shift += DIGIT;
        }
    }
    v.dedup();
}

/// Pairs `(i, j)`, `i < j`, of texts that are copies of one story (see
/// [`is_copy`](super::is_copy)), sorted. Candidates come from MinHash LSH, so a copy pair of
/// low resemblance may rarely be missed; when a band bucket is larger than
/// [`BUCKET_CAP`], only neighbouring members are compared, so a group of many
/// copies may come back as a connected chain rather than every pair. In a large
/// corpus, boilerplate shingles are discounted (see [`BOILERPLATE_DOCS`]).
pub fn near_duplicates(texts: &[&str]) -> Vec<(usize, usize)> {
    let mut sh = Shingles::new();
    for t in texts {
        sh.push(t);
    }
    near_duplicates_of(&sh)
}

/// [`near_duplicates`] of texts shingled beforehand.
pub fn near_duplicates_of(texts: &Shingles) -> Vec<(usize, usize)> {
    pairs_of(texts, false)
}

/// Copy pairs of texts shingled beforehand that link the same groups as
/// [`near_duplicates_of`] (the same connected components), found faster: a
/// candidate pair whose texts are already linked through other pairs is not
/// verified. For grouping copies, not for listing every pair.
pub fn near_duplicate_links(texts: &Shingles) -> Vec<(usize, usize)> {
    pairs_of(texts, true)
}

/// Union-find root of `x`, with path halving.
fn root(parent: &mut [u32], mut x: usize) -> usize {
    while parent[x] as usize != x {
        let p = parent[parent[x] as usize];
        parent[x] = p;
        x = p as usize;
    }
    x
}

fn pairs_of(texts: &Shingles, links_only: bool) -> Vec<(usize, usize)> {
    let n = texts.len();
    let df = DocFreq::count(texts);
    // Which shingles are boilerplate, one bit each, looked up once.
    let mut common_bits: Vec<u64> = match df {
        Some(_) => vec![0; texts.hashes.len().div_ceil(64)],
        None => Vec::new(),
    };
    // Pass 2: sketch each text on its own shingles (all if it has too few).
    // band-major: the key of band `b` of the `k`-th sketch at `b * n + k`
    let mut keys: Vec<u64> = vec![0; BANDS * n];
    let mut sketched: Vec<u32> = Vec::new(); // text index of each sketch
    let words = &texts.words;
    let mut short: Vec<(u64, u32)> = Vec::new();
    for i in 0..n {
        let (mut own, mut n_own) = ([EMPTY; SIGNATURE_LEN], 0usize);
        let first = texts.start(i);
        let shingles = texts.of(i);
        if let Some(df) = df.as_ref() {
            for (k, &s) in shingles.iter().enumerate() {
                if df.common(s) {
                    common_bits[(first + k) / 64] |= 1 << ((first + k) % 64);
                } else {
                    bin(&mut own, s);
                    n_own += 1;
                }
            }
        }
        // (any shingle fills a bin of the sketch of all of them)
        if words[i] >= MIN_WORDS && !shingles.is_empty() {
            // the sketch of all shingles only where the own ones are too few
            if n_own < MIN_OWN_SHINGLES {
                own = [EMPTY; SIGNATURE_LEN];
                shingles.iter().for_each(|&s| bin(&mut own, s));
            }
            band_keys(own, &mut keys[sketched.len()..], n);
            sketched.push(i as u32);
        } else if words[i] > 0 {
            short.push((texts.seqs[i], i as u32));
        }
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    // Short texts: identical normalised words only.
    short.sort_unstable();
    for run in short.chunk_by(|a, b| a.0 == b.0) {
        for x in 0..run.len() {
            for y in x + 1..run.len() {
                let (a, b) = (run[x].1.min(run[y].1), run[x].1.max(run[y].1));
                out.push((a as usize, b as usize));
            }
        }
    }
    // LSH candidates among sketched texts: one sort per band.
    let mut cand: Vec<u64> = Vec::new();
    let mut tmp: Vec<u64> = Vec::new();
    let bits = usize::BITS - n.leading_zeros(); // every index < 1 << bits
    let mut bucket: Vec<(u64, u32)> = Vec::with_capacity(sketched.len());
    let mut sorter = KeySorter::default();
    let mut limit = 4 * n + 1024;
    // Per sketch, bit `b` for each of the first [`RECHECK`] bands whose bucket held it
    // with at most BUCKET_CAP others (so every pair of that bucket was a candidate).
    let mut small: Vec<u8> = vec![0; sketched.len()];
    for band in 0..BANDS {
        bucket.clear();
        // (sketch numbers, in the same order as the texts they sketch)
        bucket.extend((0..sketched.len()).map(|k| (keys[band * n + k], k as u32)));
        sorter.sort(&mut bucket);
        for run in bucket.chunk_by(|a, b| a.0 == b.0) {
            if run.len() <= BUCKET_CAP {
                if band < RECHECK {
                    run.iter()
                        .for_each(|&(_, k)| small[k as usize] |= 1 << band);
                }
                for x in 0..run.len() {
                    let kx = run[x].1 as usize;
                    for &(_, ky) in &run[x + 1..] {
                        // A pair that already shared a small bucket of an earlier band is
                        // a candidate already: copies share most bands, and would
                        // otherwise come once per band, to be sorted out again.
                        let ky = ky as usize;
                        let seen = (0..band.min(RECHECK)).any(|b| {
                            small[kx] >> b & 1 == 1 && keys[b * n + kx] == keys[b * n + ky]
                        });
                        if !seen {
                            push(&mut cand, bits, sketched[kx], sketched[ky]);
                        }
                    }
                }
            } else {
                run.windows(2).for_each(|w| {
                    push(
                        &mut cand,
                        bits,
                        sketched[w[0].1 as usize],
                        sketched[w[1].1 as usize],
                    )
                });
            }
        }
        if cand.len() > limit {
            sort_dedup(&mut cand, &mut tmp, 2 * bits);
            limit = 2 * cand.len() + 4 * n + 1024;
        }
    }
    sort_dedup(&mut cand, &mut tmp, 2 * bits);
    drop(tmp);
    // Verification on exact shingle sets, built once per text that needs them.
    // Each text's sets live from its first candidate pair to its last (then the
    // memory is reused).
    let mut last = vec![0usize; n];
    for (k, &ab) in cand.iter().enumerate() {
        last[(ab >> bits) as usize] = k;
        last[(ab & ((1u64 << bits) - 1)) as usize] = k;
    }
    let mut cache: Vec<Option<Sets>> = (0..n).map(|_| None).collect();
    // Bucket counts, which rule most candidates out before their sets are sorted.
    // (the outer `None`: not counted yet; the inner: too crowded to tell)
    let mut quick: Vec<Option<Option<Box<screen::Quick>>>> = (0..n).map(|_| None).collect();
    // screened candidates, and those the screen ruled out
    let (mut tried, mut ruled) = (0usize, 0usize);
    let mut sort_tmp: Vec<u32> = Vec::new();
    // links_only: the groups found so far (short texts' pairs included)
    let mut parent: Vec<u32> = Vec::new();
    if links_only {
        parent = (0..n as u32).collect();
        for &(a, b) in &out {
            let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
            parent[ra.max(rb)] = ra.min(rb) as u32;
        }
    }
    for (k, &ab) in cand.iter().enumerate() {
        let (a, b) = ((ab >> bits) as usize, (ab & ((1u64 << bits) - 1)) as usize);
        let linked = links_only && {
            let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
            ra == rb
        };
        // (a corpus of copies, whose candidates the counts hardly ever rule out,
        // soon goes without them)
        let screening = tried < 256 || ruled * 4 >= tried;
        let ruled_out = !linked && screening && {
            tried += 1;
            for t in [a, b] {
                if quick[t].is_none() {
                    quick[t] = Some(screen::quick(texts.of(t), texts.start(t), &common_bits));
                }
            }
            let out = match (&quick[a], &quick[b]) {
                (Some(Some(qa)), Some(Some(qb))) => {
                    screen::rules_out(qa, qb, words[a].min(words[b]))
                }
                _ => false,
            };
            ruled += usize::from(out);
            out
        };
        if !linked && !ruled_out {
            for t in [a, b] {
                if cache[t].is_none() {
                    let first = texts.start(t);
                    cache[t] = Some(sets(texts.of(t), first, &common_bits, &mut sort_tmp));
                }
            }
            if let (Some(sa), Some(sb)) = (&cache[a], &cache[b]) {
                if verify(sa, sb, words[a].min(words[b])) {
                    out.push((a, b));
                    if links_only {
                        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                        parent[ra.max(rb)] = ra.min(rb) as u32;
                    }
                }
            }
        }
        for t in [a, b] {
            if last[t] == k {
                cache[t] = None;
                quick[t] = None;
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
#[path = "lsh_tests.rs"]
mod sorter_tests;

//! A bound on the shingles two texts share, from counts per hash bucket: the pairs
//! that LSH proposes but that share little (template text in common) are ruled out
//! before their sets are sorted and merged. Exact: the shared count is never above
//! the bound and the sizes are never below theirs, so no copy is lost.

use super::{bit, least_shared, MIN_OWN_SHINGLES};

/// Buckets: about one value per bucket for a set of a few hundred shingles, where
/// unrelated sets rarely meet in one.
const BUCKETS: usize = 512;

/// A text's shingles (32-bit hashes as verification uses them, repeats included)
/// counted per bucket: `own` the own ones, `all` own and boilerplate together.
pub(super) struct Quick {
    own: [u8; BUCKETS],
    all: [u8; BUCKETS],
    /// Shingles with repeats: at least as many as the distinct ones.
    n_own: usize,
    n_common: usize,
    /// Buckets holding own (boilerplate) shingles: at most the distinct ones.
    least_own: usize,
    least_common: usize,
}

/// The [`Quick`] counts of a text (`shingles`, the first at `first` in the corpus;
/// `common_bits` as for `sets`); `None` where a count would pass 255.
pub(super) fn quick(shingles: &[u64], first: usize, common_bits: &[u64]) -> Option<Box<Quick>> {
    let mut q = Box::new(Quick {
        own: [0; BUCKETS],
        all: [0; BUCKETS],
        n_own: 0,
        n_common: 0,
        least_own: 0,
        least_common: 0,
    });
    // (the buckets counted as they fill: `least_own` those with an own shingle,
    // `least_common` those with a boilerplate one, where `all` passes `own`)
    for (k, &s) in shingles.iter().enumerate() {
        let x = (s >> 32) as usize % BUCKETS;
        let c = &mut q.all[x];
        *c = c.checked_add(1)?;
        if !common_bits.is_empty() && bit(common_bits, first + k) {
            q.n_common += 1;
            q.least_common += usize::from(q.all[x] - q.own[x] == 1);
        } else {
            q.least_own += usize::from(q.own[x] == 0);
            q.own[x] += 1; // (never above `all`)
            q.n_own += 1;
        }
    }
    Some(q)
}

/// Whether the counts alone show that the texts are not copies (as `verify` would
/// find): even the most they can share is below the least that a copy needs with
/// the fewest distinct shingles they can have. `false`: not sure.
pub(super) fn rules_out(a: &Quick, b: &Quick, min_words: usize) -> bool {
    // `verify`'s choice of sets: the own ones, or all when either has too few own
    let boiler_only = if a.n_own.min(b.n_own) < MIN_OWN_SHINGLES {
        true
    } else if a.least_own.min(b.least_own) >= MIN_OWN_SHINGLES {
        false
    } else {
        return false;
    };
    let full = (a.n_common == 0 && b.n_common == 0) || boiler_only;
    // (the least shared count a copy needs only grows with the sizes)
    let (sa, sb) = if full {
        (a.least_own + a.least_common, b.least_own + b.least_common)
    } else {
        (a.least_own, b.least_own)
    };
    match least_shared(sa, sb, min_words) {
        Some(need) => shared_bound(a, b, full) < need,
        None => false,
    }
}

/// At least the shingles both share (own ones; `full`: own and boilerplate): in each
/// bucket, the values both hold are at most the smaller count.
fn shared_bound(a: &Quick, b: &Quick, full: bool) -> usize {
    let (x, y) = if full {
        (&a.all, &b.all)
    } else {
        (&a.own, &b.own)
    };
    // (summed in chunks of u16, which the compiler keeps in vector registers)
    x.chunks_exact(64)
        .zip(y.chunks_exact(64))
        .map(|(p, q)| {
            p.iter()
                .zip(q)
                .map(|(&u, &v)| u16::from(u.min(v)))
                .sum::<u16>() as usize
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distinct_shared(a: &[u64], b: &[u64]) -> usize {
        let (mut a, mut b): (Vec<u32>, Vec<u32>) = (
            a.iter().map(|s| (s >> 32) as u32).collect(),
            b.iter().map(|s| (s >> 32) as u32).collect(),
        );
        for v in [&mut a, &mut b] {
            v.sort_unstable();
            v.dedup();
        }
        a.iter().filter(|x| b.binary_search(x).is_ok()).count()
    }

    fn distinct(a: &[u64]) -> usize {
        let mut v: Vec<u32> = a.iter().map(|s| (s >> 32) as u32).collect();
        v.sort_unstable();
        v.dedup();
        v.len()
    }

    #[test]
    fn bounds_hold_against_exact_counts() {
        let mut seed = 7u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            seed
        };
        for round in 0..200 {
            let shared: Vec<u64> = (0..round * 3).map(|_| next()).collect();
            let mut a = shared.clone();
            let mut b = shared[..shared.len() / 2].to_vec();
            a.extend((0..300).map(|_| next()));
            b.extend((0..(round % 7) * 80).map(|_| next()));
            // repeats, as a text repeating a sentence has
            a.extend_from_slice(&shared[..shared.len() / 3]);
            let (qa, qb) = (quick(&a, 0, &[]).unwrap(), quick(&b, 0, &[]).unwrap());
            assert!(shared_bound(&qa, &qb, false) >= distinct_shared(&a, &b));
            assert!(shared_bound(&qa, &qb, true) >= distinct_shared(&a, &b));
            assert!(qa.least_own <= distinct(&a) && distinct(&a) <= qa.n_own);
            assert_eq!(qa.n_common + qa.least_common, 0);
        }
    }

    #[test]
    fn boilerplate_bits_split_the_counts() {
        let texts: Vec<u64> = (1..=100u64)
            .map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15))
            .collect();
        // every fourth shingle boilerplate
        let mut bits = vec![0u64; 2];
        for k in (0..100).step_by(4) {
            bits[k / 64] |= 1 << (k % 64);
        }
        let q = quick(&texts, 0, &bits).unwrap();
        assert_eq!((q.n_own, q.n_common), (75, 25));
        assert!(q.least_common <= 25 && q.least_common > 15);
        assert_eq!(shared_bound(&q, &q, true), 100);
        assert_eq!(shared_bound(&q, &q, false), 75);
    }

    #[test]
    fn unrelated_texts_are_ruled_out_and_a_copy_is_not() {
        let h = |i: u64| i.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let a: Vec<u64> = (0..300).map(h).collect();
        let b: Vec<u64> = (300..600).map(h).collect();
        let (qa, qb) = (quick(&a, 0, &[]).unwrap(), quick(&b, 0, &[]).unwrap());
        assert!(rules_out(&qa, &qb, 300));
        assert!(!rules_out(&qa, &qa, 300));
        let c: Vec<u64> = (20..300).map(h).collect();
        assert!(!rules_out(&qa, &quick(&c, 0, &[]).unwrap(), 280));
    }

    #[test]
    fn a_crowded_bucket_gives_no_counts() {
        let many: Vec<u64> = (0..300u64).map(|i| (i * BUCKETS as u64) << 32).collect();
        assert!(quick(&many, 0, &[]).is_none());
    }
}

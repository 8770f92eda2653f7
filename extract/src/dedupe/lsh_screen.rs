//! A bound on the shingles two sets share, from counts per hash bucket: the pairs
//! that LSH proposes but that share little (template text in common) are ruled out
//! without the merge of their sets. Exact: the bound is never below the true count,
//! so no copy is lost.

/// Buckets: about one value per bucket for a set of a few hundred shingles, where
/// unrelated sets rarely meet in one.
const BUCKETS: usize = 512;

/// Per bucket, how many values of a set fall in it: `own` of the own shingles,
/// `all` of own and boilerplate together; `None` where a count would pass 255.
pub(super) struct Hist {
    own: [u8; BUCKETS],
    all: [u8; BUCKETS],
}

/// The histogram of a text's own and boilerplate shingle sets (disjoint: whether a
/// shingle is boilerplate depends on its hash alone).
pub(super) fn hist(own: &[u32], common: &[u32]) -> Option<Box<Hist>> {
    let mut h = Box::new(Hist {
        own: [0; BUCKETS],
        all: [0; BUCKETS],
    });
    for &x in own {
        let c = &mut h.own[x as usize % BUCKETS];
        *c = c.checked_add(1)?;
    }
    h.all = h.own;
    for &x in common {
        let c = &mut h.all[x as usize % BUCKETS];
        *c = c.checked_add(1)?;
    }
    Some(h)
}

/// At least `|A ∩ B|` of the own sets (`full`: of own and boilerplate together):
/// in each bucket, the values both share are at most the smaller count.
pub(super) fn shared_bound(a: &Hist, b: &Hist, full: bool) -> usize {
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

    fn merge_count(a: &[u32], b: &[u32]) -> usize {
        a.iter().filter(|x| b.binary_search(x).is_ok()).count()
    }

    #[test]
    fn the_bound_is_never_below_the_shared_count() {
        let mut seed = 7u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 32) as u32
        };
        for round in 0..200 {
            let shared: Vec<u32> = (0..round * 3).map(|_| next()).collect();
            let mut a: Vec<u32> = shared.clone();
            let mut b: Vec<u32> = shared[..shared.len() / 2].to_vec();
            a.extend((0..300).map(|_| next()));
            b.extend((0..(round % 7) * 80).map(|_| next()));
            let split = |v: &mut Vec<u32>| {
                v.sort_unstable();
                v.dedup();
                // every third value "boilerplate" by its hash, as in a corpus
                let (c, o): (Vec<u32>, Vec<u32>) = v.iter().partition(|&&x| x % 3 == 0);
                (o, c)
            };
            let ((ao, ac), (bo, bc)) = (split(&mut a), split(&mut b));
            let (ha, hb) = (hist(&ao, &ac).unwrap(), hist(&bo, &bc).unwrap());
            assert!(shared_bound(&ha, &hb, false) >= merge_count(&ao, &bo));
            let all = merge_count(&ao, &bo) + merge_count(&ac, &bc);
            assert!(shared_bound(&ha, &hb, true) >= all);
        }
    }

    #[test]
    fn unrelated_sets_get_a_low_bound_and_equal_sets_their_size() {
        let a: Vec<u32> = (0..300u32).map(|i| i.wrapping_mul(2654435761)).collect();
        let b: Vec<u32> = (300..600u32).map(|i| i.wrapping_mul(2654435761)).collect();
        let (ha, hb) = (hist(&a, &[]).unwrap(), hist(&b, &[]).unwrap());
        assert!(shared_bound(&ha, &hb, false) < 150);
        assert_eq!(shared_bound(&ha, &ha, false), 300);
        assert_eq!(shared_bound(&ha, &ha, true), 300);
    }

    #[test]
    fn a_crowded_bucket_gives_no_histogram() {
        let many: Vec<u32> = (0..300u32).map(|i| i * BUCKETS as u32).collect();
        assert!(hist(&many, &[]).is_none());
        assert!(hist(&[], &many).is_none());
    }
}

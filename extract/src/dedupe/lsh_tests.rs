//! Tests of the corpus-level helpers of `lsh`: the sorts and the early-decided
//! intersection.

use super::{intersection_until, least_shared, mix64, radix_sort_u32, KeySorter};
use crate::dedupe::{intersection, Similarity};

#[test]
fn early_decisions_agree_with_the_full_count() {
    // sets of 20..700 hashes sharing 0..100 % of the smaller, all sizes of extra
    for case in 0..400u64 {
        let (na, nb) = (
            20 + (mix64(case) % 400) as usize,
            20 + (mix64(case + 7) % 700) as usize,
        );
        let share = (mix64(case + 13) % 101) as usize;
        let common = na.min(nb) * share / 100;
        let set = |n: usize, salt: u64| {
            let mut v: Vec<u32> = (0..n as u64)
                .map(|i| {
                    let k = if (i as usize) < common { i } else { i + salt };
                    (mix64(k) >> 32) as u32
                })
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let (a, b) = (set(na, 1 << 40), set(nb, 1 << 41));
        let exact = intersection(&a, &b);
        for extra in [0usize, 3, 50] {
            let (sa, sb) = (a.len() + extra, b.len() + extra);
            let want = Similarity::from_counts(exact + extra, sa, sb, 100, false).is_copy();
            let got = match least_shared(sa, sb, 100) {
                None => false,
                Some(need) => match intersection_until(&a, &b, need, extra) {
                    Ok(n) => {
                        assert_eq!(n, exact);
                        Similarity::from_counts(n + extra, sa, sb, 100, false).is_copy()
                    }
                    Err(d) => d,
                },
            };
            assert_eq!(got, want, "case {case}, extra {extra}");
        }
    }
}

#[test]
fn hash_sort_orders_as_sort_unstable() {
    let mut tmp = Vec::new();
    for n in [0usize, 1, 31, 32, 33, 100, 511, 512, 513, 3000] {
        for kind in 0..4 {
            let mut v: Vec<u32> = (0..n as u64)
                .map(|i| match kind {
                    0 => (mix64(i) >> 32) as u32,               // spread hashes
                    1 => (mix64(i % 7) >> 32) as u32,           // many repeats
                    2 => (mix64(i) >> 40) as u32,               // all in low slots
                    _ => (mix64(i) >> 32) as u32 | 0xfff0_0000, // one crowded top
                })
                .collect();
            let mut want = v.clone();
            want.sort_unstable();
            radix_sort_u32(&mut v, &mut tmp);
            assert_eq!(v, want, "n = {n}, kind {kind}");
        }
    }
}

#[test]
fn key_sorter_orders_as_sort_unstable() {
    let mut sorter = KeySorter::default();
    for n in [0usize, 1, 5, 63, 64, 65, 1000, 5000] {
        // random keys, runs of equal keys (copies), a crowd of one key
        let mut v: Vec<(u64, u32)> = (0..n as u32)
            .map(|i| {
                let k = match i % 7 {
                    0 => 42,
                    1 | 2 => mix64(u64::from(i / 3)),
                    _ => mix64(u64::from(i) + 1_000_000),
                };
                (k, i)
            })
            .collect();
        v.reverse();
        let mut want = v.clone();
        want.sort_unstable();
        sorter.sort(&mut v);
        assert_eq!(v, want, "n = {n}");
    }
}

//! One sort for the whole page.
//!
//! Every `sort_by` with its own closure puts another copy of the standard library's sort
//! into the wasm (3–4 KB each; the page had thirteen). Here one stable merge sort orders
//! positions through a `dyn` comparison, so it is compiled once, and the generic wrapper
//! only moves items into the order it found.

use std::cmp::Ordering;

/// Short runs are sorted by insertion before merging.
const RUN: usize = 16;

/// Orders the positions in `idx` stably by `cmp`.
pub fn order(idx: &mut [u32], cmp: &dyn Fn(u32, u32) -> Ordering) {
    let n = idx.len();
    for run in idx.chunks_mut(RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 && cmp(run[j - 1], run[j]) == Ordering::Greater {
                run.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    if n <= RUN {
        return;
    }
    let mut buf = vec![0u32; n];
    let mut width = RUN;
    let mut from_idx = true;
    while width < n {
        {
            let (src, dst): (&[u32], &mut [u32]) = if from_idx {
                (&*idx, &mut buf)
            } else {
                (&buf, &mut *idx)
            };
            let mut lo = 0;
            while lo < n {
                let mid = (lo + width).min(n);
                let hi = (lo + 2 * width).min(n);
                merge(&src[lo..mid], &src[mid..hi], &mut dst[lo..hi], cmp);
                lo = hi;
            }
        }
        from_idx = !from_idx;
        width *= 2;
    }
    if !from_idx {
        idx.copy_from_slice(&buf);
    }
}

fn merge(a: &[u32], b: &[u32], out: &mut [u32], cmp: &dyn Fn(u32, u32) -> Ordering) {
    let (mut i, mut j) = (0, 0);
    for slot in out.iter_mut() {
        // take from the left run on ties: the sort is stable
        let left = j >= b.len() || (i < a.len() && cmp(a[i], b[j]) != Ordering::Greater);
        if left {
            *slot = a[i];
            i += 1;
        } else {
            *slot = b[j];
            j += 1;
        }
    }
}

/// Sorts `v` stably by `cmp`.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let mut idx: Vec<u32> = (0..v.len() as u32).collect();
    order(&mut idx, &|a, b| cmp(&v[a as usize], &v[b as usize]));
    let mut old: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(idx.iter().filter_map(|&i| old[i as usize].take()));
}

/// Sorts `v` stably by a key.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn agrees_with_the_standard_stable_sort_at_every_length() {
        let mut seed = 7;
        for n in [0, 1, 2, 15, 16, 17, 31, 32, 33, 100, 257, 1000, 4099] {
            // few distinct keys, so stability is tested too
            let v: Vec<(u64, usize)> = (0..n).map(|i| (lcg(&mut seed) % 13, i)).collect();
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = v.clone();
            std.sort_by(|a, b| a.0.cmp(&b.0));
            assert_eq!(ours, std, "n = {n}");
        }
    }

    #[test]
    fn sorts_by_key_descending_and_strings() {
        let mut v = vec![("b", 2), ("a", 2), ("c", 5), ("d", 1)];
        sort_by(&mut v, |x, y| y.1.cmp(&x.1).then(x.0.cmp(y.0)));
        assert_eq!(v, [("c", 5), ("a", 2), ("b", 2), ("d", 1)]);
        let mut w = vec!["pear", "apple", "fig"];
        sort_by_key(&mut w, |s| s.len());
        assert_eq!(w, ["fig", "pear", "apple"]);
    }

    #[test]
    fn orders_positions_already_sorted_and_reversed() {
        let mut up: Vec<u32> = (0..500).collect();
        order(&mut up, &|a, b| a.cmp(&b));
        assert!(up.windows(2).all(|w| w[0] < w[1]));
        let mut down: Vec<u32> = (0..500).collect();
        order(&mut down, &|a, b| b.cmp(&a));
        assert_eq!(down[0], 499);
        assert!(down.windows(2).all(|w| w[0] > w[1]));
    }
}

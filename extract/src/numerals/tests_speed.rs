//! Throughput of `find_numbers` on ~10 MB of news-like text:
//! `cargo test --release -p tally-extract --lib numerals::tests::speed -- --ignored --nocapture`

use super::find_numbers;
use std::time::Instant;

const PARA: &str = "Self-defense battalions were formed in the Belgorod Region at the governor’s \
    initiative in 2022 and currently comprise 2,092 people. On 24 February, about 3 thousand \
    residents of Shebekino were evacuated; between 20 and 30 men of the “Orlan” unit, as many \
    as 1.5 million roubles and a dozen drones were mentioned. Su-34 jets struck at 06:40, \
    killing two or three soldiers and wounding dozens, Gladkov said — the first such attack \
    in eight days. More than 40–50 volunteers signed contracts worth $10,000 each; several \
    hundred more are expected, according to the ministry’s statement on its website. ";

fn bench(name: &str, text: &str) {
    let mut best = f64::INFINITY;
    let mut n = 0;
    for _ in 0..3 {
        let t = Instant::now();
        n = find_numbers(text).len();
        best = best.min(t.elapsed().as_secs_f64());
    }
    let mb = text.len() as f64 / 1e6;
    println!(
        "numerals {name}: {mb:.1} MB, {n} expressions, best of 3 {best:.3} s, {:.0} MB/s",
        mb / best
    );
}

#[test]
#[ignore]
fn speed() {
    bench("news-like", &PARA.repeat(10_000_000 / PARA.len()));
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus");
    let mut corpus = String::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        corpus.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
    }
    if !corpus.is_empty() {
        bench("corpus", &corpus.repeat(10_000_000 / corpus.len()));
    }
}

/// The keyword filter lets through every word that may open a number expression:
/// every byte-string literal of the numeral sources, every word of up to three
/// letters and every word of the seed corpus.
#[test]
fn keyword_filter_keeps_every_opening_word() {
    use crate::numerals::keywords::may_be_keyword;
    use crate::numerals::{prefixes, words::may_start};
    let opens = |w: &[u8]| !prefixes(w).is_empty() || may_start(w);
    let mut vocab: Vec<Vec<u8>> = Vec::new();
    let sources = [
        include_str!("../numerals.rs"),
        include_str!("lex.rs"),
        include_str!("words.rs"),
        include_str!("digits.rs"),
    ];
    for src in sources {
        for lit in src.split("b\"").skip(1) {
            let w = lit.split('"').next().unwrap_or("");
            vocab.push(w.as_bytes().to_vec());
        }
    }
    let letters = b"abcdefghijklmnopqrstuvwxyz";
    for &a in letters {
        vocab.push(vec![a]);
        for &b in letters {
            vocab.push(vec![a, b]);
            for &c in letters {
                vocab.push(vec![a, b, c]);
            }
        }
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus");
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let text = std::fs::read_to_string(e.path()).unwrap_or_default();
        for w in text.split(|c: char| !c.is_ascii_alphabetic()) {
            vocab.push(w.to_ascii_lowercase().into_bytes());
        }
    }
    let mut checked = 0;
    for w in vocab {
        if w.is_empty() || w.len() > 16 || !w.iter().all(u8::is_ascii_lowercase) {
            continue;
        }
        checked += 1;
        assert!(
            may_be_keyword(&w) || !opens(&w),
            "{:?} opens a number expression but fails the keyword filter",
            String::from_utf8_lossy(&w)
        );
        let upper = w.to_ascii_uppercase();
        assert_eq!(may_be_keyword(&upper), may_be_keyword(&w));
    }
    assert!(checked > 18_000);
}

#[test]
fn letters_end_and_classes_agree_with_the_plain_ascii_tests() {
    use super::super::lex::{is_alnum, letters_end};
    for c in 0..=255u8 {
        assert_eq!(is_alnum(c), c.is_ascii_alphanumeric(), "byte {c:#x}");
    }
    // every byte value at every place of an 8-byte chunk, after letters of both cases
    let plain = |b: &[u8], mut i: usize| {
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        i
    };
    for c in 0..=255u8 {
        for pos in 0..20 {
            let mut v: Vec<u8> = (0..24)
                .map(|k| if k % 2 == 0 { b'a' } else { b'Z' })
                .collect();
            v[pos] = c;
            for from in 0..v.len() {
                assert_eq!(letters_end(&v, from), plain(&v, from), "{c:#x} at {pos}");
            }
        }
    }
    let text = "Über 40 Kämpfer, 7thRegiment zz@[`{AZaz";
    for from in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
        assert_eq!(
            letters_end(text.as_bytes(), from),
            plain(text.as_bytes(), from)
        );
    }
}

#[test]
fn match_prefix_agrees_with_matching_every_word() {
    use super::super::lex::{letters_end, lower, phrase, skip_ws};
    use super::super::{match_prefix, prefixes};
    // the version that matches the first word too
    let reference = |b: &[u8], i: usize, we: usize, words: &[&str]| {
        let mut p = i;
        for (k, w) in words.iter().enumerate() {
            if k == 0 && w.is_empty() {
                p = we;
                continue;
            }
            if k > 0 {
                let q = skip_ws(b, p);
                if q == p {
                    return None;
                }
                p = q;
            }
            p = phrase(b, p, &[w])?;
        }
        Some(p)
    };
    let texts = [
        "more than 10",
        "More5 than 3",
        "more than5",
        "approx. 40",
        "approx 40",
        "Approx.40",
        "at least 3",
        "at2 least",
        "up to 9",
        "a minimum of 2",
        "a1 minimum",
        "no fewer than 4",
        "just over 50",
        "between 3 and 4",
        "in excess of 7",
        "as many as 9",
        "equal to or more than 3",
    ];
    for t in texts {
        let b = t.as_bytes();
        let le = letters_end(b, 0);
        let mut buf = [0u8; 16];
        let Some(w) = lower(b, 0, le, &mut buf) else {
            continue;
        };
        for (words, _) in prefixes(w) {
            assert_eq!(
                match_prefix(b, 0, le, words),
                reference(b, 0, le, words),
                "{t:?} {words:?}"
            );
        }
    }
}

/// `keywords::next_initials` lets through every second word of the qualifier phrases
/// of its words, and it restricts only words that open no numeral alone (but "a", "an",
/// whose numerals it lists by hand: checked on examples).
#[test]
fn next_initials_keeps_every_second_word() {
    use crate::numerals::keywords::next_initials;
    use crate::numerals::{prefixes, words::may_start};
    let words: &[&[u8]] = &[
        b"a",
        b"an",
        b"in",
        b"at",
        b"as",
        b"no",
        b"not",
        b"up",
        b"more",
        b"less",
        b"fewer",
        b"just",
        b"well",
        b"slightly",
    ];
    for &w in words {
        let set = next_initials(w).expect("restricted");
        assert!(w == b"a" || w == b"an" || !may_start(w), "{w:?}");
        for (phrase, _) in prefixes(w) {
            assert!(phrase.len() >= 2, "{w:?}");
            let c = phrase[1].as_bytes()[0];
            assert!(set.contains(&c), "{w:?} {}", phrase[1]);
        }
    }
    let text = "a few, a half million, a quarter million, a couple hundred, a couple of days, \
        a hundred, A Thousand, a million, a billion, a trillion, a dozen, an estimated 40, \
        a minimum of 5, a maximum of 9, in excess of 3, at least 2, at most 4, as many as \
        6, no fewer than 7, not more than 8, up to 10, more than 11, less than 12, just \
        over 13, well above 14, slightly shy of 15";
    let found = find_numbers(text);
    assert_eq!(found.len(), 26, "{found:#?}");
    // the words of the set that open nothing here
    assert!(find_numbers("a man, a lot, in May, at the base, as before").is_empty());
}

#[test]
fn letters_lower_is_lower_on_letter_runs() {
    use crate::numerals::lex::{letters_end, letters_lower, lower};
    // words at every distance from the end (the short tail is copied byte by byte)
    let text = "About ONE hundred and Twenty-Five MEN; the Approximately xyzXYZabcdefghIJ z";
    let b = text.as_bytes();
    let mut checked = 0;
    for s in 0..b.len() {
        if !b[s].is_ascii_alphabetic() || s > 0 && b[s - 1].is_ascii_alphabetic() {
            continue;
        }
        let e = letters_end(b, s);
        if e - s > 16 {
            continue;
        }
        let (mut a, mut c) = ([0u8; 16], [0u8; 16]);
        assert_eq!(
            Some(letters_lower(b, s, e, &mut a)),
            lower(b, s, e, &mut c).map(|w| &*w)
        );
        checked += 1;
    }
    assert_eq!(checked, 11);
}

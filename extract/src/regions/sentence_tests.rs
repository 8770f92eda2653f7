//! [`BlockMentions::sentence_into`] gives what scanning the sentence alone gives:
//! on the corpora, on sentences whose edges rules could read across, and on
//! random texts made of names, designators, verbs and punctuation.

use super::*;
use crate::clean::{blocks, BlockKind};
use crate::sentences::sentences_into;

/// Compares both ways on every sentence of `text`; how many sentences took the
/// block's mentions.
fn check(text: &str) -> (usize, usize) {
    let bs = blocks(text);
    let scans = BlockMentions::scan(text, &bs, |b| b.kind != BlockKind::Furniture);
    let (mut sents, mut a, mut b) = (Vec::new(), Vec::new(), Vec::new());
    let (mut taken, mut all) = (0, 0);
    for bl in &bs {
        if bl.kind == BlockKind::Furniture {
            continue;
        }
        sentences_into(text, bl.span, &mut sents);
        for &s in &sents {
            scans.sentence_into(text, bl.span, s, &mut a);
            find_regions_into(&text[s.start..s.end], &mut b);
            assert_eq!(a, b, "sentence {:?} of {:?}", &text[s.start..s.end], text);
            let bt = text[bl.span.start..bl.span.end].as_bytes();
            let (lo, hi) = (s.start - bl.span.start, s.end - bl.span.start);
            all += 1;
            taken += (start_sealed(bt, lo, hi) && end_sealed(bt, lo, hi)) as usize;
        }
    }
    (taken, all)
}

#[test]
fn corpora_agree() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let mut dirs = vec![format!("{root}/corpus")];
    for e in std::fs::read_dir(format!("{root}/extract/tests"))
        .unwrap()
        .flatten()
    {
        if e.file_name().to_string_lossy().starts_with("holdout") {
            dirs.push(e.path().to_string_lossy().into_owned());
        }
    }
    let (mut taken, mut all) = (0, 0);
    for d in dirs {
        for e in std::fs::read_dir(d).into_iter().flatten().flatten() {
            if let Ok(t) = std::fs::read_to_string(e.path()) {
                let (a, b) = check(&t);
                taken += a;
                all += b;
            }
        }
    }
    eprintln!("sentences from the block scan: {taken} of {all}");
    assert!(all > 1000 && taken * 2 > all, "{taken} of {all}");
}

#[test]
fn edges() {
    for t in [
        "Drones flew over Nizhny. Novgorod was quiet.",
        "They left Saint. Petersburg stayed calm.",
        "Shelling hit the region. MOSCOW (Reuters) said more.",
        "It was late. Moscow, Aug 2 — officials said so.",
        "It was late. KURSK, August 9. Nine died.",
        "He lives in the city of. Moscow said no.",
        "He lives in the city. Of Vladimir, little is said.",
        "Attacks by pro-. Moscow forces.\nKyiv said.",
        "Seen in Kursk region\nRegion officials said.",
        "They fled Moscow's. Suburbs burned.",
        "He came from Moscow\n(Reuters) reported.",
        "In Moscow; Moscow said. Kyiv denied! Kyiv Post wrote? Moscow Times.",
        "Ukraine’s Kharkiv Oblast… Kharkiv. Oblast officials said.",
        "Troops in Khanty. Mansi Autonomous Okrug.",
        "An Autonomous Republic. Of Crimea. Crimea was annexed.",
        "Vladimir. Putin spoke. Engels. Airbase hit.",
        "Belgorod.Kursk.Sudzha? Shebekino!Grayvoron…Kursk",
        "text\u{a0}Moscow said. Then\u{a0}. Kyiv has.",
    ] {
        check(t);
    }
}

/// A small deterministic generator (xorshift).
struct Rng(u64);
impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

#[test]
fn random_texts_agree() {
    const WORDS: &[&str] = &[
        "Moscow",
        "MOSCOW",
        "Kyiv",
        "Kursk",
        "KURSK",
        "Belgorod",
        "Nizhny",
        "Novgorod",
        "Saint",
        "St",
        "Petersburg",
        "Khanty",
        "Mansi",
        "Autonomous",
        "Okrug",
        "Republic",
        "of",
        "Crimea",
        "Donetsk",
        "People",
        "region",
        "Region",
        "oblast",
        "Oblast",
        "Belgorodskaya",
        "Shebekinsky",
        "district",
        "urban",
        "said",
        "has",
        "Times",
        "Post",
        "in",
        "city",
        "town",
        "pro",
        "the",
        "Dnipro",
        "river",
        "Vladimir",
        "Putin",
        "Engels",
        "airbase",
        "suburbs",
        "regime",
        "Aug",
        "9",
        "Reuters",
        "s",
        "backed",
        "Sudzha",
        "Grayvoron",
        "Stary",
        "Oskol",
    ];
    const SEPS: &[&str] = &[
        " ", " ", " ", " ", ". ", ".  ", "! ", "? ", "… ", ", ", " (", ") ", "-", "'", "’", "’s ",
        "'s ", "\n", "\n\n", " \n", "\t", "\u{a0}", " — ", " - ", ".", ": ", "; ", ".\n", ". “",
        "” ",
    ];
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..20_000 {
        let mut t = String::new();
        for _ in 0..1 + r.next(40) {
            t.push_str(WORDS[r.next(WORDS.len())]);
            t.push_str(SEPS[r.next(SEPS.len())]);
        }
        check(&t);
    }
}

#[test]
#[ignore]
fn list_later_words() {
    let mut v: Vec<&str> = index()
        .entries
        .iter()
        .flat_map(|en| en.words[1..en.n as usize].iter().copied())
        .collect();
    v.sort();
    v.dedup();
    eprintln!("{} later words: {:?}", v.len(), v);
}

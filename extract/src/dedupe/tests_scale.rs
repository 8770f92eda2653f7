//! Generated corpora: planted copies among many distinct articles, and timing.

use super::super::*;
use super::test_texts::BANNER;

pub(super) struct Rng(pub(super) u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix64(self.0)
    }
    pub(super) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SYLLABLES: [&str; 24] = [
    "ka", "ro", "vi", "de", "len", "sto", "ur", "bel", "go", "ne", "sha", "tri", "mon", "pa", "ki",
    "dor", "ev", "al", "zu", "rin", "os", "te", "mar", "ly",
];

const STOCK: [&str; 6] = [
    "Governor Vyacheslav Gladkov said on his Telegram channel",
    "the Belgorod region, which borders Ukraine,",
    "according to the regional operational headquarters",
    "territorial defense battalions formed in 2022",
    "there were no casualties, officials said.",
    "Russia's defense ministry said air defenses shot down",
];

/// A vocabulary of pseudo-words, a few very frequent (Zipf-like picks).
pub(super) fn vocabulary() -> Vec<String> {
    let mut rng = Rng(7);
    let mut v: Vec<String> = [
        "the", "of", "and", "in", "a", "to", "said", "on", "was", "region",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    while v.len() < 6000 {
        let n = 1 + rng.below(3);
        v.push(
            (0..n)
                .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                .collect(),
        );
    }
    v
}

/// A paragraph of 25–75 pseudo-words with some stock phrases.
pub(super) fn paragraph(rng: &mut Rng, vocab: &[String]) -> String {
    let mut out = String::new();
    for w in 0..25 + rng.below(50) {
        if w > 0 {
            out.push(' ');
        }
        if rng.below(40) == 0 {
            out.push_str(STOCK[rng.below(STOCK.len())]);
        } else {
            let r = rng.below(1 << 16) as u64;
            out.push_str(&vocab[((r * r * vocab.len() as u64) >> 32) as usize]);
        }
    }
    out.push('.');
    out
}

fn article(rng: &mut Rng, vocab: &[String]) -> String {
    let n = 5 + rng.below(6);
    let mut out = (0..n)
        .map(|_| paragraph(rng, vocab))
        .collect::<Vec<_>>()
        .join("\n\n");
    if rng.below(4) == 0 {
        out = format!("{BANNER}\n\n{out}\n\nRead more");
    }
    out
}

/// Another scrape of `t`: furniture, a lost paragraph, reordering, markup.
fn variant(rng: &mut Rng, t: &str) -> String {
    let mut p: Vec<String> = t.split("\n\n").map(str::to_string).collect();
    match rng.below(4) {
        0 => p.insert(0, BANNER.to_string()),
        1 if p.len() > 3 => {
            p.pop();
        }
        2 => {
            let l = p.len();
            p.swap(0, l - 1);
        }
        _ => p.insert(
            1,
            "**Related article:** [Another Story](https://example.com/x)".into(),
        ),
    }
    format!("# A Headline\n\n{}", p.join("\n\n"))
}

/// `n` articles, every 25th a variant of its predecessor; returns the expected pairs.
fn corpus(n: usize) -> (Vec<String>, Vec<(usize, usize)>) {
    let vocab = vocabulary();
    let mut rng = Rng(42);
    let mut texts: Vec<String> = Vec::with_capacity(n);
    let mut expected = Vec::new();
    for i in 0..n {
        if i % 25 == 24 {
            let v = variant(&mut rng, &texts[i - 1]);
            texts.push(v);
            expected.push((i - 1, i));
        } else {
            texts.push(article(&mut rng, &vocab));
        }
    }
    (texts, expected)
}

#[test]
fn planted_copies_in_two_thousand_articles() {
    let (texts, expected) = corpus(2000);
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    assert_eq!(near_duplicates(&refs), expected);
}

#[test]
#[ignore = "timing: cargo test --release -p tally-extract --lib dedupe -- --ignored --nocapture"]
fn time_ten_thousand_articles() {
    for n in [10_000, 100_000] {
        let (texts, expected) = corpus(n);
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let bytes: usize = texts.iter().map(String::len).sum();
        let t = std::time::Instant::now();
        let got = near_duplicates(&refs);
        let secs = t.elapsed().as_secs_f64();
        println!(
            "near_duplicates: {n} articles, {:.1} MB, {:.3} s, {:.1} MB/s, {} pairs",
            bytes as f64 / 1e6,
            secs,
            bytes as f64 / 1e6 / secs,
            got.len()
        );
        assert_eq!(got, expected);
    }
}

#[test]
#[ignore = "timing of the parts: -- --ignored --nocapture"]
fn time_parts() {
    let (texts, _) = corpus(20_000);
    let bytes: usize = texts.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    let t = std::time::Instant::now();
    let mut n = 0usize;
    for s in &texts {
        for_each_word(s, |w| n = n.wrapping_add(w as usize));
    }
    println!("words: {:.1} MB/s ({n})", mb / t.elapsed().as_secs_f64());
    let t = std::time::Instant::now();
    for s in &texts {
        for_each_shingle(s, |w| n = n.wrapping_add(w as usize));
    }
    println!("shingles: {:.1} MB/s ({n})", mb / t.elapsed().as_secs_f64());
    let t = std::time::Instant::now();
    let mut buf = Vec::new();
    for s in &texts {
        buf.clear();
        for_each_shingle(s, |w| buf.push(w));
        buf.sort_unstable();
        buf.dedup();
        n = n.wrapping_add(buf.len());
    }
    println!(
        "shingles+sort: {:.1} MB/s ({n})",
        mb / t.elapsed().as_secs_f64()
    );
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let t = std::time::Instant::now();
    let got = near_duplicates(&refs[..lsh::BOILERPLATE_DOCS - 1]);
    let small = refs[..lsh::BOILERPLATE_DOCS - 1]
        .iter()
        .map(|s| s.len())
        .sum::<usize>() as f64
        / 1e6;
    println!(
        "near_duplicates without df: {:.1} MB/s ({})",
        small / t.elapsed().as_secs_f64(),
        got.len()
    );
    let t = std::time::Instant::now();
    let got = near_duplicates(&refs);
    println!(
        "near_duplicates: {:.1} MB/s ({})",
        mb / t.elapsed().as_secs_f64(),
        got.len()
    );
}

/// Texts connected by `pairs` (union-find), as a sorted component per text.
fn components(n: usize, pairs: &[(usize, usize)]) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            x = p[x];
        }
        x
    }
    for &(a, b) in pairs {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        parent[ra.max(rb)] = ra.min(rb);
    }
    (0..n).map(|i| root(&mut parent, i)).collect()
}

#[test]
fn story_syndicated_ninety_times_is_one_group() {
    // More copies than BUCKET_CAP: buckets are chained, the group stays whole.
    use super::test_texts::{KURSK_MILITIA, SHEBEKINO_SHELLING};
    let mut texts: Vec<String> = Vec::new();
    for k in 0..90 {
        let site = format!("Republished from partner site number {k} with permission");
        texts.push(match k % 3 {
            0 => format!("{KURSK_MILITIA}\n\n{site}"),
            1 => format!("{site}\n\n{}", KURSK_MILITIA.replace('’', "'")),
            _ => format!("# Kursk Militia {k}\n\n{KURSK_MILITIA}\n\nRead more"),
        });
    }
    texts.push(SHEBEKINO_SHELLING.to_string());
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let pairs = near_duplicates(&refs);
    assert!(pairs.len() >= 89);
    let comp = components(refs.len(), &pairs);
    assert!(comp[..90].iter().all(|&c| c == 0));
    assert_eq!(comp[90], 90);
}

#[test]
fn links_make_the_same_groups_as_all_pairs() {
    // planted pairs plus a story syndicated many times and a chain of variants
    use super::test_texts::KURSK_MILITIA;
    let (mut texts, _) = corpus(600);
    for k in 0..40 {
        texts.push(format!("{KURSK_MILITIA}\n\nPartner site {k}"));
    }
    let last = texts.len() - 1;
    let v = variant(&mut Rng(7), &texts[last]);
    texts.push(v);
    let mut sh = Shingles::with_capacity(texts.iter().map(String::len).sum());
    for t in &texts {
        sh.push(t);
    }
    let all = near_duplicates_of(&sh);
    let links = near_duplicate_links(&sh);
    assert!(
        links.len() < all.len(),
        "{} links, {} pairs",
        links.len(),
        all.len()
    );
    assert!(links.iter().all(|p| all.contains(p)));
    let n = texts.len();
    assert_eq!(components(n, &links), components(n, &all));
    assert!(components(n, &all)[600..].iter().all(|&c| c == 600));
}

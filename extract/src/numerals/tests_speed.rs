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

//! Ignored by default: the matcher's speed and a dump of the corpus mentions.

use super::*;

/// CPU time of this thread in ns (Linux), to measure on a loaded machine.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

fn bench(label: &str, text: &str) {
    let _ = find_regions("warm up the index: Belgorod");
    let (t0, c0) = (std::time::Instant::now(), thread_cpu_ns());
    let n = find_regions(text).len();
    let (wall, c1) = (t0.elapsed().as_secs_f64(), thread_cpu_ns());
    let mb = text.len() as f64 / 1e6;
    let cpu = c0
        .zip(c1)
        .map(|(a, b)| (b - a) as f64 / 1e9)
        .unwrap_or(wall);
    eprintln!(
        "{label}: {n} mentions in {mb:.1} MB: {:.0} MB/s wall, {:.0} MB/s cpu",
        mb / wall,
        mb / cpu
    );
}

/// `cargo test --release -p tally-extract --lib regions::tests::speed -- --ignored --nocapture`
#[test]
#[ignore]
fn speed() {
    let para = "Self-defense battalions were formed in the Belgorod Region at the governor's \
        initiative in 2022 and currently comprise 2,092 people. Moscow’s invasion of Ukraine \
        continued as Kremlin spokesman Dmitry Peskov said on Wednesday that Shebekino and \
        Graivoron were shelled, with as many as 3,000 people in the Kursk Region ranks. ";
    bench("dense", &para.repeat(8_000_000 / para.len()));
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus");
    let mut corpus = String::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        corpus.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
    }
    if !corpus.is_empty() {
        bench("corpus", &corpus.repeat(8_000_000 / corpus.len()));
    }
}

/// Prints every mention in the corpus directory, for review.
#[test]
#[ignore]
fn dump_corpus() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        let ms: Vec<String> = find_regions(&text)
            .iter()
            .map(|m| format!("{}={}", &text[m.span.start..m.span.end], m.region))
            .collect();
        eprintln!("{}: {}", f.display(), ms.join(", "));
    }
}

//! A time-boxed mutation fuzzer over the whole extraction, with no dependency and
//! on stable Rust (the libFuzzer target is `extract/fuzz/`). Ignored by a plain
//! `cargo test`; run it for N seconds:
//!
//! ```text
//! TALLY_FUZZ_SECONDS=60 cargo test -p tally-extract --profile bench --test fuzz -- --ignored --nocapture
//! ```
//!
//! It starts from the seed articles of `corpus/` (as text and as HTML pages), mutates
//! them (byte flips, inserted numbers / qualifiers / Unicode / markup / front matter,
//! deletions, duplications, splices, truncations), reads each input as `.txt` and
//! as `.html` through [`formats::to_text`], extracts it, and checks the invariants of
//! `support/gen.rs` (no panic, deterministic, true spans). Inputs that produce an
//! unseen shape of output join the pool. Every failure is written to
//! `TALLY_FUZZ_OUT` (default `target/fuzz-found/`) with its message; the test fails
//! if any was found. `TALLY_FUZZ_SEED` picks the random seed.

#[path = "support/gen.rs"]
mod gen;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use gen::{caught, check, check_article, Rng, NUMBERS, QUALIFIERS, UNICODE, UNITS};
use tally_extract::{extract_corpus, formats, Article};

const MARKUP: &[&str] = &[
    "<p>",
    "</p>",
    "<br>",
    "<article>",
    "</article>",
    "<main>",
    "<nav>",
    "</nav>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<h1>",
    "</h1>",
    "<td>",
    "<li>",
    "<pre>",
    "&amp;",
    "&nbsp;",
    "&#8217;",
    "&#x0;",
    "&",
    "<",
    ">",
    "\"",
    "='",
    "<meta property=\"og:title\" content=\"",
    "<time datetime=\"2023-08-02\">",
    "<script type=\"application/ld+json\">{\"datePublished\":\"",
    "---\n",
    "title: x\n",
    "date: 2023-02-30\n",
    "regions:\n  - Kursk\n",
    "\n\n",
    "# ",
    "**",
    "[",
    "](http://x.com/2023/08/02/a)",
    "Published August 02, 2023",
    "Support us",
    "Read more:",
    "Advertisement",
    "Belgorod",
    "Shebekino",
    "Kursk Region",
    "t.me/x",
];

fn token(r: &mut Rng) -> &'static str {
    match r.below(5) {
        0 => r.pick(NUMBERS),
        1 => r.pick(QUALIFIERS),
        2 => r.pick(UNICODE),
        3 => r.pick(UNITS),
        _ => r.pick(MARKUP),
    }
}

fn mutate(r: &mut Rng, input: &[u8], pool: &[Vec<u8>]) -> Vec<u8> {
    let mut b = input.to_vec();
    for _ in 0..1 + r.below(8) {
        let at = r.below(b.len() + 1);
        match r.below(9) {
            0 if !b.is_empty() => {
                let i = r.below(b.len());
                b[i] ^= 1 << r.below(8);
            }
            1 if !b.is_empty() => {
                let i = r.below(b.len());
                b[i] = r.next() as u8;
            }
            2 | 3 => {
                let t = token(r).as_bytes();
                b.splice(at..at, t.iter().copied());
            }
            4 => {
                let n = r.below(64).min(b.len() - at);
                b.drain(at..at + n);
            }
            5 => {
                let n = r.below(256).min(b.len() - at);
                let piece = b[at..at + n].to_vec();
                let to = r.below(b.len() + 1);
                b.splice(to..to, piece);
            }
            6 => {
                let other = &pool[r.below(pool.len())];
                let s = r.below(other.len() + 1);
                let n = r.below(512).min(other.len() - s);
                b.splice(at..at, other[s..s + n].iter().copied());
            }
            7 => b.truncate(at),
            _ => {
                let n = r.below(8);
                b.splice(at..at, (0..n).map(|_| r.next() as u8));
            }
        }
    }
    b.truncate(64 * 1024);
    b
}

/// A coarse shape of the output, for keeping inputs that do something new.
fn shape(a: &Article) -> u64 {
    let mut h: u64 = a.figures.len().min(16) as u64;
    for f in &a.figures {
        h = h
            .wrapping_mul(31)
            .wrapping_add(f.category as u64 * 8 + f.qualifier as u64);
    }
    h ^ ((a.date.is_some() as u64) << 40)
        ^ ((a.title.is_some() as u64) << 41)
        ^ ((a.warnings.len() as u64) << 42)
}

fn save(dir: &std::path::Path, n: usize, input: &[u8], why: &str) {
    let _ = std::fs::create_dir_all(dir);
    let _ = std::fs::write(dir.join(format!("crash-{n:03}.bin")), input);
    let _ = std::fs::write(dir.join(format!("crash-{n:03}.txt")), why);
}

#[test]
#[ignore = "a fuzzer: TALLY_FUZZ_SECONDS=60 cargo test --profile bench --test fuzz -- --ignored"]
fn fuzz_the_whole_extraction() {
    let secs: u64 = std::env::var("TALLY_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let seed: u64 = std::env::var("TALLY_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let out = std::env::var("TALLY_FUZZ_OUT")
        .map(Into::into)
        .unwrap_or_else(|_| {
            std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../target/fuzz-found"))
        });
    let mut r = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut pool: Vec<Vec<u8>> = Vec::new();
    for s in gen::seeds() {
        let page: String = s.split("\n\n").map(|p| format!("<p>{p}</p>\n")).collect();
        pool.push(
            format!(
                "<html><head><title>t</title></head><body><article>{page}</article></body></html>"
            )
            .into_bytes(),
        );
        pool.push(s.into_bytes());
    }
    let mut shapes = HashSet::new();
    let mut failures: Vec<String> = Vec::new();
    let mut seen_failures = HashSet::new();
    let (mut execs, mut bytes, mut slowest) = (0u64, 0u64, (Duration::ZERO, 0usize));
    let mut slowest_input = Vec::new();
    let start = Instant::now();
    let deadline = start + Duration::from_secs(secs);
    while Instant::now() < deadline {
        let parent = r.below(pool.len());
        let input = mutate(&mut r, &pool[parent], &pool);
        for ext in ["txt", "html"] {
            let t = Instant::now();
            let res = match caught(|| formats::to_text(ext, &input)) {
                Ok(Ok((text, _))) => check(&text).map(|()| text),
                Ok(Err(_)) => continue, // empty or binary: refused, correctly
                Err(p) => Err(format!("formats::to_text panicked: {p}")),
            };
            execs += 1;
            bytes += input.len() as u64;
            let took = t.elapsed();
            if took > slowest.0 {
                slowest = (took, input.len());
                slowest_input = input.clone();
            }
            match res {
                Ok(text) => {
                    if let Ok(a) = caught(|| tally_extract::extract_article("p", &text)) {
                        if shapes.insert((ext, shape(&a))) && pool.len() < 4096 {
                            pool.push(input.clone());
                        }
                    }
                }
                Err(e) => {
                    let key: String = e.chars().take(120).collect();
                    if seen_failures.insert(key) {
                        save(&out, failures.len(), &input, &format!("as .{ext}: {e}\n"));
                        eprintln!(
                            "FOUND (as .{ext}): {e}\n  input: {}",
                            gen::show(&String::from_utf8_lossy(&input))
                        );
                        failures.push(e);
                    }
                }
            }
        }
        // Now and then, a small corpus: duplicate marking over mutated copies.
        if execs % 64 == 0 {
            let docs: Vec<(String, String)> = (0..4)
                .map(|i| {
                    let k = r.below(pool.len());
                    let b = mutate(&mut r, &pool[k], &pool);
                    (format!("d{i}"), String::from_utf8_lossy(&b).into_owned())
                })
                .collect();
            let res = caught(|| extract_corpus(&docs)).and_then(|arts| {
                arts.iter()
                    .zip(&docs)
                    .try_for_each(|(a, (_, t))| check_article(a, t))
            });
            if let Err(e) = res {
                if seen_failures.insert(e.chars().take(120).collect()) {
                    let joined = docs
                        .iter()
                        .map(|d| d.1.as_str())
                        .collect::<Vec<_>>()
                        .join("\n\u{1e}\n");
                    save(
                        &out,
                        failures.len(),
                        joined.as_bytes(),
                        &format!("extract_corpus (documents split by U+001E): {e}\n"),
                    );
                    eprintln!("FOUND (corpus): {e}");
                    failures.push(e);
                }
            }
        }
    }
    let s = start.elapsed().as_secs_f64();
    let _ = std::fs::create_dir_all(&out);
    let _ = std::fs::write(out.join("slowest.bin"), &slowest_input);
    eprintln!(
        "fuzz: {secs}s, seed {seed}: {execs} executions ({:.0}/s, {:.1} MB), pool {} inputs, {} output shapes, slowest {:.1} ms ({} bytes), {} distinct failures{}",
        execs as f64 / s,
        bytes as f64 / 1e6,
        pool.len(),
        shapes.len(),
        slowest.0.as_secs_f64() * 1e3,
        slowest.1,
        failures.len(),
        if failures.is_empty() { String::new() } else { format!(" (inputs in {})", out.display()) }
    );
    assert!(failures.is_empty(), "{failures:#?}");
}

//! Cleaning and metadata on the seed corpus (expectations from shared/seed-gold.json).

use tally_extract::clean::{blocks, BlockKind};
use tally_extract::meta::metadata;

fn seed(prefix: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus");
    let path = std::fs::read_dir(dir)
        .expect("corpus dir")
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("seed {prefix}"));
    std::fs::read_to_string(path).unwrap()
}

fn kind_at(text: &str, needle: &str) -> BlockKind {
    let at = text.find(needle).unwrap_or_else(|| panic!("{needle:?}"));
    blocks(text)
        .into_iter()
        .find(|b| b.span.start <= at && at < b.span.end)
        .unwrap()
        .kind
}

const TITLE: &str = "Belgorod Region Governor Announces Creation of Territorial Defense Units";

#[test]
fn seed_metadata_matches_gold() {
    let o = |s: &str| Some(s.to_string());
    let cases: [(&str, Option<String>, Option<String>, Option<String>, Option<String>); 5] = [
        ("000", o(TITLE), None, o("The Moscow Times"), None),
        (
            "001",
            o(TITLE),
            o("2022-12-06"),
            o("The Moscow Times"),
            o("https://www.themoscowtimes.com/2022/12/06/belgorod-region-governor-announces-creation-of-territorial-defense-units-a79616"),
        ),
        ("002", None, None, None, None),
        ("003", None, None, None, None),
        (
            "004",
            o("UPDATE - Russia Arming Territorial Defense Units In Border Areas Due To Ukraine's Attacks - Kremlin"),
            o("2023-08-02"),
            o("UrduPoint News / Sputnik"),
            None,
        ),
    ];
    for (id, title, date, source, url) in cases {
        let t = seed(id);
        let m = metadata(&t, &blocks(&t));
        assert_eq!(m.title, title, "{id} title");
        assert_eq!(m.date, date, "{id} date");
        assert_eq!(m.source, source, "{id} source");
        assert_eq!(m.url, url, "{id} url");
        assert_eq!(m.regions, None, "{id} regions");
        assert!(m.warnings.is_empty(), "{id} warnings {:?}", m.warnings);
    }
}

#[test]
fn seed_furniture() {
    use BlockKind::*;
    let t = seed("000");
    for n in [
        "×",
        "Since July 1, 2024",
        "$10,000 a month",
        "A Message from",
        "just $2",
        "Remind me later",
        "Read more",
    ] {
        assert_eq!(kind_at(&t, n), Furniture, "000 {n}");
    }
    assert_eq!(kind_at(&t, "t.me/vvgladkov"), Meta);
    let t = seed("001");
    assert_eq!(kind_at(&t, "**Related article:**"), Furniture);
    for n in [
        "December 06, 2022",
        "[t.me/vvgladkov]",
        "Original url:",
        "<https://",
    ] {
        assert_eq!(kind_at(&t, n), Meta, "001 {n}");
    }
    let t = seed("003");
    for n in [
        "Advertisement",
        "Other Topics of Interest",
        "Moscow Skeptical",
        "Dmitry Peskov claimed",
        "To suggest",
        "You can also",
    ] {
        assert_eq!(kind_at(&t, n), Furniture, "003 {n}");
    }
    for n in [
        "16 people were killed",
        "more than 50 tanks",
        "Ukraine claims",
        "Meanwhile",
    ] {
        assert_eq!(kind_at(&t, n), Body, "003 {n}");
    }
    let t = seed("004");
    assert_eq!(kind_at(&t, "Fahad Shabbir"), Meta);
    assert_eq!(kind_at(&t, "MOSCOW (UrduPoint"), Body);
    assert!(blocks(&seed("002")).iter().all(|b| b.kind == Body));
}

#[test]
fn copies_keep_the_same_body() {
    // 000 and 001 are one story in two scrapes: their body blocks must pair up.
    let body = |t: &str| {
        blocks(t)
            .into_iter()
            .filter(|b| b.kind == BlockKind::Body)
            .count()
    };
    assert_eq!(body(&seed("000")), body(&seed("001")));
}

/// Throughput of cleaning + metadata, article by article (run with --release --ignored).
#[test]
#[ignore]
fn speed_clean_meta() {
    let seeds: Vec<String> = ["000", "001", "002", "003", "004"]
        .iter()
        .map(|s| seed(s))
        .collect();
    let total: usize = seeds.iter().map(String::len).sum();
    let rounds = 4000;
    let t0 = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        for s in &seeds {
            let b = blocks(s);
            n += b.len() + metadata(s, &b).title.map_or(0, |t| t.len());
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    let mb = (total * rounds) as f64 / 1e6;
    println!(
        "clean+meta: {:.1} MB in {:.2}s = {:.1} MB/s ({n})",
        mb,
        secs,
        mb / secs
    );
}

#[test]
#[ignore]
fn speed_split() {
    let seeds: Vec<String> = ["000", "001", "002", "003", "004"]
        .iter()
        .map(|s| seed(s))
        .collect();
    let total: usize = seeds.iter().map(String::len).sum();
    let rounds = 2000;
    let t0 = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        for s in &seeds {
            n += blocks(s).len();
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    let mb = (total * rounds) as f64 / 1e6;
    println!("clean: {:.1} MB/s ({n})", mb / secs);
    let t0 = std::time::Instant::now();
    for _ in 0..rounds {
        for s in &seeds {
            n += tally_extract::dates::find_dates(s).len();
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    println!("find_dates on whole text: {:.1} MB/s ({n})", mb / secs);
}

/// Prints the blocks and metadata of the files in $DUMP (colon-separated):
/// `DUMP=a.txt:b.txt cargo test --test seed_meta dump -- --ignored --nocapture`.
#[test]
#[ignore]
fn dump() {
    for p in std::env::var("DUMP")
        .unwrap_or_default()
        .split(':')
        .filter(|p| !p.is_empty())
    {
        let t = std::fs::read_to_string(p).unwrap();
        println!("=== {p}");
        let b = blocks(&t);
        for x in &b {
            let s: String = t[x.span.start..x.span.end].chars().take(70).collect();
            println!(
                "{:<9} {:<22} {}",
                format!("{:?}", x.kind),
                x.reason,
                s.replace('\n', "⏎")
            );
        }
        println!("{:?}", metadata(&t, &b));
    }
}

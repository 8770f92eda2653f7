//! Property tests over generated inputs: whatever the text, extraction does not
//! panic, is deterministic, and every span is true (on char boundaries, within the
//! text, `text[span] == figure.text`, inside its sentence).
//!
//! Inputs are generated deterministically (a small xorshift generator, no
//! dependency) from the seed articles of `corpus/`: random splices of seeds, random
//! Unicode inserted, random numbers / number words / qualifier phrases, every
//! truncation of a seed at a char boundary, and seeds wrapped in random HTML.
//! `TALLY_PROP_CASES` (default 200) sets the number of cases per generator;
//! `TALLY_PROP_SEED` the generator seed.

#[path = "support/gen.rs"]
mod gen;

use std::panic::catch_unwind;

use gen::{cases, check, check_article, generate, number_phrase, rng, seeds, show};
use tally_extract::{extract_article, extract_corpus, formats};

fn assert_all(name: &str, inputs: impl Iterator<Item = String>) {
    let mut failures = Vec::new();
    let mut n = 0;
    for text in inputs {
        n += 1;
        if let Err(e) = check(&text) {
            failures.push(format!("{e}\n    input: {}", show(&text)));
        }
    }
    assert!(
        failures.is_empty(),
        "{name}: {} of {n} inputs broke an invariant; first ones:\n{}",
        failures.len(),
        failures
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn random_splices_of_seeds_with_unicode_and_numbers() {
    // Quiet the default panic message: failures are collected and shown with their input.
    let seeds = seeds();
    let mut r = rng(1);
    let inputs: Vec<String> = (0..cases()).map(|_| generate(&mut r, &seeds)).collect();
    assert_all("splices", inputs.into_iter());
}

#[test]
fn number_phrases_alone() {
    let mut r = rng(2);
    let inputs: Vec<String> = (0..cases() * 5)
        .map(|_| {
            let mut s = String::new();
            for _ in 0..1 + r.below(4) {
                s.push_str(&number_phrase(&mut r));
            }
            s
        })
        .collect();
    assert_all("numbers", inputs.into_iter());
}

#[test]
fn every_truncation_of_every_seed() {
    for seed in seeds() {
        let cuts: Vec<String> = seed
            .char_indices()
            .map(|(i, _)| seed[..i].to_string())
            .collect();
        assert_all("truncations", cuts.into_iter());
        // And every 7th suffix.
        let tails: Vec<String> = seed
            .char_indices()
            .step_by(7)
            .map(|(i, _)| seed[i..].to_string())
            .collect();
        assert_all("suffixes", tails.into_iter());
    }
}

#[test]
fn seeds_as_random_html_pages() {
    let seeds = seeds();
    let tags = [
        "p", "div", "article", "main", "span", "b", "h2", "li", "nav", "aside", "table", "td",
        "pre", "script",
    ];
    let mut r = rng(3);
    for _ in 0..cases() {
        let mut page = String::from("<html><head><title>T &amp; x</title></head><body>");
        for para in generate(&mut r, &seeds).split("\n\n") {
            let t = r.pick(&tags);
            let cut = r.boundary(para);
            let inner = r.pick(&[
                "&nbsp;", "<br>", "&#8217;", "<b>", "</b>", "<", "&", "<!--", "-->", "",
            ]);
            page.push_str(&format!(
                "<{t} class=x>{}{inner}{}</{t}>",
                &para[..cut],
                &para[cut..]
            ));
            if r.below(5) == 0 {
                page.push_str(r.pick(&["</div>", "<p>", "<article>", "</article>", "<ul><li>"]));
            }
        }
        let (text, _) = match formats::to_text("html", page.as_bytes()) {
            Ok(t) => t,
            Err(e) => {
                // The generator inserts NUL characters: such a page is binary.
                assert!(
                    e.starts_with("empty file") || e == "binary file, not text",
                    "{e}: {}",
                    show(&page)
                );
                continue;
            }
        };
        if let Err(e) = check(&text) {
            panic!("{e}\n  page: {}\n  text: {}", show(&page), show(&text));
        }
    }
}

#[test]
fn random_bytes_through_every_format_never_panic() {
    let mut r = rng(4);
    for _ in 0..cases() * 5 {
        let len = r.below(400);
        let bytes: Vec<u8> = (0..len)
            .map(|_| match r.below(4) {
                0 => r.pick(b"<>/&;#!-=\"' \n\tpxa0123456789"),
                _ => r.next() as u8,
            })
            .collect();
        for ext in ["txt", "md", "html", "bin"] {
            let got = catch_unwind(|| formats::to_text(ext, &bytes));
            let Ok(res) = got else {
                panic!("to_text({ext}) panicked on {bytes:?}");
            };
            if let Ok((text, _)) = res {
                if let Err(e) = check(&text) {
                    panic!("{e}\n  bytes: {bytes:?}\n  text: {}", show(&text));
                }
            }
        }
    }
}

#[test]
fn a_corpus_of_generated_articles_is_deterministic_and_matches_single_extraction() {
    let seeds = seeds();
    let mut r = rng(5);
    let mut docs: Vec<(String, String)> = (0..40)
        .map(|i| (format!("g{i:02}"), generate(&mut r, &seeds)))
        .collect();
    // Copies, to exercise duplicate marking.
    docs.extend(
        seeds
            .iter()
            .enumerate()
            .map(|(i, s)| (format!("s{i}"), s.clone())),
    );
    docs.extend(
        seeds
            .iter()
            .enumerate()
            .map(|(i, s)| (format!("t{i}"), s.replace("\n\n", "\n"))),
    );
    let a = extract_corpus(&docs);
    assert_eq!(a, extract_corpus(&docs), "deterministic");
    for (art, (id, text)) in a.iter().zip(&docs) {
        assert_eq!(&art.id, id);
        check_article(art, text).unwrap_or_else(|e| panic!("{id}: {e}"));
        let mut single = extract_article(id, text);
        single.duplicate_of = art.duplicate_of.clone();
        assert_eq!(&single, art, "{id}: corpus and single extraction differ");
        if let Some(d) = &art.duplicate_of {
            assert!(docs.iter().any(|(i, _)| i == d) && d != id);
        }
    }
}

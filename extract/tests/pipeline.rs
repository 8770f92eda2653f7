//! The whole pipeline on small corpora: copies, determinism, substrings, bad input.

use tally_extract::{extract_article, extract_corpus};

const STORY: &str = "Self-defense battalions were formed in the Belgorod Region at the governor's initiative in 2022 and currently comprise 2,092 people. The senior personnel were selected from veterans of Russian security agencies with combat experience.

The Kursk Region started forming territorial defense units in December 2022, with as many as 3,000 people currently in their ranks, the governor said. The self-defense militia patrol streets, protect utility infrastructure and ensure fire safety in areas with no fire departments.

Russia's Kursk Region, also bordering Ukraine, will arm its self-defense militia units with assault weapons as well, following several months of deliberations, its governor said. Officials said that eight territorial defense battalions received small arms, combat digital radios and new pickup trucks.";

fn docs(list: &[(&str, String)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(id, t)| (id.to_string(), t.clone()))
        .collect()
}

#[test]
fn the_copy_with_less_metadata_points_at_the_other() {
    let bare = STORY.to_string();
    let dated = format!(
        "Kursk and Belgorod Arm Their Militias\n\nPublished August 02, 2023 | 06:40 PM\n\n{STORY}"
    );
    let out = extract_corpus(&docs(&[("a_bare", bare), ("b_dated", dated)]));
    assert_eq!(out[0].duplicate_of.as_deref(), Some("b_dated"));
    assert_eq!(out[1].duplicate_of, None);
    assert_eq!(out[1].date.as_deref(), Some("2023-08-02"));
}

#[test]
fn three_copies_point_at_one_original() {
    let a = format!("# Militias in the border regions\n\nDecember 06, 2022\n\n{STORY}\n\nOriginal url:\n\n<https://www.themoscowtimes.com/2022/12/06/militias-a1>");
    let b = format!("Advertisement\n\n{STORY}\n\nRead more");
    let c = STORY.replace("\n\n", "\n");
    let out = extract_corpus(&docs(&[("c1", b), ("c2", a), ("c3", c)]));
    assert_eq!(out[0].duplicate_of.as_deref(), Some("c2"));
    assert_eq!(out[1].duplicate_of, None);
    assert_eq!(out[2].duplicate_of.as_deref(), Some("c2"));
}

#[test]
fn different_stories_are_not_copies() {
    let other = "Ukrainian shelling damaged a power line near Shebekino on Monday, cutting electricity to about 2,000 households, Belgorod governor Vyacheslav Gladkov said. Repair crews restored power by the evening. Two people were injured by falling debris and were taken to a hospital in Belgorod, where doctors said their condition was stable.";
    let out = extract_corpus(&docs(&[("x", STORY.to_string()), ("y", other.to_string())]));
    assert!(out.iter().all(|a| a.duplicate_of.is_none()));
}

#[test]
fn every_figure_is_a_substring_at_its_span_and_output_is_deterministic() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus");
    let (files, bad) = tally_extract::read_corpus_dir(std::path::Path::new(dir)).unwrap();
    assert!(bad.is_empty());
    let d: Vec<(String, String)> = files
        .iter()
        .map(|f| (f.id.clone(), f.text.clone()))
        .collect();
    let first = extract_corpus(&d);
    assert_eq!(first, extract_corpus(&d), "deterministic");
    for (a, (_, text)) in first.iter().zip(&d) {
        for f in &a.figures {
            assert_eq!(&text[f.span.start..f.span.end], f.text, "{}", a.id);
            assert_eq!(
                &text[f.sentence_span.start..f.sentence_span.end],
                &*f.sentence,
                "{}",
                a.id
            );
            assert!(f.sentence_span.contains(f.span), "{}: {:?}", a.id, f.text);
        }
        for s in &a.furniture {
            assert!(
                s.end <= text.len()
                    && text.is_char_boundary(s.start)
                    && text.is_char_boundary(s.end)
            );
        }
    }
}

#[test]
fn empty_and_odd_inputs_give_empty_articles_without_panicking() {
    for text in [
        "",
        "\n\n\n",
        "×",
        "---\n",
        "12345",
        "\u{feff}",
        "a\u{0}b\u{0}c",
        "—",
        "“”",
    ] {
        let a = extract_article("odd", text);
        assert_eq!(a.id, "odd");
        assert!(a.figures.len() <= 1, "{text:?}: {:?}", a.figures);
    }
}

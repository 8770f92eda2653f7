use super::*;

#[path = "test_texts.rs"]
mod test_texts;
use test_texts::*;

// ---- variant builders (one story, another scrape) ----

fn paras(t: &str) -> Vec<&str> {
    t.split("\n\n").collect()
}

fn join(v: &[&str]) -> String {
    v.join("\n\n")
}

fn straighten(t: &str) -> String {
    t.replace(['’', '‘'], "'").replace(['“', '”'], "\"")
}

fn curl(t: &str) -> String {
    let mut out = String::new();
    let mut open = true;
    for c in t.chars() {
        match c {
            '\'' => out.push('’'),
            '"' => {
                out.push(if open { '“' } else { '”' });
                open = !open;
            }
            _ => out.push(c),
        }
    }
    out
}

/// Markdown scrape: `#` headline, bold lead, a link, a related-article line.
fn markdown(t: &str, headline: &str) -> String {
    let mut p: Vec<String> = paras(t).iter().map(|s| s.to_string()).collect();
    let lead: Vec<&str> = p[0].splitn(4, ' ').collect();
    p[0] = format!("**{} {} {}** {}", lead[0], lead[1], lead[2], lead[3]);
    for s in p.iter_mut() {
        if s.contains("Telegram") {
            *s = s.replacen("Telegram", "[Telegram](https://t.me/s/official_channel)", 1);
            break;
        }
    }
    p.insert(
        2,
        "**Related article:** [Blasts Kill Three in Russia's Belgorod Region](#)".into(),
    );
    let mut out = format!("# {headline}\n\nJune 03, 2023\n\n\n\n");
    out.push_str(&p.join("\n\n"));
    out.push_str("\n\nOriginal url:\n\n<https://www.example.com/2023/06/03/border-story-a81234>");
    out
}

fn with_banner(t: &str) -> String {
    format!("{BANNER}\n\n{t}\n\nRead more")
}

/// Furniture left between paragraphs: ads, a caption, a teaser, share buttons.
fn with_furniture(t: &str) -> String {
    let extra = [
        "Advertisement",
        "A residential building in Belgorod damaged by shelling. Photo: Telegram / Vyacheslav Gladkov",
        "Read more: Drone Attack Sets Fire to Oil Depot in Belgorod, 2 Injured",
        "Share this article: Facebook Twitter Telegram",
    ];
    let mut out = String::new();
    for (k, p) in paras(t).iter().enumerate() {
        if k > 0 {
            out.push_str("\n\n");
            if k % 2 == 0 {
                out.push_str(extra[(k / 2) % extra.len()]);
                out.push_str("\n\n");
            }
        }
        out.push_str(p);
    }
    out
}

/// Paragraphs in another order: last first, then neighbours swapped.
fn reorder(t: &str) -> String {
    let mut p = paras(t);
    let last = p.pop().unwrap();
    p.insert(0, last);
    for k in (1..p.len() - 1).step_by(2) {
        p.swap(k, k + 1);
    }
    join(&p)
}

fn drop_last(t: &str) -> String {
    let p = paras(t);
    join(&p[..p.len() - 1])
}

/// Other whitespace: single newlines, CRLF, NBSP, double spaces, tabs.
fn rewhite(t: &str) -> String {
    t.replace("\n\n", "\r\n")
        .replace(", ", ",\u{a0}")
        .replace(". ", ".  \t")
}

fn pairs_of(texts: &[&str]) -> Vec<(usize, usize)> {
    near_duplicates(texts)
}

fn assert_copy(a: &str, b: &str) {
    let s = similarity(a, b);
    assert!(s.is_copy(), "expected a copy: {s:?}");
    assert_eq!(pairs_of(&[a, b]), vec![(0, 1)], "{s:?}");
    assert_eq!(pairs_of(&[b, a]), vec![(0, 1)], "{s:?}");
}

fn assert_distinct(a: &str, b: &str) {
    let s = similarity(a, b);
    assert!(!s.is_copy(), "expected distinct: {s:?}");
    assert!(pairs_of(&[a, b]).is_empty(), "{s:?}");
}

const STORIES: [&str; 6] = [
    KURSK_MILITIA,
    SHEBEKINO_SHELLING,
    BELGOROD_ARMS,
    DEPOT_REPORT_A,
    EVACUATION_A,
    QUOTE_A,
];

// ---- normalisation ----

fn words(t: &str) -> Vec<u64> {
    let mut v = Vec::new();
    for_each_word(t, |w| v.push(w));
    v
}

#[test]
fn quotes_apostrophes_and_case_fold() {
    assert_eq!(
        words("Russia’s “main” thing"),
        words("russia's \"MAIN\" Thing")
    );
    assert_eq!(words("Russia’s"), words("Russias"));
    assert_eq!(words("isn’t"), words("isnʼt"));
    assert_eq!(word_count("‘Literally’ — from the ‘first’ days"), 5);
    assert_eq!(word_count("the residents’ homes"), 3);
}

#[test]
fn dashes_and_markup_separate_words() {
    assert_eq!(words("self-defense units"), words("self–defense units"));
    assert_eq!(words("self-defense units"), words("self defense units"));
    assert_eq!(
        words("**Related article:** # _Blasts_"),
        words("related article blasts")
    );
    assert_eq!(word_count("2,092 people — 3 000 in total"), 7);
}

#[test]
fn urls_link_targets_and_entities_are_skipped() {
    assert_eq!(
        words("[t.me/vvgladkov](https://t.me/vvgladkov)"),
        words("t.me/vvgladkov")
    );
    assert_eq!(
        words("see <https://example.com/a/b?x=1> now"),
        words("see now")
    );
    assert_eq!(words("visit www.example.com today"), words("visit today"));
    assert_eq!(
        words("Gladkov&nbsp;said &amp; added"),
        words("Gladkov said added")
    );
    assert_eq!(words("AT&T"), words("at t"));
    assert_eq!(
        words("terri\u{ad}torial de\u{200b}fense"),
        words("territorial defense")
    );
    assert_eq!(words("Белгородская ОБЛАСТЬ"), words("белгородская область"));
}

// ---- copies: one pair ----

#[test]
fn identical_copy() {
    assert_copy(KURSK_MILITIA, KURSK_MILITIA);
}

#[test]
fn copy_with_donation_banner() {
    assert_copy(SHEBEKINO_SHELLING, &with_banner(SHEBEKINO_SHELLING));
}

#[test]
fn markdown_versus_plain() {
    assert_copy(
        BELGOROD_ARMS,
        &markdown(BELGOROD_ARMS, "Belgorod Battalions Get Rifles"),
    );
}

#[test]
fn curly_versus_straight_quotes() {
    assert_copy(KURSK_MILITIA, &straighten(KURSK_MILITIA));
    assert_copy(SHEBEKINO_SHELLING, &curl(SHEBEKINO_SHELLING));
}

#[test]
fn reordered_paragraphs() {
    for s in STORIES {
        assert_copy(s, &reorder(s));
    }
}

#[test]
fn added_headline_and_byline() {
    let t = format!(
        "Kursk to Form Militia Units After Border Shelling\n\nBy Staff Reporter | Published 12:40 PM\n\n{KURSK_MILITIA}"
    );
    assert_copy(KURSK_MILITIA, &t);
}

#[test]
fn other_headline_same_body() {
    let a = format!("Kursk Forms Militia\n\n{KURSK_MILITIA}");
    let b = format!(
        "Russian Border Region Creates Self-Defense Units Amid Shelling\n\n{KURSK_MILITIA}"
    );
    assert_copy(&a, &b);
}

#[test]
fn truncated_copy_missing_last_paragraph() {
    for s in STORIES {
        assert_copy(s, &drop_last(s));
    }
}

#[test]
fn copy_missing_two_paragraphs() {
    let p = paras(KURSK_MILITIA);
    assert_copy(KURSK_MILITIA, &join(&p[..p.len() - 2]));
}

#[test]
fn furniture_between_paragraphs() {
    for s in STORIES {
        assert_copy(s, &with_furniture(s));
    }
}

#[test]
fn other_whitespace() {
    assert_copy(EVACUATION_A, &rewhite(EVACUATION_A));
}

#[test]
fn copy_with_extra_update_paragraphs() {
    let t = format!(
        "{DEPOT_REPORT_A}\n\nUPDATE, 2:15 PM: The regional emergencies ministry said later on Saturday that the fire had been fully extinguished and that residents could open their windows again.\n\nThis story has been updated with the ministry’s latest statement."
    );
    assert_copy(DEPOT_REPORT_A, &t);
}

#[test]
fn everything_at_once() {
    let a = with_banner(&straighten(SHEBEKINO_SHELLING));
    let b = markdown(
        &with_furniture(&reorder(&drop_last(SHEBEKINO_SHELLING))),
        "Shelling Kills 2",
    );
    assert_copy(&a, &rewhite(&b));
}

#[test]
fn three_way_copies_give_every_pair() {
    let a = with_banner(BELGOROD_ARMS);
    let b = markdown(BELGOROD_ARMS, "Arms for Belgorod Volunteers");
    let c = drop_last(&straighten(BELGOROD_ARMS));
    let texts = [KURSK_MILITIA, &a, DEPOT_REPORT_A, &b, &c, EVACUATION_A];
    assert_eq!(pairs_of(&texts), vec![(1, 3), (1, 4), (3, 4)]);
}

#[test]
fn a_story_syndicated_a_dozen_times_gives_every_pair_once() {
    // exact and near copies share most LSH bands: each pair still comes back, once
    let t = BELGOROD_ARMS;
    let forms: Vec<String> = vec![
        t.into(),
        t.into(),
        with_banner(t),
        markdown(t, "Arms for Belgorod Volunteers"),
        drop_last(&straighten(t)),
        reorder(t),
        rewhite(t),
        with_furniture(t),
        curl(t),
        with_banner(&reorder(t)),
        markdown(t, "Belgorod Arms Its Volunteers"),
    ];
    let mut texts: Vec<&str> = vec![KURSK_MILITIA, EVACUATION_A];
    texts.extend(forms.iter().map(String::as_str));
    let n = texts.len();
    let every: Vec<(usize, usize)> = (2..n)
        .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
        .collect();
    assert_eq!(pairs_of(&texts), every);
}

#[test]
fn two_stories_each_copied() {
    let k = markdown(KURSK_MILITIA, "Kursk Militia");
    let e = with_banner(EVACUATION_A);
    let texts = [
        &k as &str,
        EVACUATION_A,
        SHEBEKINO_SHELLING,
        KURSK_MILITIA,
        &e,
    ];
    assert_eq!(pairs_of(&texts), vec![(0, 3), (1, 4)]);
}

// ---- not copies ----

#[test]
fn two_wire_reports_of_one_drone_strike() {
    assert_distinct(DEPOT_REPORT_A, DEPOT_REPORT_B);
}

#[test]
fn two_wire_reports_of_one_evacuation() {
    assert_distinct(EVACUATION_A, EVACUATION_B);
}

#[test]
fn rewrite_in_other_words() {
    assert_distinct(KURSK_MILITIA, KURSK_PARAPHRASE);
}

#[test]
fn shared_long_quote_only() {
    assert_distinct(QUOTE_A, QUOTE_B);
}

#[test]
fn daily_reports_from_one_template() {
    assert_distinct(DAILY_1, DAILY_2);
}

#[test]
fn shared_boilerplate_paragraph_only() {
    let a = format!("{SHEBEKINO_SHELLING}\n\n{BOILERPLATE}");
    let b = format!("{DEPOT_REPORT_A}\n\n{BOILERPLATE}");
    assert_distinct(&a, &b);
    let c = format!("{DAILY_1}\n\n{BOILERPLATE}");
    let d = format!("{DAILY_2}\n\n{BOILERPLATE}");
    assert_distinct(&c, &d);
}

#[test]
fn same_banner_on_different_stories() {
    assert_distinct(&with_banner(KURSK_MILITIA), &with_banner(EVACUATION_A));
    assert_distinct(
        &with_banner(SHEBEKINO_SHELLING),
        &with_banner(BELGOROD_ARMS),
    );
}

#[test]
fn banner_longer_than_the_story_needs_corpus_statistics() {
    // Alone, two short items under one long banner look like copies: the banner
    // is most of each text. In a corpus where the banner is everywhere, its
    // shingles are boilerplate and only the items' own text counts.
    let lead = |t: &str| t.split(". ").take(2).collect::<Vec<_>>().join(". ");
    let (a, b) = (with_banner(&lead(DAILY_1)), with_banner(&lead(DAILY_2)));
    assert!(similarity(&a, &b).is_copy());
    let mut corpus: Vec<String> = vec![a, b, with_banner(SHEBEKINO_SHELLING)];
    corpus.push(markdown(SHEBEKINO_SHELLING, "Shelling"));
    let mut rng = tests_scale::Rng(5);
    let vocab = tests_scale::vocabulary();
    while corpus.len() < lsh::BOILERPLATE_DOCS + 10 {
        // Other short items under the same banner.
        corpus.push(with_banner(&tests_scale::paragraph(&mut rng, &vocab)));
    }
    let refs: Vec<&str> = corpus.iter().map(String::as_str).collect();
    assert_eq!(near_duplicates(&refs), vec![(2, 3)]);
}

#[test]
fn digest_containing_a_short_story() {
    // A round-up quoting a whole short item among much other text: not a copy.
    let digest = format!("{DAILY_1}\n\n{KURSK_MILITIA}\n\n{BELGOROD_ARMS}\n\n{EVACUATION_A}");
    let s = similarity(DAILY_1, &digest);
    assert!(
        s.containment > 0.95 && s.resemblance < RESEMBLANCE_MIN,
        "{s:?}"
    );
    assert_distinct(DAILY_1, &digest);
}

#[test]
fn unrelated_stories() {
    for (i, a) in STORIES.iter().enumerate() {
        for b in &STORIES[i + 1..] {
            assert_distinct(a, b);
        }
    }
}

// ---- empty and short texts ----

#[test]
fn empty_and_blank_texts_are_never_copies() {
    assert!(pairs_of(&["", "", ""]).is_empty());
    assert!(pairs_of(&["  \n\n ", " — ** ", "\n"]).is_empty());
    assert!(pairs_of(&[]).is_empty());
    assert!(pairs_of(&[KURSK_MILITIA]).is_empty());
    assert!(!is_copy("", ""));
}

#[test]
fn short_identical_texts_are_copies() {
    let a = "Gladkov: two injured in the shelling of Shebekino";
    let b = "**Gladkov:** Two injured in the shelling of  Shebekino!";
    assert_eq!(pairs_of(&[a, KURSK_MILITIA, b]), vec![(0, 2)]);
    assert_eq!(
        pairs_of(&["Russia’s “drones”", "russia's drones"]),
        vec![(0, 1)]
    );
}

#[test]
fn short_near_identical_texts_are_not() {
    let a = "Gladkov: two injured in the shelling of Shebekino";
    let b = "Gladkov: three injured in the shelling of Shebekino";
    assert_distinct(a, b);
    // 19 of 20 words shared, but the shorter is below MIN_WORDS.
    let long = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty";
    let short = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen";
    assert_eq!(word_count(short), MIN_WORDS - 1);
    assert_distinct(short, long);
}

#[test]
fn short_text_inside_long_one_is_not_a_copy() {
    let p = paras(SHEBEKINO_SHELLING);
    let first_sentence = p[0].split(" in Russia").next().unwrap();
    assert!(word_count(first_sentence) < MIN_WORDS);
    assert_distinct(first_sentence, SHEBEKINO_SHELLING);
}

// ---- corpus-level behaviour ----

fn test_corpus() -> Vec<String> {
    let mut v: Vec<String> = [
        KURSK_MILITIA,
        SHEBEKINO_SHELLING,
        BELGOROD_ARMS,
        DEPOT_REPORT_A,
        DEPOT_REPORT_B,
        EVACUATION_A,
        EVACUATION_B,
        KURSK_PARAPHRASE,
        QUOTE_A,
        QUOTE_B,
        DAILY_1,
        DAILY_2,
        "",
        "Read more",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for s in STORIES {
        v.push(with_banner(s));
        v.push(markdown(&reorder(s), "Headline"));
        v.push(drop_last(&with_furniture(s)));
    }
    v.push("Read more".into());
    v
}

#[test]
fn agrees_with_exhaustive_comparison_and_is_deterministic() {
    let corpus = test_corpus();
    let refs: Vec<&str> = corpus.iter().map(String::as_str).collect();
    let mut brute = Vec::new();
    for i in 0..refs.len() {
        for j in i + 1..refs.len() {
            if is_copy(refs[i], refs[j]) {
                brute.push((i, j));
            }
        }
    }
    let got = near_duplicates(&refs);
    assert_eq!(got, brute);
    assert_eq!(got, near_duplicates(&refs));
    assert!(got.windows(2).all(|w| w[0] < w[1]) && got.iter().all(|&(i, j)| i < j));
    // Each story: original + 3 variants = 6 pairs; plus the two "Read more".
    assert_eq!(got.len(), STORIES.len() * 6 + 1);
}

/// The seed articles (`corpus/*.txt`), sorted by path: their paths and texts.
fn seed_texts() -> (Vec<std::path::PathBuf>, Vec<String>) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let texts = files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    (files, texts)
}

#[test]
fn seed_corpus_has_exactly_one_copy_pair() {
    let (files, texts) = seed_texts();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    assert!(refs.len() >= 5);
    let names: Vec<String> = files
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy()[..3].to_string())
        .collect();
    let got: Vec<(&str, &str)> = near_duplicates(&refs)
        .iter()
        .map(|&(i, j)| (names[i].as_str(), names[j].as_str()))
        .collect();
    assert_eq!(got, vec![("000", "001")]);
}

#[path = "tests_print.rs"]
mod tests_print;
#[path = "tests_scale.rs"]
mod tests_scale;

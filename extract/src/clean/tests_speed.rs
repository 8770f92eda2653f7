//! The fast paths of the cleaning stage against plain byte-by-byte versions.

use super::cues::plain_lower_upto;

/// The byte-by-byte [`plain_lower_upto`] (before its eight-byte fast path).
fn reference(raw: &str, limit: usize) -> String {
    let s = raw.trim_start_matches(['#', '>', ' ', '\t']);
    let mut cut = s.len().min(limit);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let s = &s[..cut];
    let b = s.as_bytes();
    let mut out: Vec<u8> = Vec::new();
    let mut space = false;
    let mut i = 0;
    let mut buf = [0u8; 4];
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            i += 1;
            match c {
                b'*' | b'`' | b'[' => continue,
                b'_' if b.get(i) == Some(&b'_') || (i >= 2 && b[i - 2] == b'_') => continue,
                b']' => {
                    if b.get(i) == Some(&b'(') {
                        i += s[i..].find(')').map_or(s.len() - i, |p| p + 1);
                    }
                    continue;
                }
                _ if c.is_ascii_whitespace() => {
                    space = true;
                    continue;
                }
                _ => {}
            }
            if space && !out.is_empty() {
                out.push(b' ');
            }
            space = false;
            out.push(c.to_ascii_lowercase());
        } else {
            let ch = s[i..].chars().next().unwrap_or(' ');
            i += ch.len_utf8();
            if ch.is_whitespace() {
                space = true;
                continue;
            }
            if space && !out.is_empty() {
                out.push(b' ');
            }
            space = false;
            match ch {
                '’' | '‘' => out.push(b'\''),
                _ => ch
                    .to_lowercase()
                    .for_each(|l| out.extend_from_slice(l.encode_utf8(&mut buf).as_bytes())),
            }
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

#[test]
fn plain_lower_matches_the_byte_by_byte_version() {
    let pieces = [
        "The ",
        "BELGOROD",
        " region",
        "  ",
        "\t",
        "\n",
        "*",
        "**bold**",
        "`x`",
        "[link](https://a.b/c)",
        "__init__",
        "_a_",
        "snake_case",
        "’",
        "“Quote”",
        " — ",
        "Ünïcode",
        "İ",
        "ß",
        "\u{a0}",
        "12,000",
        "A.B.C",
        "x",
        " ",
        "_",
        "]",
        "[",
        "#",
        "> ",
        "~^|{}",
        "C:\\Temp\\x^2",
        "abcdefgh[ijklmnop",
        "\r\n",
        "Read more »",
        "DONATE NOW",
    ];
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..20_000 {
        let mut s = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let n = (seed % 24) as usize;
        let mut r = seed;
        for _ in 0..n {
            r = r
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            s.push_str(pieces[(r >> 33) as usize % pieces.len()]);
        }
        for limit in [5, 17, 96, 320, usize::MAX] {
            assert_eq!(
                plain_lower_upto(&s, limit),
                reference(&s, limit),
                "{s:?} {limit}"
            );
        }
    }
}

#[test]
fn prefix_lexicons_are_sorted_for_their_first_byte_ranges() {
    use super::lexicon::{BANNER_STARTS, FURNITURE_PREFIXES};
    assert!(FURNITURE_PREFIXES.windows(2).all(|w| w[0].0 < w[1].0));
    assert!(BANNER_STARTS.windows(2).all(|w| w[0] < w[1]));
    assert!(FURNITURE_PREFIXES.iter().all(|p| !p.0.is_empty()));
    assert!(BANNER_STARTS.iter().all(|p| !p.is_empty()));
}

/// Random strings from pieces that exercise markdown, links, quotes and spaces.
fn samples(n: usize) -> Vec<String> {
    let pieces = [
        "The ",
        "BELGOROD",
        " region",
        "  ",
        "\t",
        "\n",
        "*",
        "**bold**",
        "`x`",
        "[link](https://a.b/c)",
        "](",
        ")",
        "# ",
        "## Title",
        "’",
        "“Quote”",
        " — ",
        "Ünïcode",
        "\u{a0}",
        "12,000",
        ". ",
        "! ",
        "? ",
        ".",
        "Support independent journalism",
        "become a member",
        "x",
        " ",
        "[",
        "]",
        "please support",
        "Dear reader",
    ];
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    (0..n)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut r = seed;
            let mut s = String::new();
            for _ in 0..(seed % 20) {
                r = r
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push_str(pieces[(r >> 33) as usize % pieces.len()]);
            }
            s
        })
        .collect()
}

#[test]
fn heading_text_matches_the_plain_version() {
    fn reference(raw: &str) -> String {
        let t = raw.trim().trim_start_matches('#').trim();
        let mut out = String::new();
        let mut rest = t;
        while let Some(p) = rest.find("](") {
            let close = rest[p..].find(')').map(|c| p + c + 1).unwrap_or(rest.len());
            out.push_str(&rest[..p]);
            rest = &rest[close..];
        }
        out.push_str(rest);
        let s: String = out
            .chars()
            .filter(|c| !matches!(c, '*' | '[' | '`'))
            .collect();
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }
    for s in samples(20_000) {
        assert_eq!(super::heading_text(&s), reference(&s), "{s:?}");
    }
}

#[test]
fn banner_inside_matches_the_plain_version() {
    use super::cues::{banner_inside, banner_start, plain_lower};
    fn reference(low: &str, raw_len: usize) -> bool {
        let b = low.as_bytes();
        raw_len <= 300
            && (1..b.len()).any(|i| {
                b[i] == b' '
                    && matches!(b[i - 1], b'.' | b'!' | b'?')
                    && banner_start(low[i..].trim_start(), 0)
            })
    }
    let mut hits = 0;
    for s in samples(20_000) {
        let low = plain_lower(&s);
        let want = reference(&low, s.len());
        hits += usize::from(want);
        assert_eq!(banner_inside(&low, s.len()), want, "{low:?}");
    }
    assert!(hits > 100);
}

#[test]
fn hard_wrapped_over_split_lines_matches_the_lines_version() {
    fn reference(text: &str) -> bool {
        let (mut pairs, mut wraps) = (0, 0);
        let mut prev: Option<usize> = None;
        for line in text.lines() {
            let n = line.trim().len();
            if n > 0 {
                if let Some(p) = prev {
                    pairs += 1;
                    wraps += (40..=100).contains(&p) as usize;
                }
                prev = Some(n);
            } else {
                prev = None;
            }
        }
        wraps >= 4 && wraps * 10 >= pairs * 6
    }
    let long = "The regional governor said the shelling continued overnight in the border villages";
    let mut texts = samples(5_000);
    for k in 0..200 {
        let mut t = String::new();
        for j in 0..(k % 13) {
            t.push_str(&long[..30 + (j * 7 + k) % 50]);
            t.push_str(["\n", "\r\n", "\n", "\n \n"][(j + k) % 4]);
        }
        texts.push(t);
    }
    let mut wrapped = 0;
    for t in &texts {
        let lens = t.split_inclusive('\n').map(|l| l.trim().len());
        let got = super::hard_wrapped(lens);
        wrapped += usize::from(got);
        assert_eq!(got, reference(t), "{t:?}");
    }
    assert!(wrapped > 10);
}

#[test]
fn bare_and_navigation_match_the_char_versions() {
    use super::cues::bare;
    use super::mastheads::navigation;
    fn bare_ref(low: &str) -> &str {
        low.trim_end_matches(|c: char| ".:!?…»›→>|-–— ".contains(c))
    }
    fn navigation_ref(raw: &str) -> bool {
        if raw.len() > 160 || raw.ends_with('.') {
            return false;
        }
        // the separators counted one at a time (the rule itself is shared)
        ['|', '›', '»', '>', '•', '·', '/']
            .into_iter()
            .any(|sep| raw.matches(sep).count() >= 2 && super::mastheads::split_menu(raw, sep))
    }
    let ends = [
        "", ".", ":", "!", "?", "…", "»", "›", "→", ">", "|", "-", "–", "—", " ", "¿", "’", "a",
    ];
    let seps = [
        " | ", " › ", " » ", " > ", " • ", " · ", " / ", " ‹ ", " « ", "‐", " ",
    ];
    let words = [
        "News",
        "World",
        "Kursk region",
        "12:30",
        "Belgorod",
        "",
        "Ünï",
    ];
    let mut navs = 0;
    for (k, s) in samples(5_000).into_iter().enumerate() {
        for (j, e) in ends.iter().enumerate() {
            let t = format!("{s}{e}{}", ends[(j + k) % ends.len()]);
            assert_eq!(bare(&t), bare_ref(&t), "{t:?}");
        }
        let mut line = String::new();
        for j in 0..(k % 6) {
            if j > 0 {
                line.push_str(seps[(k / 7 + j * (k % 2)) % seps.len()]);
            }
            line.push_str(words[(j * 3 + k) % words.len()]);
        }
        let tail: String = s.chars().take(if k % 3 == 1 { 6 } else { 0 }).collect();
        line.push_str(&tail);
        for t in [&line, &s] {
            let want = navigation_ref(t);
            navs += usize::from(want);
            assert_eq!(navigation(t), want, "{t:?}");
        }
    }
    assert!(navs > 50, "{navs}");
}

/// `scan::date_words` gives the words of `str::split` on the date-line separators.
#[test]
fn date_words_match_split() {
    let sep = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | '|' | '/' | '-' | '–' | '—' | ':' | '(' | ')' | '·' | '•' | '+'
            )
    };
    for s in [
        "",
        " ",
        "december 06, 2022",
        "published 06.12.2022 14:05",
        "tue, dec 6, 2022 | 18:40 msk",
        "news · 3 june 2023",
        "politics\u{a0}|\u{2009}may 2, 2024 — 12:00 (updated)",
        "2024-05-02+03:00 • 5 min",
        "a\u{b}b\u{c}c\rd\te\nf",
        "12 марта 2023 г.–13 марта",
        "—–·•,,||",
        "é à ü 1st 2nd",
    ] {
        let want: Vec<&str> = s.split(sep).filter(|w| !w.is_empty()).collect();
        let got: Vec<&str> = super::scan::date_words(s).collect();
        assert_eq!(got, want, "{s:?}");
    }
}

#[test]
fn teaser_header_max_is_the_longest_header() {
    use super::lexicon::{TEASER_HEADERS, TEASER_HEADER_MAX};
    // `header_with_section` looks for " in " only in text short enough to hold a header
    let longest = TEASER_HEADERS.iter().map(|h| h.len()).max().unwrap_or(0);
    assert_eq!(longest, TEASER_HEADER_MAX);
    assert!(super::cues::teaser_header("most read in news"));
    assert!(super::cues::teaser_header(&format!(
        "{} in sport",
        TEASER_HEADERS[0]
    )));
    assert!(!super::cues::teaser_header(
        "most read in news and in the rest of the world"
    ));
}

/// The byte-by-byte `plain_heading` (before its eight-byte fast path).
fn plain_heading_reference(t: &str) -> bool {
    let mut space = false;
    for c in t.chars() {
        if c == ' ' {
            if space {
                return false;
            }
            space = true;
        } else if (c as u32) < 0x20 || matches!(c, '*' | '[' | ']' | '`') || c.is_whitespace() {
            return false;
        } else {
            space = false;
        }
    }
    true
}

#[test]
fn plain_heading_matches_the_byte_loop() {
    let texts = [
        "Belgorod volunteers train  near the border as shelling continues in Shebekino",
        "Kursk Region: 2,092 fighters in **seven** units, says the governor’s office",
        "Territorial defence units of Belgorod\u{a0}oblast double in size — report",
        "A_B^C\\D and [Kursk](https://x.ru) `code` in\tthe middle of a long heading line",
        "Eight chars then  two spaces at a chunk edge: abcdefg  hijklmn opqrstu vwxyz12",
        "1234567 89abcdef ghijklmn\u{2009}thin space and an em dash — “quoted” words",
    ];
    let mut checked = 0;
    for t in texts {
        for s in 0..t.len() {
            for e in s..=t.len() {
                if !t.is_char_boundary(s) || !t.is_char_boundary(e) {
                    continue;
                }
                let x = &t[s..e];
                assert_eq!(
                    super::scan::plain_heading(x),
                    plain_heading_reference(x),
                    "{x:?}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 10_000);
}

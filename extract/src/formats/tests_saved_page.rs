//! A whole HTML page saved as `.txt` / `.md` / without an extension is converted
//! exactly as a `.html` file; prose that merely contains tags is never touched.

use super::*;

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Kursk forms 16 defence companies | Border News</title>
<meta property="og:site_name" content="Border News">
<meta property="article:published_time" content="2024-02-21T10:47:00+03:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/donate">Donate</a></nav>
<script>var views = 120000;</script>
<article><h1>Kursk forms 16 defence companies</h1>
<p>More than 1,500 residents of the Kursk region have signed contracts with the territorial defence, the governor said.</p>
<p>Each company numbers between 80 and 120 fighters.</p>
</article>
<footer>&copy; 2018&ndash;2024 Border News</footer>
</body></html>
"#;

fn saved(ext: &str, text: &str) -> (String, Vec<String>) {
    to_text(ext, text.as_bytes()).expect("reads")
}

#[test]
fn a_page_saved_as_txt_is_converted_exactly_as_a_html_file() {
    let (html_text, html_warnings) = saved("html", PAGE);
    let (t, w) = saved("txt", PAGE);
    assert_eq!(t, html_text);
    let mut want = vec!["looks like an HTML page saved as .txt: converted as HTML".to_string()];
    want.extend(html_warnings);
    assert_eq!(w, want);
    assert!(
        t.starts_with("---\ntitle: Kursk forms 16 defence companies\n"),
        "{t}"
    );
    assert!(t.contains("date: 2024-02-21"), "{t}");
    assert!(t.contains("More than 1,500 residents"), "{t}");
    for markup in ["<p>", "<nav", "var views", "&copy;", "Donate"] {
        assert!(!t.contains(markup), "{markup} left in {t}");
    }
}

#[test]
fn md_no_extension_and_unknown_extensions_are_converted_too() {
    let (html_text, _) = saved("html", PAGE);
    for (ext, warning) in [
        (
            "md",
            "looks like an HTML page saved as .md: converted as HTML",
        ),
        (
            "TXT",
            "looks like an HTML page saved as .txt: converted as HTML",
        ),
        (
            "",
            "looks like an HTML page saved without an extension: converted as HTML",
        ),
        (
            "log",
            "looks like an HTML page saved as .log: converted as HTML",
        ),
    ] {
        let (t, w) = saved(ext, PAGE);
        assert_eq!(t, html_text, "{ext}");
        assert_eq!(w[0], warning, "{ext}");
        assert!(!w.iter().any(|w| w.contains("plain text")), "{ext}: {w:?}");
    }
}

#[test]
fn a_byte_order_mark_a_comment_and_front_matter_before_the_page_are_allowed() {
    let with_bom = format!("\u{FEFF}\n{PAGE}");
    assert_eq!(saved("txt", &with_bom).0, saved("html", PAGE).0);
    let saved_from = format!("<!-- saved from url=(0030)https://example.org/kursk -->\r\n{PAGE}");
    assert_eq!(saved("txt", &saved_from).0, saved("html", &saved_from).0);
    // The file's own front matter is kept and wins, as in a `.html` file.
    let fm = format!("---\ntitle: Our own title\nid: k1\n---\n{PAGE}");
    let (t, w) = saved("txt", &fm);
    assert_eq!(t, saved("html", &fm).0);
    assert!(t.starts_with("---\ntitle: Our own title\nid: k1\n"), "{t}");
    assert_eq!(
        w[0],
        "looks like an HTML page saved as .txt: converted as HTML"
    );
}

#[test]
fn a_page_without_a_doctype_after_a_scraper_header_is_converted() {
    let scraped = "Fetched: 2024-03-27 09:20\n\n<head><meta charset=\"utf-8\"><title>Sumy</title></head>\n\
        <body><nav><a href=\"/\">Home</a></nav><article><p>Russian forces carried out 96 attacks.</p>\
        </article></body>";
    let (t, w) = saved("txt", scraped);
    assert_eq!(t, saved("html", scraped).0);
    assert_eq!(
        w[0],
        "looks like an HTML page saved as .txt: converted as HTML"
    );
    assert!(t.contains("Russian forces carried out 96 attacks."), "{t}");
    assert!(!t.contains("<p>"), "{t}");
}

#[test]
fn a_page_in_a_declared_single_byte_charset_is_decoded_as_a_html_file_is() {
    let mut page =
        b"<!DOCTYPE html><html><head><meta charset=\"windows-1251\"></head><body><p>".to_vec();
    page.extend(b"\xc1\xe5\xeb\xe3\xee\xf0\xee\xe4: 16 drones</p></body></html>");
    let (t, w) = to_text("txt", &page).unwrap();
    assert_eq!(t, "Белгород: 16 drones\n");
    assert_eq!((t, w.clone()), {
        let (t, mut hw) = to_text("html", &page).unwrap();
        hw.insert(
            1,
            "looks like an HTML page saved as .txt: converted as HTML".into(),
        );
        (t, hw)
    });
    assert_eq!(
        w[0],
        "not UTF-8; decoded as windows-1251 (the page's charset)"
    );
}

#[test]
fn articles_that_merely_contain_tags_are_kept_byte_for_byte() {
    for (ext, text) in [
        // An article quoting a tag.
        ("txt", "The ministry’s page printed the toll in “<b>” bold tags: 16 people were killed in Belgorod.\n"),
        // Markdown with an HTML comment, inline HTML and a footnote marker.
        ("md", "<!-- draft: check figures -->\n# Kursk battalions\n\nAbout 3,000 people joined<sup>1</sup>.\n\n<details><summary>Sources</summary>Governor</details>\n"),
        // Text about <html> tags (even at the very start).
        ("txt", "<html> tags open every web page. The Belgorod administration’s site, a developer noted, has 2 of them.\n"),
        ("txt", "Editors learn <html>, <head> and <body> first, then <p>, <a>, <div>, <span>, <ul>, <li> and <img>; the course had 40 students.\n"),
        ("", "<!DOCTYPE html> is the first line of a page, the 12 trainees were told.\n"),
        // Comparisons and arrows.
        ("txt", "Losses were <5% in 2023 and >10 drones <br> were shot down, x<y.\n"),
    ] {
        let (t, w) = saved(ext, text);
        assert_eq!(t, text);
        assert!(!w.iter().any(|w| w.contains("HTML")), "{text:?}: {w:?}");
    }
}

#[test]
fn spans_refer_to_the_converted_text() {
    let (t, _) = saved("txt", PAGE);
    let a = crate::extract_article("saved", &t);
    assert!(!a.figures.is_empty(), "{t}");
    assert!(
        a.figures.iter().any(|f| f.text.contains("1,500")),
        "{:?}",
        a.figures
    );
    for f in &a.figures {
        assert_eq!(&t[f.span.start..f.span.end], f.text, "{f:?}");
        assert!(!f.text.contains('<') && !f.sentence.contains('<'), "{f:?}");
    }
    // The view count in the script and the copyright years are not figures.
    assert!(!a
        .figures
        .iter()
        .any(|f| f.text.contains("120000") || f.text.contains("2018")));
}

#[test]
fn read_source_and_read_corpus_dir_convert_a_saved_page() {
    let dir = std::env::temp_dir().join(format!("tally-saved-page-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), PAGE).unwrap();
    std::fs::write(dir.join("b.html"), PAGE).unwrap();
    let one = crate::read_source(&dir.join("a.txt")).unwrap();
    let (files, bad) = crate::read_corpus_dir(&dir).unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(bad.is_empty());
    assert_eq!(files.len(), 2);
    assert_eq!(files[0].text, one.text);
    assert_eq!(files[0].text, files[1].text);
    assert_eq!(
        files[0].warnings[0],
        "looks like an HTML page saved as .txt: converted as HTML"
    );
}

use super::*;

fn html(s: &str) -> (String, Vec<String>) {
    to_text("html", s.as_bytes()).expect("a page converts")
}

fn body(s: &str) -> String {
    let page = html::page(s);
    page.blocks.join("\n\n")
}

fn page_of(head: &str, body: &str) -> html::Page {
    html::page(&format!(
        "<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"
    ))
}

// ---- bytes → text ----

#[test]
fn plain_text_and_markdown_are_kept_as_they_are() {
    let t = "Kursk’s governor said “as many as 3,000 people” — joined.\n\n# Heading\n\n*em* [link](http://x)\n";
    assert_eq!(
        to_text("txt", t.as_bytes()).unwrap(),
        (t.to_string(), vec![])
    );
    assert_eq!(
        to_text("MD", t.as_bytes()).unwrap(),
        (t.to_string(), vec![])
    );
}

#[test]
fn a_utf8_byte_order_mark_is_dropped() {
    let (t, w) = to_text("txt", b"\xEF\xBB\xBF---\ntitle: X\n---\nbody").unwrap();
    assert!(t.starts_with("---\n"), "{t:?}");
    assert!(w.is_empty());
}

#[test]
fn empty_and_blank_files_are_refused() {
    assert_eq!(to_text("txt", b""), Err("empty file".to_string()));
    assert_eq!(
        to_text("md", b" \n\r\n\t "),
        Err("empty file (only blank space)".to_string())
    );
    assert_eq!(
        to_text("html", b"\xEF\xBB\xBF"),
        Err("empty file (only blank space)".to_string())
    );
}

#[test]
fn binary_files_are_refused() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0";
    assert_eq!(
        to_text("txt", png),
        Err("binary file, not text".to_string())
    );
    assert_eq!(
        to_text("txt", b"ab\0cd"),
        Err("binary file, not text".to_string())
    );
    let controls: Vec<u8> = (0..200u8)
        .map(|i| if i % 3 == 0 { 0x01 } else { b'a' })
        .collect();
    assert_eq!(
        to_text("txt", &controls),
        Err("binary file, not text".to_string())
    );
    // A few stray control characters in real text are not binary.
    let mostly_text = format!("{}\x07{}", "word ".repeat(100), "more ".repeat(100));
    assert!(to_text("txt", mostly_text.as_bytes()).is_ok());
}

#[test]
fn invalid_utf8_is_replaced_with_a_warning_naming_the_byte() {
    let (t, w) = to_text("txt", b"caf\xE9 with 5 tanks").unwrap();
    assert_eq!(t, "caf\u{FFFD} with 5 tanks");
    assert_eq!(w, vec!["invalid UTF-8 at byte 3; replaced".to_string()]);
    let (_, w) = to_text("txt", b"\xEF\xBB\xBFab\xFFcd\xFE\xFDe").unwrap();
    assert_eq!(
        w,
        vec!["invalid UTF-8 at byte 5; replaced (3 invalid sequences in all)".to_string()]
    );
}

#[test]
fn utf16_with_a_byte_order_mark_is_decoded() {
    let mut b = vec![0xFF, 0xFE];
    for u in "3,000 people in Kursk’s units".encode_utf16() {
        b.extend(u.to_le_bytes());
    }
    assert_eq!(
        to_text("txt", &b).unwrap().0,
        "3,000 people in Kursk’s units"
    );
    let mut be = vec![0xFE, 0xFF];
    for u in "Belgorod".encode_utf16() {
        be.extend(u.to_be_bytes());
    }
    assert_eq!(to_text("txt", &be).unwrap().0, "Belgorod");
    let (_, w) = to_text("txt", &[0xFF, 0xFE, b'a', 0, 0x00, 0xD8, b'b', 0]).unwrap();
    assert_eq!(w, vec!["invalid UTF-16 at byte 4; replaced".to_string()]);
}

#[test]
fn unknown_extensions_and_html_in_a_txt_file_are_warned_about() {
    let (t, w) = to_text("log", b"16 people were killed").unwrap();
    assert_eq!(t, "16 people were killed");
    assert_eq!(
        w,
        vec!["unknown extension `.log`; read as plain text".to_string()]
    );
    let (t, w) = to_text("txt", b"<!DOCTYPE html><html><p>x</p></html>").unwrap();
    assert_eq!(t, "x\n");
    assert_eq!(
        w,
        vec!["looks like an HTML page saved as .txt: converted as HTML".to_string()]
    );
    let (_, w) = to_text("", b"16 people were killed").unwrap();
    assert_eq!(w, vec!["no extension; read as plain text".to_string()]);
    assert_eq!(format_of("HTM"), Some(Format::Html));
    assert_eq!(format_of("pdf"), None);
}

// ---- page metadata ----

#[test]
fn og_title_wins_over_the_title_tag_and_h1() {
    let p = page_of(
        r#"<title>Title tag | Meduza</title><meta property="og:title" content="Kursk &amp; Belgorod arm militias">"#,
        "<h1>The H1</h1><p>text</p>",
    );
    assert_eq!(p.title.as_deref(), Some("Kursk & Belgorod arm militias"));
}

#[test]
fn h1_wins_over_the_title_tag_and_an_article_h1_over_a_page_h1() {
    let p = page_of(
        "<title>Tag</title>",
        "<h1>Site logo</h1><article><h1>Militias  formed\n in Belgorod</h1><p>x</p></article>",
    );
    assert_eq!(p.title.as_deref(), Some("Militias formed in Belgorod"));
}

#[test]
fn the_title_tag_loses_the_site_name_after_a_separator() {
    let p = page_of(
        r#"<title>Belgorod forms defense units – The Moscow Times</title><meta property="og:site_name" content="The Moscow Times">"#,
        "<p>text</p>",
    );
    assert_eq!(p.title.as_deref(), Some("Belgorod forms defense units"));
    assert_eq!(p.source.as_deref(), Some("The Moscow Times"));
    // Without a known site name the title stays whole.
    let p = page_of("<title>Border towns | Live updates</title>", "<p>text</p>");
    assert_eq!(p.title.as_deref(), Some("Border towns | Live updates"));
}

#[test]
fn the_published_time_meta_gives_the_date() {
    let p = page_of(
        r#"<meta property="article:published_time" content="2023-08-02T23:40:00-05:00"><meta name="date" content="2020-01-01">"#,
        "<p>x</p>",
    );
    assert_eq!(p.date.as_deref(), Some("2023-08-02"));
}

#[test]
fn json_ld_gives_date_headline_publisher_and_url() {
    let ld = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","url":"https://example.org/","name":"Example"},
        {"@type":"NewsArticle","headline":"Kursk forms battalions","datePublished":"2022-12-06T10:00:00Z",
         "publisher":{"@type":"Organization","name":"Kommersant"},
         "mainEntityOfPage":{"@id":"https://www.kommersant.ru/doc/123"}}]}</script>"#;
    let p = page_of(ld, "<p>x</p>");
    assert_eq!(p.title.as_deref(), Some("Kursk forms battalions"));
    assert_eq!(p.date.as_deref(), Some("2022-12-06"));
    assert_eq!(p.source.as_deref(), Some("Kommersant"));
    assert_eq!(p.url.as_deref(), Some("https://www.kommersant.ru/doc/123"));
}

#[test]
fn broken_json_ld_and_a_plain_script_are_ignored() {
    let p = page_of(
        r#"<script type="application/ld+json">{"datePublished": "2023-</script><script>var d = {"datePublished":"2001-01-01"};</script>"#,
        "<p>x</p>",
    );
    assert_eq!(p.date, None);
}

#[test]
fn written_and_compact_dates_in_meta_tags_are_read() {
    let p = page_of(
        r#"<meta name="pubdate" content="August 2, 2023">"#,
        "<p>x</p>",
    );
    assert_eq!(p.date.as_deref(), Some("2023-08-02"));
    let p = page_of(
        r#"<meta name="DC.date.issued" content="20221206">"#,
        "<p>x</p>",
    );
    assert_eq!(p.date.as_deref(), Some("2022-12-06"));
    assert_eq!(iso_date("2023/02/30"), None);
    assert_eq!(iso_date("2024-02-29T00:00"), Some("2024-02-29".to_string()));
}

#[test]
fn a_time_element_in_the_article_dates_it_but_one_in_a_teaser_does_not() {
    let p = page_of(
        "",
        r#"<article><time datetime="2023-05-30T09:00">May 30</time><p>x</p></article>"#,
    );
    assert_eq!(p.date.as_deref(), Some("2023-05-30"));
    let p = page_of(
        "",
        r#"<div class="latest"><time datetime="2024-01-01">Jan 1</time></div><p>x</p>"#,
    );
    assert_eq!(p.date, None);
    let p = page_of(
        "",
        r#"<span><time pubdate datetime="2023-06-01">June 1</time></span><p>x</p>"#,
    );
    assert_eq!(p.date.as_deref(), Some("2023-06-01"));
}

#[test]
fn an_unreadable_date_is_reported_and_the_next_candidate_used() {
    let p = page_of(
        r#"<meta property="article:published_time" content="yesterday"><meta name="date" content="2023-08-02">"#,
        "<p>x</p>",
    );
    assert_eq!(p.date.as_deref(), Some("2023-08-02"));
    assert_eq!(
        p.warnings,
        vec!["HTML: publication date `yesterday` is not a date; ignored".to_string()]
    );
}

#[test]
fn canonical_must_be_absolute_else_og_url() {
    let p = page_of(
        r#"<link rel="canonical" href="/news/kursk"><meta property="og:url" content="https://tass.com/politics/1&amp;2">"#,
        "<p>x</p>",
    );
    assert_eq!(p.url.as_deref(), Some("https://tass.com/politics/1&2"));
}

// ---- page body ----

#[test]
fn scripts_styles_comments_and_furniture_elements_are_dropped() {
    let b = body(
        r#"<header><p>Site menu 24/7</p></header><nav>Home 1 2 3</nav>
        <p>Gladkov said 2,092 people serve.</p>
        <script>document.write("<p>99 tanks</p>")</script><style>p{margin:0}</style>
        <!-- <p>50 drones</p> --><aside>Donate $10,000 a month</aside>
        <form>Subscribe <input name=email> <button>Go 1</button></form><footer>© 2024</footer>"#,
    );
    assert_eq!(b, "Gladkov said 2,092 people serve.");
}

#[test]
fn related_share_newsletter_and_hidden_boxes_are_dropped_but_not_a_sidebar_layout() {
    let b = body(
        r#"<div class="page has-sidebar"><p>Eight battalions received arms.</p>
        <div class="related-articles"><p>16 people were killed in Shebekino</p></div>
        <ul class="social share"><li>Share 12</li></ul>
        <div id="newsletter_box">Sign up</div>
        <p hidden>hidden 5</p><p aria-hidden="true">aria 6</p><p style="display: none">none 7</p>
        <p>More than 50 tanks were destroyed.</p></div>"#,
    );
    assert_eq!(
        b,
        "Eight battalions received arms.\n\nMore than 50 tanks were destroyed."
    );
}

#[test]
fn the_largest_article_is_the_body_and_teaser_articles_are_left_out() {
    let b = body(
        "<article><p>Teaser: 3 killed</p></article>
         <article><p>The Kursk Region started forming units in December 2022.</p><p>As many as 3,000 people serve.</p></article>
         <article><p>Another teaser</p></article><p>Footer text outside</p>",
    );
    assert_eq!(b, "The Kursk Region started forming units in December 2022.\n\nAs many as 3,000 people serve.");
}

#[test]
fn main_is_the_body_when_there_is_no_article() {
    let b = body("<div>Top banner 1</div><main><p>Main text.</p></main><div>Bottom 2</div>");
    assert_eq!(b, "Main text.");
    let b = body(r#"<div>Top</div><div role="main"><p>Role main.</p></div>"#);
    assert_eq!(b, "Role main.");
    let b = body("<div>Only</div><p>divs</p>");
    assert_eq!(b, "Only\n\ndivs");
}

#[test]
fn entities_are_decoded_and_whitespace_collapsed_without_splitting_inline_markup() {
    let b = body("<p>Russia&rsquo;s  war &#8212;\n\t<b>2</b>,<b>092</b>&nbsp;people &amp; <a href=x>7 units</a>&hellip;</p>");
    assert_eq!(b, "Russia’s war — 2,092\u{a0}people & 7 units…");
}

#[test]
fn headings_become_markdown_headings_and_line_breaks_split_blocks() {
    let b =
        body("<h2>Arms for militias</h2><p>First line<br>second line<br/>third</p><h3>Sub</h3>");
    assert_eq!(
        b,
        "## Arms for militias\n\nFirst line\n\nsecond line\n\nthird\n\n### Sub"
    );
}

#[test]
fn unclosed_paragraphs_and_list_items_end_where_the_next_begins() {
    let b = body("<p>One<p>Two<ul><li>three<li>four</ul><dl><dt>five<dd>six</dl>");
    assert_eq!(b, "One\n\nTwo\n\nthree\n\nfour\n\nfive\n\nsix");
}

#[test]
fn table_rows_are_lines_with_cells_separated() {
    let b = body("<table><tr><th>Region</th><th>Killed</th></tr><tr><td>Belgorod</td><td>16</td></tr></table>");
    assert_eq!(b, "Region | Killed\n\nBelgorod | 16");
}

#[test]
fn preformatted_text_keeps_its_lines() {
    let b = body("<pre>line 1\n  line 2</pre>");
    assert_eq!(b, "line 1\n  line 2");
}

#[test]
fn malformed_markup_is_read_tolerantly() {
    assert_eq!(body("<p>3 < 5 and 7 > 2</p>"), "3 < 5 and 7 > 2");
    assert_eq!(body("<p>cut off <b"), "cut off");
    assert_eq!(body("<p>before<!-- never closed <p>x</p>"), "before");
    assert_eq!(body("<p>a</p><script>never closed <p>x</p>"), "a");
    assert_eq!(body("<p title='a > b'>quoted</p>"), "quoted");
    assert_eq!(body("</div></p><p>stray ends</span>"), "stray ends");
    assert_eq!(body("<P CLASS=Lead>Upper Case</P>"), "Upper Case");
    assert_eq!(
        body("<p>x</p><![CDATA[ junk ]]><?php echo 1 ?><p>y</p>"),
        "x\n\ny"
    );
}

#[test]
fn deep_or_unbalanced_nesting_stays_linear() {
    let deep = format!(
        "{}<p>deep 5 tanks</p>{}",
        "<div>".repeat(20_000),
        "</span>".repeat(20_000)
    );
    let t = std::time::Instant::now();
    assert_eq!(body(&deep), "deep 5 tanks");
    let many = "<p><b><i>".repeat(30_000);
    body(&many);
    assert!(t.elapsed().as_secs_f64() < 2.0, "{:?}", t.elapsed());
}

// ---- page → article text ----

#[test]
fn a_page_becomes_front_matter_and_blocks() {
    let (t, w) = html(
        r#"<html><head><title>T</title><meta property="og:site_name" content="Reuters">
        <meta property="article:published_time" content="2023-06-01T12:00:00Z">
        <link rel="canonical" href="https://www.reuters.com/world/europe/x-2023-06-01/"></head>
        <body><article><h1>Shebekino shelled</h1><p>Eight people were injured.</p></article></body></html>"#,
    );
    assert_eq!(
        t,
        "---\ntitle: Shebekino shelled\ndate: 2023-06-01\nsource: Reuters\nurl: https://www.reuters.com/world/europe/x-2023-06-01/\n---\n\n# Shebekino shelled\n\nEight people were injured.\n"
    );
    assert!(w.is_empty());
}

#[test]
fn a_page_without_metadata_has_no_front_matter_and_a_page_without_text_a_warning() {
    let (t, _) = html("<p>Just 3 tanks.</p>");
    assert_eq!(t, "Just 3 tanks.\n");
    let (t, w) =
        html("<html><head><title>Only a title</title></head><body><nav>menu</nav></body></html>");
    assert_eq!(t, "---\ntitle: Only a title\n---\n");
    assert_eq!(w, vec!["HTML page has no article text".to_string()]);
}

#[test]
fn quoted_titles_are_wrapped_in_quotes() {
    let (t, _) = html(
        r#"<meta property="og:title" content="&quot;We will arm them,&quot; governor says"><p>x</p>"#,
    );
    assert!(
        t.starts_with("---\ntitle: \"\"We will arm them,\" governor says\"\n---\n"),
        "{t}"
    );
}

#[test]
fn a_pages_own_front_matter_wins_and_missing_keys_are_added() {
    let (t, _) = html(
        "---\ntitle: My title\nregions:\n  - Kursk\n---\n<html><head><title>Page title</title><meta name=date content=2023-08-02></head><body><p>Text.</p></body></html>",
    );
    assert_eq!(
        t,
        "---\ntitle: My title\nregions:\n  - Kursk\ndate: 2023-08-02\n---\n\nText.\n"
    );
}

#[test]
fn broken_front_matter_on_a_page_is_kept_for_meta_to_report() {
    let (t, _) = html("---\ntitle: Unclosed\ndate: 2023-01-01\n<p>Body text here.</p>");
    assert!(
        t.starts_with("---\ntitle: Unclosed\ndate: 2023-01-01\n"),
        "{t}"
    );
    assert!(t.ends_with("Body text here.\n"), "{t}");
}

#[test]
fn a_converted_page_goes_through_the_pipeline_with_its_metadata() {
    let (t, _) = html(
        r#"<!doctype html><html><head><meta property="og:title" content="Kursk arms its militia">
        <meta property="og:site_name" content="The Moscow Times"><meta property="article:published_time" content="2023-08-02T18:40:00+03:00">
        <link rel="canonical" href="https://www.themoscowtimes.com/2023/08/02/kursk-a1"></head><body>
        <aside class="donate">This commitment costs us $10,000 a month.</aside>
        <article><p>The Kursk Region started forming territorial defense units in December 2022, with as many as 3,000&nbsp;people currently in their ranks, the governor said.</p></article>
        <div class="related"><p>16 people were killed in Belgorod</p></div></body></html>"#,
    );
    let a = crate::extract_article("page", &t);
    assert_eq!(a.title.as_deref(), Some("Kursk arms its militia"));
    assert_eq!(a.date.as_deref(), Some("2023-08-02"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://www.themoscowtimes.com/2023/08/02/kursk-a1")
    );
    assert!(a.source.is_some());
    for f in &a.figures {
        assert_eq!(&t[f.span.start..f.span.end], f.text);
    }
    let values: Vec<_> = a.figures.iter().map(|f| (f.value, f.high)).collect();
    assert_eq!(
        values,
        vec![(Some(3000.0), Some(3000.0))],
        "{:?}",
        a.figures
    );
}

#[test]
fn conversion_is_linear_on_a_large_page() {
    let para = "<p>Officials said that <b>eight</b> territorial defense battalions received 1,200 rifles &amp; 40 trucks.</p>\n";
    let page = format!(
        "<html><body><article>{}</article></body></html>",
        para.repeat(100_000)
    );
    let t = std::time::Instant::now();
    let (text, _) = html(&page);
    let s = t.elapsed().as_secs_f64();
    assert!(text.len() > 8_000_000);
    // Debug build; the release build is ~10x faster.
    assert!(s < 10.0, "{:.1} MB took {s:.2}s", page.len() as f64 / 1e6);
}

#[test]
fn furniture_words_inside_class_names_but_not_modifiers() {
    let b = body(
        r#"<article class="post has-comments no-related"><div class="article__text"><p>Kursk has 3,000 volunteers.</p></div>
        <div class="article__related"><p>Read: 16 killed</p></div><div class="c-social-links">Tweet 5</div>
        <section id="comments-section"><p>Comment: 7 tanks</p></section></article>"#,
    );
    assert_eq!(b, "Kursk has 3,000 volunteers.");
}

#[test]
fn a_page_whose_wrapper_looks_like_furniture_is_read_without_class_hints() {
    let b = body(r#"<div class="social-content"><p>Eight battalions were formed.</p></div>"#);
    assert_eq!(b, "Eight battalions were formed.");
}

#[test]
fn a_page_declaring_windows_1251_is_decoded_from_it() {
    let mut page = b"<html><head><meta charset=\"windows-1251\"><title>".to_vec();
    page.extend(b"\xc1\xe5\xeb\xe3\xee\xf0\xee\xe4</title></head><body><p>\xc1\xee\xeb\xe5\xe5 2000 \xe4\xee\xe1\xf0\xee\xe2\xee\xeb\xfc\xf6\xe5\xe2.</p></body></html>");
    let (t, w) = to_text("html", &page).unwrap();
    assert_eq!(t, "---\ntitle: Белгород\n---\n\nБолее 2000 добровольцев.\n");
    assert_eq!(
        w,
        vec!["not UTF-8; decoded as windows-1251 (the page's charset)".to_string()]
    );
    // Valid UTF-8 wins over a wrong declaration.
    let (t, w) = to_text("html", "<meta charset=windows-1251><p>Курск</p>".as_bytes()).unwrap();
    assert_eq!((t.as_str(), w.len()), ("Курск\n", 0));
}

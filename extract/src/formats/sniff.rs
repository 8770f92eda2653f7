//! Whether a text file is really a saved HTML page: scraped corpora often save
//! pages as `.txt`. Decided conservatively, from the structure of a page, never
//! from a `<` or a quoted tag in prose:
//!
//! - after blank space, a byte order mark, front matter, an `<?xml …?>` prolog and
//!   comments (`<!-- saved from url=… -->`), the text starts with `<!DOCTYPE html…>`
//!   or an `<html…>` tag, *followed by another tag* (`<html`, `<head>`, `<meta …>`):
//!   prose about “<html> tags” has words after the tag, a page has markup;
//! - or (a page with something before it, such as a scraper's header) a `<head>`
//!   tag followed by another tag, a `<body>` tag after it, and at least
//!   [`MIN_TAGS`] tags of known HTML elements in all;
//! - or a page fragment saved without `<html>`/`<head>` (a scraper kept only the
//!   body's markup): at least [`MIN_TAGS`] tags of [`MIN_KINDS`] kinds, at least
//!   [`MIN_CLOSING`] of them closing tags, and markup opening at least
//!   [`MIN_TAG_LINES`] lines and half of all non-blank lines. Prose that quotes
//!   tags has them inside its sentences, and few closing tags.
//!
//! One pass over the bytes (each `<` looks ahead to the next `<` at most).

/// Tags of known elements a page without a leading doctype must have.
const MIN_TAGS: usize = 8;

/// Distinct known elements a page fragment must use.
const MIN_KINDS: u32 = 4;

/// Closing tags a page fragment must have.
const MIN_CLOSING: usize = 3;

/// Lines that a page fragment's markup must open.
const MIN_TAG_LINES: usize = 3;

/// How far a tag may run before its `>` (attributes, a long `content="…"`).
const MAX_TAG: usize = 4096;

/// HTML element names counted as page markup (sorted, lower case).
const ELEMENTS: &[&str] = &[
    "a",
    "article",
    "aside",
    "b",
    "base",
    "body",
    "br",
    "div",
    "em",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "li",
    "link",
    "main",
    "meta",
    "nav",
    "noscript",
    "ol",
    "p",
    "picture",
    "script",
    "section",
    "span",
    "strong",
    "style",
    "svg",
    "table",
    "td",
    "th",
    "time",
    "title",
    "tr",
    "ul",
];

/// Whether `text` is a whole HTML page (see the module notes).
pub fn looks_like_page(text: &str) -> bool {
    let b = text.as_bytes();
    let start = preamble_end(text);
    if let Some(end) = doctype_html(&b[start..]) {
        return followed_by_tag(&b[start + end..]);
    }
    if let Some(("html", false, end)) = tag_at(b, start) {
        return followed_by_tag(&b[end..]);
    }
    head_and_body(b)
}

/// Past blank space, byte order marks, front matter, an XML prolog and comments.
fn preamble_end(text: &str) -> usize {
    let b = text.as_bytes();
    let mut i = skip_blank(text, 0);
    if let Some(f) = crate::meta::front::scan(text) {
        if f.closed {
            i = skip_blank(text, f.span.end);
        }
    }
    loop {
        let rest = &b[i..];
        let close: &[u8] = if starts_ci(rest, b"<?xml") {
            b"?>"
        } else if rest.starts_with(b"<!--") {
            b"-->"
        } else {
            return i;
        };
        match find(&rest[4..], close) {
            Some(p) => i = skip_blank(text, i + 4 + p + close.len()),
            None => return i,
        }
    }
}

/// Past white space and U+FEFF from `i`.
fn skip_blank(text: &str, i: usize) -> usize {
    let rest = &text[i..];
    i + rest.len()
        - rest
            .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}')
            .len()
}

/// `<!doctype html …>` at the start of `b`: the byte after its `>`.
fn doctype_html(b: &[u8]) -> Option<usize> {
    if !starts_ci(b, b"<!doctype") {
        return None;
    }
    let mut i = 9;
    let ws = b[i..]
        .iter()
        .take_while(|c| c.is_ascii_whitespace())
        .count();
    i += ws;
    if ws == 0 || !starts_ci(&b[i..], b"html") {
        return None;
    }
    i += 4;
    if !matches!(b.get(i), Some(c) if *c == b'>' || c.is_ascii_whitespace()) {
        return None;
    }
    tag_end(b, i)
}

/// Whether the next thing after blank space and comments is a tag of a known
/// element (`<html`, `<head>`, `<meta …>`, `</p>` …).
fn followed_by_tag(b: &[u8]) -> bool {
    let mut i = 0;
    loop {
        i += b[i..]
            .iter()
            .take_while(|c| c.is_ascii_whitespace())
            .count();
        if b[i..].starts_with(b"<!--") {
            match find(&b[i + 4..], b"-->") {
                Some(p) => i += 4 + p + 3,
                None => return false,
            }
            continue;
        }
        return tag_at(b, i).is_some();
    }
}

/// A `<head>` tag followed by a tag, a `<body>` tag after it, and at least
/// [`MIN_TAGS`] tags of known elements; or a page fragment (see the module notes).
fn head_and_body(b: &[u8]) -> bool {
    let (mut tags, mut head, mut body) = (0, false, false);
    let (mut kinds, mut closings, mut tag_lines) = (0u64, 0, 0);
    let mut last_tag_line = usize::MAX; // start of the last line a tag stood on
    let (mut line, mut seen) = (0, 0); // start of the current line; newlines seen up to
    let mut i = 0;
    while let Some(p) = b[i..].iter().position(|&c| c == b'<') {
        let at = i + p;
        i = at + 1;
        let Some((name, closing, end)) = tag_at(b, at) else {
            continue;
        };
        tags += 1;
        match (name, closing) {
            ("head", false) if !head => head = followed_by_tag(&b[end..]),
            ("body", false) if head => body = true,
            _ => {}
        }
        if head && body && tags >= MIN_TAGS {
            return true;
        }
        if let Ok(k) = ELEMENTS.binary_search(&name) {
            kinds |= 1 << k;
        }
        closings += closing as usize;
        if let Some(n) = b[seen..at].iter().rposition(|&c| c == b'\n') {
            line = seen + n + 1;
        }
        seen = at;
        if line != last_tag_line {
            // the line's first tag: does markup open the line?
            last_tag_line = line;
            tag_lines += b[line..at].iter().all(|c| c.is_ascii_whitespace()) as usize;
        }
        i = end;
    }
    tags >= MIN_TAGS
        && kinds.count_ones() >= MIN_KINDS
        && closings >= MIN_CLOSING
        && tag_lines >= MIN_TAG_LINES
        && tag_lines * 2 >= non_blank_lines(b)
}

/// Lines with something other than white space on them.
fn non_blank_lines(b: &[u8]) -> usize {
    b.split(|&c| c == b'\n')
        .filter(|l| l.iter().any(|c| !c.is_ascii_whitespace()))
        .count()
}

/// A tag of a known element at `at` (`<name` or `</name`, then `>`, `/` or white
/// space, and a `>` before the next `<`): its name, whether it closes, and the byte
/// after its `>`.
fn tag_at(b: &[u8], at: usize) -> Option<(&'static str, bool, usize)> {
    let rest = b.get(at..)?;
    if rest.first() != Some(&b'<') {
        return None;
    }
    let closing = rest.get(1) == Some(&b'/');
    let from = 1 + closing as usize;
    let len = rest[from..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if len == 0 || len > 10 {
        return None;
    }
    let mut name = [0u8; 10];
    for (d, s) in name.iter_mut().zip(&rest[from..from + len]) {
        *d = s.to_ascii_lowercase();
    }
    let name = std::str::from_utf8(&name[..len]).ok()?;
    let k = ELEMENTS.binary_search(&name).ok()?;
    let after = from + len;
    match rest.get(after) {
        Some(b'>' | b'/') => {}
        Some(c) if c.is_ascii_whitespace() && !closing => {}
        _ => return None,
    }
    Some((ELEMENTS[k], closing, at + tag_end(rest, after)?))
}

/// The byte after the `>` that ends a tag begun before `from`; none when a `<`
/// comes first or the tag runs on too long.
fn tag_end(b: &[u8], from: usize) -> Option<usize> {
    let window = &b[from..b.len().min(from + MAX_TAG)];
    let p = window.iter().position(|&c| c == b'>' || c == b'<')?;
    (window[p] == b'>').then_some(from + p + 1)
}

fn starts_ci(b: &[u8], prefix: &[u8]) -> bool {
    b.len() >= prefix.len() && b[..prefix.len()].eq_ignore_ascii_case(prefix)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::looks_like_page;

    #[test]
    fn pages_are_recognised() {
        for page in [
            "<!DOCTYPE html>\n<html lang=\"en\"><head><title>x</title></head><body><p>3 tanks</p></body></html>",
            "  \n<!doctype HTML>\r\n<!-- x -->\n<html>",
            "\u{FEFF}<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"\n \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
            "<HTML>\n<HEAD>\n<META http-equiv=\"Content-Type\" content=\"text/html\">",
            "<!-- saved from url=(0048)https://example.org/news/2023/08/02/kursk.html -->\n<html><head>",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n<html>",
            "---\ntitle: Kursk\nurl: https://example.org/k\n---\n<!DOCTYPE html>\n<meta charset=utf-8>\n<title>K</title>",
            "URL: https://example.org/a\nFetched: 2024-03-27\n\n<head>\n<meta charset=\"utf-8\"><title>A</title></head>\n<body><nav><a href=\"/\">Home</a></nav><article><p>Text.</p></article></body>",
        ] {
            assert!(looks_like_page(page), "{page:?}");
        }
    }

    #[test]
    fn prose_with_tags_is_not_a_page() {
        for text in [
            "The site printed the toll in bold, wrapped in “<b>”, as if to shout: 16 killed.",
            "<!-- toc -->\n# Kursk battalions\n\nThe governor said 3,000 people joined.\n",
            "<html> tags open every page, the developer explained; the governor's site had none.\n",
            "<html> and <head> and <body> are the first tags a student learns, he said.",
            "<!DOCTYPE html> is the first line of every web page, he wrote in 2023.",
            "Shelling killed 2 <3 of them children>, local officials said.",
            "Authors write <head> for the top of a page, <body> for the rest, and then <p>, \
             <a>, <div>, <span>, <ul>, <li> and <img> inside.",
            "x < 3 and y > 2 <p",
            "<",
            "<html",
            "<!doctype",
            "<!doctype html",
            "<!doctype htmlx><html>",
            "<htmlfoo><head>",
            "<header><nav>Home</nav></header>\n\nBelgorod, 2 June. 16 people were wounded.",
        ] {
            assert!(!looks_like_page(text), "{text:?}");
        }
    }

    #[test]
    fn page_fragments_without_html_or_head_are_recognised() {
        for page in [
            "<div class=\"crumbs\">Home / News</div>\n<h1>Kursk: 3 drones downed</h1>\n\
             <p>Air defences shot down 3 drones, the governor said.</p>\n\
             <div class=\"ad-slot\">ADVERTISEMENT · Tours from 4,990 rubles</div>\n\
             <p>No one was hurt.</p>\n<footer>© Site 2024</footer>",
            "<header><nav><a href=\"/\">Home</a></nav></header>\n\n<article>\n\
             <h2>Belgorod</h2>\n<p>Five people were wounded.</p>\n</article>\n\
             <aside><a href=\"/x\">12 killed in Kharkiv</a></aside>",
            "Saved: 2024-05-02\n\n<section>\n<p>The battalion has 400 fighters.</p>\n\
             <p>Two more companies were formed, <b>the governor</b> said.</p>\n\
             <ul><li>one</li><li>two</li></ul>\n</section>",
            "  <span class=\"meta\">posted 2h ago</span>\n  <p>Text one.</p>\n  <p>Text two.</p>\n\
               <aside class=\"promo\"><strong>Subscribe</strong></aside>",
        ] {
            assert!(looks_like_page(page), "{page:?}");
        }
    }

    #[test]
    fn prose_quoting_markup_is_not_a_fragment() {
        for text in [
            // a technical article quotes a snippet among longer prose
            "The regional site hid the toll in its markup.\n\n<div class=\"toll\"><b>16</b></div>\n\n\
             Reporters found it by reading the source. The governor later said 16 people died.\n\n\
             A second page, <p>hidden</p>, repeated it. The site has since been fixed.\n\n\
             Officials did not comment on why. Locals said the figure was known for days.",
            // many tag names, none closed
            "Editors learn <p>, <div>, <span>, <a> and <ul> first;\n<li> and <img> come later;\n<table> last.",
            // closing tags inside sentences, not opening lines
            "The banner read <b>3,000 joined</b> and <i>more to come</i>, wrapped in </div> by mistake.\n\
             It was removed. Then <em>it</em> returned with <strong>4,000</strong>.",
            // few lines of markup, mostly prose
            "<p>Kursk</p>\n<p>2 June</p>\nThe governor said 3,000 people had joined the units by June.\n\
             Another 500 signed up later, officials said.\nTraining lasts two weeks.\n\
             The units guard bridges.\nThey have <b>no</b> armour, <i>one</i> commander said.",
        ] {
            assert!(!looks_like_page(text), "{text:?}");
        }
    }
}

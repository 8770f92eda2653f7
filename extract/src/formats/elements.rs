//! What the HTML converter knows about elements: which exist, which are void,
//! which make blocks, which are dropped, and which class or id names mark furniture.

/// Every tag the converter knows, sorted (binary search); others are ignored.
const TAGS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "article",
    "aside",
    "audio",
    "b",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "center",
    "cite",
    "code",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "font",
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
    "hgroup",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "label",
    "li",
    "link",
    "main",
    "mark",
    "math",
    "menu",
    "meta",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "option",
    "p",
    "picture",
    "pre",
    "q",
    "s",
    "script",
    "section",
    "select",
    "small",
    "source",
    "span",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "svg",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "u",
    "ul",
    "video",
    "xmp",
];

pub fn intern(name: &str) -> Option<&'static str> {
    if name.len() > 10 {
        return None;
    }
    let mut buf = [0u8; 10];
    let low = &mut buf[..name.len()];
    low.copy_from_slice(name.as_bytes());
    low.make_ascii_lowercase();
    let low = std::str::from_utf8(low).ok()?;
    TAGS.binary_search(&low).ok().map(|i| TAGS[i])
}

pub fn is_void(t: &str) -> bool {
    matches!(
        t,
        "br" | "embed" | "hr" | "img" | "input" | "link" | "meta" | "source"
    )
}

/// Elements that start and end a block of text.
pub fn is_block(t: &str) -> bool {
    matches!(
        t,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "br"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "tfoot"
            | "thead"
            | "tr"
            | "ul"
    )
}

/// Elements whose content is never article text.
pub fn is_dropped(t: &str) -> bool {
    matches!(
        t,
        "aside"
            | "audio"
            | "button"
            | "canvas"
            | "dialog"
            | "footer"
            | "form"
            | "header"
            | "iframe"
            | "math"
            | "menu"
            | "nav"
            | "noembed"
            | "noframes"
            | "noscript"
            | "object"
            | "script"
            | "select"
            | "style"
            | "svg"
            | "template"
            | "textarea"
            | "video"
            | "xmp"
    )
}

/// Class or id words of page furniture: `related-stories`, `share`, `newsletter-box`.
const FURNITURE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "comment",
    "comments",
    "cookie",
    "cookies",
    "donate",
    "donation",
    "modal",
    "newsletter",
    "paywall",
    "popup",
    "promo",
    "recommended",
    "related",
    "share",
    "sharing",
    "sidebar",
    "social",
    "subscribe",
    "subscription",
    "teaser",
    "teasers",
];

/// Words that mark furniture anywhere in a class name (`article__related`,
/// `c-social-links`), unless the name is a modifier (`has-comments`).
const FURNITURE_PARTS: &[&str] = &[
    "advert",
    "advertisement",
    "breadcrumbs",
    "comments",
    "cookie",
    "donate",
    "donation",
    "newsletter",
    "paywall",
    "popup",
    "promo",
    "recommended",
    "related",
    "share",
    "sharing",
    "social",
    "subscribe",
];

/// Whether a class or id names page furniture.
fn furniture_name(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    let mut words = name.split(['-', '_']).filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    if FURNITURE_WORDS.binary_search(&first).is_ok()
        || FURNITURE_WORDS.binary_search(&name.as_str()).is_ok()
    {
        return true;
    }
    let modifier = matches!(
        first,
        "has" | "no" | "with" | "is" | "show" | "hide" | "enable" | "disable" | "js"
    );
    !modifier && words.any(|w| FURNITURE_PARTS.binary_search(&w).is_ok())
}

/// Whether an element's attributes mark it as hidden or, where `hints`, its class
/// or id as page furniture.
pub fn furniture_attrs(attrs: &str, hints: bool) -> bool {
    for (k, v) in super::tokenizer::attributes(attrs) {
        let k = k.to_ascii_lowercase();
        match k.as_str() {
            "hidden" => return true,
            "aria-hidden" if v.eq_ignore_ascii_case("true") => return true,
            "role" => {
                let r = v.trim().to_ascii_lowercase();
                if matches!(
                    r.as_str(),
                    "navigation" | "banner" | "contentinfo" | "complementary" | "search" | "dialog"
                ) {
                    return true;
                }
            }
            "style" => {
                let s: String = v.chars().filter(|c| !c.is_whitespace()).collect();
                if s.to_ascii_lowercase().contains("display:none") {
                    return true;
                }
            }
            "class" | "id" if hints && v.split_ascii_whitespace().any(furniture_name) => {
                return true
            }
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        for t in [TAGS, FURNITURE_WORDS, FURNITURE_PARTS] {
            assert!(t.windows(2).all(|w| w[0] < w[1]), "{w:?}", w = t);
        }
    }

    #[test]
    fn furniture_names() {
        for n in [
            "related-stories",
            "share",
            "newsletter_box",
            "article__related",
            "c-social-links",
            "ad-slot",
            "Sidebar",
        ] {
            assert!(furniture_name(n), "{n}");
        }
        for n in [
            "has-sidebar",
            "has-comments",
            "article-body",
            "header-ad-free",
            "entry-content",
            "adventure",
            "shared-content-x",
        ] {
            assert!(!furniture_name(n), "{n}");
        }
    }
}

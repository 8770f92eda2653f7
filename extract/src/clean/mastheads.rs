//! Lines above the headline that name the site, not the story: mastheads with a
//! tagline, menus set apart by separators or by runs of spaces, a blog's signed
//! tagline.

/// A menu whose items are set apart by runs of spaces: "Menu   Search   Donate",
/// "World   Russia   Economy   Video", "Subscribe   Sign in".
pub fn spaced_menu(raw: &str) -> bool {
    if raw.len() > 160 || raw.contains('\n') || raw.ends_with(['.', '!', '?']) {
        return false;
    }
    // one part without a run of two spaces
    if !raw.as_bytes().windows(2).any(|w| w == b"  ") {
        return false;
    }
    let parts: Vec<&str> = raw
        .split("  ")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() >= 2 && parts.iter().all(|p| p.split_whitespace().count() <= 3)
}

/// A masthead: the site's name and its tagline, "Kharkiv Pulse — mobile edition",
/// "RUSSIA HERALD | English edition", "SEYM INFO - Kursk regional news". The name
/// (up to four words) and a short tagline that names what the site is.
pub fn masthead(raw: &str) -> Option<&str> {
    const TAGS: &[&str] = &[
        "daily",
        "edition",
        "magazine",
        "news",
        "newspaper",
        "online",
        "regional",
        "weekly",
    ];
    // every separator holds a `|`, a `-` or a dash (its UTF-8 lead byte 0xE2)
    if raw.len() > 90 || raw.contains('\n') || !raw.bytes().any(|c| matches!(c, b'|' | b'-' | 0xE2))
    {
        return None;
    }
    let (p, sep) = [" | ", " \u{2014} ", " \u{2013} ", " - "]
        .iter()
        .filter_map(|x| crate::bytes::find_str(raw, x).map(|p| (p, x.len())))
        .min()?;
    let (name, tag) = (raw[..p].trim(), raw[p + sep..].trim());
    let tagline = tag.split_whitespace().count() <= 6
        && !tag.bytes().any(|c| c.is_ascii_digit())
        && if tag.is_ascii() {
            // (no copy: ASCII words compared without case)
            tag.split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| TAGS.iter().any(|t| t.eq_ignore_ascii_case(w)))
        } else {
            tag.to_lowercase()
                .split(|c: char| !c.is_alphabetic())
                .any(|w| TAGS.contains(&w))
        };
    let named = (1..=4).contains(&name.split_whitespace().count())
        && name.starts_with(|c: char| c.is_uppercase())
        && !name.bytes().any(|c| c.is_ascii_digit());
    (tagline && named).then_some(name)
}

/// A blog's tagline signed by its author: "Notes on Russia's border regions, by Tom
/// Hadley" (a name in capitals after ", by ").
pub fn signed_tagline(raw: &str) -> bool {
    if raw.len() > 120 {
        return false;
    }
    // (most lines have none: `contains` tells it without the setup of `rfind`)
    let has = crate::bytes::find_str(raw, ", by ").is_some();
    let Some(p) = has.then(|| raw.rfind(", by ")).flatten() else {
        return false;
    };
    let name: Vec<&str> = raw[p + 5..].split_whitespace().collect();
    (2..=3).contains(&name.len())
        && name.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic)
        })
}

/// "[ Home ] [ News ] [ Incidents ] [ Contacts ]": a menu of bracketed links, three or
/// more items of at most three words.
pub fn bracket_menu(raw: &str) -> bool {
    if raw.len() > 160 || !(raw.starts_with('[') && raw.ends_with(']')) {
        return false;
    }
    let items: Vec<&str> = raw[..raw.len() - 1]
        .split(']')
        .map(|p| p.trim().trim_start_matches('[').trim())
        .collect();
    items.len() >= 3
        && items
            .iter()
            .all(|p| !p.is_empty() && !p.contains('[') && p.split_whitespace().count() <= 3)
}

/// A site footer on one line: three or more parts split by " | ", one of them a link
/// to the site's own pages ("About BorderDesk", "Advertise: from 900 rubles a day",
/// "Contacts", "Privacy policy", "Terms of use"). (Not "About 300 people | ...".)
pub fn site_footer(raw: &str) -> bool {
    // (three parts: " | " twice)
    // (no bar at all, found eight bytes at a time: no part to split)
    if raw.len() > 240
        || crate::bytes::find_any(raw.as_bytes(), 0, b"|").is_none()
        || crate::bytes::split_str(raw, " | ").nth(2).is_none()
        || raw.contains('\n')
    {
        return false;
    }
    crate::bytes::split_str(raw, " | ").any(|p| {
        let low = p.trim().to_ascii_lowercase();
        // "About BorderDesk", "About us": a name or "us" after it, no number
        let about = low.strip_prefix("about ").is_some_and(|r| {
            let name = p.trim()[6..].starts_with(|c: char| c.is_ascii_uppercase());
            r.split(' ').count() <= 2
                && (name || r == "us")
                && !r.bytes().any(|b| b.is_ascii_digit())
        });
        about
            || [
                "advertise",
                "advertising",
                "contacts",
                "contact us",
                "privacy",
                "terms of",
                "cookie policy",
                "editorial policy",
            ]
            .iter()
            .any(|k| low.starts_with(k))
    })
}

/// A line that names the site, not the story: in capitals throughout ("NORTHERN
/// FRONTIER ANALYSIS CENTRE"), or a name of at most four words before a separator
/// ("SEYM46.ru — news of Kursk", "AFP — Agence France-Presse | Europe", "Sumy Digest
/// :: aggregator"), the name in capitals or capitalised words.
pub fn site_line(raw: &str) -> bool {
    if raw.contains('\n') || raw.len() > 120 {
        return false;
    }
    if capitals_only(raw) {
        return true;
    }
    let Some(p) = [
        " \u{2014} ",
        " | ",
        " \u{b7} ",
        " :: ",
        " \u{bb} ",
        " \u{203a} ",
        " - ",
    ]
    .iter()
    .filter_map(|x| crate::bytes::find_str(raw, x))
    .min() else {
        return false;
    };
    let name = raw[..p].trim();
    let words = name.split_whitespace().count();
    (1..=4).contains(&words)
        && name
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || w == "&")
}

/// Four letters or more, none of them lower case (one pass, stopping at the first
/// lower-case letter, which most lines have early).
fn capitals_only(raw: &str) -> bool {
    let mut n = 0;
    for c in raw.chars() {
        if c.is_alphabetic() {
            if c.is_lowercase() {
                return false;
            }
            n += 1;
        }
    }
    n >= 4
}

/// A navigation trail or menu: "Home > News > Russia", "News | Russia | Ukraine".
pub fn navigation(raw: &str) -> bool {
    if raw.len() > 160 || raw.ends_with('.') {
        return false;
    }
    // how often each separator occurs, in one pass over the bytes
    let mut counts = [0u8; 7];
    let b = raw.as_bytes();
    let mut i = 0;
    while let Some(p) = crate::bytes::find_any(b, i, b"|>/\xE2\xC2") {
        i = p + 1;
        let k = match b[p] {
            b'|' => 0,
            b'>' => 3,
            b'/' => 6,
            0xE2 => match b.get(p + 1..p + 3) {
                Some([0x80, 0xBA]) => 1, // ›
                Some([0x80, 0xA2]) => 4, // •
                _ => continue,
            },
            0xC2 => match b.get(p + 1) {
                Some(0xBB) => 2, // »
                Some(0xB7) => 5, // ·
                _ => continue,
            },
            _ => continue,
        };
        counts[k] = counts[k].saturating_add(1);
    }
    for (k, sep) in ['|', '›', '»', '>', '•', '·', '/'].into_iter().enumerate() {
        if counts[k] < 2 {
            continue;
        }
        if split_menu(raw, sep) {
            return true;
        }
    }
    false
}

/// `raw` split by `sep` is a menu: three or more short parts (at most four words each),
/// none empty, none only digits (a time or a score is not a menu item).
pub(super) fn split_menu(raw: &str, sep: char) -> bool {
    let parts: Vec<&str> = raw.split(sep).map(str::trim).collect();
    parts.len() >= 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.split_whitespace().count() <= 4)
        && !parts.iter().any(|p| {
            p.bytes()
                .all(|c| c.is_ascii_digit() || c == b' ' || c == b':')
        })
}

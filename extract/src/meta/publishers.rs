//! Publishers: news hosts → names, and the names (and agency aliases) that a
//! dateline, byline, masthead or banner may carry.

/// Host (without "www.") → publisher. Sorted by host.
static HOSTS: &[(&str, &str)] = &[
    ("abcnews.go.com", "ABC News"),
    ("afp.com", "AFP"),
    ("aljazeera.com", "Al Jazeera"),
    ("apnews.com", "Associated Press"),
    ("bbc.co.uk", "BBC"),
    ("bbc.com", "BBC"),
    ("belpressa.ru", "BelPressa"),
    ("bloomberg.com", "Bloomberg"),
    ("cbsnews.com", "CBS News"),
    ("cnn.com", "CNN"),
    ("dw.com", "DW"),
    ("euromaidanpress.com", "Euromaidan Press"),
    ("euronews.com", "Euronews"),
    ("france24.com", "France 24"),
    ("ft.com", "Financial Times"),
    ("interfax.com", "Interfax"),
    ("interfax.com.ua", "Interfax-Ukraine"),
    ("interfax.ru", "Interfax"),
    ("iz.ru", "Izvestia"),
    ("kommersant.ru", "Kommersant"),
    ("kyivindependent.com", "The Kyiv Independent"),
    ("kyivpost.com", "Kyiv Post"),
    ("meduza.io", "Meduza"),
    ("nbcnews.com", "NBC News"),
    ("newsweek.com", "Newsweek"),
    ("novayagazeta.eu", "Novaya Gazeta Europe"),
    ("npr.org", "NPR"),
    ("nv.ua", "NV"),
    ("nytimes.com", "The New York Times"),
    ("politico.com", "Politico"),
    ("politico.eu", "Politico Europe"),
    ("pravda.com.ua", "Ukrainska Pravda"),
    ("rbc.ru", "RBC"),
    ("reuters.com", "Reuters"),
    ("rferl.org", "Radio Free Europe/Radio Liberty"),
    ("ria.ru", "RIA Novosti"),
    ("rt.com", "RT"),
    ("sputnikglobe.com", "Sputnik"),
    ("sputniknews.com", "Sputnik"),
    ("suspilne.media", "Suspilne"),
    ("tass.com", "TASS"),
    ("tass.ru", "TASS"),
    ("telegraph.co.uk", "The Telegraph"),
    ("theguardian.com", "The Guardian"),
    ("theins.ru", "The Insider"),
    ("themoscowtimes.com", "The Moscow Times"),
    ("ukrinform.net", "Ukrinform"),
    ("ukrinform.ua", "Ukrinform"),
    ("understandingwar.org", "Institute for the Study of War"),
    ("unian.info", "UNIAN"),
    ("unian.net", "UNIAN"),
    ("urdupoint.com", "UrduPoint News"),
    ("washingtonpost.com", "The Washington Post"),
    ("wsj.com", "The Wall Street Journal"),
    ("xinhuanet.com", "Xinhua"),
];

/// Lower-case name or alias → publisher. Sorted by alias.
static NAMES: &[(&str, &str)] = &[
    ("abc news", "ABC News"),
    ("afp", "AFP"),
    ("agence france-presse", "AFP"),
    ("al jazeera", "Al Jazeera"),
    ("anadolu", "Anadolu"),
    ("anadolu agency", "Anadolu"),
    ("ap", "Associated Press"),
    ("associated press", "Associated Press"),
    ("bbc", "BBC"),
    ("bbc news", "BBC"),
    ("belpressa", "BelPressa"),
    ("belta", "BelTA"),
    ("bloomberg", "Bloomberg"),
    ("cbs news", "CBS News"),
    ("cnn", "CNN"),
    ("euronews", "Euronews"),
    ("interfax", "Interfax"),
    ("interfax-ukraine", "Interfax-Ukraine"),
    ("kyiv independent", "The Kyiv Independent"),
    ("kyiv post", "Kyiv Post"),
    ("meduza", "Meduza"),
    ("nbc news", "NBC News"),
    ("novaya gazeta europe", "Novaya Gazeta Europe"),
    (
        "radio free europe/radio liberty",
        "Radio Free Europe/Radio Liberty",
    ),
    ("reuters", "Reuters"),
    ("ria novosti", "RIA Novosti"),
    ("rt", "RT"),
    ("sputnik", "Sputnik"),
    ("tass", "TASS"),
    ("the associated press", "Associated Press"),
    ("the guardian", "The Guardian"),
    ("the insider", "The Insider"),
    ("the kyiv independent", "The Kyiv Independent"),
    ("the moscow times", "The Moscow Times"),
    ("the new york times", "The New York Times"),
    ("the washington post", "The Washington Post"),
    ("ukrainska pravda", "Ukrainska Pravda"),
    ("ukrinform", "Ukrinform"),
    ("unian", "UNIAN"),
    ("urdupoint news", "UrduPoint News"),
    ("xinhua", "Xinhua"),
];

/// The publisher of a URL's host: "https://www.themoscowtimes.com/..." → "The Moscow Times".
/// Subdomains count ("en.interfax.com.ua").
pub fn from_url(url: &str) -> Option<&'static str> {
    let u = url.trim().trim_start_matches('<');
    let rest = u.split_once("://").map_or(u, |(_, r)| r);
    let host_end = rest.find(['/', '?', '#', ':', '>']).unwrap_or(rest.len());
    let host = rest[..host_end].to_ascii_lowercase();
    let mut h = host.as_str();
    loop {
        if let Ok(i) = HOSTS.binary_search_by(|(k, _)| (*k).cmp(h)) {
            return Some(HOSTS[i].1);
        }
        h = h.split_once('.')?.1;
        if !h.contains('.') {
            return None;
        }
    }
}

/// The publisher a name or alias stands for: "reuters" / "The Moscow Times" / "AP".
pub fn canonical(name: &str) -> Option<&'static str> {
    let l = name.trim().to_lowercase();
    NAMES
        .binary_search_by(|(k, _)| (*k).cmp(l.as_str()))
        .ok()
        .map(|i| NAMES[i].1)
}

/// Whether a lower-case line is exactly a publisher name (a masthead), maybe with
/// a place after a comma: "the moscow times", "bbc news, moscow".
pub fn is_name(low: &str) -> bool {
    // `low.split_once(", ")` with at most one space after it, by bytes
    let b = low.as_bytes();
    // (a comma past byte 40 leaves a name too long, as does none in a longer line)
    let comma = (0..b.len().saturating_sub(1).min(41)).find(|&i| b[i] == b',' && b[i + 1] == b' ');
    let name = match comma {
        Some(p) if b[p + 2..].iter().filter(|&&c| c == b' ').nth(1).is_none() => &low[..p],
        _ => low,
    };
    name.len() <= 40 && NAMES.binary_search_by(|(k, _)| (*k).cmp(name)).is_ok()
}

/// The first occurrence of `pat` (not empty) in `hay`: `str::find` without the
/// searcher set-up, for many short patterns over one short text.
fn find_bytes(hay: &[u8], pat: &[u8]) -> Option<usize> {
    let (first, rest) = pat.split_first()?;
    let last = hay.len().checked_sub(pat.len())?;
    let mut i = 0;
    while i <= last {
        let p = hay[i..=last].iter().position(|c| c == first)?;
        i += p;
        if &hay[i + 1..i + pat.len()] == rest {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The first publisher named in `s` (as a whole word, written with its capitals).
pub fn named_in(s: &str) -> Option<&'static str> {
    let mut best: Option<(usize, &'static str)> = None;
    for (_, name) in NAMES {
        if name.len() <= 2 {
            continue; // "AP", "RT": too ambiguous inside text
        }
        let mut from = 0;
        while let Some(p) = find_bytes(&s.as_bytes()[from..], name.as_bytes()) {
            let at = from + p;
            let before = s[..at].chars().next_back();
            let after = s[at + name.len()..].chars().next();
            if !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
            {
                if best.is_none_or(|(b, n)| at < b || at == b && name.len() > n.len()) {
                    best = Some((at, name));
                }
                break;
            }
            from = at + name.len();
        }
    }
    best.map(|(_, n)| n)
}

#[cfg(test)]
mod sorted {
    #[test]
    fn tables_are_sorted() {
        assert!(super::HOSTS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(super::NAMES.windows(2).all(|w| w[0].0 < w[1].0));
    }
}

/// The first part of a "|" line when it is written in capitals: "BELGOROD TODAY" of
/// "BELGOROD TODAY | Incidents | Valuyki" (a breadcrumb under the site's name).
pub(crate) fn caps_head(raw: &str) -> Option<&str> {
    let head = raw.split('|').next()?.trim();
    (head.chars().any(char::is_alphabetic) && !head.chars().any(char::is_lowercase)).then_some(head)
}

//! Static cue lexicons and line predicates for the cleaning stage. Every
//! predicate looks at one block: `raw` is its trimmed original text, `low` its
//! plain lower-case view (markdown decoration and link targets removed).

/// Plain lower-case view of a block (its first ~320 bytes: cues live in short lines
/// and at the start of paragraphs): markdown emphasis, heading/quote markers and link
/// targets dropped, curly apostrophes straightened, white space collapsed.
pub fn plain_lower(raw: &str) -> String {
    plain_lower_upto(raw, 320)
}

use super::lexicon::*;
pub use super::quick::banner_inside;
pub use super::scan::plain_lower_upto;
use super::scan::{cmp_bytes, date_words, in_list};

/// `low` without trailing punctuation and arrows: "read more »" → "read more".
pub fn bare(low: &str) -> &str {
    // `low.trim_end_matches(|c| ".:!?…»›→>|-–— ".contains(c))`, by the bytes of the
    // last character (E2 and C2 always lead a character)
    let b = low.as_bytes();
    let mut e = b.len();
    loop {
        e -= match b[..e] {
            [.., b'.' | b':' | b'!' | b'?' | b'>' | b'|' | b'-' | b' '] => 1,
            // … › – —
            [.., 0xE2, 0x80, 0xA6 | 0xBA | 0x93 | 0x94] => 3,
            [.., 0xE2, 0x86, 0x92] => 3, // →
            [.., 0xC2, 0xBB] => 2,       // »
            _ => break,
        };
    }
    &low[..e]
}

fn in_sorted(list: &[(&str, &'static str)], key: &str) -> Option<&'static str> {
    list.binary_search_by(|(k, _)| cmp_bytes(k, key))
        .ok()
        .map(|i| list[i].1)
}

/// `long`: only what the lexicons say (a teaser or comments link is short).
pub fn furniture_line(low: &str, long: bool) -> Option<&'static str> {
    let b = bare(low);
    let short = b.len() <= super::quick::FURNITURE_LINE_MAX;
    if let Some(r) = short.then(|| in_sorted(FURNITURE_LINES, b)).flatten() {
        return Some(r);
    }
    let first = *low.as_bytes().first()?;
    let (lo, hi) = super::quick::FURNITURE_RANGES[first as usize];
    let r = FURNITURE_PREFIXES[lo as usize..hi as usize]
        .iter()
        .find(|(p, _)| low.starts_with(p))
        .map(|(_, r)| *r);
    if long {
        return r;
    }
    r.or_else(|| super::boxes::inline_teaser(low).then_some("related-article teaser"))
        .or_else(|| super::boxes::more_comments(b).then_some("comments link"))
}

pub fn teaser_header(low: &str) -> bool {
    let b = bare(low);
    // "Skip next section Explore more": a screen reader's skip link before a box header
    let b = b.strip_prefix("skip next section ").unwrap_or(b);
    // "Read more:" alone on its line heads a list of links ("read more »" is a button).
    (b.len() <= TEASER_HEADER_MAX && in_list(TEASER_HEADERS, b))
        || (low.trim_end().ends_with(':') && matches!(b, "read more" | "see more" | "more"))
        // "Also on VRN.live:", "Also on our site:": a box of the site's other stories.
        || (low.trim_end().ends_with(':') && b.starts_with("also on ") && b.len() <= 40)
        // "Read more from The Insider:", "More from Meduza:": a header, "from" and the site
        || (low.trim_end().ends_with(':')
            && b.len() <= 48
            && (b.starts_with("read more from ") || b.starts_with("more from ")))
        // "Read also on RBC:", "More stories on Meduza:": a header, "on" and the site
        || (low.trim_end().ends_with(':') && super::boxes::header_on_site(b))
        // "MOST READ IN NEWS", "Most Read from Bloomberg": with its section or site
        || super::boxes::header_with_section(b)
        // "More news from the districts:", "Latest from the region:": with a colon
        || (low.trim_end().ends_with(':') && super::boxes::header_from_the(b))
}

/// A one-line list item: "- Headline", "• ", "* ", "> ", "» ", "› " (related-article arrows).
pub fn list_item(raw: &str) -> bool {
    const MARKS: &[&str] = &[
        "- ",
        "\u{2022} ",
        "\u{b7} ",
        "* ",
        "\u{2013} ",
        "\u{2014} ",
        "> ",
        "\u{bb} ",
        "\u{203a} ",
        "\u{2192} ",
    ];
    MARKS.iter().any(|m| raw.starts_with(m)) && !raw.contains('\n')
}

/// `raw_len`: the block's length in the original (its `low` may be cut short).
pub fn banner_start(low: &str, raw_len: usize) -> bool {
    let Some(first) = low.as_bytes().first() else {
        return false;
    };
    // (the cues that start with its first byte: none for most)
    let (lo, hi) = super::quick::BANNER_RANGES[*first as usize];
    raw_len <= 200
        && BANNER_STARTS[lo as usize..hi as usize]
            .iter()
            .any(|p| low.starts_with(p))
}

pub fn button(low: &str) -> bool {
    let b = bare(low);
    if in_list(BUTTONS, b) {
        return true;
    }
    // an amount on its own: "$5", "€10 / month"
    b.len() <= 14 && b.contains(['$', '€', '£', '₽']) && b.bytes().any(|c| c.is_ascii_digit())
}

pub fn appeal(low: &str) -> bool {
    APPEAL_TERMS.iter().any(|t| low.contains(t)) || money(low)
}

/// An amount of money with a reader-facing appeal word in one short block: "Paid
/// subscribers get the map pack: $8 a month", "A gift of $50 funds one hour of
/// research", "Support Example.News: 150 UAH buys a reporter's fuel".
pub fn money_appeal(low: &str) -> bool {
    const WORDS: &[&str] = &[
        "donat",
        // "Our coverage is free for everyone. Help keep it that way: give from £3"
        "free for everyone",
        "free to read",
        "funded by",
        "gift",
        "help keep",
        // "Want to support independent journalism? Join ... from $5/month"
        "journalis",
        // "membership", "become a member", "our members": not "members receive
        // 60,000 rubles a month" (the people of the story)
        "membership",
        "a member",
        "our members",
        "paid subscri",
        "patron",
        "reader",
        "subscri",
        "support us",
    ];
    const CURRENCIES: &[&str] = &[
        " uah", " hryvni", " rubles", " roubles", " euros", " dollars",
    ];
    // "150 uah", "ten dollars", "five hundred rubles": digits or a number word before
    let number_before = |i: usize| {
        let w = low[..i].rsplit(' ').next().unwrap_or("");
        w.as_bytes().last().is_some_and(|d| d.is_ascii_digit()) || NUMBER_WORDS.contains(&w)
    };
    let cash = money(low)
        || CURRENCIES
            .iter()
            .any(|c| crate::bytes::match_starts(low, c).any(number_before));
    cash && (low.starts_with("support ") || WORDS.iter().any(|w| low.contains(w)))
}

/// Number words that name an amount of money in an appeal: "ten dollars a month".
const NUMBER_WORDS: &[&str] = &[
    "eight", "fifteen", "fifty", "five", "forty", "four", "hundred", "nine", "one", "seven", "six",
    "ten", "thirty", "thousand", "three", "twelve", "twenty", "two",
];

/// A currency sign next to a digit: "$10,000", "€5".
pub fn money(low: &str) -> bool {
    let b = low.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    // a currency sign (`bytes::currency_sign`) before a digit; lead bytes 8 at a time
    let mut i = 0;
    while let Some(p) = crate::bytes::find_any(b, i, b"$\xC2\xE2") {
        if crate::bytes::currency_sign(b, p).is_some_and(|n| digit(p + n)) {
            return true;
        }
        i = p + 1;
    }
    false
}

pub fn is_month(w: &str) -> bool {
    in_list(MONTHS, w) || crate::dates::russian_month_name(w).is_some()
}

fn date_word(w: &str) -> bool {
    in_list(DATE_WORDS, w)
}

/// "December 06, 2022", "Published 06.12.2022 14:05", "Tue, Dec 6, 2022 | 18:40 MSK":
/// a short line made of date words, numbers and separators only.
pub fn date_line(low: &str) -> bool {
    // A date line has a number: a word of digits, or of points before an ordinal
    // suffix (".th"); none without a digit or such a point.
    let b = low.as_bytes();
    let number = |i: usize| {
        b[i].is_ascii_digit()
            || b[i] == b'.' && matches!(b.get(i + 1), Some(b's' | b'n' | b'r' | b't' | b'h'))
    };
    if low.len() > 80 || !(0..b.len()).any(number) {
        return false;
    }
    // "August 16, 2024 6:53 AM GMT+3Updated 7 hours ago": what follows a glued
    // "Updated" is a note on the edit, not part of the date.
    let low = match crate::bytes::find_str(low, "updated") {
        Some(i) if i > 0 => &low[..i],
        _ => low,
    };
    // A stamp that opens with the date: "08.11.2023 | 15:40 | Society | Views: 4,512".
    if let Some((first, rest)) =
        crate::bytes::find_str(low, " | ").map(|p| (&low[..p], &low[p + 3..]))
    {
        if !first.contains(" | ")
            && date_line(first.trim())
            && rest.split(" | ").all(|p| p.split_whitespace().count() <= 3)
        {
            return true;
        }
    }
    let (mut month, mut numbers, mut year) = (false, 0, false);
    // A section label beside a full date: "News · 3 June 2023", "Politics | May 2, 2024".
    let mut labels = 0;
    for w in date_words(low) {
        let w = w.trim_end_matches('.');
        if w.is_empty() {
            continue;
        }
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        if !digits.is_empty() && digits.bytes().all(|c| c.is_ascii_digit() || c == b'.') {
            let suffix = &w[digits.len()..];
            if !matches!(suffix, "" | "st" | "nd" | "rd" | "th" | "h") {
                return false;
            }
            numbers += 1;
            year |= digits.len() == 4 || digits.split('.').any(|p| p.len() == 4);
        } else if is_month(w) {
            month = true;
        } else if !date_word(w) {
            if labels == 2 || !w.bytes().all(|c| c.is_ascii_alphabetic()) {
                return false;
            }
            labels += 1;
        }
    }
    numbers > 0 && (month || year) && (labels == 0 || (month && year && numbers >= 2))
}

/// A publication line: "Published August 02, 2023 | 06:40 PM", or a byline that
/// carries one ("Fahad Shabbir (@FahadShabbir) Published ...").
pub fn publication_line(raw: &str, low: &str) -> bool {
    if low.len() > 200 || raw.ends_with('.') && !raw.ends_with("a.m.") && !raw.ends_with("p.m.") {
        return false;
    }
    let has_digit = low.bytes().any(|c| c.is_ascii_digit());
    let starts = [
        "published",
        "updated",
        "posted",
        "last updated",
        "first published",
        "date:",
    ];
    if has_digit && starts.iter().any(|p| low.starts_with(p)) {
        return true;
    }
    has_digit
        && ["Published", "Updated", "Posted"]
            .iter()
            .any(|w| word_in(raw, w))
}

fn word_in(s: &str, w: &str) -> bool {
    crate::bytes::match_starts(s, w).any(|i| {
        let before = s[..i].chars().next_back();
        let after = s[i + w.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// "By John Smith", "By John Smith and Jane Doe, The Moscow Times", "Written by ...".
pub fn byline(raw: &str, low: &str) -> bool {
    for p in [
        "author:",
        "authors:",
        "written by ",
        "words by ",
        "posted by ",
    ] {
        if low.starts_with(p) && low.len() <= 120 {
            return true;
        }
    }
    if !(low.starts_with("by ") && low.len() <= 100)
        || raw.ends_with(['.', '!', '?']) && !ends_initial(raw)
    {
        return false;
    }
    let mut words: Vec<&str> = raw.split_whitespace().skip(1).collect();
    // a date stamp after the names: "by Jane Doe  May 12, 2024 5:46 PM  2 min read"
    if let Some(k) = stamp_start(&words) {
        words.truncate(k);
    }
    if words.is_empty() || words.len() > 10 {
        return false;
    }
    let joiners = [
        "and", "&", "of", "de", "van", "von", "der", "al", "in", "for",
    ];
    words.iter().all(|w| {
        let w = w.trim_matches(|c: char| c == ',' || c == '*' || c == '(' || c == ')');
        w.is_empty()
            || joiners.contains(&w)
            || w.starts_with('@')
            || w.chars().next().is_some_and(|c| c.is_uppercase())
    })
}

/// Where a date stamp begins among a byline's words: a month name before a day
/// ("May 12, 2024") or a numeric date or time ("12.05.2024", "17:46"); `None` when
/// there is none or nothing stands before it.
fn stamp_start(words: &[&str]) -> Option<usize> {
    let k = words
        .iter()
        .position(|w| w.starts_with(|c: char| c.is_ascii_digit()))?;
    let w = words[k];
    let month_before = k > 0 && {
        let m = words[k - 1].trim_end_matches('.').to_ascii_lowercase();
        is_month(&m)
    };
    let numeric = w.bytes().filter(u8::is_ascii_digit).count() >= 2
        && w.trim_end_matches(',').contains(['.', '/', ':', '-']);
    let k = if month_before { k - 1 } else { k };
    (k > 0 && (month_before || numeric)).then_some(k)
}

fn ends_initial(raw: &str) -> bool {
    let last = raw.rsplit(' ').next().unwrap_or("");
    last.len() == 2 && last.starts_with(|c: char| c.is_uppercase())
}

/// Credits and production notes: "Reporting by ...; Editing by ...".
pub fn credits(low: &str) -> bool {
    let low = low.trim_start_matches('(');
    low.len() <= 250
        && [
            "reporting by",
            "editing by",
            "additional reporting",
            "compiled by",
            "writing by",
        ]
        .iter()
        .any(|p| low.starts_with(p))
}

/// Photo captions and credits: "Photo: ...", "... (Reuters)", "... / AFP via Getty Images".
pub fn caption(low: &str) -> bool {
    if low.len() > 300 {
        return false;
    }
    const PRE: &[&str] = &[
        "(photo",
        "caption:",
        "credit:",
        "file photo",
        "illustrative photo",
        "image caption",
        "image:",
        "photo by",
        "photo credit",
        "photo:",
        "photograph:",
        "photos:",
        "picture:",
        "pictured:",
        "video:",
    ];
    if low.starts_with(['(', 'c', 'f', 'i', 'p', 'v']) && PRE.iter().any(|p| low.starts_with(p)) {
        return true;
    }
    const SUF: &[&str] = &[
        "(afp)",
        "(ap photo)",
        "(ap)",
        "(reuters)",
        "(tass)",
        "/ afp",
        "/ ap",
        "/ reuters",
        "/ sputnik",
        "/ tass",
        "getty images",
        "/ ria novosti",
        "(epa)",
        "/ epa",
    ];
    let t = low.trim_end_matches(['.', ' ']);
    if SUF.iter().any(|s| t.ends_with(s)) {
        return true;
    }
    low.len() <= 200
        && low.as_bytes().contains(&b':')
        && (low.contains(" photo: ") || low.contains(". photo: ") || low.contains("(photo: "))
}

/// A line that is only a link: "<https://...>", "https://...", "t.me/x", "@x",
/// "[t.me/x](https://t.me/x)". Returns the reason.
pub fn link_line(raw: &str) -> Option<&'static str> {
    let mut t = raw.trim_matches(|c: char| c == '*' || c.is_whitespace());
    if t.starts_with('[') && t.ends_with(')') {
        if let Some(mid) = crate::bytes::find_str(t, "](") {
            let (text, target) = (&t[1..mid], &t[mid + 2..t.len() - 1]);
            if target == "#" || target.is_empty() {
                return None;
            }
            if token_link(text).is_some() || text.is_empty() {
                return social(target).or(Some("url"));
            }
            return None;
        }
    }
    if t.starts_with('<') && t.ends_with('>') {
        t = &t[1..t.len() - 1];
    }
    token_link(t)
}

fn token_link(t: &str) -> Option<&'static str> {
    if t.is_empty() || t.contains(char::is_whitespace) {
        return None;
    }
    if t.starts_with('@')
        && t.len() > 2
        && t[1..]
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'_')
    {
        return Some("social handle");
    }
    let lower = t.to_ascii_lowercase();
    if let Some(s) = social(&lower) {
        return Some(s);
    }
    if lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("www.")
        || super::address::bare_address(&lower)
    {
        return Some("url");
    }
    None
}

/// Social-network hosts (a handle link, never the article's address).
pub fn social<'a>(url: &'a str) -> Option<&'static str> {
    // as `trim_start_matches` of each, without a searcher per call
    let trim = |mut u: &'a str, p: &str| {
        while let Some(r) = u.strip_prefix(p) {
            u = r;
        }
        u
    };
    let u = trim(trim(trim(url, "https://"), "http://"), "www.");
    const HOSTS: &[&str] = &[
        "t.me/",
        "telegram.me/",
        "twitter.com/",
        "x.com/",
        "vk.com/",
        "facebook.com/",
        "fb.com/",
        "instagram.com/",
        "youtube.com/",
        "youtu.be/",
        "tiktok.com/",
        "ok.ru/",
    ];
    HOSTS
        .iter()
        .any(|h| u.starts_with(h))
        .then_some("social link")
}

/// A separator or decoration line: "---", "* * *", "•".
pub fn separator(raw: &str) -> bool {
    !raw.is_empty() && raw.chars().all(|c| "-*_=~•·#◆ ".contains(c))
}

/// "5 min read", "3 minutes read".
pub fn reading_time(low: &str) -> bool {
    low.len() <= 24
        && (low.ends_with("min read")
            || low.ends_with("minutes read")
            || low.ends_with("minute read"))
}

/// A dateline standing alone: "KURSK, August 9. /TASS/.", "MOSCOW, Dec 6 (Reuters) -".
pub fn dateline_line(raw: &str) -> bool {
    raw.len() <= 80 && raw.bytes().any(|c| c.is_ascii_digit()) && {
        let caps = raw
            .bytes()
            .take_while(|c| c.is_ascii_uppercase() || *c == b' ' || *c == b'-')
            .count();
        caps >= 3 && raw[caps..].starts_with(',') && {
            let t = raw.trim_end();
            t.ends_with('/')
                || t.ends_with("/.")
                || t.ends_with('-')
                || t.ends_with('—')
                || t.ends_with('–')
        }
    }
}

/// Label lines that a scraper leaves before "Original url:" style values.
pub fn url_label(low: &str) -> bool {
    [
        "original url",
        "source url",
        "url:",
        "original article",
        "original link",
        "link to the original",
    ]
    .iter()
    .any(|p| low.starts_with(p))
}

/// "Source: TASS", "Source: https://...".
pub fn source_label(low: &str) -> bool {
    low.starts_with("source:") && low.len() <= 150
}

#[cfg(test)]
mod sorted {
    use super::*;
    #[test]
    fn lexicons_are_sorted() {
        let keys = |l: &[(&str, &str)]| l.windows(2).all(|w| w[0].0 < w[1].0);
        assert!(keys(FURNITURE_LINES));
        assert!(TEASER_HEADERS.windows(2).all(|w| w[0] < w[1]));
        assert!(BUTTONS.windows(2).all(|w| w[0] < w[1]), "buttons");
        assert!(DATE_WORDS.windows(2).all(|w| w[0] < w[1]), "date words");
    }

    #[test]
    fn a_date_line_with_a_glued_update_note_is_a_date_line() {
        assert!(date_line("march 3, 2024 9:41 am gmt+3updated 2 hours ago"));
        assert!(date_line("june 1, 2023 11:02 pm gmt+2 updated an hour ago"));
        assert!(!date_line(
            "the office was updated in 2023 with 40 new desks"
        ));
        assert!(MONTHS.windows(2).all(|w| w[0] < w[1]), "months");
    }
}

//! Stage 3, regions: a gazetteer of first-level regions and the towns in them.
//!
//! Covers every Russian federal subject (83 in 82 regions: Moscow city and oblast are
//! both "Moscow"; canonical short English names:
//! "Belgorod", "Rostov", "Saint Petersburg", "Chechnya"), the 24 Ukrainian oblasts
//! plus Crimea and Sevastopol ("Kharkiv", "Zaporizhzhia", "Odesa"), the
//! Russian-installed "people's republics" (DPR/DNR → Donetsk, LPR/LNR → Luhansk),
//! and the towns, districts and villages war news names (Shebekino → Belgorod,
//! Sudzha → Kursk, Bakhmut → Donetsk), with transliteration variants (Kharkov,
//! Zaporozhye, Lugansk, Odessa, Nikolaev, Grayvoron...). Data: `regions/gazetteer_*.rs`.
//!
//! Matching: one pass over the bytes; at each capitalised ASCII word (sentence-initial
//! and all-caps "KURSK, August 9" included; never inside another word) a two-letter
//! prefilter, then a binary search of the gazetteer by first word, longest form
//! first. A mention's span covers the name and a designator right after it
//! ("Belgorod Region", "Kursk regional", "Belgorodskaya oblast", "Shebekino urban
//! district", "Donetsk People’s Republic") but not a possessive ("the Belgorod
//! Region's" → "Belgorod Region"). Russian and Ukrainian adjective forms
//! ("Belgorodskaya", "Kharkivska", "Shebekinsky") count only before a designator.
//!
//! Not mentions: a capital standing for its government (Moscow, Kyiv/Kiev): with a
//! possessive ("Moscow’s invasion"; but "Moscow's suburbs" is a place), before a
//! verb ("Moscow said", "Moscow planned", "Kyiv has"), in a proper name ("The Moscow
//! Times", "Moscow Skeptical of ...", "Kyiv Independent"), in a compound
//! ("Moscow-backed", "pro-Kyiv") or as a wire dateline ("MOSCOW (Sputnik)"); a
//! place preposition before it ("in Moscow", "on Moscow") or a designator after it
//! ("Moscow Oblast") makes it a place. Names of newspapers, institutes, submarines
//! ("Kursk submarine", "Kurchatov Institute"); rivers ("the Dnipro"); names that are
//! mostly persons ("Vladimir Putin", "Friedrich Engels") unless placed ("in
//! Vladimir", "Engels airbase", "Vladimir region"). Countries are not regions.

#[cfg(test)]
mod bench;
mod gazetteer;
mod gazetteer_ru;
mod gazetteer_ua;
mod rules;
mod sentence;
mod streets;
#[cfg(test)]
mod tests;

use crate::model::Span;
use gazetteer::{index, Entry, CAPITAL, RIVER, STRICT};
pub use sentence::{BlockMentions, Known};

/// What a mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A region's own name: "Belgorod", "Kharkiv Oblast", "Belgorodskaya oblast".
    Region,
    /// A town, village or other place inside a region: "Shebekino", "Sudzha".
    Town,
    /// A district: "Shebekinsky district", "Shebekino urban district".
    District,
    /// A Russian-installed republic or "Republic of ...": "DPR", "LNR".
    Republic,
}

/// One place name in text and the region it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionMention {
    /// The name and its designator ("Belgorod Region"), without a possessive.
    pub span: Span,
    /// The name alone ("Belgorod" in "Belgorod Region").
    pub name: Span,
    /// Canonical short English name: "Belgorod", "Kharkiv", "Donetsk".
    pub region: &'static str,
    pub kind: Kind,
}

/// ASCII letters and digits, by byte.
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = (c as u8).is_ascii_alphanumeric();
        c += 1;
    }
    t
};

/// Every region mention in `text`, in order.
pub fn find_regions(text: &str) -> Vec<RegionMention> {
    let mut out = Vec::new();
    find_regions_into(text, &mut out);
    out
}

/// [`find_regions`] into `out` (cleared first): one buffer for the blocks or the
/// sentences of an article.
pub fn find_regions_into(text: &str, out: &mut Vec<RegionMention>) {
    out.clear();
    let b = text.as_bytes();
    let idx = index();
    // A word (an ASCII letter-or-digit run) starts after a non-alphanumeric byte or
    // where the last mention ended; only a capitalised one can start a mention.
    let mut resume = 0;
    let mut i = 0;
    while let Some(p) = next_upper(b, i) {
        i = p;
        if i > 0 && i != resume && ALNUM[b[i - 1] as usize] {
            i += 1;
            continue;
        }
        let e = crate::bytes::alnum_end(b, i + 1);
        if e - i >= 2 && idx.may_start(&b[i..e]) {
            if let Some(m) = match_at(text, i, e, false) {
                i = m.span.end;
                resume = i;
                out.push(m);
                continue;
            }
        }
        i = e;
    }
}

/// The first ASCII capital letter at or after `i`, eight bytes at a time.
fn next_upper(b: &[u8], mut i: usize) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    while i + 8 <= b.len() {
        let w = u64::from_le_bytes(b[i..i + 8].try_into().unwrap());
        // per byte, without carries: 0x41 <= (w & 0x7f) <= 0x5a and the top bit clear
        let y = w & !HI;
        let upper =
            y.wrapping_add(LO * (0x80 - 0x41)) & !y.wrapping_add(LO * (0x80 - 0x5b)) & !w & HI;
        if upper != 0 {
            return Some(i + (upper.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    (i..b.len()).find(|&k| b[k].is_ascii_uppercase())
}

/// The canonical region for a name ("Belgorod Oblast", "grayvoron", "DPR",
/// "the Kursk region", "Belgorodskaya"): case-insensitive, the name must start the
/// string; None for anything else ("Russia", "Paris").
pub fn canonical(name: &str) -> Option<&'static str> {
    let t = name.trim();
    let t = match t.get(..4) {
        Some(p) if p.eq_ignore_ascii_case("the ") => t[4..].trim_start(),
        _ => t,
    };
    let b = t.as_bytes();
    let mut e = 0;
    while e < b.len() && b[e].is_ascii_alphanumeric() {
        e += 1;
    }
    if e == 0 {
        return None;
    }
    match_at(t, 0, e, true).map(|m| m.region)
}

/// The country of a canonical region: "Russia" or "Ukraine".
pub fn country(region: &str) -> Option<&'static str> {
    gazetteer::subjects()
        .find(|(s, _)| s.name == region)
        .map(|(_, c)| c)
}

/// Every canonical region name in the gazetteer.
pub fn all_regions() -> impl Iterator<Item = &'static str> {
    gazetteer::subjects().map(|(s, _)| s.name)
}

/// The mention whose first word is `text[s..e]`, if any. `lenient` (for
/// [`canonical`]): no case requirement and no context rules.
fn match_at(text: &str, s: usize, e: usize, lenient: bool) -> Option<RegionMention> {
    let b = text.as_bytes();
    if !rules::boundary_before(text, s) || !rules::boundary_after(text, e) {
        return None;
    }
    let idx = index();
    let tok = &b[s..e];
    let found = idx
        .starting_with(tok)
        .iter()
        .find_map(|en| match_rest(b, e, en).map(|end| (*en, end)));
    let (entry, name_end) = match found {
        Some(f) => f,
        None => {
            // An adjective form: "Belgorodskaya oblast", "Shebekinsky district".
            let adj = rules::adjective_stem(tok).and_then(|st| idx.adjective(&tok[..st]))?;
            let des = rules::designator(b, e);
            if des.is_none() && !lenient {
                return None;
            }
            let (end, kind) = match des {
                Some((end, d)) => (end, d.kind(adj.kind)),
                None => (e, adj.kind),
            };
            let (span, name) = (Span::new(s, end), Span::new(s, e));
            return Some(RegionMention {
                span,
                name,
                region: adj.region,
                kind,
            });
        }
    };
    let des = rules::designator(b, name_end);
    if !lenient && !accept(text, s, name_end, &entry, des.is_some()) {
        return None;
    }
    let (end, kind) = match des {
        Some((end, d)) => (end, d.kind(entry.kind)),
        None => (name_end, entry.kind),
    };
    Some(RegionMention {
        span: Span::new(s, end),
        name: Span::new(s, name_end),
        region: entry.region,
        kind,
    })
}

/// Matches the words of `en` after its first (already matched, ending at `e`);
/// the end of the match.
fn match_rest(b: &[u8], e: usize, en: &Entry) -> Option<usize> {
    let mut pos = e;
    for w in &en.words[1..en.n as usize] {
        let st = rules::skip_name_separator(b, pos)?;
        let mut we = st;
        while we < b.len() && b[we].is_ascii_alphanumeric() {
            we += 1;
        }
        if we == st || gazetteer::cmp_ci(w, &b[st..we]) != std::cmp::Ordering::Equal {
            return None;
        }
        pos = we;
    }
    if pos != e && !rules::boundary_after_bytes(b, pos) {
        return None;
    }
    Some(pos)
}

/// The context rules: is the name at `text[s..end]` a place here?
fn accept(text: &str, s: usize, end: usize, en: &Entry, designated: bool) -> bool {
    let b = text.as_bytes();
    if rules::prefixed_compound(b, s) {
        return false; // "pro-Moscow", "anti-Kyiv"
    }
    if designated {
        return true;
    }
    let next = rules::next_word(b, end);
    if let Some(w) = next {
        if rules::is_non_place_follower(w) || streets::is_street_word(w) {
            return false; // "Kursk submarine", "Kurchatov Institute", "Kharkiv Street"
        }
    }
    let prev = rules::prev_word(b, s);
    if en.flags & RIVER != 0 {
        let river_after =
            next.is_some_and(|w| rules::lower_is(w, &["river", "riverbank", "riverbed"]));
        if river_after || prev.is_some_and(|w| rules::lower_is(w, &["the"])) {
            return false;
        }
    }
    if en.flags & STRICT != 0 {
        let placed = prev.is_some_and(rules::is_place_preposition)
            || next.is_some_and(|w| rules::lower_is(w, &["airbase", "airfield", "airport", "air"]))
            || rules::is_dateline(b, s, end)
            || rules::city_of(b, s);
        if !placed {
            return false;
        }
    }
    if en.flags & CAPITAL != 0 && rules::is_metonymy(b, s, end, prev, next) {
        return false;
    }
    true
}

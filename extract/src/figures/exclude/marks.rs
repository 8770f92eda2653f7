//! Numbers that mark, rank or address rather than count: footnote markers ("[5]"),
//! rankings ("Top 3 men:", "..., 2. Tyurin 1:08:00") and the generic pronoun "one"
//! ("Even if one believes the official numbers"), and the counters of a page's share
//! bar ("Share this article | 12 comments"), numbered weeks and days ("week 11").

use super::super::attach::{lw, next_tok, prev_tok};
use crate::numerals::NumberExpr;

/// Whether the number `n` of sentence `s` is a marker, a rank or the pronoun "one".
pub(in crate::figures) fn marker(s: &str, n: &NumberExpr) -> bool {
    let (ns, ne) = (n.num_span.start, n.num_span.end);
    let b = s.as_bytes();
    if !n.words {
        // "[5]", "[12]": a footnote marker (digits alone in brackets)
        if ns > 0 && b[ns - 1] == b'[' && b.get(ne) == Some(&b']') {
            return true;
        }
        if glued_marker(s, ns, ne) || year_with_marker(s, n) || year_span(s, n) {
            return true;
        }
        // "compared with week 11.", "on day 3,": a numbered week or day, no noun after
        if numbered_period(s, ns, ne) || page_reference(s, ns) {
            return true;
        }
        // "1:07:48, 2. Tyurin": a rank after a comma, ending the sentence
        let ends = b.get(ne) == Some(&b'.') && s[ne + 1..].trim().is_empty();
        if ends && ne - ns <= 2 && s[..ns].trim_end().ends_with([',', ';']) {
            return true;
        }
    }
    if widget_count(s, n) || forum_or_reference_line(s) || age_range_after_people(s, n) {
        return true;
    }
    let mut w = [0u8; 32];
    let prev = prev_tok(s, n.span.start).filter(|t| t.word);
    // "Top 3 men:", "the top 10 districts": a ranking
    if prev.is_some_and(|p| lw(s, p, &mut w) == "top") {
        return true;
    }
    n.words && &s[ns..ne].to_ascii_lowercase() == "one" && generic_one(s, n, prev)
}

/// "week 11" or "day 3" with no word after the number: the name of a week or day of
/// a series ("compared with week 11."), not a count ("last week 40 people").
fn numbered_period(s: &str, ns: usize, ne: usize) -> bool {
    let mut w = [0u8; 32];
    prev_tok(s, ns).is_some_and(|p| p.word && matches!(lw(s, p, &mut w), "week" | "day"))
        && next_tok(s, ne).map_or(true, |t| !t.word)
}

/// A page or a page range of a citation: "pp. 31–34", "p. 12", "pp 5-7".
fn page_reference(s: &str, ns: usize) -> bool {
    let lead = s[..ns].trim_end_matches(' ');
    let lead = lead.strip_suffix('.').unwrap_or(lead);
    // (ASCII letters back from the end: a char boundary, whatever comes before)
    let word_start = lead.len()
        - lead
            .bytes()
            .rev()
            .take_while(u8::is_ascii_alphabetic)
            .count();
    matches!(&lead[word_start..], "pp" | "p" | "pages") && lead.len() < s[..ns].len()
}

/// A footnote marker of text taken from a PDF: one to three digits glued to the
/// punctuation after a word ("the defensive line,14 while", "border villages.7 By",
/// 'spoke of "about 3,500".8'), then a space or the end. Not "1,400" or "3.5" (a digit
/// before the punctuation).
fn glued_marker(s: &str, ns: usize, ne: usize) -> bool {
    let b = s.as_bytes();
    if ns < 2 || ne - ns > 3 || !b[ns..ne].iter().all(u8::is_ascii_digit) {
        return false;
    }
    if !matches!(b.get(ne), None | Some(b' ' | b'\n' | b'\r')) {
        return false;
    }
    if !matches!(b[ns - 1], b',' | b'.' | b';' | b')') {
        return false;
    }
    // the character before the punctuation: a letter or a closing quotation mark
    let before = s[..ns - 1].chars().next_back();
    before.is_some_and(|c| c.is_alphabetic() || matches!(c, '"' | '\u{201d}' | '\''))
}

/// "by February 2023.12 Machine guns": a year after a month with a footnote marker
/// glued on, read as a decimal. A year is no count, and nor is its marker.
fn year_with_marker(s: &str, n: &NumberExpr) -> bool {
    let t = &s[n.num_span.start..n.num_span.end];
    let Some((y, f)) = t.split_once('.') else {
        return false;
    };
    let year = y.len() == 4 && matches!(y.as_bytes()[0], b'1' | b'2');
    let mut w = [0u8; 32];
    year && (1..=3).contains(&f.len())
        && prev_tok(s, n.num_span.start)
            .filter(|p| p.word)
            .is_some_and(|p| crate::clean::is_month_name(lw(s, p, &mut w)))
}

/// Page furniture of a forum or an encyclopedia: the presence counter of a thread
/// ("Users browsing this thread: 14 (3 members, 11 guests)", "Users online: 52") and
/// an entry of a reference list ('^ "3,000 volunteers". Kommersant.').
fn forum_or_reference_line(s: &str) -> bool {
    let t = s.trim_start();
    t.starts_with("^ ")
        || t.starts_with("\u{2191} ")
        || ((t.starts_with("Users ") || t.starts_with("Members "))
            && (t.contains(" browsing ") || t.contains(" online")))
}

/// "mostly guys 45-60", "men 18-60": a range of ages right after people in the
/// plural, closing the phrase (both bounds 14 to 100). Not "battalions 3-4" or
/// "volunteers 300-400".
fn age_range_after_people(s: &str, n: &NumberExpr) -> bool {
    use super::super::lexicon::{noun, Num};
    if n.words || n.qualifier != crate::model::Qualifier::Range {
        return false;
    }
    let ages = |v: Option<f64>| v.is_some_and(|v| (14.0..=100.0).contains(&v));
    if !(ages(n.low) && ages(n.high)) {
        return false;
    }
    let mut w = [0u8; 32];
    let people = prev_tok(s, n.span.start)
        .filter(|p| p.word)
        .and_then(|p| noun(lw(s, p, &mut w)))
        .is_some_and(|e| e.2.is_person() && e.3 == Num::Plural);
    people && next_tok(s, n.span.end).map_or(true, |t| !t.word)
}

/// "if one believes", "unless one counts", "when one looks": "one" after a
/// conjunction and before a verb in the third person or a modal.
fn generic_one(s: &str, n: &NumberExpr, prev: Option<super::super::attach::Tok>) -> bool {
    let mut w = [0u8; 32];
    let Some(p) = prev else {
        return false;
    };
    if !matches!(
        lw(s, p, &mut w),
        "if" | "unless" | "when" | "whether" | "once" | "as" | "what"
    ) {
        return false;
    }
    let Some(v) = next_tok(s, n.num_span.end).filter(|t| t.word) else {
        return false;
    };
    let v = lw(s, v, &mut w);
    matches!(
        v,
        "can" | "could" | "may" | "might" | "must" | "should" | "would"
    ) || (v.len() > 3 && v.ends_with('s') && !v.ends_with("ss") && !matches!(v, "was" | "has"))
}

/// "Share this article | 12 comments", "· 340 shares", "• 1,204 views", "u/name · 812
/// points": a share bar's or a comment header's
/// counter after a separator, not a count the article reports; or after an icon
/// ("💬 37 comments", "↪ 12 shares": an emoji or arrow, no letter).
fn widget_count(s: &str, n: &NumberExpr) -> bool {
    let mut w = [0u8; 32];
    let lead = s[..n.span.start].trim_end();
    let icon = |c: char| c as u32 >= 0x2190 && !c.is_alphanumeric();
    // (or after share buttons: "Share: [f] [t] [in]   12 comments")
    let sep = lead.ends_with(['|', '\u{b7}', '\u{2022}', ']']) || lead.ends_with(icon);
    sep && next_tok(s, n.num_span.end).is_some_and(|t| {
        matches!(
            lw(s, t, &mut w),
            "comment"
                | "comments"
                | "share"
                | "shares"
                | "view"
                | "views"
                | "like"
                | "likes"
                | "repost"
                | "reposts"
                | "reply"
                | "replies"
                | "reaction"
                | "reactions"
                // a forum comment's score: "u/oblast_watcher · 812 points"
                | "point"
                | "points"
                | "upvote"
                | "upvotes"
        )
    })
}

/// A span of years written as a range: "the budget for 2022-2023", "the 2023–2024
/// plan": two four-digit years at most ten apart, not before a counted noun ("2000-2500
/// troops" is a count).
fn year_span(s: &str, n: &NumberExpr) -> bool {
    let t = &s[n.num_span.start..n.num_span.end];
    // byte test first: "2022-2023" (hyphen) or "2022–2023" (en dash)
    if !(t.len() == 9 || t.len() == 11) || !t.starts_with(['1', '2']) {
        return false;
    }
    let (Some(lo), Some(hi)) = (n.low, n.high) else {
        return false;
    };
    let year = |v: f64| (1900.0..=2100.0).contains(&v) && v.fract() == 0.0;
    if !(year(lo) && year(hi) && hi > lo && hi - lo <= 10.0) {
        return false;
    }
    let mut w = [0u8; 32];
    !next_tok(s, n.num_span.end).is_some_and(|t| {
        super::super::lexicon::noun(lw(s, t, &mut w))
            .is_some_and(|e| e.3 == super::super::lexicon::Num::Plural)
    })
}

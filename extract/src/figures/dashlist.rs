//! Loss lists that put the noun first and the number after a dash, one item a line:
//! "tanks – 6;", "personnel – about 490,190 (+1,740) persons;", "ammunition depots – 2."
//! (Ukrainian General Staff style). The label before the dash is what is counted; the
//! span stated is the whole item ("tanks – 6"). People in a list of losses ("the enemy
//! lost:", "total combat losses", "(killed and wounded)") are casualties.

use super::attach::{lw, next_tok, prev_tok};
use super::lexicon::{noun, Class};
use super::words::Cas;
use super::Attached;
use crate::numerals::NumberExpr;

mod breakdown;
mod lead;
mod losslist;

/// The item whose number is `n`, if `n` stands after a spaced dash that follows a
/// short label at the start of a line (or of the sentence). `context` is the text
/// before the list in its paragraph.
pub(super) fn dash_item(s: &str, n: &NumberExpr, context: &str) -> Option<Attached> {
    // byte test first: a spaced en or em dash right before the number
    let lead = &s[..n.span.start];
    // (or a spaced hyphen typed for the dash: "tanks - 8,738 (+12)")
    let hyphen = lead.ends_with(" - ");
    if !hyphen && !lead.ends_with("\u{2013} ") && !lead.ends_with("\u{2014} ") {
        // "151,000 – residents evacuated": the number first, its noun after the dash
        return lead::number_first(s, n);
    }
    let b = s.as_bytes();
    // "Founded – 2014.": a year after a dash is a date, not a count
    let digits = &s[n.num_span.start..n.num_span.end];
    if digits.len() == 4 && n.value.is_some_and(|v| (1900.0..=2100.0).contains(&v)) {
        return None;
    }
    let dash = prev_tok(s, n.span.start)?;
    if dash.word || !matches!(&s[dash.start..dash.end], "–" | "—" | "-") {
        return None;
    }
    // a spaced dash: "tanks – 6", not "10–15"
    if !b.get(dash.end).is_some_and(|c| *c == b' ') || dash.start == 0 || b[dash.start - 1] != b' '
    {
        return None;
    }
    // The label: one to five words back to a line start (or the sentence start).
    let mut first = dash.start;
    let mut head = None;
    let mut words = 0;
    loop {
        let Some(t) = prev_tok(s, first) else { break };
        if !t.word || words == 5 || s[t.start..t.end].bytes().any(|c| c.is_ascii_digit()) {
            return None;
        }
        head.get_or_insert(t);
        words += 1;
        first = t.start;
        let gap = &s[..first];
        let line_start = gap.trim_end_matches([' ', '\t']);
        if line_start.is_empty() || line_start.ends_with('\n') {
            break;
        }
    }
    let mut head = head?;
    // "Moscow CNN — At least 24 people were killed": a place and a wire's capitals
    // before the dash are a dateline, not a label
    if dateline_label(&s[first..dash.start]) {
        return None;
    }
    // (a typed hyphen after a phrase with an article is prose: "The age of the
    // volunteers - from 18 till 60")
    let mut fb = [0u8; 32];
    if hyphen && next_tok(s, first).is_some_and(|t| is_article(lw(s, t, &mut fb))) {
        return None;
    }
    // A label whose noun has a post-modifier counts that noun: "UAVs of
    // operational-tactical level – 16,120", "vehicles of all types – 40".
    if let Some(of) = s[first..dash.start].find(" of ") {
        let mut buf = [0u8; 32];
        if let Some(t) = prev_tok(s, first + of).filter(|t| t.word) {
            if noun(lw(s, t, &mut buf)).is_some_and(|e| e.2 != Class::NotCount) {
                head = t;
            }
        }
    }
    // A label of two kinds counts the first: "motor vehicles and fuel tanks – 22,996".
    if let Some(and) = s[first..dash.start].find(" and ") {
        let mut buf = [0u8; 32];
        if let Some(t) = prev_tok(s, first + and).filter(|t| t.word) {
            if noun(lw(s, t, &mut buf)).is_some_and(|e| e.2 != Class::NotCount) {
                head = t;
            }
        }
    }
    // What follows the number closes the item: ";", ".", "," or the end, maybe after
    // a bracket ("(+12)", "(killed and wounded)") and a unit word ("persons").
    let mut at = n.span.end;
    if s[at..].trim_start_matches(' ').starts_with('(') {
        at = at + s[at..].find(')')? + 1;
    }
    // The end of the line closes an item too: a list with one item a line and no
    // punctuation ("tanks – 8,526 (+7)\narmored combat vehicles – 16,562 (+14)").
    let line_end = |from: usize, t: &super::attach::Tok| s[from..t.start].contains('\n');
    let mut end_tok = next_tok(s, at);
    let mut from = at;
    if let Some(t) = end_tok.filter(|t| t.word && !line_end(at, t)) {
        end_tok = next_tok(s, t.end);
        from = t.end;
    }
    if !end_tok.map_or(true, |t| {
        line_end(from, &t) || !t.word && matches!(&s[t.start..t.end], ";" | "." | ",")
    }) {
        return None;
    }
    let mut buf = [0u8; 32];
    let hw = lw(s, head, &mut buf);
    let label = &s[first..head.end];
    // "Shebekino — 1 killed, 3 wounded": a place before the dash and a casualty
    // participle after the number; the participle says what is counted.
    if noun(hw).map_or(true, |e| !e.2.is_person()) && casualty_next(s, n.span.end) {
        return None;
    }
    let (unit, class) = match noun(hw) {
        Some(e) if e.2 != Class::NotCount => (e.1.to_string(), e.2),
        _ => {
            let lower = label.to_ascii_lowercase();
            let unit = lower.strip_suffix('s').unwrap_or(&lower).to_string();
            // "air defence means", "air defense systems": weapons
            let weapon = lower.contains("defence") || lower.contains("defense");
            (
                unit,
                if weapon {
                    Class::Equipment
                } else {
                    Class::Other
                },
            )
        }
    };
    let mut cas = None;
    if class.is_person() {
        let near = &s[n.span.end..at];
        if losses(context) || losses(&s[..first]) || losses(near) {
            cas = Some(Cas::Both);
        }
    }
    Some(Attached {
        start: first,
        end: n.span.end,
        unit,
        class,
        cas,
        same_as: None,
    })
}

fn is_article(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "this" | "that" | "its" | "their")
}

/// A casualty participle right after the number: "1 killed", "3 wounded".
fn casualty_next(s: &str, end: usize) -> bool {
    let mut buf = [0u8; 32];
    next_tok(s, end)
        .filter(|t| t.word)
        .is_some_and(|t| super::words::casualty_after(lw(s, t, &mut buf)).is_some())
}

/// Words that head a list of losses: "lost:", "losses", "killed and wounded".
fn losses(t: &str) -> bool {
    t.contains("lost")
        || t.contains("losses")
        || t.contains("Losses")
        || t.contains("killed and wounded")
}

/// The text of a figure this module made: "tanks – 6".
pub(super) fn is_item(text: &str) -> bool {
    text.contains(" \u{2013} ") || text.contains(" \u{2014} ") || text.contains(" - ")
}

/// A count line that puts its noun first and a colon after it: "Tanks: 7 (incl.
/// T-72B3)", "IFVs/APCs: 19", "Trucks: 34" (tallies in threads and lists). The label
/// starts its line and ends in a known plural count noun; the number closes the line, maybe
/// after a bracket. The span stated is the whole item.
pub(super) fn colon_item(s: &str, n: &NumberExpr) -> Option<Attached> {
    // (or an item of a bracketed breakdown by region: "(Belgorod 11, Kursk 6)")
    if let Some(a) = breakdown::region_item(s, n).or_else(|| losslist::item(s, n)) {
        return Some(a);
    }
    // byte test first: ": " right before the number
    let lead = s[..n.span.start].strip_suffix(": ")?;
    if n.qualifier != crate::model::Qualifier::Exact || super::labels::year(s, n) {
        return None;
    }
    // (the label starts its line, or follows a full stop on it: "Registered voters:
    // 1,285,603. Ballots cast: 1,049,095")
    let line_at = lead.rfind('\n').map_or(0, |i| i + 1);
    let line_at = lead[line_at..]
        .rfind(". ")
        .map_or(line_at, |i| line_at + i + 2);
    let label = lead[line_at..].trim_start();
    let first = lead.len() - label.len();
    if label.is_empty() || label.len() > 48 || label.split(' ').count() > 7 {
        return None;
    }
    // the number closes its line: "7", "7 (incl. T-72B3 and T-80BVM)", "7."
    let mut rest = &s[n.span.end..];
    let line_end = rest.find('\n').unwrap_or(rest.len());
    rest = rest[..line_end].trim_end_matches([' ', '.', ';', ',']);
    // (the sentence may end inside the bracket: "(incl.")
    if !(rest.is_empty() || rest.starts_with(" (")) {
        return None;
    }
    let e = label_noun(label, 3)?;
    // "Civilians killed: 12": a casualty participle after a head-first noun
    let mut buf = [0u8; 32];
    let cas = label
        .split(' ')
        .nth(1)
        .filter(|_| e.2.is_person())
        .and_then(|w| super::lexicon::lower(w, &mut buf))
        .and_then(super::words::casualty_after);
    Some(Attached {
        start: first,
        end: n.span.end,
        unit: e.1.to_string(),
        class: e.2,
        cas,
        same_as: None,
    })
}

/// A line that is one [`colon_item`] ("Tanks: 7 (incl. T-72B3)") or one [`dash_item`]
/// ("MLRS – 1,169 (+2)"): the cleaner may take such a short line for a sub-heading, but
/// it is a count of the body.
pub(super) fn is_count_line(line: &str) -> bool {
    if losslist::is_category_line(line) || crate::clean::loss_line(line) {
        return true;
    }
    let (label, rest, most) = match line.split_once(": ") {
        Some((l, r)) => (l, r, 3),
        None => match line
            .split_once(" \u{2013} ")
            .or_else(|| line.split_once(" \u{2014} "))
            .or_else(|| line.split_once(" - "))
        {
            Some((l, r)) => (l, r, 5),
            None => return false,
        },
    };
    let digits = rest
        .bytes()
        .take_while(|c| c.is_ascii_digit() || *c == b',')
        .count();
    let tail = rest[digits..].trim_end_matches([' ', '.', ';']);
    // "Shebekino — 1 killed (woman, 55), 3 wounded": a place's toll in a digest
    let toll = most == 5 && casualty_word_first(tail);
    if digits == 0 || !(tail.is_empty() || (tail.starts_with(" (") && tail.ends_with(')')) || toll)
    {
        return false;
    }
    if toll {
        return label.len() <= 40
            && label.split(' ').count() <= most
            && !label.bytes().any(|c| c.is_ascii_digit());
    }
    label.len() <= if most == 3 { 48 } else { 40 } && label_noun(label, most).is_some()
}

/// The counted noun of a tally label: its last word when the label has at most
/// `most` words ("Contested settlements"), or its first word when a participle or a
/// preposition follows it ("Settlements held by Ukraine", "Bridges over the Seym
/// destroyed": a counter's noun stands first and its clause after, up to 7 words).
fn label_noun(label: &str, most: usize) -> Option<&'static super::lexicon::Entry> {
    let mut buf = [0u8; 32];
    let n = label.split(' ').count();
    let last = label.rsplit([' ', '/']).next()?;
    if n <= most {
        if let Some(e) = super::lexicon::lower(last, &mut buf)
            .and_then(noun)
            .filter(|e| tally_noun(e))
        {
            return Some(e);
        }
    }
    let mut it = label.split(' ');
    let (first, second) = (it.next()?, it.next()?);
    if n > 7 || !post_modifier(second) {
        return None;
    }
    super::lexicon::lower(first, &mut buf)
        .and_then(noun)
        .filter(|e| tally_noun(e))
}

/// A word that opens a noun's post-modifier in a label: a past participle ("held",
/// "destroyed", "retaken") or a preposition of place or agent ("over", "in", "by").
pub(super) fn post_modifier(w: &str) -> bool {
    let mut buf = [0u8; 32];
    let Some(w) = super::lexicon::lower(w, &mut buf) else {
        return false;
    };
    (w.len() > 4 && w.ends_with("ed"))
        || matches!(
            w,
            "held"
                // irregular participles: "Ballots cast", "Parcels sent", "Aid given"
                | "cast"
                | "sent"
                | "given"
                | "paid"
                | "spent"
                | "taken"
                | "retaken"
                | "lost"
                | "hit"
                | "shot"
                | "seen"
                | "built"
                | "over"
                | "in"
                | "on"
                | "near"
                | "across"
                | "under"
                | "along"
                | "by"
        )
}

/// " killed, 3 wounded": the text after a number starts with a casualty participle.
fn casualty_word_first(tail: &str) -> bool {
    let Some(t) = tail.strip_prefix(' ') else {
        return false;
    };
    let w = &t[..t
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(t.len())];
    let mut buf = [0u8; 32];
    super::lexicon::lower(w, &mut buf)
        .and_then(super::words::casualty_after)
        .is_some()
}

/// A label noun that a tally counts: a plural count noun ("Tanks", "Trucks"); a
/// singular label names a place or a kind ("Shostka district: 4,200").
pub(super) fn tally_noun(e: &super::lexicon::Entry) -> bool {
    e.3 != super::lexicon::Num::Singular
        && !matches!(e.2, Class::NotCount | Class::Money | Class::Percent)
}

/// "Hotline for evacuees: 122", "Phone of the headquarters: 122": the number at `at`
/// follows a colon after a contact label that opens its line or sentence, so it is a
/// phone number, not a count.
pub(super) fn contact_label(s: &str, at: usize) -> bool {
    // byte test first: ": " right before the number
    let Some(lead) = s[..at].strip_suffix(": ") else {
        return false;
    };
    let line = lead.rfind(['\n', '.']).map_or(lead, |i| &lead[i + 1..]);
    let head = line.trim_start().split(' ').next().unwrap_or("");
    line.len() <= 60
        && [
            "hotline",
            "helpline",
            "phone",
            "telephone",
            "tel",
            "fax",
            "call",
            "contact",
        ]
        .iter()
        .any(|w| head.eq_ignore_ascii_case(w))
}

/// A label that is a dateline: a capitalised place, then an agency in capitals that
/// is no counted noun ("Moscow CNN", "Kyiv AFP"; not "Tanks", "APC").
fn dateline_label(label: &str) -> bool {
    let mut words = label.split_whitespace();
    let (Some(place), Some(agency), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let caps = |w: &str| w.len() >= 2 && w.len() <= 5 && w.bytes().all(|c| c.is_ascii_uppercase());
    place.starts_with(|c: char| c.is_ascii_uppercase())
        && !caps(place)
        && caps(agency)
        && noun(&agency.to_ascii_lowercase()).is_none()
}

//! Fact-box lines that put the number first and what it counts after a spaced dash,
//! one item a line: "151,000 – residents evacuated from the border districts.",
//! "more than 300 – civilians injured over the same period.", "4 — detachments formed
//! since August." ("by the numbers" boxes). The counted noun is the first count noun
//! in the few words after the dash; a casualty participle right after it says killed
//! or injured. The span stated is the number alone (the label is a clause).

use super::super::attach::{lw, next_tok};
use super::super::lexicon::{noun, Class};
use super::super::words::casualty_after;
use super::super::Attached;
use crate::numerals::NumberExpr;

/// The item whose number `n` opens its line (or sentence) and is followed by a spaced
/// en or em dash and a noun phrase.
pub(in super::super) fn number_first(s: &str, n: &NumberExpr) -> Option<Attached> {
    // byte test first: a spaced en or em dash right after the number
    let rest = &s[n.span.end..];
    let after = rest
        .strip_prefix(" \u{2013} ")
        .or_else(|| rest.strip_prefix(" \u{2014} "))?;
    // the number opens its line, maybe after a list mark: "- 9 – centres"
    let lead = s[..n.span.start].trim_end_matches([' ', '\t']);
    // (spaces only: the line's own start is a newline, "\n12 — civilians killed")
    let lead = lead
        .trim_end_matches(['-', '*', '\u{2022}'])
        .trim_end_matches([' ', '\t']);
    if !(lead.is_empty() || lead.ends_with('\n')) {
        return None;
    }
    // "2014 – the year the battalion was formed": a year is a date, not a count
    let digits = &s[n.num_span.start..n.num_span.end];
    if digits.len() == 4 && n.value.is_some_and(|v| (1900.0..=2100.0).contains(&v)) {
        return None;
    }
    // the label: lower-case words, the noun among the first four ("temporary
    // accommodation centres", "BARS-Kursk detachments")
    let from = s.len() - after.len();
    let mut at = from;
    let mut buf = [0u8; 32];
    // an unknown plural noun counts as `other`: "temporary accommodation centres"
    let mut plural: Option<(usize, usize)> = None;
    for _ in 0..4 {
        let t = next_tok(s, at).filter(|t| t.word)?;
        at = t.end;
        let w = lw(s, t, &mut buf);
        // "10 – that is how many ...": a clause, not a label
        if matches!(
            w,
            "that" | "this" | "the" | "it" | "we" | "they" | "and" | "or"
        ) {
            return None;
        }
        let Some(e) = noun(w).filter(|e| e.2 != Class::NotCount) else {
            if plural.is_none() && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
                plural = Some((t.start, t.end - 1));
            }
            continue;
        };
        // (the noun ends its word group: "volunteer detachments", "home-guard units")
        let next = next_tok(s, t.end).filter(|x| x.word);
        let mut nb = [0u8; 32];
        let noun_next =
            next.is_some_and(|x| noun(lw(s, x, &mut nb)).is_some_and(|e| e.2 != Class::NotCount));
        if s.as_bytes().get(t.end) == Some(&b'-') || noun_next {
            continue;
        }
        let cas_tok = next_tok(s, t.end).filter(|x| x.word && e.2.is_person());
        let mut cas = cas_tok.and_then(|x| casualty_after(lw(s, x, &mut [0u8; 32])));
        // "troops killed or wounded": both words, losses that do not say which
        if let (Some(c), Some(x)) = (cas, cas_tok) {
            let or = next_tok(s, x.end).filter(|o| matches!(lw(s, *o, &mut buf), "or" | "and"));
            let w2 = or.and_then(|o| next_tok(s, o.end));
            if let Some(c2) = w2.and_then(|w| casualty_after(lw(s, w, &mut buf))) {
                cas = Some(c.join(c2));
            }
        }
        return Some(Attached {
            start: n.span.start,
            end: n.span.end,
            unit: e.1.to_string(),
            class: e.2,
            cas,
            same_as: None,
        });
    }
    let (a, b) = plural?;
    Some(Attached {
        start: n.span.start,
        end: n.span.end,
        unit: match s[a..b].to_ascii_lowercase() {
            u if u.ends_with("ie") => format!("{}y", &u[..u.len() - 2]),
            u => u,
        },
        class: Class::Other,
        cas: None,
        same_as: None,
    })
}

//! A casualty noun as the head of a subject with a phrase after it, linked to a
//! count by "has risen to", "at": "the death toll from the attack on Belgorod has
//! risen to 25 people".

use super::super::super::lexicon::{noun, Class, Entry};
use super::super::super::words::is_aux;
use super::super::{lw, prev_tok};
use super::is_quote;

/// The casualty noun heading a subject with a phrase after it, the phrase ending at
/// `end` right before the linking words: "the death toll from Saturday's attack on
/// Belgorod has risen to 25 people", "the attackers' losses in the Kursk region at
/// more than 1,500 men". "toll" reads as its kind ("injury toll": injuries).
pub(super) fn subject_phrase(s: &str, end: usize) -> Option<&'static Entry> {
    if let Some(e) = super::tolls::number_of(s, end) {
        return Some(e);
    }
    // byte test first: the stems of "toll" and the casualty nouns (any case of their
    // first letter) within the words that may be read
    let from = s.ceil_char_boundary(end.saturating_sub(160));
    let h = &s[from..end];
    if ![
        "oll", "ss", "asualt", "eath", "njur", "atalit", "odies", "ody",
    ]
    .iter()
    .any(|k| h.contains(k))
    {
        return None;
    }
    let mut b = [0u8; 32];
    let (mut p, mut prep) = (end, false);
    for _ in 0..14 {
        let t = prev_tok(s, p)?;
        if !t.word && !is_quote(&s[t.start..t.end]) {
            return None;
        }
        let w = lw(s, t, &mut b);
        if w.starts_with(|c: char| c.is_ascii_digit())
            || is_aux(w)
            || matches!(
                w,
                "who" | "which" | "that" | "while" | "but" | "as" | "when" | "said"
            )
        {
            return None;
        }
        if w == "toll" && prep {
            let kind = prev_tok(s, t.start).map_or("", |k| lw(s, k, &mut b));
            return noun(match kind {
                "injury" | "injuries" | "wounded" => "injuries",
                "casualty" | "casualties" => "casualties",
                _ => "deaths",
            });
        }
        if let Some(e) = noun(w) {
            if matches!(e.2, Class::Killed | Class::Injured | Class::Casualties) {
                return prep.then_some(e);
            }
        }
        prep = matches!(
            w,
            "from" | "in" | "on" | "of" | "among" | "since" | "during"
        );
        p = t.start;
    }
    None
}

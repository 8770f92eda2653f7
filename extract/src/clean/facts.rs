//! Fact-box lines above the story: an infobox or key-facts panel gives its counts as
//! "Label: value" lines ("Strength: 50,000+ troops", "Casualties: 38,000+ killed or
//! wounded", "Displaced: ~150,000 evacuated"). They are content, not subtitles.

use super::cues::is_month;

/// Whether a lower-case line `low` is "Label: ..." with a short label and a counted
/// noun after the colon (a number, maybe with "+", then a word that is no month and
/// no unit of time or reading: "Date: 6 august 2024", "Read: 5 min" are not).
pub(super) fn fact_line(low: &str) -> bool {
    // A byte test first: most title lines have no colon.
    let Some(colon) = crate::bytes::find_str(low, ": ") else {
        return false;
    };
    let label = &low[..colon];
    if label.is_empty()
        || label.split_whitespace().count() > 6
        || label.bytes().any(|b| b.is_ascii_digit())
    {
        return false;
    }
    let v = low[colon + 2..].as_bytes();
    let mut i = 0;
    while i < v.len() {
        if !v[i].is_ascii_digit() || (i > 0 && v[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < v.len()
            && (v[j].is_ascii_digit()
                || (v[j] == b',' && v.get(j + 1).is_some_and(u8::is_ascii_digit)))
        {
            j += 1;
        }
        if v.get(j) == Some(&b'+') {
            j += 1;
        }
        if v.get(j) == Some(&b' ') {
            let w: &str = std::str::from_utf8(&v[j + 1..])
                .unwrap_or("")
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            if w.len() >= 3 && !is_month(w) && !time_word(w) {
                return true;
            }
        }
        i = j.max(i + 1);
    }
    false
}

fn time_word(w: &str) -> bool {
    matches!(
        w,
        "min"
            | "mins"
            | "minute"
            | "minutes"
            | "hour"
            | "hours"
            | "sec"
            | "seconds"
            | "of"
            | "and"
            | "gmt"
            | "utc"
            | "msk"
            | "views"
            | "comments"
    )
}

#[cfg(test)]
mod tests {
    use super::fact_line;

    #[test]
    fn label_lines_with_counted_nouns_are_facts() {
        for l in [
            "strength: 50,000+ troops (incl. ~11,000 north korean)",
            "casualties and losses (ukraine): 38,000+ killed or wounded (per russia)",
            "displaced: ~150,000 evacuated",
            "key facts: 16 battalions, about 4,000 fighters",
            "evacuated: 121,000 people",
        ] {
            assert!(fact_line(l), "{l}");
        }
    }

    #[test]
    fn dates_times_and_plain_titles_are_no_facts() {
        for l in [
            "date: 6 august 2024 – present",
            "updated: 14 august 2024, 10:30 gmt",
            "reading time: 5 min",
            "location: kursk oblast, russia",
            "photo: 1 of 12",
            "kursk offensive (2024)",
            "belgorod's 16 battalions: what we know",
            "part 2: the border villages",
        ] {
            assert!(!fact_line(l), "{l}");
        }
    }
}

#[cfg(test)]
mod page_tests {
    use crate::clean::{blocks, BlockKind};

    fn kind(text: &str, needle: &str) -> BlockKind {
        let at = text.find(needle).unwrap();
        blocks(text)
            .into_iter()
            .find(|b| b.span.start <= at && at < b.span.end)
            .unwrap()
            .kind
    }

    #[test]
    fn an_infobox_above_the_story_is_content_under_its_headline() {
        let t = "Battle of Sudzha (2024)\nFrom Wikipedia, the free encyclopedia\n\nPart of the Kursk offensive\n\nDate: 8 August 2024 – present\nLocation: Sudzha, Kursk Oblast\nStrength: 4,000+ troops\nCasualties: 600+ killed or wounded\nDisplaced: ~12,000 evacuated\n\nThe battle began when Ukrainian units entered the town on 8 August, and fighting went on for weeks in the streets near the gas metering station.\n";
        for n in ["Strength:", "Casualties:", "Displaced:"] {
            assert_eq!(kind(t, n), BlockKind::Body, "{n}");
        }
        // the headline and the undated lines stay what they were
        assert_eq!(kind(t, "Battle of Sudzha"), BlockKind::Heading);
        assert_ne!(kind(t, "Location:"), BlockKind::Body);
        assert_ne!(kind(t, "Part of"), BlockKind::Body);
    }
}

/// Whether a line `low` (any case) is a line of a by-model loss list, which is content
/// even after the body's last paragraph: an item "5 t-64bv", "3 leopard 2a6: (1,
/// destroyed)", "62 kamaz 6x6 trucks" (a count, then a name with a model code), or a
/// category total "tanks (8, of which destroyed: 6, damaged: 2)".
/// A block of such lines passes when its first line does and every other line starts
/// with a count ("tanks (13, of which destroyed: 10)\n 7 stryker").
pub(crate) fn loss_line(low: &str) -> bool {
    let mut lines = low.lines();
    let first = lines.next().unwrap_or("");
    lines.all(|l| {
        let l = l.trim_start();
        let d = l.bytes().take_while(|b| b.is_ascii_digit()).count();
        d > 0 && l.as_bytes().get(d) == Some(&b' ')
    }) && loss_one(first)
}

/// A word that is a model's code: a digit with a letter or a hyphen ("T-72B3", "2A6",
/// "6x6", "421-16E"), not a plain number.
pub(crate) fn model_code(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit())
        && (w.bytes().any(|b| b.is_ascii_alphabetic()) || w.contains('-'))
}

fn loss_one(low: &str) -> bool {
    let low = low.trim();
    let digits = low.bytes().take_while(|b| b.is_ascii_digit()).count();
    if digits > 0 {
        if digits > 4 || low.as_bytes().get(digits) != Some(&b' ') {
            return false;
        }
        let rest = &low[digits + 1..];
        let name = &rest[..rest.find([':', '(', ',']).unwrap_or(rest.len())];
        let words = name.split_whitespace();
        return name.split_whitespace().count() <= 4
            && words.clone().next().is_some()
            && words.clone().any(model_code);
    }
    let Some(open) = crate::bytes::find_str(low, " (") else {
        return false;
    };
    let label = &low[..open];
    let rest = &low[open + 2..];
    let n = rest.bytes().take_while(|b| b.is_ascii_digit()).count();
    n > 0
        && rest[n..].starts_with(", of which ")
        && low.ends_with(')')
        && label.split_whitespace().count() <= 5
        && label
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b',')
}

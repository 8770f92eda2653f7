//! A date that opens a period still running ("Date: 6 August 2024 – present",
//! "since 12 March 2023 to date") says when events began, not when a page was
//! written: publication dates skip it.

use super::{find_dates, DateExpr};

/// The dates of `text` as [`find_dates`] finds them, without those that open a
/// period running to the present.
pub fn closed_dates(text: &str) -> Vec<DateExpr> {
    let mut ds = find_dates(text);
    ds.retain(|d| !opens_period(text, d.span.end));
    ds
}

/// Whether a dash (or "to"/"until") and "present" or "ongoing" (after "to"/"until" also "now" or "date") follow
/// byte `end` of `text`.
fn opens_period(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start();
    let (word, rest) = match ["\u{2013}", "\u{2014}", "-", "to ", "until "]
        .iter()
        .find_map(|p| rest.strip_prefix(p).map(|r| (p.ends_with(' '), r)))
    {
        Some(x) => x,
        None => return false,
    };
    let w: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    // ("– now" or "– date" may open a subtitle: only after "to"/"until")
    matches!(w.as_str(), "present" | "ongoing") || word && matches!(w.as_str(), "now" | "date")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(t: &str) -> Vec<String> {
        closed_dates(t)
            .iter()
            .filter_map(|d| d.iso())
            .collect::<Vec<_>>()
    }

    #[test]
    fn a_date_opening_a_running_period_is_skipped() {
        assert!(iso("Date: 6 August 2024 – present").is_empty());
        assert!(iso("Period: 24 February 2022 - ongoing").is_empty());
        assert!(iso("Deployed 3 March 2023 to date").is_empty());
        assert!(iso("In force: 1 May 2023 until now").is_empty());
        // trap: a dash and "Now" opening a subtitle
        assert_eq!(iso("1 May 2023 — Now the shelling"), vec!["2023-05-01"]);
    }

    #[test]
    fn closed_ranges_and_single_dates_stay() {
        assert_eq!(iso("Published 14 August 2024"), vec!["2024-08-14"]);
        assert_eq!(iso("Updated 14 August 2024 - 10:30"), vec!["2024-08-14"]);
        // trap: a word after the dash that is no "present"
        assert_eq!(
            iso("6 August 2024 – Presidential decree signed"),
            vec!["2024-08-06"]
        );
        assert_eq!(iso("Date: 6 August 2024 – 12 September 2024").len(), 2);
    }
}

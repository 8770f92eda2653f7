//! A publication history line names several dates: "Received 12 Sep 2023, Accepted 29
//! Jan 2024, Published online: 18 Mar 2024", "Updated 3 May 2024 | First published 1
//! May 2024". The date after "published" is the publication's; a line without the
//! word keeps its first full date.

use crate::dates;

/// The full date of `t` that follows "published" (any case), else its first full date,
/// as `YYYY-MM-DD`.
pub(super) fn published_first(t: &str) -> Option<String> {
    let ds = dates::closed_dates(t);
    let full = |d: &&dates::DateExpr| d.year.is_some() && d.month.is_some() && d.day.is_some();
    // byte test first: a "ublish" in the line
    let at = t
        .as_bytes()
        .windows(6)
        .position(|w| w.eq_ignore_ascii_case(b"ublish"));
    at.and_then(|at| ds.iter().filter(full).find(|d| d.span.start > at))
        .or_else(|| ds.iter().find(full))
        .and_then(|d| d.iso())
}

/// A journal's "Published online: 18 Mar 2024": the phrase ends within the 24 bytes
/// before byte `at` of `t`.
pub(super) fn published_online(t: &str, at: usize) -> bool {
    let from = t.floor_char_boundary(at.saturating_sub(24));
    let b = t[from..at].as_bytes();
    b.windows(16)
        .any(|w| w.eq_ignore_ascii_case(b"published online"))
}

#[cfg(test)]
mod tests {
    use super::published_online;

    #[test]
    fn published_online_marks_the_date_after_it() {
        let t = "Received 12 Sep 2023, Accepted 29 Jan 2024, Published online: 18 Mar 2024";
        assert!(published_online(t, t.find("18 Mar").unwrap()));
        assert!(!published_online(t, t.find("29 Jan").unwrap()));
        assert!(!published_online(t, t.find("12 Sep").unwrap()));
        let u = "First published online 2 May 2024 \u{b7} updated 9 May 2024";
        assert!(published_online(u, u.find("2 May").unwrap()));
        assert!(!published_online(u, u.find("9 May").unwrap()));
    }
}

#[cfg(test)]
mod tests_first {
    use super::published_first;

    #[test]
    fn the_date_after_published_is_the_publications() {
        for (t, want) in [
            (
                "Received 12 Sep 2023, Accepted 29 Jan 2024, Published online: 18 Mar 2024",
                "2024-03-18",
            ),
            (
                "Submitted 2 February 2024; revised 9 April 2024; published 30 May 2024",
                "2024-05-30",
            ),
            (
                "Updated 14 June 2024 \u{b7} First published 11 June 2024",
                "2024-06-11",
            ),
            ("PUBLISHED: 5 July 2023, accepted 1 May 2023", "2023-07-05"),
            // traps: without the word, the first date; a month alone is no date
            ("Wednesday, 24 January 2024 \u{b7} 8 min read", "2024-01-24"),
            (
                "12 March 2024 \u{b7} Published in print: April 2024",
                "2024-03-12",
            ),
        ] {
            assert_eq!(published_first(t).as_deref(), Some(want), "{t}");
        }
        assert_eq!(published_first("Published online ahead of print"), None);
    }
}

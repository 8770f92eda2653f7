//! A wiki page states its own date in its footer: "This page was last edited on 14
//! March 2024, at 09:12 (UTC)." (older skins: "last modified on"). Dates in the
//! body and the contents list ("1 August 2024") are about events, not the page.

/// The full date after "last edited on" / "last modified on" in the footer of `text`
/// (its last 800 bytes), as `YYYY-MM-DD`.
pub(super) fn footer_date(text: &str) -> Option<String> {
    // (a footer: only the page's last 800 bytes are read)
    let from = text.ceil_char_boundary(text.len().saturating_sub(800));
    for phrase in [" edited on ", " modified on "] {
        for at in crate::bytes::match_starts(&text[from..], phrase).map(|a| a + from) {
            // (the "last" before it, any case: "Last edited on")
            if at < 4 || !text.as_bytes()[at - 4..at].eq_ignore_ascii_case(b"last") {
                continue;
            }
            let from = at + phrase.len();
            let end = text.floor_char_boundary(from + 40);
            return super::first_full_date(&text[from..end]);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::footer_date;

    #[test]
    fn wiki_footers_date_the_page() {
        let t = "List of attacks\n\n1 August 2024\n\nThis page was last edited on 14 March 2024, at 09:12 (UTC).\nText is available";
        assert_eq!(footer_date(t).as_deref(), Some("2024-03-14"));
        let t = "This page was last modified on 5 June 2015, at 10:00.";
        assert_eq!(footer_date(t).as_deref(), Some("2015-06-05"));
        let t = "Last edited on 2 November 2024 by an editor.";
        assert_eq!(footer_date(t).as_deref(), Some("2024-11-02"));
        // other "last" phrases and an edit without a full date: none
        assert_eq!(
            footer_date("The last attack on 3 May 2024 killed two."),
            None
        );
        assert_eq!(footer_date("It was last edited on Tuesday."), None);
        assert_eq!(footer_date("Last updated 3 May 2024"), None);
        assert_eq!(footer_date("no footer"), None);
        // in the body, far from the footer: not the page's date
        let t = format!(
            "The rule was last modified on 3 May 2024 by decree. {}",
            "Text of the page. ".repeat(100)
        );
        assert_eq!(footer_date(&t), None);
    }
}

//! A wiki page states its own date in its footer: "This page was last edited on 14
//! March 2024, at 09:12 (UTC)." (older skins: "last modified on"). Dates in the
//! body and the contents list ("1 August 2024") are about events, not the page.

/// The full date after "last edited on" / "last modified on" in `text`, as
/// `YYYY-MM-DD`.
pub(super) fn footer_date(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut i = 0;
    // byte test first: the "last " of the phrase
    while let Some(p) = b[i..]
        .windows(5)
        .position(|w| w.eq_ignore_ascii_case(b"last "))
    {
        let at = i + p + 5;
        i = at;
        let rest = &b[at..];
        let len = [&b"edited on "[..], b"modified on "]
            .iter()
            .find(|w| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w))
            .map(|w| w.len());
        let Some(len) = len else { continue };
        let mut end = (at + len + 40).min(b.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        return super::first_full_date(&text[at + len..end]);
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
        let t = "Page LAST EDITED ON 2 November 2024 by an editor.";
        assert_eq!(footer_date(t).as_deref(), Some("2024-11-02"));
        // other "last" phrases and an edit without a full date: none
        assert_eq!(
            footer_date("The last attack on 3 May 2024 killed two."),
            None
        );
        assert_eq!(footer_date("It was last edited on Tuesday."), None);
        assert_eq!(footer_date("Last updated 3 May 2024"), None);
        assert_eq!(footer_date("no footer"), None);
    }
}

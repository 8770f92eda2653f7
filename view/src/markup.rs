//! Markup strings the view builds as text (the chart's SVG and legend, the reader's
//! paragraphs): what they share.

/// Text content with `&`, `<` and `>` escaped (for element text, never for attribute
/// values, which the callers write from fixed strings and digits only).
pub(crate) fn escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_characters_are_escaped_and_the_rest_kept() {
        let mut out = String::from("<p>");
        escape(&mut out, "5 < 7 & 9 > 8 — “Belgorod” ’s");
        assert_eq!(out, "<p>5 &lt; 7 &amp; 9 &gt; 8 — “Belgorod” ’s");
    }
}

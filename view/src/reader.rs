//! The reading view, pure: an article's original text cut into paragraphs and
//! segments — plain text, the sentences that state figures (the selected one marked),
//! the figure words inside them, and page furniture (hidden unless the original is asked for).

use tally_extract::{Article, Span};

/// One piece of a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub enum Segment {
    Text(String),
    /// A sentence that states figures `figures` (indices into the article's figures);
    /// `parts` are its words, `true` where they are a figure's own text.
    Sentence {
        figures: Vec<usize>,
        selected: bool,
        parts: Vec<(String, bool)>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub segments: Vec<Segment>,
    /// Page furniture or a metadata line (only present when the original is shown).
    pub furniture: bool,
}

/// The paragraphs of an article. `original` keeps page furniture and metadata lines
/// (marked); `selected` is the figure whose sentence is highlighted.
pub fn paragraphs(
    a: &Article,
    text: &str,
    original: bool,
    selected: Option<usize>,
) -> Vec<Paragraph> {
    let hidden: Vec<Span> = a
        .furniture
        .iter()
        .chain(a.metadata_spans.iter())
        .copied()
        .collect();
    // sentence spans with their figures, in order, merged when equal
    let mut sentences: Vec<(Span, Vec<usize>)> = Vec::new();
    for (i, f) in a.figures.iter().enumerate() {
        match sentences.iter_mut().find(|(s, _)| *s == f.sentence_span) {
            Some((_, figs)) => figs.push(i),
            None => sentences.push((f.sentence_span, vec![i])),
        }
    }
    crate::sort::sort_by_key(&mut sentences, |(s, _)| s.start);
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos + (line.len() - line.trim_start().len());
        let end = pos + line.trim_end().len();
        pos += line.len();
        if end <= start {
            continue;
        }
        let span = Span::new(start, end);
        let is_hidden = hidden.iter().any(|h| h.overlaps(span));
        if is_hidden && !original {
            continue;
        }
        out.push(Paragraph {
            segments: segments(text, span, &sentences, a, selected),
            furniture: is_hidden,
        });
    }
    out
}

fn segments(
    text: &str,
    line: Span,
    sentences: &[(Span, Vec<usize>)],
    a: &Article,
    selected: Option<usize>,
) -> Vec<Segment> {
    let mut segs = Vec::new();
    let mut at = line.start;
    for (s, figs) in sentences
        .iter()
        .filter(|(s, _)| s.start >= line.start && s.end <= line.end)
        // spans that do not fit this text (a damaged body) are left unmarked
        .filter(|(s, _)| text.get(s.start..s.end).is_some())
    {
        if s.start < at {
            continue; // overlapping sentence spans: keep the first
        }
        if s.start > at {
            segs.push(Segment::Text(text[at..s.start].to_string()));
        }
        let mut parts = Vec::new();
        let mut p = s.start;
        let mut spans: Vec<Span> = figs
            .iter()
            .map(|&i| a.figures[i].span)
            .filter(|f| text.get(f.start..f.end).is_some())
            .collect();
        crate::sort::sort_by(&mut spans, Span::cmp);
        for f in spans {
            if f.start < p || f.end > s.end {
                continue;
            }
            if f.start > p {
                parts.push((text[p..f.start].to_string(), false));
            }
            parts.push((text[f.start..f.end].to_string(), true));
            p = f.end;
        }
        if p < s.end {
            parts.push((text[p..s.end].to_string(), false));
        }
        segs.push(Segment::Sentence {
            figures: figs.clone(),
            selected: selected.is_some_and(|x| figs.contains(&x)),
            parts,
        });
        at = s.end;
    }
    if at < line.end {
        segs.push(Segment::Text(text[at..line.end].to_string()));
    }
    segs
}

/// What the reading view's text holds, as HTML markup (set as the inner HTML of the
/// text's box): `Ok(text)` as its paragraphs (`<p>`, `class="furniture"` on page
/// furniture) of plain text (`<span>`) and figure sentences (`<mark class="sentence">`,
/// also `selected` with `tabindex="-1"` on the selected one, `data-figures` their
/// figures' indices) whose figure words are bold (`<b class="figure-words">`);
/// `None` says the text is loading, `Err` why it could not be loaded.
pub fn markup(text: Option<Result<&[Paragraph], &str>>) -> String {
    use crate::markup::escape;
    let mut out = String::new();
    let ps = match text {
        None => {
            return "<p class=\"loading\" role=\"status\">Loading the article’s text…</p>".into()
        }
        Some(Err(e)) => {
            out.push_str(
                "<p class=\"warn\" role=\"alert\">The article’s text could not be loaded: ",
            );
            escape(&mut out, e);
            out.push_str("</p>");
            return out;
        }
        Some(Ok(ps)) => ps,
    };
    let span = |out: &mut String, t: &str, bold: bool| {
        out.push_str(if bold {
            "<b class=\"figure-words\">"
        } else {
            "<span>"
        });
        escape(out, t);
        out.push_str(if bold { "</b>" } else { "</span>" });
    };
    for p in ps {
        out.push_str(if p.furniture {
            "<p class=\"furniture\">"
        } else {
            "<p>"
        });
        for s in &p.segments {
            match s {
                Segment::Text(t) => span(&mut out, t, false),
                Segment::Sentence {
                    figures,
                    selected,
                    parts,
                } => {
                    out.push_str(if *selected {
                        "<mark class=\"sentence selected\" tabindex=\"-1\" data-figures=\""
                    } else {
                        "<mark class=\"sentence\" data-figures=\""
                    });
                    for (k, f) in figures.iter().enumerate() {
                        if k > 0 {
                            out.push(' ');
                        }
                        crate::num::push_digits(&mut out, *f as u128);
                    }
                    out.push_str("\">");
                    for (t, fig) in parts {
                        span(&mut out, t, *fig);
                    }
                    out.push_str("</mark>");
                }
            }
        }
        out.push_str("</p>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Entry;
    use tally_extract::{Category, Figure, Qualifier};

    fn entry() -> Entry {
        let text = "Support us: $10,000 a month\n\nHeadline here\n\nThe region has 2,092 people. It also has seven battalions and 300 guns. The end.\n".to_string();
        let s1 = text.find("The region").unwrap();
        let s1e = text.find("people.").unwrap() + 7;
        let s2 = text.find("It also").unwrap();
        let s2e = text.find("guns.").unwrap() + 5;
        let fig = |t: &str, s: usize, e: usize| {
            let at = text.find(t).unwrap();
            Figure {
                text: t.into(),
                value: Some(1.0),
                low: None,
                high: None,
                qualifier: Qualifier::Exact,
                unit: "x".into(),
                category: Category::Other,
                region: None,
                sentence: text[s..e].into(),
                span: Span::new(at, at + t.len()),
                sentence_span: Span::new(s, e),
            }
        };
        let figures = vec![
            fig("2,092 people", s1, s1e),
            fig("seven battalions", s2, s2e),
            fig("300 guns", s2, s2e),
        ];
        let head = text.find("Headline").unwrap();
        Entry {
            label: "Headline here".into(),
            article: tally_extract::Article {
                id: "x".into(),
                title: Some("Headline here".into()),
                date: None,
                source: None,
                url: None,
                regions: vec![],
                duplicate_of: None,
                figures,
                furniture: vec![Span::new(0, 27)],
                metadata_spans: vec![Span::new(head, head + 13)],
                warnings: vec![],
            },
            body: crate::data::Body::Text(text),
            shown_date: None,
            copies: vec![],
            yours: false,
        }
    }

    #[test]
    fn furniture_and_metadata_are_hidden_unless_the_original_is_asked_for() {
        let e = entry();
        let clean = paragraphs(&e.article, e.text().unwrap(), false, None);
        assert_eq!(clean.len(), 1);
        let orig = paragraphs(&e.article, e.text().unwrap(), true, None);
        assert_eq!(orig.len(), 3);
        assert!(orig[0].furniture && orig[1].furniture && !orig[2].furniture);
    }

    #[test]
    fn figure_sentences_are_marked_and_the_selected_one_flagged() {
        let e = entry();
        let p = &paragraphs(&e.article, e.text().unwrap(), false, Some(2))[0];
        assert_eq!(p.segments.len(), 4, "{:?}", p.segments); // sentence, " ", sentence, " The end."
        match &p.segments[2] {
            Segment::Sentence {
                figures,
                selected,
                parts,
            } => {
                assert_eq!(figures, &vec![1, 2]);
                assert!(selected);
                let marked: Vec<&str> =
                    parts.iter().filter(|x| x.1).map(|x| x.0.as_str()).collect();
                assert_eq!(marked, vec!["seven battalions", "300 guns"]);
                let all: String = parts.iter().map(|x| x.0.as_str()).collect();
                assert_eq!(all, "It also has seven battalions and 300 guns.");
            }
            s => panic!("{s:?}"),
        }
        assert!(matches!(
            &p.segments[0],
            Segment::Sentence {
                selected: false,
                ..
            }
        ));
        assert_eq!(p.segments[3], Segment::Text(" The end.".into()));
    }

    /// Every piece of the paragraphs, joined.
    fn joined(p: &[Paragraph]) -> String {
        p.iter()
            .flat_map(|p| p.segments.iter())
            .map(|s| match s {
                Segment::Text(t) => t.clone(),
                Segment::Sentence { parts, .. } => parts.iter().map(|x| x.0.as_str()).collect(),
            })
            .collect()
    }

    #[test]
    fn the_text_is_kept_whole() {
        let e = entry();
        let joined = joined(&paragraphs(&e.article, e.text().unwrap(), true, None));
        let lines: String = e.text().unwrap().lines().map(str::trim).collect();
        assert_eq!(joined, lines);
        assert!(joined.contains("Support us: $10,000 a month"));
        assert!(joined.contains("It also has seven battalions and 300 guns."));
    }

    #[test]
    fn a_text_that_does_not_fit_the_spans_is_shown_unmarked_never_a_panic() {
        let e = entry();
        for text in [
            "",
            "short",
            "The region has 2,092 peo\u{e9}ple — és. It also",
            "ü\nü\nü",
        ] {
            let p = paragraphs(&e.article, text, true, Some(1));
            let lines: String = text.lines().map(str::trim).collect();
            assert_eq!(joined(&p), lines);
        }
    }

    #[test]
    fn the_markup_holds_paragraphs_sentences_and_figure_words_escaped() {
        let e = entry();
        let ps = paragraphs(&e.article, e.text().unwrap(), true, Some(2));
        let m = markup(Some(Ok(&ps)));
        assert!(
            m.starts_with("<p class=\"furniture\"><span>Support us: $10,000 a month</span></p>")
        );
        assert!(m.contains("<p><mark class=\"sentence\" data-figures=\"0\"><span>The region has </span><b class=\"figure-words\">2,092 people</b><span>.</span></mark><span> </span>"));
        assert!(m.contains("<mark class=\"sentence selected\" tabindex=\"-1\" data-figures=\"1 2\"><span>It also has </span><b class=\"figure-words\">seven battalions</b>"));
        assert!(m.ends_with("<span> The end.</span></p>"));
        assert_eq!(m.matches("<p").count(), 3);
        // (the article's furniture spans cover this short text)
        let t = markup(Some(Ok(&paragraphs(&e.article, "a <b> & c", true, None))));
        assert_eq!(
            t,
            "<p class=\"furniture\"><span>a &lt;b&gt; &amp; c</span></p>"
        );
        assert_eq!(
            markup(None),
            "<p class=\"loading\" role=\"status\">Loading the article’s text…</p>"
        );
        assert_eq!(
            markup(Some(Err("x <404>"))),
            "<p class=\"warn\" role=\"alert\">The article’s text could not be loaded: x &lt;404&gt;</p>"
        );
    }
}

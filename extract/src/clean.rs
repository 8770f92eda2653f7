//! Stage 1, cleaning: splits an article into blocks (paragraphs) and marks page
//! furniture — banners, teasers, bylines, navigation — so that it stays out of
//! figures and out of the reading view. The original text is never changed.
//!
//! Works by phenomenon: a block is first judged alone (cue phrases from static
//! lexicons in [`cues`], date/byline/link shapes, title-like lines), then by its
//! surroundings — appeal banners run from an opening cue over every block that
//! still speaks of support, donations or journalism, or is a button; related-article
//! boxes take their header, their teaser headlines (also any title line that the
//! page repeats) and a teaser paragraph that shares the teaser's own vocabulary —
//! and finally by position: title lines before the body are headings, short lines
//! after it are page footer.

mod address;
mod boxes;
mod cues;
mod facts;
mod lexicon;
mod mastheads;
mod quick;
mod scan;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_round10;
#[cfg(test)]
mod tests_round4;
#[cfg(test)]
mod tests_round9;
#[cfg(test)]
mod tests_speed;
#[cfg(test)]
mod tests_tail;

pub use address::{address_line, bare_address};
pub use cues::{plain_lower, social};
pub(crate) use facts::{loss_line, model_code};
use scan::heading_str;
pub use scan::heading_text;

/// The site name of a masthead line ("Kharkiv Pulse — mobile edition" → "Kharkiv Pulse").
pub fn masthead_of(raw: &str) -> Option<&str> {
    mastheads::masthead(raw)
}

/// Whether a lower-case word is a month name ("may", "june").
pub fn is_month_name(w: &str) -> bool {
    cues::is_month(w)
}

use crate::model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// Article prose: figures come from here.
    Body,
    /// A headline or sub-heading.
    Heading,
    /// Metadata lines: dateline, byline, "Published ...", a bare URL, "Original url:".
    Meta,
    /// Page furniture: donation/subscription banners, ads, teasers, share prompts, navigation.
    Furniture,
}

/// One paragraph (non-blank line or run of lines) of the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub kind: BlockKind,
    /// Why it is not body ("donation banner", "related-article teaser", ...); "" for body.
    /// Headings: "headline" (before the body), "subtitle", "sub-heading".
    pub reason: &'static str,
}

/// A block under judgement.
struct Cand {
    span: Span,
    /// A blank line (or the start of the file) stands before it.
    gap_before: bool,
    low: String,
    kind: Option<BlockKind>,
    reason: &'static str,
    /// A title-like line: short, no sentence-final punctuation.
    title: bool,
    /// Title-like and in title case (most words capitalised).
    title_case: bool,
    /// One or two words, no sentence punctuation: a label.
    short: bool,
    /// Only a markdown link, maybe as a list item: "- [Title](https://...)".
    link_only: bool,
    md_heading: bool,
    banner_start: bool,
    teaser_header: bool,
}

/// The blocks of `text` in order; every non-blank line belongs to exactly one block.
pub fn blocks(text: &str) -> Vec<Block> {
    let front = crate::meta::front::scan(text).map(|fm| Block {
        span: fm.span,
        kind: BlockKind::Meta,
        reason: "front matter",
    });
    let from = front.as_ref().map_or(0, |fm| fm.span.end);
    let mut cands: Vec<Cand> = paragraphs(text, from)
        .into_iter()
        .map(|(span, gap_before)| judge(&text[span.start..span.end], span, gap_before))
        .collect();
    boxes::banners(text, &mut cands);
    boxes::teasers(text, &mut cands);
    boxes::reader_comments(text, &mut cands);
    boxes::tail_appeals(&mut cands);
    boxes::head_appeals(&mut cands);
    positions(text, &mut cands);
    let mut out = Vec::with_capacity(cands.len() + 1);
    out.extend(front);
    out.extend(cands.into_iter().map(|c| Block {
        span: c.span,
        kind: c.kind.unwrap_or(BlockKind::Body),
        reason: if c.kind.is_some() { c.reason } else { "" },
    }));
    out
}

// ---------------------------------------------------------------- splitting

/// Paragraph spans (trimmed) with "blank line before" flags. A non-blank line is a
/// paragraph, except that a hard-wrapped line continues on the next one.
fn paragraphs(text: &str, from: usize) -> Vec<(Span, bool)> {
    // every line once: its start and its trimmed text
    // (room for lines of 32 bytes on average: rarely grown)
    let mut lines: Vec<(usize, &str, &str)> = Vec::with_capacity((text.len() - from) / 32 + 8);
    // (as `split_inclusive('\n')`, each line with its line break)
    let b = text.as_bytes();
    let mut pos = from;
    while pos < b.len() {
        let end = crate::bytes::find_any(b, pos, b"\n").map_or(b.len(), |p| p + 1);
        let line = &text[pos..end];
        lines.push((pos, line, line.trim()));
        pos = end;
    }
    let wrapped = hard_wrapped(lines.iter().map(|l| l.2.len()));
    let mut out: Vec<(Span, bool)> = Vec::with_capacity(lines.len());
    let mut gap = true;
    let mut prev_line: Option<&str> = None; // the previous line if not blank
    for &(pos, line, t) in &lines {
        if t.is_empty() {
            gap = true;
            prev_line = None;
        } else {
            let s = pos + line.len() - line.trim_start().len();
            let span = Span::new(s, s + t.len());
            match (prev_line, out.last_mut()) {
                (Some(p), Some(last)) if joins(p, t, wrapped) => last.0.end = span.end,
                _ => out.push((span, gap)),
            }
            gap = false;
            prev_line = Some(t);
        }
    }
    out
}

/// Whether most lines followed by another line are 40–100 bytes: a hard-wrapped
/// file. `lines`: the trimmed length of every line.
fn hard_wrapped(lines: impl Iterator<Item = usize>) -> bool {
    let (mut pairs, mut wraps) = (0, 0);
    let mut prev: Option<usize> = None;
    for n in lines {
        if n > 0 {
            if let Some(p) = prev {
                pairs += 1;
                wraps += (40..=100).contains(&p) as usize;
            }
            prev = Some(n);
        } else {
            prev = None;
        }
    }
    wraps >= 4 && wraps * 10 >= pairs * 6
}

fn joins(prev: &str, next: &str, wrapped: bool) -> bool {
    if prev.starts_with('#')
        || ends_terminal(prev)
        || structural(next)
        || cues::link_line(next).is_some()
    {
        return false;
    }
    let first = next.chars().next();
    // a line that opens with a number continues a sentence only after a word that
    // cannot end one ("to about / 3,000 fighters"); else it is a line of its own
    // (a teaser list: "... 1 dead" / "10 things to know about ...")
    let lower = first.is_some_and(char::is_lowercase)
        || first.is_some_and(|c| c.is_ascii_digit()) && ends_mid_sentence(prev);
    // a sentence broken in two: a longish first part, a lower-case continuation
    let sentence_part = prev.len() >= 30 && prev.split_whitespace().count() >= 4;
    (lower && next.contains(' ') && sentence_part) || (wrapped && (40..=100).contains(&prev.len()))
}

/// Ends with a comma or a word that leaves the sentence open: a preposition, an
/// article, a conjunction or a quantity word ("of", "the", "and", "about", "than").
fn ends_mid_sentence(prev: &str) -> bool {
    const OPEN: &[&str] = &[
        "a",
        "about",
        "almost",
        "an",
        "and",
        "approximately",
        "around",
        "at",
        "by",
        "for",
        "from",
        "in",
        "including",
        "least",
        "nearly",
        "of",
        "or",
        "over",
        "roughly",
        "some",
        "than",
        "the",
        "to",
        "up",
        "with",
    ];
    if prev.ends_with(',') {
        return true;
    }
    let last = prev.rsplit(' ').next().unwrap_or("");
    OPEN.binary_search(&last.to_ascii_lowercase().as_str())
        .is_ok()
}

fn structural(line: &str) -> bool {
    line.starts_with(['#', '>', '|', '<', '[', '!', '*', '-', '+', '•', '›']) || {
        // digits, then ". " ("12. Title"): what `split_once(". ")` finds before
        // the first ". " when it is all digits
        let d = line.bytes().take_while(u8::is_ascii_digit).count();
        d > 0 && line[d..].starts_with(". ")
    }
}

/// Ends like a sentence or a label: ". ! ? :" (closing quotes and brackets skipped).
fn ends_terminal(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| "\"'”’)]*_ ".contains(c));
    t.ends_with(['.', '!', '?', ':', '…'])
}

// ---------------------------------------------------------------- one block alone

fn judge(raw: &str, span: Span, gap_before: bool) -> Cand {
    use BlockKind::{Furniture, Meta};
    // a long paragraph can only be furniture or meta by its opening words
    let long = raw.len() > 300;
    let low = cues::plain_lower_upto(raw, if long { 96 } else { 320 });
    let mut c = Cand {
        span,
        gap_before,
        kind: None,
        reason: "",
        title: false,
        title_case: false,
        short: false,
        link_only: false,
        md_heading: raw.starts_with('#') && raw.trim_start_matches('#').starts_with(' '),
        banner_start: cues::banner_start(&low, raw.len()) || cues::banner_inside(&low, raw.len()),
        teaser_header: cues::teaser_header(&low),
        low,
    };
    let low = c.low.as_str();
    let found: Option<(BlockKind, &'static str)> = if cues::separator(raw) {
        Some((Furniture, "separator"))
    } else if c.teaser_header {
        Some((Furniture, "related-article teaser"))
    } else if c.banner_start {
        Some((Furniture, "donation banner"))
    } else if let Some(r) =
        cues::furniture_line(low, long).filter(|r| !long || *r == "cookie notice")
    {
        Some((Furniture, r))
    } else if long {
        None
    } else if cues::url_label(low) {
        Some((Meta, "url label"))
    } else if cues::source_label(low) {
        Some((Meta, "source line"))
    } else if let Some(r) = cues::link_line(raw) {
        Some((Meta, r))
    } else if cues::date_line(low) {
        Some((Meta, "date line"))
    } else if cues::publication_line(raw, low) {
        Some((Meta, "publication line"))
    } else if cues::byline(raw, low) {
        Some((Meta, "byline"))
    } else if cues::credits(low) {
        Some((Meta, "credits"))
    } else if cues::caption(low) {
        Some((Meta, "photo caption"))
    } else if cues::dateline_line(raw) {
        Some((Meta, "dateline"))
    } else if cues::reading_time(low) {
        Some((Furniture, "reading time"))
    } else if crate::meta::publishers::is_name(cues::bare(low)) {
        Some((Meta, "masthead"))
    } else if mastheads::navigation(raw)
        || mastheads::spaced_menu(raw)
        || mastheads::bracket_menu(raw)
        || mastheads::site_footer(raw)
    {
        Some((Furniture, "navigation"))
    } else if mastheads::masthead(raw).is_some() {
        Some((Meta, "masthead"))
    } else if mastheads::signed_tagline(raw) {
        Some((Meta, "byline"))
    } else if raw
        .trim_matches(|c: char| c == '*' || c.is_whitespace())
        .ends_with("](#)")
    {
        Some((Furniture, "related-article link"))
    } else {
        None
    };
    if let Some((k, r)) = found {
        c.kind = Some(k);
        c.reason = r;
    } else {
        c.link_only = link_only(raw);
        let t = if c.link_only {
            heading_str(raw.trim_start_matches(['-', '*', '•', '+', ' ']))
        } else {
            "".into()
        };
        let shape = title_shape(if c.link_only { &t } else { raw });
        c.title = c.md_heading || shape.is_some();
        c.title_case = c.md_heading || shape == Some(true);
        c.short = !c.title && raw.split_whitespace().nth(2).is_none() && !ends_terminal(raw);
    }
    c
}

/// A line that is only a markdown link, maybe a list item: "- [Title](https://...)".
fn link_only(raw: &str) -> bool {
    let t = raw.trim_start_matches(|c: char| "-*•+ ".contains(c) || c.is_ascii_digit() || c == '.');
    let t = t.trim_matches(|c: char| c == '*' || c.is_whitespace());
    t.starts_with('[')
        && t.ends_with(')')
        && crate::bytes::find_str(t, "](").is_some_and(|p| !t[p + 2..].contains(' '))
}

/// A headline-shaped line: no sentence-final punctuation (a "?" or "!" only in
/// title case), no quote closed by a comma (speech: `,” he said`); in title case up
/// to 24 words, in sentence case up to 14. `Some(title_case)`.
fn title_shape(raw: &str) -> Option<bool> {
    if raw.len() > 400 {
        return None;
    }
    let end = quick::trim_closers(raw);
    if end.ends_with(['.', ',', ';', ':', '…']) || raw.split_whitespace().nth(30).is_some() {
        return None;
    }
    let t = heading_str(raw);
    // the words, on the stack (more than 30: not a title)
    let mut buf = [""; 31];
    let mut n_words = 0;
    for w in t.split_whitespace() {
        if n_words == buf.len() {
            return None;
        }
        buf[n_words] = w;
        n_words += 1;
    }
    let words = &buf[..n_words];
    if t.len() > 220 || words.len() < 3 || words.len() > 30 {
        return None;
    }
    if !t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'«".contains(c))
    {
        return None;
    }
    let end = quick::trim_closers(&t);
    if end.ends_with(['.', ',', ';', ':', '…']) {
        return None;
    }
    let content = words.iter().filter(|w| !quick::small_word(w));
    let (n, caps) = content.fold((0, 0), |(n, k), w| {
        (
            n + 1,
            k + w
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || !c.is_alphabetic())
                as usize,
        )
    });
    let title_case = n > 0 && caps * 4 >= n * 3;
    // (a quote closed by a comma: by bytes, without a searcher per line)
    let speech =
        crate::bytes::find_str(&t, ",”").is_some() || crate::bytes::find_str(&t, ",\"").is_some();
    if end.ends_with(['?', '!']) || speech {
        return (title_case && !speech).then_some(true);
    }
    // sentence case: a headline is short; a long lower-case line is cut-off prose
    (title_case && t.len() <= 180 && words.len() <= 24 || words.len() <= 14).then_some(title_case)
}

// ---------------------------------------------------------------- regions

// Banners, tail appeals and related-article boxes: see [`boxes`].

/// Position: title lines before the body are headings (the first is the headline),
/// labels there are Meta; title-case lines inside the body are sub-headings; short
/// and title-case lines after it are page footer; link-only lines after the body has
/// begun are related-article links; sentence-case lines after the start are prose.
fn positions(text: &str, c: &mut [Cand]) {
    let is_body = |x: &Cand| x.kind.is_none() && !x.title && !x.short && !x.link_only;
    let first = c.iter().position(is_body).unwrap_or(c.len());
    let last = c.iter().rposition(is_body);
    // The headline: a markdown "# " heading, else the first title line of 4+ words
    // (a section label such as "War in Ukraine" is shorter), else the first.
    let pre: Vec<usize> = (0..first)
        .filter(|&i| c[i].kind.is_none() && c[i].title)
        .collect();
    let words = |i: usize| c[i].low.split(' ').count();
    let headline = pre
        .iter()
        .find(|&&i| c[i].md_heading && !c[i].low.is_empty() && c[i].span.len() > 2)
        // (a site's name line above the headline is no headline: "SEYM46.ru — news of
        // Kursk", "NORTHERN FRONTIER ANALYSIS CENTRE")
        // (nor is its tagline on the line right under it: "SUMY POST" / "News of Sumy
        // region")
        .or_else(|| {
            let site = |i: usize| mastheads::site_line(&text[c[i].span.start..c[i].span.end]);
            // (a name of two words or a domain: "LIVE" over a headline is a label)
            let name = |i: usize| site(i) && (words(i) >= 2 || c[i].low.contains('.'));
            let digits = |i: usize| c[i].low.bytes().any(|b| b.is_ascii_digit());
            pre.iter().find(|&&i| {
                words(i) >= 4
                    && !site(i)
                    && !(i > 0 && !c[i].gap_before && name(i - 1) && !digits(i))
            })
        })
        .or_else(|| pre.iter().find(|&&i| words(i) >= 4))
        .or(pre.first())
        .copied();
    // No title line before the body: a long headline without its period, right above
    // the date line or byline, is the headline ("Border guards: Russia is sending two
    // or three sabotage groups a week toward Chernihiv region" / "Fri, 09 Jun 2023").
    // Under the page's header lines with no title line but the site's name ("NORTH
    // REALITIES" / "Interviews" / "\"We counted boxes\": a Kursk volunteer on ..."), the
    // first paragraph without its period is the headline too.
    let site = headline.map_or(first > 0, |h| {
        mastheads::site_line(&text[c[h].span.start..c[h].span.end])
    });
    if (headline.is_none() || site) && first + 1 < c.len() {
        let stamp = c[first + 1].kind == Some(BlockKind::Meta)
            && matches!(
                c[first + 1].reason,
                "date line" | "byline" | "publication line"
            );
        let x = &c[first];
        if (stamp || site)
            && !ends_terminal(&x.low)
            && !x.low.ends_with(':')
            && x.low.split(' ').count() <= 24
            && x.span.len() <= 200
        {
            c[first].kind = Some(BlockKind::Heading);
            c[first].reason = "headline";
            if let Some(h) = headline.filter(|_| site) {
                c[h].kind = Some(BlockKind::Meta);
                c[h].reason = "masthead";
            }
        }
    }
    for i in 0..c.len() {
        let prev_kind = i
            .checked_sub(1)
            .map(|p| c[p].kind.unwrap_or(BlockKind::Body));
        let x = &mut c[i];
        if x.kind.is_some() || !(x.title || x.short || x.link_only) {
            continue;
        }
        // (an infobox's "Strength: 50,000+ troops" above the story is content)
        if i < first && headline != Some(i) && facts::fact_line(&x.low) {
            continue;
        }
        let after_body = last.is_some_and(|l| i > l);
        let (k, r) = if i < first {
            match headline {
                Some(h) if h == i => (BlockKind::Heading, "headline"),
                Some(h) if h < i && x.title => (BlockKind::Heading, "subtitle"),
                _ => (BlockKind::Meta, "label"),
            }
        } else if x.link_only {
            (BlockKind::Furniture, "related-article link")
        } else if x.md_heading {
            (BlockKind::Heading, "sub-heading")
        } else if after_body
            && (x.short || x.title_case && x.low.split(' ').count() <= 12)
            && !facts::loss_line(&text[x.span.start..x.span.end])
        {
            (BlockKind::Furniture, "page footer")
        } else if x.short || x.title_case {
            (BlockKind::Heading, "sub-heading")
        } else if after_body
            && prev_kind.is_some_and(|k| k != BlockKind::Body)
            && !facts::loss_line(&text[x.span.start..x.span.end])
        {
            // a headline-shaped line among the page's furniture: a teaser
            (BlockKind::Furniture, "page footer")
        } else {
            continue; // sentence case inside or after the body: prose without its period
        };
        x.kind = Some(k);
        x.reason = r;
    }
}

//! The explorer's pure model: filter state, its URL query form, and what passes the
//! filters. No web dependency, so all of it is tested natively. The components only
//! render what these functions return.

use crate::data::{Corpus, Entry};
use tally_extract::{Category, Figure, Qualifier};

/// Everything the URL query holds. Parameter names are a public contract (README).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    /// `region` (repeatable): figures about any of these regions.
    pub regions: Vec<String>,
    /// `from`: `YYYY-MM-DD`, inclusive.
    pub from: Option<String>,
    /// `to`: `YYYY-MM-DD`, inclusive.
    pub to: Option<String>,
    /// `undated=exclude` hides undated articles; they are shown by default.
    pub exclude_undated: bool,
    /// `category` (repeatable).
    pub categories: Vec<Category>,
    /// `q`: words every shown article contains (case-insensitive).
    pub q: String,
    /// `sort`: a table column, `-` in front for descending.
    pub sort: Option<String>,
    /// `article`: the id of the article open in the reader.
    pub article: Option<String>,
}

impl Filters {
    /// Reads a URL query (`?region=Kursk&from=2023-01-01`, with or without `?`).
    /// Unknown parameters and malformed values are ignored.
    pub fn from_query(query: &str) -> Filters {
        let mut f = Filters::default();
        for (k, v) in parse_query(query) {
            match k.as_str() {
                "region" if !v.is_empty() && !f.regions.contains(&v) => f.regions.push(v),
                "from" if is_iso_date(&v) => f.from = Some(v),
                "to" if is_iso_date(&v) => f.to = Some(v),
                "undated" => f.exclude_undated = v == "exclude",
                "category" => {
                    if let Some(c) = Category::parse(&v) {
                        if !f.categories.contains(&c) {
                            f.categories.push(c);
                        }
                    }
                }
                "q" => f.q = v,
                "sort" if !v.is_empty() => f.sort = Some(v),
                "article" if !v.is_empty() => f.article = Some(v),
                _ => {}
            }
        }
        f
    }

    /// The URL query for these filters, `?`-prefixed, or "" when all are defaults.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<(&str, &str)> = Vec::new();
        for r in &self.regions {
            parts.push(("region", r));
        }
        if let Some(d) = &self.from {
            parts.push(("from", d));
        }
        if let Some(d) = &self.to {
            parts.push(("to", d));
        }
        if self.exclude_undated {
            parts.push(("undated", "exclude"));
        }
        for c in &self.categories {
            parts.push(("category", c.as_str()));
        }
        if !self.q.is_empty() {
            parts.push(("q", &self.q));
        }
        if let Some(s) = &self.sort {
            parts.push(("sort", s));
        }
        if let Some(a) = &self.article {
            parts.push(("article", a));
        }
        if parts.is_empty() {
            return String::new();
        }
        let mut s = String::from("?");
        for (i, (k, v)) in parts.iter().enumerate() {
            if i > 0 {
                s.push('&');
            }
            s.push_str(k);
            s.push('=');
            encode_into(v, &mut s);
        }
        s
    }

    /// Whether an article dated `date` (`YYYY-MM-DD`, `YYYY-MM`, or none) passes the dates.
    pub fn date_passes(&self, date: Option<&str>) -> bool {
        let Some(d) = date else { return !self.exclude_undated };
        let (first, last) = date_bounds(d);
        self.from.as_deref().is_none_or(|from| last.as_str() >= from)
            && self.to.as_deref().is_none_or(|to| first.as_str() <= to)
    }

    fn region_passes(&self, region: Option<&str>) -> bool {
        self.regions.is_empty() || region.is_some_and(|r| self.regions.iter().any(|x| x == r))
    }

    fn text_passes(&self, e: &Entry) -> bool {
        self.q.split_whitespace().all(|w| contains_ci(&e.text, w))
    }

    /// True when no filter narrows the view.
    pub fn is_unfiltered(&self) -> bool {
        self.regions.is_empty()
            && self.from.is_none()
            && self.to.is_none()
            && !self.exclude_undated
            && self.categories.is_empty()
            && self.q.trim().is_empty()
    }
}

/// The first and last day a date stands for: `2024-03` → (`2024-03-01`, `2024-03-31`).
fn date_bounds(d: &str) -> (String, String) {
    if d.len() == 7 {
        (format!("{d}-01"), format!("{d}-31"))
    } else {
        (d.to_string(), d.to_string())
    }
}

/// `YYYY-MM-DD` with a real month and day.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let m: u32 = s[5..7].parse().unwrap_or(0);
    let d: u32 = s[8..10].parse().unwrap_or(0);
    (1..=12).contains(&m) && d >= 1 && d <= 31
}

fn contains_ci(hay: &str, needle: &str) -> bool {
    let n = needle.to_lowercase();
    hay.to_lowercase().contains(&n)
}

/// `a=1&b=two+words` → pairs, percent-decoded.
pub fn parse_query(q: &str) -> Vec<(String, String)> {
    q.trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                match u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("zz"), 16) {
                    Ok(v) => {
                        out.push(v);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn encode_into(s: &str, out: &mut String) {
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b'~') {
            out.push(c as char);
        } else if c == b' ' {
            out.push('+');
        } else {
            out.push_str(&format!("%{c:02X}"));
        }
    }
}

/// The date an article is shown under: its own, else that of the article it copies.
pub fn shown_date<'a>(corpus: &'a Corpus, i: usize) -> Option<&'a str> {
    let a = &corpus.articles[i].article;
    a.date.as_deref().or_else(|| {
        let orig = a.duplicate_of.as_deref()?;
        corpus.articles.iter().find(|e| e.article.id == orig)?.article.date.as_deref()
    })
}

/// An article as listed: an original and the ids of its copies.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleRow {
    pub index: usize,
    pub copies: Vec<String>,
}

/// The articles that pass the filters, copies folded into their original.
pub fn visible_articles(corpus: &Corpus, f: &Filters) -> Vec<ArticleRow> {
    corpus
        .articles
        .iter()
        .enumerate()
        .filter(|(_, e)| e.article.duplicate_of.is_none())
        .filter(|(i, e)| {
            f.date_passes(shown_date(corpus, *i))
                && (f.regions.is_empty() || e.article.regions.iter().any(|r| f.regions.contains(r)))
                && f.text_passes(e)
                && (f.categories.is_empty() || e.article.figures.iter().any(|x| f.categories.contains(&x.category)))
        })
        .map(|(i, e)| ArticleRow { index: i, copies: copies_of(corpus, &e.article.id) })
        .collect()
}

/// The ids of the articles that are copies of `id`.
pub fn copies_of(corpus: &Corpus, id: &str) -> Vec<String> {
    corpus
        .articles
        .iter()
        .filter(|e| e.article.duplicate_of.as_deref() == Some(id))
        .map(|e| e.article.id.clone())
        .collect()
}

/// One table row: figure `figure` of article `article`.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureRow {
    pub article: usize,
    pub figure: usize,
    pub date: Option<String>,
}

impl FigureRow {
    pub fn get<'a>(&self, corpus: &'a Corpus) -> (&'a Entry, &'a Figure) {
        let e = &corpus.articles[self.article];
        (e, &e.article.figures[self.figure])
    }
    /// A key stable across filter changes, for keyed lists.
    pub fn key(&self) -> (usize, usize) {
        (self.article, self.figure)
    }
}

/// The figures of the articles that pass the filters (copies not counted twice),
/// themselves filtered by region and category, in the order `f.sort` asks.
pub fn visible_figures(corpus: &Corpus, f: &Filters) -> Vec<FigureRow> {
    let mut rows = Vec::new();
    for row in visible_articles_ignoring_region(corpus, f) {
        let e = &corpus.articles[row];
        let date = shown_date(corpus, row).map(str::to_string);
        for (j, fig) in e.article.figures.iter().enumerate() {
            if f.region_passes(fig.region.as_deref()) && (f.categories.is_empty() || f.categories.contains(&fig.category))
            {
                rows.push(FigureRow { article: row, figure: j, date: date.clone() });
            }
        }
    }
    sort_rows(corpus, &mut rows, f.sort.as_deref());
    rows
}

/// Originals passing the date and text filters (the region filter applies per figure).
fn visible_articles_ignoring_region(corpus: &Corpus, f: &Filters) -> Vec<usize> {
    (0..corpus.articles.len())
        .filter(|&i| {
            let e = &corpus.articles[i];
            e.article.duplicate_of.is_none() && f.date_passes(shown_date(corpus, i)) && f.text_passes(e)
        })
        .collect()
}

/// The sortable columns, by their `sort` names.
pub const SORT_KEYS: [&str; 6] = ["value", "category", "region", "date", "article", "unit"];

fn sort_rows(corpus: &Corpus, rows: &mut [FigureRow], sort: Option<&str>) {
    let Some(s) = sort else { return sort_rows(corpus, rows, Some("date")) };
    let (desc, key) = match s.strip_prefix('-') {
        Some(k) => (true, k),
        None => (false, s),
    };
    rows.sort_by(|a, b| {
        let (ea, fa) = a.get(corpus);
        let (eb, fb) = b.get(corpus);
        let ord = match key {
            "value" => sort_value(fa).total_cmp(&sort_value(fb)),
            "category" => fa.category.as_str().cmp(fb.category.as_str()),
            "region" => fa.region.cmp(&fb.region),
            "article" => ea.article.id.cmp(&eb.article.id),
            "unit" => fa.unit.cmp(&fb.unit),
            // undated last, whichever the direction
            _ => match (&a.date, &b.date) {
                (Some(x), Some(y)) => x.cmp(y),
                (Some(_), None) => return std::cmp::Ordering::Less,
                (None, Some(_)) => return std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            },
        };
        let ord = if desc { ord.reverse() } else { ord };
        ord.then(a.key().cmp(&b.key()))
    });
}

/// The number a figure sorts and plots by: its value, else its lower bound, else 0.
pub fn sort_value(f: &Figure) -> f64 {
    f.value.or(f.low).or(f.high).unwrap_or(0.0)
}

/// `2092` → "2,092"; `1.5` → "1.5".
pub fn format_number(v: f64) -> String {
    if v.fract() != 0.0 {
        let s = format!("{v:.2}");
        return s.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    let digits = format!("{}", v.abs() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if v < 0.0 {
        out.insert(0, '-');
    }
    out
}

/// A figure's value with its qualifier, as a reader says it: "about 100",
/// "more than 50", "up to 3,000", "20–30", "several (vague)".
pub fn describe_value(f: &Figure) -> String {
    let n = |v: Option<f64>| v.map(format_number).unwrap_or_else(|| "?".into());
    match f.qualifier {
        Qualifier::Exact => n(f.value),
        Qualifier::Approximately => format!("about {}", n(f.value)),
        Qualifier::MoreThan => format!("more than {}", n(f.value.or(f.low))),
        Qualifier::AtLeast => format!("at least {}", n(f.value.or(f.low))),
        Qualifier::UpTo => format!("up to {}", n(f.value.or(f.high))),
        Qualifier::LessThan => format!("fewer than {}", n(f.value.or(f.high))),
        Qualifier::Range => format!("{}–{}", n(f.low.or(f.value)), n(f.high)),
        Qualifier::Vague => match f.low {
            Some(l) => format!("{} (vague, ≥ {})", vague_word(f), format_number(l)),
            None => format!("{} (vague)", vague_word(f)),
        },
    }
}

fn vague_word(f: &Figure) -> String {
    f.text.split_whitespace().next().unwrap_or("some").to_lowercase()
}

/// The article's headline, else its first words.
pub fn display_title(e: &Entry) -> String {
    if let Some(t) = &e.article.title {
        return t.clone();
    }
    let mut words = Vec::new();
    let mut pos = 0;
    let mut spans = e.article.furniture.clone();
    spans.sort();
    // the first words outside page furniture
    for w in e.text.split_whitespace() {
        let at = e.text[pos..].find(w).map(|p| p + pos).unwrap_or(pos);
        pos = at + w.len();
        if spans.iter().any(|s| s.start <= at && at < s.end) {
            continue;
        }
        words.push(w);
        if words.len() == 12 {
            return format!("{} …", words.join(" "));
        }
    }
    words.join(" ")
}

/// Regions in the corpus with the number of figures about each, most first.
pub fn region_counts(corpus: &Corpus) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for e in corpus.articles.iter().filter(|e| e.article.duplicate_of.is_none()) {
        for r in &e.article.regions {
            if !counts.iter().any(|c| &c.0 == r) {
                counts.push((r.clone(), 0));
            }
        }
        for f in &e.article.figures {
            if let Some(r) = &f.region {
                match counts.iter_mut().find(|c| &c.0 == r) {
                    Some(c) => c.1 += 1,
                    None => counts.push((r.clone(), 1)),
                }
            }
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    counts
}

#[cfg(test)]
mod tests;

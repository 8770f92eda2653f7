//! The explorer's pure model: filter state, its URL query form, and what passes the
//! filters. No web dependency, so all of it is tested natively. The components only
//! render what these functions return.

use crate::data::{Corpus, Entry};
use tally_extract::{Category, Figure, Qualifier};

mod facets;
mod index;
pub use facets::{category_facets, date_histogram, region_facets, Histogram};
pub use index::{category_mask, Indexed};

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
    /// `figure`: the index, in its article, of the figure highlighted in the reader.
    pub figure: Option<usize>,
    /// `series=region` colours the chart by region; by category otherwise.
    pub series_by_region: bool,
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
                "figure" => f.figure = v.parse().ok(),
                "series" => f.series_by_region = v == "region",
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
        let figure = self.figure.map(|n| n.to_string());
        if let Some(n) = &figure {
            parts.push(("figure", n));
        }
        if self.series_by_region {
            parts.push(("series", "region"));
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

    /// Every word of the search occurs in the article's text when it is in memory, or
    /// its headline, source, URL, regions or the sentences of its figures (what the
    /// index holds, so a search can start before the texts have come).
    pub fn text_passes(&self, e: &Entry) -> bool {
        if self.q.trim().is_empty() {
            return true;
        }
        let a = &e.article;
        let fields = || {
            [
                e.text(),
                Some(e.label.as_str()),
                a.source.as_deref(),
                a.url.as_deref(),
            ]
            .into_iter()
            .flatten()
            .chain(a.regions.iter().map(String::as_str))
            .chain(a.figures.iter().map(|f| &*f.sentence))
        };
        self.q
            .split_whitespace()
            .all(|w| fields().any(|t| contains_ci(t, w)))
    }

    /// These filters with the reader open on figure `figure` of article `id`.
    pub fn reading(&self, id: &str, figure: Option<usize>) -> Filters {
        Filters {
            article: Some(id.to_string()),
            figure,
            ..self.clone()
        }
    }

    /// The view without its filters (reader, sort and chart choice kept).
    pub fn reset(&self) -> Filters {
        Filters {
            sort: self.sort.clone(),
            article: self.article.clone(),
            figure: self.figure,
            series_by_region: self.series_by_region,
            ..Filters::default()
        }
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
    if needle.is_ascii() {
        // no allocation: the common case, over every sentence of the corpus
        let n = needle.as_bytes();
        return n.is_empty()
            || hay
                .as_bytes()
                .windows(n.len())
                .any(|w| w.eq_ignore_ascii_case(n));
    }
    let n: Vec<char> = needle.chars().map(fold).collect();
    let h: Vec<char> = hay.chars().map(fold).collect();
    n.is_empty() || h.windows(n.len()).any(|w| w == n.as_slice())
}

/// A letter in lower case, for the scripts articles are written in (Latin with Latin-1,
/// Greek, Cyrillic), without the full Unicode case tables (about 20 KB of wasm).
pub fn fold(c: char) -> char {
    let shift = match c {
        'A'..='Z' | 'À'..='Þ' | 'Α'..='Ω' | 'А'..='Я' if c != '×' && c != '\u{3a2}' => 0x20,
        'Ѐ'..='Џ' => 0x50,
        'Ґ' => 1,
        _ => 0,
    };
    char::from_u32(c as u32 + shift).unwrap_or(c)
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
                match u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("zz"), 16)
                {
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
pub fn shown_date(corpus: &Corpus, i: usize) -> Option<&str> {
    corpus.articles[i].shown_date.as_deref()
}

/// `(id, title)` of each copy of an article, for "also published as".
pub fn copy_labels(corpus: &Indexed, e: &Entry) -> Vec<(String, String)> {
    e.copies
        .iter()
        .map(|id| {
            let t = corpus
                .find(id)
                .map(|i| display_title(&corpus.articles[i]))
                .unwrap_or_default();
            (id.clone(), t)
        })
        .collect()
}

/// An article as listed: an original (its copies are in `Entry::copies`).
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleRow {
    pub index: usize,
}

/// Which filters a match ignores: facets count what each choice would give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ignore {
    pub regions: bool,
    pub categories: bool,
    pub dates: bool,
}

/// The date filter as day numbers, read once per filtering.
#[derive(Clone, Copy)]
struct DateRange {
    from: Option<i64>,
    to: Option<i64>,
    undated: bool,
}

impl DateRange {
    fn of(f: &Filters) -> DateRange {
        use crate::plot::day_number;
        DateRange {
            from: f.from.as_deref().and_then(day_number),
            to: f.to.as_deref().and_then(day_number),
            undated: !f.exclude_undated,
        }
    }

    /// A date standing for the days `first..=last` passes when it overlaps the range.
    fn passes(&self, days: Option<(i64, i64)>) -> bool {
        match days {
            None => self.undated,
            Some((first, last)) => {
                self.from.is_none_or(|from| last >= from) && self.to.is_none_or(|to| first <= to)
            }
        }
    }
}

/// Whether an original article passes the article-level filters (dates, search).
fn article_passes(c: &Indexed, i: usize, f: &Filters, dates: Option<DateRange>) -> bool {
    // (flat facts first: the entry itself is read only when there is a search)
    !c.copy[i]
        && dates.is_none_or(|d| d.passes(c.days[i]))
        && (f.q.is_empty() || f.text_passes(&c.articles[i]))
}

/// Calls `each(article, figure, flat position)` for every figure passing the
/// filters, in corpus order, copies left out.
fn for_each_match(
    c: &Indexed,
    f: &Filters,
    ignore: Ignore,
    mut each: impl FnMut(usize, usize, usize),
) {
    let regions = (!ignore.regions && !f.regions.is_empty()).then(|| c.region_mask(&f.regions));
    let cats = if ignore.categories {
        0
    } else {
        category_mask(&f.categories)
    };
    let dates = (!ignore.dates).then(|| DateRange::of(f));
    for i in 0..c.articles.len() {
        if !article_passes(c, i, f, dates) {
            continue;
        }
        let range = c.figures_of(i);
        let start = range.start;
        for k in range {
            if regions.as_ref().is_some_and(|m| !m[c.region[k] as usize]) {
                continue;
            }
            if cats != 0 && cats & (1 << c.category[k]) == 0 {
                continue;
            }
            each(i, k - start, k);
        }
    }
}

/// The articles that pass the filters, copies folded into their original. With a
/// region or category filter, an article is listed when it has a matching figure or
/// (for regions) mentions the region.
#[inline(never)]
pub fn visible_articles(corpus: &Indexed, f: &Filters) -> Vec<ArticleRow> {
    let dates = Some(DateRange::of(f));
    let cats = category_mask(&f.categories);
    let regions = corpus.region_mask(&f.regions);
    (0..corpus.articles.len())
        .filter(|&i| article_passes(corpus, i, f, dates))
        .filter(|&i| {
            (f.regions.is_empty()
                || corpus.article_regions[i]
                    .iter()
                    .any(|&r| regions[r as usize]))
                && (cats == 0
                    || corpus
                        .figures_of(i)
                        .any(|k| cats & (1 << corpus.category[k]) != 0))
        })
        .map(|index| ArticleRow { index })
        .collect()
}

/// One table row: figure `figure` of article `article`.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureRow {
    pub article: usize,
    pub figure: usize,
}

impl FigureRow {
    /// The date the figure is shown under (its article's, or the original's).
    pub fn date<'a>(&self, corpus: &'a Corpus) -> Option<&'a str> {
        shown_date(corpus, self.article)
    }
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
/// themselves filtered by region and category, in the order `f.sort` asks (ties in
/// corpus order; undated last when sorted by date).
#[inline(never)]
pub fn visible_figures(c: &Indexed, f: &Filters) -> Vec<FigureRow> {
    let mut pass = vec![false; c.region.len()];
    let mut n = 0;
    for_each_match(c, f, Ignore::default(), |_, _, k| {
        pass[k] = true;
        n += 1;
    });
    let s = f.sort.as_deref().unwrap_or("date");
    let (desc, key) = match s.strip_prefix('-') {
        Some(k) => (true, k),
        None => (false, s),
    };
    let key = SORT_KEYS.iter().position(|k| *k == key).unwrap_or(3);
    let mut rows = Vec::with_capacity(n);
    c.order(key).walk(desc, |k| {
        if pass[k as usize] {
            let (article, figure) = c.pair(k as usize);
            rows.push(FigureRow { article, figure });
        }
    });
    rows
}

/// The sortable columns, by their `sort` names.
pub const SORT_KEYS: [&str; 6] = ["value", "category", "region", "date", "article", "unit"];

/// The number a figure sorts and plots by: its value, else its lower bound, else 0.
pub fn sort_value(f: &Figure) -> f64 {
    f.value.or(f.low).or(f.high).unwrap_or(0.0)
}

/// `2092` → "2,092"; `1.5` → "1.5".
pub fn format_number(v: f64) -> String {
    if v.fract() != 0.0 {
        return crate::num::fixed(v, 2);
    }
    let mut digits = String::new();
    crate::num::push_digits(&mut digits, v.abs() as u128);
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
    f.text
        .split_whitespace()
        .next()
        .unwrap_or("some")
        .chars()
        .map(fold)
        .collect()
}

/// The article's headline, else its first words (computed once, in `data::label`).
pub fn display_title(e: &Entry) -> String {
    e.label.clone()
}

/// The first and last day of a `YYYY-MM` month.
pub fn month_range(month: &str) -> (String, String) {
    let y: i32 = month.get(0..4).and_then(|s| s.parse().ok()).unwrap_or(1970);
    let m: u32 = month.get(5..7).and_then(|s| s.parse().ok()).unwrap_or(1);
    let last = match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (format!("{month}-01"), format!("{month}-{last:02}"))
}

/// Rows per table page.
pub const PAGE_SIZE: usize = 50;

/// The number of pages for `n` rows (at least one).
pub fn page_count(n: usize) -> usize {
    n.div_ceil(PAGE_SIZE).max(1)
}

#[cfg(test)]
mod tests;

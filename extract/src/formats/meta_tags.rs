//! A page's metadata: `<meta>` tags (Open Graph, article:published_time, name=date),
//! `<link rel=canonical>`, `<time datetime>` and JSON-LD, each candidate ranked.

use super::entities::decode;
use super::tokenizer::attr;
use serde_json::Value;

/// Candidates, each `(rank, value)`: the lowest rank, first seen, wins.
#[derive(Debug, Default)]
pub struct Candidates {
    pub title_tag: Option<String>,
    titles: Vec<(u8, String)>,
    pub dates: Vec<(u8, String)>,
    sites: Vec<(u8, String)>,
    urls: Vec<(u8, String)>,
}

/// One line of text: whitespace runs (newlines too) as one space, no control characters.
pub fn clean_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| c.is_whitespace() || c.is_control()) {
        if !w.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
    out
}

impl Candidates {
    /// `<meta property|name|itemprop=KEY content=VALUE>`.
    pub fn meta(&mut self, attrs: &str) {
        let key = attr(attrs, "property")
            .or_else(|| attr(attrs, "name"))
            .or_else(|| attr(attrs, "itemprop"));
        let (Some(key), Some(content)) = (key, attr(attrs, "content")) else {
            return;
        };
        let value = decode(content);
        let key = key.trim().to_ascii_lowercase();
        match key.as_str() {
            "og:title" => self.titles.push((0, value)),
            "twitter:title" => self.titles.push((2, value)),
            "og:site_name" => self.sites.push((0, value)),
            "publisher" | "dc.publisher" | "dcterms.publisher" => self.sites.push((2, value)),
            "application-name" => self.sites.push((3, value)),
            "og:url" => self.urls.push((1, value)),
            "date" | "pubdate" | "publishdate" | "publish-date" | "publish_date" | "dc.date"
            | "dc.date.issued" | "dcterms.date" | "dcterms.issued" | "dcterms.created"
            | "sailthru.date" | "parsely-pub-date" | "article.published" | "og:pubdate" => {
                self.dates.push((2, value))
            }
            k if k.ends_with("published_time") => self.dates.push((0, value)),
            _ => {}
        }
    }

    /// `<link rel=canonical href=...>`.
    pub fn link(&mut self, attrs: &str) {
        let canonical = attr(attrs, "rel").is_some_and(|r| {
            r.split_ascii_whitespace()
                .any(|w| w.eq_ignore_ascii_case("canonical"))
        });
        if let (true, Some(href)) = (canonical, attr(attrs, "href")) {
            self.urls.push((0, decode(href)));
        }
    }

    /// `<time datetime=...>`: a publication date when marked `pubdate`, or a
    /// candidate of last resort inside the article.
    pub fn time(&mut self, attrs: &str, in_article: bool) {
        let Some(dt) = attr(attrs, "datetime") else {
            return;
        };
        if attr(attrs, "pubdate").is_some() {
            self.dates.push((3, decode(dt)));
        } else if in_article {
            self.dates.push((4, decode(dt)));
        }
    }

    /// A `<script type="application/ld+json">`: the article object's
    /// headline, datePublished, publisher and url.
    pub fn json_ld(&mut self, text: &str) {
        if let Ok(v) = serde_json::from_str::<Value>(text.trim()) {
            self.visit(&v, 0);
        }
    }

    fn visit(&mut self, v: &Value, depth: usize) {
        if depth > 8 {
            return;
        }
        match v {
            Value::Array(a) => a.iter().for_each(|x| self.visit(x, depth + 1)),
            Value::Object(o) => {
                if let Some(g) = o.get("@graph") {
                    self.visit(g, depth + 1);
                }
                let article = o.contains_key("datePublished") || o.contains_key("headline");
                if !article {
                    return;
                }
                if let Some(Value::String(s)) = o.get("headline") {
                    self.titles.push((1, s.clone()));
                }
                if let Some(Value::String(s)) = o.get("datePublished") {
                    self.dates.push((1, s.clone()));
                }
                match o.get("publisher") {
                    Some(Value::String(s)) => self.sites.push((1, s.clone())),
                    Some(Value::Object(p)) => {
                        if let Some(Value::String(s)) = p.get("name") {
                            self.sites.push((1, s.clone()));
                        }
                    }
                    Some(Value::Array(ps)) => {
                        if let Some(Value::String(s)) = ps.first().and_then(|p| p.get("name")) {
                            self.sites.push((1, s.clone()));
                        }
                    }
                    _ => {}
                }
                for key in ["url", "mainEntityOfPage"] {
                    match o.get(key) {
                        Some(Value::String(s)) => self.urls.push((2, s.clone())),
                        Some(Value::Object(m)) => {
                            if let Some(Value::String(s)) = m.get("@id") {
                                self.urls.push((2, s.clone()));
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }

    /// The chosen (title, date, source, url); the page's first `<h1>` is a title
    /// candidate after og:title, JSON-LD and twitter:title, before `<title>`.
    pub fn resolve(
        mut self,
        h1: Option<String>,
        warnings: &mut Vec<String>,
    ) -> (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
    ) {
        let source = best(&mut self.sites, |s| Some(s.to_string()));
        if let Some(h) = h1 {
            self.titles.push((3, h));
        }
        if let Some(t) = self.title_tag.take() {
            let t = clean_value(&t);
            self.titles
                .push((4, strip_site(&t, source.as_deref()).to_string()));
        }
        let title = best(&mut self.titles, |s| Some(s.to_string()));
        let url = best(&mut self.urls, |s| {
            (s.starts_with("http://") || s.starts_with("https://")).then(|| s.to_string())
        });
        self.dates.sort_by_key(|d| d.0);
        let mut date = None;
        for (_, d) in &self.dates {
            match iso_date(d) {
                Some(iso) => {
                    date = Some(iso);
                    break;
                }
                None if !clean_value(d).is_empty() => warnings.push(format!(
                    "HTML: publication date `{}` is not a date; ignored",
                    clean_value(d)
                )),
                None => {}
            }
        }
        (title, date, source, url)
    }
}

fn best(c: &mut [(u8, String)], ok: impl Fn(&str) -> Option<String>) -> Option<String> {
    c.sort_by_key(|x| x.0);
    c.iter().find_map(|(_, v)| {
        let v = clean_value(v);
        if v.is_empty() {
            None
        } else {
            ok(&v)
        }
    })
}

/// "Headline | Site" → "Headline" when the part after the separator is the site.
fn strip_site<'a>(title: &'a str, site: Option<&str>) -> &'a str {
    let Some(site) = site.filter(|s| !s.is_empty()) else {
        return title;
    };
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", " » "] {
        if let Some(p) = title.rfind(sep) {
            if title[p + sep.len()..].trim().eq_ignore_ascii_case(site) && p > 0 {
                return title[..p].trim_end();
            }
        }
    }
    title
}

/// `YYYY-MM-DD` (or `YYYY-MM`) from "2023-08-02T10:00:00+03:00", "2023/08/02",
/// "20230802", or a written date ("August 2, 2023").
pub fn iso_date(s: &str) -> Option<String> {
    let t = s.trim();
    let b = t.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|x| x.iter().all(u8::is_ascii_digit))
    };
    let num = |r: std::ops::Range<usize>| t[r].parse::<u32>().ok();
    let (y, m, d) = if digits(0..4)
        && matches!(b.get(4), Some(b'-' | b'/'))
        && digits(5..7)
        && b.get(7) == b.get(4)
        && digits(8..10)
        && !b.get(10).is_some_and(u8::is_ascii_digit)
    {
        (num(0..4)?, num(5..7)?, num(8..10)?)
    } else if digits(0..8) && matches!(b.get(8), None | Some(b'T' | b't' | b' ')) {
        (num(0..4)?, num(4..6)?, num(6..8)?)
    } else {
        return crate::dates::parse_date(t)
            .and_then(|d| d.iso())
            .filter(|iso| valid(iso));
    };
    let iso = format!("{y:04}-{m:02}-{d:02}");
    valid(&iso).then_some(iso)
}

fn valid(iso: &str) -> bool {
    let p: Vec<u32> = iso.split('-').filter_map(|x| x.parse().ok()).collect();
    match p[..] {
        [y, m] => (1000..=9999).contains(&y) && (1..=12).contains(&m),
        [y, m, d] => {
            let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
            let days = [
                31,
                if leap { 29 } else { 28 },
                31,
                30,
                31,
                30,
                31,
                31,
                30,
                31,
                30,
                31,
            ];
            (1000..=9999).contains(&y)
                && (1..=12).contains(&m)
                && d >= 1
                && d <= days[m as usize - 1]
        }
        _ => false,
    }
}

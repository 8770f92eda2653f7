//! A compact binary form of extracted articles: the corpus index the build embeds
//! in the app, and the extraction worker's answers. Hand-written (no serde format in
//! the page): varint integers, and strings written once then referred to by number,
//! so the units, regions, sources and sentences that repeat cost a byte or two.
//!
//! Shared by `build.rs` (through `#[path]`, it writes) and the app (it reads). A
//! damaged or truncated input is an error that says what and at which byte.

use std::collections::HashMap;

use crate::data::{Body, Corpus, Entry};
use tally_extract::{Article, Category, Figure, Qualifier, Span};

/// The first bytes of a packed corpus, with the format's version.
const MAGIC: &[u8] = b"TALLY-INDEX-2\n";

/// Writes values; strings already written are referred to by number.
#[derive(Default)]
pub struct Writer {
    buf: Vec<u8>,
    strings: HashMap<String, u64>,
}

impl Writer {
    pub fn new() -> Writer {
        Writer::default()
    }

    pub fn finish(self) -> Vec<u8> {
        self.buf
    }

    pub fn u(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }

    /// A string: `0, len, bytes` the first time, `n + 1` for the n-th string after.
    pub fn s(&mut self, s: &str) {
        if let Some(&n) = self.strings.get(s) {
            self.u(n + 1);
            return;
        }
        self.u(0);
        self.u(s.len() as u64);
        self.buf.extend_from_slice(s.as_bytes());
        let n = self.strings.len() as u64;
        self.strings.insert(s.to_string(), n);
    }

    pub fn os(&mut self, s: Option<&str>) {
        match s {
            None => self.u(0),
            Some(s) => {
                self.u(1);
                self.s(s);
            }
        }
    }

    pub fn strs(&mut self, v: &[String]) {
        self.u(v.len() as u64);
        for s in v {
            self.s(s);
        }
    }

    /// A number: none, a whole number (zigzag varint), or the f64's bits.
    pub fn num(&mut self, v: Option<f64>) {
        match v {
            None => self.u(0),
            Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => {
                self.u(1);
                let i = x as i64;
                self.u(((i << 1) ^ (i >> 63)) as u64);
            }
            Some(x) => {
                self.u(2);
                self.buf.extend_from_slice(&x.to_le_bytes());
            }
        }
    }

    pub fn span(&mut self, s: Span) {
        self.u(s.start as u64);
        self.u(s.end.saturating_sub(s.start) as u64);
    }

    pub fn spans(&mut self, v: &[Span]) {
        self.u(v.len() as u64);
        for s in v {
            self.span(*s);
        }
    }

    pub fn bytes(&mut self, b: &[u8]) {
        self.u(b.len() as u64);
        self.buf.extend_from_slice(b);
    }

    pub fn figure(&mut self, f: &Figure) {
        self.s(&f.text);
        self.num(f.value);
        self.num(f.low);
        self.num(f.high);
        self.u(Qualifier::ALL
            .iter()
            .position(|q| *q == f.qualifier)
            .unwrap_or(0) as u64);
        self.s(&f.unit);
        self.u(Category::ALL
            .iter()
            .position(|c| *c == f.category)
            .unwrap_or(0) as u64);
        self.os(f.region.as_deref());
        self.s(&f.sentence);
        self.span(f.span);
        self.span(f.sentence_span);
    }

    pub fn article(&mut self, a: &Article) {
        self.s(&a.id);
        self.os(a.title.as_deref());
        self.os(a.date.as_deref());
        self.os(a.source.as_deref());
        self.os(a.url.as_deref());
        self.strs(&a.regions);
        self.os(a.duplicate_of.as_deref());
        self.u(a.figures.len() as u64);
        for f in &a.figures {
            self.figure(f);
        }
        self.spans(&a.furniture);
        self.spans(&a.metadata_spans);
        self.strs(&a.warnings);
    }

    pub fn articles(&mut self, v: &[Article]) {
        self.u(v.len() as u64);
        for a in v {
            self.article(a);
        }
    }
}

/// Reads what a [`Writer`] wrote.
pub struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
    strings: Vec<&'a str>,
    what: &'static str,
}

impl<'a> Reader<'a> {
    /// `what` names the input in errors ("the corpus index").
    pub fn new(b: &'a [u8], what: &'static str) -> Reader<'a> {
        Reader {
            b,
            pos: 0,
            strings: Vec::new(),
            what,
        }
    }

    fn err(&self, why: &str) -> String {
        format!("{} is damaged: {why} at byte {}", self.what, self.pos)
    }

    pub fn at_end(&self) -> bool {
        self.pos >= self.b.len()
    }

    pub fn u(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        let mut shift = 0;
        loop {
            let Some(&byte) = self.b.get(self.pos) else {
                return Err(self.err("it ends in a number"));
            };
            self.pos += 1;
            if shift > 63 {
                return Err(self.err("a number is too long"));
            }
            v |= ((byte & 0x7f) as u64) << shift;
            if byte < 0x80 {
                return Ok(v);
            }
            shift += 7;
        }
    }

    /// A count of items that each take at least one byte (so a damaged count cannot
    /// ask for more memory than the input could fill).
    pub fn len(&mut self) -> Result<usize, String> {
        let n = self.u()?;
        if n > (self.b.len() - self.pos) as u64 {
            return Err(self.err("a count is larger than what follows"));
        }
        Ok(n as usize)
    }

    fn raw(&mut self) -> Result<&'a [u8], String> {
        let n = self.len()?;
        let s = &self.b[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    pub fn str(&mut self) -> Result<&'a str, String> {
        match self.u()? {
            0 => {
                let raw = self.raw()?;
                let s = std::str::from_utf8(raw).map_err(|_| self.err("a text is not UTF-8"))?;
                self.strings.push(s);
                Ok(s)
            }
            n => self
                .strings
                .get(n as usize - 1)
                .copied()
                .ok_or_else(|| self.err("a text refers to one not yet read")),
        }
    }

    pub fn s(&mut self) -> Result<String, String> {
        self.str().map(str::to_string)
    }

    pub fn os(&mut self) -> Result<Option<String>, String> {
        match self.u()? {
            0 => Ok(None),
            1 => self.s().map(Some),
            _ => Err(self.err("a bad optional text")),
        }
    }

    pub fn strs(&mut self) -> Result<Vec<String>, String> {
        let n = self.len()?;
        (0..n).map(|_| self.s()).collect()
    }

    pub fn num(&mut self) -> Result<Option<f64>, String> {
        match self.u()? {
            0 => Ok(None),
            1 => {
                let z = self.u()?;
                Ok(Some(((z >> 1) as i64 ^ -((z & 1) as i64)) as f64))
            }
            2 => {
                let Some(b) = self.b.get(self.pos..self.pos + 8) else {
                    return Err(self.err("it ends in a number"));
                };
                self.pos += 8;
                Ok(Some(f64::from_le_bytes(b.try_into().expect("8 bytes"))))
            }
            _ => Err(self.err("a bad number")),
        }
    }

    pub fn span(&mut self) -> Result<Span, String> {
        let start = self.u()? as usize;
        let len = self.u()? as usize;
        Ok(Span::new(start, start.saturating_add(len)))
    }

    pub fn spans(&mut self) -> Result<Vec<Span>, String> {
        let n = self.len()?;
        (0..n).map(|_| self.span()).collect()
    }

    pub fn bytes(&mut self) -> Result<&'a [u8], String> {
        self.raw()
    }

    fn pick<T: Copy>(&mut self, all: &[T], what: &str) -> Result<T, String> {
        let i = self.u()? as usize;
        all.get(i).copied().ok_or_else(|| self.err(what))
    }

    pub fn figure(&mut self) -> Result<Figure, String> {
        Ok(Figure {
            text: self.s()?,
            value: self.num()?,
            low: self.num()?,
            high: self.num()?,
            qualifier: self.pick(&Qualifier::ALL, "an unknown qualifier")?,
            unit: self.s()?,
            category: self.pick(&Category::ALL, "an unknown category")?,
            region: self.os()?,
            sentence: self.s()?.into(),
            span: self.span()?,
            sentence_span: self.span()?,
        })
    }

    pub fn article(&mut self) -> Result<Article, String> {
        Ok(Article {
            id: self.s()?,
            title: self.os()?,
            date: self.os()?,
            source: self.os()?,
            url: self.os()?,
            regions: self.strs()?,
            duplicate_of: self.os()?,
            figures: {
                let n = self.len()?;
                (0..n).map(|_| self.figure()).collect::<Result<_, _>>()?
            },
            furniture: self.spans()?,
            metadata_spans: self.spans()?,
            warnings: self.strs()?,
        })
    }

    pub fn articles(&mut self) -> Result<Vec<Article>, String> {
        let n = self.len()?;
        (0..n).map(|_| self.article()).collect()
    }
}

/// The corpus index: every article with what the table, chart and reader need, the
/// bodies only as references into the body shards (`shards`: their file names).
pub fn write_corpus(c: &Corpus, shards: &[String]) -> Vec<u8> {
    let mut w = Writer::new();
    w.buf.extend_from_slice(MAGIC);
    w.strs(shards);
    w.strs(&c.errors);
    w.u(c.articles.len() as u64);
    for e in &c.articles {
        w.article(&e.article);
        w.s(&e.label);
        w.os(e.shown_date.as_deref());
        w.strs(&e.copies);
        match &e.body {
            Body::Text(t) => {
                w.u(0);
                w.s(t);
            }
            Body::Shard { file, start, len } => {
                w.u(1);
                w.u(*file as u64);
                w.u(*start as u64);
                w.u(*len as u64);
            }
        }
    }
    w.finish()
}

/// Reads [`write_corpus`]'s output: the corpus and the shard file names.
pub fn read_corpus(b: &[u8]) -> Result<(Corpus, Vec<String>), String> {
    if !b.starts_with(MAGIC) {
        return Err("the corpus index is not in this version's format".into());
    }
    let mut r = Reader::new(&b[MAGIC.len()..], "the corpus index");
    let shards = r.strs()?;
    let errors = r.strs()?;
    let n = r.len()?;
    let mut articles = Vec::with_capacity(n);
    for _ in 0..n {
        let article = r.article()?;
        let label = r.s()?;
        let shown_date = r.os()?;
        let copies = r.strs()?;
        let body = match r.u()? {
            0 => Body::Text(r.s()?),
            1 => {
                let file = r.u()? as u32;
                if file as usize >= shards.len() {
                    return Err(r.err("a body refers to a missing shard"));
                }
                Body::Shard {
                    file,
                    start: r.u()? as u32,
                    len: r.u()? as u32,
                }
            }
            _ => return Err(r.err("a bad body")),
        };
        articles.push(Entry {
            article,
            body,
            label,
            shown_date,
            copies,
            yours: false,
        });
    }
    if !r.at_end() {
        return Err(r.err("more follows the last article"));
    }
    Ok((Corpus { articles, errors }, shards))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(text: &str, value: Option<f64>, q: Qualifier) -> Figure {
        Figure {
            text: text.into(),
            value,
            low: value.map(|v| v - 0.5),
            high: None,
            qualifier: q,
            unit: "battalion".into(),
            category: Category::Units,
            region: Some("Belgorod".into()),
            sentence: format!("There are {text}.").into(),
            span: Span::new(10, 10 + text.len()),
            sentence_span: Span::new(0, 12 + text.len()),
        }
    }

    fn corpus() -> Corpus {
        let a = Article {
            id: "a1".into(),
            title: Some("Belgorod’s battalions — “more”".into()),
            date: Some("2023-08-02".into()),
            source: None,
            url: Some("https://x.example/2023/08/02/a".into()),
            regions: vec!["Belgorod".into(), "Kursk".into()],
            duplicate_of: None,
            figures: vec![
                figure("7 battalions", Some(7.0), Qualifier::Exact),
                figure(
                    "1.5 million rubles",
                    Some(1.5e6 + 0.25),
                    Qualifier::MoreThan,
                ),
                figure("dozens of battalions", None, Qualifier::Vague),
                figure("-3 battalions", Some(-3.0), Qualifier::Exact),
            ],
            furniture: vec![Span::new(0, 4), Span::new(90, 120)],
            metadata_spans: vec![Span::new(5, 9)],
            warnings: vec!["invalid UTF-8 at byte 3".into()],
        };
        let mut b = a.clone();
        b.id = "a2".into();
        b.duplicate_of = Some("a1".into());
        b.title = None;
        b.figures.truncate(1);
        Corpus {
            articles: vec![
                Entry {
                    article: a,
                    body: Body::Shard {
                        file: 1,
                        start: 20,
                        len: 300,
                    },
                    label: "Belgorod’s battalions".into(),
                    shown_date: Some("2023-08-02".into()),
                    copies: vec!["a2".into()],
                    yours: false,
                },
                Entry {
                    article: b,
                    body: Body::Text("Kursk, 7 battalions.".into()),
                    label: "Kursk, 7 battalions.".into(),
                    shown_date: Some("2023-08-02".into()),
                    copies: vec![],
                    yours: false,
                },
            ],
            errors: vec!["bad.txt: not UTF-8".into()],
        }
    }

    #[test]
    fn a_corpus_round_trips_with_its_shard_names() {
        let c = corpus();
        let shards = vec!["b-0.txt".to_string(), "b-1.txt".to_string()];
        let bytes = write_corpus(&c, &shards);
        assert_eq!(read_corpus(&bytes).unwrap(), (c, shards));
    }

    #[test]
    fn repeated_texts_are_written_once() {
        let one = corpus();
        let mut many = corpus();
        let figs = many.articles[0].article.figures.clone();
        for _ in 0..20 {
            many.articles[0]
                .article
                .figures
                .extend(figs.iter().cloned());
        }
        let (a, b) = (write_corpus(&one, &[]), write_corpus(&many, &[]));
        let per_figure = (b.len() - a.len()) / (20 * figs.len());
        assert!(
            per_figure <= 32,
            "a repeated figure costs {per_figure} bytes"
        );
        let count = |s: &str| b.windows(s.len()).filter(|w| *w == s.as_bytes()).count();
        assert_eq!(count("There are 7 battalions."), 1);
    }

    #[test]
    fn damage_is_an_error_with_its_place_never_a_panic() {
        let c = corpus();
        let bytes = write_corpus(&c, &["s.txt".to_string(), "t.txt".to_string()]);
        assert!(read_corpus(b"{\"articles\":[]}")
            .unwrap_err()
            .contains("not in this version's format"));
        for cut in [
            MAGIC.len(),
            MAGIC.len() + 3,
            bytes.len() / 2,
            bytes.len() - 1,
        ] {
            let e = read_corpus(&bytes[..cut]).unwrap_err();
            assert!(e.starts_with("the corpus index is damaged: "), "{e}");
            assert!(e.contains(" at byte "), "{e}");
        }
        // every single-byte change either reads or says why, never panics
        for i in MAGIC.len()..bytes.len() {
            for v in [0u8, 1, 0x7f, 0x80, 0xff] {
                let mut b = bytes.clone();
                b[i] = v;
                let _ = read_corpus(&b);
            }
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(read_corpus(&longer).unwrap_err().contains("more follows"));
    }

    #[test]
    fn worker_answers_round_trip() {
        let arts: Vec<Article> = corpus().articles.into_iter().map(|e| e.article).collect();
        let mut w = Writer::new();
        w.articles(&arts);
        let bytes = w.finish();
        let mut r = Reader::new(&bytes, "the answer");
        assert_eq!(r.articles().unwrap(), arts);
        assert!(r.at_end());
    }
}

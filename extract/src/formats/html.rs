//! A saved web page → its article: title, date, source and URL from the page's
//! metadata, and the body text of its `<article>` (else `<main>`, else `<body>`)
//! as blocks, without scripts, styles, navigation, headers, footers, asides,
//! forms, comments, hidden elements and share/related/newsletter boxes.

use super::elements::{furniture_attrs, intern, is_block, is_dropped, is_void};
use super::entities;
use super::meta_tags::{clean_value, Candidates};
use super::tokenizer::{attr, Token, Tokenizer};

/// What a page gives: metadata and body blocks (headings as `# ...`).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Page {
    pub title: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub blocks: Vec<String>,
    pub warnings: Vec<String>,
}

struct Open {
    tag: &'static str,
    dropped: bool,
    article: bool,
    main: bool,
}

struct Block {
    text: String,
    article: Option<usize>,
    main: bool,
}

#[derive(Default)]
struct Walker {
    /// Whether class and id names may mark furniture.
    hints: bool,
    stack: Vec<Open>,
    dropped: usize,
    articles_open: usize,
    articles_seen: usize,
    mains_open: usize,
    pre: usize,
    in_head: bool,
    heading: u8,
    buf: String,
    space: bool,
    buf_article: Option<usize>,
    buf_main: bool,
    blocks: Vec<Block>,
    /// The first `<h1>` being read (its text even inside a dropped header).
    h1: Option<String>,
    h1_open: bool,
    h1_article: bool,
    cand: Candidates,
}

/// Deeper nesting than this is not tracked (degenerate input stays linear).
const MAX_DEPTH: usize = 256;

impl Walker {
    fn flush(&mut self) {
        let t = self.buf.trim();
        if !t.is_empty() {
            let text = if self.heading > 0 {
                format!("{} {t}", "#".repeat(self.heading as usize))
            } else {
                t.to_string()
            };
            self.blocks.push(Block {
                text,
                article: self.buf_article,
                main: self.buf_main,
            });
        }
        self.buf.clear();
        self.space = false;
    }

    fn push_text(&mut self, raw: &str) {
        if self.h1_open {
            if let Some(h) = self.h1.as_mut() {
                entities::push_decoded(h, raw);
            }
        }
        if self.dropped > 0 || self.in_head {
            return;
        }
        if self.buf.is_empty() {
            self.buf_article = (self.articles_open > 0).then_some(self.articles_seen);
            self.buf_main = self.mains_open > 0;
        }
        let pre = self.pre > 0;
        let mut rest = raw;
        while let Some(c) = rest.chars().next() {
            let (c, len) = if c == '&' {
                entities::reference(rest).unwrap_or(('&', 1))
            } else {
                (c, c.len_utf8())
            };
            rest = &rest[len..];
            if c == '\u{AD}' {
                continue;
            }
            if !pre && c.is_ascii_whitespace() {
                self.space = true;
                continue;
            }
            if self.space && !self.buf.is_empty() {
                self.buf.push(' ');
            }
            self.space = false;
            self.buf.push(c);
        }
    }

    fn pop_to(&mut self, k: usize) {
        if self.stack[k..].iter().any(|o| is_block(o.tag)) {
            self.flush();
        }
        while self.stack.len() > k {
            let o = self.stack.pop().expect("len > k");
            self.dropped -= o.dropped as usize;
            self.articles_open -= o.article as usize;
            self.mains_open -= o.main as usize;
            if o.tag == "pre" {
                self.pre -= 1;
            }
            if o.tag.len() == 2 && o.tag.starts_with('h') && o.tag != "hr" {
                self.flush();
                self.heading = 0;
            }
            if o.tag == "h1" && self.h1_open {
                self.h1_open = false;
            }
        }
    }

    fn top_is(&self, tags: &[&str]) -> bool {
        self.stack.last().is_some_and(|o| tags.contains(&o.tag))
    }

    fn start(&mut self, tag: &'static str, attrs: &str, self_closing: bool) {
        // Implied ends: a block closes an open <p>, a list item the one before it.
        let implied: &[&str] = match tag {
            "li" => &["li", "p"],
            "dt" | "dd" => &["dt", "dd", "p"],
            "tr" => &["td", "th", "tr"],
            "td" | "th" => &["td", "th"],
            "option" => &["option"],
            t if is_block(t) => &["p"],
            _ => &[],
        };
        while self.top_is(implied) {
            let k = self.stack.len() - 1;
            self.pop_to(k);
        }
        if is_block(tag) {
            self.flush();
        }
        match tag {
            "head" => self.in_head = true,
            "body" => self.in_head = false,
            "meta" => self.cand.meta(attrs),
            "link" => self.cand.link(attrs),
            "time" => self
                .cand
                .time(attrs, self.articles_open + self.mains_open > 0),
            "td" | "th" if !self.buf.is_empty() => {
                self.buf.push_str(" |");
                self.space = true;
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.heading = tag.as_bytes()[1] - b'0';
                if tag == "h1"
                    && (self.h1.is_none() || (!self.h1_article && self.articles_open > 0))
                {
                    self.h1 = Some(String::new());
                    self.h1_open = true;
                    self.h1_article = self.articles_open > 0;
                }
            }
            _ => {}
        }
        if let Some(p) = attr(attrs, "itemprop") {
            if p.eq_ignore_ascii_case("datePublished") {
                let v = attr(attrs, "content").or_else(|| attr(attrs, "datetime"));
                if let Some(v) = v {
                    self.cand.dates.push((1, entities::decode(v)));
                }
            }
        }
        if is_void(tag) || self_closing || self.stack.len() >= MAX_DEPTH {
            return;
        }
        let structural = matches!(tag, "html" | "body" | "article" | "main" | "head");
        let dropped = is_dropped(tag) || (!structural && furniture_attrs(attrs, self.hints));
        let article = tag == "article"
            || attr(attrs, "itemprop").is_some_and(|p| p.eq_ignore_ascii_case("articleBody"));
        let main =
            tag == "main" || attr(attrs, "role").is_some_and(|r| r.eq_ignore_ascii_case("main"));
        if article && self.articles_open == 0 {
            self.articles_seen += 1;
        }
        self.dropped += dropped as usize;
        self.articles_open += article as usize;
        self.mains_open += main as usize;
        self.pre += (tag == "pre") as usize;
        self.stack.push(Open {
            tag,
            dropped,
            article,
            main,
        });
    }

    fn end(&mut self, tag: &'static str) {
        if tag == "head" {
            self.in_head = false;
        }
        match self.stack.iter().rposition(|o| o.tag == tag) {
            Some(k) => self.pop_to(k),
            None if is_block(tag) => self.flush(),
            None => {}
        }
    }
}

/// Reads a saved page. Should class and id names have dropped all the text (an
/// odd page whose wrapper is called `social-content`), it is read again without them.
pub fn page(html: &str) -> Page {
    let mut w = walk(html, true);
    let mut blocks = choose(std::mem::take(&mut w.blocks));
    if blocks.is_empty() {
        blocks = choose(walk(html, false).blocks);
    }
    let h1 =
        w.h1.take()
            .map(|h| clean_value(&h))
            .filter(|h| !h.is_empty());
    let mut warnings = Vec::new();
    let (title, date, source, url) = w.cand.resolve(h1, &mut warnings);
    if blocks.is_empty() {
        warnings.push("HTML page has no article text".to_string());
    }
    Page {
        title,
        date,
        source,
        url,
        blocks,
        warnings,
    }
}

fn walk(html: &str, hints: bool) -> Walker {
    let mut w = Walker {
        hints,
        ..Walker::default()
    };
    let mut ld_json = false;
    for tok in Tokenizer::new(html) {
        match tok {
            Token::Text(t) => w.push_text(t),
            Token::Start {
                name,
                attrs,
                self_closing,
            } => {
                if let Some(tag) = intern(name) {
                    if tag == "script" {
                        ld_json = attr(attrs, "type")
                            .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"));
                    }
                    w.start(tag, attrs, self_closing);
                }
            }
            Token::End { name } => {
                if let Some(tag) = intern(name) {
                    w.end(tag);
                }
            }
            Token::Raw { name, text } => {
                if name.eq_ignore_ascii_case("title")
                    && w.cand.title_tag.is_none()
                    && w.stack.iter().all(|o| o.tag != "svg")
                {
                    w.cand.title_tag = Some(entities::decode(text));
                } else if name.eq_ignore_ascii_case("script") && ld_json {
                    w.cand.json_ld(text);
                }
            }
        }
    }
    w.flush();
    w
}

/// The article's blocks: those of the `<article>` with the most text, else those
/// inside `<main>`, else all.
fn choose(blocks: Vec<Block>) -> Vec<String> {
    let n = blocks
        .iter()
        .filter_map(|b| b.article)
        .max()
        .map_or(0, |m| m + 1);
    let mut lens = vec![0usize; n];
    for b in &blocks {
        if let Some(a) = b.article {
            lens[a] += b.text.len();
        }
    }
    let mut best: Option<(usize, usize)> = None; // (article, text length)
    for (a, &l) in lens.iter().enumerate() {
        if l > 0 && best.is_none_or(|b| l > b.1) {
            best = Some((a, l));
        }
    }
    let keep: Box<dyn Fn(&Block) -> bool> = match best {
        Some((a, _)) => Box::new(move |b: &Block| b.article == Some(a)),
        None if blocks.iter().any(|b| b.main) => Box::new(|b: &Block| b.main),
        None => Box::new(|_| true),
    };
    blocks
        .into_iter()
        .filter(|b| keep(b))
        .map(|b| b.text)
        .collect()
}

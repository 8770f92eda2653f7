//! A tolerant HTML tokenizer: tags, text, raw text (script, style, title, ...).
//! Never fails, never backtracks: every byte is looked at a bounded number of times.

/// One piece of an HTML document. Names are as written (compare them with
/// `eq_ignore_ascii_case`); text is raw (entities not decoded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token<'a> {
    /// Character data between tags.
    Text(&'a str),
    /// `<name attrs>` or `<name attrs/>`; `attrs` is the raw attribute text.
    Start {
        name: &'a str,
        attrs: &'a str,
        self_closing: bool,
    },
    /// `</name>`.
    End { name: &'a str },
    /// The content of a raw-text element (script, style, title, textarea, ...),
    /// given right after its `Start`; its `End` follows.
    Raw { name: &'a str, text: &'a str },
}

/// Elements whose content is not markup.
const RAW: [&str; 9] = [
    "iframe", "noembed", "noframes", "noscript", "script", "style", "textarea", "title", "xmp",
];

pub fn is_raw(name: &str) -> bool {
    RAW.iter().any(|r| r.eq_ignore_ascii_case(name))
}

pub struct Tokenizer<'a> {
    s: &'a str,
    pos: usize,
    /// A raw-text element's content and end tag still to hand out.
    pending_raw: Option<(&'a str, usize, usize)>,
    pending_end: Option<&'a str>,
}

impl<'a> Tokenizer<'a> {
    pub fn new(s: &'a str) -> Self {
        Tokenizer {
            s,
            pos: 0,
            pending_raw: None,
            pending_end: None,
        }
    }
}

fn find_from(b: &[u8], from: usize, c: u8) -> Option<usize> {
    b.get(from..)?
        .iter()
        .position(|&x| x == c)
        .map(|p| p + from)
}

fn find_str(s: &str, from: usize, pat: &str) -> Option<usize> {
    s.get(from..)?.find(pat).map(|p| p + from)
}

/// Position of `</name` (case-insensitive) at or after `from`.
fn find_end_tag(s: &str, from: usize, name: &str) -> Option<usize> {
    let b = s.as_bytes();
    let n = name.len();
    let mut i = from;
    while let Some(p) = find_from(b, i, b'<') {
        if b.get(p + 1) == Some(&b'/')
            && b.len() >= p + 2 + n
            && b[p + 2..p + 2 + n].eq_ignore_ascii_case(name.as_bytes())
            && b.get(p + 2 + n)
                .is_none_or(|c| c.is_ascii_whitespace() || *c == b'>' || *c == b'/')
        {
            return Some(p);
        }
        i = p + 1;
    }
    None
}

fn name_end(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' && b[i] != b'/' {
        i += 1;
    }
    i
}

/// The `>` closing a start tag, skipping quoted attribute values.
fn tag_close(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    let mut quote = 0u8;
    // A quote only opens a value right after `=` (possibly with spaces).
    let mut after_eq = false;
    while i < b.len() {
        let c = b[i];
        if quote != 0 {
            if c == quote {
                quote = 0;
            }
        } else if c == b'>' {
            return Some(i);
        } else if (c == b'"' || c == b'\'') && after_eq {
            quote = c;
        }
        if !c.is_ascii_whitespace() {
            after_eq = c == b'=';
        }
        i += 1;
    }
    None
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if let Some((name, a, z)) = self.pending_raw.take() {
            return Some(Token::Raw {
                name,
                text: &self.s[a..z],
            });
        }
        if let Some(name) = self.pending_end.take() {
            return Some(Token::End { name });
        }
        let s = self.s;
        let b = s.as_bytes();
        loop {
            let i = self.pos;
            if i >= b.len() {
                return None;
            }
            if b[i] != b'<' {
                let j = find_from(b, i + 1, b'<').unwrap_or(b.len());
                self.pos = j;
                return Some(Token::Text(&s[i..j]));
            }
            let next = b.get(i + 1).copied().unwrap_or(0);
            if s[i..].starts_with("<!--") {
                self.pos = find_str(s, i + 4, "-->").map_or(b.len(), |p| p + 3);
                continue;
            }
            if next == b'!'
                || next == b'?'
                || (next == b'/' && !b.get(i + 2).is_some_and(u8::is_ascii_alphabetic))
            {
                // Doctype, processing instruction, CDATA, `</ >`: skipped to `>`.
                self.pos = find_from(b, i + 2, b'>').map_or(b.len(), |p| p + 1);
                continue;
            }
            if next == b'/' {
                let ne = name_end(b, i + 2);
                let name = &s[i + 2..ne];
                self.pos = find_from(b, ne, b'>').map_or(b.len(), |p| p + 1);
                return Some(Token::End { name });
            }
            if !next.is_ascii_alphabetic() {
                // A lone `<` ("3 < 5"): text.
                let j = find_from(b, i + 1, b'<').unwrap_or(b.len());
                self.pos = j;
                return Some(Token::Text(&s[i..j]));
            }
            let ne = name_end(b, i + 1);
            let name = &s[i + 1..ne];
            let Some(close) = tag_close(b, ne) else {
                // A tag cut off by the end of the file.
                self.pos = b.len();
                return None;
            };
            let self_closing = close > ne && b[close - 1] == b'/';
            let attrs = &s[ne..if self_closing { close - 1 } else { close }];
            self.pos = close + 1;
            if is_raw(name) && !self_closing {
                let end = find_end_tag(s, self.pos, name).unwrap_or(b.len());
                self.pending_raw = Some((name, self.pos, end));
                self.pending_end = Some(name);
                self.pos = if end < b.len() {
                    find_from(b, end, b'>').map_or(b.len(), |p| p + 1)
                } else {
                    end
                };
            }
            return Some(Token::Start {
                name,
                attrs,
                self_closing,
            });
        }
    }
}

/// The attributes of a tag: `(name, raw value)`; a bare attribute has value "".
pub fn attributes(raw: &str) -> Attributes<'_> {
    Attributes { s: raw, pos: 0 }
}

pub struct Attributes<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Iterator for Attributes<'a> {
    type Item = (&'a str, &'a str);

    fn next(&mut self) -> Option<(&'a str, &'a str)> {
        let b = self.s.as_bytes();
        let mut i = self.pos;
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() {
            self.pos = i;
            return None;
        }
        let n0 = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'/' {
            i += 1;
        }
        // A name of one odd byte (a stray `=`) is still consumed.
        if i == n0 {
            i += 1;
        }
        let name = &self.s[n0..i];
        let mut j = i;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        if b.get(j) != Some(&b'=') {
            self.pos = i;
            return Some((name, ""));
        }
        j += 1;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        let value;
        match b.get(j) {
            Some(&q) if q == b'"' || q == b'\'' => {
                let end = find_from(b, j + 1, q).unwrap_or(b.len());
                value = &self.s[j + 1..end];
                self.pos = (end + 1).min(b.len());
            }
            _ => {
                let v0 = j;
                while j < b.len() && !b[j].is_ascii_whitespace() {
                    j += 1;
                }
                value = &self.s[v0..j];
                self.pos = j;
            }
        }
        Some((name, value))
    }
}

/// The raw value of attribute `name`, if present.
pub fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    attributes(attrs)
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
}

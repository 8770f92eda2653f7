//! Front matter: `---` / `key: value` lines / `---` at the top of a file. Shared by
//! the cleaning stage (which marks it as one Meta block) and the metadata stage
//! (which reads it and reports what is broken).

use crate::model::Span;

/// One `key: value` line (with the `- item` lines under it, YAML-style).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry<'a> {
    /// 1-based line number in the file.
    pub line: usize,
    pub key: &'a str,
    /// The value with surrounding quotes removed; "" when the value is a list below.
    pub value: &'a str,
    /// `- item` lines under the key.
    pub items: Vec<&'a str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatter<'a> {
    /// From the opening `---` to the closing one (or the last key line when unclosed).
    pub span: Span,
    pub closed: bool,
    /// 1-based line numbers of the opening `---` and the last line that belongs.
    pub first_line: usize,
    pub last_line: usize,
    pub entries: Vec<Entry<'a>>,
    /// Lines inside closed front matter that are not `key: value` (line, text).
    pub bad_lines: Vec<(usize, &'a str)>,
}

enum Line<'a> {
    Blank,
    Close,
    Key(&'a str, &'a str),
    Item(&'a str),
    Other,
}

fn classify(line: &str) -> Line<'_> {
    let t = line.trim();
    if t.is_empty() {
        return Line::Blank;
    }
    if t == "---" || t == "..." {
        return Line::Close;
    }
    if let Some(item) = t.strip_prefix("- ") {
        return Line::Item(unquote(item.trim()));
    }
    match key_value(t) {
        Some((k, v)) => Line::Key(k, v),
        None => Line::Other,
    }
}

/// `key: value` with an identifier key.
pub fn key_value(t: &str) -> Option<(&str, &str)> {
    let b = t.as_bytes();
    if !b.first()?.is_ascii_alphabetic() {
        return None;
    }
    let n = b
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_' || **c == b'-')
        .count();
    if b.get(n) != Some(&b':') || b.get(n + 1).is_some_and(|c| !c.is_ascii_whitespace()) {
        return None;
    }
    Some((&t[..n], unquote(t[n + 1..].trim())))
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

/// The front matter of `text`, if its first non-blank line is `---` and the next
/// non-blank line is a `key: value` line.
pub fn scan(text: &str) -> Option<FrontMatter<'_>> {
    let head = text.trim_start();
    if !head.starts_with("---")
        || !head[3..]
            .trim_start_matches([' ', '\t', '\r'])
            .starts_with('\n')
    {
        return None;
    }
    // (line number, start byte, line without newline)
    let mut lines = Vec::new();
    let mut pos = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        lines.push((i + 1, pos, l.trim_end_matches(['\n', '\r'])));
        pos += l.len();
        if lines.len() > 120 {
            break;
        }
    }
    let open = lines.iter().position(|l| !l.2.trim().is_empty())?;
    if lines[open].2.trim() != "---" {
        return None;
    }
    let first_key = lines[open + 1..].iter().find(|l| !l.2.trim().is_empty())?;
    key_value(first_key.2.trim())?;

    // Closed: a closing line with few, short non-key lines before it.
    let mut others = 0;
    let mut close = None;
    for (k, l) in lines.iter().enumerate().skip(open + 1) {
        match classify(l.2) {
            Line::Close => {
                close = Some(k);
                break;
            }
            Line::Other => {
                others += 1;
                if others > 3 || l.2.len() > 120 {
                    break;
                }
            }
            _ => {}
        }
    }
    let end = match close {
        Some(k) => k,
        None => {
            // Unclosed: the run of key, item and blank lines after the opener.
            let mut last = open;
            for (k, l) in lines.iter().enumerate().skip(open + 1) {
                match classify(l.2) {
                    Line::Key(..) | Line::Item(_) => last = k,
                    Line::Blank => {}
                    _ => break,
                }
            }
            last
        }
    };
    let mut fm = FrontMatter {
        span: Span::new(
            lines[open].1 + lead(lines[open].2),
            lines[end].1 + lines[end].2.trim_end().len(),
        ),
        closed: close.is_some(),
        first_line: lines[open].0,
        last_line: lines[end].0,
        entries: Vec::new(),
        bad_lines: Vec::new(),
    };
    for l in &lines[open + 1..=end] {
        match classify(l.2) {
            Line::Key(key, value) => fm.entries.push(Entry {
                line: l.0,
                key,
                value,
                items: Vec::new(),
            }),
            Line::Item(item) => match fm.entries.last_mut() {
                Some(e) => e.items.push(item),
                None => fm.bad_lines.push((l.0, l.2.trim())),
            },
            Line::Other => fm.bad_lines.push((l.0, l.2.trim())),
            Line::Blank | Line::Close => {}
        }
    }
    Some(fm)
}

fn lead(l: &str) -> usize {
    l.len() - l.trim_start().len()
}

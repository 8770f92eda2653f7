//! Article file formats: bytes of a `.txt`, `.md` or `.html` file → the article's
//! text, which the pipeline reads (and which every span refers to).
//!
//! - `.txt` and `.md` are kept as they are (a UTF-8 byte order mark aside).
//! - `.html` / `.htm` (a saved page) become front matter (`title`, `date`, `source`,
//!   `url` from the page's metadata) followed by the article's paragraphs and
//!   headings, one block per paragraph, blank lines between; see [`html`].
//!
//! - A `.txt` / `.md` file (or one without a known extension) that is a whole page
//!   (`<!DOCTYPE html>`, `<html>` … followed by markup; see [`sniff`]) is converted
//!   exactly as a `.html` file, with a warning: scraped corpora save pages as `.txt`.
//!
//! Every format may start with front matter (`---` / `key: value` / `---`): a page's
//! own front matter is kept and wins over what the page's markup says.
//!
//! Refused: an empty file ("empty file"), a binary one ("binary file, not text").
//! Invalid UTF-8 is replaced (U+FFFD), with a warning naming the first bad byte,
//! except in a page that declares windows-1251 or windows-1252 (decoded from it).
//! UTF-16 with a byte order mark is decoded.

mod charset;
mod elements;
mod entities;
pub mod html;
mod meta_tags;
mod sniff;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_saved_page;
mod tokenizer;

pub use meta_tags::iso_date;

/// The formats an article file can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

/// The format of a file extension (without the dot, any case); `None` for a file
/// that is not an article.
pub fn format_of(ext: &str) -> Option<Format> {
    match ext.to_ascii_lowercase().as_str() {
        "txt" | "text" => Some(Format::Text),
        "md" | "markdown" => Some(Format::Markdown),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        _ => None,
    }
}

/// The article text of a file's bytes, and warnings; or why it is not an article.
/// `ext` is the file's extension; an unknown one is read as plain text, with a warning.
pub fn to_text(ext: &str, bytes: &[u8]) -> Result<(String, Vec<String>), String> {
    let (text, mut warnings) = decode(bytes)?;
    match format_of(ext) {
        Some(Format::Html) => Ok(page_to_text(bytes, text, warnings)),
        // A whole page saved as `.txt` (scrapers do): converted exactly as a `.html`.
        _ if sniff::looks_like_page(&text) => {
            warnings.push(if ext.is_empty() {
                "looks like an HTML page saved without an extension: converted as HTML".into()
            } else {
                format!(
                    "looks like an HTML page saved as .{}: converted as HTML",
                    ext.to_ascii_lowercase()
                )
            });
            Ok(page_to_text(bytes, text, warnings))
        }
        Some(Format::Text | Format::Markdown) => Ok((text, warnings)),
        None => {
            warnings.push(if ext.is_empty() {
                "no extension; read as plain text".into()
            } else {
                format!("unknown extension `.{ext}`; read as plain text")
            });
            Ok((text, warnings))
        }
    }
}

/// A page's bytes (and their UTF-8 decoding) → article text: decoded from the
/// page's declared single-byte charset where it is not UTF-8, then [`html_to_text`].
fn page_to_text(
    bytes: &[u8],
    mut text: String,
    mut warnings: Vec<String>,
) -> (String, Vec<String>) {
    let utf8_failed = warnings
        .first()
        .is_some_and(|w| w.starts_with("invalid UTF-8"));
    if let (true, Some(cs)) = (utf8_failed, charset::declared(bytes)) {
        text = charset::decode(bytes, cs);
        warnings[0] = format!("not UTF-8; decoded as {} (the page's charset)", cs.name());
    }
    let out = html_to_text(&text, &mut warnings);
    (out, warnings)
}

/// Bytes → text: refuses empty and binary files, decodes UTF-16 (with a byte order
/// mark) and invalid UTF-8 lossily, with warnings.
pub fn decode(bytes: &[u8]) -> Result<(String, Vec<String>), String> {
    let mut warnings = Vec::new();
    if bytes.is_empty() {
        return Err("empty file".into());
    }
    let (bom, rest) = match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => (3, rest),
        [0xFF, 0xFE, rest @ ..] => return utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => return utf16(rest, u16::from_be_bytes),
        _ => (0, bytes),
    };
    if is_binary(rest) {
        return Err("binary file, not text".into());
    }
    let text = match std::str::from_utf8(rest) {
        Ok(t) => t.to_string(),
        Err(e) => {
            let bad = rest
                .utf8_chunks()
                .filter(|c| !c.invalid().is_empty())
                .count();
            let at = bom + e.valid_up_to();
            warnings.push(if bad > 1 {
                format!("invalid UTF-8 at byte {at}; replaced ({bad} invalid sequences in all)")
            } else {
                format!("invalid UTF-8 at byte {at}; replaced")
            });
            String::from_utf8_lossy(rest).into_owned()
        }
    };
    if text.trim().is_empty() {
        return Err("empty file (only blank space)".into());
    }
    Ok((text, warnings))
}

fn utf16(b: &[u8], unit: fn([u8; 2]) -> u16) -> Result<(String, Vec<String>), String> {
    let mut warnings = Vec::new();
    let units = b.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut text = String::with_capacity(b.len());
    for (i, r) in char::decode_utf16(units).enumerate() {
        match r {
            Ok(c) => text.push(c),
            Err(_) => {
                if warnings.is_empty() {
                    warnings.push(format!("invalid UTF-16 at byte {}; replaced", 2 + 2 * i));
                }
                text.push('\u{FFFD}');
            }
        }
    }
    if text.trim().is_empty() {
        return Err("empty file (only blank space)".into());
    }
    Ok((text, warnings))
}

/// NUL bytes, or more than 10% control bytes, in the first 8 KB.
fn is_binary(b: &[u8]) -> bool {
    let head = &b[..b.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&c| c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    control * 10 > head.len()
}

/// A page → front matter + blocks. The file's own front matter (if any) is kept
/// first, and keys it lacks are added from the page.
pub fn html_to_text(text: &str, warnings: &mut Vec<String>) -> String {
    let fm = crate::meta::front::scan(text);
    let (head, markup) = match &fm {
        Some(f) => (&text[..f.span.end], &text[f.span.end..]),
        None => ("", text),
    };
    let page = html::page(markup);
    warnings.extend(page.warnings.iter().cloned());
    let mut out = String::with_capacity(markup.len() / 2 + 256);
    let derived = [
        ("title", &page.title),
        ("date", &page.date),
        ("source", &page.source),
        ("url", &page.url),
    ];
    match &fm {
        Some(f) if f.closed => {
            // Up to the closing `---`, then the missing keys, then `---`.
            let close = head.trim_end().len() - 3;
            out.push_str(head[..close].trim_end());
            out.push('\n');
            for (k, v) in derived {
                if let (Some(v), false) =
                    (v, f.entries.iter().any(|e| e.key.eq_ignore_ascii_case(k)))
                {
                    push_entry(&mut out, k, v);
                }
            }
            out.push_str("---\n");
        }
        Some(_) => {
            // Broken front matter: kept as it is (meta.rs reports it).
            out.push_str(head);
            out.push('\n');
        }
        None if derived.iter().any(|(_, v)| v.is_some()) => {
            out.push_str("---\n");
            for (k, v) in derived {
                if let Some(v) = v {
                    push_entry(&mut out, k, v);
                }
            }
            out.push_str("---\n");
        }
        None => {}
    }
    for b in &page.blocks {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(b);
        out.push('\n');
    }
    out
}

/// `key: value`; quoted when the value starts or ends with a quote (front matter
/// readers strip one pair of quotes).
fn push_entry(out: &mut String, key: &str, value: &str) {
    out.push_str(key);
    out.push_str(": ");
    if value.starts_with(['"', '\'']) || value.ends_with(['"', '\'']) {
        out.push('"');
        out.push_str(value);
        out.push('"');
    } else {
        out.push_str(value);
    }
    out.push('\n');
}

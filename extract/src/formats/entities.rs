//! HTML character references: `&amp;`, `&#8217;`, `&#x2014;` and the named ones
//! news pages use. An unknown or malformed reference is kept as written.

/// Named references, sorted by name (binary search).
const NAMED: &[(&str, char)] = &[
    ("AElig", 'Æ'),
    ("Agrave", 'À'),
    ("Eacute", 'É'),
    ("Ouml", 'Ö'),
    ("Uuml", 'Ü'),
    ("aacute", 'á'),
    ("acirc", 'â'),
    ("acute", '´'),
    ("aelig", 'æ'),
    ("agrave", 'à'),
    ("amp", '&'),
    ("apos", '\''),
    ("aring", 'å'),
    ("atilde", 'ã'),
    ("auml", 'ä'),
    ("bdquo", '„'),
    ("brvbar", '¦'),
    ("bull", '•'),
    ("ccedil", 'ç'),
    ("cent", '¢'),
    ("copy", '©'),
    ("dagger", '†'),
    ("deg", '°'),
    ("divide", '÷'),
    ("eacute", 'é'),
    ("ecirc", 'ê'),
    ("egrave", 'è'),
    ("emsp", '\u{2003}'),
    ("ensp", '\u{2002}'),
    ("euml", 'ë'),
    ("euro", '€'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("gt", '>'),
    ("hairsp", '\u{200A}'),
    ("hellip", '…'),
    ("hyphen", '‐'),
    ("iacute", 'í'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("iuml", 'ï'),
    ("laquo", '«'),
    ("ldquo", '“'),
    ("lrm", '\u{200E}'),
    ("lsaquo", '‹'),
    ("lsquo", '‘'),
    ("lt", '<'),
    ("mdash", '—'),
    ("middot", '·'),
    ("minus", '−'),
    ("nbsp", '\u{A0}'),
    ("ndash", '–'),
    ("nnbsp", '\u{202F}'),
    ("ntilde", 'ñ'),
    ("numsp", '\u{2007}'),
    ("oacute", 'ó'),
    ("ouml", 'ö'),
    ("para", '¶'),
    ("percnt", '%'),
    ("plusmn", '±'),
    ("pound", '£'),
    ("prime", '′'),
    ("quot", '"'),
    ("raquo", '»'),
    ("rdquo", '”'),
    ("reg", '®'),
    ("rlm", '\u{200F}'),
    ("rsaquo", '›'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("sect", '§'),
    ("shy", '\u{AD}'),
    ("szlig", 'ß'),
    ("thinsp", '\u{2009}'),
    ("times", '×'),
    ("trade", '™'),
    ("uacute", 'ú'),
    ("uuml", 'ü'),
    ("yen", '¥'),
    ("zwj", '\u{200D}'),
    ("zwnj", '\u{200C}'),
];

/// The character the reference at the start of `s` (which starts with `&`) stands
/// for, and the reference's length in bytes.
pub fn reference(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let (hex, from) = match b.get(2) {
            Some(b'x') | Some(b'X') => (true, 3),
            _ => (false, 2),
        };
        let mut n: u32 = 0;
        let mut i = from;
        while i < b.len() && i < from + 8 {
            let d = match (b[i] as char).to_digit(if hex { 16 } else { 10 }) {
                Some(d) => d,
                None => break,
            };
            n = n * if hex { 16 } else { 10 } + d;
            i += 1;
        }
        if i == from {
            return None;
        }
        let len = if b.get(i) == Some(&b';') { i + 1 } else { i };
        let c = match n {
            0 => '\u{FFFD}',
            // Windows-1252 quotes and dashes that pages write as &#146; etc.
            0x80..=0x9F => cp1252(n as u8),
            _ => char::from_u32(n).unwrap_or('\u{FFFD}'),
        };
        return Some((c, len));
    }
    let mut i = 1;
    while i < b.len() && i < 10 && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    let name = &s[1..i];
    let idx = NAMED.binary_search_by(|(k, _)| (*k).cmp(name)).ok()?;
    let len = if b.get(i) == Some(&b';') { i + 1 } else { i };
    Some((NAMED[idx].1, len))
}

fn cp1252(n: u8) -> char {
    match n {
        0x80 => '€',
        0x85 => '…',
        0x91 => '‘',
        0x92 => '’',
        0x93 => '“',
        0x94 => '”',
        0x95 => '•',
        0x96 => '–',
        0x97 => '—',
        0x99 => '™',
        _ => '\u{FFFD}',
    }
}

/// `s` with its character references decoded.
pub fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_decoded(&mut out, s);
    out
}

/// Appends `s` to `out`, decoding character references.
pub fn push_decoded(out: &mut String, s: &str) {
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        match reference(rest) {
            Some((c, len)) => {
                if c != '\u{AD}' {
                    out.push(c);
                }
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_for_binary_search() {
        assert!(NAMED.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn named_numeric_and_unknown_references() {
        assert_eq!(decode("Kursk &amp; Belgorod"), "Kursk & Belgorod");
        assert_eq!(
            decode("Russia&#8217;s &#x2014; &#X201C;x&#x201D;"),
            "Russia’s — “x”"
        );
        assert_eq!(decode("2&nbsp;092"), "2\u{a0}092");
        assert_eq!(
            decode("AT&T &unknown; & &#; &#xZZ;"),
            "AT&T &unknown; & &#; &#xZZ;"
        );
        assert_eq!(decode("self&shy;defense"), "selfdefense");
        assert_eq!(decode("&#146;&#151;"), "’—");
        assert_eq!(decode("&#0;&#1114112;"), "\u{FFFD}\u{FFFD}");
        assert_eq!(decode("&amp"), "&");
        assert_eq!(decode("&"), "&");
        assert_eq!(decode("&#12345678901;"), "\u{FFFD}901;");
    }
}

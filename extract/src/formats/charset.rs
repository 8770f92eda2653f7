//! Single-byte charsets a saved page may declare (`<meta charset=windows-1251>`):
//! windows-1251 (Cyrillic) and windows-1252 / ISO-8859-1 (Latin). Used only when
//! a page is not valid UTF-8 and its markup names one of them.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    Windows1251,
    Windows1252,
}

impl Charset {
    pub fn name(self) -> &'static str {
        match self {
            Charset::Windows1251 => "windows-1251",
            Charset::Windows1252 => "windows-1252",
        }
    }
}

/// Windows-1251, bytes 0x80..=0xBF (0xC0..=0xFF are А..я, U+0410..=U+044F).
const CP1251: [char; 64] = [
    '\u{0402}', '\u{0403}', '\u{201A}', '\u{0453}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{20AC}', '\u{2030}', '\u{0409}', '\u{2039}', '\u{040A}', '\u{040C}', '\u{040B}', '\u{040F}',
    '\u{0452}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{FFFD}', '\u{2122}', '\u{0459}', '\u{203A}', '\u{045A}', '\u{045C}', '\u{045B}', '\u{045F}',
    '\u{00A0}', '\u{040E}', '\u{045E}', '\u{0408}', '\u{00A4}', '\u{0490}', '\u{00A6}', '\u{00A7}',
    '\u{0401}', '\u{00A9}', '\u{0404}', '\u{00AB}', '\u{00AC}', '\u{00AD}', '\u{00AE}', '\u{0407}',
    '\u{00B0}', '\u{00B1}', '\u{0406}', '\u{0456}', '\u{0491}', '\u{00B5}', '\u{00B6}', '\u{00B7}',
    '\u{0451}', '\u{2116}', '\u{0454}', '\u{00BB}', '\u{0458}', '\u{0405}', '\u{0455}', '\u{0457}',
];

/// Windows-1252, bytes 0x80..=0x9F (0xA0..=0xFF are Latin-1, U+00A0..=U+00FF).
const CP1252: [char; 32] = [
    '\u{20AC}', '\u{FFFD}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{FFFD}', '\u{017D}', '\u{FFFD}',
    '\u{FFFD}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{FFFD}', '\u{017E}', '\u{0178}',
];

/// The charset the first 2 KB of a page declare (`charset=...`), if one of ours.
pub fn declared(bytes: &[u8]) -> Option<Charset> {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let rest = &lower[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let name: Vec<u8> = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-' || **c == b'_')
        .copied()
        .collect();
    match &name[..] {
        b"windows-1251" | b"cp1251" | b"x-cp1251" => Some(Charset::Windows1251),
        b"windows-1252" | b"cp1252" | b"iso-8859-1" | b"latin1" | b"iso8859-1" | b"us-ascii" => {
            Some(Charset::Windows1252)
        }
        _ => None,
    }
}

/// `bytes` decoded from `cs`.
pub fn decode(bytes: &[u8], cs: Charset) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        let c = match (b, cs) {
            (0..=0x7F, _) => b as char,
            (0x80..=0xBF, Charset::Windows1251) => CP1251[usize::from(b - 0x80)],
            (_, Charset::Windows1251) => {
                char::from_u32(0x410 + u32::from(b - 0xC0)).unwrap_or('\u{FFFD}')
            }
            (0x80..=0x9F, Charset::Windows1252) => CP1252[usize::from(b - 0x80)],
            (_, Charset::Windows1252) => b as char,
        };
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_charsets() {
        assert_eq!(
            declared(b"<meta charset=\"windows-1251\">"),
            Some(Charset::Windows1251)
        );
        assert_eq!(
            declared(b"<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=ISO-8859-1'>"),
            Some(Charset::Windows1252)
        );
        assert_eq!(declared(b"<meta charset=utf-8>"), None);
        assert_eq!(declared(b"<p>no declaration</p>"), None);
    }

    #[test]
    fn decoding() {
        assert_eq!(
            decode(
                b"\xc1\xe5\xeb\xe3\xee\xf0\xee\xe4 \xab3\xa0000\xbb \xb9 5 \x97 \xa8\xb8",
                Charset::Windows1251
            ),
            "Белгород «3\u{a0}000» № 5 — Ёё"
        );
        assert_eq!(
            decode(b"caf\xe9 \x93x\x94 \x80", Charset::Windows1252),
            "café “x” €"
        );
    }
}

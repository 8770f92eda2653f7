//! The little JSON the page itself writes and reads — exports, and the reader's
//! articles in the browser's storage — by hand, so that no JSON library is in the
//! page's code. Reading keeps numbers as their text (nothing here needs their value)
//! and reports where a damaged input goes wrong.

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number, as written.
    Num(String),
    Str(String),
    Arr(Vec<Value>),
    Obj(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Obj(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}

/// A string literal: quoted, escaped.
pub fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(char::from(b"0123456789abcdef"[(c as usize) >> 4]));
                out.push(char::from(b"0123456789abcdef"[(c as usize) & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A number: whole numbers without a fraction (`2092`, not `2092.0`); none is `null`.
pub fn number(out: &mut String, v: Option<f64>) {
    match v {
        Some(x) if x.is_finite() => {
            // the page's numbers come from text: six places keep every one exactly
            crate::num::push_fixed(out, x, 6);
        }
        _ => out.push_str("null"),
    }
}

/// An optional string: the literal, or `null`.
pub fn opt_string(out: &mut String, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.push_str("null"),
    }
}

/// Reads one JSON value (and nothing after it but white space).
pub fn parse(text: &str) -> Result<Value, String> {
    let mut p = Parser {
        b: text.as_bytes(),
        text,
        pos: 0,
        depth: 0,
    };
    let v = p.value()?;
    p.space();
    if p.pos < p.b.len() {
        return Err(p.err("more follows the value"));
    }
    Ok(v)
}

struct Parser<'a> {
    b: &'a [u8],
    text: &'a str,
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn err(&self, why: &str) -> String {
        format!(
            "{why} at character {}",
            self.text[..self.pos.min(self.text.len())].chars().count()
        )
    }

    fn space(&mut self) {
        while self.pos < self.b.len() && matches!(self.b[self.pos], b' ' | b'\n' | b'\r' | b'\t') {
            self.pos += 1;
        }
    }

    fn eat(&mut self, c: u8) -> Result<(), String> {
        self.space();
        if self.b.get(self.pos) == Some(&c) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.err(&format!("expected '{}'", c as char)))
        }
    }

    fn value(&mut self) -> Result<Value, String> {
        self.space();
        self.depth += 1;
        if self.depth > 64 {
            return Err(self.err("nested too deep"));
        }
        let v = match self.b.get(self.pos) {
            Some(b'{') => {
                let mut members = Vec::new();
                self.list(b'}', |p| {
                    p.space();
                    let k = p.string()?;
                    p.eat(b':')?;
                    members.push((k, p.value()?));
                    Ok(())
                })?;
                Value::Obj(members)
            }
            Some(b'[') => {
                let mut items = Vec::new();
                self.list(b']', |p| {
                    items.push(p.value()?);
                    Ok(())
                })?;
                Value::Arr(items)
            }
            Some(b'"') => Value::Str(self.string()?),
            Some(b't') if self.b[self.pos..].starts_with(b"true") => {
                self.pos += 4;
                Value::Bool(true)
            }
            Some(b'f') if self.b[self.pos..].starts_with(b"false") => {
                self.pos += 5;
                Value::Bool(false)
            }
            Some(b'n') if self.b[self.pos..].starts_with(b"null") => {
                self.pos += 4;
                Value::Null
            }
            Some(c) if *c == b'-' || c.is_ascii_digit() => {
                let start = self.pos;
                self.pos += 1;
                while self.pos < self.b.len()
                    && matches!(
                        self.b[self.pos],
                        b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-'
                    )
                {
                    self.pos += 1;
                }
                Value::Num(self.text[start..self.pos].to_string())
            }
            Some(_) => return Err(self.err("not a JSON value")),
            None => return Err(self.err("it ends where a value should be")),
        };
        self.depth -= 1;
        Ok(v)
    }

    /// The items of an object or array after its opening bracket, separated by commas,
    /// up to `close`.
    fn list(
        &mut self,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Result<(), String>,
    ) -> Result<(), String> {
        self.pos += 1;
        self.space();
        if self.b.get(self.pos) == Some(&close) {
            self.pos += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            self.space();
            match self.b.get(self.pos) {
                Some(b',') => self.pos += 1,
                Some(c) if *c == close => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(self.err(&format!("expected ',' or '{}'", close as char))),
            }
        }
    }

    fn string(&mut self) -> Result<String, String> {
        if self.b.get(self.pos) != Some(&b'"') {
            return Err(self.err("expected a string"));
        }
        self.pos += 1;
        let mut out = String::new();
        loop {
            // the run up to the next quote or escape, as it is
            let start = self.pos;
            while self.pos < self.b.len() && !matches!(self.b[self.pos], b'"' | b'\\') {
                self.pos += 1;
            }
            out.push_str(&self.text[start..self.pos]);
            match self.b.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let c = match self.b.get(self.pos) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'u') => {
                            let hi = self.hex4()?;
                            if (0xd800..0xdc00).contains(&hi)
                                && self.b[self.pos + 1..].starts_with(b"\\u")
                            {
                                self.pos += 2;
                                let lo = self.hex4()?;
                                let c = 0x10000
                                    + ((hi - 0xd800) << 10)
                                    + (lo.wrapping_sub(0xdc00) & 0x3ff);
                                char::from_u32(c).unwrap_or('\u{fffd}')
                            } else {
                                char::from_u32(hi).unwrap_or('\u{fffd}')
                            }
                        }
                        _ => return Err(self.err("a bad escape")),
                    };
                    out.push(c);
                    self.pos += 1;
                }
                _ => return Err(self.err("a string is not closed")),
            }
        }
    }

    /// The four hex digits after `\u` (leaves `pos` on the last one).
    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self
            .b
            .get(self.pos + 1..self.pos + 5)
            .ok_or_else(|| self.err("a bad \\u escape"))?;
        let mut v = 0;
        for d in digits {
            v = v * 16
                + (*d as char)
                    .to_digit(16)
                    .ok_or_else(|| self.err("a bad \\u escape"))?;
        }
        self.pos += 4;
        Ok(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_round_trip_with_every_kind_of_character() {
        for s in [
            "",
            "plain",
            "quote \" back \\ slash",
            "line\nbreak\ttab\r",
            "ü — “curly” 🚀",
            "\u{1}\u{1f}",
        ] {
            let mut out = String::new();
            string(&mut out, s);
            assert_eq!(parse(&out).unwrap(), Value::Str(s.to_string()), "{out}");
        }
        assert_eq!(
            parse(r#""\u00fc\ud83d\ude80\/""#).unwrap(),
            Value::Str("ü🚀/".into())
        );
    }

    #[test]
    fn numbers_are_whole_when_they_are() {
        let mut out = String::new();
        for v in [Some(2092.0), Some(1.5), None, Some(-3.0), Some(f64::NAN)] {
            number(&mut out, v);
            out.push(' ');
        }
        assert_eq!(out, "2092 1.5 null -3 null ");
    }

    #[test]
    fn documents_parse_and_damage_says_where() {
        let v = parse(r#" [ {"id": "yours-1", "n": 12.5e3, "ok": true, "w": [], "x": null} ] "#)
            .unwrap();
        let Value::Arr(items) = &v else {
            panic!("{v:?}")
        };
        assert_eq!(items[0].get("id").and_then(Value::as_str), Some("yours-1"));
        assert_eq!(items[0].get("n"), Some(&Value::Num("12.5e3".into())));
        assert_eq!(items[0].get("ok"), Some(&Value::Bool(true)));
        for (bad, why) in [
            ("{not json", "expected a string at character 1"),
            ("[1, 2", "expected ',' or ']' at character 5"),
            ("\"open", "a string is not closed"),
            ("[] x", "more follows the value"),
            ("", "it ends where a value should be"),
            ("\"\\q\"", "a bad escape"),
        ] {
            let e = parse(bad).unwrap_err();
            assert!(e.contains(why), "{bad}: {e}");
        }
        assert!(parse(&"[".repeat(100))
            .unwrap_err()
            .contains("nested too deep"));
    }
}

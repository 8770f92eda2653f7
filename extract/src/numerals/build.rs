//! What follows a numeral: postfix qualifiers ("or more", "20+"), ranges
//! ("20 to 30", "40–50", "two or three", "between 20 and 30", "from 20 to 30"),
//! "or so", and a second bound ("more than 10 and less than 40"); and the
//! building of `NumberExpr`s with the bounds their qualifier implies.

use super::lex::{
    dash_at, is_alnum, is_em_dash, is_time_unit, letters_end, lower, next_word, phrase, skip_ws,
    token_end,
};
use super::{lower_is, match_prefix, numeral, prefixes, words, Kind, Num, NumberExpr, Pref, Step};
use crate::model::{Qualifier, Span};

/// A single-bound expression: `span` [s, e), the numeral `x`, its qualifier.
fn simple(s: usize, e: usize, x: &Num, q: Qualifier) -> NumberExpr {
    use Qualifier::*;
    let v = x.value;
    let (value, low, high) = match q {
        Exact | Approximately => (Some(v), None, None),
        MoreThan | AtLeast => (Some(v), Some(v), None),
        UpTo | LessThan => (Some(v), None, Some(v)),
        Range => (Some(v), Some(v), Some(v)),
        Vague => (None, Some(v), None),
    };
    NumberExpr {
        span: Span::new(s, e),
        num_span: Span::new(x.start, x.end),
        value,
        low,
        high,
        qualifier: q,
        words: x.words,
    }
}

/// A range expression: `span` [s, e), numeral [ns, e).
fn range(s: usize, ns: usize, e: usize, lo: f64, hi: f64, words: bool) -> NumberExpr {
    NumberExpr {
        span: Span::new(s, e),
        num_span: Span::new(ns, e),
        value: Some(lo),
        low: Some(lo),
        high: Some(hi),
        qualifier: Qualifier::Range,
        words,
    }
}

/// The bounds of "x to y": a scale on `y` alone applies to `x` too ("2 to 3
/// million", "two to three hundred"); `None` unless low < high.
fn bounds(x: &Num, y: &Num) -> Option<(f64, f64)> {
    let mut lo = x.value;
    if x.scale == 1.0 && y.scale > 1.0 && x.value > 0.0 && x.value * y.scale <= y.value {
        lo = x.value * y.scale;
    }
    (y.value > lo).then_some((lo, y.value))
}

fn plain(n: Num) -> Option<Num> {
    (n.kind == Kind::Plain).then_some(n)
}

/// A range connector after `e`: a dash (no spaces, or spaces on both sides; an em
/// dash only without spaces) or one of `words` between spaces. Returns where the
/// second bound starts and whether the dash was tight ("40-50").
fn connector(b: &[u8], e: usize, words: &[&str]) -> Option<(usize, bool)> {
    let k = skip_ws(b, e);
    let ws1 = k > e;
    let dl = dash_at(b, k);
    let (j, tight) = if dl > 0 {
        let k2 = k + dl;
        let j = skip_ws(b, k2);
        let ws2 = j > k2;
        if ws1 != ws2 || (ws1 && is_em_dash(b, k)) {
            return None;
        }
        (j, !ws1)
    } else {
        if !ws1 {
            return None;
        }
        let pe = words.iter().find_map(|w| phrase(b, k, &[w]))?;
        let j = skip_ws(b, pe);
        if j == pe {
            return None;
        }
        (j, false)
    };
    let j = j + repeated_sign(b, e, j);
    (j < b.len() && b[j].is_ascii_alphanumeric()).then_some((j, tight))
}

/// "$55-$110", "€5–€10", "₽500 to ₽800": the length of the currency sign at `j` when
/// the first bound, ending at `e`, opens with the same sign; 0 otherwise.
fn repeated_sign(b: &[u8], e: usize, j: usize) -> usize {
    let Some(sign) = crate::bytes::currency_sign(b, j) else {
        return 0;
    };
    if !b.get(j + sign).is_some_and(u8::is_ascii_digit) {
        return 0;
    }
    let s = e - b[..e]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit() || matches!(c, b',' | b'.'))
        .count();
    (s >= sign && b[s - sign..s] == b[j..j + sign])
        .then_some(sign)
        .unwrap_or(0)
}

/// "between X and Y", "from X to Y", or a qualifier before a numeral; `i` is
/// where the phrase starts, `j` where the numeral does.
pub(super) fn qualified(b: &[u8], i: usize, pref: Pref, j: usize) -> Option<(NumberExpr, usize)> {
    match pref {
        Pref::Between | Pref::From => {
            let x = plain(numeral(b, j, pref == Pref::From, false).ok()?)?;
            let (j2, _) = if pref == Pref::Between {
                let k = skip_ws(b, x.end);
                let a = if k > x.end {
                    phrase(b, k, &["and"])?
                } else {
                    return None;
                };
                let j2 = skip_ws(b, a);
                if j2 == a || j2 >= b.len() {
                    return None;
                }
                (j2, false)
            } else {
                connector(b, x.end, &["to", "through", "until", "till"])?
            };
            let y = plain(numeral(b, j2, true, true).ok()?)?;
            let (lo, hi) = bounds(&x, &y)?;
            Some((range(i, x.start, y.end, lo, hi, x.words), y.end))
        }
        Pref::Over | Pref::Q(_) => {
            let x = numeral(b, j, true, false).ok()?;
            if x.kind == Kind::Vague || (pref == Pref::Over && temporal(b, x.end)) {
                return None;
            }
            let q = match pref {
                Pref::Q(q) => q,
                _ => Qualifier::MoreThan,
            };
            tail(b, x, i, Some(q)).ok()
        }
    }
}

/// "over 3 years" (a stretch of time) but not "over 30 years old".
fn temporal(b: &[u8], e: usize) -> bool {
    match next_word(b, e) {
        Some((s, we)) if lower_is(b, s, we, is_time_unit) => {
            !next_word(b, we).is_some_and(|(s2, e2)| lower_is(b, s2, e2, |w| w == b"old"))
        }
        _ => false,
    }
}

/// A postfix qualifier after a numeral: "20+", "20-plus", "or more", "and over",
/// "or fewer" (not "and more than 40", not "and over 20 injured").
fn postfix(b: &[u8], e: usize) -> Option<(Qualifier, usize)> {
    if e < b.len() && b[e] == b'+' && (e + 1 == b.len() || !is_alnum(b[e + 1])) {
        return Some((Qualifier::AtLeast, e + 1));
    }
    if e + 1 < b.len() && b[e] == b'-' && phrase(b, e + 1, &["plus"]).is_some() {
        return Some((Qualifier::AtLeast, e + 5));
    }
    let k = skip_ws(b, e);
    if k == e {
        return None;
    }
    let a = phrase(b, k, &["or"]).or_else(|| phrase(b, k, &["and"]))?;
    let (s, we) = next_word(b, a)?;
    let mut buf = [0u8; 16];
    let q = match lower(b, s, we, &mut buf)? {
        b"more" | b"greater" | b"higher" | b"above" | b"over" => Qualifier::AtLeast,
        b"less" | b"fewer" | b"lower" | b"below" | b"under" => Qualifier::UpTo,
        _ => return None,
    };
    let t = skip_ws(b, we);
    if t > we && t < b.len() {
        if phrase(b, t, &["than"]).is_some()
            || b[t].is_ascii_digit()
            || (b[t].is_ascii_alphabetic() && words::parse(b, t, true).is_some())
        {
            return None;
        }
    }
    Some((q, we))
}

enum RangeTail {
    None,
    Range(Num, f64, f64),
    /// Not a number at all ("1995-01", "+1-222-2222", "7-2"): resume here.
    Reject(usize),
}

/// "X to Y", "X through Y", "X or Y", "X-Y", "X – Y" with Y > X.
fn range_after(b: &[u8], x: &Num) -> RangeTail {
    let Some((j, tight)) = connector(b, x.end, &["to", "through", "or"]) else {
        return RangeTail::None;
    };
    let digit_pair = tight && !x.words && b[j].is_ascii_digit();
    let reject = || RangeTail::Reject(token_end(b, x.start));
    let y = match numeral(b, j, true, true) {
        Ok(y) if y.kind == Kind::Plain => y,
        _ if digit_pair => return reject(),
        _ => return RangeTail::None,
    };
    if digit_pair {
        let e = y.end;
        let dl = dash_at(b, e).max(usize::from(e < b.len() && b[e] == b'/'));
        if dl > 0 && e + dl < b.len() && b[e + dl].is_ascii_digit() {
            return reject(); // "+1-222-2222-2222", "2022-03-15"
        }
        if x.int_digits == 4 && y.int_digits == 2 {
            return reject(); // "1995-01", "2022-23"
        }
    }
    match bounds(x, &y) {
        Some((lo, hi)) => RangeTail::Range(y, lo, hi),
        None if digit_pair => reject(),
        None => RangeTail::None,
    }
}

/// "two hundred, maybe two hundred and fifty", "40, perhaps 50": a hedged upper
/// bound after a comma makes a range (the second at most ten times the first; not
/// after a month name: "May 5, perhaps 300 people").
fn hedged(b: &[u8], x: &Num) -> Option<(Num, f64, f64)> {
    if b.get(x.end) != Some(&b',') {
        return None;
    }
    let k = skip_ws(b, x.end + 1);
    let pe = phrase(b, k, &["maybe"])
        .or_else(|| phrase(b, k, &["perhaps"]))
        .or_else(|| phrase(b, k, &["possibly"]))?;
    let j = skip_ws(b, pe);
    if j == pe || j >= b.len() {
        return None;
    }
    let y = numeral(b, j, true, true)
        .ok()
        .filter(|y| y.kind == Kind::Plain)?;
    let (lo, hi) = bounds(x, &y)?;
    if hi > lo * 10.0 {
        return None;
    }
    let w = super::lex::skip_ws_back(b, x.start);
    let mut ws = w;
    while ws > 0 && b[ws - 1].is_ascii_alphabetic() {
        ws -= 1;
    }
    let mut buf = [0u8; 16];
    if ws < w && lower(b, ws, w, &mut buf).is_some_and(super::lex::is_month) {
        return None;
    }
    Some((y, lo, hi))
}

/// Builds the expression for numeral `x` (its phrase starting at `pstart`, with
/// prefix qualifier `q`) and what follows it.
pub(super) fn tail(b: &[u8], x: Num, pstart: usize, q: Option<Qualifier>) -> Step {
    use Qualifier::*;
    if x.kind == Kind::Vague {
        return Ok((simple(pstart, x.end, &x, Vague), x.end));
    }
    if x.kind == Kind::Plain {
        if let Some((q2, pe)) = postfix(b, x.end) {
            return Ok((simple(x.start, pe, &x, q2), pe));
        }
        match range_after(b, &x) {
            RangeTail::Range(y, lo, hi) => {
                return Ok((range(pstart, x.start, y.end, lo, hi, x.words), y.end))
            }
            RangeTail::Reject(k) => return Err(k),
            RangeTail::None => {}
        }
        if let Some((y, lo, hi)) = hedged(b, &x) {
            return Ok((range(pstart, x.start, y.end, lo, hi, x.words), y.end));
        }
        let k = skip_ws(b, x.end);
        if k > x.end {
            if let Some(pe) = phrase(b, k, &["or", "so"]) {
                return Ok((simple(pstart, pe, &x, Approximately), pe));
            }
        }
    }
    let q = q.unwrap_or(if x.kind == Kind::Approx {
        Approximately
    } else {
        Exact
    });
    let e = simple(pstart, x.end, &x, q);
    if matches!(q, MoreThan | AtLeast | LessThan | UpTo) {
        if let Some(r) = second_bound(b, &e) {
            return Ok(r);
        }
    }
    Ok((e, x.end))
}

/// "more than 10 and less than 40", "at most 100 and at least 20": one range
/// when the two bounds face each other and low < high.
fn second_bound(b: &[u8], a: &NumberExpr) -> Option<(NumberExpr, usize)> {
    use Qualifier::*;
    let k = skip_ws(b, a.span.end);
    if k == a.span.end {
        return None;
    }
    let an = phrase(b, k, &["and"])?;
    let j = skip_ws(b, an);
    if j == an || j >= b.len() || !b[j].is_ascii_alphabetic() {
        return None;
    }
    let je = letters_end(b, j);
    let mut buf = [0u8; 16];
    let w = lower(b, j, je, &mut buf)?;
    let a_low = matches!(a.qualifier, MoreThan | AtLeast);
    for (ws, pref) in prefixes(w) {
        let q2 = match pref {
            Pref::Q(q) => *q,
            Pref::Over => MoreThan,
            _ => continue,
        };
        let Some(pe) = match_prefix(b, j, je, ws) else {
            continue;
        };
        let x0 = skip_ws(b, pe);
        if x0 == pe || x0 >= b.len() {
            continue;
        }
        let Ok(y) = numeral(b, x0, true, false) else {
            continue;
        };
        if y.kind != Kind::Plain || !matches!(q2, MoreThan | AtLeast | LessThan | UpTo) {
            return None;
        }
        if a_low == matches!(q2, MoreThan | AtLeast) {
            return None;
        }
        let av = a.value?;
        let (lo, hi) = if a_low { (av, y.value) } else { (y.value, av) };
        if lo >= hi {
            return None;
        }
        return Some((
            range(a.span.start, a.num_span.start, y.end, lo, hi, a.words),
            y.end,
        ));
    }
    None
}

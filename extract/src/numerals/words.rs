//! Numbers in words ("three thousand", "one hundred and five", "half a dozen",
//! "five and a half million") and vague quantity words ("several", "a few",
//! "dozens", "tens of thousands").

use super::lex::{
    classify, is_fraction, is_ordinal, letters_end, lower, next_word, phrase, skip_ws, word_is, W,
};
use super::{Kind, Num};

/// Lower bounds of the vague quantity words (documented choice):
/// "a few" 2, "several" 3, "dozens" 24 (two dozen), "scores" 40 (two score),
/// "hundreds" 200, "thousands" 2,000, "millions" 2,000,000, "billions" 2e9;
/// "tens of" 20 and "hundreds of" 200 times the plural scale that follows
/// ("tens of thousands" 20,000, "hundreds of thousands" 200,000);
/// "several"/"a few" times a singular scale ("several hundred" 300,
/// "a few thousand" 2,000, "several dozen" 36).
pub(super) fn vague(b: &[u8], i: usize) -> Option<Num> {
    let e = letters_end(b, i);
    let mut buf = [0u8; 16];
    let w = lower(b, i, e, &mut buf)?;
    let (base, singular, mut end) = match w {
        b"several" => (3.0, true, e),
        b"a" => (2.0, true, phrase(b, i, &["a", "few"])?),
        b"dozens" => (24.0, false, e),
        b"hundreds" => (200.0, false, e),
        b"thousands" => (2e3, false, e),
        b"millions" => (2e6, false, e),
        b"billions" => (2e9, false, e),
        b"scores" => {
            phrase(b, skip_ws(b, e), &["of"])?;
            (40.0, false, e)
        }
        // "tens of thousands"; alone, "tens of people" (20 or more)
        b"tens" => {
            phrase(b, skip_ws(b, e), &["of"])?;
            (20.0, false, e)
        }
        _ => return None,
    };
    let mut v = base;
    if singular {
        if let Some((s, we)) = next_word(b, end) {
            let mut buf = [0u8; 16];
            match lower(b, s, we, &mut buf).map(classify) {
                Some(W::Hundred) => {
                    v *= 100.0;
                    end = we;
                    if let Some((s2, we2)) = next_word(b, end) {
                        let mut buf = [0u8; 16];
                        if let Some(W::Scale(x)) = lower(b, s2, we2, &mut buf).map(classify) {
                            v *= x;
                            end = we2;
                        }
                    }
                }
                Some(W::Scale(x)) => {
                    v *= x;
                    end = we;
                }
                Some(W::Dozen) => {
                    v *= 12.0;
                    end = we;
                }
                _ => {}
            }
        }
    } else {
        let o = skip_ws(b, end);
        if o > end {
            if let Some(oe) = phrase(b, o, &["of"]) {
                if let Some((s, we)) = next_word(b, oe) {
                    if let Some(x) = plural_scale(&b[s..we]) {
                        v *= x;
                        end = we;
                    }
                }
            }
        }
    }
    Some(Num {
        start: i,
        end,
        value: v,
        scale: 1.0,
        kind: Kind::Vague,
        words: true,
        int_digits: 0,
        lone_one: false,
    })
}

/// Whether the lower-case word `w` may begin a numeral or a vague quantity
/// (a fast filter: everything `numeral` accepts at a letter starts so).
pub(super) fn may_start(w: &[u8]) -> bool {
    classify(w) != W::Other
        || matches!(
            w,
            b"a" | b"an"
                | b"half"
                | b"quarter"
                | b"minus"
                | b"negative"
                | b"several"
                | b"hundreds"
                | b"thousands"
                | b"millions"
                | b"billions"
                | b"scores"
                | b"tens"
        )
}

fn plural_scale(w: &[u8]) -> Option<f64> {
    if w.eq_ignore_ascii_case(b"thousands") {
        Some(1e3)
    } else if w.eq_ignore_ascii_case(b"millions") {
        Some(1e6)
    } else if w.eq_ignore_ascii_case(b"billions") {
        Some(1e9)
    } else {
        None
    }
}

/// A number in words starting at the letter at `i`. `allow_and` lets "and"
/// join parts after "hundred"/"thousand" ("one hundred and five"); it is off for
/// the first bound of "between X and Y".
pub(super) fn parse(b: &[u8], i: usize, allow_and: bool) -> Option<Num> {
    let e0 = letters_end(b, i);
    let mut buf = [0u8; 16];
    let w0 = lower(b, i, e0, &mut buf)?;
    match w0 {
        b"half" => fraction_of_scale(b, i, e0, 0.5),
        b"quarter" => fraction_of_scale(b, i, e0, 0.25),
        b"a" | b"an" => after_article(b, i, e0, allow_and),
        _ => cardinal(b, i, i, Last::None, allow_and),
    }
}

/// "half a dozen", "half a million", "half million", "quarter million".
fn fraction_of_scale(b: &[u8], start: usize, e: usize, f: f64) -> Option<Num> {
    let (mut s, mut we) = next_word(b, e)?;
    if word_is(b, s, "a") || word_is(b, s, "an") {
        (s, we) = next_word(b, we)?;
    }
    let mut buf = [0u8; 16];
    let x = match lower(b, s, we, &mut buf).map(classify)? {
        W::Hundred => 100.0,
        W::Scale(x) => x,
        W::Dozen if we - s == 5 => 12.0,
        _ => return None,
    };
    Some(Num {
        start,
        end: we,
        value: f * x,
        scale: x,
        kind: Kind::Plain,
        words: true,
        int_digits: 0,
        lone_one: false,
    })
}

/// "a hundred", "a thousand and five", "a dozen", "a half million", "a couple (of)".
fn after_article(b: &[u8], start: usize, e: usize, allow_and: bool) -> Option<Num> {
    let (s, we) = next_word(b, e)?;
    let mut buf = [0u8; 16];
    let w = lower(b, s, we, &mut buf)?;
    match w {
        b"half" => fraction_of_scale(b, start, we, 0.5),
        b"quarter" => fraction_of_scale(b, start, we, 0.25),
        b"couple" => {
            // "a couple hundred", "a couple of thousand", "a couple of days"
            let mut o = skip_ws(b, we);
            let of = phrase(b, o, &["of"]);
            if let Some(oe) = of {
                o = skip_ws(b, oe);
            }
            if o == we {
                return None;
            }
            let se = letters_end(b, o);
            let mut buf = [0u8; 16];
            let (end, x) = match lower(b, o, se, &mut buf).map(classify) {
                Some(W::Hundred) => (se, 100.0),
                Some(W::Scale(x)) => (se, x),
                Some(W::Dozen) if se - o == 5 => (se, 12.0),
                _ if of.is_some() => (we, 1.0),
                _ => return None,
            };
            Some(Num {
                start,
                end,
                value: 2.0 * x,
                scale: x,
                kind: Kind::Approx,
                words: true,
                int_digits: 0,
                lone_one: false,
            })
        }
        _ => match classify(w) {
            W::Hundred | W::Scale(_) | W::Dozen => cardinal(b, start, s, Last::A, allow_and),
            _ => None,
        },
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Last {
    None,
    A,
    Unit,
    Tens,
    Hundred,
    Scale,
    Half,
}

/// The cardinal grammar: units, tens, "hundred", scales (decreasing), "dozen",
/// words joined by whitespace runs or a hyphen, "and" after hundred/scales,
/// "and a half". `start` is where the numeral begins (an article before `p0`).
fn cardinal(b: &[u8], start: usize, p0: usize, last0: Last, allow_and: bool) -> Option<Num> {
    let mut total = 0.0f64;
    let mut cur = if last0 == Last::A { 1.0 } else { 0.0 };
    let mut last = last0;
    let mut last_scale = f64::INFINITY;
    let mut mult = 1.0;
    let mut end = start;
    let mut p = p0;
    let mut nwords = 0;
    let mut first_one = false;
    loop {
        let we = letters_end(b, p);
        if we == p || (we < b.len() && b[we].is_ascii_digit()) {
            break;
        }
        let mut buf = [0u8; 16];
        let Some(w) = lower(b, p, we, &mut buf) else {
            break;
        };
        let mut done = false;
        match classify(w) {
            W::Unit(v) => {
                let ok = match last {
                    Last::None | Last::Hundred | Last::Scale => true,
                    Last::Tens => (1..=9).contains(&v),
                    _ => false,
                };
                if !ok {
                    break;
                }
                if nwords == 0 && v == 1 {
                    first_one = true;
                }
                cur += v as f64;
                last = Last::Unit;
            }
            W::Tens(v) => {
                if !matches!(last, Last::None | Last::Hundred | Last::Scale) {
                    break;
                }
                cur += v as f64;
                last = Last::Tens;
            }
            W::Hundred => {
                if !matches!(last, Last::Unit | Last::Tens | Last::A) || cur <= 0.0 || cur >= 100.0
                {
                    break;
                }
                cur *= 100.0;
                mult = 100.0;
                last = Last::Hundred;
            }
            W::Scale(x) => {
                if !matches!(
                    last,
                    Last::Unit | Last::Tens | Last::Hundred | Last::A | Last::Half
                ) || cur <= 0.0
                    || x >= last_scale
                {
                    break;
                }
                total += cur * x;
                cur = 0.0;
                last_scale = x;
                mult = x;
                last = Last::Scale;
            }
            W::Dozen => {
                if !matches!(last, Last::Unit | Last::Tens | Last::A | Last::Half)
                    || total > 0.0
                    || cur <= 0.0
                {
                    break;
                }
                cur *= 12.0;
                mult = 12.0;
                done = true;
            }
            W::Other => break,
        }
        nwords += 1;
        end = we;
        if done {
            break;
        }
        let q = if we + 1 < b.len() && b[we] == b'-' && b[we + 1].is_ascii_alphabetic() {
            we + 1
        } else {
            let q = skip_ws(b, we);
            if q == we {
                break;
            }
            q
        };
        if word_is(b, q, "and") {
            if matches!(last, Last::Unit | Last::Tens | Last::Hundred) {
                if let Some(h) = phrase(b, q, &["and", "a", "half"]) {
                    cur += 0.5;
                    end = h;
                    last = Last::Half;
                    let q2 = skip_ws(b, h);
                    if q2 == h {
                        break;
                    }
                    p = q2;
                    continue;
                }
            }
            if allow_and && matches!(last, Last::Hundred | Last::Scale) {
                let r = skip_ws(b, q + 3);
                let re = letters_end(b, r);
                let mut buf = [0u8; 16];
                if r > q + 3
                    && matches!(
                        lower(b, r, re, &mut buf).map(classify),
                        Some(W::Unit(1..=19)) | Some(W::Tens(_))
                    )
                {
                    p = r;
                    continue;
                }
            }
            break;
        }
        p = q;
    }
    if nwords == 0 {
        return None;
    }
    // What follows: an ordinal or fraction joined to the cardinal makes it one.
    if end < b.len() && b[end] == b'-' && end + 1 < b.len() && b[end + 1].is_ascii_alphabetic() {
        let e2 = letters_end(b, end + 1);
        let mut buf = [0u8; 16];
        if let Some(w) = lower(b, end + 1, e2, &mut buf) {
            if is_ordinal(w) || is_fraction(w) {
                return None;
            }
        }
        if nwords == 1 && first_one {
            return None; // "one-off", "one-sided", "one-time"
        }
    } else if let Some((s, we)) = next_word(b, end) {
        let mut buf = [0u8; 16];
        if let Some(w) = lower(b, s, we, &mut buf) {
            if (is_fraction(w) && last != Last::Half)
                || (is_ordinal(w) && matches!(last, Last::Tens | Last::Hundred | Last::Scale))
            {
                return None;
            }
        }
    }
    Some(Num {
        start,
        end,
        value: total + cur,
        scale: mult,
        kind: Kind::Plain,
        words: true,
        int_digits: 0,
        lone_one: nwords == 1 && first_one && last0 == Last::None,
    })
}

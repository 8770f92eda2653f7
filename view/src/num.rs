//! Numbers as text, without the standard float formatting.
//!
//! `format!("{x}")` and `format!("{x:.2}")` on an `f64` pull the shortest-round-trip and
//! exact float printers into the wasm (about 15 KB). The page only ever shows numbers
//! that came from text or chart coordinates, to a few decimals, so a fixed-point writer
//! is enough and is one small function.

/// Writes `v` rounded to `decimals` places, without trailing zeros: `12`, `12.5`, `-0.25`.
/// Not a finite number writes `0`.
pub fn push_fixed(out: &mut String, v: f64, decimals: u32) {
    if !v.is_finite() {
        out.push('0');
        return;
    }
    // (64-bit arithmetic: 128-bit division is a library call in wasm, and the chart
    // writes thousands of coordinates; the fraction has at most 9 digits)
    let scale = 10u64.pow(decimals.min(9));
    // whole part and fraction apart (exact), so big numbers keep their fraction; ties
    // round away from zero, as `{:.N}` does for the values a page shows
    let a = v.abs();
    let mut whole = a.trunc() as u128;
    let mut frac = ((a - a.trunc()) * scale as f64 + 0.5).floor() as u64;
    if frac >= scale {
        whole += 1;
        frac -= scale;
    }
    if v < 0.0 && (whole != 0 || frac != 0) {
        out.push('-');
    }
    push_digits(out, whole);
    if frac != 0 {
        out.push('.');
        let mut div = scale / 10;
        while frac != 0 && div != 0 {
            out.push((b'0' + (frac / div) as u8) as char);
            frac %= div;
            div /= 10;
        }
    }
}

/// `v` rounded to `decimals` places, without trailing zeros.
pub fn fixed(v: f64, decimals: u32) -> String {
    let mut s = String::new();
    push_fixed(&mut s, v, decimals);
    s
}

/// A whole number's digits.
pub fn push_digits(out: &mut String, n: u128) {
    let mut digits = [0u8; 40];
    let mut at = digits.len();
    match u64::try_from(n) {
        // 64-bit division where the number fits (every number a page shows, in practice)
        Ok(mut n) => loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        },
        Err(_) => {
            let mut n = n;
            loop {
                at -= 1;
                digits[at] = b'0' + (n % 10) as u8;
                n /= 10;
                if n == 0 {
                    break;
                }
            }
        }
    }
    for &d in &digits[at..] {
        out.push(d as char);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_like_the_standard_formatter_then_trimmed() {
        for (v, d) in [
            (0.0, 1),
            (12.0, 1),
            (12.34, 1),
            (12.35, 2),
            (-3.25, 2),
            (-0.04, 1),
            (1.5, 6),
            (0.1, 6),
            (2092.0, 2),
            (719.95, 1),
            (1e15 + 0.5, 1),
            (33.333333333, 2),
        ] {
            let std = format!("{v:.*}", d as usize);
            let std = if std.contains('.') {
                std.trim_end_matches('0').trim_end_matches('.').to_string()
            } else {
                std
            };
            let std = if std == "-0" { "0".to_string() } else { std };
            assert_eq!(fixed(v, d), std, "{v} to {d}");
        }
    }

    #[test]
    fn big_whole_numbers_and_non_numbers() {
        assert_eq!(fixed(1.0e20, 0), "100000000000000000000");
        assert_eq!(fixed(18446744073709551615.0, 0), "18446744073709551616");
        let mut s = String::new();
        push_digits(&mut s, u64::MAX as u128);
        push_digits(&mut s, u64::MAX as u128 + 1);
        assert_eq!(s, "1844674407370955161518446744073709551616");
        assert_eq!(fixed(f64::NAN, 2), "0");
        assert_eq!(fixed(f64::INFINITY, 2), "0");
        assert_eq!(fixed(-7.0, 3), "-7");
    }
}

//! Dates and times of day as news pages write them. Pure; no clock.
//!
//! [`find_dates`] recognises
//! - month first: "December 06, 2022", "Dec. 6, 2022", "Tuesday, December 6, 2022",
//!   "january12,2016", "july 4th of 1995", "Sep-23-2020", "August 9-10, 2023" (the first
//!   day), "August 9" (year `None`), "December 2022" (day `None`);
//! - day first: "6 December 2022", "02nd August, 2023", "4th of july of 1995",
//!   "16. Nov. 2016", "05-Aug-2016", "23/Sep/2020", "28 june in 2020", "6 December";
//! - numeric: "2023-08-02", "2015/08/12", "2015.5.13", "2016 10 16", "2019-sep-1",
//!   "2023-08-02T10:00:00+03:00", "02/22/2016", "21/04/2016", "21-04-2016", "13.5.2015".
//!
//! A weekday before a date ("Tuesday, ", "Friday ") and a clock time right before or
//! after it on the same line ("13:00 February 28, 2013", "23.04.2022 14:55") are part of
//! its span. A time after a separator ("August 02, 2023 | 06:40 PM") is not: find it
//! with [`find_times`].
//!
//! Not dates here: bare years ("in 2022"), bare month names ("in February"), two-digit
//! years ("21/04/16"), compact "20230802" in running text (only in URLs), dates in
//! words ("the fourth of July"). Values are validated: month 1–12, day within the
//! month (29 February only in leap years), numeric years 1900–2100; with a month name,
//! years 1000–2999.
//!
//! Numeric day/month order: a value above 12 decides it ("21/04/2016" is 21 April,
//! "02/22/2016" is 22 February). Otherwise slashes and hyphens are read month first
//! (US: "03/04/2016" is 4 March) and dots day first (European: "03.04.2016" is 3 April).

mod period;
mod scan;
mod times;

#[cfg(test)]
mod tests;

use crate::model::Span;
pub use scan::{days_in_month, month_name, russian_month_name};
pub use times::{find_times, TimeExpr};

/// A calendar date or part of one, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateExpr {
    /// Byte span in the text (including a leading weekday and an adjacent clock time).
    pub span: Span,
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl DateExpr {
    /// `YYYY-MM-DD`, or `YYYY-MM` for a month; `None` without a year and month.
    pub fn iso(&self) -> Option<String> {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => Some(format!("{y:04}-{m:02}-{d:02}")),
            (Some(y), Some(m), None) => Some(format!("{y:04}-{m:02}")),
            _ => None,
        }
    }
}

pub use period::closed_dates;

/// Every date expression in `text`, in order, non-overlapping. Dates without a year
/// keep `year: None` (see [`resolve`] and [`resolve_nearest`]). Linear time.
pub fn find_dates(text: &str) -> Vec<DateExpr> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if !c.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        if is_token_start(b, i) {
            if let Some((start, hit)) = date_at(b, i) {
                out.push(DateExpr {
                    span: Span::new(start, hit.end),
                    year: hit.year,
                    month: Some(hit.month),
                    day: hit.day,
                });
                i = hit.end;
                continue;
            }
        }
        // Skip the rest of this word or number.
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
    }
    attach_times(text, &mut out);
    out
}

/// A word or number may start a date when it is not glued to a letter or digit before
/// it, nor part of a number ("1.5", "3,000", "12:30", "1/2").
fn is_token_start(b: &[u8], i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let p = b[i - 1];
    if p.is_ascii_alphanumeric() {
        return false;
    }
    !(b[i].is_ascii_digit()
        && matches!(p, b'.' | b',' | b':' | b'/')
        && i >= 2
        && b[i - 2].is_ascii_digit())
}

fn date_at(b: &[u8], i: usize) -> Option<(usize, scan::Hit)> {
    if b[i].is_ascii_digit() {
        return scan::numeric(b, i)
            .or_else(|| scan::day_first(b, i))
            .map(|h| (i, h));
    }
    // Month and weekday names are 3–9 letters long and start with one of these.
    let len = scan::letters(b, i) - i;
    if !(3..=9).contains(&len) {
        return None;
    }
    let p = [b[i] | 0x20, b[i + 1] | 0x20, b[i + 2] | 0x20];
    if !matches!(
        &p,
        b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"may"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"oct"
            | b"nov"
            | b"dec"
            | b"mon"
            | b"tue"
            | b"wed"
            | b"thu"
            | b"fri"
            | b"sat"
            | b"sun"
    ) {
        return None;
    }
    if let Some(we) = scan::weekday_at(b, i) {
        let mut j = we;
        if b.get(j) == Some(&b'.') {
            j += 1;
        }
        if b.get(j) == Some(&b',') {
            j += 1;
        }
        let k = scan::hspace(b, j);
        if k > we && k < b.len() {
            let hit = if b[k].is_ascii_digit() {
                scan::numeric(b, k).or_else(|| scan::day_first(b, k))
            } else {
                scan::month_first(b, k)
            };
            return hit.map(|h| (i, h));
        }
        return None;
    }
    scan::month_first(b, i).map(|h| (i, h))
}

/// Widens each date over a clock time ("HH:MM…") separated from it only by
/// horizontal white space, after it first, else before it.
fn attach_times(text: &str, dates: &mut [DateExpr]) {
    if dates.is_empty() {
        return;
    }
    let b = text.as_bytes();
    let times = find_times(text);
    let mut used = vec![false; times.len()];
    let mut t = 0;
    for di in 0..dates.len() {
        let d = dates[di].span;
        // The last time ending at or before the date's start.
        while t < times.len() && times[t].span.end <= d.start {
            t += 1;
        }
        let clock = |k: usize| b[times[k].span.start..times[k].span.end].contains(&b':');
        if t < times.len() && !used[t] && clock(t) && scan::hspace(b, d.end) == times[t].span.start
        {
            let limit = dates.get(di + 1).map_or(usize::MAX, |n| n.span.start);
            if times[t].span.end <= limit {
                used[t] = true;
                dates[di].span.end = times[t].span.end;
                continue;
            }
        }
        if t > 0
            && !used[t - 1]
            && clock(t - 1)
            && scan::hspace(b, times[t - 1].span.end) == d.start
        {
            let prev_end = if di > 0 { dates[di - 1].span.end } else { 0 };
            if times[t - 1].span.start >= prev_end {
                used[t - 1] = true;
                dates[di].span.start = times[t - 1].span.start;
            }
        }
    }
}

/// The date a URL carries: `/2022/12/06/`, `/2022-12-06-slug`, `_2022_12_06`,
/// `?date=2023-08-02`, a compact `/20230802/` between slashes or a slash and a hyphen,
/// else a month `/2022/12/` (day `None`). The span is a byte range of `url`.
pub fn date_in_url(url: &str) -> Option<DateExpr> {
    let b = url.as_bytes();
    let mut month_only: Option<DateExpr> = None;
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let (_, e) = scan::digits(b, i, usize::MAX).unwrap_or((0, i + 1));
        let before_ok = i == 0 || matches!(b[i - 1], b'/' | b'-' | b'_' | b'=' | b'.');
        if before_ok && e - i == 4 {
            if let Some(d) = url_ymd(b, i) {
                if d.day.is_some() {
                    return Some(d);
                }
                month_only = month_only.or(Some(d));
            }
        } else if e - i == 8
            && i > 0
            // ("/20240812/", or a slug's end: "...-incursion-20240812")
            && matches!(b[i - 1], b'/' | b'-' | b'_')
            && matches!(b.get(e), None | Some(b'/' | b'-' | b'.' | b'?' | b'#'))
        {
            let n = |a: usize, l: usize| url[a..a + l].parse::<u32>().ok();
            if let (Some(y), Some(m), Some(d)) = (n(i, 4), n(i + 4, 2), n(i + 6, 2)) {
                if url_date_ok(y as i32, m as u8, d as u8) {
                    return Some(DateExpr {
                        span: Span::new(i, e),
                        year: Some(y as i32),
                        month: Some(m as u8),
                        day: Some(d as u8),
                    });
                }
            }
        }
        i = e;
    }
    month_only
}

fn url_date_ok(y: i32, m: u8, d: u8) -> bool {
    (1900..=2100).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(Some(y), m)
}

/// `YYYY?MM?DD` with one separator of `/-_.`, or `/YYYY/MM/` (month only), at `i`.
fn url_ymd(b: &[u8], i: usize) -> Option<DateExpr> {
    let y = std::str::from_utf8(&b[i..i + 4])
        .ok()?
        .parse::<i32>()
        .ok()?;
    let c = *b.get(i + 4)?;
    if !matches!(c, b'/' | b'-' | b'_' | b'.') {
        return None;
    }
    if c == b'/' && b.get(i + 5).is_some_and(u8::is_ascii_alphabetic) {
        return url_month_word(b, y, i);
    }
    let (m, me) = scan::digits(b, i + 5, 2)?;
    let m = m as u8;
    if b.get(me) == Some(&c) {
        if let Some((d, de)) = scan::digits(b, me + 1, 2) {
            if url_date_ok(y, m, d as u8) && !b.get(de).is_some_and(u8::is_ascii_alphanumeric) {
                return Some(DateExpr {
                    span: Span::new(i, de),
                    year: Some(y),
                    month: Some(m),
                    day: Some(d as u8),
                });
            }
        }
    }
    let month_ok = c == b'/'
        && me - i - 5 == 2
        && matches!(b.get(me), None | Some(b'/'))
        && url_date_ok(y, m, 1);
    month_ok.then_some(DateExpr {
        span: Span::new(i, me),
        year: Some(y),
        month: Some(m),
        day: None,
    })
}

/// `/YYYY/mon/DD/` with the month as a word (The Guardian's "/2023/may/23/"), at `i`.
fn url_month_word(b: &[u8], y: i32, i: usize) -> Option<DateExpr> {
    let ms = i + 5;
    let me = ms
        + b[ms..]
            .iter()
            .take(10)
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
    if b.get(me) != Some(&b'/') || me - ms < 3 || me - ms > 9 {
        return None;
    }
    // a capital first letter: "may", "mar" and "march" are month names in a path
    let mut w = [0u8; 9];
    w[..me - ms].copy_from_slice(&b[ms..me]);
    w[0] = w[0].to_ascii_uppercase();
    let (m, _) = scan::month_name(std::str::from_utf8(&w[..me - ms]).ok()?)?;
    let (d, de) = scan::digits(b, me + 1, 2)?;
    let end_ok = matches!(b.get(de), None | Some(b'/' | b'?' | b'#'));
    (end_ok && url_date_ok(y, m, d as u8)).then_some(DateExpr {
        span: Span::new(i, de),
        year: Some(y),
        month: Some(m),
        day: Some(d as u8),
    })
}

/// The date `s` is, when the whole of `s` (trimmed) is one date expression:
/// "December 06, 2022", "2023-08-02T10:00:00Z", "Tue, 06 Dec 2022 10:00".
pub fn parse_date(s: &str) -> Option<DateExpr> {
    let t = s.trim();
    let lead = s.len() - s.trim_start().len();
    let d = find_dates(t).into_iter().next()?;
    (d.span.start == 0 && d.span.end == t.len()).then(|| DateExpr {
        span: Span::new(d.span.start + lead, d.span.end + lead),
        ..d
    })
}

/// Gives a date without a year (`year: None`, with month and day) the year
/// `ref_year`, e.g. the publication year of the article it stands in. Dates with a
/// year, and 29 February in a non-leap `ref_year`, are returned unchanged.
pub fn resolve(d: DateExpr, ref_year: i32) -> DateExpr {
    match (d.year, d.month, d.day) {
        (None, Some(m), Some(day)) if day <= days_in_month(Some(ref_year), m) => DateExpr {
            year: Some(ref_year),
            ..d
        },
        (None, Some(_), None) => DateExpr {
            year: Some(ref_year),
            ..d
        },
        _ => d,
    }
}

/// Like [`resolve`], but picks among the reference year, the year before and the year
/// after the one that puts the date nearest to the reference date `(y, m, d)`: in an
/// article of 5 January 2023, "December 28" is 2022-12-28; in one of 20 December 2022,
/// "January 3" is 2023-01-03.
pub fn resolve_nearest(d: DateExpr, reference: (i32, u8, u8)) -> DateExpr {
    let (Some(m), None) = (d.month, d.year) else {
        return d;
    };
    let day = d.day.unwrap_or(15);
    let r = day_number(reference.0, reference.1, reference.2);
    let mut best: Option<(i64, i32)> = None;
    for y in [reference.0 - 1, reference.0, reference.0 + 1] {
        if day > days_in_month(Some(y), m) {
            continue;
        }
        let dist = (day_number(y, m, day) - r).abs();
        if best.is_none_or(|(bd, _)| dist < bd) {
            best = Some((dist, y));
        }
    }
    match best {
        Some((_, y)) => DateExpr { year: Some(y), ..d },
        None => d,
    }
}

/// Days since 1970-01-01 (proleptic Gregorian).
fn day_number(y: i32, m: u8, d: u8) -> i64 {
    let (y, m) = (y as i64 - (m <= 2) as i64, m as i64);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

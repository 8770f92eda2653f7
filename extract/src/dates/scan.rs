//! Byte-level scanners behind [`super::find_dates`]: month and weekday names, and
//! the three date shapes (numeric, day-first, month-first). Every function looks at a
//! bounded number of tokens from its start position, so a full scan stays linear.

/// A date recognised at some start: where it ends and what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Hit {
    pub end: usize,
    pub year: Option<i32>,
    pub month: u8,
    pub day: Option<u8>,
}

/// How the parts of a date are joined: by white space / commas ("6 December, 2022")
/// or by one repeated character ("05-Aug-2016", "2015/08/12").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    Spaced,
    Char(u8),
}

/// Skips horizontal white space: space, tab, no-break space, thin and narrow spaces.
pub(super) fn hspace(b: &[u8], mut i: usize) -> usize {
    loop {
        match b.get(i) {
            Some(b' ' | b'\t') => i += 1,
            Some(0xC2) if b.get(i + 1) == Some(&0xA0) => i += 2,
            Some(0xE2)
                if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x89 | 0xAF)) =>
            {
                i += 3
            }
            _ => return i,
        }
    }
}

fn is_digit(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(u8::is_ascii_digit)
}

fn is_alpha(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(u8::is_ascii_alphabetic)
}

/// End of the ASCII letter run starting at `i`.
pub(super) fn letters(b: &[u8], mut i: usize) -> usize {
    while is_alpha(b, i) {
        i += 1;
    }
    i
}

/// The digit run at `i`: (value, end), when it has 1..=`max` digits.
pub(super) fn digits(b: &[u8], i: usize, max: usize) -> Option<(u32, usize)> {
    let mut j = i;
    let mut v: u32 = 0;
    while is_digit(b, j) {
        if j - i >= max {
            return None;
        }
        v = v * 10 + (b[j] - b'0') as u32;
        j += 1;
    }
    (j > i).then_some((v, j))
}

pub(super) fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in `month` (1–12) of `year`; February has 29 when the year is unknown.
pub fn days_in_month(year: Option<i32>, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year.is_none_or(is_leap) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The month a word names: "December", "dec", "Sept" → 12, 12, 9. Case-insensitive,
/// except that "May", "March" and "Mar" must be capitalised (the verbs "may", "march",
/// "mar"). Returns (month, is_abbreviation).
pub fn month_name(word: &str) -> Option<(u8, bool)> {
    let w = word.as_bytes();
    if w.len() < 3 || w.len() > 9 {
        return None;
    }
    let mut low = [0u8; 9];
    for (k, c) in w.iter().enumerate() {
        low[k] = c.to_ascii_lowercase();
    }
    let found = match &low[..w.len()] {
        b"january" => (1, false),
        b"february" => (2, false),
        b"march" => (3, false),
        b"april" => (4, false),
        b"may" => (5, false),
        b"june" => (6, false),
        b"july" => (7, false),
        b"august" => (8, false),
        b"september" => (9, false),
        b"october" => (10, false),
        b"november" => (11, false),
        b"december" => (12, false),
        b"jan" => (1, true),
        b"feb" => (2, true),
        b"mar" => (3, true),
        b"apr" => (4, true),
        b"jun" => (6, true),
        b"jul" => (7, true),
        b"aug" => (8, true),
        b"sep" | b"sept" => (9, true),
        b"oct" => (10, true),
        b"nov" => (11, true),
        b"dec" => (12, true),
        _ => return None,
    };
    if matches!(found.0, 3 | 5) && w[0] != b'M' {
        return None;
    }
    Some(found)
}

/// A month name at `i` (a whole ASCII word): (month, end, abbreviated).
fn month_at(b: &[u8], i: usize) -> Option<(u8, usize, bool)> {
    if matches!(b.get(i), Some(0xD0 | 0xD1)) {
        return russian_month_at(b, i);
    }
    let e = letters(b, i);
    let w = std::str::from_utf8(&b[i..e]).ok()?;
    month_name(w).map(|(m, ab)| (m, e, ab))
}

/// A Russian month name at `i` in the genitive of a date ("05 сентября 2023") or the
/// nominative ("сентябрь 2023"), on pages that keep a Russian dateline in a
/// translation: (month, end, false).
fn russian_month_at(b: &[u8], i: usize) -> Option<(u8, usize, bool)> {
    let mut e = i;
    while e + 1 < b.len() && matches!(b[e], 0xD0 | 0xD1) {
        e += 2;
    }
    if is_alpha(b, e) {
        return None;
    }
    let m = russian_month_name(std::str::from_utf8(&b[i..e]).ok()?)?;
    Some((m, e, false))
}

/// The month a Russian month name gives, genitive or nominative, any case:
/// "сентября", "Сентябрь" → 9.
pub fn russian_month_name(w: &str) -> Option<u8> {
    if w.len() < 6
        || w.len() > 16
        || !w.starts_with(|c: char| ('\u{0410}'..='\u{044f}').contains(&c))
    {
        return None;
    }
    let w = w.to_lowercase();
    const MONTHS: [[&str; 2]; 12] = [
        ["января", "январь"],
        ["февраля", "февраль"],
        ["марта", "март"],
        ["апреля", "апрель"],
        ["мая", "май"],
        ["июня", "июнь"],
        ["июля", "июль"],
        ["августа", "август"],
        ["сентября", "сентябрь"],
        ["октября", "октябрь"],
        ["ноября", "ноябрь"],
        ["декабря", "декабрь"],
    ];
    let m = MONTHS.iter().position(|f| f.contains(&w.as_str()))?;
    Some(m as u8 + 1)
}

/// A weekday name at `i`: full names in any case, abbreviations ("Tue", "Thurs")
/// capitalised. Returns the end of the word.
pub(super) fn weekday_at(b: &[u8], i: usize) -> Option<usize> {
    let e = letters(b, i);
    if e - i < 3 || e - i > 9 {
        return None;
    }
    let mut low = [0u8; 9];
    for k in i..e {
        low[k - i] = b[k].to_ascii_lowercase();
    }
    match &low[..e - i] {
        b"monday" | b"tuesday" | b"wednesday" | b"thursday" | b"friday" | b"saturday"
        | b"sunday" => Some(e),
        b"mon" | b"tue" | b"tues" | b"wed" | b"thu" | b"thur" | b"thurs" | b"fri" | b"sat"
        | b"sun"
            if b[i].is_ascii_uppercase() =>
        {
            Some(e)
        }
        _ => None,
    }
}

/// Skips an ordinal suffix ("1st", "02nd", "3rd", "4th") when it ends the word.
fn ordinal(b: &[u8], i: usize) -> usize {
    if i + 2 <= b.len() {
        let s = [b[i].to_ascii_lowercase(), b[i + 1].to_ascii_lowercase()];
        if matches!(&s, b"st" | b"nd" | b"rd" | b"th") && !is_alpha(b, i + 2) {
            return i + 2;
        }
    }
    i
}

/// True when a number ending at `i` really ends there: no digit, letter, and no
/// `.`/`,` followed by a digit ("1,500", "2022.5").
fn number_ends(b: &[u8], i: usize) -> bool {
    match b.get(i) {
        None => true,
        Some(c) if c.is_ascii_alphanumeric() => false,
        Some(b'.' | b',') => !is_digit(b, i + 1),
        _ => true,
    }
}

/// The word at `i` if it equals `w` (lowercase ASCII) and ends there.
fn keyword(b: &[u8], i: usize, w: &[u8]) -> Option<usize> {
    let e = i + w.len();
    (e <= b.len() && b[i..e].eq_ignore_ascii_case(w) && !is_alpha(b, e)).then_some(e)
}

/// A year after the day or month that ends at `i`: "…, 2022", "… 2022", "… of 2022",
/// "… in 2022" (Spaced), or "-2016" / "/2016" (Char). `named` allows years
/// 1000–2999 (a month name makes the date unmistakable); outside 1900–2100 such a
/// year must not be followed by a lowercase word ("Aug. 9, 1500 troops").
fn year_after(b: &[u8], i: usize, sep: Sep, named: bool, allow_in: bool) -> Option<(i32, usize)> {
    let start = match sep {
        Sep::Char(c) => (b.get(i) == Some(&c)).then_some(i + 1)?,
        Sep::Spaced => {
            let j = hspace(b, i);
            if b.get(j) == Some(&b',') {
                hspace(b, j + 1)
            } else if is_digit(b, j) && j > i {
                j
            } else if j > i {
                let k = keyword(b, j, b"of").or_else(|| {
                    if allow_in {
                        keyword(b, j, b"in")
                    } else {
                        None
                    }
                })?;
                let l = hspace(b, k);
                (l > k).then_some(l)?
            } else {
                return None;
            }
        }
    };
    let (y, e) = digits(b, start, 4)?;
    if e - start != 4 || !number_ends(b, e) {
        return None;
    }
    let y = y as i32;
    if (1900..=2100).contains(&y) {
        return Some((y, e));
    }
    if !named || !(1000..=2999).contains(&y) {
        return None;
    }
    let k = hspace(b, e);
    if k > e && b.get(k).is_some_and(u8::is_ascii_lowercase) {
        return None;
    }
    Some((y, e))
}

fn valid(y: Option<i32>, m: u8, d: u8) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

/// A plural-looking lowercase word after "August 25": then 25 counts it ("In August
/// 25 soldiers were killed") and there is no date.
fn count_follows(b: &[u8], i: usize) -> bool {
    let j = hspace(b, i);
    if j == i || !b.get(j).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let e = letters(b, j);
    let w = &b[j..e];
    matches!(w, b"people" | b"men" | b"women" | b"children")
        || (w.len() >= 4
            && w.ends_with(b"s")
            && !w.ends_with(b"ss")
            && !w.ends_with(b"us")
            && !w.ends_with(b"is"))
}

/// The word before `i` is "on": "on August 24 residents were evacuated" is a date.
fn after_on(b: &[u8], i: usize) -> bool {
    let mut k = i;
    while k > 0 && matches!(b[k - 1], b' ' | b'\t') {
        k -= 1;
    }
    k < i
        && k >= 2
        && b[k - 2..k].eq_ignore_ascii_case(b"on")
        && (k == 2 || !b[k - 3].is_ascii_alphanumeric())
}

/// Month first: "December 06, 2022", "Dec. 6", "Sep-23-2020", "january12,2016",
/// "August 9-10, 2023", "December 2022".
pub(super) fn month_first(b: &[u8], i: usize) -> Option<Hit> {
    let (month, e, abbrev) = month_at(b, i)?;
    let mut j = e;
    if abbrev && b.get(j) == Some(&b'.') {
        j += 1;
    }
    let (sep, k) = if is_digit(b, j) {
        (Sep::Spaced, j)
    } else if matches!(b.get(j), Some(b'-' | b'/')) && is_digit(b, j + 1) {
        (Sep::Char(b[j]), j + 1)
    } else {
        (Sep::Spaced, hspace(b, j))
    };
    let day = if k > j || sep != Sep::Spaced || is_digit(b, j) {
        digits(b, k, 2)
    } else {
        None
    };
    if let Some((d, de)) = day {
        let mut end = ordinal(b, de);
        let mut after = end;
        if sep == Sep::Spaced {
            // A day range "9-10" or "9–10": the date is its first day.
            let dash = match b.get(end) {
                Some(b'-') => 1,
                Some(0xE2) if b.get(end + 1) == Some(&0x80) && b.get(end + 2) == Some(&0x93) => 3,
                _ => 0,
            };
            if dash > 0 {
                if let Some((d2, e2)) = digits(b, end + dash, 2) {
                    if d2 > d && number_ends(b, e2) && valid(None, month, d2 as u8) {
                        after = ordinal(b, e2);
                    }
                }
            }
        }
        let glued = is_alpha(b, end) || is_digit(b, end);
        let clock = b.get(end) == Some(&b':') && is_digit(b, end + 1);
        if !glued && !clock {
            let year = year_after(b, after, sep, true, true);
            let d = d as u8;
            match year {
                Some((y, ye)) if valid(Some(y), month, d) => {
                    return Some(Hit {
                        end: ye,
                        year: Some(y),
                        month,
                        day: Some(d),
                    })
                }
                Some(_) => return None,
                None => {
                    end = after;
                    let bad_next = matches!(b.get(end), Some(b',' | b'.')) && is_digit(b, end + 1);
                    if sep == Sep::Spaced
                        && valid(None, month, d)
                        && !bad_next
                        && (after_on(b, i) || !count_follows(b, end))
                    {
                        return Some(Hit {
                            end,
                            year: None,
                            month,
                            day: Some(d),
                        });
                    }
                    return None;
                }
            }
        }
    }
    // Month and year only: "December 2022", "December, 2022", "December of 2022".
    if sep == Sep::Spaced {
        let (y, ye) = year_after(b, j, Sep::Spaced, false, false)?;
        return Some(Hit {
            end: ye,
            year: Some(y),
            month,
            day: None,
        });
    }
    None
}

/// Day first: "6 December 2022", "02nd August, 2023", "4th of july of 1995",
/// "16. Nov. 2016", "05-Aug-2016", "23/Sep/2020", "28 june in 2020", "6 December".
pub(super) fn day_first(b: &[u8], i: usize) -> Option<Hit> {
    let (d, de) = digits(b, i, 2)?;
    let mut j = ordinal(b, de);
    if is_alpha(b, j) || is_digit(b, j) {
        return None;
    }
    let mut dotted = false;
    if j == de && b.get(j) == Some(&b'.') && matches!(b.get(j + 1), Some(b' ')) {
        dotted = true;
        j += 1;
    }
    let (sep, k) = match b.get(j) {
        Some(&c @ (b'-' | b'/')) if !dotted && is_alpha(b, j + 1) => (Sep::Char(c), j + 1),
        _ => {
            let k = hspace(b, j);
            if k == j {
                return None;
            }
            match keyword(b, k, b"of") {
                Some(o) if !dotted => {
                    let l = hspace(b, o);
                    (l > o).then_some((Sep::Spaced, l))?
                }
                _ => (Sep::Spaced, k),
            }
        }
    };
    let (month, me, abbrev) = month_at(b, k)?;
    let mut end = me;
    let has_dot = abbrev && b.get(end) == Some(&b'.');
    if has_dot {
        end += 1;
    }
    let d = d as u8;
    match year_after(b, end, sep, true, true) {
        Some((y, ye)) => valid(Some(y), month, d).then_some(Hit {
            end: ye,
            year: Some(y),
            month,
            day: Some(d),
        }),
        None => {
            let named_well = !abbrev || has_dot;
            (sep == Sep::Spaced && !dotted && named_well && valid(None, month, d)).then_some(Hit {
                end,
                year: None,
                month,
                day: Some(d),
            })
        }
    }
}

/// Numeric dates. Year first: "2023-08-02", "2015/08/12", "2015.5.13", "2016 10 16",
/// "2019-sep-1", "2023-08-02T10:00:00+03:00". Year last: "02/22/2016", "21/04/2016",
/// "21-04-2016", "13.5.2015". Years 1900–2100 only; two-digit years are not dates.
pub(super) fn numeric(b: &[u8], i: usize) -> Option<Hit> {
    let (a, ae) = digits(b, i, 4)?;
    if ae - i == 4 {
        return year_first(b, a as i32, ae);
    }
    if ae - i > 2 {
        return None;
    }
    let c = *b.get(ae)?;
    if !matches!(c, b'/' | b'-' | b'.') {
        return None;
    }
    let (m_or_d, be) = digits(b, ae + 1, 2)?;
    if b.get(be) != Some(&c) {
        return None;
    }
    let (y, ye) = digits(b, be + 1, 4)?;
    if ye - be - 1 != 4 || !number_ends(b, ye) || !(1900..=2100).contains(&y) {
        return None;
    }
    let y = y as i32;
    let (a, m_or_d) = (a as u8, m_or_d as u8);
    // Dots are the European day-first convention; slashes and hyphens month-first
    // unless the first value cannot be a month.
    let (month, day) = if c == b'.' {
        if a <= 12 && m_or_d > 12 {
            (a, m_or_d)
        } else {
            (m_or_d, a)
        }
    } else if a > 12 {
        (m_or_d, a)
    } else {
        (a, m_or_d)
    };
    valid(Some(y), month, day).then_some(Hit {
        end: ye,
        year: Some(y),
        month,
        day: Some(day),
    })
}

fn year_first(b: &[u8], y: i32, ye: usize) -> Option<Hit> {
    if !(1900..=2100).contains(&y) {
        return None;
    }
    let c = *b.get(ye)?;
    if !matches!(c, b'-' | b'/' | b'.' | b' ') {
        return None;
    }
    let (month, me, by_name) = if matches!(c, b'-' | b'/') && is_alpha(b, ye + 1) {
        let (m, e, _) = month_at(b, ye + 1)?;
        (m, e, true)
    } else {
        let (m, e) = digits(b, ye + 1, 2)?;
        if c == b' ' && e - ye - 1 != 2 {
            return None;
        }
        (m as u8, e, false)
    };
    if b.get(me) != Some(&c) {
        return None;
    }
    let (d, de) = digits(b, me + 1, 2)?;
    if c == b' '
        && (de - me - 1 != 2
            || !matches!(
                b.get(de),
                None | Some(b' ' | b',' | b'.' | b';' | b')' | b'\n')
            ))
    {
        return None;
    }
    let d = d as u8;
    if !valid(Some(y), month, d) {
        return None;
    }
    let mut end = de;
    if c == b'-' && !by_name && b.get(de) == Some(&b'T') {
        end = iso_time(b, de + 1)?;
    } else if !number_ends(b, de) || (c != b' ' && b.get(de) == Some(&c) && is_digit(b, de + 1)) {
        return None;
    }
    Some(Hit {
        end,
        year: Some(y),
        month,
        day: Some(d),
    })
}

/// The time part of an ISO timestamp after its `T`: `HH:MM[:SS[.fff]][Z|±HH[:]MM]`.
fn iso_time(b: &[u8], i: usize) -> Option<usize> {
    let (h, he) = digits(b, i, 2)?;
    if he - i != 2 || h > 23 || b.get(he) != Some(&b':') {
        return None;
    }
    let (mi, me) = digits(b, he + 1, 2)?;
    if me - he - 1 != 2 || mi > 59 {
        return None;
    }
    let mut end = me;
    if b.get(end) == Some(&b':') {
        if let Some((s, se)) = digits(b, end + 1, 2) {
            if se - end - 1 == 2 && s <= 60 {
                end = se;
                if b.get(end) == Some(&b'.') {
                    if let Some((_, fe)) = digits(b, end + 1, 9) {
                        end = fe;
                    }
                }
            }
        }
    }
    match b.get(end) {
        Some(b'Z') if !is_alpha(b, end + 1) => end += 1,
        Some(b'+' | b'-') => {
            if let Some((_, oe)) = digits(b, end + 1, 4) {
                if oe - end - 1 == 4 {
                    end = oe;
                } else if oe - end - 1 == 2 {
                    end = oe;
                    if b.get(end) == Some(&b':') {
                        if let Some((_, oe2)) = digits(b, end + 1, 2) {
                            end = oe2;
                        }
                    }
                }
            }
        }
        _ => {}
    }
    Some(end)
}

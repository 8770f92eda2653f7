use super::*;

/// (text of span, iso or "-" when no year) for every date found.
fn found(text: &str) -> Vec<(String, String)> {
    find_dates(text)
        .into_iter()
        .map(|d| {
            let v = match (d.year, d.month, d.day) {
                (None, Some(m), Some(day)) => format!("--{m:02}-{day:02}"),
                _ => d.iso().unwrap_or_else(|| "-".into()),
            };
            (text[d.span.start..d.span.end].to_string(), v)
        })
        .collect()
}

fn one(text: &str, span: &str, iso: &str) {
    assert_eq!(
        found(text),
        vec![(span.to_string(), iso.to_string())],
        "in {text:?}"
    );
}

fn none(text: &str) {
    assert_eq!(found(text), vec![], "in {text:?}");
}

#[test]
fn dateline_month_day_year() {
    one(
        "\n\nDecember 06, 2022\n\n",
        "December 06, 2022",
        "2022-12-06",
    );
}

#[test]
fn abbreviated_month_with_dot() {
    one("Posted Dec. 6, 2022 by staff", "Dec. 6, 2022", "2022-12-06");
    one("on Sept. 30, 2022, Putin", "Sept. 30, 2022", "2022-09-30");
}

#[test]
fn day_month_year() {
    one(
        "on 6 December 2022 the governor",
        "6 December 2022",
        "2022-12-06",
    );
}

#[test]
fn weekday_is_part_of_the_date() {
    one(
        "Tuesday, December 6, 2022 — Belgorod",
        "Tuesday, December 6, 2022",
        "2022-12-06",
    );
    one("Tue, 06 Dec 2022", "Tue, 06 Dec 2022", "2022-12-06");
}

#[test]
fn ordinal_day_and_comma_year() {
    one(
        "MOSCOW (UrduPoint News / Sputnik - 02nd August, 2023) Russia",
        "02nd August, 2023",
        "2023-08-02",
    );
}

#[test]
fn month_day_without_year() {
    one("Shelling on August 9 killed two", "August 9", "--08-09");
    one("On 6 December, the governor said", "6 December", "--12-06");
}

#[test]
fn month_and_year_only() {
    one(
        "forming units in December 2022, with",
        "December 2022",
        "2022-12",
    );
    one("since February of 2022", "February of 2022", "2022-02");
    one("until December, 2022 the", "December, 2022", "2022-12");
    none("through December, 1500 troops");
}

#[test]
fn iso_and_timestamp() {
    one("date: 2023-08-02", "2023-08-02", "2023-08-02");
    one(
        "published 2023-08-02T10:00 local",
        "2023-08-02T10:00",
        "2023-08-02",
    );
    one(
        "\"datePublished\":\"2023-08-02T18:40:00+03:00\"",
        "2023-08-02T18:40:00+03:00",
        "2023-08-02",
    );
}

#[test]
fn numeric_order_forced_by_value_over_twelve() {
    one("back 02/22/2016", "02/22/2016", "2016-02-22");
    one("back 21/04/2016", "21/04/2016", "2016-04-21");
    one("on 21-04-2016", "21-04-2016", "2016-04-21");
}

#[test]
fn ambiguous_numeric_order() {
    one("on 03/04/2016", "03/04/2016", "2016-03-04");
    one("on 03.04.2016", "03.04.2016", "2016-04-03");
}

#[test]
fn published_line_keeps_the_time_apart() {
    let t = "Fahad Shabbir (@FahadShabbir) Published August 02, 2023 | 06:40 PM";
    one(t, "August 02, 2023", "2023-08-02");
    let times = find_times(t);
    assert_eq!(times.len(), 1);
    assert_eq!(&t[times[0].span.start..times[0].span.end], "06:40 PM");
    assert_eq!((times[0].hour, times[0].minute), (18, 40));
}

#[test]
fn adjacent_clock_time_joins_the_date() {
    one(
        "Brunch at 13:00 February 28, 2013",
        "13:00 February 28, 2013",
        "2013-02-28",
    );
    assert_eq!(
        found("23.04.2022 14:55\n30.04.2022 12:04"),
        vec![
            ("23.04.2022 14:55".into(), "2022-04-23".into()),
            ("30.04.2022 12:04".into(), "2022-04-30".into())
        ]
    );
}

#[test]
fn bare_years_are_not_dates() {
    none("Self-defense battalions were formed in 2022 and comprise 2,092 people.");
    none("between 2014 and 2016");
}

#[test]
fn year_next_to_count_is_not_a_date() {
    none("in 2022 10 people were wounded");
    none("in 2022 10 12-year-olds");
}

#[test]
fn counts_after_a_month_name() {
    // "25 soldiers": the number counts soldiers, not a day.
    none("In August 25 soldiers were killed");
    none("In December 300 people left");
    // After "on" the month and number are a date.
    one(
        "On August 24 residents were evacuated",
        "August 24",
        "--08-24",
    );
}

#[test]
fn month_words_that_are_verbs() {
    none("residents may 4 times a day");
    none("they march 5 km");
    one("on May 9, 2023 parades", "May 9, 2023", "2023-05-09");
}

#[test]
fn invalid_dates_are_rejected() {
    none("feb 30 2019");
    none("2/29/2019");
    one("2/29/2020", "2/29/2020", "2020-02-29");
    none("13/13/2016");
    none("on 2023-13-02");
}

#[test]
fn two_digit_years_are_not_dates() {
    none("back 21/04/16");
    none("score 3-7-07");
}

#[test]
fn aircraft_and_fractions_are_not_dates() {
    none("a Su-34 bomber and 1/2 of the units, 3,000 troops, 1.5 km");
}

#[test]
fn money_banner_is_not_a_date() {
    none("This commitment costs us $10,000 a month.");
    one(
        "Since July 1, 2024, we have disabled all ads",
        "July 1, 2024",
        "2024-07-01",
    );
}

#[test]
fn day_range_gives_first_day() {
    one(
        "talks on August 9-10, 2023 in Minsk",
        "August 9-10, 2023",
        "2023-08-09",
    );
    one("on May 3–5 the region", "May 3–5", "--05-03");
}

#[test]
fn of_and_in_connectors() {
    one("july 4th of 1995", "july 4th of 1995", "1995-07-04");
    one("4th of july of 1995", "4th of july of 1995", "1995-07-04");
    one(
        "to China on 28 june in 2020.",
        "28 june in 2020",
        "2020-06-28",
    );
}

#[test]
fn glued_and_spaced_commas() {
    one("back january12,2016", "january12,2016", "2016-01-12");
    one("on Dec31 , 1994", "Dec31 , 1994", "1994-12-31");
}

#[test]
fn hyphen_and_slash_with_month_names() {
    one(
        "The date should be 05-Aug-2016",
        "05-Aug-2016",
        "2016-08-05",
    );
    one("back 23/Sep/2020", "23/Sep/2020", "2020-09-23");
    one("back 2019-sep-1.", "2019-sep-1", "2019-09-01");
    one("back Sep-23-2020.", "Sep-23-2020", "2020-09-23");
}

#[test]
fn european_dotted_forms() {
    one("16. Nov. 2016", "16. Nov. 2016", "2016-11-16");
    one("free on 13.5.2015?", "13.5.2015", "2015-05-13");
    one("on 2015.5.13?", "2015.5.13", "2015-05-13");
}

#[test]
fn sentence_ending_number_is_not_a_dotted_day() {
    // "16." ends a sentence; without a year "16. November" is not taken as a date.
    none("The toll rose to 16. November saw more");
}

#[test]
fn old_year_with_month_name() {
    one("a meeting 5 December 1391", "5 December 1391", "1391-12-05");
    // An out-of-range "year" followed by a noun is a count.
    one("on Aug. 9, 1500 troops", "Aug. 9", "--08-09");
}

#[test]
fn thousands_after_a_date_stay_numbers() {
    one("On August 9, 2,000 people marched", "August 9", "--08-09");
}

#[test]
fn dates_inside_file_names_and_paths() {
    one("sales_report-2002-10-09.xlsx", "2002-10-09", "2002-10-09");
    one("-2020-07-01-", "2020-07-01", "2020-07-01");
    one(
        "https://www.themoscowtimes.com/2022/12/06/belgorod-a79616",
        "2022/12/06",
        "2022-12-06",
    );
}

#[test]
fn url_dates() {
    let u = "https://www.themoscowtimes.com/2022/12/06/belgorod-region-governor-a79616";
    let d = date_in_url(u).unwrap();
    assert_eq!(d.iso().as_deref(), Some("2022-12-06"));
    assert_eq!(&u[d.span.start..d.span.end], "2022/12/06");
    let d = date_in_url("https://ria.ru/20230802/belgorod-1887000000.html").unwrap();
    assert_eq!(d.iso().as_deref(), Some("2023-08-02"));
    let d = date_in_url("https://example.com/news/2022-12-06-belgorod").unwrap();
    assert_eq!(d.iso().as_deref(), Some("2022-12-06"));
    let d = date_in_url("https://blog.example.org/2023/05/kursk-militia/").unwrap();
    assert_eq!(d.iso().as_deref(), Some("2023-05"));
    assert_eq!(date_in_url("https://example.com/news/a79616"), None);
    assert_eq!(date_in_url("https://example.com/item/12345678/"), None);
}

#[test]
fn url_dates_at_a_slugs_end() {
    let u = "https://www.afp.com/en/news/russia-kursk-residents-flee-20240812";
    assert_eq!(date_in_url(u).unwrap().iso().as_deref(), Some("2024-08-12"));
    let u = "https://example.com/story/kursk_militia_20230315.html";
    assert_eq!(date_in_url(u).unwrap().iso().as_deref(), Some("2023-03-15"));
    let u = "https://example.com/a/belgorod-units-20221206/?utm=x";
    assert_eq!(date_in_url(u).unwrap().iso().as_deref(), Some("2022-12-06"));
    // traps: an article number of eight digits, a month 13, a number run on
    assert_eq!(date_in_url("https://example.com/news-12345678"), None);
    assert_eq!(date_in_url("https://example.com/news-20241312"), None);
    assert_eq!(date_in_url("https://example.com/news-202408121"), None);
}

#[test]
fn times_of_day() {
    let t = "at 6 p.m. and 18:40, then 11am, 10:00 GMT and 7 A.M.; 12 a.m. too";
    let got: Vec<(&str, u8, u8)> = find_times(t)
        .iter()
        .map(|x| (&t[x.span.start..x.span.end], x.hour, x.minute))
        .collect();
    assert_eq!(
        got,
        vec![
            ("6 p.m.", 18, 0),
            ("18:40", 18, 40),
            ("11am", 11, 0),
            ("10:00 GMT", 10, 0),
            ("7 A.M.", 7, 0),
            ("12 a.m.", 0, 0)
        ]
    );
}

#[test]
fn not_times() {
    assert!(find_times("a 1:1 meeting, at 6 people, 25:00, 3,000 troops, score 3:5").is_empty());
    assert!(find_times("In 2022 the 12:345 code").is_empty());
}

#[test]
fn resolve_with_reference_year() {
    let d = find_dates("on August 9")[0];
    assert_eq!(resolve(d, 2023).iso().as_deref(), Some("2023-08-09"));
    let feb29 = find_dates("on February 29")[0];
    assert_eq!(resolve(feb29, 2023).year, None);
    let full = find_dates("on August 9, 2021")[0];
    assert_eq!(resolve(full, 2023), full);
}

#[test]
fn resolve_nearest_crosses_new_year() {
    let dec = find_dates("on December 28")[0];
    assert_eq!(
        resolve_nearest(dec, (2023, 1, 5)).iso().as_deref(),
        Some("2022-12-28")
    );
    let jan = find_dates("on January 3")[0];
    assert_eq!(
        resolve_nearest(jan, (2022, 12, 20)).iso().as_deref(),
        Some("2023-01-03")
    );
    assert_eq!(
        resolve_nearest(jan, (2022, 6, 1)).iso().as_deref(),
        Some("2022-01-03")
    );
}

#[test]
fn parse_whole_string() {
    assert_eq!(
        parse_date("  August 02, 2023 ").unwrap().iso().as_deref(),
        Some("2023-08-02")
    );
    assert!(parse_date("Published August 02, 2023").is_none());
    assert_eq!(
        parse_date("Tue, 06 Dec 2022 10:00")
            .unwrap()
            .iso()
            .as_deref(),
        Some("2022-12-06")
    );
}

#[test]
fn several_dates_in_order() {
    let t = "From May 10, 2023 to 2023-06-01 and again on 6 December.";
    assert_eq!(
        found(t),
        vec![
            ("May 10, 2023".into(), "2023-05-10".into()),
            ("2023-06-01".into(), "2023-06-01".into()),
            ("6 December".into(), "--12-06".into())
        ]
    );
}

#[test]
fn curly_text_and_non_ascii_offsets() {
    let t = "“Tanks” — on 6 December 2022 Gladkov’s order";
    let d = find_dates(t);
    assert_eq!(d.len(), 1);
    assert_eq!(&t[d[0].span.start..d[0].span.end], "6 December 2022");
}

#[test]
fn no_break_space_between_parts() {
    one(
        "on December\u{a0}6,\u{a0}2022",
        "December\u{a0}6,\u{a0}2022",
        "2022-12-06",
    );
}

#[test]
fn month_names() {
    assert_eq!(month_name("Sept"), Some((9, true)));
    assert_eq!(month_name("DECEMBER"), Some((12, false)));
    assert_eq!(month_name("may"), None);
    assert_eq!(month_name("Junior"), None);
    assert_eq!(days_in_month(Some(2024), 2), 29);
    assert_eq!(days_in_month(Some(2023), 2), 28);
}

#[test]
fn linear_on_pathological_input() {
    let s = "May ".repeat(50_000) + &"1/".repeat(50_000) + &"December, ".repeat(50_000);
    let t = std::time::Instant::now();
    let _ = find_dates(&s);
    let _ = find_times(&s);
    assert!(t.elapsed().as_secs_f64() < 1.0);
}

#[test]
fn russian_month_names_in_a_kept_dateline() {
    one("05 сентября 2023, 09:15", "05 сентября 2023", "2023-09-05");
    one("Опубликовано 1 марта 2024", "1 марта 2024", "2024-03-01");
    one("12 Декабря 2022", "12 Декабря 2022", "2022-12-12");
    // Not a month: another Russian word after a number, a bare month without a day.
    none("5 человек погибли");
    none("in сентябре");
    // A day that the month does not have.
    none("31 июня 2023");
}

#[test]
fn url_dates_with_the_month_as_a_word() {
    // The Guardian writes the month as a lower-case word: "/2023/may/23/"
    let u = "https://www.theguardian.com/world/2023/may/23/belgorod-raid-graivoron";
    let d = date_in_url(u).unwrap();
    assert_eq!(d.iso().as_deref(), Some("2023-05-23"));
    assert_eq!(&u[d.span.start..d.span.end], "2023/may/23");
    let u = "https://www.theguardian.com/world/live/2024/aug/09/russia-kursk-live";
    assert_eq!(date_in_url(u).unwrap().iso().as_deref(), Some("2024-08-09"));
    let u = "https://example.com/news/2023/March/3/kursk";
    assert_eq!(date_in_url(u).unwrap().iso().as_deref(), Some("2023-03-03"));
    let u = "https://example.com/2022/sept/30/";
    assert_eq!(date_in_url(u).unwrap().iso().as_deref(), Some("2022-09-30"));
    // traps: no such day, a word that is no month, a slug after the year
    assert_eq!(date_in_url("https://example.com/2023/feb/30/x"), None);
    assert_eq!(date_in_url("https://example.com/2023/news/23/x"), None);
    assert_eq!(
        date_in_url("https://example.com/2023/may-day-parade/"),
        None
    );
    assert_eq!(date_in_url("https://example.com/2023/mayor/12/x"), None);
}

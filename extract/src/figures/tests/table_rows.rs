//! Tables written as text lines: a bare number means what its column header says, or
//! the caption for year columns; the row label names the region; cells with their
//! own nouns read as sentences. Traps: tickers, spaced menus, two-line "tables", a
//! year header with no caption unit, list numbering.

use super::*;
use crate::model::Category::*;

fn rows(text: &str) -> Vec<(String, Option<f64>, Category, Option<String>)> {
    run(text)
        .into_iter()
        .map(|f| (f.text, f.value, f.category, f.region))
        .collect()
}

fn r(t: &str, v: f64, c: Category, reg: &str) -> (String, Option<f64>, Category, Option<String>) {
    (t.to_string(), Some(v), c, Some(reg.to_string()))
}

#[test]
fn column_headers_give_bare_numbers_their_meaning() {
    let t = "Region     Volunteers     Wounded     Killed\n\
             Kursk      1,800          14          3\n\
             Bryansk    950            n/a         2\n";
    assert_eq!(
        rows(t),
        vec![
            r("1,800", 1800.0, Personnel, "Kursk"),
            r("14", 14.0, Injured, "Kursk"),
            r("3", 3.0, Killed, "Kursk"),
            r("950", 950.0, Personnel, "Bryansk"),
            r("2", 2.0, Killed, "Bryansk"),
        ]
    );
}

#[test]
fn strength_columns_are_personnel_and_shorthand_qualifiers_count() {
    let t = "Region      Units           Strength\n\
             Belgorod    9 battalions    2,500+\n\
             Voronezh    40 detachments  ~1,900\n";
    let f = run(t);
    assert_eq!(f.len(), 4, "{f:#?}");
    check(
        &f[0],
        "9 battalions",
        Some(9.0),
        Qualifier::Exact,
        "battalion",
        Units,
        Some("Belgorod"),
    );
    check(
        &f[1],
        "2,500+",
        Some(2500.0),
        Qualifier::MoreThan,
        "person",
        Personnel,
        Some("Belgorod"),
    );
    check(
        &f[2],
        "40 detachments",
        Some(40.0),
        Qualifier::Exact,
        "detachment",
        Units,
        Some("Voronezh"),
    );
    check(
        &f[3],
        "~1,900",
        Some(1900.0),
        Qualifier::Approximately,
        "person",
        Personnel,
        Some("Voronezh"),
    );
}

#[test]
fn year_columns_take_the_caption_unit_and_scale() {
    let t = "Table 3. Spending on the volunteer units, million rubles\n\n\
             Region     2022     2023\n\
             Kursk      210      455\n\
             Belgorod   600      1,020\n";
    let f = run(t);
    let got: Vec<_> = f
        .iter()
        .map(|f| (f.value, f.category, f.unit.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            (Some(210e6), Other, "ruble"),
            (Some(455e6), Other, "ruble"),
            (Some(600e6), Other, "ruble"),
            (Some(1020e6), Other, "ruble"),
        ]
    );
    assert_eq!(f[3].region.as_deref(), Some("Belgorod"));
}

#[test]
fn a_year_column_without_a_caption_unit_gives_nothing() {
    // Years say when, not what: without a caption there is no counted thing.
    let t = "Region     2022     2023\nKursk      210      455\nBelgorod   600      1,020\n";
    none(t);
}

#[test]
fn pipe_tables_read_the_same() {
    let t = "| Oblast | Evacuees | Killed |\n|---|---|---|\n| Sumy | 4,100 | 6 |\n| Kharkiv | 12,000 | 19 |\n";
    let got: Vec<_> = run(t)
        .into_iter()
        .map(|f| (f.value, f.category, f.region))
        .collect();
    assert_eq!(
        got,
        vec![
            (Some(4100.0), Other, Some("Sumy".to_string())),
            (Some(6.0), Killed, Some("Sumy".to_string())),
            (Some(12000.0), Other, Some("Kharkiv".to_string())),
            (Some(19.0), Killed, Some("Kharkiv".to_string())),
        ]
    );
}

#[test]
fn a_row_label_that_is_not_a_region_keeps_the_context_region() {
    let t = "The Kursk region reported its drone losses by district.\n\
             District      Drones downed     Houses damaged\n\
             Sudzha        31                12\n\
             Rylsk         8                 4\n";
    let got: Vec<_> = run(t)
        .into_iter()
        .map(|f| (f.value, f.category, f.region))
        .collect();
    let k = || Some("Kursk".to_string());
    assert_eq!(
        got,
        vec![
            (Some(31.0), Equipment, k()),
            (Some(12.0), Other, k()),
            (Some(8.0), Equipment, k()),
            (Some(4.0), Other, k()),
        ]
    );
}

#[test]
fn tickers_and_spaced_menus_are_not_tables() {
    use crate::figures::table::find;
    // A ticker: signed changes are not values, and its first line is a row.
    assert!(
        find("Brent   78.5   +0.4%\nGold   2,029   -0.1%\nUSD/RUB   88.3   +0.2%\n").is_empty()
    );
    assert!(find("Weather: -3 °C   USD 92.4   EUR 99.1\n").is_empty());
    // A menu over a menu: no values in the rows.
    assert!(
        find("News   Video   Opinion\nSport   Weather   Games\nAbout   Jobs   Contact\n")
            .is_empty()
    );
    none("News   Video   Opinion   Sport");
    // Two lines are not enough for a table.
    none("Name      Age\nIvanov    52\n");
}

#[test]
fn text_lines_with_double_spaces_are_still_sentences() {
    // A typist's double space after a full stop is not a column.
    let f = run("Twelve drones were downed.  Four houses burned.\nThe governor said 30 fighters joined.  More were expected.\nNo one was hurt.\n");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.category)).collect();
    assert_eq!(
        got,
        vec![
            (Some(12.0), Equipment),
            (Some(4.0), Other),
            (Some(30.0), Personnel)
        ]
    );
}

#[test]
fn header_meanings() {
    use crate::figures::table::meaning;
    let m = |h: &str, c: &str| meaning(h, c).map(|m| (m.unit, m.category, m.scale));
    assert_eq!(
        m("Members killed", ""),
        Some(("member".into(), Killed, 1.0))
    );
    assert_eq!(
        m("Declared strength", ""),
        Some(("person".into(), Personnel, 1.0))
    );
    assert_eq!(
        m("Budget, million rubles", ""),
        Some(("ruble".into(), Other, 1e6))
    );
    assert_eq!(
        m("Share of plan, %", ""),
        Some(("percent".into(), Other, 1.0))
    );
    assert_eq!(m("Tanks lost", ""), Some(("tank".into(), Equipment, 1.0)));
    assert_eq!(
        m("Members", "Militia headcount"),
        Some(("member".into(), Personnel, 1.0))
    );
    assert_eq!(
        m("Residents", "Evacuation centres"),
        Some(("resident".into(), Other, 1.0))
    );
    assert_eq!(m("2024 (plan)", ""), None);
}

#[test]
fn a_caption_scale_applies_to_columns_of_its_kind_and_to_fractions() {
    let t = "Table 2. Volunteer militias, thousand people\n\n\
             Region\tMembers\tKilled\n\
             Kursk\t2.4\t12\n\
             Belgorod\t3\t21\n";
    let got: Vec<_> = run(t).into_iter().map(|f| (f.value, f.category)).collect();
    assert_eq!(
        got,
        vec![
            (Some(2400.0), Personnel),
            (Some(12.0), Killed),
            (Some(3000.0), Personnel),
            (Some(21.0), Killed),
        ]
    );
}

#[test]
fn column_gaps_are_found_at_any_offset() {
    use crate::figures::table::has_gap;
    for n in 0..20 {
        let pad = "x".repeat(n);
        assert!(has_gap(&format!("{pad}a  b")), "{n}");
        assert!(has_gap(&format!("{pad}a\tb")), "{n}");
        assert!(!has_gap(&format!("{pad}a b c! d")), "{n}");
        assert!(!has_gap(&format!("{pad}a ! b")), "{n}");
    }
    assert!(!has_gap("one two three four five six seven eight nine ten"));
    assert!(has_gap("one two three four five six seven  eight"));
}

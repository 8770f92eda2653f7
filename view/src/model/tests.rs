use super::*;
use crate::data::Corpus;
use tally_extract::{Article, Category, Figure, Qualifier, Span};

fn fig(value: f64, cat: Category, region: Option<&str>, q: Qualifier) -> Figure {
    Figure {
        text: format!("{value} people"),
        value: Some(value),
        low: None,
        high: None,
        qualifier: q,
        unit: "person".into(),
        category: cat,
        region: region.map(str::to_string),
        sentence: "s".into(),
        span: Span::default(),
        sentence_span: Span::default(),
    }
}

fn art(
    id: &str,
    date: Option<&str>,
    regions: &[&str],
    figures: Vec<Figure>,
    dup: Option<&str>,
) -> (Article, String) {
    (
        Article {
            id: id.into(),
            title: Some(format!("Title {id}")),
            date: date.map(str::to_string),
            source: None,
            url: None,
            regions: regions.iter().map(|r| r.to_string()).collect(),
            duplicate_of: dup.map(str::to_string),
            figures,
            furniture: vec![],
            metadata_spans: vec![],
            warnings: vec![],
        },
        format!("Body of {id} about drones"),
    )
}

fn corpus() -> Indexed {
    use Category::*;
    use Qualifier::*;
    Corpus::new(
        vec![
            art(
                "a",
                Some("2022-12-06"),
                &["Belgorod"],
                vec![fig(7.0, Units, Some("Belgorod"), Exact)],
                None,
            ),
            art(
                "b",
                None,
                &["Belgorod"],
                vec![fig(7.0, Units, Some("Belgorod"), Exact)],
                Some("a"),
            ),
            art(
                "c",
                Some("2023-08-02"),
                &["Belgorod", "Kursk"],
                vec![
                    fig(2092.0, Personnel, Some("Belgorod"), Exact),
                    fig(3000.0, Personnel, Some("Kursk"), UpTo),
                ],
                None,
            ),
            art(
                "d",
                None,
                &["Belgorod", "Kursk"],
                vec![
                    fig(16.0, Killed, Some("Belgorod"), Exact),
                    fig(50.0, Equipment, None, MoreThan),
                ],
                None,
            ),
            art(
                "e",
                Some("2024-03"),
                &["Kursk"],
                vec![fig(100.0, Injured, Some("Kursk"), Approximately)],
                None,
            ),
        ],
        vec![],
    )
    .into()
}

fn values(c: &Indexed, f: &Filters) -> Vec<f64> {
    visible_figures(c, f)
        .iter()
        .map(|r| r.get(c).1.value.unwrap())
        .collect()
}

#[test]
fn query_round_trips() {
    let q = "?region=Kursk&region=Belgorod&from=2023-01-01&to=2023-12-31&undated=exclude&category=killed&q=two+words%26more&sort=-value&article=c&figure=1&series=region";
    let f = Filters::from_query(q);
    assert_eq!(f.regions, vec!["Kursk", "Belgorod"]);
    assert_eq!(f.from.as_deref(), Some("2023-01-01"));
    assert_eq!(f.to.as_deref(), Some("2023-12-31"));
    assert!(f.exclude_undated);
    assert_eq!(f.categories, vec![Category::Killed]);
    assert_eq!(f.q, "two words&more");
    assert_eq!(f.sort.as_deref(), Some("-value"));
    assert_eq!(f.article.as_deref(), Some("c"));
    assert_eq!(f.figure, Some(1));
    assert!(f.series_by_region);
    let r = f.reset();
    assert!(r.is_unfiltered() && r.article.as_deref() == Some("c") && r.sort == f.sort);
    assert_eq!(
        Filters::default().reading("x", Some(2)).to_query(),
        "?article=x&figure=2"
    );
    assert_eq!(f.to_query(), q);
    assert_eq!(Filters::from_query(&f.to_query()), f);
}

#[test]
fn default_filters_have_an_empty_query() {
    assert_eq!(Filters::default().to_query(), "");
    assert_eq!(Filters::from_query(""), Filters::default());
    assert_eq!(Filters::from_query("?"), Filters::default());
}

#[test]
fn malformed_values_are_ignored() {
    let f =
        Filters::from_query("?from=2023-13-01&to=yesterday&category=nonsense&region=&zzz=1&%ZZ=3");
    assert_eq!(f, Filters::default());
}

#[test]
fn non_ascii_survives_the_url() {
    let f = Filters {
        q: "Шебекино “quoted”".into(),
        ..Filters::default()
    };
    assert_eq!(Filters::from_query(&f.to_query()).q, f.q);
}

#[test]
fn unfiltered_shows_every_original_and_all_their_figures() {
    let c = corpus();
    let f = Filters::default();
    let arts: Vec<usize> = visible_articles(&c, &f).iter().map(|r| r.index).collect();
    assert_eq!(arts, vec![0, 2, 3, 4], "the copy b is folded into a");
    assert_eq!(c.articles[0].copies, vec!["b"]);
    assert_eq!(
        copy_labels(&c, &c.articles[0]),
        vec![("b".to_string(), "Title b".to_string())]
    );
    // the copy's figure is not counted twice
    assert_eq!(visible_figures(&c, &f).len(), 6);
}

#[test]
fn region_filter_keeps_only_that_regions_figures() {
    let c = corpus();
    let f = Filters::from_query("?region=Kursk");
    assert_eq!(values(&c, &f), vec![3000.0, 100.0]);
    let arts: Vec<usize> = visible_articles(&c, &f).iter().map(|r| r.index).collect();
    assert_eq!(arts, vec![2, 3, 4]);
}

#[test]
fn several_regions_combine() {
    let c = corpus();
    let f = Filters::from_query("?region=Kursk&region=Belgorod");
    assert_eq!(
        visible_figures(&c, &f).len(),
        5,
        "the region-less figure is out"
    );
}

#[test]
fn date_range_excludes_outside_and_follows_the_undated_choice() {
    let c = corpus();
    let f = Filters::from_query("?from=2023-01-01&to=2023-12-31");
    // c is in range; d is undated and included by default; a and e are out
    assert_eq!(values(&c, &f), vec![2092.0, 3000.0, 16.0, 50.0]);
    let f = Filters::from_query("?from=2023-01-01&to=2023-12-31&undated=exclude");
    assert_eq!(values(&c, &f), vec![2092.0, 3000.0]);
}

#[test]
fn month_dates_overlap_the_range() {
    let c = corpus();
    let f = Filters::from_query("?from=2024-03-15&undated=exclude");
    assert_eq!(values(&c, &f), vec![100.0]);
    let f = Filters::from_query("?to=2024-02-29&undated=exclude");
    assert!(!values(&c, &f).contains(&100.0));
}

#[test]
fn a_copy_is_shown_under_its_originals_date() {
    let c = corpus();
    assert_eq!(shown_date(&c, 1), Some("2022-12-06"));
    assert_eq!(shown_date(&c, 3), None);
}

#[test]
fn category_and_search_filter() {
    let c = corpus();
    assert_eq!(
        values(
            &c,
            &Filters::from_query("?category=killed&category=injured")
        ),
        vec![100.0, 16.0]
    );
    assert_eq!(
        visible_figures(&c, &Filters::from_query("?q=TITLE+c")).len(),
        2,
        "the headline is searched, case aside"
    );
    assert_eq!(
        visible_figures(&c, &Filters::from_query("?q=BODY+OF+c")).len(),
        2,
        "the text is searched when it is in memory"
    );
    let mut index_only: Corpus = (*c.corpus).clone();
    for e in &mut index_only.articles {
        e.body = crate::data::Body::Shard {
            file: 0,
            start: 0,
            len: 0,
        };
    }
    let index_only = Indexed::from(index_only);
    assert!(visible_figures(&index_only, &Filters::from_query("?q=BODY+OF+c")).is_empty());
    assert_eq!(
        visible_figures(&index_only, &Filters::from_query("?q=title+C")).len(),
        2,
        "without the texts, the index is searched"
    );
    let in_belgorod: usize = c
        .articles
        .iter()
        .filter(|e| {
            e.article.duplicate_of.is_none() && e.article.regions.iter().any(|r| r == "Belgorod")
        })
        .map(|e| e.article.figures.len())
        .sum();
    assert!(in_belgorod > 0);
    assert_eq!(
        visible_figures(&c, &Filters::from_query("?q=belgorod")).len(),
        in_belgorod,
        "the regions an article names are searched"
    );
    assert!(visible_figures(&c, &Filters::from_query("?q=nowhere")).is_empty());
}

#[test]
fn sorting_by_value_both_ways_and_undated_last_by_date() {
    let c = corpus();
    assert_eq!(
        values(&c, &Filters::from_query("?sort=value")),
        vec![7.0, 16.0, 50.0, 100.0, 2092.0, 3000.0]
    );
    assert_eq!(
        values(&c, &Filters::from_query("?sort=-value")),
        vec![3000.0, 2092.0, 100.0, 50.0, 16.0, 7.0]
    );
    let by_date = values(&c, &Filters::default());
    assert_eq!(by_date, vec![7.0, 2092.0, 3000.0, 100.0, 16.0, 50.0]);
}

#[test]
fn values_read_as_a_reader_says_them() {
    let mut f = fig(100.0, Category::Injured, None, Qualifier::Approximately);
    assert_eq!(describe_value(&f), "about 100");
    f.qualifier = Qualifier::UpTo;
    f.value = Some(3000.0);
    assert_eq!(describe_value(&f), "up to 3,000");
    f.qualifier = Qualifier::MoreThan;
    f.value = Some(50.0);
    assert_eq!(describe_value(&f), "more than 50");
    f.qualifier = Qualifier::Range;
    f.low = Some(20.0);
    f.high = Some(30.0);
    assert_eq!(describe_value(&f), "20–30");
    f.qualifier = Qualifier::Vague;
    f.value = None;
    f.low = Some(2000.0);
    f.text = "thousands of troops".into();
    assert_eq!(describe_value(&f), "thousands (vague, ≥ 2,000)");
    assert_eq!(format_number(2092.0), "2,092");
    assert_eq!(format_number(1_500_000.0), "1,500,000");
    assert_eq!(format_number(1.5), "1.5");
}

#[test]
fn titles_fall_back_to_the_first_words_outside_furniture() {
    let (a, t) = art("x", None, &[], vec![], None);
    let _ = t;
    let mut a = a;
    a.title = None;
    a.furniture = vec![Span::new(0, 14)];
    let text = "Support us now\nIn the Belgorod region, which sits along the border with Ukraine, there are plans to bolster defence";
    assert_eq!(
        crate::data::label(&a, text),
        "In the Belgorod region, which sits along the border with Ukraine, there …"
    );
}

#[test]
fn region_facets_count_figures_under_the_other_filters() {
    let c = corpus();
    let counts = region_facets(&c, &Filters::default());
    assert_eq!(
        counts,
        vec![("Belgorod".to_string(), 3), ("Kursk".to_string(), 2)]
    );
    // choosing Kursk does not zero Belgorod's count: facets ignore their own filter
    assert_eq!(
        region_facets(&c, &Filters::from_query("?region=Kursk")),
        counts
    );
    let dated = region_facets(&c, &Filters::from_query("?undated=exclude&from=2023-01-01"));
    assert_eq!(
        dated,
        vec![("Kursk".to_string(), 2), ("Belgorod".to_string(), 1)]
    );
    let chosen = region_facets(&c, &Filters::from_query("?region=Sumy"));
    assert!(
        chosen.contains(&("Sumy".to_string(), 0)),
        "a chosen region stays listed"
    );
}

#[test]
fn category_facets_ignore_the_category_filter() {
    let c = corpus();
    let f = Filters::from_query("?category=killed&region=Belgorod");
    let counts = category_facets(&c, &f);
    assert_eq!(
        counts.iter().find(|x| x.0 == Category::Killed).unwrap().1,
        1
    );
    assert_eq!(
        counts
            .iter()
            .find(|x| x.0 == Category::Personnel)
            .unwrap()
            .1,
        1
    );
    assert_eq!(counts.iter().find(|x| x.0 == Category::Units).unwrap().1, 1);
}

#[test]
fn the_histogram_counts_articles_per_month_with_empty_months() {
    let c = corpus();
    let h = date_histogram(&c, &Filters::from_query("?from=2030-01-01"));
    assert_eq!(h.undated, 1, "the undated original d");
    assert_eq!(h.months.first().unwrap(), &("2022-12".to_string(), 1));
    assert_eq!(h.months.last().unwrap(), &("2024-03".to_string(), 1));
    assert_eq!(h.months.len(), 16);
    assert_eq!(h.months.iter().map(|m| m.1).sum::<usize>(), 3);
    let k = date_histogram(&c, &Filters::from_query("?region=Kursk"));
    assert_eq!(k.months.iter().map(|m| m.1).sum::<usize>(), 2);
}

#[test]
fn months_have_their_last_day() {
    assert_eq!(
        month_range("2024-02"),
        ("2024-02-01".into(), "2024-02-29".into())
    );
    assert_eq!(month_range("2023-02").1, "2023-02-28");
    assert_eq!(month_range("2023-11").1, "2023-11-30");
    assert_eq!(page_count(0), 1);
    assert_eq!(page_count(50), 1);
    assert_eq!(page_count(51), 2);
}

#[test]
fn fold_agrees_with_unicode_lower_case_in_latin_greek_and_cyrillic() {
    let ranges = ['A'..='Z', 'À'..='Þ', 'Α'..='Ω', 'Ѐ'..='Я', 'Ґ'..='Ґ'];
    for c in ranges.into_iter().flatten() {
        let std: Vec<char> = c.to_lowercase().collect();
        if std.len() == 1 && char::from_u32(c as u32).is_some() && c != '\u{3a2}' {
            assert_eq!(fold(c), std[0], "{c}");
        }
    }
    assert_eq!(fold('×'), '×');
    assert_eq!(fold('7'), '7');
    assert_eq!(fold('ж'), 'ж');
}

#[test]
fn search_ignores_case_in_cyrillic_too() {
    assert!(contains_ci("В Белгородской области", "белгородской"));
    assert!(contains_ci("ШЕБЕКИНО", "Шебекино"));
    assert!(!contains_ci("Курск", "Белгород"));
    assert!(contains_ci("Ще", ""));
    assert!(contains_ci("Grayvoron, CAFÉ", "café"));
}

use super::*;
use crate::data::Corpus;
use crate::model::{visible_figures, Filters, Indexed};
use tally_extract::{Article, Figure, Span};

fn corpus() -> Indexed {
    let fig = |v: f64,
               q: Qualifier,
               low: Option<f64>,
               high: Option<f64>,
               region: Option<&str>,
               c: Category| Figure {
        text: "t".into(),
        value: if q == Qualifier::Vague { None } else { Some(v) },
        low,
        high,
        qualifier: q,
        unit: "u".into(),
        category: c,
        region: region.map(str::to_string),
        sentence: "s".into(),
        span: Span::default(),
        sentence_span: Span::default(),
    };
    let art = |id: &str, date: Option<&str>, figures: Vec<Figure>| Article {
        id: id.into(),
        title: None,
        date: date.map(str::to_string),
        source: None,
        url: None,
        regions: vec![],
        duplicate_of: None,
        figures,
        furniture: vec![],
        metadata_spans: vec![],
        warnings: vec![],
    };
    use Qualifier::*;
    Corpus::new(
        vec![
            (
                art(
                    "a",
                    Some("2022-12-06"),
                    vec![fig(
                        7.0,
                        Exact,
                        None,
                        None,
                        Some("Belgorod"),
                        Category::Units,
                    )],
                ),
                String::new(),
            ),
            (
                art(
                    "b",
                    Some("2023-08-02"),
                    vec![
                        fig(
                            2092.0,
                            Exact,
                            None,
                            None,
                            Some("Belgorod"),
                            Category::Personnel,
                        ),
                        fig(
                            20.0,
                            Range,
                            Some(20.0),
                            Some(30.0),
                            Some("Kursk"),
                            Category::Killed,
                        ),
                        fig(0.0, Vague, None, None, None, Category::Units),
                    ],
                ),
                String::new(),
            ),
            (
                art(
                    "c",
                    None,
                    vec![fig(
                        50.0,
                        MoreThan,
                        Some(50.0),
                        None,
                        None,
                        Category::Equipment,
                    )],
                ),
                String::new(),
            ),
        ],
        vec![],
    )
    .into()
}

#[test]
fn points_fall_inside_the_plot_in_date_order_and_undated_apart() {
    let c = corpus();
    let rows = visible_figures(&c, &Filters::default());
    let p = layout(&c, &rows, false);
    assert_eq!(p.unplotted, 1, "the vague figure without a bound");
    assert_eq!(p.points.len(), 4);
    assert!(p.log, "7 to 2,092 spans orders of magnitude");
    for pt in &p.points {
        assert!(
            pt.x >= LEFT && pt.x <= WIDTH && pt.y >= TOP - 1e-9 && pt.y <= HEIGHT - BOTTOM + 1e-9,
            "{pt:?}"
        );
    }
    let dated: Vec<&Point> = p.points.iter().filter(|p| !p.undated).collect();
    assert!(dated[0].x < dated[1].x);
    let undated = p.points.iter().find(|p| p.undated).unwrap();
    assert_eq!(Some(undated.x), p.undated_x);
    assert!(
        undated.x > WIDTH - RIGHT,
        "undated figures stand apart, right of the time axis"
    );
    let range = p.points.iter().find(|p| p.class == "cat-killed").unwrap();
    let (top, bottom) = range.whisker.unwrap();
    assert!(
        top < bottom,
        "a range is drawn from its high to its low bound"
    );
    assert!(
        p.points
            .iter()
            .find(|p| p.class == "cat-equipment")
            .unwrap()
            .whisker
            .is_some(),
        "more than: a whisker"
    );
    assert_eq!(p.series.len(), 4);
}

#[test]
fn series_by_region_colour_most_frequent_first() {
    let c = corpus();
    let rows = visible_figures(&c, &Filters::default());
    let p = layout(&c, &rows, true);
    let labels: Vec<&str> = p.series.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, vec!["no region", "Belgorod", "Kursk"]);
    assert_eq!(p.series[1].class, "ser-0");
    assert_eq!(p.series[0].class, "ser-none");
}

#[test]
fn crowded_charts_merge_marks_on_one_spot_and_lose_no_figure() {
    let c = corpus();
    let one = visible_figures(&c, &Filters::default());
    let rows: Vec<FigureRow> = one.iter().cycle().take(MAX_MARKS * 2).cloned().collect();
    let p = layout(&c, &rows, false);
    assert!(p.points.len() <= 4, "{} marks", p.points.len());
    let plotted: usize = p.points.iter().map(|m| m.count).sum();
    assert_eq!(plotted + p.unplotted, rows.len());
    let small = layout(&c, &one, false);
    assert!(
        small.points.iter().all(|m| m.count == 1),
        "small charts stay exact"
    );
}

#[test]
fn linear_scale_when_values_are_close() {
    let c = corpus();
    let rows: Vec<FigureRow> = visible_figures(&c, &Filters::default())
        .into_iter()
        .filter(|r| {
            r.get(&c).1.value.unwrap_or(0.0) >= 20.0 && r.get(&c).1.value.unwrap_or(0.0) < 100.0
        })
        .collect();
    assert!(!layout(&c, &rows, false).log);
}

#[test]
fn day_numbers_match_the_calendar() {
    assert_eq!(day_number("1970-01-01"), Some(0));
    assert_eq!(day_number("2022-12-06"), Some(19332));
    assert_eq!(
        day_number("2023-08-02").unwrap() - day_number("2022-12-06").unwrap(),
        239
    );
    assert_eq!(day_number("2024-03"), day_number("2024-03-01"));
    assert_eq!(day_number("junk"), None);
}

#[test]
fn time_ticks_are_few_and_ordered() {
    let lo = day_number("2022-11-01").unwrap();
    let hi = day_number("2023-09-01").unwrap();
    let t = time_ticks(lo, hi);
    assert!(!t.is_empty() && t.len() <= 8, "{t:?}");
    assert!(t.windows(2).all(|w| w[0].0 < w[1].0));
    assert!(t.iter().any(|(_, l)| l == "2023"));
}

#[test]
fn tick_labels_are_compact() {
    assert_eq!(compact(950.0), "950");
    assert_eq!(compact(2500.0), "2,500");
    assert_eq!(compact(10_000.0), "10k");
    assert_eq!(compact(1_500_000.0), "1.5M");
    assert_eq!(compact(100_000_000.0), "100M");
    assert_eq!(compact(2e9), "2B");
}

#[test]
fn linear_ticks_cover_the_maximum() {
    let (top, ts) = linear_ticks(2092.0);
    assert!(
        top >= 2092.0 && ts.len() <= 7 && ts[0] == 0.0,
        "{top} {ts:?}"
    );
}

#[test]
fn marks_are_drawn_as_one_path_per_series_and_kind() {
    let c = corpus();
    let rows = visible_figures(&c, &Filters::default());
    let p = layout(&c, &rows, false);
    let ls = layers(&p);
    let dots: usize = ls.iter().map(|l| l.dots.matches('M').count()).sum();
    assert_eq!(dots, p.points.len(), "one circle per mark");
    let whiskers: usize = ls.iter().map(|l| l.whiskers.matches('M').count()).sum();
    assert_eq!(
        whiskers,
        p.points.iter().filter(|p| p.whisker.is_some()).count()
    );
    let mut classes: Vec<&str> = ls.iter().map(|l| l.class).collect();
    classes.dedup();
    assert_eq!(classes.len(), ls.len(), "one layer per series");
    let mut d = String::new();
    circle(&mut d, 100.0, 50.25, 5.0);
    assert_eq!(d, "M95,50.3a5,5 0 1,0 10,0a5,5 0 1,0 -10,0");
    let mut d = String::new();
    circle(&mut d, -1.04, 0.0, 0.5);
    assert_eq!(d, "M-1.5,0a0.5,0.5 0 1,0 1,0a0.5,0.5 0 1,0 -1,0");
}

#[test]
fn the_nearest_mark_within_reach_and_the_reading_order() {
    let c = corpus();
    let rows = visible_figures(&c, &Filters::default());
    let p = layout(&c, &rows, false);
    let order = reading_order(&p);
    assert_eq!(order.len(), p.points.len());
    for w in order.windows(2) {
        assert!(p.points[w[0]].x <= p.points[w[1]].x);
    }
    for (i, pt) in p.points.iter().enumerate() {
        let hit = nearest(&p, pt.x + 1.0, pt.y - 1.0, 12.0).unwrap();
        let (a, b) = (&p.points[hit], pt);
        assert!(
            (a.x - b.x - 1.0).powi(2) + (a.y - b.y + 1.0).powi(2) <= 2.0 + 1e-9,
            "{i}: the mark under the pointer"
        );
    }
    assert_eq!(nearest(&p, -100.0, -100.0, 12.0), None);
}

#[test]
fn the_view_box_is_the_plot_size() {
    assert_eq!(VIEW_BOX, format!("0 0 {WIDTH} {HEIGHT}"));
}

#[test]
fn crowded_marks_merge_on_the_finest_grid_that_fits() {
    // 6,000 marks of two kinds, 4 units apart: too many on the 3-unit grid; a coarser
    // grid merges them to at most MAX_MARKS, keeps the first of each cell, loses none
    let spots: Vec<Spot> = (0..6000u32)
        .map(|i| Spot {
            row: i,
            x: 60.0 + 4.0 * (i % 150) as f32,
            y: 14.0 + 4.0 * ((i / 150) % 20) as f32 + (i % 2) as f32,
            kind: (i % 2) as u16 * 2,
            count: 1,
        })
        .collect();
    let kinds = kinds_of(&spots);
    let merged = merge_crowded(spots.clone().into_iter(), spots.len(), &kinds);
    assert!(merged.len() <= MAX_MARKS, "{} marks", merged.len());
    assert!(
        merged.len() > MAX_MARKS / 4,
        "not coarser than needed: {}",
        merged.len()
    );
    assert_eq!(merged.iter().map(|s| s.count).sum::<u32>(), 6000);
    assert!(
        merged.windows(2).all(|w| w[0].row < w[1].row),
        "first of each cell, in row order"
    );
    // few marks stay as they are
    let few = merge_crowded(spots[..100].iter().copied(), 100, &kinds);
    assert_eq!(few.len(), 100);
    assert!(few.iter().all(|s| s.count == 1));
}

fn kinds_of(spots: &[Spot]) -> Kinds {
    let mut kinds = Kinds::new();
    for s in spots {
        kinds.add(s.kind);
    }
    kinds
}

#[test]
fn a_cell_keeps_one_mark_per_kind_in_the_order_they_first_come() {
    // one crowded spot: kinds 5, 2, 5, 3 (a ring), 2 ... all within one 3-unit cell, and
    // one mark far off; each kind keeps its first mark with the others counted into it
    let at = |row: u32, x: f32, kind: u16| Spot {
        row,
        x,
        y: 100.0,
        kind,
        count: 1,
    };
    let mut spots: Vec<Spot> = (0..MAX_MARKS as u32 + 10)
        .map(|i| {
            at(
                i,
                300.0 + (i % 3) as f32 * 0.4,
                [10, 4, 10, 7, 4][i as usize % 5],
            )
        })
        .collect();
    spots.push(at(9999, 600.0, 4));
    let merged = merge_crowded(spots.clone().into_iter(), spots.len(), &kinds_of(&spots));
    let summary: Vec<(u32, u16, u32)> = merged.iter().map(|s| (s.row, s.kind, s.count)).collect();
    let n = MAX_MARKS as u32 + 10;
    let of = |k: u16| spots[..n as usize].iter().filter(|s| s.kind == k).count() as u32;
    assert_eq!(
        summary,
        vec![(0, 10, of(10)), (1, 4, of(4)), (3, 7, of(7)), (9999, 4, 1)]
    );
}

/// Every element of SVG markup closed, in order: (tag names opened, left open).
fn tags(markup: &str) -> (Vec<String>, Vec<String>) {
    let (mut opened, mut stack) = (Vec::new(), Vec::<String>::new());
    let mut rest = markup;
    while let Some(i) = rest.find('<') {
        let end = rest[i..].find('>').expect("a tag ends") + i;
        let tag = &rest[i + 1..end];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(name), "closes what it opened");
        } else {
            let name: String = tag
                .chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect();
            opened.push(name.clone());
            if !tag.ends_with('/') {
                stack.push(name);
            }
        }
        rest = &rest[end + 1..];
    }
    (opened, stack)
}

#[test]
fn the_drawing_is_well_formed_markup_of_axes_band_and_one_path_per_series() {
    let c = corpus();
    let rows = visible_figures(&c, &Filters::default());
    let p = layout(&c, &rows, false);
    let m = markup(&p);
    let (opened, open) = tags(&m);
    assert!(open.is_empty(), "left open: {open:?}");
    let count = |t: &str| opened.iter().filter(|n| *n == t).count();
    assert_eq!(count("line"), p.x_ticks.len() + p.y_ticks.len() + 1);
    assert_eq!(count("rect"), p.undated_x.is_some() as usize);
    let ls = layers(&p);
    assert_eq!(m.matches("class=\"dots ").count(), ls.len());
    for l in &ls {
        assert!(m.contains(&format!(
            "<path class=\"dots {}\" d=\"{}\"/>",
            l.class, l.dots
        )));
    }
    for (_, label) in p.x_ticks.iter().chain(&p.y_ticks) {
        assert!(m.contains(&format!(">{label}</text>")), "{label}");
    }
    assert!(m.contains(">undated</text>") == p.undated_x.is_some());
}

#[test]
fn drawing_labels_are_escaped_and_an_empty_plot_still_has_axes() {
    let empty = Plot {
        points: Vec::new(),
        x_ticks: vec![(100.0, "Q1 <2024> & after".to_string())],
        y_ticks: Vec::new(),
        log: true,
        undated_x: None,
        unplotted: 0,
        series: Vec::new(),
    };
    let m = markup(&empty);
    assert!(m.contains(">Q1 &lt;2024&gt; &amp; after</text>"));
    assert!(m.contains(">log scale</text>"));
    assert!(!m.contains("<path"));
    assert!(tags(&m).1.is_empty());
}

#[test]
fn the_legend_lists_series_the_ring_and_the_unplotted_as_markup() {
    let c = corpus();
    let rows = visible_figures(&c, &Filters::default());
    let mut p = layout(&c, &rows, false);
    let l = legend(&p);
    assert_eq!(
        l.matches("<li><span class=\"swatch ").count(),
        p.series.len()
    );
    let s = &p.series[0];
    assert!(l.starts_with(&format!(
        "<li><span class=\"swatch {}\"></span>{} ({})</li>",
        s.class, s.label, s.count
    )));
    assert!(l.ends_with("<li class=\"note\">1 vague figures without a number are not plotted</li>"));
    assert!(!l.contains("legend-yours"));
    p.points[0].yours = true;
    p.unplotted = 0;
    p.series[0].label = "a<b".into();
    let l = legend(&p);
    assert!(l.ends_with(
        "<li data-testid=\"legend-yours\"><span class=\"swatch ring\"></span>yours (ringed)</li>"
    ));
    assert!(l.contains("</span>a&lt;b ("));
}

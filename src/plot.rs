//! Chart geometry, pure: where each figure goes on the time × value plane, the axes'
//! ticks, and whether the value axis is logarithmic. The chart component draws it.

use crate::model::{format_number, FigureRow, Indexed};
use tally_extract::{Category, Qualifier};

/// Plot area inside the SVG, in SVG units.
pub const WIDTH: f64 = 720.0;
pub const HEIGHT: f64 = 300.0;
pub const LEFT: f64 = 56.0;
pub const RIGHT: f64 = 86.0; // room for the undated band
pub const TOP: f64 = 12.0;
pub const BOTTOM: f64 = 28.0;

/// One figure on the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// Index into the rows the plot was made from.
    pub row: usize,
    pub x: f64,
    pub y: f64,
    /// A whisker from `y_low` to `y_high` for ranges and one-sided bounds.
    pub whisker: Option<(f64, f64)>,
    /// The CSS class that colours its series: `cat-killed`, `ser-0`, `ser-none`.
    pub class: &'static str,
    pub undated: bool,
    /// From one of the reader's own articles (drawn with a ring).
    pub yours: bool,
    /// How many figures this mark stands for: 1, or more where a crowded chart merges
    /// the figures of one series that fall on the same spot (see [`MAX_MARKS`]).
    pub count: usize,
}

/// Above this many figures, figures of one series that fall within the same small
/// cell are drawn as one mark with a count: the picture barely changes, the page stays light.
pub const MAX_MARKS: usize = 1500;

/// A mark before it is drawn: where, which series, for how many figures.
#[derive(Debug, Clone, Copy)]
struct Spot {
    row: u32,
    x: f32,
    y: f32,
    /// The series' class (an index into [`CLASSES`]) and the ring: `class << 1 | yours`.
    kind: u16,
    count: u32,
}

/// Merges marks of one series that share a cell, keeping the first (in row order);
/// the cell grows (3, 5, 8, 12, 20 units) until at most [`MAX_MARKS`] marks remain.
fn merge_crowded(spots: Vec<Spot>) -> Vec<Spot> {
    let mut spots = spots;
    for cell in [3.0, 5.0, 8.0, 12.0, 20.0] {
        if spots.len() <= MAX_MARKS {
            break;
        }
        spots = merge_cells(spots, cell);
    }
    spots
}

fn merge_cells(spots: Vec<Spot>, cell: f64) -> Vec<Spot> {
    // one slot per cell of a grid over the chart and per kind of mark present (series
    // and ring): each mark finds its slot by arithmetic, no hashing
    let mut dense = [u16::MAX; 64];
    let mut kinds = 0usize;
    for p in &spots {
        let d = &mut dense[p.kind as usize & 63];
        if *d == u16::MAX {
            *d = kinds as u16;
            kinds += 1;
        }
    }
    let inv = 1.0 / cell as f32;
    let cols = (WIDTH / cell) as usize + 2;
    let rows = (HEIGHT / cell) as usize + 2;
    let mut slot = vec![u32::MAX; cols * rows * kinds.max(1)];
    let mut out: Vec<Spot> = Vec::with_capacity(spots.len().min(1 << 16));
    for p in spots {
        // (a float cast saturates: below 0 is 0; no float max, a library call in wasm)
        let cx = ((p.x * inv + 0.5).floor() as usize).min(cols - 1);
        let cy = ((p.y * inv + 0.5).floor() as usize).min(rows - 1);
        let at = &mut slot[(cy * cols + cx) * kinds + dense[p.kind as usize & 63] as usize];
        if *at == u32::MAX {
            *at = out.len() as u32;
            out.push(p);
        } else {
            out[*at as usize].count += p.count;
        }
    }
    out
}

/// One entry of the chart's legend.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub label: String,
    pub class: &'static str,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Plot {
    pub points: Vec<Point>,
    pub x_ticks: Vec<(f64, String)>,
    pub y_ticks: Vec<(f64, String)>,
    pub log: bool,
    /// x of the band where undated figures stand, when there are any.
    pub undated_x: Option<f64>,
    /// Figures left out because they carry no number (vague without a bound).
    pub unplotted: usize,
    pub series: Vec<Series>,
}

/// Colours for region series; regions past these share `ser-other`.
pub const REGION_COLOURS: usize = 8;

/// Every series class: the categories', then the regions'.
const CLASSES: [&str; 17] = [
    "cat-personnel",
    "cat-units",
    "cat-killed",
    "cat-injured",
    "cat-casualties",
    "cat-equipment",
    "cat-other",
    "ser-0",
    "ser-1",
    "ser-2",
    "ser-3",
    "ser-4",
    "ser-5",
    "ser-6",
    "ser-7",
    "ser-other",
    "ser-none",
];

fn class_number(c: &str) -> u16 {
    CLASSES.iter().position(|x| *x == c).unwrap_or(0) as u16
}

/// The categories' classes: the first of [`CLASSES`], in `Category` order.
const CAT_CLASSES: &[&str] = CLASSES.split_at(7).0;
const REGION_CLASSES: [&str; REGION_COLOURS] = [
    "ser-0", "ser-1", "ser-2", "ser-3", "ser-4", "ser-5", "ser-6", "ser-7",
];

/// The series of each row: by category, or by region (most frequent first).
fn series_of(corpus: &Indexed, rows: &[FigureRow], by_region: bool) -> (Vec<u16>, Vec<Series>) {
    if !by_region {
        let mut counts = [0usize; 7];
        let classes = rows
            .iter()
            .map(|r| {
                let k = corpus.category[corpus.at(r.article, r.figure)] as usize;
                counts[k] += 1;
                k as u16 // CLASSES begins with the categories'
            })
            .collect();
        let series = Category::ALL
            .into_iter()
            .map(|c| Series {
                label: c.as_str().to_string(),
                class: CAT_CLASSES[c as usize],
                count: counts[c as usize],
            })
            .filter(|s| s.count > 0)
            .collect();
        return (classes, series);
    }
    // by region number (0 = none)
    let number = |r: &FigureRow| corpus.region[corpus.at(r.article, r.figure)] as usize;
    let mut tally = vec![0usize; corpus.regions.len() + 1];
    for r in rows {
        tally[number(r)] += 1;
    }
    let mut counts: Vec<(Option<&str>, usize, usize)> = (0..tally.len())
        .filter(|&k| tally[k] > 0)
        .map(|k| (corpus.region_name(k as u16), tally[k], k))
        .collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut class = vec!["ser-other"; tally.len()];
    let mut named = 0;
    for (reg, _, k) in &counts {
        class[*k] = match reg {
            None => "ser-none",
            Some(_) if named < REGION_COLOURS => {
                named += 1;
                REGION_CLASSES[named - 1]
            }
            Some(_) => "ser-other",
        };
    }
    let numbers: Vec<u16> = class.iter().map(|c| class_number(c)).collect();
    let classes = rows.iter().map(|r| numbers[number(r)]).collect();
    let series = counts
        .iter()
        .map(|(reg, n, k)| Series {
            label: reg.unwrap_or("no region").to_string(),
            class: class[*k],
            count: *n,
        })
        .collect();
    (classes, series)
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` or `YYYY-MM` date.
pub fn day_number(date: &str) -> Option<i64> {
    let y: i64 = date.get(0..4)?.parse().ok()?;
    let m: i64 = date.get(5..7)?.parse().ok()?;
    let d: i64 = date.get(8..10).and_then(|d| d.parse().ok()).unwrap_or(1);
    // Howard Hinnant's days_from_civil
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146097 + doe - 719468)
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Month ticks between two day numbers: every 1, 2, 3, 6, 12 or 24 months, ≤ 8 ticks.
fn time_ticks(lo: i64, hi: i64) -> Vec<(i64, String)> {
    let month_of = |day: i64| -> (i64, i64) {
        // inverse of day_number at month precision
        let mut y = 1970 + day / 366;
        while day_number(&format!("{:04}-01-01", y + 1)).unwrap_or(i64::MAX) <= day {
            y += 1;
        }
        let mut m = 1;
        while m < 12 && day_number(&format!("{y:04}-{:02}-01", m + 1)).unwrap_or(i64::MAX) <= day {
            m += 1;
        }
        (y, m)
    };
    let (y0, m0) = month_of(lo);
    let (y1, m1) = month_of(hi);
    let span = (y1 - y0) * 12 + (m1 - m0) + 1;
    let step = [1, 2, 3, 6, 12, 24]
        .into_iter()
        .find(|s| span / s <= 8)
        .unwrap_or(48);
    let mut out = Vec::new();
    let mut k = (y0 * 12 + m0 - 1 + step - 1) / step * step; // first multiple of step at or after lo's month
    if step >= 12 {
        k = (y0 * 12 + m0 - 1 + 11) / 12 * 12;
    }
    while k <= y1 * 12 + m1 - 1 {
        let (y, m) = (k / 12, k % 12 + 1);
        let d = day_number(&format!("{y:04}-{m:02}-01")).unwrap_or(0);
        if d >= lo && d <= hi {
            let label = if m == 1 || step >= 12 {
                format!("{y}")
            } else {
                format!("{} {y}", MONTHS[(m - 1) as usize])
            };
            out.push((d, label));
        }
        k += step;
    }
    out
}

/// A tick label that fits the axis: 950, 2,500, 10k, 1.5M, 2B.
pub fn compact(v: f64) -> String {
    let (d, unit) = match v.abs() {
        a if a >= 1e9 => (1e9, "B"),
        a if a >= 1e6 => (1e6, "M"),
        a if a >= 1e4 => (1e3, "k"),
        _ => return format_number(v),
    };
    let s = format_number(((v / d) * 10.0).round() / 10.0);
    format!("{s}{unit}")
}

/// Nice linear ticks from 0 to at least `max`.
fn linear_ticks(max: f64) -> (f64, Vec<f64>) {
    let max = if max <= 0.0 { 1.0 } else { max };
    let raw = max / 5.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|s| s * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let top = (max / step).ceil() * step;
    let n = (top / step).round() as usize;
    (top, (0..=n).map(|i| i as f64 * step).collect())
}

/// Lays out `rows` on the chart.
#[inline(never)]
pub fn layout(corpus: &Indexed, rows: &[FigureRow], by_region: bool) -> Plot {
    let (classes, series) = series_of(corpus, rows, by_region);
    // one pass for the value range, the date range and the undated
    let (mut vmin, mut vmax) = (f64::INFINITY, 0.0f64);
    let (mut first_day, mut last_day) = (i64::MAX, i64::MIN);
    let mut unplotted = 0;
    let mut any_undated = false;
    for r in rows {
        match corpus.day[r.article] {
            Some(d) => {
                first_day = first_day.min(d);
                last_day = last_day.max(d);
            }
            None => any_undated = true,
        }
        let k = corpus.at(r.article, r.figure);
        let v = corpus.value[k];
        if !corpus.plotted[k] {
            unplotted += 1;
        } else if v > 0.0 {
            // (comparisons, not f64::min/max: those are library calls in wasm)
            let h = corpus.high[k];
            if v < vmin {
                vmin = v;
            }
            if v > vmax {
                vmax = v;
            }
            if h > vmax {
                vmax = h;
            }
        }
    }
    let log = vmin.is_finite() && vmin > 0.0 && vmax / vmin >= 100.0;
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    // y = ay * source + by, the source being the values or their logarithms
    let (ay, by): (f64, f64);
    let (y_of, y_ticks): (Box<dyn Fn(f64) -> f64>, Vec<(f64, String)>) = if log {
        let lo = vmin.log10().floor();
        let hi = vmax.log10().ceil().max(lo + 1.0);
        (ay, by) = (-plot_h / (hi - lo), TOP + plot_h + lo * plot_h / (hi - lo));
        let f = move |v: f64| TOP + plot_h - (v.max(1e-9).log10() - lo) / (hi - lo) * plot_h;
        let ticks = (lo as i32..=hi as i32)
            .map(|e| (f(10f64.powi(e)), compact(10f64.powi(e))))
            .collect();
        (Box::new(f), ticks)
    } else {
        let (top, ts) = linear_ticks(vmax);
        (ay, by) = (-plot_h / top, TOP + plot_h);
        let f = move |v: f64| TOP + plot_h - v / top * plot_h;
        let ticks = ts.into_iter().map(|t| (f(t), compact(t))).collect();
        (Box::new(f), ticks)
    };
    let dated = first_day <= last_day;
    let (dlo, dhi) = match (first_day, last_day) {
        _ if !dated => (0, 1),
        (a, b) if a == b => (a - 30, b + 30),
        (a, b) => {
            let pad = ((b - a) / 20).max(5);
            (a - pad, b + pad)
        }
    };
    let x_of = |d: i64| LEFT + (d - dlo) as f64 / (dhi - dlo) as f64 * plot_w;
    let (ax, bx) = (
        plot_w / (dhi - dlo) as f64,
        LEFT - dlo as f64 * plot_w / (dhi - dlo) as f64,
    );
    let undated_x = any_undated.then_some(WIDTH - RIGHT / 2.0);
    let ux = undated_x.unwrap_or(WIDTH - RIGHT / 2.0);
    let source = if log {
        &corpus.log_value
    } else {
        &corpus.value
    };
    let mut spots = Vec::with_capacity(rows.len());
    for (i, r) in rows.iter().enumerate() {
        let k = corpus.at(r.article, r.figure);
        if !corpus.plotted[k] {
            continue;
        }
        let x = match corpus.day[r.article] {
            Some(d) => ax * d as f64 + bx,
            None => ux,
        };
        spots.push(Spot {
            row: i as u32,
            x: x as f32,
            // (the logarithm of every value is made once, with the index)
            y: (ay * source[k] + by) as f32,
            kind: classes[i] << 1 | corpus.yours[r.article] as u16,
            count: 1,
        });
    }
    // only the marks that stay are drawn in full
    let points = merge_crowded(spots)
        .into_iter()
        .map(|s| {
            let r = &rows[s.row as usize];
            let f = &corpus.articles[r.article].article.figures[r.figure];
            let (x, y) = (s.x as f64, s.y as f64);
            let whisker = match f.qualifier {
                Qualifier::Range => f.low.zip(f.high).map(|(l, h)| (y_of(h), y_of(l))),
                // one-sided bounds: a whisker towards where the true value may lie
                Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::Vague => Some((y - 14.0, y)),
                Qualifier::UpTo | Qualifier::LessThan => Some((y, y + 14.0)),
                _ => None,
            };
            Point {
                row: s.row as usize,
                x,
                y,
                whisker,
                class: CLASSES[(s.kind >> 1) as usize],
                undated: corpus.day[r.article].is_none(),
                yours: s.kind & 1 == 1,
                count: s.count as usize,
            }
        })
        .collect();
    let x_ticks = if !dated {
        Vec::new()
    } else {
        time_ticks(dlo, dhi)
            .into_iter()
            .map(|(d, l)| (x_of(d), l))
            .collect()
    };
    Plot {
        points,
        x_ticks,
        y_ticks,
        log,
        undated_x,
        unplotted,
        series,
    }
}

/// The marks of one series, each kind as one SVG path: drawing a thousand figures
/// costs three elements, not three thousand.
#[derive(Debug, Clone, PartialEq)]
pub struct Layer {
    pub class: &'static str,
    /// Filled circles, radius [`DOT`] (a little larger where a mark stands for several).
    pub dots: String,
    pub whiskers: String,
    /// Rings around the reader's own figures.
    pub rings: String,
}

/// Radius of a mark, and of one that stands for several figures.
pub const DOT: f64 = 5.0;
pub const DOT_MERGED: f64 = 5.5;
pub const RING: f64 = 8.5;

/// The plot's marks grouped by series, in the order the series first appear.
pub fn layers(p: &Plot) -> Vec<Layer> {
    let mut out: Vec<Layer> = Vec::new();
    for pt in &p.points {
        let k = match out.iter().position(|l| l.class == pt.class) {
            Some(k) => k,
            None => {
                out.push(Layer {
                    class: pt.class,
                    dots: String::new(),
                    whiskers: String::new(),
                    rings: String::new(),
                });
                out.len() - 1
            }
        };
        let l = &mut out[k];
        let r = if pt.count > 1 { DOT_MERGED } else { DOT };
        circle(&mut l.dots, pt.x, pt.y, r);
        if let Some((y1, y2)) = pt.whisker {
            l.whiskers.push('M');
            coord(&mut l.whiskers, pt.x, y1);
            l.whiskers.push('V');
            num(&mut l.whiskers, y2);
        }
        if pt.yours {
            circle(&mut l.rings, pt.x, pt.y, RING);
        }
    }
    out
}

/// A circle as path data: two half arcs.
pub fn circle(out: &mut String, x: f64, y: f64, r: f64) {
    out.push('M');
    coord(out, x - r, y);
    for dx in [2.0 * r, -2.0 * r] {
        out.push('a');
        num(out, r);
        out.push(',');
        num(out, r);
        out.push_str(" 0 1,0 ");
        num(out, dx);
        out.push_str(",0");
    }
}

fn coord(out: &mut String, x: f64, y: f64) {
    num(out, x);
    out.push(',');
    num(out, y);
}

/// A coordinate with one decimal, written without float formatting.
fn num(out: &mut String, v: f64) {
    let t = (v * 10.0 + 0.5).floor() as i64;
    if t < 0 {
        out.push('-');
    }
    let t = t.unsigned_abs();
    // the whole part, digit by digit (no formatting machinery: this runs per mark)
    let mut digits = [0u8; 20];
    let (mut n, mut at) = (t / 10, digits.len());
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&digits[at..]).unwrap_or("0"));
    if t % 10 != 0 {
        out.push('.');
        out.push((b'0' + (t % 10) as u8) as char);
    }
}

/// The mark nearest to `(x, y)` (SVG units) within `reach`, as an index into `p.points`.
pub fn nearest(p: &Plot, x: f64, y: f64, reach: f64) -> Option<usize> {
    p.points
        .iter()
        .enumerate()
        .map(|(i, pt)| (i, (pt.x - x).powi(2) + (pt.y - y).powi(2)))
        .filter(|(_, d)| *d <= reach * reach)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

/// The marks in reading order, left to right then top to bottom (for the keyboard).
pub fn reading_order(p: &Plot) -> Vec<usize> {
    let mut v: Vec<usize> = (0..p.points.len()).collect();
    v.sort_by(|&a, &b| {
        let (a, b) = (&p.points[a], &p.points[b]);
        a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y))
    });
    v
}

#[cfg(test)]
mod tests {
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
                pt.x >= LEFT
                    && pt.x <= WIDTH
                    && pt.y >= TOP - 1e-9
                    && pt.y <= HEIGHT - BOTTOM + 1e-9,
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
}

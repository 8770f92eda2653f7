//! Chart geometry, pure: where each figure goes on the time × value plane, the axes'
//! ticks, and whether the value axis is logarithmic. The chart component draws it.

use crate::model::{format_number, FigureRow, Indexed};
use tally_extract::{Category, Qualifier};

/// Plot area inside the SVG, in SVG units.
pub const WIDTH: f64 = 720.0;
pub const HEIGHT: f64 = 300.0;
/// The svg's `viewBox`: `0 0 WIDTH HEIGHT` (a test keeps them equal).
pub const VIEW_BOX: &str = "0 0 720 300";
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
/// `n` is how many spots `spots` yields; the first grid is filled as they come.
fn merge_crowded(spots: impl Iterator<Item = Spot>, n: usize, kinds: &Kinds) -> Vec<Spot> {
    if n <= MAX_MARKS {
        return spots.collect();
    }
    let mut merged = merge_cells(spots, 3.0, kinds, n);
    for cell in [5.0, 8.0, 12.0, 20.0] {
        if merged.len() <= MAX_MARKS {
            break;
        }
        let n = merged.len();
        merged = merge_cells(merged.into_iter(), cell, kinds, n);
    }
    merged
}

/// The kinds of mark (series and ring, [`Spot::kind`]) a layout holds, numbered densely
/// in the order they first come: the grid of [`merge_cells`] has one layer for each.
struct Kinds {
    number: [u8; 2 * CLASSES.len()],
    count: usize,
}

impl Kinds {
    fn new() -> Kinds {
        Kinds {
            number: [u8::MAX; 2 * CLASSES.len()],
            count: 0,
        }
    }

    fn add(&mut self, kind: u16) {
        let k = &mut self.number[kind as usize];
        if *k == u8::MAX {
            *k = self.count as u8;
            self.count += 1;
        }
    }
}

fn merge_cells(spots: impl Iterator<Item = Spot>, cell: f64, kinds: &Kinds, n: usize) -> Vec<Spot> {
    // A grid over the chart with one layer per kind of mark: each slot holds the first
    // mark of its cell and kind (its index in `out` plus one; 0 while empty), and later
    // marks of that cell and kind are counted into it. Each mark finds its slot by
    // arithmetic: no hashing, no searching.
    let inv = 1.0 / cell as f32;
    let cols = (WIDTH / cell) as usize + 2;
    let rows = (HEIGHT / cell) as usize + 2;
    let layer = cols * rows;
    let mut slot = vec![0u32; layer * kinds.count];
    let mut out: Vec<Spot> = Vec::with_capacity(n);
    for p in spots {
        // (a float cast truncates and saturates: for positive values it is floor, and
        // below 0 it is 0 as floor's would be; no float calls, no float max)
        let cx = ((p.x * inv + 0.5) as usize).min(cols - 1);
        let cy = ((p.y * inv + 0.5) as usize).min(rows - 1);
        let at = &mut slot[kinds.number[p.kind as usize] as usize * layer + cy * cols + cx];
        if *at != 0 {
            out[*at as usize - 1].count += p.count;
        } else {
            out.push(p);
            *at = out.len() as u32;
        }
    }
    out
}

/// A plotted figure as the layout's first pass finds it: its row, flat position, day
/// (`i32::MIN` when undated) and kind of mark.
struct Mark {
    row: u32,
    k: u32,
    day: i32,
    kind: u16,
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
    crate::sort::sort_by(&mut counts, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
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
    // what the second pass needs of each plotted figure, read here once, in row order
    let mut marks: Vec<Mark> = Vec::with_capacity(rows.len());
    let mut kinds = Kinds::new();
    for (i, r) in rows.iter().enumerate() {
        let day = corpus.day[r.article];
        match day {
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
            continue;
        }
        let kind = classes[i] << 1 | corpus.yours[r.article] as u16;
        kinds.add(kind);
        marks.push(Mark {
            row: i as u32,
            k: k as u32,
            day: day.map_or(i32::MIN, |d| d as i32),
            kind,
        });
        if v > 0.0 {
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
    let n = marks.len();
    let spots = marks.into_iter().map(|m| Spot {
        row: m.row,
        x: if m.day == i32::MIN {
            ux
        } else {
            ax * m.day as f64 + bx
        } as f32,
        // (the logarithm of every value is made once, with the index)
        y: (ay * source[m.k as usize] + by) as f32,
        kind: m.kind,
        count: 1,
    });
    // only the marks that stay are drawn in full
    let points = merge_crowded(spots, n, &kinds)
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

mod marks;
mod svg;
pub use marks::{circle, layers, nearest, reading_order, Layer, DOT, DOT_MERGED, RING};
pub use svg::{legend, markup};

#[cfg(test)]
mod tests;

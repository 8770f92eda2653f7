//! The chart's marks as drawn: one SVG path per series and kind, and finding a mark
//! by the pointer or in reading order.

use super::Plot;

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
    // every mark has one of three radii: their arcs are written once
    let (dot, merged, ring) = (arcs(DOT), arcs(DOT_MERGED), arcs(RING));
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
        let (r, a) = if pt.count > 1 {
            (DOT_MERGED, &merged)
        } else {
            (DOT, &dot)
        };
        circle_with(&mut l.dots, pt.x, pt.y, r, a);
        if let Some((y1, y2)) = pt.whisker {
            l.whiskers.push('M');
            coord(&mut l.whiskers, pt.x, y1);
            l.whiskers.push('V');
            num(&mut l.whiskers, y2);
        }
        if pt.yours {
            circle_with(&mut l.rings, pt.x, pt.y, RING, &ring);
        }
    }
    out
}

/// A circle as path data: two half arcs.
pub fn circle(out: &mut String, x: f64, y: f64, r: f64) {
    circle_with(out, x, y, r, &arcs(r));
}

/// A circle of radius `r` whose two half arcs (`arcs(r)`) are written once for all.
fn circle_with(out: &mut String, x: f64, y: f64, r: f64, arcs: &str) {
    out.push('M');
    coord(out, x - r, y);
    out.push_str(arcs);
}

/// The path data of a circle after its leftmost point: two half arcs of radius `r`.
fn arcs(r: f64) -> String {
    let mut out = String::new();
    for dx in [2.0 * r, -2.0 * r] {
        out.push('a');
        num(&mut out, r);
        out.push(',');
        num(&mut out, r);
        out.push_str(" 0 1,0 ");
        num(&mut out, dx);
        out.push_str(",0");
    }
    out
}

fn coord(out: &mut String, x: f64, y: f64) {
    num(out, x);
    out.push(',');
    num(out, y);
}

/// A coordinate with one decimal.
fn num(out: &mut String, v: f64) {
    crate::num::push_fixed(out, v, 1);
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
    crate::sort::sort_by(&mut v, |&a, &b| {
        let (a, b) = (&p.points[a], &p.points[b]);
        a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y))
    });
    v
}

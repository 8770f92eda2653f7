//! The chart's drawing as SVG markup: axes, ticks, the undated band and the marks,
//! for the inside of the page's `<svg>`. The page sets it as one string when the plot
//! changes and the browser parses it, instead of rebuilding a few dozen elements and
//! their attributes one call at a time.

use super::{layers, Plot, BOTTOM, HEIGHT, LEFT, RIGHT, TOP, WIDTH};
use crate::markup::escape;
use crate::num::{push_digits, push_fixed};

/// Everything drawn inside the chart's `<svg>` (its own attributes aside).
pub fn markup(p: &Plot) -> String {
    let bottom = HEIGHT - BOTTOM;
    let x_end = WIDTH - RIGHT;
    let mut out = String::with_capacity(
        256 + p.points.len() * 48 + (p.x_ticks.len() + p.y_ticks.len()) * 160,
    );
    out.push_str("<g class=\"axes\">");
    for (y, label) in &p.y_ticks {
        tick(
            &mut out,
            "grid",
            [LEFT, x_end, *y, *y],
            [LEFT - 6.0, *y + 4.0],
            "end",
            label,
        );
    }
    for (x, label) in &p.x_ticks {
        tick(
            &mut out,
            "axis",
            [*x, *x, bottom, bottom + 5.0],
            [*x, bottom + 18.0],
            "middle",
            label,
        );
    }
    line(&mut out, "axis", [LEFT, x_end, bottom, bottom]);
    text(
        &mut out,
        "class=\"scale-note\" ",
        [x_end, TOP + 10.0],
        "end",
        if p.log { "log scale" } else { "" },
    );
    out.push_str("</g>");
    if let Some(x) = p.undated_x {
        out.push_str("<g class=\"undated-band\"><rect");
        attr(&mut out, "x", x - 30.0);
        attr(&mut out, "y", TOP);
        out.push_str(" width=\"60\"");
        attr(&mut out, "height", bottom - TOP);
        out.push_str("/>");
        text(&mut out, "", [x, bottom + 18.0], "middle", "undated");
        out.push_str("</g>");
    }
    out.push_str("<g class=\"marks\">");
    for l in layers(p) {
        if !l.whiskers.is_empty() {
            path(&mut out, "whiskers ", l.class, "", &l.whiskers);
        }
        path(&mut out, "dots ", l.class, "", &l.dots);
        if !l.rings.is_empty() {
            path(
                &mut out,
                "yours-ring",
                "",
                " data-testid=\"yours-rings\"",
                &l.rings,
            );
        }
    }
    out.push_str("</g>");
    out
}

fn tick(
    out: &mut String,
    class: &str,
    at: [f64; 4],
    label_at: [f64; 2],
    anchor: &str,
    label: &str,
) {
    out.push_str("<g class=\"tick\">");
    line(out, class, at);
    text(out, "", label_at, anchor, label);
    out.push_str("</g>");
}

fn line(out: &mut String, class: &str, [x1, x2, y1, y2]: [f64; 4]) {
    out.push_str("<line");
    attr(out, "x1", x1);
    attr(out, "x2", x2);
    attr(out, "y1", y1);
    attr(out, "y2", y2);
    out.push_str(" class=\"");
    out.push_str(class);
    out.push_str("\"/>");
}

fn text(out: &mut String, extra: &str, [x, y]: [f64; 2], anchor: &str, words: &str) {
    out.push_str("<text ");
    out.push_str(extra);
    out.push_str("text-anchor=\"");
    out.push_str(anchor);
    out.push('"');
    attr(out, "x", x);
    attr(out, "y", y);
    out.push('>');
    escape(out, words);
    out.push_str("</text>");
}

fn path(out: &mut String, class: &str, series: &str, extra: &str, d: &str) {
    out.push_str("<path class=\"");
    out.push_str(class);
    out.push_str(series);
    out.push('"');
    out.push_str(extra);
    out.push_str(" d=\"");
    out.push_str(d); // path data: digits, letters, '.', ',', '-', ' '
    out.push_str("\"/>");
}

fn attr(out: &mut String, name: &str, v: f64) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    push_fixed(out, v, 1);
    out.push('"');
}

/// The chart's legend, the items of its `<ul>`: each series as a swatch of its class
/// with its label and count, then the ring of the reader's own figures if any is
/// plotted, then how many vague figures are not.
pub fn legend(p: &Plot) -> String {
    let mut out = String::new();
    for s in &p.series {
        out.push_str("<li><span class=\"swatch ");
        out.push_str(s.class);
        out.push_str("\"></span>");
        escape(&mut out, &s.label);
        out.push_str(" (");
        push_digits(&mut out, s.count as u128);
        out.push_str(")</li>");
    }
    if p.points.iter().any(|p| p.yours) {
        out.push_str(
            "<li data-testid=\"legend-yours\"><span class=\"swatch ring\"></span>yours (ringed)</li>",
        );
    }
    if p.unplotted > 0 {
        out.push_str("<li class=\"note\">");
        push_digits(&mut out, p.unplotted as u128);
        out.push_str(" vague figures without a number are not plotted</li>");
    }
    out
}

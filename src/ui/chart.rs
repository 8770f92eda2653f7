//! The chart: figures over time (x = article date, y = value), one series per
//! category or per region (the reader picks), ranges and one-sided bounds as whiskers,
//! undated figures in a band apart, log scale when values differ by orders of
//! magnitude. The marks of a series are drawn as one SVG path, so a crowded chart costs
//! a few elements; the pointer and the keyboard (arrow keys on the focused chart) pick
//! a mark, which shows its value, qualifier and sentence and opens its article on click
//! or Enter. The chart downloads as SVG and PNG.

use leptos::prelude::*;

use super::{download, CorpusRef, SetQuery};
use crate::export::file_name;
use crate::model::{describe_value, FigureRow, Filters};
use crate::num::fixed;
use crate::plot::{self, layout, nearest, reading_order};

/// Colours written into a downloaded SVG/PNG (the page's own come from CSS variables).
const EXPORT_STYLE: &str = "text{font:11px sans-serif;fill:#555}.grid{stroke:#e3e3e3}.axis{stroke:#777}\
.undated-band rect{fill:#eee}.dots{stroke:#fff;stroke-width:1}.whiskers{fill:none;stroke-width:2}.current{display:none}\
.cat-personnel{fill:#1f77b4;stroke:#1f77b4}.cat-units{fill:#6a3d9a;stroke:#6a3d9a}.cat-killed{fill:#c62828;stroke:#c62828}\
.cat-injured{fill:#ef6c00;stroke:#ef6c00}.cat-casualties{fill:#8d2f2f;stroke:#8d2f2f}.cat-equipment{fill:#2e7d32;stroke:#2e7d32}\
.cat-other{fill:#757575;stroke:#757575}.ser-0{fill:#1f77b4;stroke:#1f77b4}.ser-1{fill:#d62728;stroke:#d62728}\
.ser-2{fill:#2ca02c;stroke:#2ca02c}.ser-3{fill:#9467bd;stroke:#9467bd}.ser-4{fill:#ff7f0e;stroke:#ff7f0e}\
.ser-5{fill:#17becf;stroke:#17becf}.ser-6{fill:#8c564b;stroke:#8c564b}.ser-7{fill:#e377c2;stroke:#e377c2}\
.ser-other{fill:#bcbd22;stroke:#bcbd22}.ser-none{fill:#999;stroke:#999}.yours-ring{fill:none;stroke:#222;stroke-width:1.5}";

#[component]
pub fn Chart(
    rows: Memo<Vec<FigureRow>>,
    filters: Memo<Filters>,
    corpus: Memo<CorpusRef>,
) -> impl IntoView {
    let set = expect_context::<SetQuery>();
    let by_region = Memo::new(move |_| filters.with(|f| f.series_by_region));
    let plot = Memo::new(move |_| {
        let by_region = by_region.get();
        corpus.with(|c| rows.with(|r| layout(c, r, by_region)))
    });
    // the mark picked by the pointer or the keyboard, by its figure (stable across filters)
    let (hover, set_hover) = signal(None::<(usize, usize)>);
    let (error, set_error) = signal(None::<String>);
    let choose = move |region: bool| {
        let mut f = filters.get_untracked();
        f.series_by_region = region;
        set.apply(&f);
    };
    let save_svg = move |_| {
        let r = download::svg_markup("chart-svg", EXPORT_STYLE).and_then(|svg| {
            download::save_text(
                &file_name(&filters.get_untracked(), "svg"),
                "image/svg+xml",
                &svg,
            )
        });
        set_error.set(r.err());
    };
    let save_png = move |_| {
        let r = download::svg_markup("chart-svg", EXPORT_STYLE)
            .and_then(|svg| download::save_png(&file_name(&filters.get_untracked(), "png"), &svg));
        set_error.set(r.err());
    };
    // index into the plot's points of the picked mark, if it is still shown
    let current = Memo::new(move |_| {
        let key = hover.get()?;
        rows.with(|rows| {
            plot.with(|p| {
                p.points
                    .iter()
                    .position(|pt| rows.get(pt.row).map(|r| r.key()) == Some(key))
            })
        })
    });
    let pick = move |i: Option<usize>| {
        let key = i.and_then(|i| {
            let row = plot.with_untracked(|p| p.points.get(i).map(|pt| pt.row))?;
            rows.with_untracked(|r| r.get(row).map(|r| r.key()))
        });
        set_hover.set(key);
    };
    let open = move |i: usize| {
        let Some(row) = plot.with_untracked(|p| p.points.get(i).map(|pt| pt.row)) else {
            return;
        };
        let target = rows.with_untracked(|r| r.get(row).cloned());
        if let Some(r) = target {
            let id = corpus.with_untracked(|c| c.articles[r.article].article.id.clone());
            set.apply(&filters.get_untracked().reading(&id, Some(r.figure)));
        }
    };
    // pointer position → SVG units (the viewBox is scaled to fit, centred)
    let at_pointer = move |ev: &leptos::ev::MouseEvent| -> Option<usize> {
        use leptos::wasm_bindgen::JsCast;
        let el = ev
            .current_target()?
            .dyn_into::<leptos::web_sys::Element>()
            .ok()?;
        let r = el.get_bounding_client_rect();
        let scale = (r.width() / plot::WIDTH).min(r.height() / plot::HEIGHT);
        if scale <= 0.0 {
            return None;
        }
        let x = (ev.client_x() as f64 - r.left() - (r.width() - plot::WIDTH * scale) / 2.0) / scale;
        let y =
            (ev.client_y() as f64 - r.top() - (r.height() - plot::HEIGHT * scale) / 2.0) / scale;
        plot.with_untracked(|p| nearest(p, x, y, 12.0))
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let order = plot.with_untracked(reading_order);
        if order.is_empty() {
            return;
        }
        let at = current
            .get_untracked()
            .and_then(|c| order.iter().position(|&i| i == c));
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => Some(at.map_or(0, |a| (a + 1).min(order.len() - 1))),
            "ArrowLeft" | "ArrowUp" => Some(at.map_or(0, |a| a.saturating_sub(1))),
            "Home" => Some(0),
            "End" => Some(order.len() - 1),
            "Enter" | " " => {
                if let Some(c) = current.get_untracked() {
                    ev.prevent_default();
                    open(c);
                }
                return;
            }
            "Escape" => {
                pick(None);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        pick(next.map(|k| order[k]));
    };
    let tooltip = move || {
        let i = current.get()?;
        let pt = plot.with(|p| p.points.get(i).cloned())?;
        let row = rows.with(|r| r.get(pt.row).cloned())?;
        let c = corpus.get();
        let (e, f) = row.get(&c);
        let left = pt.x / plot::WIDTH * 100.0;
        let top = pt.y / plot::HEIGHT * 100.0;
        let side = if left > 60.0 {
            "right: calc(100% - "
        } else {
            "left: calc("
        };
        let style = format!(
            "{side}{}% + 10px); top: calc({}% + 10px)",
            fixed(left, 2),
            fixed(top, 2)
        );
        Some(view! {
            <div class="tooltip" role="status" data-testid="tooltip" style=style>
                <strong>{format!("{} {}", describe_value(f), f.unit)}</strong>
                <span class="tip-meta">{format!(
                    "{} · {} · {} · {}",
                    f.qualifier.as_str().replace('_', " "),
                    f.category.as_str(),
                    f.region.as_deref().unwrap_or("no region"),
                    row.date(&c).unwrap_or("undated")
                )}</span>
                <q>{f.sentence.to_string()}</q>
                {(pt.count > 1).then(|| view! { <span class="tip-meta">{format!("and {} more figures on this spot", pt.count - 1)}</span> })}
                <span class="tip-src">
                    {if e.yours { "yours · " } else { "" }}
                    {e.article.source.clone().unwrap_or_else(|| e.article.id.clone())}
                    " · Enter or click opens the article"
                </span>
            </div>
        })
    };
    view! {
        <section class="chart" aria-labelledby="chart-h">
            <div class="section-head">
                <h2 id="chart-h">"Figures over time"</h2>
                <div class="chart-tools" role="group" aria-label="Chart options">
                    <span id="series-label">"Colour by"</span>
                    <button type="button" aria-pressed=move || (!by_region.get()).to_string()
                        data-testid="series-category" on:click=move |_| choose(false)>"category"</button>
                    <button type="button" aria-pressed=move || by_region.get().to_string()
                        data-testid="series-region" on:click=move |_| choose(true)>"region"</button>
                    <button type="button" data-testid="save-svg" on:click=save_svg>"SVG"</button>
                    <button type="button" data-testid="save-png" on:click=save_png>"PNG"</button>
                </div>
            </div>
            {move || error.get().map(|e| view! { <p class="warn" role="alert">{format!("Could not save the chart: {e}")}</p> })}
            <div class="chart-frame">
                <svg
                    id="chart-svg"
                    data-testid="chart"
                    role="group"
                    tabindex="0"
                    aria-roledescription="chart"
                    aria-describedby="chart-keys"
                    aria-label=move || {
                        plot.with(|p| format!("Chart of {} figures by date and value{}", p.points.len(), if p.log { ", log scale" } else { "" }))
                    }
                    data-marks=move || plot.with(|p| p.points.len())
                    viewBox=plot::VIEW_BOX
                    preserveAspectRatio="xMidYMid meet"
                    class:picking=move || current.get().is_some()
                    on:pointermove=move |ev| pick(at_pointer(&ev))
                    on:pointerleave=move |_| pick(None)
                    on:click=move |ev| if let Some(i) = at_pointer(&ev) { open(i) }
                    on:keydown=on_key
                    on:focus=move |_| if current.get_untracked().is_none() {
                        pick(plot.with_untracked(|p| reading_order(p).first().copied()))
                    }
                    on:blur=move |_| pick(None)
                >
                    // the drawing as one string of markup, parsed by the browser
                    <g class="drawing" inner_html=move || plot.with(plot::markup)></g>
                    {move || current.get().and_then(|i| plot.with(|p| p.points.get(i).map(|pt| view! {
                        <circle class="current" cx=fixed(pt.x, 1) cy=fixed(pt.y, 1) r=fixed(plot::RING, 1) />
                    })))}
                </svg>
                {tooltip}
            </div>
            <p id="chart-keys" class="hint">"Point at a mark, or focus the chart and use the arrow keys, to see a figure; click or press Enter to open its article."</p>
            // the legend as one string of markup, parsed by the browser
            <ul class="legend" data-testid="legend" inner_html=move || plot.with(plot::legend)></ul>
        </section>
    }
}

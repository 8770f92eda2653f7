//! The chart: figures over time (x = article date, y = value), one series per
//! category or per region (the reader picks), ranges and one-sided bounds as whiskers,
//! undated figures in a band apart, log scale when values differ by orders of
//! magnitude. Every point is focusable, shows its value, qualifier and sentence on
//! hover and focus, and opens its article. The chart downloads as SVG and PNG.

use leptos::prelude::*;

use super::{download, CorpusRef, SetQuery};
use crate::export::file_name;
use crate::model::{describe_value, FigureRow, Filters};
use crate::plot::{self, layout, Plot};

/// Colours written into a downloaded SVG/PNG (the page's own come from CSS variables).
const EXPORT_STYLE: &str = "text{font:11px sans-serif;fill:#555}.grid{stroke:#e3e3e3}.axis{stroke:#777}\
.undated-band rect{fill:#eee}circle{stroke:#fff;stroke-width:1.5}.whisker{stroke-width:2}\
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
    let by_region = Memo::new(move |_| filters.get().series_by_region);
    let plot = Memo::new(move |_| layout(&corpus.get(), &rows.get(), by_region.get()));
    let (hover, set_hover) = signal(None::<usize>);
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
    let tooltip = move || {
        let i = hover.get()?;
        let p = plot.get();
        let pt = p.points.iter().find(|pt| pt.row == i)?;
        let rows = rows.get();
        let c = corpus.get();
        let (e, f) = rows.get(i)?.get(&c);
        let left = pt.x / plot::WIDTH * 100.0;
        let top = pt.y / plot::HEIGHT * 100.0;
        let side = if left > 60.0 {
            "right: calc(100% - "
        } else {
            "left: calc("
        };
        let style = format!("{side}{left:.2}% + 10px); top: calc({top:.2}% + 10px)");
        Some(view! {
            <div class="tooltip" role="status" data-testid="tooltip" style=style>
                <strong>{format!("{} {}", describe_value(f), f.unit)}</strong>
                <span class="tip-meta">{format!(
                    "{} · {} · {} · {}",
                    f.qualifier.as_str().replace('_', " "),
                    f.category.as_str(),
                    f.region.as_deref().unwrap_or("no region"),
                    rows[i].date.as_deref().unwrap_or("undated")
                )}</span>
                <q>{f.sentence.clone()}</q>
                {(pt.count > 1).then(|| view! { <span class="tip-meta">{format!("and {} more figures on this spot", pt.count - 1)}</span> })}
                <span class="tip-src">
                    {if e.yours { "yours · " } else { "" }}
                    {e.article.source.clone().unwrap_or_else(|| e.article.id.clone())}
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
                    aria-label=move || {
                        let p = plot.get();
                        format!("Chart of {} figures by date and value{}", p.points.len(), if p.log { ", log scale" } else { "" })
                    }
                    viewBox=format!("0 0 {} {}", plot::WIDTH, plot::HEIGHT)
                    preserveAspectRatio="xMidYMid meet"
                >
                    {move || draw(&corpus.get(), &plot.get(), &rows.get(), filters, set, set_hover)}
                </svg>
                {tooltip}
            </div>
            <ul class="legend" data-testid="legend">
                {move || plot.get().series.into_iter().map(|s| view! {
                    <li><span class=format!("swatch {}", s.class)></span>{format!("{} ({})", s.label, s.count)}</li>
                }).collect_view()}
                {move || plot.get().points.iter().any(|p| p.yours).then(|| view! {
                    <li data-testid="legend-yours"><span class="swatch ring"></span>"yours (ringed)"</li>
                })}
                {move || {
                    let n = plot.get().unplotted;
                    (n > 0).then(|| view! { <li class="note">{format!("{n} vague figures without a number are not plotted")}</li> })
                }}
            </ul>
        </section>
    }
}

fn draw(
    c: &crate::data::Corpus,
    p: &Plot,
    rows: &[FigureRow],
    filters: Memo<Filters>,
    set: SetQuery,
    set_hover: WriteSignal<Option<usize>>,
) -> impl IntoView {
    let bottom = plot::HEIGHT - plot::BOTTOM;
    let x_end = plot::WIDTH - plot::RIGHT;
    let y_ticks = p
        .y_ticks
        .iter()
        .map(|(y, l)| {
            view! {
                <g class="tick">
                    <line x1=plot::LEFT x2=x_end y1=*y y2=*y class="grid" />
                    <text x=plot::LEFT - 6.0 y=*y + 4.0 text-anchor="end">{l.clone()}</text>
                </g>
            }
        })
        .collect_view();
    let x_ticks = p
        .x_ticks
        .iter()
        .map(|(x, l)| {
            view! {
                <g class="tick">
                    <line x1=*x x2=*x y1=bottom y2=bottom + 5.0 class="axis" />
                    <text x=*x y=bottom + 18.0 text-anchor="middle">{l.clone()}</text>
                </g>
            }
        })
        .collect_view();
    let undated = p.undated_x.map(|x| {
        view! {
            <g class="undated-band">
                <rect x=x - 30.0 y=plot::TOP width=60.0 height=bottom - plot::TOP />
                <text x=x y=bottom + 18.0 text-anchor="middle">"undated"</text>
            </g>
        }
    });
    let points = p
        .points
        .iter()
        .map(|pt| {
            let row = &rows[pt.row];
            let (e, f) = row.get(c);
            let label = format!(
                "{} {}, {}, {}, {}: {}",
                describe_value(f),
                f.unit,
                f.category.as_str(),
                f.region.as_deref().unwrap_or("no region"),
                row.date.as_deref().unwrap_or("undated"),
                f.sentence
            );
            let id = e.article.id.clone();
            let fig = row.figure;
            let open = move || set.apply(&filters.get_untracked().reading(&id, Some(fig)));
            let open2 = open.clone();
            let i = pt.row;
            let whisker = pt
                .whisker
                .map(|(y1, y2)| view! { <line class="whisker" x1=pt.x x2=pt.x y1=y1 y2=y2 /> });
            let label = if pt.count > 1 {
                format!("{label} (and {} more figures here)", pt.count - 1)
            } else {
                label
            };
            let radius = if pt.count > 1 { "5.5" } else { "5" };
            let yours_ring = pt
                .yours
                .then(|| view! { <circle class="yours-ring" cx=pt.x cy=pt.y r="8.5" /> });
            let label = if pt.yours {
                format!("yours: {label}")
            } else {
                label
            };
            view! {
                <g
                    class=format!("point {}", pt.class)
                    class:yours=pt.yours
                    tabindex="0"
                    role="button"
                    aria-label=label
                    on:click=move |_| open()
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            open2()
                        }
                    }
                    on:mouseenter=move |_| set_hover.set(Some(i))
                    on:mouseleave=move |_| set_hover.set(None)
                    on:focus=move |_| set_hover.set(Some(i))
                    on:blur=move |_| set_hover.set(None)
                >
                    {whisker}
                    {yours_ring}
                    <circle cx=pt.x cy=pt.y r=radius />
                </g>
            }
        })
        .collect_view();
    view! {
        <g class="axes">
            {y_ticks}
            {x_ticks}
            <line x1=plot::LEFT x2=x_end y1=bottom y2=bottom class="axis" />
            <text class="scale-note" x=x_end y=plot::TOP + 10.0 text-anchor="end">{if p.log { "log scale" } else { "" }}</text>
        </g>
        {undated}
        <g class="points">{points}</g>
    }
}

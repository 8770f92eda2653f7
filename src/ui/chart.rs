//! The chart: figures over time (x = article date, y = value), one colour per
//! category, ranges and one-sided bounds as whiskers, undated figures in a band apart.

use leptos::prelude::*;

use super::corpus;
use crate::model::{describe_value, FigureRow};
use crate::plot::{self, layout, Plot};
use tally_extract::Category;

#[component]
pub fn Chart(rows: Memo<Vec<FigureRow>>) -> impl IntoView {
    let plot = Memo::new(move |_| layout(corpus(), &rows.get()));
    view! {
        <section class="chart" aria-labelledby="chart-h">
            <h2 id="chart-h">"Figures over time"</h2>
            <svg
                data-testid="chart"
                role="img"
                aria-label=move || format!("Chart of {} figures by date and value", plot.get().points.len())
                viewBox=format!("0 0 {} {}", plot::WIDTH, plot::HEIGHT)
                preserveAspectRatio="xMidYMid meet"
            >
                {move || draw(&plot.get(), &rows.get())}
            </svg>
            <ul class="legend">
                {Category::ALL.into_iter().map(|c| view! {
                    <li><span class=format!("swatch cat-{}", c.as_str())></span>{c.as_str()}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}

fn draw(p: &Plot, rows: &[FigureRow]) -> impl IntoView {
    let c = corpus();
    let bottom = plot::HEIGHT - plot::BOTTOM;
    let x_end = plot::WIDTH - plot::RIGHT;
    let y_ticks = p.y_ticks.iter().map(|(y, l)| view! {
        <g class="tick">
            <line x1=plot::LEFT x2=x_end y1=*y y2=*y class="grid" />
            <text x=plot::LEFT - 6.0 y=*y + 4.0 text-anchor="end">{l.clone()}</text>
        </g>
    }).collect_view();
    let x_ticks = p.x_ticks.iter().map(|(x, l)| view! {
        <g class="tick">
            <line x1=*x x2=*x y1=bottom y2=bottom + 5.0 class="axis" />
            <text x=*x y=bottom + 18.0 text-anchor="middle">{l.clone()}</text>
        </g>
    }).collect_view();
    let undated = p.undated_x.map(|x| view! {
        <g class="undated-band">
            <rect x=x - 30.0 y=plot::TOP width=60.0 height=bottom - plot::TOP />
            <text x=x y=bottom + 18.0 text-anchor="middle">"undated"</text>
        </g>
    });
    let points = p.points.iter().map(|pt| {
        let (e, f) = rows[pt.row].get(c);
        let label = format!(
            "{} {} ({}, {}, {}): “{}”",
            describe_value(f),
            f.unit,
            f.category.as_str(),
            f.region.as_deref().unwrap_or("no region"),
            rows[pt.row].date.as_deref().unwrap_or("undated"),
            f.sentence
        );
        let id = e.article.id.clone();
        let id2 = id.clone();
        let title = label.clone();
        let whisker = pt.whisker.map(|(y1, y2)| view! { <line class="whisker" x1=pt.x x2=pt.x y1=y1 y2=y2 /> });
        view! {
            <g
                class=format!("point cat-{}", f.category.as_str())
                tabindex="0"
                role="link"
                aria-label=label
                on:click=move |_| show_article(&id)
                on:keydown=move |ev| if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); show_article(&id2) }
            >
                {whisker}
                <circle cx=pt.x cy=pt.y r="5"><title>{title}</title></circle>
            </g>
        }
    }).collect_view();
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

/// Brings an article into view (the reading view comes with the provenance work).
fn show_article(id: &str) {
    let _ = window().location().set_hash(&format!("article-{id}"));
}

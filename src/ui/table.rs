//! The table of figures that pass the filters.

use leptos::prelude::*;

use super::corpus;
use crate::model::{describe_value, display_title, FigureRow, Filters};

#[component]
pub fn FigureTable(rows: Memo<Vec<FigureRow>>, filters: Memo<Filters>) -> impl IntoView {
    view! {
        <section class="table-wrap" aria-labelledby="figures-h">
            <h2 id="figures-h">"Figures"</h2>
            <Show
                when=move || !rows.get().is_empty()
                fallback=move || view! {
                    <p class="empty" data-testid="empty">{move || empty_reason(&filters.get())}</p>
                }
            >
                <table class="figures" data-testid="figures">
                    <thead>
                        <tr>
                            <th scope="col" class="num">"Value"</th>
                            <th scope="col">"Counts"</th>
                            <th scope="col">"Category"</th>
                            <th scope="col">"Region"</th>
                            <th scope="col">"Date"</th>
                            <th scope="col">"Article"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|r| r.key() let:row>
                            {figure_row(&row)}
                        </For>
                    </tbody>
                </table>
            </Show>
        </section>
    }
}

fn figure_row(row: &FigureRow) -> impl IntoView {
    let (e, f) = row.get(corpus());
    let region = f.region.clone().unwrap_or_else(|| "—".into());
    let date = row.date.clone().unwrap_or_else(|| "undated".into());
    let href = format!("#article-{}", e.article.id);
    view! {
        <tr data-region=f.region.clone().unwrap_or_default() data-category=f.category.as_str() data-date=row.date.clone().unwrap_or_default()>
            <td class="num" title=f.text.clone()>{describe_value(f)}</td>
            <td>
                <span class="unit">{f.unit.clone()}</span>
                <q class="quote" title=f.sentence.clone()>{f.text.clone()}</q>
            </td>
            <td><span class=format!("cat cat-{}", f.category.as_str())>{f.category.as_str()}</span></td>
            <td>{region}</td>
            <td class="date">{date}</td>
            <td><a href=href>{display_title(e)}</a></td>
        </tr>
    }
}

fn empty_reason(f: &Filters) -> String {
    if f.is_unfiltered() {
        return "No figures in this corpus.".into();
    }
    let mut why = Vec::new();
    if !f.regions.is_empty() {
        why.push(format!("region {}", f.regions.join(" or ")));
    }
    if f.from.is_some() || f.to.is_some() {
        why.push(format!(
            "dates {} to {}",
            f.from.as_deref().unwrap_or("the start"),
            f.to.as_deref().unwrap_or("today")
        ));
    }
    if f.exclude_undated {
        why.push("undated articles excluded".into());
    }
    if !f.q.trim().is_empty() {
        why.push(format!("search “{}”", f.q.trim()));
    }
    format!("No figures match {}. Widen the filters or press Reset.", why.join(", "))
}

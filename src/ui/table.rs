//! The table of figures that pass the filters: sortable by any column (click or
//! keyboard, `aria-sort`), paginated so the DOM never holds more than a page, every
//! row a link to its sentence in the article.

use leptos::prelude::*;

use super::{CorpusRef, SetQuery};
use crate::model::{describe_value, display_title, page_count, FigureRow, Filters, PAGE_SIZE};

const COLUMNS: [(&str, &str, bool); 6] = [
    ("value", "Value", true),
    ("unit", "Counts", false),
    ("category", "Category", false),
    ("region", "Region", false),
    ("date", "Date", false),
    ("article", "Article", false),
];

#[component]
pub fn FigureTable(
    rows: Memo<Vec<FigureRow>>,
    filters: Memo<Filters>,
    corpus: Memo<CorpusRef>,
) -> impl IntoView {
    let set = expect_context::<SetQuery>();
    // the page belongs to one filter: a new filter starts at page 1 (derived, not synced)
    let view_key = Memo::new(move |_| {
        let f = filters.get();
        Filters {
            article: None,
            figure: None,
            series_by_region: false,
            ..f
        }
        .to_query()
    });
    let (page_of, set_page_of) = signal((String::new(), 0usize));
    let page = Memo::new(move |_| {
        let (k, p) = page_of.get();
        if k == view_key.get() {
            p.min(page_count(rows.with(Vec::len)) - 1)
        } else {
            0
        }
    });
    let go = move |p: usize| set_page_of.set((view_key.get_untracked(), p));
    let shown = Memo::new(move |_| {
        let start = page.get() * PAGE_SIZE;
        rows.with(|r| {
            r.get(start..(start + PAGE_SIZE).min(r.len()))
                .map(<[FigureRow]>::to_vec)
                .unwrap_or_default()
        })
    });
    let sort_by = move |key: &'static str| {
        let mut f = filters.get_untracked();
        let cur = f.sort.clone().unwrap_or_else(|| "date".into());
        f.sort = Some(if cur == key {
            format!("-{key}")
        } else {
            key.to_string()
        });
        set.apply(&f);
    };
    let header = COLUMNS
        .iter()
        .map(|&(key, label, num)| {
            let state = move || {
                let s = filters
                    .with(|f| f.sort.clone())
                    .unwrap_or_else(|| "date".into());
                if s == key {
                    "ascending"
                } else if s.strip_prefix('-') == Some(key) {
                    "descending"
                } else {
                    "none"
                }
            };
            view! {
                <th scope="col" class:num=num aria-sort=state>
                    <button type="button" class="sort" data-sort=key on:click=move |_| sort_by(key)>
                        {label}
                        <span class="arrow" aria-hidden="true">{move || match state() {
                            "ascending" => "▲",
                            "descending" => "▼",
                            _ => "↕",
                        }}</span>
                    </button>
                </th>
            }
        })
        .collect_view();
    view! {
        <section class="table-wrap" aria-labelledby="figures-h">
            <h2 id="figures-h">"Figures"</h2>
            <Show
                when=move || !rows.with(Vec::is_empty)
                fallback=move || view! {
                    <p class="empty" data-testid="empty" role="status">{move || empty_reason(&filters.get())}</p>
                }
            >
                <div class="scroll">
                    <table class="figures" data-testid="figures">
                        <caption class="visually-hidden">"Figures reported in the articles; column headers sort"</caption>
                        <thead><tr>{header.clone()}</tr></thead>
                        <tbody>
                            <For each=move || shown.get() key=move |r| (r.key(), corpus.get_untracked().generation()) let:row>
                                {figure_row(&corpus.get_untracked(), &row, filters, set)}
                            </For>
                        </tbody>
                    </table>
                </div>
                <nav class="pager" aria-label="Table pages">
                    <button type="button" data-testid="prev" disabled=move || page.get() == 0
                        on:click=move |_| go(page.get_untracked().saturating_sub(1))>"‹ Previous"</button>
                    <span data-testid="page" aria-live="polite">{move || {
                        let n = rows.with(Vec::len);
                        let start = page.get() * PAGE_SIZE;
                        format!("{}–{} of {}", start + 1, (start + PAGE_SIZE).min(n), n)
                    }}</span>
                    <button type="button" data-testid="next"
                        disabled=move || { page.get() + 1 >= page_count(rows.with(Vec::len)) }
                        on:click=move |_| go(page.get_untracked() + 1)>"Next ›"</button>
                </nav>
            </Show>
        </section>
    }
}

fn figure_row(
    c: &crate::data::Corpus,
    row: &FigureRow,
    filters: Memo<Filters>,
    set: SetQuery,
) -> impl IntoView {
    let (e, f) = row.get(c);
    let region = f.region.clone().unwrap_or_else(|| "—".into());
    let date = row.date(c).unwrap_or("undated").to_string();
    let id = e.article.id.clone();
    let fig = row.figure;
    let href = {
        let id = id.clone();
        move || filters.with(|f| f.reading(&id, Some(fig)).to_query())
    };
    let open = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return; // let the browser open a new tab
        }
        ev.prevent_default();
        set.apply(&filters.get_untracked().reading(&id, Some(fig)));
    };
    let selected = {
        let id = e.article.id.clone();
        move || filters.with(|f| f.article.as_deref() == Some(id.as_str()) && f.figure == Some(fig))
    };
    view! {
        <tr
            data-region=f.region.clone().unwrap_or_default()
            data-category=f.category.as_str()
            data-date=row.date(c).unwrap_or_default().to_string()
            class:selected=selected
        >
            <td class="num">{describe_value(f)}</td>
            <td>
                <span class="unit">{f.unit.clone()}</span>
                <a class="quote" href=href on:click=open title="Read the sentence in its article">
                    "“" {f.text.clone()} "”"
                </a>
            </td>
            <td><span class=format!("cat cat-{}", f.category.as_str())>{f.category.as_str()}</span></td>
            <td>{region}</td>
            <td class="date">{date}</td>
            <td class="article-cell">
                {e.yours.then(|| view! { <span class="yours-badge">"yours"</span> })}
                <span class="source">{e.article.source.clone().unwrap_or_default()}</span>
                " "
                {display_title(e)}
            </td>
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
    if !f.categories.is_empty() {
        why.push(format!(
            "category {}",
            f.categories
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join(" or ")
        ));
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
    format!(
        "No figures match {}. Widen the filters — remove a region or category, widen the dates, include undated articles, or clear the search — or press Reset.",
        why.join(", ")
    )
}

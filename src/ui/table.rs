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
    reading: Memo<(Option<String>, Option<usize>)>,
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
    let header = move || {
        COLUMNS
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
        .collect_view()
    };
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
                        <thead><tr>{header()}</tr></thead>
                        <tbody>
                            // rows stay in place and change their words: a new filter or
                            // page updates text, it does not rebuild the table
                            <For each=move || 0..shown.with(Vec::len) key=|i| *i let:i>
                                {figure_row(i, shown, corpus, (filters, reading), set)}
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

/// What row `i` of the page shows, as words.
#[derive(Debug, Clone, PartialEq, Default)]
struct RowWords {
    id: String,
    figure: usize,
    value: String,
    unit: String,
    text: String,
    category: &'static str,
    region: Option<String>,
    date: Option<String>,
    source: String,
    title: String,
    yours: bool,
}

impl RowWords {
    fn of(c: &crate::data::Corpus, row: &FigureRow) -> RowWords {
        let (e, f) = row.get(c);
        RowWords {
            id: e.article.id.clone(),
            figure: row.figure,
            value: describe_value(f),
            unit: f.unit.clone(),
            text: f.text.clone(),
            category: f.category.as_str(),
            region: f.region.clone(),
            date: row.date(c).map(str::to_string),
            source: e.article.source.clone().unwrap_or_default(),
            title: display_title(e),
            yours: e.yours,
        }
    }
}

/// Row `i` of the page shown.
fn figure_row(
    i: usize,
    shown: Memo<Vec<FigureRow>>,
    corpus: Memo<CorpusRef>,
    (filters, reading): (Memo<Filters>, Memo<(Option<String>, Option<usize>)>),
    set: SetQuery,
) -> impl IntoView {
    let w = super::page_item(i, shown, corpus, |c, row| RowWords::of(c, row));
    let get =
        move |f: fn(&RowWords) -> String| move || w.with(|w| w.as_ref().map(f).unwrap_or_default());
    let (href, open) = super::reading_link(filters.into(), filters, set, move || {
        w.with(|w| w.as_ref().map(|w| (w.id.clone(), Some(w.figure))))
    });
    // (rows read the figure open in the reader, not the whole filters: a filter change
    // does not ask every row whether it is still the one selected)
    let selected = move || {
        w.with(|w| {
            w.as_ref().is_some_and(|w| {
                reading.with(|(a, f)| a.as_deref() == Some(w.id.as_str()) && *f == Some(w.figure))
            })
        })
    };
    view! {
        <tr class:selected=selected>
            <td class="num">{get(|w| w.value.clone())}</td>
            <td>
                <span class="unit">{get(|w| w.unit.clone())}</span>
                <a class="quote" href=href on:click=open title="Read the sentence in its article">
                    "“" {get(|w| w.text.clone())} "”"
                </a>
            </td>
            <td><span class=get(|w| format!("cat cat-{}", w.category))>{get(|w| w.category.to_string())}</span></td>
            <td>{get(|w| w.region.clone().unwrap_or_else(|| "—".into()))}</td>
            <td class="date">{get(|w| w.date.clone().unwrap_or_else(|| "undated".into()))}</td>
            <td class="article-cell">
                {move || w.with(|w| w.as_ref().is_some_and(|w| w.yours)).then(|| view! { <span class="yours-badge">"yours"</span> })}
                <span class="source">{get(|w| w.source.clone())}</span>
                " "
                {get(|w| w.title.clone())}
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

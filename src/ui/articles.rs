//! The list of articles that pass the filters, copies folded into their original.

use leptos::prelude::*;

use super::{CorpusRef, SetQuery};
use crate::model::{copy_labels, display_title, shown_date, ArticleRow, Filters, PAGE_SIZE};

#[component]
pub fn ArticleList(
    articles: Memo<Vec<ArticleRow>>,
    filters: Memo<Filters>,
    corpus: Memo<CorpusRef>,
) -> impl IntoView {
    let set = expect_context::<SetQuery>();
    // how many are listed, for the current list only (a new filter starts again at one page)
    let (more, set_more) = signal((Vec::<ArticleRow>::new(), PAGE_SIZE));
    let limit = Memo::new(move |_| {
        let (list, n) = more.get();
        if articles.with(|a| *a == list) {
            n
        } else {
            PAGE_SIZE
        }
    });
    let shown = Memo::new(move |_| articles.with(|a| a[..a.len().min(limit.get())].to_vec()));
    view! {
        <section class="articles" aria-labelledby="articles-h">
            <h2 id="articles-h">{move || format!("Articles ({})", articles.with(Vec::len))}</h2>
            <ol class="article-list" data-testid="articles">
                <For each=move || shown.get() key=move |a| (a.index, corpus.get_untracked().generation()) let:row>
                    {article_item(&corpus.get_untracked(), &row, filters, set)}
                </For>
            </ol>
            <Show when=move || { articles.with(|a| a.len() > limit.get()) }>
                <button type="button" class="more" data-testid="more-articles"
                    on:click=move |_| set_more.set((articles.get_untracked(), limit.get_untracked() + PAGE_SIZE))>
                    {move || format!("Show more ({} of {} listed)", limit.get(), articles.with(|a| a.len()))}
                </button>
            </Show>
        </section>
    }
}

fn article_item(
    c: &crate::model::Indexed,
    row: &ArticleRow,
    filters: Memo<Filters>,
    set: SetQuery,
) -> impl IntoView {
    let e = &c.articles[row.index];
    let a = &e.article;
    let date = shown_date(c, row.index)
        .map(str::to_string)
        .unwrap_or_else(|| "undated".into());
    let copies: Vec<String> = copy_labels(c, e)
        .into_iter()
        .map(|(id, t)| format!("{id} ({t})"))
        .collect();
    let id = a.id.clone();
    let href = {
        let id = id.clone();
        move || filters.with(|f| f.reading(&id, None).to_query())
    };
    let open = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        set.apply(&filters.get_untracked().reading(&id, None));
    };
    view! {
        <li id=format!("article-{}", a.id) data-id=a.id.clone()>
            <h3 class=if a.title.is_some() { "headline" } else { "headline first-words" }>
                {e.yours.then(|| view! { <span class="yours-badge">"yours"</span> " " })}
                <a href=href on:click=open>{display_title(e)}</a>
            </h3>
            <p class="meta">
                <span class="date">{date}</span>
                " · "
                <span class="source">{a.source.clone().unwrap_or_else(|| "source unknown".into())}</span>
                " · "
                <span class="regions">{if a.regions.is_empty() { "no region".to_string() } else { a.regions.join(", ") }}</span>
                " · "
                <span class="count">{format!("{} figures", a.figures.len())}</span>
            </p>
            {(!copies.is_empty()).then(|| view! {
                <p class="copies" data-testid="copies">"also published as " {copies.join("; ")}</p>
            })}
            {(!a.warnings.is_empty()).then(|| view! {
                <p class="warn">{a.warnings.join("; ")}</p>
            })}
        </li>
    }
}

//! The list of articles that pass the filters, copies folded into their original.

use leptos::prelude::*;

use super::{CorpusRef, SetQuery};
use crate::model::{display_title, shown_date, ArticleRow, Filters};

#[component]
pub fn ArticleList(articles: Memo<Vec<ArticleRow>>, filters: Memo<Filters>, corpus: Memo<CorpusRef>) -> impl IntoView {
    let set = expect_context::<SetQuery>();
    view! {
        <section class="articles" aria-labelledby="articles-h">
            <h2 id="articles-h">{move || format!("Articles ({})", articles.get().len())}</h2>
            <ol class="article-list" data-testid="articles">
                <For each=move || articles.get() key=move |a| (a.index, corpus.get_untracked().generation()) let:row>
                    {article_item(&corpus.get_untracked(), &row, filters, set)}
                </For>
            </ol>
        </section>
    }
}

fn article_item(c: &crate::data::Corpus, row: &ArticleRow, filters: Memo<Filters>, set: SetQuery) -> impl IntoView {
    let e = &c.articles[row.index];
    let a = &e.article;
    let date = shown_date(c, row.index).map(str::to_string).unwrap_or_else(|| "undated".into());
    let copies: Vec<String> = e
        .copies
        .iter()
        .map(|id| {
            let t = c.articles.iter().find(|x| &x.article.id == id).map(display_title).unwrap_or_default();
            format!("{id} ({t})")
        })
        .collect();
    let id = a.id.clone();
    let href = {
        let id = id.clone();
        move || filters.get().reading(&id, None).to_query()
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

//! The list of articles that pass the filters, copies folded into their original.

use leptos::prelude::*;

use super::{CorpusRef, SetQuery};
use crate::model::{copy_labels, display_title, shown_date, ArticleRow, Filters, PAGE_SIZE};

#[component]
pub fn ArticleList(
    articles: Memo<Vec<ArticleRow>>,
    filters: Memo<Filters>,
    links: Signal<Filters>,
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
                // items stay in place and change their words when the list changes
                <For each=move || 0..shown.with(Vec::len) key=|i| *i let:i>
                    {article_item(i, shown, corpus, (links, filters), set)}
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

/// What item `i` of the list shows, as words.
#[derive(Debug, Clone, PartialEq, Default)]
struct ItemWords {
    id: String,
    headline: bool,
    title: String,
    date: String,
    source: String,
    regions: String,
    figures: usize,
    copies: String,
    warnings: String,
    yours: bool,
}

impl ItemWords {
    fn of(c: &crate::model::Indexed, row: &ArticleRow) -> ItemWords {
        let e = &c.articles[row.index];
        let a = &e.article;
        ItemWords {
            id: a.id.clone(),
            headline: a.title.is_some(),
            title: display_title(e),
            date: shown_date(c, row.index).unwrap_or("undated").to_string(),
            source: a.source.clone().unwrap_or_else(|| "source unknown".into()),
            regions: if a.regions.is_empty() {
                "no region".into()
            } else {
                a.regions.join(", ")
            },
            figures: a.figures.len(),
            copies: copy_labels(c, e)
                .into_iter()
                .map(|(id, t)| format!("{id} ({t})"))
                .collect::<Vec<_>>()
                .join("; "),
            warnings: a.warnings.join("; "),
            yours: e.yours,
        }
    }
}

/// Item `i` of the list shown.
fn article_item(
    i: usize,
    shown: Memo<Vec<ArticleRow>>,
    corpus: Memo<CorpusRef>,
    (links, filters): (Signal<Filters>, Memo<Filters>),
    set: SetQuery,
) -> impl IntoView {
    let w = super::page_item(i, shown, corpus, ItemWords::of);
    let get = move |f: fn(&ItemWords) -> String| {
        move || w.with(|w| w.as_ref().map(f).unwrap_or_default())
    };
    let has = move |f: fn(&ItemWords) -> bool| move || w.with(|w| w.as_ref().is_some_and(f));
    let (href, open) = super::reading_link(links, filters, set, move || {
        w.with(|w| w.as_ref().map(|w| (w.id.clone(), None)))
    });
    view! {
        <li id=get(|w| format!("article-{}", w.id)) data-id=get(|w| w.id.clone())>
            <h3 class=get(|w| if w.headline { "headline".into() } else { "headline first-words".into() })>
                {move || has(|w| w.yours)().then(|| view! { <span class="yours-badge">"yours"</span> " " })}
                <a href=href on:click=open>{get(|w| w.title.clone())}</a>
            </h3>
            <p class="meta">
                <span class="date">{get(|w| w.date.clone())}</span>
                " · "
                <span class="source">{get(|w| w.source.clone())}</span>
                " · "
                <span class="regions">{get(|w| w.regions.clone())}</span>
                " · "
                <span class="count">{get(|w| format!("{} figures", w.figures))}</span>
            </p>
            {move || has(|w| !w.copies.is_empty())().then(|| view! {
                <p class="copies" data-testid="copies">"also published as " {get(|w| w.copies.clone())}</p>
            })}
            {move || has(|w| !w.warnings.is_empty())().then(|| view! {
                <p class="warn">{get(|w| w.warnings.clone())}</p>
            })}
        </li>
    }
}

//! The reading view: the article a figure came from, its sentence highlighted and
//! scrolled into view, page furniture hidden (a toggle shows the original), with its
//! metadata and the copies it was also published as.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::{CorpusRef, SetQuery};
use crate::model::{copy_labels, describe_value, display_title, Filters};
use crate::reader::{markup, paragraphs};

#[component]
pub fn Reader(
    filters: Memo<Filters>,
    reading: Memo<(Option<String>, Option<usize>)>,
    corpus: Memo<CorpusRef>,
) -> impl IntoView {
    let set = expect_context::<SetQuery>();
    let open = Memo::new(move |_| reading.with(|r| r.0.clone()));
    let (original, set_original) = signal(false);
    // the open article's text: in memory, or fetched from its body shard (the text of
    // the article opened last wins; the one before stays until it has come)
    let (body, set_body) = signal(None::<Result<String, String>>);
    let asked = StoredValue::new(0u64);
    Effect::new(move |_| {
        let id = open.get();
        let b = id.and_then(|id| {
            corpus.with(|c| {
                c.articles
                    .iter()
                    .find(|e| e.article.id == id)
                    .map(|e| e.body.clone())
            })
        });
        asked.update_value(|n| *n += 1);
        let mine = asked.get_value();
        leptos::task::spawn_local(async move {
            let text = match b {
                Some(b) => Some(super::bodies::text(b, super::shards()).await),
                None => None,
            };
            if asked.try_get_value() == Some(mine) {
                set_body.set(text);
            }
        });
    });
    let close = move || {
        let mut f = filters.get_untracked();
        f.article = None;
        f.figure = None;
        set.apply(&f);
    };
    // Talk to the outside world: once the article is on screen, bring the selected
    // sentence into view and move focus into the reader.
    // Only when the open article or figure (or the original toggle) changes: a filter
    // changed while reading must not pull focus away from the filter.
    Effect::new(move |_| {
        let (article, _) = reading.get();
        let _ = original.get();
        let _ = body.get(); // and once the text has come
        if article.is_some() {
            request_animation_frame(move || {
                let doc = document();
                let target = doc
                    .query_selector(".reader .sentence.selected")
                    .ok()
                    .flatten()
                    .or_else(|| doc.query_selector(".reader h2").ok().flatten());
                if let Some(el) = target {
                    let opts = leptos::web_sys::ScrollIntoViewOptions::new();
                    opts.set_block(leptos::web_sys::ScrollLogicalPosition::Center);
                    el.scroll_into_view_with_scroll_into_view_options(&opts);
                    if let Ok(h) = el.dyn_into::<leptos::web_sys::HtmlElement>() {
                        let _ = h.focus();
                    }
                }
            });
        }
    });
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            close();
        }
    };
    view! {
        <Show when=move || open.get().is_some()>
            <aside class="reader" data-testid="reader" role="dialog" aria-modal="false" aria-labelledby="reader-h" on:keydown=on_key>
                // (the open article and figure only: a filter changed while reading
                // leaves the article as it is)
                {move || {
                    let (article, figure) = reading.get();
                    let id = article.unwrap_or_default();
                    let c = corpus.get();
                    match c.articles.iter().position(|e| e.article.id == id) {
                        None => view! {
                            <div class="reader-head">
                                <h2 id="reader-h" tabindex="-1">"Article not found"</h2>
                                <button type="button" class="close" data-testid="close" on:click=move |_| close()>"Close"</button>
                            </div>
                            <p role="alert">{format!("No article with the id “{id}” is in this corpus.")}</p>
                        }.into_any(),
                        Some(i) => article_view(c.clone(), i, figure, original, set_original, body, close).into_any(),
                    }
                }}
            </aside>
        </Show>
    }
}

fn article_view(
    c: CorpusRef,
    i: usize,
    figure: Option<usize>,
    original: ReadSignal<bool>,
    set_original: WriteSignal<bool>,
    body: ReadSignal<Option<Result<String, String>>>,
    close: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let e = &c.articles[i];
    let a = &e.article;
    let selected = figure.and_then(|j| a.figures.get(j));
    let copies: Vec<String> = copy_labels(&c, e)
        .into_iter()
        .map(|(id, t)| format!("{id} — {t}"))
        .collect();
    let copy_of = a.duplicate_of.clone();
    let text = {
        let c = c.clone();
        move || {
            let a = &c.articles[i].article;
            match body.get() {
                None => markup(None),
                Some(Err(e)) => markup(Some(Err(&e))),
                Some(Ok(t)) => markup(Some(Ok(&paragraphs(a, &t, original.get(), figure)))),
            }
        }
    };
    view! {
        <div class="reader-head">
            <h2 id="reader-h" tabindex="-1">{display_title(e)}</h2>
            <button type="button" class="close" data-testid="close" aria-label="Close the article" on:click=move |_| close()>"✕"</button>
        </div>
        <dl class="reader-meta">
            <dt>"Date"</dt><dd>{e.shown_date.clone().unwrap_or_else(|| "undated".into())}</dd>
            <dt>"Source"</dt><dd>{a.source.clone().unwrap_or_else(|| "unknown".into())}</dd>
            <dt>"Regions"</dt><dd>{if a.regions.is_empty() { "none named".into() } else { a.regions.join(", ") }}</dd>
            <dt>"File"</dt><dd>{a.id.clone()}</dd>
            {a.url.clone().map(|u| view! { <dt>"URL"</dt><dd><a href=u.clone() rel="noopener noreferrer" target="_blank">{u.clone()}</a></dd> })}
            {(!copies.is_empty()).then(|| view! { <dt>"Also published as"</dt><dd data-testid="reader-copies">{copies.join("; ")}</dd> })}
            {copy_of.map(|o| view! { <dt>"Copy of"</dt><dd>{o}</dd> })}
        </dl>
        {selected.map(|f| view! {
            <p class="reader-figure" data-testid="reader-figure">
                <strong>{format!("{} {}", describe_value(f), f.unit)}</strong>
                {format!(" · {} · {}", f.category.as_str(), f.region.as_deref().unwrap_or("no region"))}
            </p>
        })}
        <label class="check toggle">
            <input type="checkbox" data-testid="show-original" prop:checked=move || original.get()
                on:change=move |ev| set_original.set(event_target_checked(&ev)) />
            <span>{format!("Show the original page ({} furniture blocks hidden)", a.furniture.len())}</span>
        </label>
        // the text as one string of markup, parsed by the browser
        <div class="reader-text" data-testid="reader-text" inner_html=text></div>
        {(!a.warnings.is_empty()).then(|| view! { <p class="warn">{a.warnings.join("; ")}</p> })}
    }
}

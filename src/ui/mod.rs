//! The Leptos components. They hold no extraction or filtering logic: they render
//! what `model`, `plot`, `reader` and `export` compute from the URL query, the single
//! source of the view's state.

mod articles;
mod bodies;
mod chart;
mod download;
mod engine;
mod filters;
mod reader;
mod table;
mod url;
mod yours;

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;

use crate::data::Corpus;
use crate::export::{file_name, to_csv, to_json};
use crate::model::{visible_articles, visible_figures, Filters, Indexed};

/// The corpus extracted at build time (`build.rs`) with its body shards' names,
/// read once from the embedded index.
fn built() -> &'static (Arc<Corpus>, Vec<String>) {
    static CORPUS: OnceLock<(Arc<Corpus>, Vec<String>)> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let (c, shards) =
            crate::pack::read_corpus(include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin")))
                .unwrap_or_else(|e| {
                    let c = Corpus {
                        articles: Vec::new(),
                        errors: vec![format!("The built corpus could not be read: {e}")],
                    };
                    (c, Vec::new())
                });
        (Arc::new(c), shards)
    })
}

/// The corpus extracted at build time.
pub fn base() -> Arc<Corpus> {
    built().0.clone()
}

/// The names of the built corpus's body shards.
pub fn shards() -> &'static [String] {
    &built().1
}

/// The corpus on screen (built + the reader's own); equal when it is the same one,
/// so memos never compare whole corpora.
#[derive(Clone)]
pub struct CorpusRef(pub Arc<Indexed>);

impl PartialEq for CorpusRef {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for CorpusRef {
    type Target = Indexed;
    fn deref(&self) -> &Indexed {
        &self.0
    }
}

/// Item `i` of a page (of rows or articles), as the words it shows: one memo a
/// place, so a new page or filter changes the words in place, not the list.
pub fn page_item<T, W>(
    i: usize,
    shown: Memo<Vec<T>>,
    corpus: Memo<CorpusRef>,
    words: fn(&Indexed, &T) -> W,
) -> Memo<Option<W>>
where
    T: Clone + PartialEq + Send + Sync + 'static,
    W: Clone + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| {
        let item = shown.with(|s| s.get(i).cloned())?;
        Some(corpus.with(|c| words(c, &item)))
    })
}

/// A link to the reader open on `target()` (article id, figure), with the filters
/// kept: its `href` (written from `links`: the filters, or what a list that follows
/// them a frame late shows), and a click that opens it in place from the current
/// `filters` (with a modifier key or another button, the browser opens it itself, e.g.
/// in a new tab).
pub fn reading_link(
    links: Signal<Filters>,
    filters: Memo<Filters>,
    set: SetQuery,
    target: impl Fn() -> Option<(String, Option<usize>)> + Copy + Send + Sync + 'static,
) -> (
    impl Fn() -> Option<String> + Copy + Send + Sync + 'static,
    impl Fn(leptos::ev::MouseEvent) + Copy + Send + Sync + 'static,
) {
    let href = move || {
        let (id, figure) = target()?;
        Some(links.with(|f| f.reading(&id, figure).to_query()))
    };
    let open = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        if let Some((id, figure)) = untrack(target) {
            set.apply(&filters.get_untracked().reading(&id, figure));
        }
    };
    (href, open)
}

/// Runs `f` once the browser has painted its next frame (a task after that frame): work
/// the frame after a change need not wait for.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// `value`, one painted frame late. What sits beside the table and the chart (the
/// article list, the facet counts, the summary line) follows the filters once the
/// browser has painted them, so the frame after a change carries the table and the chart
/// only. (Frames are the outside world this effect talks to; the value itself is still
/// derived, never edited.)
pub fn after_paint<T>(value: Memo<T>) -> Signal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let (late, set_late) = signal(value.get_untracked());
    Effect::new(move |_| {
        let v = value.get();
        after_next_paint(move || {
            if late.with_untracked(|l| *l != v) {
                set_late.set(v)
            }
        });
    });
    late.into()
}

/// The one write handle components get through context: replace the view.
/// (The URL query is the state; this sets it.)
#[derive(Clone, Copy)]
pub struct SetQuery(pub WriteSignal<String>);

impl SetQuery {
    pub fn apply(&self, f: &Filters) {
        self.0.set(f.to_query());
    }
}

#[component]
pub fn App() -> impl IntoView {
    let (query, set_query) = signal(url::current_query());
    url::sync_with_location(query, set_query);
    provide_context(SetQuery(set_query));

    let filters = Memo::new(move |_| Filters::from_query(&query.get()));
    let (mine, set_mine) = signal(yours::load());
    // the reader's articles as the extraction worker last returned them
    let (extracted, set_extracted) = signal(yours::Extracted::default());
    // The built corpus with its texts in memory: loaded (from the body shards) when a
    // search first asks for the full text; until then the search reads the index.
    let (full, set_full) = signal(None::<Result<Arc<Corpus>, String>>);
    let searching = Memo::new(move |_| filters.with(|f| !f.q.trim().is_empty()));
    Effect::new(move |started: Option<bool>| {
        let started = started.unwrap_or(false);
        if started || !searching.get() {
            return started;
        }
        leptos::task::spawn_local(async move {
            let r = bodies::with_texts(&base(), shards()).await.map(Arc::new);
            set_full.set(Some(r));
        });
        true
    });
    let corpus = Memo::new(move |_| {
        let built = match full.get() {
            Some(Ok(c)) => c,
            _ => base(),
        };
        extracted.with(|x| {
            let c = if x.items.is_empty() {
                built
            } else {
                Arc::new(crate::yours::combine(&built, &x.items, x.articles.clone()))
            };
            CorpusRef(Arc::new(Indexed::new(c)))
        })
    });
    let search_note = move || {
        if !searching.get() {
            return None;
        }
        match full.get() {
            None => Some(" · searching the articles’ full text…".to_string()),
            Some(Err(e)) => Some(format!(
                " · only headlines, sources and figure sentences are searched: {e}"
            )),
            Some(Ok(_)) => None,
        }
    };
    // the parts of the view that the reader, the sort and the chart choice don't change
    let selection = Memo::new(move |_| {
        let f = filters.get();
        Filters {
            article: None,
            figure: None,
            series_by_region: false,
            sort: None,
            ..f
        }
    });
    let sort = Memo::new(move |_| filters.with(|f| f.sort.clone()));
    // the article and figure open in the reader: what the reader and the table's
    // selected row follow (not every filter)
    let reading = Memo::new(move |_| filters.with(|f| (f.article.clone(), f.figure)));
    let rows = Memo::new(move |_| {
        let sort = sort.get();
        visible_figures(
            &corpus.get(),
            &Filters {
                sort,
                ..selection.get()
            },
        )
    });
    // The article list and the summary line follow the table and the chart a painted
    // frame later: the list is found from the selection and corpus of that frame (so
    // its rows and the corpus they index travel together), and the counts with it.
    let later = after_paint(Memo::new(move |_| (selection.get(), corpus.get())));
    let listed_corpus = Memo::new(move |_| later.with(|l| l.1.clone()));
    let listed = Memo::new(move |_| later.with(|(s, c)| visible_articles(c, s)));
    // (the list's links keep the filters: theirs follow with the list)
    let listed_filters = after_paint(filters);
    let figures_n = after_paint(Memo::new(move |_| rows.with(Vec::len)));
    let errors = base().errors.clone();
    let (export_error, set_export_error) = signal(None::<String>);
    let export = move |ext: &'static str| {
        let f = filters.get_untracked();
        let rows = rows.get_untracked();
        let (body, mime) = match ext {
            "csv" => (
                to_csv(&corpus.get_untracked(), &rows),
                "text/csv;charset=utf-8",
            ),
            _ => (
                to_json(&corpus.get_untracked(), &rows, &f),
                "application/json",
            ),
        };
        set_export_error.set(download::save_text(&file_name(&f, ext), mime, &body).err());
    };

    view! {
        <a class="skip" href="#figures-h">"Skip to the figures"</a>
        <header class="top">
            <h1>"Tally"</h1>
            <p class="tagline">"Figures reported in the news on the territorial-defence battalions of Russia’s border regions — who reported what, where, and when."</p>
        </header>
        {(!errors.is_empty()).then(|| view! {
            <div class="errors" role="alert">
                <strong>"Some article files could not be read:"</strong>
                <ul>{errors.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
            </div>
        })}
        <div class="layout">
            <nav class="sidebar" aria-label="Filters">
                <filters::FilterPanel filters=filters selection=selection corpus=corpus />
                <yours::Yours mine=mine set_mine=set_mine set_extracted=set_extracted />
            </nav>
            <main>
                <div class="summary-row">
                    <p class="summary" data-testid="summary" aria-live="polite">
                        {move || summary(figures_n.get(), listed.with(Vec::len))}
                        {search_note}
                    </p>
                    <div class="export" role="group" aria-label="Export the figures shown">
                        <span>"Export"</span>
                        <button type="button" data-testid="export-csv" on:click=move |_| export("csv")
                            disabled=move || rows.with(Vec::is_empty)>"CSV"</button>
                        <button type="button" data-testid="export-json" on:click=move |_| export("json")
                            disabled=move || rows.with(Vec::is_empty)>"JSON"</button>
                    </div>
                </div>
                {move || export_error.get().map(|e| view! { <p class="warn" role="alert">{format!("Export failed: {e}")}</p> })}
                <chart::Chart rows=rows filters=filters corpus=corpus />
                <table::FigureTable rows=rows filters=filters reading=reading corpus=corpus />
                <articles::ArticleList articles=listed filters=filters links=listed_filters corpus=listed_corpus />
            </main>
            <reader::Reader filters=filters reading=reading corpus=corpus />
        </div>
        <footer>
            "Tally runs entirely in your browser; nothing you do here is sent anywhere — articles you add stay in this browser's storage. "
            "Every figure links to the sentence that states it."
        </footer>
    }
}

fn summary(figures: usize, articles: usize) -> String {
    let s = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{} from {}",
        s(figures, "figure", "figures"),
        s(articles, "article", "articles")
    )
}

//! The Leptos components. They hold no extraction or filtering logic: they render
//! what `model` and `plot` compute from the URL query, the single source of filter state.

mod articles;
mod chart;
mod filters;
mod table;
mod url;

use std::sync::OnceLock;

use leptos::prelude::*;

use crate::data::Corpus;
use crate::model::{visible_articles, visible_figures, Filters};

/// The corpus extracted at build time (`build.rs`), parsed once.
pub fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/corpus.json"))).unwrap_or_else(|e| Corpus {
            articles: Vec::new(),
            errors: vec![format!("the embedded corpus could not be read: {e}")],
        })
    })
}

/// The one write handle components get through context: replace the filters.
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
    let articles = Memo::new(move |_| visible_articles(corpus(), &filters.get()));
    let rows = Memo::new(move |_| visible_figures(corpus(), &filters.get()));
    let errors = corpus().errors.clone();

    view! {
        <header class="top">
            <h1>"Tally"</h1>
            <p class="tagline">"Figures reported in the news on the territorial-defence battalions of Russia’s border regions"</p>
        </header>
        {(!errors.is_empty()).then(|| view! {
            <div class="errors" role="alert">
                <strong>"Some article files could not be read:"</strong>
                <ul>{errors.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
            </div>
        })}
        <filters::FilterBar filters=filters />
        <main>
            <p class="summary" data-testid="summary">
                {move || summary(rows.get().len(), articles.get().len())}
            </p>
            <chart::Chart rows=rows />
            <table::FigureTable rows=rows filters=filters />
            <articles::ArticleList articles=articles />
        </main>
        <footer>
            "Tally runs entirely in your browser; nothing you do here is sent anywhere."
        </footer>
    }
}

fn summary(figures: usize, articles: usize) -> String {
    let s = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!("{} from {}", s(figures, "figure", "figures"), s(articles, "article", "articles"))
}

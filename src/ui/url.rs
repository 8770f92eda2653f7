//! The browser's address bar, mirrored: the query signal starts from `location.search`,
//! follows back/forward (`popstate`), and pushes a history entry when it changes (once
//! the frame that shows the change is painted).

use leptos::prelude::*;
use leptos::web_sys;

pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// Keeps `query` and the address bar equal, in both directions.
pub fn sync_with_location(query: ReadSignal<String>, set_query: WriteSignal<String>) {
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        set_query.set(current_query())
    });
    on_cleanup(move || handle.remove());
    // The address bar follows once the frame after a change is painted: pushing a
    // history entry costs the browser several milliseconds, and the page should not wait
    // for it. Changes within one frame make one entry (the latest query).
    Effect::new(move |_| {
        query.track();
        super::after_next_paint(move || {
            let q = query.get_untracked();
            if current_query() != q {
                push(&q);
            }
        });
    });
}

fn push(q: &str) {
    let w = window();
    let path = w.location().pathname().unwrap_or_default();
    let hash = w.location().hash().unwrap_or_default();
    if let Ok(history) = w.history() {
        let _ = history.push_state_with_url(
            &web_sys::wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{q}{hash}")),
        );
    }
}

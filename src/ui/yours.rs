//! "Your articles": paste text or drop files; they are extracted at once by the same
//! engine (compiled to wasm), shown in the table and chart marked "yours", kept in
//! this browser's local storage across reloads, removable one by one, and never sent
//! anywhere. Storage that is full or unavailable says so and loses nothing shown.

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys;

use super::engine::ask;
use crate::yours::protocol::{Request, Response};
use crate::yours::{from_decoded, from_paste, parse_stored, Stored, STORAGE_KEY};

/// The reader's articles and their extraction, as last returned by the worker.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    pub items: Vec<Stored>,
    pub articles: Vec<tally_extract::Article>,
}

/// The reader's articles and what the storage said about them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mine {
    pub items: Vec<Stored>,
}

/// What was kept in this browser, with a note when it could not be read.
pub fn load() -> Mine {
    Mine {
        items: read_storage().unwrap_or_default(),
    }
}

fn read_storage() -> Result<Vec<Stored>, String> {
    let raw = LocalStorage::raw()
        .get_item(STORAGE_KEY)
        .map_err(|_| "browser storage is unavailable".to_string())?;
    match raw {
        None => Ok(Vec::new()),
        Some(json) => parse_stored(&json),
    }
}

fn write_storage(items: &[Stored]) -> Result<(), String> {
    let json = crate::yours::stored_json(items);
    LocalStorage::raw()
        .set_item(STORAGE_KEY, &json)
        .map_err(|e| {
            let name = e
                .dyn_ref::<web_sys::DomException>()
                .map(|d| d.name())
                .unwrap_or_default();
            if name.contains("Quota") {
                "the browser's storage is full".to_string()
            } else {
                "the browser's storage is unavailable".to_string()
            }
        })
}

#[component]
pub fn Yours(
    mine: ReadSignal<Mine>,
    set_mine: WriteSignal<Mine>,
    set_extracted: WriteSignal<Extracted>,
) -> impl IntoView {
    let (messages, set_messages) = signal(Vec::<(bool, String)>::new()); // (is_error, text)
    let (storage_note, set_storage_note) = signal(read_storage().err());
    let (text, set_text) = signal(String::new());
    let (busy, set_busy) = signal(false);
    // Talk to the outside world: mirror the reader's articles into local storage.
    Effect::new(move |prev: Option<()>| {
        let items = mine.with(|m| m.items.clone());
        if prev.is_some() || !items.is_empty() {
            match write_storage(&items) {
                Ok(()) => set_storage_note.set(None),
                Err(why) => set_storage_note.set(Some(format!(
                    "Not saved: {why}. Your articles stay on this page until you reload; export them to keep them."
                ))),
            }
        }
    });
    // Talk to the outside world: have the extraction worker extract the reader's
    // articles whenever they change; the view keeps the last extraction meanwhile.
    let (extracting, set_extracting) = signal(false);
    Effect::new(move |_| {
        let items = mine.with(|m| m.items.clone());
        if items.is_empty() {
            set_extracted.set(Extracted::default());
            return;
        }
        set_extracting.set(true);
        leptos::task::spawn_local(async move {
            match ask(
                &Request::Extract {
                    items: items.clone(),
                },
                &[],
            )
            .await
            {
                Ok(Response::Extracted(articles)) if mine.with_untracked(|m| m.items == items) => {
                    set_extracted.set(Extracted { items, articles });
                }
                Ok(_) => {}
                Err(e) => set_messages.update(|m| {
                    m.push((true, format!("Your articles could not be extracted: {e}")))
                }),
            }
            set_extracting.set(false);
        });
    });
    let add = move |result: Result<Stored, String>| match result {
        Ok(s) => {
            let mut note = vec![(false, format!("Added “{}” as {}.", s.name, s.id))];
            note.extend(
                s.warnings
                    .iter()
                    .map(|w| (false, format!("{}: {w}", s.name))),
            );
            set_messages.update(|m| m.extend(note));
            set_mine.update(|m| m.items.push(s));
        }
        Err(e) => set_messages.update(|m| m.push((true, e))),
    };
    let on_paste = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        set_messages.set(Vec::new());
        let t = text.get_untracked();
        let r = from_paste(&mine.get_untracked().items, &t);
        if r.is_ok() {
            set_text.set(String::new());
        }
        add(r);
    };
    let read_files = move |files: Option<web_sys::FileList>| {
        let Some(files) = files else { return };
        set_messages.set(Vec::new());
        let list: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        if list.is_empty() {
            return;
        }
        set_busy.set(true);
        leptos::task::spawn_local(async move {
            for f in list {
                let name = f.name();
                let file = gloo_file::File::from(f);
                let decoded = match gloo_file::futures::read_as_bytes(&file).await {
                    Ok(bytes) => match ask(&Request::Decode { name: name.clone() }, &bytes).await {
                        Ok(Response::Decoded(d)) => d,
                        Ok(_) => Err(format!(
                            "{name}: unexpected answer from the extraction engine"
                        )),
                        Err(e) => Err(format!("{name}: {e}")),
                    },
                    Err(e) => Err(format!("{name}: could not be read ({e})")),
                };
                let r = from_decoded(&mine.get_untracked().items, &name, decoded);
                add(r);
            }
            set_busy.set(false);
        });
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        read_files(ev.data_transfer().and_then(|d| d.files()));
    };
    let on_choose = move |ev: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        if let Some(i) = input {
            read_files(i.files());
            i.set_value("");
        }
    };
    let remove = move |id: String| {
        set_mine.update(|m| m.items.retain(|s| s.id != id));
        set_messages.set(vec![(false, format!("Removed {id}."))]);
    };
    view! {
        <details class="yours" data-testid="yours" open=move || !mine.with(|m| m.items.is_empty())>
            <summary>{move || format!("Your articles ({})", mine.with(|m| m.items.len()))}</summary>
            <p class="hint">"Paste an article or drop .txt, .md or .html files: they are extracted here, in your browser, and never sent anywhere."</p>
            <form on:submit=on_paste class="paste">
                <label for="paste-text">"Paste an article"</label>
                <textarea id="paste-text" data-testid="paste" rows="4"
                    prop:value=move || text.get()
                    on:input=move |ev| set_text.set(event_target_value(&ev))></textarea>
                <button type="submit" data-testid="paste-add">"Add"</button>
            </form>
            <div class="dropzone" data-testid="dropzone"
                on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
                on:drop=on_drop>
                <label>
                    <span>{move || if busy.get() { "Reading…" } else if extracting.get() { "Extracting…" } else { "Drop files here, or choose:" }}</span>
                    <input type="file" multiple accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
                        data-testid="files" on:change=on_choose />
                </label>
            </div>
            <ul class="messages" role="status" data-testid="yours-messages">
                {move || messages.get().into_iter().map(|(err, m)| view! { <li class:error=err>{m}</li> }).collect_view()}
            </ul>
            {move || storage_note.get().map(|n| view! { <p class="warn" role="alert" data-testid="storage-note">{n}</p> })}
            <ul class="yours-list" data-testid="yours-list">
                {move || mine.get().items.into_iter().map(|s| {
                    let id = s.id.clone();
                    let label = format!("Remove {} ({})", s.id, s.name);
                    view! {
                        <li>
                            <span class="yours-badge">"yours"</span>
                            " " <span>{format!("{} — {}", s.id, s.name)}</span>
                            <button type="button" class="remove" aria-label=label on:click=move |_| remove(id.clone())>"Remove"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </details>
    }
}

//! Article texts for the reading view: in memory for the reader's own articles, else
//! fetched from their body shard (a static file beside the app, `bodies/<name>`),
//! once per shard and kept for the session.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{js_sys, Response};
use wasm_bindgen_futures::JsFuture;

use crate::data::{Body, Corpus};

thread_local! {
    static SHARDS: RefCell<HashMap<String, Rc<[u8]>>> = RefCell::new(HashMap::new());
}

/// The text of a body; `shards` are the index's shard names.
pub async fn text(body: Body, shards: &[String]) -> Result<String, String> {
    let (file, start, len) = match body {
        Body::Text(t) => return Ok(t),
        Body::Shard { file, start, len } => (file, start as usize, len as usize),
    };
    let name = shards
        .get(file as usize)
        .ok_or_else(|| format!("the index names no body shard {file}"))?;
    let url = format!("bodies/{name}");
    let bytes = match SHARDS.with(|s| s.borrow().get(name).cloned()) {
        Some(b) => b,
        None => {
            let b: Rc<[u8]> = fetch(&url).await?.into();
            SHARDS.with(|s| s.borrow_mut().insert(name.clone(), b.clone()));
            b
        }
    };
    let part = bytes
        .get(start..start.saturating_add(len))
        .ok_or_else(|| format!("{url} is shorter than the index says"))?;
    std::str::from_utf8(part)
        .map(str::to_string)
        .map_err(|_| format!("{url}: the article's bytes are not UTF-8 text"))
}

async fn fetch(url: &str) -> Result<Vec<u8>, String> {
    let window = leptos::web_sys::window().ok_or("no window")?;
    read(url, window.fetch_with_str(url)).await
}

async fn read(url: &str, request: js_sys::Promise) -> Result<Vec<u8>, String> {
    let why = |e: leptos::wasm_bindgen::JsValue| {
        format!(
            "{url} could not be loaded ({})",
            e.as_string()
                .or_else(|| e
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message())))
                .unwrap_or_else(|| "network error".into())
        )
    };
    let resp: Response = JsFuture::from(request).await.map_err(why)?.unchecked_into();
    if !resp.ok() {
        return Err(format!(
            "{url} could not be loaded (HTTP {})",
            resp.status()
        ));
    }
    let buf = JsFuture::from(resp.array_buffer().map_err(why)?)
        .await
        .map_err(why)?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// The corpus with every body in memory (for a full-text search): all its shards
/// are requested at once, then read in order.
pub async fn with_texts(c: &Corpus, shards: &[String]) -> Result<Corpus, String> {
    let mut pending = Vec::new();
    for name in shards {
        if SHARDS.with(|s| s.borrow().contains_key(name)) {
            continue;
        }
        let url = format!("bodies/{name}");
        let window = leptos::web_sys::window().ok_or("no window")?;
        // the request starts now; its answer is read below
        pending.push((name.clone(), url.clone(), window.fetch_with_str(&url)));
    }
    for (name, url, promise) in pending {
        let b: Rc<[u8]> = read(&url, promise).await?.into();
        SHARDS.with(|s| s.borrow_mut().insert(name, b));
    }
    let mut out = c.clone();
    for e in &mut out.articles {
        if let Body::Shard { .. } = e.body {
            e.body = Body::Text(text(e.body.clone(), shards).await?);
        }
    }
    Ok(out)
}

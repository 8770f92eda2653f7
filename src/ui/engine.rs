//! The page's side of the extraction worker (`src/worker.rs`): started on first use,
//! asked one request at a time in order, every failure turned into a message.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use futures_channel::oneshot;
use leptos::wasm_bindgen::{closure::Closure, JsCast};
use leptos::web_sys::{js_sys, ErrorEvent, MessageEvent, Worker};

use crate::yours::protocol::{Request, Response, READY};

/// Where Trunk puts the worker's loader (relative: works under any sub-path).
const WORKER_URL: &str = "./tally-worker_loader.js";

type Pending = Rc<RefCell<VecDeque<oneshot::Sender<Result<Vec<u8>, String>>>>>;

struct Engine {
    worker: Worker,
    pending: Pending,
    /// Messages held until the worker says it listens.
    held: Rc<RefCell<Option<Vec<js_sys::Array>>>>,
}

thread_local! {
    static ENGINE: RefCell<Option<Rc<Engine>>> = const { RefCell::new(None) };
}

fn start() -> Result<Rc<Engine>, String> {
    if let Some(e) = ENGINE.with(|e| e.borrow().clone()) {
        return Ok(e);
    }
    let worker = Worker::new(WORKER_URL)
        .map_err(|e| format!("the extraction engine could not start ({e:?})"))?;
    let pending: Pending = Rc::new(RefCell::new(VecDeque::new()));
    let held: Rc<RefCell<Option<Vec<js_sys::Array>>>> = Rc::new(RefCell::new(Some(Vec::new())));
    let p = pending.clone();
    let h = held.clone();
    let w = worker.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        if ev.data().as_string().as_deref() == Some(READY) {
            for msg in h.borrow_mut().take().unwrap_or_default() {
                let _ = w.post_message(&msg);
            }
            return;
        }
        if let Some(tx) = p.borrow_mut().pop_front() {
            let _ = tx.send(
                ev.data()
                    .dyn_into::<js_sys::Uint8Array>()
                    .map(|a| a.to_vec())
                    .map_err(|_| "the extraction engine sent no answer".to_string()),
            );
        }
    });
    let p = pending.clone();
    let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |ev: ErrorEvent| {
        let why = format!("the extraction engine failed: {}", ev.message());
        for tx in p.borrow_mut().drain(..) {
            let _ = tx.send(Err(why.clone()));
        }
        ENGINE.with(|e| e.borrow_mut().take()); // start afresh next time
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_message.forget();
    on_error.forget();
    let e = Rc::new(Engine {
        worker,
        pending,
        held,
    });
    ENGINE.with(|x| *x.borrow_mut() = Some(e.clone()));
    Ok(e)
}

/// Sends one request (with `bytes` for a file) and waits for its answer.
pub async fn ask(request: &Request, bytes: &[u8]) -> Result<Response, String> {
    let engine = start()?;
    let msg = js_sys::Array::new();
    msg.push(&js_sys::Uint8Array::from(request.to_bytes().as_slice()).into());
    msg.push(&js_sys::Uint8Array::from(bytes).into());
    let (tx, rx) = oneshot::channel();
    engine.pending.borrow_mut().push_back(tx);
    if let Some(held) = engine.held.borrow_mut().as_mut() {
        held.push(msg);
    } else if let Err(e) = engine.worker.post_message(&msg) {
        engine.pending.borrow_mut().pop_back();
        return Err(format!(
            "the extraction engine could not be reached ({e:?})"
        ));
    }
    let answer = rx
        .await
        .map_err(|_| "the extraction engine stopped".to_string())??;
    match Response::from_bytes(&answer)? {
        Response::Failed(why) => Err(why),
        r => Ok(r),
    }
}

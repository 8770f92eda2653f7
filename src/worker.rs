//! The extraction worker: the same engine as the build, compiled to wasm and run in a
//! Web Worker so that the page stays responsive and its own code stays small (the
//! engine loads only when a reader adds articles). It answers
//! [`app::yours::protocol`] requests: `[request bytes, file bytes]` in, answer bytes out.

use leptos::wasm_bindgen::{closure::Closure, JsCast, JsValue};
use leptos::web_sys::{js_sys, DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let msg = js_sys::Array::from(&ev.data());
        let bytes = |i: u32| {
            msg.get(i)
                .dyn_into::<js_sys::Uint8Array>()
                .map(|a| a.to_vec())
                .unwrap_or_default()
        };
        let response = app::yours::protocol::answer(&bytes(0), &bytes(1));
        let out = js_sys::Uint8Array::from(response.to_bytes().as_slice());
        let _ = reply.post_message(&out);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages that arrive before the wasm runs are lost: say when it listens.
    let _ = scope.post_message(&JsValue::from_str(app::yours::protocol::READY));
}

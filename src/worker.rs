//! The extraction worker: the same engine as the build, compiled to wasm and run in a
//! Web Worker so that the page stays responsive and its own code stays small (the
//! engine loads only when a reader adds articles). It answers
//! [`app::yours::protocol`] requests: `[request JSON, bytes]` in, response JSON out.

use leptos::wasm_bindgen::{closure::Closure, JsCast, JsValue};
use leptos::web_sys::{js_sys, DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let msg = js_sys::Array::from(&ev.data());
        let request = msg.get(0).as_string().unwrap_or_default();
        let bytes = msg
            .get(1)
            .dyn_into::<js_sys::Uint8Array>()
            .map(|a| a.to_vec())
            .unwrap_or_default();
        let response = app::yours::protocol::answer(&request, &bytes);
        let json = serde_json::to_string(&response)
            .unwrap_or_else(|e| format!("{{\"Failed\":\"the answer could not be written: {e}\"}}"));
        let _ = reply.post_message(&JsValue::from_str(&json));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages that arrive before the wasm runs are lost: say when it listens.
    let _ = scope.post_message(&JsValue::from_str(app::yours::protocol::READY));
}

use leptos::web_sys;

fn main() {
    // The last-resort error boundary: should anything ever panic, say so on the page
    // (not only in the console) and tell the reader that nothing of theirs is lost.
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let (Ok(div), Some(body)) = (doc.create_element("div"), doc.body()) else {
            return;
        };
        let _ = div.set_attribute("role", "alert");
        div.set_class_name("crash");
        div.set_text_content(Some(&format!(
            "Tally stopped on an internal error ({info}). Your own articles are kept in this browser; reload the page to continue."
        )));
        let _ = body.prepend_with_node_1(&div);
    }));
    leptos::mount::mount_to_body(app::App);
}

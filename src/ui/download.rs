//! Saving files from the page: text (CSV, JSON, SVG) through a Blob, and the chart
//! as PNG through a canvas. Nothing is sent anywhere.

use leptos::prelude::*;
use leptos::wasm_bindgen::{closure::Closure, JsCast, JsValue};
use leptos::web_sys::{
    self, Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url,
};

/// Offers `content` as a file named `name`. Returns a message when the browser refuses.
pub fn save_text(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let parts = js_sys_array(&JsValue::from_str(content));
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(describe)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let r = click_link(&url, name);
    let _ = Url::revoke_object_url(&url);
    r
}

fn js_sys_array(v: &JsValue) -> JsValue {
    let arr = leptos::web_sys::js_sys::Array::new();
    arr.push(v);
    arr.into()
}

fn describe(e: JsValue) -> String {
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

fn click_link(href: &str, name: &str) -> Result<(), String> {
    let doc = document();
    let a: HtmlAnchorElement = doc.create_element("a").map_err(describe)?.unchecked_into();
    a.set_href(href);
    a.set_download(name);
    a.set_attribute("style", "display:none").map_err(describe)?;
    let body = doc.body().ok_or("the page has no body")?;
    body.append_child(&a).map_err(describe)?;
    a.click();
    let _ = body.remove_child(&a);
    Ok(())
}

/// The chart's SVG as a standalone file, with its colours written in.
pub fn svg_markup(id: &str, style: &str) -> Result<String, String> {
    let el = document()
        .get_element_by_id(id)
        .ok_or("the chart is not on the page")?;
    let inner = el.inner_html();
    let view_box = el.get_attribute("viewBox").unwrap_or_default();
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{view_box}\" width=\"1440\" height=\"600\"><style>{style}</style><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>{inner}</svg>"
    ))
}

/// Renders `svg` to a PNG (2× the chart's size) and offers it as `name`.
pub fn save_png(name: &str, svg: &str) -> Result<(), String> {
    let img = HtmlImageElement::new().map_err(describe)?;
    let data = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(leptos::web_sys::js_sys::encode_uri_component(svg))
    );
    let name = name.to_string();
    let img2 = img.clone();
    let onload = Closure::once(move || {
        let result = (|| -> Result<(), String> {
            let canvas: HtmlCanvasElement = document()
                .create_element("canvas")
                .map_err(describe)?
                .unchecked_into();
            canvas.set_width(1440);
            canvas.set_height(600);
            let ctx: web_sys::CanvasRenderingContext2d = canvas
                .get_context("2d")
                .map_err(describe)?
                .ok_or("no 2D canvas")?
                .unchecked_into();
            ctx.draw_image_with_html_image_element_and_dw_and_dh(&img2, 0.0, 0.0, 1440.0, 600.0)
                .map_err(describe)?;
            let url = canvas
                .to_data_url_with_type("image/png")
                .map_err(describe)?;
            click_link(&url, &name)
        })();
        if let Err(e) = result {
            leptos::logging::error!("PNG export failed: {e}");
        }
    });
    img.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    img.set_src(&data);
    Ok(())
}

//! The one `fetch` of the app's three wasm binaries (map, form, coordinators' area): requests
//! to this origin, JSON written by the browser's `JSON.stringify` and read by its own parser
//! (no JSON parser in the wasm), serde over the JS values.

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Sends a request with `headers`, and `body` (JSON text) if given. `None` when no answer
/// came: offline, the server down, the connection broken.
pub async fn send(
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<String>,
) -> Option<web_sys::Response> {
    let window = web_sys::window()?;
    let sent = web_sys::Headers::new().ok()?;
    for (name, value) in headers {
        let _ = sent.set(name, value);
    }
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    if let Some(body) = body {
        let _ = sent.set("Content-Type", "application/json");
        init.set_body(&body.into());
    }
    init.set_headers(&sent);
    JsFuture::from(window.fetch_with_str_and_init(path, &init))
        .await
        .ok()?
        .dyn_into()
        .ok()
}

/// `value` as JSON text.
pub fn to_json(value: &impl Serialize) -> String {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()
        .and_then(|value| js_sys::JSON::stringify(&value).ok())
        .map(String::from)
        .unwrap_or_default()
}

/// The answer's body as the browser parsed it; `None` if it is not JSON or did not arrive whole.
pub async fn json(response: &web_sys::Response) -> Option<JsValue> {
    JsFuture::from(response.json().ok()?).await.ok()
}

/// The answer's JSON body as `T`.
pub async fn read<T: DeserializeOwned>(response: &web_sys::Response) -> Option<T> {
    serde_wasm_bindgen::from_value(json(response).await?).ok()
}

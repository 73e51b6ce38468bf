//! Entry point of the coordinators' area (admin.html): renders [`app::admin::AdminApp`] into `<main>`.

use wasm_bindgen::JsCast;

fn main() {
    let main = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("inhalt"))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        leptos::mount::mount_to(main, app::admin::AdminApp).forget();
    }
}

//! Entry point of the registration form's own wasm (register.html): renders
//! [`app::register::RegisterApp`] (or, on `/datenschutz`, the privacy notice) into `<main>`.

use wasm_bindgen::JsCast;

fn main() {
    let main = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("inhalt"))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    if let Some(main) = main {
        if path == "/datenschutz" {
            leptos::mount::mount_to(main, app::register::privacy::PrivacyPage).forget();
        } else {
            leptos::mount::mount_to(main, app::register::RegisterApp).forget();
        }
    }
}

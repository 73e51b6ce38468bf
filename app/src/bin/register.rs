//! Entry point of the registration form's own wasm (register.html): renders
//! [`app::register::RegisterApp`] (or, on `/datenschutz`, the privacy notice) into `<main>`.

fn main() {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    if path == "/datenschutz" {
        app::mount_into_main(app::register::privacy::PrivacyPage);
    } else {
        app::mount_into_main(app::register::RegisterApp);
    }
}

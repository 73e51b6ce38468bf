//! Entry point of the registration form's own wasm (register.html): renders
//! [`app::register::RegisterApp`] (or, on `/datenschutz`, the privacy notice) into `<main>`,
//! once the person's language is ready.

use app::i18n::{common::COMMON, register::REGISTER, Bundle};

static BUNDLES: [&Bundle; 2] = [&COMMON, &REGISTER];

fn main() {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    app::i18n::start(&BUNDLES, move || {
        if path == "/datenschutz" {
            app::mount_into_main(app::register::privacy::PrivacyPage);
        } else {
            app::mount_into_main(app::register::RegisterApp);
        }
    });
    app::offline::register_service_worker();
}

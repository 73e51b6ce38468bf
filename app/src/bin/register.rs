//! Entry point of the registration form's own wasm (register.html): renders
//! [`app::register::RegisterApp`] into `<main>`, once the person's language is ready.

use app::i18n::{common::COMMON, register::REGISTER, Bundle};

static BUNDLES: [&Bundle; 2] = [&COMMON, &REGISTER];

fn main() {
    app::i18n::start(&BUNDLES, || {
        app::mount_into_main(app::register::RegisterApp)
    });
    app::offline::register_service_worker();
}

//! Entry point of the registration form's own wasm (register.html): renders
//! the form into `<main>` (`app::register::mount`), once the person's language is ready.

use app::i18n::text::Bundle;
use app::i18n::{common::COMMON, register::REGISTER};

static BUNDLES: [&Bundle; 2] = [&COMMON, &REGISTER];

fn main() {
    app::i18n::start(&BUNDLES, || {
        app::register::mount();
        app::offline::register_service_worker_soon();
    });
}

//! Entry point of the browser app: renders [`app::App`] into the static page's `<main>`,
//! once the person's language is ready.

use app::i18n::text::Bundle;
use app::i18n::{common::COMMON, map::MAP};

static BUNDLES: [&Bundle; 2] = [&COMMON, &MAP];

fn main() {
    app::i18n::start(&BUNDLES, || {
        app::mount_into_main(app::App);
        app::offline::register_service_worker_soon();
    });
}

//! Static blocks as escaped HTML strings, from `model::render` (the same markup the Worker
//! sends), in the reader's language. Strings instead of reactive views keep a large amount
//! of generic view code out of the wasm (the first view has a size budget).

use crate::i18n::AppWords;
use model::render::pages;

pub use model::markup::escape;

/// The Koordinierungsstelle's full contact block.
pub fn contact_card() -> String {
    pages::contact_card(&AppWords)
}

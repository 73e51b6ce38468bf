//! Static blocks as HTML, from `model::render` (the same markup the Worker sends), in the
//! reader's language. Markup instead of reactive views keeps a large amount of generic view
//! code out of the wasm (the first view has a size budget).

use crate::i18n::AppWords;
use model::html::Html;
use model::render::pages;

/// The Koordinierungsstelle's full contact block.
pub fn contact_card() -> Html {
    pages::contact_card(&AppWords)
}

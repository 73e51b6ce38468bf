//! Static blocks as escaped HTML strings, from `model::render` (the same markup the Worker
//! sends), in the reader's language. Strings instead of reactive views keep a large amount
//! of generic view code out of the wasm (the first view has a size budget).

use crate::i18n::AppWords;
use model::render::{network, pages};
use model::Network;

pub use model::markup::escape;

/// The Koordinierungsstelle's full contact block.
pub fn contact_card() -> String {
    pages::contact_card(&AppWords)
}

/// One network's card in a district's list.
pub fn network_card(network: &Network, district: Option<u16>) -> String {
    network::network_card(&AppWords, network, district)
}

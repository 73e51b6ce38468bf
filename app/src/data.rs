//! The directory's data, loaded once per visit and shared by every page through context.
//!
//! A plain signal filled by one spawned request, rather than a `LocalResource`: the app needs
//! no more than "loading, loaded or failed", and the simpler machinery keeps the wasm small.

use crate::api::{self, ApiError};
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::{District, Network};
use serde::de::DeserializeOwned;

/// `None` while loading; then the data or why it could not be had.
pub type Loaded<T> = RwSignal<Option<Result<T, ApiError>>>;

/// The districts and all public networks. Pages filter the networks with `model`'s rules.
/// The networks load when a page first needs them: the map alone does not.
#[derive(Clone, Copy)]
pub struct Directory {
    pub districts: Loaded<Vec<District>>,
    networks: Loaded<Vec<Network>>,
    networks_requested: StoredValue<bool>,
}

fn load<T: DeserializeOwned + Send + Sync + 'static>(into: Loaded<T>, path: &'static str) {
    into.set(None);
    spawn_local(async move { into.set(Some(api::get_json(path).await)) });
}

impl Directory {
    pub fn provide() {
        let directory = Directory {
            districts: RwSignal::new(None),
            networks: RwSignal::new(None),
            networks_requested: StoredValue::new(false),
        };
        load(directory.districts, "/api/districts");
        provide_context(directory);
    }

    pub fn get() -> Self {
        expect_context::<Directory>()
    }

    /// All public networks, loading them on first use.
    pub fn networks(&self) -> Loaded<Vec<Network>> {
        if !self.networks_requested.get_value() {
            self.networks_requested.set_value(true);
            load(self.networks, "/api/networks");
        }
        self.networks
    }

    /// Loads again what failed (the retry button).
    pub fn reload(&self) {
        if !matches!(self.districts.get_untracked(), Some(Ok(_))) {
            load(self.districts, "/api/districts");
        }
        if self.networks_requested.get_value()
            && !matches!(self.networks.get_untracked(), Some(Ok(_)))
        {
            load(self.networks, "/api/networks");
        }
    }
}

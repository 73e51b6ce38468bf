//! The directory's data, loaded once per visit and shared by every page through context.
//!
//! A plain signal filled by one spawned request, rather than a `LocalResource`: the app needs
//! no more than "loading, loaded or failed", and the simpler machinery keeps the wasm small.

use crate::api::{self, ApiError};
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::{District, Need, Network};
use serde::de::DeserializeOwned;

/// `None` while loading; then the data or why it could not be had.
pub type Loaded<T> = RwSignal<Option<Result<T, ApiError>>>;

/// The districts, all public networks and today's open needs. Pages filter them with
/// `model`'s rules. Networks and needs load when a page first needs them: the map alone does
/// not.
#[derive(Clone, Copy)]
pub struct Directory {
    pub districts: Loaded<Vec<District>>,
    /// When each kind of data shown was fetched, if it is the offline copy: districts,
    /// networks, needs.
    kept_since: [RwSignal<Option<String>>; 3],
    networks: Loaded<Vec<Network>>,
    networks_requested: StoredValue<bool>,
    needs: Loaded<Vec<Need>>,
    needs_requested: StoredValue<bool>,
    /// The map's markup as the Worker sent it with this visit's first page, if it had a map.
    kept_map: StoredValue<Option<String>>,
}

impl Directory {
    /// Loads `path` into `into`; `fresh` keeps what is shown until the new data is there.
    fn load<T: DeserializeOwned + Send + Sync + 'static>(
        &self,
        into: Loaded<T>,
        path: &'static str,
        fresh: bool,
    ) {
        if !fresh {
            into.set(None);
        }
        let offline_since = self.kept_since[match path {
            "/api/networks" => 1,
            "/api/needs" => 2,
            _ => 0,
        }];
        spawn_local(async move {
            match api::get_json_kept(path).await {
                Ok((value, kept)) => {
                    if offline_since.get_untracked() != kept {
                        offline_since.set(kept);
                    }
                    into.set(Some(Ok(value)));
                }
                // Still offline: keep showing what is there.
                Err(_) if fresh => {}
                Err(error) => into.set(Some(Err(error))),
            }
        });
    }
}

impl Directory {
    pub fn provide() {
        // A page the Worker rendered with the map carries its districts (without shapes: the
        // map itself is in the page) and the map's markup; only other pages load them.
        let sent = sent_districts();
        let directory = Directory {
            districts: RwSignal::new(sent.clone().map(Ok)),
            kept_since: [
                RwSignal::new(None),
                RwSignal::new(None),
                RwSignal::new(None),
            ],
            networks: RwSignal::new(None),
            networks_requested: StoredValue::new(false),
            needs: RwSignal::new(None),
            needs_requested: StoredValue::new(false),
            kept_map: StoredValue::new(sent_map_markup()),
        };
        if sent.is_none() {
            directory.load(directory.districts, "/api/districts", false);
        }
        provide_context(directory);
        crate::offline::when_online(move || directory.refresh());
    }

    pub fn get() -> Self {
        expect_context::<Directory>()
    }

    /// The map's markup the Worker sent, if any.
    pub fn kept_map(&self) -> Option<String> {
        self.kept_map.get_value()
    }

    /// All public networks, loading them on first use.
    pub fn networks(&self) -> Loaded<Vec<Network>> {
        if !self.networks_requested.get_value() {
            self.networks_requested.set_value(true);
            self.load(self.networks, "/api/networks", false);
        }
        self.networks
    }

    /// Today's open needs, newest first, loading them on first use.
    pub fn needs(&self) -> Loaded<Vec<Need>> {
        if !self.needs_requested.get_value() {
            self.needs_requested.set_value(true);
            self.load(self.needs, "/api/needs", false);
        }
        self.needs
    }

    /// Reads the needs and the networks together (loading them on first use), without
    /// copying them: `None` while either loads, else both or why one could not be had.
    pub fn with_needs_and_networks<R>(
        &self,
        read: impl FnOnce(Option<Result<(&[Need], &[Network]), &ApiError>>) -> R,
    ) -> R {
        let (needs, networks) = (self.needs(), self.networks());
        needs.with(|needs| {
            networks.with(|networks| match (needs, networks) {
                (Some(Ok(needs)), Some(Ok(networks))) => read(Some(Ok((needs, networks)))),
                // Without the needs the networks still show: the needs are an addition.
                (Some(Err(_)), Some(Ok(networks))) => read(Some(Ok((&[], networks)))),
                (_, Some(Err(error))) => read(Some(Err(error))),
                _ => read(None),
            })
        })
    }

    /// The time of the oldest offline copy on show, if any (ISO times sort as text).
    pub fn offline_since(&self) -> Option<String> {
        self.kept_since.iter().filter_map(|kept| kept.get()).min()
    }

    /// Back online: fetch everything again, showing the old data until the new is there.
    pub fn refresh(&self) {
        self.load_again(true);
    }

    /// Loads again what failed (the retry button).
    pub fn reload(&self) {
        self.load_again(false);
    }

    /// `fresh`: everything requested, keeping what is shown; else only what failed. One
    /// function for both keeps one copy of the three loads in the wasm.
    fn load_again(&self, fresh: bool) {
        let again = |requested: bool, ok: bool| requested && (fresh || !ok);
        if again(true, matches!(self.districts.get_untracked(), Some(Ok(_)))) {
            self.load(self.districts, "/api/districts", fresh);
        }
        if again(
            self.networks_requested.get_value(),
            matches!(self.networks.get_untracked(), Some(Ok(_))),
        ) {
            self.load(self.networks, "/api/networks", fresh);
        }
        if again(
            self.needs_requested.get_value(),
            matches!(self.needs.get_untracked(), Some(Ok(_))),
        ) {
            self.load(self.needs, "/api/needs", fresh);
        }
    }
}

/// The districts the Worker sent with a map page (names, label points and counts; the
/// shapes are in the map's markup).
fn sent_districts() -> Option<Vec<District>> {
    let text = web_sys::window()?
        .document()?
        .get_element_by_id(model::shell::DISTRICTS_ISLAND)?
        .text_content()?;
    let value = js_sys::JSON::parse(&text).ok()?;
    serde_wasm_bindgen::from_value(value).ok()
}

/// The sent map's markup, kept for the pages the reader goes to next.
fn sent_map_markup() -> Option<String> {
    let svg = web_sys::window()?
        .document()?
        .query_selector("main svg.district-map")
        .ok()
        .flatten()?;
    Some(svg.outer_html())
}

//! The directory's data, loaded once per visit and shared by every page through context.

use crate::api::{self, ApiError};
use leptos::prelude::*;
use model::{District, Network};

/// The districts and all public networks. Pages filter the networks with `model`'s rules.
#[derive(Clone, Copy)]
pub struct Directory {
    pub districts: LocalResource<Result<Vec<District>, ApiError>>,
    pub networks: LocalResource<Result<Vec<Network>, ApiError>>,
}

impl Directory {
    pub fn provide() {
        provide_context(Directory {
            districts: LocalResource::new(|| api::get_json("/api/districts")),
            networks: LocalResource::new(|| api::get_json("/api/networks")),
        });
    }

    pub fn get() -> Self {
        expect_context::<Directory>()
    }

    /// Loads everything again (the retry button).
    pub fn reload(&self) {
        self.districts.refetch();
        self.networks.refetch();
    }
}

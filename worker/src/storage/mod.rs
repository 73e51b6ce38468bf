//! The only place with SQL: prepared statements with bound parameters, one module per table group.

pub mod coordination;
pub mod directory;
pub mod meta;
pub mod registrations;

use crate::ApiError;
use worker::{D1Database, Env};

/// The D1 binding named in wrangler.toml.
pub const BINDING: &str = "DB";

pub fn database(env: &Env) -> Result<D1Database, ApiError> {
    env.d1(BINDING)
        .map_err(|error| ApiError::Unavailable(format!("no D1 binding {BINDING}: {error}")))
}

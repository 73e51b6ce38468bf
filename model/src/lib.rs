//! The contract between the Leptos app and the Worker.
//!
//! Plain serde types, validation rules and pure logic. Nothing here does I/O, and nothing here
//! depends on leptos or worker, so both sides can use it and plain `#[test]`s cover it.

pub mod contact;
pub mod health;
pub mod problem;

pub use contact::{Contact, KOORDINIERUNGSSTELLE};
pub use health::Health;
pub use problem::Problem;

//! The contract between the Leptos app and the Worker.
//!
//! Plain serde types, validation rules and pure logic. Nothing here does I/O, and nothing here
//! depends on leptos or worker, so both sides can use it and plain `#[test]`s cover it.

pub mod activity;
pub mod audit;
pub mod codes;
pub mod contact;
pub mod coordination;
pub mod day;
pub mod district;
pub mod editor;
pub mod feedback;
pub mod filter;
pub mod headers;
pub mod health;
pub mod hex;
pub mod html;
pub mod lang;
pub mod language;
pub mod mail_admin;
pub mod mail_kind;
pub mod markup;
pub mod need;
pub mod network;
pub mod network_input;
pub mod network_request;
pub mod own;
pub mod page_language;
pub mod problem;
pub mod registration;
pub mod render;
pub mod report;
pub mod retention;
pub mod review;
pub mod route;
pub mod search;
pub mod security;
pub mod session;
pub mod shell;
pub mod url;
pub mod validate;

pub use activity::Activity;
pub use codes::Code;
pub use contact::{Contact, KOORDINIERUNGSSTELLE};
pub use district::{District, Point};
pub use feedback::FeedbackInput;
pub use filter::NetworkFilter;
pub use health::Health;
pub use need::filter::NeedFilter;
pub use need::{Need, NeedInput, NeedStatus};
pub use network::{Network, Source};
pub use problem::Problem;
pub use registration::{ContactVia, RegistrationInput};

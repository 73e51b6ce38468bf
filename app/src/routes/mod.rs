//! One module per page.

pub mod contact;
pub mod home;
pub mod not_found;

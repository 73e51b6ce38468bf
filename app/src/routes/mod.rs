//! One module per page.

pub mod about;
pub mod contact;
pub mod district;
pub mod map;
pub mod need;
pub mod network;
pub mod not_found;

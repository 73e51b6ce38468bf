//! Small pieces shared by several pages.

pub mod contact_card;
pub mod header;

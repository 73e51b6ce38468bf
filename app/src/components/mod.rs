//! Small pieces shared by several pages.

pub mod contact_card;
pub mod district_list;
pub mod district_map;
pub mod filters;
pub mod footer;
pub mod header;
pub mod load_state;
pub mod network_card;

//! Small pieces shared by several pages.

pub mod district_list;
pub mod district_map;
pub mod filters;
pub mod load_state;
pub mod offline_note;

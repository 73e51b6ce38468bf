//! Who confirmed that a network's entry is still true: the Koordinierungsstelle, or the
//! network's own editors ("Alles stimmt noch"). The public badge says which.

use serde::{Deserialize, Serialize};

/// Who confirmed that a network's entry is still true.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConfirmedBy {
    /// The Koordinierungsstelle checked it.
    Coordination,
    /// The network's own editors said "Alles stimmt noch".
    Network,
}

impl ConfirmedBy {
    /// The word in the database.
    pub fn key(self) -> &'static str {
        match self {
            ConfirmedBy::Coordination => "coordination",
            ConfirmedBy::Network => "network",
        }
    }

    /// From the database's word; anything else is no confirmation by anyone known.
    pub fn from_key(key: &str) -> Option<ConfirmedBy> {
        [ConfirmedBy::Coordination, ConfirmedBy::Network]
            .into_iter()
            .find(|by| by.key() == key)
    }
}

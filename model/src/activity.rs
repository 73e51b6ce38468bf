//! The fixed list of activity kinds a network can offer.

use serde::{Deserialize, Serialize};

/// What a network does. The wire names are stable; the German labels are for people.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Activity {
    Sprachcafe,
    Patenschaften,
    Hausaufgabenhilfe,
    Beratung,
    Freizeit,
    Sachspenden,
    Begegnung,
    KinderFamilien,
}

impl Activity {
    pub const ALL: [Activity; 8] = [
        Activity::Sprachcafe,
        Activity::Patenschaften,
        Activity::Hausaufgabenhilfe,
        Activity::Beratung,
        Activity::Freizeit,
        Activity::Sachspenden,
        Activity::Begegnung,
        Activity::KinderFamilien,
    ];

    /// The name on the wire and in URLs (`?aktivitaet=sprachcafe`).
    pub fn key(self) -> &'static str {
        match self {
            Activity::Sprachcafe => "sprachcafe",
            Activity::Patenschaften => "patenschaften",
            Activity::Hausaufgabenhilfe => "hausaufgabenhilfe",
            Activity::Beratung => "beratung",
            Activity::Freizeit => "freizeit",
            Activity::Sachspenden => "sachspenden",
            Activity::Begegnung => "begegnung",
            Activity::KinderFamilien => "kinder-familien",
        }
    }

    pub fn label_de(self) -> &'static str {
        match self {
            Activity::Sprachcafe => "Sprachcafé / Deutsch lernen",
            Activity::Patenschaften => "Patenschaften / Begleitung",
            Activity::Hausaufgabenhilfe => "Hausaufgabenhilfe",
            Activity::Beratung => "Beratung",
            Activity::Freizeit => "Freizeit / Sport / Kultur",
            Activity::Sachspenden => "Sachspenden",
            Activity::Begegnung => "Begegnung / Treffpunkt",
            Activity::KinderFamilien => "Kinder und Familien",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|activity| activity.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_match_serde() {
        for activity in Activity::ALL {
            assert_eq!(Activity::from_key(activity.key()), Some(activity));
            assert_eq!(
                serde_json::to_value(activity).unwrap(),
                serde_json::Value::String(activity.key().into())
            );
        }
        assert_eq!(Activity::from_key("Sprachcafe"), None);
    }
}

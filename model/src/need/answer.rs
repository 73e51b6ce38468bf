//! The answers to a network's need as the network sees them: only those whose volunteer agreed
//! that the network may contact them directly and confirmed their registration, with only what
//! a first contact needs, and only until 30 days after the need ended. Whether first contact
//! was made, and how it went, is recorded by the network or by a coordinator.

use crate::day::Day;
use crate::need::{Need, NeedStatus};
use crate::registration::ContactVia;
use serde::{Deserialize, Serialize};

/// The network sees a need's answers until this many days after the need was filled, closed
/// or past its last day.
pub const VIEW_DAYS_AFTER_END: i64 = 30;
/// An answer nobody contacted this many days after it was confirmed is flagged: at the top of
/// the network's area and counted in the coordinators' digest.
pub const WAITING_DAYS: i64 = 3;

/// How a first contact stands: made ("Kontakt aufgenommen"), then whether it fits.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FirstContact {
    Contacted,
    Fits,
    NoFit,
}

impl FirstContact {
    pub const ALL: [FirstContact; 3] = [Self::Contacted, Self::Fits, Self::NoFit];

    /// The name on the wire and in the database.
    pub fn key(self) -> &'static str {
        match self {
            Self::Contacted => "contacted",
            Self::Fits => "fits",
            Self::NoFit => "no-fit",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|state| state.key() == key)
    }

    /// The coordinators' German word.
    pub fn label_de(self) -> &'static str {
        match self {
            Self::Contacted => "Kontakt aufgenommen",
            Self::Fits => "passt",
            Self::NoFit => "passt nicht",
        }
    }
}

/// Who recorded the first contact.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContactedBy {
    Network,
    Coordination,
}

impl ContactedBy {
    pub fn key(self) -> &'static str {
        match self {
            Self::Network => "network",
            Self::Coordination => "coordination",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        [Self::Network, Self::Coordination]
            .into_iter()
            .find(|by| by.key() == key)
    }
}

/// `POST /api/netzwerk/networks/{id}/answers/{registration}` (and a coordinator's
/// `first_contact` in a registration's patch): how the first contact stands now.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FirstContactMark {
    pub state: FirstContact,
}

/// One answer as the network sees it: who, how to reach them (the confirmed address, or the
/// number, as they chose), their languages and times, when they answered, and the first
/// contact. Nothing else of the registration.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkAnswer {
    /// The registration's id: what the network marks the first contact on.
    pub id: String,
    pub name: String,
    pub contact_via: ContactVia,
    /// The confirmed address (by mail) or the number (by phone): only the one they chose.
    pub contact: String,
    pub languages: Vec<String>,
    pub languages_other: Option<String>,
    pub availability: Vec<String>,
    /// When they answered (ISO 8601).
    pub answered_at: String,
    pub first_contact: Option<FirstContact>,
    /// When first contact was marked (ISO 8601).
    pub first_contact_at: Option<String>,
    /// Nobody has contacted them [`WAITING_DAYS`] after they confirmed.
    pub waiting: bool,
}

/// The last day on which the network still sees `need`'s answers: 30 days after the day it
/// was filled or closed (`closed_on`, the Berlin day; for a need closed before that day was
/// kept, the day of its last change) or after its last day, whichever comes first.
pub fn view_ends(need: &Need, closed_on: Option<Day>) -> Option<Day> {
    let last = Day::parse(&need.valid_until)?;
    let ended = match need.status {
        NeedStatus::Open => last,
        NeedStatus::Filled | NeedStatus::Closed => closed_on
            .or_else(|| Day::parse(need.updated_at.get(..10)?))
            .map_or(last, |closed| closed.min(last)),
    };
    Some(ended.add_days(VIEW_DAYS_AFTER_END))
}

/// Whether the network sees `need`'s answers on `today`.
pub fn network_sees(need: &Need, closed_on: Option<Day>, today: Day) -> bool {
    view_ends(need, closed_on).is_some_and(|end| today <= end)
}

/// Whether an answer confirmed on `confirmed_on` and not contacted waits too long on `today`.
pub fn waits_too_long(
    first_contact: Option<FirstContact>,
    confirmed_on: Option<Day>,
    today: Day,
) -> bool {
    first_contact.is_none() && confirmed_on.is_some_and(|day| day.add_days(WAITING_DAYS) <= today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn need(status: NeedStatus, valid_until: &str, updated_at: &str) -> Need {
        Need {
            id: "n".into(),
            slug: "n".into(),
            network: Some("refugium".into()),
            network_name: Some("Refugium".into()),
            network_lang: None,
            title: "Sprachpatin".into(),
            description: "Wir suchen eine Sprachpatin für dienstags.".into(),
            activity: crate::Activity::Sprachcafe,
            languages: vec![],
            district: Some(130),
            place: None,
            when: None,
            slots: vec![],
            people: None,
            valid_until: valid_until.into(),
            content_lang: "de".into(),
            status,
            created_at: "2027-01-01T09:00:00Z".into(),
            updated_at: updated_at.into(),
            network_contact: true,
        }
    }

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    #[test]
    fn the_view_ends_thirty_days_after_the_need() {
        let open = need(NeedStatus::Open, "2027-03-31", "2027-01-01T09:00:00Z");
        assert_eq!(view_ends(&open, None), Some(day("2027-04-30")));
        assert!(network_sees(&open, None, day("2027-04-30")));
        assert!(!network_sees(&open, None, day("2027-05-01")));
        let closed = need(NeedStatus::Closed, "2027-03-31", "2027-02-10T09:00:00Z");
        assert_eq!(
            view_ends(&closed, Some(day("2027-02-01"))),
            Some(day("2027-03-03"))
        );
        assert_eq!(
            view_ends(&closed, None),
            Some(day("2027-03-12")),
            "closed before the day was kept: its last change"
        );
        let filled_late = need(NeedStatus::Filled, "2027-01-31", "2027-02-10T09:00:00Z");
        assert_eq!(view_ends(&filled_late, None), Some(day("2027-03-02")));
    }

    #[test]
    fn an_answer_waits_too_long_after_three_days() {
        let confirmed = Some(day("2027-01-10"));
        assert!(!waits_too_long(None, confirmed, day("2027-01-12")));
        assert!(waits_too_long(None, confirmed, day("2027-01-13")));
        assert!(!waits_too_long(
            Some(FirstContact::Contacted),
            confirmed,
            day("2027-01-20")
        ));
        assert!(!waits_too_long(None, None, day("2027-01-20")));
    }

    #[test]
    fn states_travel_as_words() {
        for state in FirstContact::ALL {
            assert_eq!(FirstContact::from_key(state.key()), Some(state));
        }
        assert_eq!(
            serde_json::to_string(&FirstContact::NoFit).unwrap(),
            "\"no-fit\""
        );
        assert_eq!(ContactedBy::from_key("network"), Some(ContactedBy::Network));
    }
}

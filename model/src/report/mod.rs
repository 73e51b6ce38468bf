//! The report for the Steuerungskreis INTEGRATION and the Runde Tisch: what is counted (the
//! events and their one dimension, `worker/migrations/0021_report.sql` counts them as they
//! happen), the periods a report covers, its figures, and how what leaves the coordinators'
//! area singles no one out (`suppress`).

use serde::{Deserialize, Serialize};

pub mod figures;
pub mod period;
pub mod publication;
pub mod suppress;
pub mod system;

pub use period::{Month, Period};

/// What is counted, in the month it happens.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Event {
    #[serde(rename = "registration.received")]
    Received,
    #[serde(rename = "registration.confirmed")]
    Confirmed,
    /// Withdrawn by the volunteer on their own page.
    #[serde(rename = "registration.withdrawn")]
    Withdrawn,
    /// The first contact: a network's or a coordinator's mark, or the status "in Kontakt".
    #[serde(rename = "registration.contacted")]
    Contacted,
    #[serde(rename = "registration.placed")]
    Placed,
    /// Erased by the retention runs (unconfirmed, or at the end of the retention period).
    #[serde(rename = "registration.erased")]
    Erased,
    #[serde(rename = "need.posted")]
    NeedPosted,
    /// A confirmed registration answering a need.
    #[serde(rename = "need.answered")]
    NeedAnswered,
    #[serde(rename = "need.filled")]
    NeedFilled,
    #[serde(rename = "need.expired")]
    NeedExpired,
    #[serde(rename = "entry.confirmed")]
    EntryConfirmed,
    #[serde(rename = "entry.proposed")]
    EntryProposed,
    #[serde(rename = "entry.accepted")]
    EntryAccepted,
    #[serde(rename = "feedback.received")]
    FeedbackReceived,
    #[serde(rename = "feedback.answered")]
    FeedbackAnswered,
}

impl Event {
    pub const ALL: [Event; 15] = [
        Event::Received,
        Event::Confirmed,
        Event::Withdrawn,
        Event::Contacted,
        Event::Placed,
        Event::Erased,
        Event::NeedPosted,
        Event::NeedAnswered,
        Event::NeedFilled,
        Event::NeedExpired,
        Event::EntryConfirmed,
        Event::EntryProposed,
        Event::EntryAccepted,
        Event::FeedbackReceived,
        Event::FeedbackAnswered,
    ];

    /// The name in `report_counts.event`.
    pub fn key(self) -> &'static str {
        match self {
            Event::Received => "registration.received",
            Event::Confirmed => "registration.confirmed",
            Event::Withdrawn => "registration.withdrawn",
            Event::Contacted => "registration.contacted",
            Event::Placed => "registration.placed",
            Event::Erased => "registration.erased",
            Event::NeedPosted => "need.posted",
            Event::NeedAnswered => "need.answered",
            Event::NeedFilled => "need.filled",
            Event::NeedExpired => "need.expired",
            Event::EntryConfirmed => "entry.confirmed",
            Event::EntryProposed => "entry.proposed",
            Event::EntryAccepted => "entry.accepted",
            Event::FeedbackReceived => "feedback.received",
            Event::FeedbackAnswered => "feedback.answered",
        }
    }

    pub fn from_key(key: &str) -> Option<Event> {
        Self::ALL.into_iter().find(|e| e.key() == key)
    }

    /// Whether it counts people (volunteers, or who reported a barrier): then what leaves the
    /// area is protected (`suppress`). Needs and entries are the networks' public posts.
    pub fn counts_people(self) -> bool {
        !matches!(
            self,
            Event::NeedPosted
                | Event::NeedFilled
                | Event::NeedExpired
                | Event::EntryConfirmed
                | Event::EntryProposed
                | Event::EntryAccepted
        )
    }
}

/// The one dimension a counter is kept by, besides its month and event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    /// All of the event (value `""`).
    Total,
    /// A district's number, `none` (a registration without one) or `city` (a city-wide need).
    District,
    Interest,
    Language,
    /// A need's id.
    Need,
    /// How the person came to the form (`OpenedWith`, or `unknown` before it was kept).
    Came,
    /// The days from the registration to the event, in `DaysBin`s.
    Days,
}

impl Dimension {
    pub const ALL: [Dimension; 7] = [
        Dimension::Total,
        Dimension::District,
        Dimension::Interest,
        Dimension::Language,
        Dimension::Need,
        Dimension::Came,
        Dimension::Days,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Dimension::Total => "total",
            Dimension::District => "district",
            Dimension::Interest => "interest",
            Dimension::Language => "language",
            Dimension::Need => "need",
            Dimension::Came => "came",
            Dimension::Days => "days",
        }
    }

    pub fn from_key(key: &str) -> Option<Dimension> {
        Self::ALL.into_iter().find(|d| d.key() == key)
    }

    /// A person may have several values (Mehrfachnennungen): the values' counts add up to more
    /// than the total, so a table of them has no total row.
    pub fn several_per_person(self) -> bool {
        matches!(
            self,
            Dimension::District | Dimension::Interest | Dimension::Language
        )
    }
}

/// The days from a registration to its first contact or placement, in fixed bins.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DaysBin {
    #[serde(rename = "0-1")]
    UpToOne,
    #[serde(rename = "2-3")]
    UpToThree,
    #[serde(rename = "4-7")]
    UpToSeven,
    #[serde(rename = "8-14")]
    UpToFourteen,
    #[serde(rename = "15-30")]
    UpToThirty,
    #[serde(rename = "31+")]
    Longer,
}

impl DaysBin {
    pub const ALL: [DaysBin; 6] = [
        DaysBin::UpToOne,
        DaysBin::UpToThree,
        DaysBin::UpToSeven,
        DaysBin::UpToFourteen,
        DaysBin::UpToThirty,
        DaysBin::Longer,
    ];

    /// The value in `report_counts` (and on the page: "0–1 Tage" …).
    pub fn key(self) -> &'static str {
        match self {
            DaysBin::UpToOne => "0-1",
            DaysBin::UpToThree => "2-3",
            DaysBin::UpToSeven => "4-7",
            DaysBin::UpToFourteen => "8-14",
            DaysBin::UpToThirty => "15-30",
            DaysBin::Longer => "31+",
        }
    }

    pub fn from_key(key: &str) -> Option<DaysBin> {
        Self::ALL.into_iter().find(|b| b.key() == key)
    }

    /// The bin of `days` elapsed (a fraction counts as the whole days before it), as the
    /// migration's triggers compute it in SQL.
    pub fn of_days(days: f64) -> DaysBin {
        match days {
            d if d < 2.0 => DaysBin::UpToOne,
            d if d < 4.0 => DaysBin::UpToThree,
            d if d < 8.0 => DaysBin::UpToSeven,
            d if d < 15.0 => DaysBin::UpToFourteen,
            d if d < 31.0 => DaysBin::UpToThirty,
            _ => DaysBin::Longer,
        }
    }
}

/// How the person came to the form: what it was opened with. Kept on the registration, named
/// in the privacy notice; only counted.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OpenedWith {
    /// A need's "Ich helfe" (`?gesuch=`).
    Need,
    /// A network's page (`?netzwerk=`).
    Network,
    /// A district's page (`?bezirk=`).
    District,
    /// Nothing: the form on its own.
    Direct,
}

impl OpenedWith {
    pub const ALL: [OpenedWith; 4] = [
        OpenedWith::Need,
        OpenedWith::Network,
        OpenedWith::District,
        OpenedWith::Direct,
    ];

    pub fn key(self) -> &'static str {
        match self {
            OpenedWith::Need => "need",
            OpenedWith::Network => "network",
            OpenedWith::District => "district",
            OpenedWith::Direct => "direct",
        }
    }
}

/// One counter as stored: a count of an event in a month by one dimension's value.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    pub month: String,
    pub event: String,
    pub dimension: String,
    pub value: String,
    pub count: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_go_both_ways() {
        for event in Event::ALL {
            assert_eq!(Event::from_key(event.key()), Some(event));
            let wire = serde_json::to_value(event).unwrap();
            assert_eq!(wire, event.key());
        }
        for dimension in Dimension::ALL {
            assert_eq!(Dimension::from_key(dimension.key()), Some(dimension));
        }
        for bin in DaysBin::ALL {
            assert_eq!(DaysBin::from_key(bin.key()), Some(bin));
            assert_eq!(serde_json::to_value(bin).unwrap(), bin.key());
        }
    }

    #[test]
    fn days_fall_into_their_bins() {
        let bins: Vec<_> = [
            0.0, 1.9, 2.0, 3.5, 4.0, 7.99, 8.0, 14.5, 15.0, 30.9, 31.0, 400.0,
        ]
        .into_iter()
        .map(|d| DaysBin::of_days(d).key())
        .collect();
        assert_eq!(
            bins,
            [
                "0-1", "0-1", "2-3", "2-3", "4-7", "4-7", "8-14", "8-14", "15-30", "15-30", "31+",
                "31+"
            ]
        );
    }
}

//! How current an entry is: confirmed within `CONFIRM_AFTER_DAYS` (wrangler.toml) it is
//! current; after that, or never confirmed, it is stale ("Angaben möglicherweise veraltet"):
//! drawn fainter and listed after the current ones. [`REMIND_DAYS_BEFORE`] days before that
//! day its editors are reminded, and once more on the day.

use super::Network;
use crate::day::Day;
use serde::{Deserialize, Serialize};

/// The `[vars]` name of the days an entry stays current after its confirmation.
pub const CONFIRM_AFTER_DAYS_VAR: &str = "CONFIRM_AFTER_DAYS";
/// Without a value (or with one that is not a whole number of days ≥ 1): a year.
pub const CONFIRM_AFTER_DAYS_DEFAULT: u32 = 365;
/// The first reminder goes this many days before an entry goes stale.
pub const REMIND_DAYS_BEFORE: u32 = 30;

/// The days an entry stays current, from the `[vars]` value.
pub fn confirm_after_days(value: Option<&str>) -> u32 {
    value
        .and_then(|v| v.trim().parse().ok())
        .filter(|days: &u32| *days >= 1)
        .unwrap_or(CONFIRM_AFTER_DAYS_DEFAULT)
}

/// Where an entry stands on a day.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FreshnessState {
    /// Confirmed recently enough.
    #[default]
    Current,
    /// Goes stale within [`REMIND_DAYS_BEFORE`] days.
    Soon,
    /// Not confirmed for too long, or never.
    Stale,
}

/// Today in Braunschweig and the days an entry stays current: what decides "stale".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Freshness {
    pub today: Day,
    pub confirm_after_days: u32,
}

impl Freshness {
    /// The day `network` goes stale; `None` when it was never confirmed (stale from the start).
    pub fn stale_on(&self, network: &Network) -> Option<Day> {
        let confirmed = network.confirmed_at.as_deref()?;
        let day = Day::parse(confirmed.get(..10)?)?;
        Some(day.add_days(i64::from(self.confirm_after_days)))
    }

    pub fn state(&self, network: &Network) -> FreshnessState {
        match self.stale_on(network) {
            Some(day) if self.today < day.add_days(-i64::from(REMIND_DAYS_BEFORE)) => {
                FreshnessState::Current
            }
            Some(day) if self.today < day => FreshnessState::Soon,
            _ => FreshnessState::Stale,
        }
    }

    /// Marks each entry's `stale` and lists the current ones first, each part in the order it
    /// had (by name, as stored): a district's list keeps that order.
    pub fn apply(&self, networks: &mut [Network]) {
        for network in networks.iter_mut() {
            network.stale = self.state(network) == FreshnessState::Stale;
        }
        networks.sort_by_key(|network| network.stale);
    }

    /// One entry's `stale`.
    pub fn mark(&self, mut network: Network) -> Network {
        network.stale = self.state(&network) == FreshnessState::Stale;
        network
    }
}

/// One entry of the coordinators' list "Veraltet / bald veraltet".
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FreshnessItem {
    pub network: Network,
    pub freshness: FreshnessState,
    /// The day it goes (or went) stale; `None`: never confirmed.
    pub stale_on: Option<String>,
    /// How many network accesses keep it; none: it is the coordinators' to confirm.
    pub editors: u32,
}

impl Freshness {
    /// The entries that are stale or go stale soon, with how many accesses keep each: those
    /// without an access first, then by the day they go stale (never confirmed first).
    pub fn overview(&self, networks: Vec<(Network, u32)>) -> Vec<FreshnessItem> {
        let mut items: Vec<FreshnessItem> = networks
            .into_iter()
            .filter_map(|(network, editors)| {
                let state = self.state(&network);
                (state != FreshnessState::Current).then(|| FreshnessItem {
                    stale_on: self.stale_on(&network).map(|day| day.to_string()),
                    network: self.mark(network),
                    freshness: state,
                    editors,
                })
            })
            .collect();
        items.sort_by(|a, b| {
            (a.editors > 0, &a.stale_on, &a.network.name).cmp(&(
                b.editors > 0,
                &b.stale_on,
                &b.network.name,
            ))
        });
        items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn confirmed(name: &str, at: Option<&str>) -> Network {
        let mut network = super::super::tests::sample();
        network.name = name.into();
        network.confirmed_at = at.map(String::from);
        network
    }

    fn on(today: &str) -> Freshness {
        Freshness {
            today: Day::parse(today).unwrap(),
            confirm_after_days: 365,
        }
    }

    #[test]
    fn current_soon_stale_and_never_confirmed() {
        let network = confirmed("A", Some("2026-01-10T09:00:00Z"));
        assert_eq!(on("2026-12-10").state(&network), FreshnessState::Current);
        assert_eq!(on("2026-12-11").state(&network), FreshnessState::Soon);
        assert_eq!(on("2027-01-09").state(&network), FreshnessState::Soon);
        assert_eq!(on("2027-01-10").state(&network), FreshnessState::Stale);
        assert_eq!(
            on("2026-12-11").stale_on(&network),
            Day::parse("2027-01-10")
        );
        let never = confirmed("B", None);
        assert_eq!(on("2026-01-10").state(&never), FreshnessState::Stale);
        assert_eq!(on("2026-01-10").stale_on(&never), None);
    }

    #[test]
    fn stale_entries_go_last_and_each_part_keeps_its_order() {
        let mut list = vec![
            confirmed("Alpha", None),
            confirmed("Beta", Some("2026-11-01T00:00:00Z")),
            confirmed("Gamma", Some("2020-01-01T00:00:00Z")),
            confirmed("Delta", Some("2026-10-01T00:00:00Z")),
        ];
        on("2026-12-04").apply(&mut list);
        let names: Vec<(&str, bool)> = list.iter().map(|n| (n.name.as_str(), n.stale)).collect();
        assert_eq!(
            names,
            [
                ("Beta", false),
                ("Delta", false),
                ("Alpha", true),
                ("Gamma", true)
            ]
        );
    }

    #[test]
    fn the_overview_lists_entries_without_an_access_first_then_by_their_day() {
        let list = vec![
            (confirmed("Kept soon", Some("2026-01-20T00:00:00Z")), 2),
            (confirmed("Current", Some("2026-11-01T00:00:00Z")), 0),
            (confirmed("Kept never", None), 1),
            (confirmed("Alone stale", Some("2025-06-01T00:00:00Z")), 0),
        ];
        let items = on("2026-12-30").overview(list);
        let names: Vec<&str> = items.iter().map(|i| i.network.name.as_str()).collect();
        assert_eq!(names, ["Alone stale", "Kept never", "Kept soon"]);
        assert!(items[0].network.stale && !items[2].network.stale);
        assert_eq!(items[2].freshness, FreshnessState::Soon);
    }

    #[test]
    fn the_days_come_from_the_var_or_default_to_a_year() {
        assert_eq!(confirm_after_days(Some("180")), 180);
        assert_eq!(confirm_after_days(Some("0")), 365);
        assert_eq!(confirm_after_days(Some("x")), 365);
        assert_eq!(confirm_after_days(None), 365);
    }
}

//! A report's figures, built from the counters of its months (one read, `Count`s), the needs
//! of the period (for their titles) and the entries' freshness. Exact as coordinators see it;
//! `system` protects a copy for what leaves the area.

use super::{Count, DaysBin, Dimension, Event, Month, Period};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A figure: a count, or why it is not shown; on the wire a number, `"small"` or `"hidden"`.
/// (Written by hand: serde's untagged enums buffer every value, which costs the Worker's
/// wasm more than these few lines.)
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Count(u64),
    Withheld(Withheld),
}

impl Serialize for Figure {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Figure::Count(n) => s.serialize_u64(*n),
            Figure::Withheld(w) => w.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Figure {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Figure;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a count, \"small\" or \"hidden\"")
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Figure, E> {
                Ok(Figure::Count(n))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Figure, E> {
                match v {
                    "small" => Ok(Figure::Withheld(Withheld::Small)),
                    "hidden" => Ok(Figure::Withheld(Withheld::Hidden)),
                    _ => Err(E::unknown_variant(v, &["small", "hidden"])),
                }
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// "< 3" (a count below the threshold) or "•" (hidden so no small one can be worked out).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Withheld {
    Small,
    Hidden,
}

impl Figure {
    pub fn count(self) -> Option<u64> {
        match self {
            Figure::Count(n) => Some(n),
            Figure::Withheld(_) => None,
        }
    }
}

/// The tables of a report, in the order they are shown.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TableId {
    Months,
    Districts,
    Languages,
    Interests,
    Came,
    ContactDays,
    PlacementDays,
    NeedsMost,
    NeedsFewest,
}

impl TableId {
    pub const ALL: [TableId; 9] = [
        TableId::Months,
        TableId::Districts,
        TableId::Languages,
        TableId::Interests,
        TableId::Came,
        TableId::ContactDays,
        TableId::PlacementDays,
        TableId::NeedsMost,
        TableId::NeedsFewest,
    ];

    /// Its name in addresses (`…/bericht/2026/districts.csv`).
    pub fn key(self) -> &'static str {
        match self {
            TableId::Months => "months",
            TableId::Districts => "districts",
            TableId::Languages => "languages",
            TableId::Interests => "interests",
            TableId::Came => "came",
            TableId::ContactDays => "contact-days",
            TableId::PlacementDays => "placement-days",
            TableId::NeedsMost => "needs-most",
            TableId::NeedsFewest => "needs-fewest",
        }
    }

    pub fn from_key(key: &str) -> Option<TableId> {
        Self::ALL.into_iter().find(|t| t.key() == key)
    }

    /// The dimension its rows are (a month for `Months`).
    pub fn dimension(self) -> Dimension {
        match self {
            TableId::Months => Dimension::Total,
            TableId::Districts => Dimension::District,
            TableId::Languages => Dimension::Language,
            TableId::Interests => Dimension::Interest,
            TableId::Came => Dimension::Came,
            TableId::ContactDays | TableId::PlacementDays => Dimension::Days,
            TableId::NeedsMost | TableId::NeedsFewest => Dimension::Need,
        }
    }

    pub fn columns(self) -> &'static [Event] {
        match self {
            TableId::Months => &[
                Event::Received,
                Event::Confirmed,
                Event::Contacted,
                Event::Placed,
            ],
            TableId::Districts => &[Event::Received, Event::Placed],
            TableId::Languages | TableId::Interests | TableId::Came => &[Event::Received],
            TableId::ContactDays => &[Event::Contacted],
            TableId::PlacementDays => &[Event::Placed],
            TableId::NeedsMost | TableId::NeedsFewest => &[Event::NeedAnswered],
        }
    }

    /// Whether its rows add up to the period's total (then it has a total row).
    pub fn adds_up(self) -> bool {
        matches!(
            self,
            TableId::Months | TableId::Came | TableId::ContactDays | TableId::PlacementDays
        )
    }
}

/// One row: its key (a month, a district's number, a language's code, …), a title where the
/// key is an id (a need), and a figure per column.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub cells: Vec<Figure>,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub id: TableId,
    pub rows: Vec<Row>,
    /// The period's totals, where the rows add up to them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<Vec<Figure>>,
}

/// An event's total over the period.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Total {
    pub event: super::Event,
    pub figure: Figure,
}

/// A need, for its title in the needs' tables: listed in a period it was posted in
/// (`posted`, its Berlin month) or answered in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedHead {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub posted: Option<String>,
}

/// The map's entries: how many are current (confirmed in the last 12 months) of all public.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entries {
    pub confirmed_last_year: u64,
    pub all: u64,
}

/// A report: exact (`threshold` None) or protected for what leaves the area.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "2026"))]
    pub period: Period,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<u64>,
    pub totals: Vec<Total>,
    pub tables: Vec<Table>,
    pub entries: Entries,
}

/// How many needs each needs' table lists.
pub const NEEDS_LISTED: usize = 5;

/// The counts of one period by (event, dimension, value).
type Sums = BTreeMap<(Event, Dimension, String), u64>;

fn sums(counts: &[Count], period: Period) -> (Sums, BTreeMap<(Event, Month), u64>) {
    let mut sums = Sums::new();
    let mut monthly = BTreeMap::new();
    for count in counts {
        let (Some(event), Some(dimension), Some(month)) = (
            Event::from_key(&count.event),
            Dimension::from_key(&count.dimension),
            Month::parse(&count.month),
        ) else {
            continue;
        };
        if !period.contains(month) {
            continue;
        }
        *sums
            .entry((event, dimension, count.value.clone()))
            .or_default() += count.count;
        if dimension == Dimension::Total {
            *monthly.entry((event, month)).or_default() += count.count;
        }
    }
    (sums, monthly)
}

impl Report {
    /// The exact report of `period` from its months' counters.
    pub fn build(period: Period, counts: &[Count], needs: &[NeedHead], entries: Entries) -> Report {
        let (sums, monthly) = sums(counts, period);
        let get = |event: Event, dimension: Dimension, value: &str| {
            sums.get(&(event, dimension, value.to_string()))
                .copied()
                .unwrap_or(0)
        };
        let totals = Event::ALL
            .into_iter()
            .map(|event| Total {
                event,
                figure: Figure::Count(get(event, Dimension::Total, "")),
            })
            .collect();
        let mut tables = Vec::new();
        for id in TableId::ALL {
            let columns = id.columns();
            let keys: Vec<(String, Option<String>)> = match id {
                TableId::Months => period
                    .months_in()
                    .iter()
                    .map(|m| (m.to_string(), None))
                    .collect(),
                TableId::Districts => crate::district::STADTBEZIRKE
                    .iter()
                    .map(|d| (d.0.to_string(), None))
                    .chain([("none".to_string(), None)])
                    .collect(),
                TableId::ContactDays | TableId::PlacementDays => DaysBin::ALL
                    .iter()
                    .map(|b| (b.key().to_string(), None))
                    .collect(),
                TableId::Came => super::OpenedWith::ALL
                    .iter()
                    .map(|o| o.key().to_string())
                    .chain(["unknown".to_string()])
                    .map(|k| (k, None))
                    .collect(),
                TableId::Languages | TableId::Interests => {
                    let mut present: Vec<(&String, u64)> = sums
                        .iter()
                        .filter(|((e, d, _), n)| {
                            *e == columns[0] && *d == id.dimension() && **n > 0
                        })
                        .map(|((_, _, v), n)| (v, *n))
                        .collect();
                    present.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
                    present
                        .into_iter()
                        .map(|(v, _)| (v.clone(), None))
                        .collect()
                }
                TableId::NeedsMost | TableId::NeedsFewest => {
                    let mut ranked: Vec<(&NeedHead, u64)> = needs
                        .iter()
                        .map(|n| (n, get(Event::NeedAnswered, Dimension::Need, &n.id)))
                        .filter(|(n, answers)| {
                            *answers > 0
                                || n.posted
                                    .as_deref()
                                    .and_then(Month::parse)
                                    .is_some_and(|m| period.contains(m))
                        })
                        .collect();
                    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.title.cmp(&b.0.title)));
                    if id == TableId::NeedsFewest {
                        ranked.reverse();
                    }
                    ranked
                        .into_iter()
                        .take(NEEDS_LISTED)
                        .map(|(n, _)| (n.id.clone(), Some(n.title.clone())))
                        .collect()
                }
            };
            let rows = keys
                .into_iter()
                .map(|(key, title)| Row {
                    cells: columns
                        .iter()
                        .map(|&event| {
                            Figure::Count(match id {
                                TableId::Months => Month::parse(&key)
                                    .and_then(|m| monthly.get(&(event, m)).copied())
                                    .unwrap_or(0),
                                _ => get(event, id.dimension(), &key),
                            })
                        })
                        .collect(),
                    key,
                    title,
                })
                .collect();
            let total = id.adds_up().then(|| {
                columns
                    .iter()
                    .map(|&e| Figure::Count(get(e, Dimension::Total, "")))
                    .collect()
            });
            tables.push(Table { id, rows, total });
        }
        Report {
            period,
            threshold: None,
            totals,
            tables,
            entries,
        }
    }

    pub fn total(&self, event: Event) -> Figure {
        self.totals
            .iter()
            .find(|t| t.event == event)
            .map_or(Figure::Count(0), |t| t.figure)
    }

    pub fn table(&self, id: TableId) -> Option<&Table> {
        self.tables.iter().find(|t| t.id == id)
    }

    /// `part` of `whole` in whole percent; none where either is withheld or `whole` is 0.
    pub fn share(&self, part: Event, whole: Event) -> Option<u64> {
        let (part, whole) = (self.total(part).count()?, self.total(whole).count()?);
        (whole > 0).then(|| (part * 100 + whole / 2) / whole)
    }

    /// The bin that holds the median of the days (to first contact, to placement); none
    /// where a bin is withheld or nobody was counted.
    pub fn median_bin(&self, id: TableId) -> Option<DaysBin> {
        let table = self.table(id)?;
        let counts: Option<Vec<u64>> = table.rows.iter().map(|r| r.cells[0].count()).collect();
        let counts = counts?;
        let all: u64 = counts.iter().sum();
        if all == 0 {
            return None;
        }
        let middle = all.div_ceil(2);
        let mut seen = 0;
        for (row, count) in table.rows.iter().zip(counts) {
            seen += count;
            if seen >= middle {
                return DaysBin::from_key(&row.key);
            }
        }
        None
    }
}

#[cfg(test)]
#[path = "figures_tests.rs"]
mod tests;

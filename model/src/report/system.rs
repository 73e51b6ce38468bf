//! Reports as quantities and the equations a reader sees between them (`suppress`), and
//! back: the protected copies of a family of reports (a year and its quarters), with the
//! marks kept for the reports published later.

use super::figures::{Figure, Report, TableId, Withheld, NEEDS_LISTED};
use super::suppress::{AtLeast, Equation, Mark, System, Unprotectable};
use super::{Dimension, Event, Period};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A count a report shows: an event by one dimension's value over a span of months (a
/// month's row is its own span).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Key {
    pub event: Event,
    pub dimension: Dimension,
    pub value: String,
    pub span: Period,
}

/// The marks of a year's published family, kept with the published reports: what was hidden
/// stays hidden, what was shown stays shown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pattern(pub Vec<(Key, Mark)>);

/// Where a report's figure is: a total, or a table's row (`None`: its total row) and column.
#[derive(Debug, Clone, Copy)]
enum Place {
    Total(usize),
    Cell(usize, Option<usize>, usize),
}

struct Builder {
    index: BTreeMap<Key, usize>,
    values: Vec<u64>,
    equations: Vec<Equation>,
    at_least: Vec<AtLeast>,
    /// Per report, where each of its counts is.
    places: Vec<Vec<(Place, usize)>>,
}

impl Builder {
    fn quantity(&mut self, key: Key, value: u64) -> usize {
        let next = self.values.len();
        let at = *self.index.entry(key).or_insert(next);
        if at == next {
            self.values.push(value);
        }
        at
    }
}

fn count(figure: Figure) -> u64 {
    figure.count().unwrap_or(0)
}

/// The key of a table's row.
fn row_key(table: TableId, event: Event, value: &str, period: Period) -> Key {
    match table {
        TableId::Months => {
            let month = super::Month::parse(value).unwrap_or(period.from);
            Key {
                event,
                dimension: Dimension::Total,
                value: String::new(),
                span: Period {
                    from: month,
                    to: month,
                },
            }
        }
        _ => Key {
            event,
            dimension: table.dimension(),
            value: value.to_string(),
            span: period,
        },
    }
}

fn total_key(event: Event, period: Period) -> Key {
    Key {
        event,
        dimension: Dimension::Total,
        value: String::new(),
        span: period,
    }
}

fn build(family: &[Report]) -> Builder {
    let mut b = Builder {
        index: BTreeMap::new(),
        values: Vec::new(),
        equations: Vec::new(),
        at_least: Vec::new(),
        places: Vec::new(),
    };
    for report in family {
        let period = report.period;
        let mut places = Vec::new();
        for (t, total) in report.totals.iter().enumerate() {
            if total.event.counts_people() {
                let q = b.quantity(total_key(total.event, period), count(total.figure));
                places.push((Place::Total(t), q));
            }
        }
        for (t, table) in report.tables.iter().enumerate() {
            for (c, &event) in table.id.columns().iter().enumerate() {
                if !event.counts_people() {
                    continue;
                }
                let mut parts = Vec::new();
                for (r, row) in table.rows.iter().enumerate() {
                    let q = b.quantity(
                        row_key(table.id, event, &row.key, period),
                        count(row.cells[c]),
                    );
                    places.push((Place::Cell(t, Some(r), c), q));
                    parts.push(q);
                }
                if let Some(total) = &table.total {
                    let sum = b.quantity(total_key(event, period), count(total[c]));
                    places.push((Place::Cell(t, None, c), sum));
                    b.equations.push(Equation { sum, parts });
                } else if table.id.dimension().several_per_person() {
                    // No total row, but a reader knows each row is at most the total and,
                    // where everyone has at least one value, that the rows add up to more.
                    let whole = b.quantity(total_key(event, period), count(report.total(event)));
                    for &part in &parts {
                        b.at_least.push(AtLeast {
                            larger: vec![whole],
                            smaller: vec![part],
                        });
                    }
                    if table.id != TableId::Interests {
                        b.at_least.push(AtLeast {
                            larger: parts,
                            smaller: vec![whole],
                        });
                    }
                } else if table.id == TableId::NeedsMost && table.rows.len() < NEEDS_LISTED {
                    // All the period's needs are listed: their answers add up to the total
                    // (as far as their needs still exist).
                    let sum = b.quantity(total_key(event, period), count(report.total(event)));
                    b.equations.push(Equation { sum, parts });
                }
            }
        }
        b.places.push(places);
    }
    // A year's count is its quarters' counts added up, where the family holds all five.
    let quarters: Vec<Period> = family.iter().map(|r| r.period).collect();
    let keys: Vec<Key> = b.index.keys().cloned().collect();
    for key in keys {
        if key.span.kind() != super::period::Kind::Year {
            continue;
        }
        // A value without a row in a quarter's (complete) table was 0 there; a need not
        // among a quarter's listed ones is unknown.
        let parts: Option<Vec<usize>> = Period::quarters_of(key.span.from.year())
            .into_iter()
            .map(|span| {
                let part = Key {
                    span,
                    ..key.clone()
                };
                match b.index.get(&part) {
                    Some(&q) => Some(q),
                    None if key.dimension != Dimension::Need && quarters.contains(&span) => {
                        Some(b.quantity(part, 0))
                    }
                    None => None,
                }
            })
            .collect();
        if let Some(parts) = parts {
            b.equations.push(Equation {
                sum: b.index[&key],
                parts,
            });
        }
    }
    b.equations
        .sort_by(|x, y| (x.sum, &x.parts).cmp(&(y.sum, &y.parts)));
    b.equations.dedup();
    b
}

/// The protected copies of `family` (each report as it may leave the area), and the marks of
/// all its counts, keeping `published`'s.
pub fn protect(
    family: &[Report],
    published: &Pattern,
    threshold: u64,
) -> Result<(Vec<Report>, Pattern), Unprotectable> {
    let b = build(family);
    let mut system = System::new(b.values.clone(), b.equations.clone(), threshold);
    system.at_least = b.at_least.clone();
    for (key, mark) in &published.0 {
        if let Some(&q) = b.index.get(key) {
            system.marks[q] = *mark;
            system.fixed[q] = true;
        }
    }
    system.protect()?;
    let mut protected = family.to_vec();
    for (report, places) in protected.iter_mut().zip(&b.places) {
        report.threshold = Some(system.threshold);
        for &(place, q) in places {
            let withheld = match system.marks[q] {
                Mark::Shown => continue,
                Mark::Small => Figure::Withheld(Withheld::Small),
                Mark::Hidden => Figure::Withheld(Withheld::Hidden),
            };
            match place {
                Place::Total(t) => report.totals[t].figure = withheld,
                Place::Cell(t, Some(r), c) => report.tables[t].rows[r].cells[c] = withheld,
                Place::Cell(t, None, c) => {
                    if let Some(total) = report.tables[t].total.as_mut() {
                        total[c] = withheld;
                    }
                }
            }
        }
    }
    for report in &mut protected {
        unorder(report);
    }
    let pattern = Pattern(
        b.index
            .into_iter()
            .map(|(key, q)| (key, system.marks[q]))
            .collect(),
    );
    Ok((protected, pattern))
}

/// Rows ranked by their counts (languages, interests, needs) keep their rank only among
/// shown counts: withheld ones follow, by key, so their place tells nothing of their count.
fn unorder(report: &mut Report) {
    for table in &mut report.tables {
        if matches!(
            table.id,
            TableId::Languages | TableId::Interests | TableId::NeedsMost | TableId::NeedsFewest
        ) {
            let (shown, mut withheld): (Vec<_>, Vec<_>) = std::mem::take(&mut table.rows)
                .into_iter()
                .partition(|row| row.cells.iter().all(|c| c.count().is_some()));
            withheld.sort_by(|a, b| a.key.cmp(&b.key));
            table.rows = shown.into_iter().chain(withheld).collect();
        }
    }
}

#[cfg(test)]
#[path = "system_tests.rs"]
mod tests;

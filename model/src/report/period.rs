//! Months and the periods a report covers: a quarter, a year, or a range of whole months.

use crate::day::Day;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A calendar month in Braunschweig, written `YYYY-MM` (as `report_counts.month`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    year: u16,
    month: u8,
}

impl Month {
    pub fn new(year: u16, month: u8) -> Option<Month> {
        ((1..=12).contains(&month) && (1..=9999).contains(&year)).then_some(Month { year, month })
    }

    /// `2026-03`.
    pub fn parse(text: &str) -> Option<Month> {
        let (year, month) = text.split_once('-')?;
        if year.len() != 4
            || month.len() != 2
            || !text.bytes().all(|b| b.is_ascii_digit() || b == b'-')
        {
            return None;
        }
        Month::new(year.parse().ok()?, month.parse().ok()?)
    }

    pub fn of(day: Day) -> Month {
        Month {
            year: day.year(),
            month: day.month(),
        }
    }

    pub fn year(self) -> u16 {
        self.year
    }

    /// 1–12.
    pub fn number(self) -> u8 {
        self.month
    }

    /// 1–4.
    pub fn quarter(self) -> u8 {
        (self.month - 1) / 3 + 1
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    /// Months from `self` to `to`, both included (empty if `to` is earlier).
    pub fn through(self, to: Month) -> Vec<Month> {
        let mut months = Vec::new();
        let mut month = self;
        while month <= to {
            months.push(month);
            month = month.next();
        }
        months
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Month::parse(&text).ok_or_else(|| serde::de::Error::custom("a month, YYYY-MM"))
    }
}

/// What a report covers: whole months, `from` to `to`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub from: Month,
    pub to: Month,
}

/// The longest range a report covers: a century of months (the API documents the years
/// 2000–2099).
pub const MAX_MONTHS: usize = 1200;

/// The kinds of period, as a published report's address names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Year,
    Quarter,
    Months,
}

impl Period {
    pub fn year(year: u16) -> Option<Period> {
        Some(Period {
            from: Month::new(year, 1)?,
            to: Month::new(year, 12)?,
        })
    }

    pub fn quarter(year: u16, quarter: u8) -> Option<Period> {
        if !(1..=4).contains(&quarter) {
            return None;
        }
        Some(Period {
            from: Month::new(year, quarter * 3 - 2)?,
            to: Month::new(year, quarter * 3)?,
        })
    }

    /// A range of whole months, in either order, at most `MAX_MONTHS` long.
    pub fn months(from: Month, to: Month) -> Option<Period> {
        let (from, to) = (from.min(to), from.max(to));
        let index = |m: Month| usize::from(m.year()) * 12 + usize::from(m.number());
        (index(to) - index(from) < MAX_MONTHS).then_some(Period { from, to })
    }

    /// `2026` (a year), `2026-q1` (a quarter), `2026-01..2026-06` (a range).
    pub fn parse(text: &str) -> Option<Period> {
        let text = text.trim();
        if let Some((from, to)) = text.split_once("..") {
            return Period::months(Month::parse(from)?, Month::parse(to)?);
        }
        if let Some((year, quarter)) = text.split_once(['-']) {
            let quarter = quarter.strip_prefix(['q', 'Q'])?;
            if year.len() != 4 || quarter.len() != 1 {
                return None;
            }
            return Period::quarter(year.parse().ok()?, quarter.parse().ok()?);
        }
        if text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) {
            return Period::year(text.parse().ok()?);
        }
        None
    }

    pub fn kind(self) -> Kind {
        let whole_year = self.from.number() == 1 && self.to.number() == 12;
        let quarter_start = self.from.number() % 3 == 1;
        if self.from.year() == self.to.year() && whole_year {
            Kind::Year
        } else if self.from.year() == self.to.year()
            && quarter_start
            && self.to.number() == self.from.number() + 2
        {
            Kind::Quarter
        } else {
            Kind::Months
        }
    }

    pub fn months_in(self) -> Vec<Month> {
        self.from.through(self.to)
    }

    pub fn contains(self, month: Month) -> bool {
        self.from <= month && month <= self.to
    }

    /// Whether every month of it has passed by `today`'s month.
    pub fn ended_by(self, today: Month) -> bool {
        self.to < today
    }

    /// The year's quarters: a year's report and its quarters' reports are one family
    /// (`suppress`).
    pub fn quarters_of(year: u16) -> Vec<Period> {
        (1..=4).filter_map(|q| Period::quarter(year, q)).collect()
    }
}

impl fmt::Display for Period {
    /// The address form `parse` reads.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind() {
            Kind::Year => write!(f, "{:04}", self.from.year()),
            Kind::Quarter => write!(f, "{:04}-q{}", self.from.year(), self.from.quarter()),
            Kind::Months => write!(f, "{}..{}", self.from, self.to),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Period::parse(&text)
            .ok_or_else(|| serde::de::Error::custom("a period: 2026, 2026-q1 or 2026-01..2026-06"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_read_and_write_their_address() {
        for text in [
            "2026",
            "2026-q1",
            "2026-q4",
            "2026-02..2026-07",
            "2025-11..2026-02",
        ] {
            let period = Period::parse(text).unwrap();
            assert_eq!(period.to_string(), text);
        }
        assert_eq!(
            Period::parse("2026-01..2026-03").unwrap().to_string(),
            "2026-q1"
        );
        assert_eq!(
            Period::parse("2026-05..2026-02").unwrap().to_string(),
            "2026-02..2026-05",
            "either order"
        );
        for bad in [
            "",
            "26",
            "2026-q5",
            "2026-q0",
            "2026-13..2027-01",
            "1000-01..2200-01",
            "2026-1",
            "x026",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn months_know_their_quarter_and_successor() {
        let december = Month::parse("2026-12").unwrap();
        assert_eq!(december.next().to_string(), "2027-01");
        assert_eq!(december.quarter(), 4);
        assert_eq!(Period::year(2026).unwrap().months_in().len(), 12);
        assert!(Period::quarter(2026, 3)
            .unwrap()
            .ended_by(Month::parse("2026-10").unwrap()));
        assert!(!Period::quarter(2026, 4).unwrap().ended_by(december));
        assert_eq!(
            Month::of(Day::parse("2026-03-31").unwrap()).to_string(),
            "2026-03"
        );
    }
}

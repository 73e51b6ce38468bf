//! The report's period as the coordinator picks it, and what the area says about it: plain
//! functions, so plain tests cover them.

use model::report::{Month, Period};

/// How the period is picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    Year,
    Quarter,
    Months,
}

impl Pick {
    pub fn from_key(key: &str) -> Pick {
        match key {
            "quarter" => Pick::Quarter,
            "months" => Pick::Months,
            _ => Pick::Year,
        }
    }
}

/// The period of a pick: a year (`2026`), its quarter (1–4), or the months `from`–`to`
/// (`2026-01` as `<input type="month">` writes them).
pub fn period(pick: Pick, year: &str, quarter: &str, from: &str, to: &str) -> Option<Period> {
    let year = || year.trim().parse::<u16>().ok();
    match pick {
        Pick::Year => Period::year(year()?),
        Pick::Quarter => Period::quarter(year()?, quarter.parse().ok()?),
        Pick::Months => Period::months(Month::parse(from)?, Month::parse(to)?),
    }
}

/// The CSV address of a table of the period (protected, as it leaves the area).
pub fn csv_path(period: Period, table: &str) -> String {
    format!("/api/admin/report/csv?period={period}&table={table}")
}

/// The document's address.
pub fn document_path(period: Period, protected: bool) -> String {
    format!("/api/admin/report/document?period={period}&protected={protected}")
}

/// Why a period cannot be published yet, or `None` where it can: whole years and quarters
/// that have ended.
pub fn not_publishable(period: Period, this_month: Month) -> Option<&'static str> {
    use model::report::period::Kind;
    match period.kind() {
        Kind::Months => Some("Veröffentlicht wird ein ganzes Jahr oder Quartal."),
        _ if !period.ended_by(this_month) => {
            Some("Veröffentlicht wird ein Zeitraum, wenn er vorbei ist.")
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pick_is_a_period() {
        assert_eq!(
            period(Pick::Year, "2026", "", "", "").unwrap().to_string(),
            "2026"
        );
        assert_eq!(
            period(Pick::Quarter, "2026", "3", "", "")
                .unwrap()
                .to_string(),
            "2026-q3"
        );
        assert_eq!(
            period(Pick::Months, "", "", "2026-02", "2026-05")
                .unwrap()
                .to_string(),
            "2026-02..2026-05"
        );
        assert_eq!(
            period(Pick::Months, "2026", "", "2026-05", "2026-02").map(|p| p.to_string()),
            Some("2026-02..2026-05".into()),
            "either order"
        );
        assert_eq!(period(Pick::Months, "", "", "2026-05", ""), None);
        assert_eq!(period(Pick::Year, "zwanzig", "", "", ""), None);
        let p = period(Pick::Quarter, "2026", "1", "", "").unwrap();
        assert_eq!(
            csv_path(p, "months"),
            "/api/admin/report/csv?period=2026-q1&table=months"
        );
    }

    #[test]
    fn only_ended_years_and_quarters_are_published() {
        let now = Month::parse("2026-07").unwrap();
        assert_eq!(
            not_publishable(Period::parse("2026-q2").unwrap(), now),
            None
        );
        assert!(not_publishable(Period::parse("2026").unwrap(), now).is_some());
        assert!(not_publishable(Period::parse("2026-01..2026-02").unwrap(), now).is_some());
    }
}

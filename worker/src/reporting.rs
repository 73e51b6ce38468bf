//! The report's use cases, apart from HTTP: the exact report of a period (coordinators), the
//! protected one that may leave the area (printed, exported, published), and publishing.
//!
//! A year and its quarters are one family: a report of a whole year or quarter that has
//! ended is protected together with the year's other ended periods, keeping the marks of what
//! that year published already (`storage::published_reports::pattern`), so no two published
//! reports can be subtracted to reveal a hidden count. Any other range is protected alone.

use crate::error::ApiError;
use crate::storage::{published_reports, report_counts};
use model::codes::Code;
use model::day::Day;
use model::report::figures::Report;
use model::report::period::Kind;
use model::report::publication::{Publication, PublishInput};
use model::report::suppress::DEFAULT_THRESHOLD;
use model::report::system::{self, Pattern};
use model::report::{Month, Period};
use worker::{D1Database, Env};

/// The wrangler.toml variable of the threshold below which a count is shown as "< n".
pub const THRESHOLD_VAR: &str = "REPORT_THRESHOLD";

/// The threshold: `REPORT_THRESHOLD`, at least 2; 3 where it is not set.
pub fn threshold(env: &Env) -> u64 {
    env.var(THRESHOLD_VAR)
        .ok()
        .and_then(|v| v.to_string().trim().parse::<u64>().ok())
        .filter(|n| *n >= 2)
        .unwrap_or(DEFAULT_THRESHOLD)
}

/// The exact report of `period`, read in one batch.
pub async fn exact(db: &D1Database, period: Period, today: Day) -> Result<Report, ApiError> {
    let (counts, needs, entries) =
        report_counts::read(db, (period.from, period.to), today.add_days(-365)).await?;
    Ok(Report::build(period, &counts, &needs, entries))
}

/// The periods protected together with `period`: its year's ended quarters and, once ended,
/// the year; `None` for a range that is neither.
fn family_of(period: Period, this_month: Month) -> Option<Vec<Period>> {
    if period.kind() == Kind::Months || !period.ended_by(this_month) {
        return None;
    }
    let year = period.from.year();
    let mut family: Vec<Period> = Period::quarters_of(year)
        .into_iter()
        .chain(Period::year(year))
        .filter(|p| p.ended_by(this_month))
        .collect();
    family.sort();
    Some(family)
}

/// The protected report of `period`, with its year's pattern after it (where it has a
/// family) and that pattern's revision.
pub async fn protected(
    db: &D1Database,
    env: &Env,
    period: Period,
    today: Day,
) -> Result<(Report, Option<(Pattern, u32)>), ApiError> {
    let threshold = threshold(env);
    let Some(family) = family_of(period, Month::of(today)) else {
        let exact = exact(db, period, today).await?;
        let (mut protected, _) = system::protect(&[exact], &Pattern::default(), threshold)
            .map_err(|_| unprotectable())?;
        return Ok((protected.remove(0), None));
    };
    let year = period.from.year();
    let whole = Period::year(year).ok_or_else(unprotectable)?;
    let (counts, needs, entries) =
        report_counts::read(db, (whole.from, whole.to), today.add_days(-365)).await?;
    let reports: Vec<Report> = family
        .iter()
        .map(|&p| Report::build(p, &counts, &needs, entries))
        .collect();
    let (published, revision) = published_reports::pattern(db, year).await?;
    let (protected, pattern) =
        system::protect(&reports, &published, threshold).map_err(|_| unprotectable())?;
    let at = family
        .iter()
        .position(|p| *p == period)
        .ok_or_else(unprotectable)?;
    Ok((protected[at].clone(), Some((pattern, revision))))
}

fn unprotectable() -> ApiError {
    ApiError::Conflict(model::validate::field_error(
        "period",
        Code::ReportUnprotectable,
        "Dieser Zeitraum lässt sich nicht veröffentlichen, ohne dass man verborgene Zahlen \
         zurückrechnen könnte.",
    ))
}

/// Publishes `input`'s period: computed and stored now, so a visit reads it once.
pub async fn publish(
    db: &D1Database,
    env: &Env,
    input: &PublishInput,
    (today, now): (Day, &str),
    action: &crate::storage::audit::Action<'_>,
) -> Result<Publication, ApiError> {
    input.validate().map_err(ApiError::Unprocessable)?;
    if let Some(errors) = model::report::publication::not_ended(input.period, Month::of(today)) {
        return Err(ApiError::Conflict(errors));
    }
    let (report, pattern) = protected(db, env, input.period, today).await?;
    let (pattern, revision) = pattern.ok_or_else(unprotectable)?;
    let remark = input
        .remark
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_string);
    let publication = Publication {
        version: 0,
        published_at: now.to_string(),
        remark,
        report,
    };
    let stored = published_reports::Stored {
        publication: &publication,
        pattern: &pattern,
        revision,
    };
    if !published_reports::publish(db, &stored, action).await? {
        return Err(ApiError::conflict(
            "period",
            Code::ReportUnprotectable,
            "Eben wurde ein anderer Bericht dieses Jahres veröffentlicht. Bitte noch einmal.",
        ));
    }
    let versions = published_reports::versions(db, input.period).await?;
    versions
        .into_iter()
        .next()
        .ok_or_else(|| ApiError::Internal("published, then gone".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_and_its_ended_quarters_are_one_family() {
        let now = Month::parse("2026-08").unwrap();
        let q1 = Period::parse("2026-q1").unwrap();
        let family = family_of(q1, now).unwrap();
        let names: Vec<String> = family.iter().map(ToString::to_string).collect();
        assert_eq!(names, ["2026-q1", "2026-q2"]);
        let last_year = family_of(Period::parse("2025-q4").unwrap(), now).unwrap();
        assert_eq!(last_year.len(), 5);
        assert_eq!(
            family_of(Period::parse("2026-q3").unwrap(), now),
            None,
            "not ended"
        );
        assert_eq!(
            family_of(Period::parse("2025-02..2025-04").unwrap(), now),
            None
        );
    }
}

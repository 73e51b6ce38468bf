//! A published report: a year's or a quarter's protected figures, stored when it is published
//! and never changed after; a correction is a new version that says so.

use super::figures::Report;
use super::period::Kind;
use super::Period;
use crate::codes::Code;
use crate::validate::{Errors, FieldErrors, Text};
use serde::{Deserialize, Serialize};

/// The longest remark a handout or a published report carries.
pub const REMARK_MAX_CHARS: usize = 600;

/// What a coordinator publishes (`POST /api/admin/report/publish`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublishInput {
    /// `2026` or `2026-q1`: a whole year or quarter that has ended.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "2026-q1"))]
    pub period: Period,
    /// A short remark shown above the figures (German), e.g. what a correction corrects.
    #[serde(default)]
    pub remark: Option<String>,
}

impl PublishInput {
    /// The rules (a 422).
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = Errors::default();
        if self.period.kind() == Kind::Months {
            errors.add(
                "period",
                Code::PeriodNotPublishable,
                "Veröffentlicht wird ein ganzes Jahr oder Quartal.",
            );
        }
        let remark = self.remark.as_deref().unwrap_or_default();
        errors.max_chars("remark", remark, REMARK_MAX_CHARS, Code::RemarkTooLong);
        errors.clean_text("remark", remark, Text::Lines);
        errors.finish()
    }
}

/// Whether the period has ended by `this_month` (Braunschweig's): before, publishing is at
/// odds with the time (a 409).
pub fn not_ended(period: Period, this_month: super::Month) -> Option<FieldErrors> {
    (!period.ended_by(this_month)).then(|| {
        crate::validate::field_error(
            "period",
            Code::PeriodNotEnded,
            "Veröffentlicht wird ein Zeitraum, wenn er vorbei ist.",
        )
    })
}

/// A published report as everyone reads it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Publication {
    /// 1 for the first; a correction has the next.
    pub version: u32,
    /// When it was published (ISO 8601).
    pub published_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    pub report: Report,
}

/// One line of the list of published reports.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedHead {
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "2026"))]
    pub period: Period,
    pub version: u32,
    pub published_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Month;

    fn input(period: &str) -> PublishInput {
        PublishInput {
            period: Period::parse(period).unwrap(),
            remark: None,
        }
    }

    #[test]
    fn only_a_whole_year_or_quarter_that_has_ended_is_published() {
        let december = Month::parse("2026-12").unwrap();
        assert_eq!(input("2026-q3").validate(), Ok(()));
        assert_eq!(not_ended(input("2026-q3").period, december), None);
        let code = |p: &str| {
            not_ended(input(p).period, december).unwrap()["period"]
                .code
                .clone()
        };
        assert_eq!(code("2026"), "period.not_ended");
        assert_eq!(code("2026-q4"), "period.not_ended");
        let range = input("2026-01..2026-05").validate().unwrap_err();
        assert_eq!(range["period"].code, "period.not_publishable");
        let long = PublishInput {
            remark: Some("x".repeat(REMARK_MAX_CHARS + 1)),
            ..input("2025")
        };
        assert!(long.validate().unwrap_err().contains_key("remark"));
    }
}

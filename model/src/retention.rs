//! How long data is kept, as the pages say it: wrangler.toml's `RETENTION_DAYS` and
//! `FEEDBACK_RETENTION_DAYS` (the Worker deletes by them) read as whole months.

/// Unconfirmed registrations are erased this many days after their mail was sent…
pub const UNCONFIRMED_DAYS: u32 = 7;
/// … and at the latest this many days after they were made, whatever became of the mail.
pub const UNCONFIRMED_MAX_DAYS: u32 = 30;

/// Days kept when wrangler.toml does not say (or says something that is not a number > 0).
pub const DEFAULT_DAYS: u32 = 365;

/// Days as whole months, as people say them (365 → 12).
pub fn months(days: u32) -> u32 {
    ((f64::from(days) / 30.44).round() as u32).max(1)
}

/// A `[vars]` value of days: a whole number > 0, else [`DEFAULT_DAYS`].
pub fn days(value: Option<&str>) -> u32 {
    value
        .and_then(|v| v.trim().parse::<u32>().ok())
        .filter(|days| *days > 0)
        .unwrap_or(DEFAULT_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_read_as_months() {
        assert_eq!(months(365), 12);
        assert_eq!(months(183), 6);
        assert_eq!(months(10), 1);
        assert_eq!(days(Some("0")), DEFAULT_DAYS);
        assert_eq!(days(Some(" 90 ")), 90);
        assert_eq!(days(None), DEFAULT_DAYS);
    }
}

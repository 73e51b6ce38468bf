//! A calendar day: what a need's last day, today in Braunschweig and the coordinators' date
//! filters are. Written `YYYY-MM-DD` (RFC 3339 `full-date`) on the wire and in D1, so the
//! text sorts as the days do.

use std::fmt;

/// A real calendar day of the (proleptic) Gregorian calendar, years 0000–9999 as RFC 3339
/// writes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    year: u16,
    month: u8,
    day: u8,
}

const MS_PER_DAY: i64 = 86_400_000;
const MS_PER_HOUR: i64 = 3_600_000;

impl Day {
    /// `2028-02-29` is a day, `2026-02-29` and `2026-02-31` are not.
    pub fn parse(text: &str) -> Option<Day> {
        let bytes = text.as_bytes();
        let shaped = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shaped {
            return None;
        }
        let year: u16 = text[0..4].parse().ok()?;
        let month: u8 = text[5..7].parse().ok()?;
        let day: u8 = text[8..10].parse().ok()?;
        let real = (1..=12).contains(&month) && (1..=days_in(year, month)).contains(&day);
        real.then_some(Day { year, month, day })
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day `months` later, the day of the month kept where that month has it
    /// (2026-08-31 + 6 months is 2027-02-28).
    pub fn add_months(self, months: u32) -> Day {
        let index = u32::from(self.year) * 12 + u32::from(self.month - 1) + months;
        let year = (index / 12).min(9999) as u16;
        let month = (index % 12 + 1) as u8;
        Day {
            year,
            month,
            day: self.day.min(days_in(year, month)),
        }
    }

    /// The day `days` later (earlier for a negative number).
    pub fn add_days(self, days: i64) -> Day {
        Day::from_days(self.to_days() + days)
    }

    /// The day in Braunschweig (Europe/Berlin) at `unix_ms`, milliseconds since 1970 (UTC).
    pub fn in_berlin(unix_ms: f64) -> Day {
        let local = unix_ms as i64 + berlin_offset_ms(unix_ms as i64);
        Day::from_days(local.div_euclid(MS_PER_DAY))
    }

    /// The day `days` after 1970-01-01 (H. Hinnant's `civil_from_days`).
    fn from_days(days: i64) -> Day {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Day { year, month, day }
    }

    /// Days since 1970-01-01 (H. Hinnant's `days_from_civil`).
    fn to_days(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

/// The hour (0–23) in Braunschweig at `unix_ms`: the coordinators' digest goes at 7.
pub fn berlin_hour(unix_ms: f64) -> u32 {
    let local = unix_ms as i64 + berlin_offset_ms(unix_ms as i64);
    (local.rem_euclid(MS_PER_DAY) / MS_PER_HOUR) as u32
}

/// The moment `unix_ms` as Braunschweig's clock shows it, `2026-12-03 13:05`: how a mail
/// names when something was made, the same in every language.
pub fn berlin_minute(unix_ms: f64) -> String {
    let local = unix_ms as i64 + berlin_offset_ms(unix_ms as i64);
    let minutes = local.rem_euclid(MS_PER_DAY) / 60_000;
    format!(
        "{} {:02}:{:02}",
        Day::in_berlin(unix_ms),
        minutes / 60,
        minutes % 60
    )
}

/// Europe/Berlin's offset from UTC at `unix_ms`: one hour, two in summer time, which the EU
/// keeps from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
/// October (Directive 2000/84/EC). Should the EU end the change of clocks, this is the place.
fn berlin_offset_ms(unix_ms: i64) -> i64 {
    let year = Day::from_days(unix_ms.div_euclid(MS_PER_DAY)).year;
    let change = |month: u8| {
        let last = Day {
            year,
            month,
            day: 31,
        }
        .to_days();
        // 1970-01-01 was a Thursday: (days + 4) % 7 is the weekday, Sunday 0.
        let sunday = last - (last + 4).rem_euclid(7);
        sunday * MS_PER_DAY + MS_PER_HOUR
    };
    let summer = (change(3)..change(10)).contains(&unix_ms);
    if summer {
        2 * MS_PER_HOUR
    } else {
        MS_PER_HOUR
    }
}

/// The days of a month: the one leap-year rule.
fn days_in(year: u16, month: u8) -> u8 {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap_or_else(|| panic!("{text}"))
    }

    #[test]
    fn a_moment_on_braunschweigs_clock() {
        assert_eq!(berlin_minute(utc("2026-12-03", 12, 5)), "2026-12-03 13:05");
        assert_eq!(berlin_minute(utc("2026-07-01", 22, 30)), "2026-07-02 00:30");
    }

    /// Milliseconds of a UTC moment `YYYY-MM-DD` + hours and minutes.
    fn utc(date: &str, hour: i64, minute: i64) -> f64 {
        (day(date).to_days() * MS_PER_DAY + hour * MS_PER_HOUR + minute * 60_000) as f64
    }

    #[test]
    fn only_real_days_are_read() {
        for good in [
            "2028-02-29",
            "2000-02-29",
            "2026-12-31",
            "0000-01-01",
            "0000-02-29",
        ] {
            assert_eq!(day(good).to_string(), good);
        }
        for bad in [
            "2026-02-29",
            "1900-02-29",
            "2026-02-31",
            "2026-13-01",
            "2026-00-10",
            "2026-1-01",
            "26-01-01",
            "2026/01/01",
            "2026-01-01T00",
            "",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn days_compare_as_the_calendar_does() {
        assert!(day("2026-11-30") < day("2026-12-01"));
        assert!(day("2026-12-31") < day("2027-01-01"));
        assert_eq!(day("2026-08-31").add_months(6), day("2027-02-28"));
        assert_eq!(day("2027-08-31").add_months(6), day("2028-02-29"));
        assert_eq!(day("2026-11-15").add_months(2), day("2027-01-15"));
        assert_eq!(day("2026-11-30").add_months(6), day("2027-05-30"));
        assert_eq!(day("2026-06-15").add_months(6), day("2026-12-15"));
        for text in ["1970-01-01", "2026-03-29", "2400-02-29", "1969-12-31"] {
            assert_eq!(Day::from_days(day(text).to_days()), day(text));
        }
        assert_eq!(day("1970-01-02").to_days(), 1);
    }

    #[test]
    fn the_day_in_berlin_turns_at_local_midnight() {
        // Winter: UTC+1.
        assert_eq!(Day::in_berlin(utc("2026-11-30", 22, 59)), day("2026-11-30"));
        assert_eq!(Day::in_berlin(utc("2026-11-30", 23, 0)), day("2026-12-01"));
        // Summer: UTC+2.
        assert_eq!(Day::in_berlin(utc("2026-07-14", 21, 59)), day("2026-07-14"));
        assert_eq!(Day::in_berlin(utc("2026-07-14", 22, 0)), day("2026-07-15"));
        // New Year's Eve.
        assert_eq!(Day::in_berlin(utc("2026-12-31", 23, 30)), day("2027-01-01"));
    }

    #[test]
    fn summer_time_starts_and_ends_on_the_last_sundays_at_one_utc() {
        // 2026: 29 March and 25 October.
        assert_eq!(berlin_hour(utc("2026-03-29", 0, 59)), 1);
        assert_eq!(berlin_hour(utc("2026-03-29", 1, 0)), 3);
        assert_eq!(berlin_hour(utc("2026-10-25", 0, 59)), 2);
        assert_eq!(berlin_hour(utc("2026-10-25", 1, 0)), 2);
        assert_eq!(berlin_hour(utc("2026-10-25", 2, 0)), 3);
        // 2027: 28 March and 31 October; the digest's 7 o'clock is 5 or 6 UTC.
        assert_eq!(berlin_hour(utc("2027-03-28", 5, 0)), 7);
        assert_eq!(berlin_hour(utc("2027-03-27", 6, 0)), 7);
        assert_eq!(berlin_hour(utc("2027-10-31", 6, 0)), 7);
        assert_eq!(berlin_hour(utc("2027-10-30", 5, 0)), 7);
    }
}

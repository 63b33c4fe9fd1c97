//! A calendar date, enough to pick a rule set; the engine never reads a clock,
//! so callers say what "today" is.

use std::fmt;
use std::str::FromStr;

use crate::said::Said;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// The same day `months` calendar months later (earlier when negative),
    /// clamped to the end of a shorter month (2026-01-31 + 1 = 2026-02-28).
    pub fn plus_months(self, months: i32) -> Date {
        let index = i32::from(self.year) * 12 + i32::from(self.month) - 1 + months;
        let (year, month) = (index.div_euclid(12), index.rem_euclid(12) + 1);
        let Ok(year) = u16::try_from(year) else {
            return self;
        };
        // The same day, or the month's last when it has fewer; a year off
        // the calendar leaves the day as it was.
        let day = self.day.min(days_in_month(year, month as u8));
        Date::new(year, month as u8, day).unwrap_or(self)
    }

    /// `plus_months` where the result may fall off the calendar (years 1 to
    /// 9999): `None` there, instead of a day that is not the one asked for.
    pub fn checked_plus_months(self, months: i32) -> Option<Date> {
        let index = i32::from(self.year) * 12 + i32::from(self.month) - 1 + months;
        let year = u16::try_from(index.div_euclid(12))
            .ok()
            .filter(|year| (1..=9999).contains(year))?;
        Some(self.plus_months(months)).filter(|date| date.year == year)
    }

    /// `plus_days` where the result may fall off the calendar.
    pub fn checked_plus_days(self, days: i64) -> Option<Date> {
        Date::from_days_since_unix_epoch(self.days_since_unix_epoch().checked_add(days)?)
    }

    /// The day `days` after this one (before it, when negative).
    pub fn plus_days(self, days: i64) -> Date {
        Date::from_days_since_unix_epoch(self.days_since_unix_epoch() + days).unwrap_or(self)
    }

    /// The same day `years` years later; 29 February becomes 28 February.
    pub fn plus_years(self, years: u16) -> Date {
        self.plus_months(i32::from(years) * 12)
    }

    /// Whole years from `start` to this date (0 before it): an age, an anniversary count.
    pub fn full_years_since(self, start: Date) -> u16 {
        if self < start {
            return 0;
        }
        let mut years = self.year - start.year;
        if (self.month, self.day) < (start.month, start.day) {
            years -= 1;
        }
        years
    }

    /// Days from 1970-01-01 to this date (negative for before).
    pub fn days_since_unix_epoch(self) -> i64 {
        // Howard Hinnant's days-from-civil.
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let shifted_month = if month > 2 { month - 3 } else { month + 9 };
        let day_of_year = (153 * shifted_month + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The civil date `days` days after 1970-01-01 (negative for before).
    pub fn from_days_since_unix_epoch(days: i64) -> Option<Date> {
        // Howard Hinnant's days-to-civil, written out for the proleptic Gregorian calendar.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date::new(u16::try_from(year).ok()?, month as u8, day as u8)
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Why a text is not a date: not written YYYY-MM-DD, or written so but
/// naming a day that does not exist (then `missing` says why).
#[derive(Debug, Clone, PartialEq)]
pub struct DateError {
    pub text: String,
    pub missing: Option<Said>,
    /// A real day, but outside the years any date here can mean.
    pub outside: bool,
}

/// The first and last days a written date may name: nobody alive was born,
/// worked, studied or took a test before 1900, and no plan, rule set or
/// round reaches past 2200. A typo such as `0202` for `2020` is refused
/// rather than counted as 1,800 years of experience, and date arithmetic on
/// what is read stays far from the calendar's ends.
pub const FIRST_DAY: Date = Date {
    year: 1900,
    month: 1,
    day: 1,
};
pub const LAST_DAY: Date = Date {
    year: 2200,
    month: 12,
    day: 31,
};

impl DateError {
    /// What was wrong with the text, kept as facts.
    pub fn said(&self) -> Said {
        let found = format!("{:?}", self.text);
        match &self.missing {
            None if self.outside => crate::error::expected_found(
                crate::said!("input-date-between", first = FIRST_DAY, last = LAST_DAY),
                found,
            ),
            None => crate::error::expected_found(crate::said!("input-date"), found),
            Some(why) => crate::said!("date-does-not-exist", found = found, why = why.clone()),
        }
    }
}

impl From<DateError> for Said {
    fn from(error: DateError) -> Self {
        error.said()
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.said().fmt(f)
    }
}

impl std::error::Error for DateError {}

/// Why a year, month and day written as digits name no day.
fn missing_day(year: u16, month: u16, day: u16) -> Said {
    if year == 0 {
        return crate::said!("date-no-year-zero");
    }
    if !(1..=12).contains(&month) {
        return crate::said!("date-no-month", month = format!("{month:02}"));
    }
    if day == 0 {
        return crate::said!("date-day-zero");
    }
    if month == 2 && day == 29 {
        return crate::said!("date-no-february-29", year = year.to_string());
    }
    crate::said!(
        "date-month-days",
        month = month,
        days = days_in_month(year, month as u8)
    )
}

impl Date {
    /// A date a person wrote for a day in their life or a plan (an option, a
    /// job, a test, a span of experience): a real day from `FIRST_DAY` to
    /// `LAST_DAY`.
    pub fn parse_sane(text: &str) -> Result<Date, DateError> {
        let date: Date = text.parse()?;
        if (FIRST_DAY..=LAST_DAY).contains(&date) {
            Ok(date)
        } else {
            Err(DateError {
                text: text.to_string(),
                missing: None,
                outside: true,
            })
        }
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Date, DateError> {
        let error = || DateError {
            text: text.to_string(),
            missing: None,
            outside: false,
        };
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(error());
        }
        // At most four digits: a u16 holds them without a check.
        let digits = |range: std::ops::Range<usize>| -> Result<u16, DateError> {
            bytes[range]
                .iter()
                .try_fold(0u16, |value, &byte| {
                    byte.is_ascii_digit().then(|| value * 10 + u16::from(byte - b'0'))
                })
                .ok_or_else(error)
        };
        let year = digits(0..4)?;
        let month = digits(5..7)?;
        let day = digits(8..10)?;
        Date::new(year, month as u8, day as u8).ok_or_else(|| DateError {
            text: text.to_string(),
            missing: Some(missing_day(year, month, day)),
            outside: false,
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A day put into a message as it is written everywhere: `2026-12-03`.
impl From<Date> for crate::said::Fact {
    fn from(value: Date) -> Self {
        crate::said::Fact::Text(value.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A month's arithmetic against its definition: the latest day of the
    /// target month not after the day of the month, found by trying each;
    /// the day itself when the target year is off the calendar.
    #[test]
    fn months_ahead_and_back_are_the_latest_day_that_exists() {
        let naive = |date: Date, months: i32| {
            let index = i32::from(date.year) * 12 + i32::from(date.month) - 1 + months;
            let (year, month) = (index.div_euclid(12), index.rem_euclid(12) + 1);
            u16::try_from(year)
                .ok()
                .and_then(|year| {
                    (1..=date.day)
                        .rev()
                        .find_map(|day| Date::new(year, month as u8, day))
                })
                .unwrap_or(date)
        };
        let mut date = Date::new(1999, 12, 25).unwrap();
        while date.year < 2030 {
            for months in [-1200, -120, -37, -12, -1, 0, 1, 2, 11, 13, 600] {
                assert_eq!(date.plus_months(months), naive(date, months), "{date} {months}");
            }
            date = date.plus_days(3);
        }
        for (date, months) in [
            ((1, 1, 31), -1),
            ((9999, 12, 31), 1),
            ((2024, 1, 31), 1),
            ((1, 3, 31), -14),
        ] {
            let date = Date::new(date.0, date.1, date.2).unwrap();
            assert_eq!(date.plus_months(months), naive(date, months), "{date} {months}");
        }
    }

    #[test]
    fn parses_and_prints() {
        let date: Date = "2025-03-25".parse().unwrap();
        assert_eq!(date.to_string(), "2025-03-25");
        assert!("2025-02-29".parse::<Date>().is_err());
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("2025-3-25".parse::<Date>().is_err());
        assert!("2025-13-01".parse::<Date>().is_err());
        assert!("+025-03-25".parse::<Date>().is_err());
    }

    #[test]
    fn days_since_epoch() {
        assert_eq!(
            Date::from_days_since_unix_epoch(0).unwrap().to_string(),
            "1970-01-01"
        );
        assert_eq!(
            Date::from_days_since_unix_epoch(20_417).unwrap().to_string(),
            "2025-11-25"
        );
        assert_eq!(
            Date::from_days_since_unix_epoch(11_016).unwrap().to_string(),
            "2000-02-29"
        );
        assert_eq!(
            Date::from_days_since_unix_epoch(-1).unwrap().to_string(),
            "1969-12-31"
        );
    }
}

#[cfg(test)]
mod missing_day_tests {
    use super::*;

    #[test]
    fn a_day_that_does_not_exist_is_named_as_such() {
        let message = |text: &str| text.parse::<Date>().unwrap_err().to_string();
        assert_eq!(
            message("2026-02-29"),
            "expected a day that exists, found \"2026-02-29\": 2026 has no February 29"
        );
        assert_eq!(
            message("2026-04-31"),
            "expected a day that exists, found \"2026-04-31\": April has 30 days"
        );
        assert_eq!(
            message("2026-13-01"),
            "expected a day that exists, found \"2026-13-01\": there is no month 13"
        );
        assert_eq!(
            message("2026-2-28"),
            "expected a date written YYYY-MM-DD, found \"2026-2-28\""
        );
        assert!("2028-02-29".parse::<Date>().is_ok());
    }
}

//! The score month by month if nothing else changes: birthdays cost points,
//! experience ticks up on its anniversaries, language results expire two
//! years after the test.

use serde::Serialize;

use crate::engine::{Abilities, Date, Extras, LanguageTables, Profile, RuleBook};

/// How long a language result counts.
use crate::engine::language::{result_valid_on, RESULT_VALID_YEARS};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthPoint {
    pub date: String,
    pub total: u16,
}

/// A day the score changes, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeyDate {
    pub date: String,
    pub change: i32,
    pub total: u16,
    pub reasons: Vec<String>,
}

impl KeyDate {
    /// "2027-03-14: -5, birthday (age 31)"
    pub fn describe(&self) -> String {
        let sign = if self.change > 0 { "+" } else { "" };
        format!(
            "{}: {sign}{}, {}",
            self.date,
            self.change,
            self.reasons.join("; ")
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    pub from: String,
    pub months: Vec<MonthPoint>,
    pub key_dates: Vec<KeyDate>,
    /// What the projection could not know, said plainly.
    pub notes: Vec<String>,
}

/// Whole years from `start` to `date` (0 before the first anniversary).
fn full_years(start: Date, date: Date) -> u16 {
    date.full_years_since(start)
}

/// The profile on `date` with every expired language result taken out, and a
/// line for each one: an expired result earns nothing.
pub fn without_expired(
    profile: &Profile,
    extras: &Extras,
    date: Date,
    tables: &LanguageTables,
) -> (Profile, Vec<String>) {
    let dates = &extras.dates;
    let mut current = *profile;
    let mut said = Vec::new();
    let mut check = |test: Option<Date>, what: &str| -> bool {
        match test {
            Some(taken) if !result_valid_on(taken, date) => {
                said.push(format!(
                    "the {what} result (test taken {taken}) expired on {}: it earns nothing",
                    taken.plus_years(RESULT_VALID_YEARS)
                ));
                true
            }
            Some(taken)
                if date.days_since_unix_epoch() + 90
                    >= taken.plus_years(RESULT_VALID_YEARS).days_since_unix_epoch() =>
            {
                said.push(format!(
                    "the {what} result (test taken {taken}) expires on {}",
                    taken.plus_years(RESULT_VALID_YEARS)
                ));
                false
            }
            _ => false,
        }
    };
    if check(dates.first_language_test, "first-language") {
        current.first_language = tables.plain_levels(profile.first_language.language(), Abilities([0; 4]));
    }
    if check(dates.second_language_test, "second-language") {
        current.second_language = None;
    }
    if check(dates.spouse_language_test, "spouse's language") {
        if let Some(spouse) = current.spouse.as_mut() {
            spouse.language = None;
        }
    }
    (current, said)
}

/// The day each result that no longer counts on `date` expired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Expired {
    pub first: Option<Date>,
    pub second: Option<Date>,
    pub spouse: Option<Date>,
}

pub fn expired_on(extras: &Extras, date: Date) -> Expired {
    let expiry = |taken: Option<Date>| {
        taken
            .filter(|&taken| !result_valid_on(taken, date))
            .map(|taken| taken.plus_years(RESULT_VALID_YEARS))
    };
    let dates = &extras.dates;
    Expired {
        first: expiry(dates.first_language_test),
        second: expiry(dates.second_language_test),
        spouse: expiry(dates.spouse_language_test),
    }
}

/// The profile as it will be on `date`, from the facts known on `from`.
pub fn profile_on(
    profile: &Profile,
    extras: &Extras,
    from: Date,
    date: Date,
    tables: &LanguageTables,
) -> Profile {
    let dates = &extras.dates;
    let mut future = *profile;
    if let Some(birth) = dates.birth_date {
        future.age = u8::try_from(full_years(birth, date)).unwrap_or(u8::MAX).min(120);
    }
    let grown = |stated: u8, span: Option<crate::engine::WorkSpan>| -> u8 {
        match span {
            Some(span) if span.ongoing => {
                let more = full_years(span.since, date).saturating_sub(full_years(span.since, from));
                stated
                    .saturating_add(u8::try_from(more).unwrap_or(u8::MAX))
                    .min(60)
            }
            _ => stated,
        }
    };
    future.canadian_experience_years = grown(profile.canadian_experience_years, dates.canadian_experience);
    future.foreign_experience_years = grown(profile.foreign_experience_years, dates.foreign_experience);
    without_expired(&future, extras, date, tables).0
}

/// Month by month for `months` months from `from`, with the days the score
/// moves and why.
pub fn project(
    profile: &Profile,
    extras: &Extras,
    book: &RuleBook,
    from: Date,
    months: u16,
    tables: &LanguageTables,
) -> Timeline {
    let until = from.plus_months(i32::from(months));
    let total_on = |date: Date| -> u16 {
        let rules = book
            .in_force_on(date)
            .ok()
            .or_else(|| book.sets().last())
            .expect("a rule book is never empty");
        rules.total(&profile_on(profile, extras, from, date, tables))
    };
    let month_points = (0..=months)
        .map(|month| {
            let date = from.plus_months(i32::from(month));
            MonthPoint {
                date: date.to_string(),
                total: total_on(date),
            }
        })
        .collect();

    let dates = &extras.dates;
    let mut events: Vec<(Date, String)> = Vec::new();
    let mut yearly = |start: Date, reason: &dyn Fn(u16) -> String| {
        for years in 1..=200u16 {
            let day = start.plus_years(years);
            if day > until {
                break;
            }
            if day > from {
                events.push((day, reason(years)));
            }
        }
    };
    if let Some(birth) = dates.birth_date {
        yearly(birth, &|age| format!("birthday (age {age})"));
    }
    for (span, what, stated) in [
        (
            dates.canadian_experience,
            "Canadian",
            profile.canadian_experience_years,
        ),
        (
            dates.foreign_experience,
            "foreign",
            profile.foreign_experience_years,
        ),
    ] {
        if let Some(span) = span.filter(|span| span.ongoing) {
            let already = full_years(span.since, from);
            yearly(span.since, &|years| {
                let total = u16::from(stated) + years.saturating_sub(already);
                format!("{what} experience reaches {total} years")
            });
        }
    }
    for (test, what) in [
        (dates.first_language_test, "first-language result"),
        (dates.second_language_test, "second-language result"),
        (dates.spouse_language_test, "spouse's language result"),
    ] {
        if let Some(taken) = test {
            let expiry = taken.plus_years(RESULT_VALID_YEARS);
            if expiry > from && expiry <= until {
                events.push((expiry, format!("{what} expires (test taken {taken})")));
            }
        }
    }
    for set in book.sets() {
        if set.in_force_from() > from && set.in_force_from() <= until {
            events.push((
                set.in_force_from(),
                format!("rule set {} comes into force", set.id()),
            ));
        }
    }
    events.sort();
    let mut key_dates: Vec<KeyDate> = Vec::new();
    for (day, reason) in events {
        if let Some(last) = key_dates.last_mut().filter(|k| k.date == day.to_string()) {
            last.reasons.push(reason);
            continue;
        }
        key_dates.push(KeyDate {
            date: day.to_string(),
            change: 0,
            total: 0,
            reasons: vec![reason],
        });
    }
    let mut previous = total_on(from);
    for key in &mut key_dates {
        let day: Date = key.date.parse().expect("written from a Date");
        key.total = total_on(day);
        key.change = i32::from(key.total) - i32::from(previous);
        previous = key.total;
    }
    // Days on which nothing scored differently are not worth a line.
    key_dates.retain(|key| key.change != 0);

    let mut notes = Vec::new();
    if dates.birth_date.is_none() {
        notes.push("No birth date: age is held as it is today.".to_string());
    }
    if dates.canadian_experience.is_none() && dates.foreign_experience.is_none() {
        notes.push("No experience start dates: experience is held as it is today.".to_string());
    }
    if dates.first_language_test.is_none() {
        notes.push("No test date: language results are taken to stay valid.".to_string());
    }
    Timeline {
        from: from.to_string(),
        months: month_points,
        key_dates,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn calendar_steps() {
        assert_eq!(full_years(day("1996-03-14"), day("2027-03-13")), 30);
        assert_eq!(full_years(day("1996-03-14"), day("2027-03-14")), 31);
        assert_eq!(full_years(day("2027-01-01"), day("2026-01-01")), 0);
    }
}

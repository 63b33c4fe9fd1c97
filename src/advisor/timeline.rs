//! The score month by month if nothing else changes: birthdays cost points,
//! experience ticks up on its anniversaries, language results expire two
//! years after the test.

use serde::Serialize;

use crate::engine::dated::profile_on;
use crate::engine::eligibility::{counted_years, Reference, Situation};
use crate::engine::{Date, LanguageTables, RuleBook};

/// How long a language result counts.
use crate::engine::language::RESULT_VALID_YEARS;

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
        crate::t!(
            "key-date",
            date = &self.date,
            change = format!("{sign}{}", self.change),
            reasons = self.reasons.join("; ")
        )
    }
}

/// A day that costs an invitation if it is missed: a result that stops
/// counting, the profile's twelve months.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    pub date: String,
    pub what: String,
    /// What to do before it.
    pub before: String,
    /// Within `SOON_MONTHS` of the start: worth acting on now.
    pub soon: bool,
    /// Before the invitation the outlook expects (when it expects one).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub before_likely_invitation: bool,
}

/// Marks the deadlines that fall before the expected wait for an
/// invitation is over: they will come while waiting.
pub fn mark_wait(deadlines: &mut [Deadline], from: Date, expected_wait_months: Option<f64>) {
    let Some(wait) = expected_wait_months else {
        return;
    };
    let until = from.plus_days((wait * 30.44).round() as i64);
    for deadline in deadlines {
        if deadline.date.parse::<Date>().is_ok_and(|day| day <= until) {
            deadline.before_likely_invitation = true;
        }
    }
}

impl Deadline {
    /// "2027-06-01 (soon): the first-language result ... stops counting; retake it before then"
    pub fn describe(&self) -> String {
        let flag = match (self.soon, self.before_likely_invitation) {
            (true, true) => "soon-before-invitation",
            (false, true) => "before-invitation",
            (true, false) => "soon",
            (false, false) => "none",
        };
        crate::t!(
            "deadline",
            date = &self.date,
            flag = flag,
            what = &self.what,
            before = &self.before
        )
    }
}

/// How near a deadline must be to be flagged.
pub const SOON_MONTHS: i32 = 6;

/// How long an Express Entry profile stays in the pool.
const PROFILE_MONTHS: i32 = 12;

/// How long an educational credential assessment is valid.
const ECA_VALID_YEARS: u16 = 5;

/// How long after an invitation an application may be sent.
pub const DAYS_TO_APPLY: i64 = 60;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    pub from: String,
    pub months: Vec<MonthPoint>,
    pub key_dates: Vec<KeyDate>,
    /// Days that cost an invitation if missed, from the start on.
    pub deadlines: Vec<Deadline>,
    /// What the projection could not know, said plainly.
    pub notes: Vec<String>,
}

/// Whole years from `start` to `date` (0 before the first anniversary).
fn full_years(start: Date, date: Date) -> u16 {
    date.full_years_since(start)
}

/// The total on `date`: the profile on that day (`engine::dated`), scored by
/// the rule set in force then. Every command and view scores a date this way.
pub fn total_on(
    situation: &Situation,
    reference: &Reference,
    book: &RuleBook,
    known_on: Date,
    date: Date,
    tables: &LanguageTables,
) -> u16 {
    book.for_day(date)
        .total(&profile_on(situation, reference, known_on, date, tables).profile)
}

/// Month by month for `months` months from `from`, with the days the score
/// moves and why; the scenario's facts are as they stand on `known_on`
/// (today), so each day's total is what `score --as-of` gives for it.
pub fn project(
    situation: &Situation,
    reference: &Reference,
    book: &RuleBook,
    known_on: Date,
    from: Date,
    months: u16,
    tables: &LanguageTables,
) -> Timeline {
    let profile = situation.profile;
    let extras = situation.extras;
    let until = from.plus_months(i32::from(months));
    let total_on = |date: Date| -> u16 { total_on(situation, reference, book, known_on, date, tables) };
    let month_points: Vec<MonthPoint> = (0..=months)
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
    // With a work history, experience grows the day its count of whole
    // years does.
    // The counts are read once a month and, where they moved, halved down
    // to the day: work proportional to the changes, not to days x jobs.
    if let Some(work) = &situation.background.work {
        let count = |day: Date| counted_years(work, day, &reference.programs);
        let mut day = from;
        let mut before = count(from);
        for month in 1..=months {
            let end = from.plus_months(i32::from(month)).min(until);
            let at_end = count(end);
            while before != at_end {
                let changed = first_day_unlike(day, end, before, &count);
                let now = count(changed);
                if now.0 > before.0 {
                    events.push((changed, crate::t!("event-canadian-years-history", years = now.0)));
                }
                if now.1 > before.1 {
                    events.push((changed, crate::t!("event-foreign-years-history", years = now.1)));
                }
                before = now;
                day = changed;
            }
            day = end;
        }
    }
    // Every anniversary of `start` in the period, however long ago it was.
    let mut yearly = |start: Date, reason: &dyn Fn(u16) -> String| {
        let mut years = full_years(start, from).max(1);
        loop {
            let day = start.plus_years(years);
            if day > until {
                break;
            }
            if day > from {
                events.push((day, reason(years)));
            }
            years += 1;
        }
    };
    if let Some(birth) = dates.birth_date {
        yearly(birth, &|age| crate::t!("event-birthday", age = age));
    }
    for (span, what, stated) in [
        (
            dates.canadian_experience,
            "event-canadian-years",
            profile.canadian_experience_years,
        ),
        (
            dates.foreign_experience,
            "event-foreign-years",
            profile.foreign_experience_years,
        ),
    ] {
        if let Some(span) = span.filter(|span| span.ongoing) {
            let already = full_years(span.since, known_on);
            yearly(span.since, &|years| {
                let total = u16::from(stated) + years.saturating_sub(already);
                crate::i18n::message(what, &[("years", total.into())])
            });
        }
    }
    for (test, what) in dates.language_tests() {
        if let Some(taken) = test {
            let expiry = taken.plus_years(RESULT_VALID_YEARS);
            if expiry > from && expiry <= until {
                events.push((
                    expiry,
                    crate::t!("event-result-expires", result = what, taken = taken),
                ));
            }
        }
    }
    for set in book.sets() {
        if set.in_force_from() > from && set.in_force_from() <= until {
            events.push((set.in_force_from(), crate::t!("event-rule-set", id = set.id())));
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
    // The totals are the truth: a month whose total moved with no key day
    // in it gets the day it moved, found by the same scoring.
    for pair in month_points.windows(2) {
        let (start, end): (Date, Date) = (
            pair[0].date.parse().expect("written from a Date"),
            pair[1].date.parse().expect("written from a Date"),
        );
        let explained = key_dates.iter().any(|key| {
            let day: Date = key.date.parse().expect("written from a Date");
            day > start && day <= end
        });
        if pair[0].total == pair[1].total || explained {
            continue;
        }
        let day = first_day_unlike(start, end, pair[0].total, &total_on);
        let total = total_on(day);
        let before = total_on(day.plus_days(-1));
        let at = key_dates.partition_point(|key| key.date < day.to_string());
        key_dates.insert(
            at,
            KeyDate {
                date: day.to_string(),
                change: i32::from(total) - i32::from(before),
                total,
                reasons: vec![crate::t!("event-score-moves")],
            },
        );
    }

    let deadlines = deadlines(extras, from);
    let mut notes = Vec::new();
    if dates.birth_date.is_none() {
        notes.push(crate::t!("timeline-no-birth-date"));
    }
    if dates.canadian_experience.is_none()
        && dates.foreign_experience.is_none()
        && situation.background.work.is_none()
    {
        notes.push(crate::t!("timeline-no-experience-dates"));
    }
    if dates.first_language_test.is_none() {
        notes.push(crate::t!("timeline-no-test-date"));
    }
    Timeline {
        from: from.to_string(),
        months: month_points,
        key_dates,
        deadlines,
        notes,
    }
}

/// The first day after `start`, up to `end`, on which `value` is not
/// `known` (it is not on `end`), by halving the days between. Where the
/// value moves more than once in between, one of the days it moves.
fn first_day_unlike<T: PartialEq>(start: Date, end: Date, known: T, value: &dyn Fn(Date) -> T) -> Date {
    let (mut low, mut high) = (start.days_since_unix_epoch(), end.days_since_unix_epoch());
    let day = |days: i64| Date::from_days_since_unix_epoch(days).unwrap_or(end);
    // Invariant: the value on `low` is `known`, on `high` it is not.
    while high - low > 1 {
        let middle = low + (high - low) / 2;
        if value(day(middle)) == known {
            low = middle;
        } else {
            high = middle;
        }
    }
    day(high)
}

/// The deadlines from `from` on: each result's expiry, the profile's twelve
/// months; soonest first.
pub fn deadlines(extras: &crate::engine::Extras, from: Date) -> Vec<Deadline> {
    let dates = &extras.dates;
    let soon = from.plus_months(SOON_MONTHS);
    let mut found: Vec<(Date, String, String)> = Vec::new();
    for (test, what) in dates.language_tests() {
        if let Some(taken) = test {
            let expiry = taken.plus_years(RESULT_VALID_YEARS);
            if expiry >= from {
                found.push((
                    expiry,
                    crate::t!("deadline-result", result = what, taken = taken),
                    crate::t!("deadline-result-before", days = DAYS_TO_APPLY),
                ));
            }
        }
    }
    if let Some(issued) = dates.education_assessed_on {
        let expiry = issued.plus_years(ECA_VALID_YEARS);
        if expiry >= from {
            found.push((
                expiry,
                crate::t!("deadline-eca", issued = issued),
                crate::t!("deadline-eca-before"),
            ));
        }
    }
    if let Some(submitted) = dates.profile_submitted {
        let expiry = submitted.plus_months(PROFILE_MONTHS);
        if expiry >= from {
            found.push((
                expiry,
                crate::t!("deadline-profile", submitted = submitted),
                crate::t!("deadline-profile-before"),
            ));
        }
    }
    if let Some(end) = dates.work_permit_expires.filter(|&end| end >= from) {
        found.push((
            end,
            crate::t!("deadline-permit"),
            crate::t!("deadline-permit-before"),
        ));
    }
    found.sort();
    found
        .into_iter()
        .map(|(day, what, before)| Deadline {
            date: day.to_string(),
            what,
            before,
            soon: day <= soon,
            before_likely_invitation: false,
        })
        .collect()
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

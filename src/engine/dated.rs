//! The profile on a date: the one notion every command and view scores.
//! From the facts as they stand on `known_on` (today), the profile on `date`
//! has its age from the birth date, its experience counted from the work
//! history on that day (or grown from the stated years since the work's
//! start date), and no language result that has expired by then.

use super::eligibility::{settle_years_counting, Counting, Reference, Situation};
use super::language::{result_valid_on, RESULT_VALID_YEARS};
use super::profile::{MAX_AGE, MAX_EXPERIENCE_YEARS};
use super::{Abilities, Date, Extras, LanguageTables, Profile, WorkSpan};

/// The profile on a date, and what the reader should know about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Dated {
    pub profile: Profile,
    /// A result expired or about to, worded when shown.
    pub notes: Vec<Note>,
    pub expired: Expired,
}

/// What the reader should know of a result on the day scored: kept as the
/// facts, worded when shown in the language then in use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Note {
    /// Whose result: "first", "second" or "spouse".
    pub result: &'static str,
    pub taken: Date,
    pub expiry: Date,
    /// Expired by the day scored (it earns nothing), or about to.
    pub expired: bool,
}

/// The day each result that no longer counts on a date expired.
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

/// The age on `date` from a birth date (whole years).
pub fn age_on(birth: Date, date: Date) -> u8 {
    u8::try_from(date.full_years_since(birth))
        .unwrap_or(u8::MAX)
        .min(MAX_AGE)
}

/// How many days before an expiry it is worth a warning.
const EXPIRY_WARNING_DAYS: i64 = 90;

/// The profile with every result expired on `date` taken out (an expired
/// result earns nothing), and a line for each one expired or expiring soon.
pub fn without_expired(
    profile: &Profile,
    extras: &Extras,
    date: Date,
    tables: &LanguageTables,
) -> (Profile, Vec<Note>) {
    let dates = &extras.dates;
    let mut current = *profile;
    let mut said = Vec::new();
    let mut check = |test: Option<Date>, what: &'static str| -> bool {
        let Some(taken) = test else {
            return false;
        };
        let expiry = taken.plus_years(RESULT_VALID_YEARS);
        let note = |expired: bool| Note {
            result: what,
            taken,
            expiry,
            expired,
        };
        if !result_valid_on(taken, date) {
            said.push(note(true));
            return true;
        }
        if date.days_since_unix_epoch() + EXPIRY_WARNING_DAYS >= expiry.days_since_unix_epoch() {
            said.push(note(false));
        }
        false
    };
    if check(dates.first_language_test, "first") {
        current.first_language = tables.plain_levels(profile.first_language.language(), Abilities([0; 4]));
    }
    if check(dates.second_language_test, "second") {
        current.second_language = None;
    }
    if check(dates.spouse_language_test, "spouse") {
        if let Some(spouse) = current.spouse.as_mut() {
            spouse.language = None;
        }
    }
    (current, said)
}

/// Stated years grown by the whole years an ongoing span adds between
/// `known_on` and `date`.
fn grown(stated: u8, span: Option<WorkSpan>, known_on: Date, date: Date) -> u8 {
    match span {
        Some(span) if span.ongoing => {
            let more = date
                .full_years_since(span.since)
                .saturating_sub(known_on.full_years_since(span.since));
            stated
                .saturating_add(u8::try_from(more).unwrap_or(u8::MAX))
                .min(MAX_EXPERIENCE_YEARS)
        }
        _ => stated,
    }
}

/// The profile on `date`, from the situation as it stands on `known_on`.
pub fn profile_on(
    situation: &Situation,
    reference: &Reference,
    known_on: Date,
    date: Date,
    tables: &LanguageTables,
) -> Dated {
    profile_on_with(situation, || reference, known_on, date, tables)
}

/// `profile_on`, with the reference data asked for only when the work
/// history needs it (most files have none: a `score` need not read it).
pub fn profile_on_with<'r>(
    situation: &Situation,
    reference: impl FnOnce() -> &'r Reference,
    known_on: Date,
    date: Date,
    tables: &LanguageTables,
) -> Dated {
    profile_on_counting(
        situation,
        reference,
        known_on,
        date,
        tables,
        Counting::Occupations,
    )
}

/// `profile_on_with` for a score under `rules` alone: the work by occupation
/// is counted only when they read it.
pub fn profile_on_for<'r>(
    situation: &Situation,
    reference: impl FnOnce() -> &'r Reference,
    known_on: Date,
    date: Date,
    tables: &LanguageTables,
    rules: &super::RuleSet,
) -> Dated {
    let counting = if rules.has_occupation_factors() {
        Counting::Occupations
    } else {
        Counting::YearsOnly
    };
    profile_on_counting(situation, reference, known_on, date, tables, counting)
}

/// `profile_on_with`, counting what `counting` says.
pub fn profile_on_counting<'r>(
    situation: &Situation,
    reference: impl FnOnce() -> &'r Reference,
    known_on: Date,
    date: Date,
    tables: &LanguageTables,
    counting: Counting,
) -> Dated {
    let stated = situation.profile;
    let extras = situation.extras;
    let capped = super::eligibility::within_permit(situation.background, extras.dates.work_permit_expires);
    let background = capped.as_ref().unwrap_or(situation.background);
    let dates = &extras.dates;
    let mut profile = *stated;
    if let Some(birth) = dates.birth_date {
        profile.age = age_on(birth, date);
    }
    match &background.work {
        // Counted from the jobs on that day, unless the file states the
        // years (a what-if, held).
        Some(_) => settle_years_counting(&mut profile, background, date, reference(), counting),
        None => {
            // Canadian work grows only while the permit lasts.
            let until = dates
                .work_permit_expires
                .map_or(date, |end| date.min(end.plus_days(1)));
            profile.canadian_experience_years = grown(
                stated.canadian_experience_years,
                dates.canadian_experience,
                known_on,
                until.max(known_on),
            );
            profile.foreign_experience_years = grown(
                stated.foreign_experience_years,
                dates.foreign_experience,
                known_on,
                date,
            );
        }
    }
    let (profile, notes) = without_expired(&profile, extras, date, tables);
    Dated {
        profile,
        notes,
        expired: expired_on(extras, date),
    }
}

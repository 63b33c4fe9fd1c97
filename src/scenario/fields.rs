//! The typed fields of a scenario, one entry each: where it sits in a file,
//! what it may hold, and the words for what is expected. The file check and
//! the planner's form both read these entries, so a range lives in one
//! place and what the form accepts, the file accepts (tested field by field
//! at the edges of every range).

use crate::engine::eligibility::{MAX_FAMILY_MEMBERS, MAX_STUDY_YEARS};
use crate::engine::language::format_found;
use crate::engine::profile::{MAX_AGE, MAX_EXPERIENCE_YEARS};
use crate::engine::Date;
use crate::error::{expected_found, in_range};
use crate::said::Said;

/// What a whole number counts, as the messages name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Years,
    AcademicYears,
    People,
    PaidHours,
}

impl Unit {
    fn words(self) -> Said {
        match self {
            Unit::Years => crate::said!("input-whole-years"),
            Unit::AcademicYears => crate::said!("input-academic-years"),
            Unit::People => crate::said!("input-people"),
            Unit::PaidHours => crate::said!("input-paid-hours"),
        }
    }
}

/// A whole number from `min` to `max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WholeField {
    /// Where the field sits in a profile object (`spouse.age`); one entry
    /// may stand for several keys of the same kind.
    pub keys: &'static [&'static str],
    pub min: u8,
    pub max: u8,
    pub unit: Unit,
}

impl WholeField {
    /// "whole years from 0 to 45".
    pub fn expected(&self) -> Said {
        in_range(self.unit.words(), self.min, self.max)
    }

    /// The value, or what was expected and found. Nothing is worded for a
    /// value in range: a batch of valid lines words nothing.
    pub fn check(&self, value: f64) -> Result<u8, Said> {
        // In range, `as u8` keeps exactly the whole part: equal means whole.
        if (f64::from(self.min)..=f64::from(self.max)).contains(&value) && f64::from(value as u8) == value {
            Ok(value as u8)
        } else {
            Err(expected_found(self.expected(), format_found(value)))
        }
    }
}

/// An amount of money from 0 to `max`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AmountField {
    pub keys: &'static [&'static str],
    pub max: f64,
}

impl AmountField {
    /// What a value of another type is told: an amount, 0 or more.
    pub fn kind(&self) -> Said {
        crate::said!("input-funds")
    }

    /// "an amount in Canadian dollars from 0 to 1000000000000".
    pub fn expected(&self) -> Said {
        crate::said!("input-funds-range", max = self.max.to_string())
    }

    pub fn check(&self, value: f64) -> Result<f64, Said> {
        if (0.0..=self.max).contains(&value) {
            Ok(value)
        } else {
            Err(expected_found(self.expected(), format_found(value)))
        }
    }
}

/// Which days a date field takes, against the day the check is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayRule {
    /// From 1900 and not after today (a submission, an assessment).
    Past,
    /// Not after today; how far back is the age check's.
    Birth,
    /// Not after today's date plus 36 months: a planned test.
    Test,
    /// Any sane day (a permit's end).
    Any,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayField {
    pub keys: &'static [&'static str],
    pub rule: DayRule,
}

impl DayField {
    /// The day written in `text`, or what was expected and found.
    pub fn check(&self, text: &str, today: Date) -> Result<Date, Said> {
        match self.rule {
            DayRule::Past => super::validate::past_day(text, today),
            DayRule::Birth => super::validate::past_birth_day(text, today)
                .and_then(|birth| super::validate::check_birth(birth, today).map(|()| birth)),
            DayRule::Test => super::validate::test_day(text, today),
            DayRule::Any => Date::parse_sane(text).map_err(Said::from),
        }
    }
}

pub const AGE: WholeField = WholeField {
    keys: &["age", "spouse.age"],
    min: 0,
    max: MAX_AGE,
    unit: Unit::Years,
};

pub const EXPERIENCE_YEARS: WholeField = WholeField {
    keys: &[
        "canadian_experience_years",
        "foreign_experience_years",
        "spouse.canadian_experience_years",
        "spouse.foreign_experience_years",
    ],
    min: 0,
    max: MAX_EXPERIENCE_YEARS,
    unit: Unit::Years,
};

pub const STUDY_YEARS: WholeField = WholeField {
    keys: &["canadian_study_years", "spouse.canadian_study_years"],
    min: 0,
    max: MAX_STUDY_YEARS,
    unit: Unit::AcademicYears,
};

/// The family that funds must cover: the person counts, so at least 1.
pub const FAMILY_MEMBERS: WholeField = WholeField {
    keys: &["family_members"],
    min: 1,
    max: MAX_FAMILY_MEMBERS,
    unit: Unit::People,
};

/// Paid hours a week of one job.
pub const HOURS_PER_WEEK: WholeField = WholeField {
    keys: &["work[].hours_per_week"],
    min: 1,
    max: crate::engine::eligibility::work::MAX_HOURS_PER_WEEK,
    unit: Unit::PaidHours,
};

/// Settlement funds, capped so sums stay exact.
pub const FUNDS: AmountField = AmountField {
    keys: &["funds_cad"],
    max: 1e12,
};

pub const BIRTH_DATE: DayField = DayField {
    keys: &["birth_date"],
    rule: DayRule::Birth,
};

pub const PAST_DAYS: DayField = DayField {
    keys: &["profile_submitted", "education_assessed_on"],
    rule: DayRule::Past,
};

pub const TEST_DATES: DayField = DayField {
    keys: &[
        "first_language.test_date",
        "second_language.test_date",
        "spouse.language.test_date",
    ],
    rule: DayRule::Test,
};

pub const PERMIT_END: DayField = DayField {
    keys: &["work_permit_expires"],
    rule: DayRule::Any,
};

/// Every whole-number field, for tests that walk them all.
pub const WHOLE_FIELDS: [&WholeField; 5] = [
    &AGE,
    &EXPERIENCE_YEARS,
    &STUDY_YEARS,
    &FAMILY_MEMBERS,
    &HOURS_PER_WEEK,
];
pub const DAY_FIELDS: [&DayField; 4] = [&BIRTH_DATE, &PAST_DAYS, &TEST_DATES, &PERMIT_END];

#[cfg(test)]
mod tests {
    /// Every entry of this file is in its list, so the tests that walk the
    /// lists (the form and a file agree) see every field.
    #[test]
    fn every_entry_is_listed() {
        let source = include_str!("fields.rs");
        let listed = |list: &str| -> String {
            let start = source.find(&format!("pub const {list}")).expect("the list");
            let end = source[start..].find("];").map_or(source.len(), |end| start + end);
            source[start..end].to_string()
        };
        for (kind, list) in [("WholeField", "WHOLE_FIELDS"), ("DayField", "DAY_FIELDS")] {
            let line = listed(list);
            for declared in source.lines().filter_map(|line| {
                line.strip_prefix("pub const ")
                    .and_then(|rest| rest.strip_suffix(&format!(": {kind} = {kind} {{")))
            }) {
                assert!(
                    line.contains(&format!("&{declared}")),
                    "{declared} is not in {list}"
                );
            }
        }
    }
}

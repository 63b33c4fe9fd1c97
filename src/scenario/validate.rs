//! Raw file structs into a validated `Profile`, stopping at the first problem
//! with its field path.

use crate::engine::dated::age_on;
use crate::engine::language::LanguageError;
use crate::engine::profile::{UnscoredPartner, ACCOMPANYING, MAX_AGE};
use crate::engine::{
    Abilities, Ability, CanadianEducation, Date, Dates, Education, Extras, JobOffer, Language,
    LanguageResult, LanguageTables, LanguageTest, Profile, Spouse, SpouseDetails, WorkSpan,
};

use crate::engine::eligibility::work::{self, Job, Place};
use crate::engine::eligibility::{Background, Noc, ReferenceSource, StatedYears};

use super::fields;
use super::raw::{Field, RawJob, RawLanguage, RawProfile, RawSpouse, Text};
use crate::error::{expected_found, missing, one_of};
use crate::said::Said;

/// A problem at a field path, before the file name is known.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldProblem {
    pub path: String,
    pub problem: Said,
}

type Checked<T> = Result<T, FieldProblem>;

/// Where a field sits, built up on the stack and written out only when a
/// problem is reported, so that valid input costs no allocation for paths.
#[derive(Clone, Copy)]
struct FieldPath<'a> {
    parent: Option<&'a FieldPath<'a>>,
    key: &'a str,
}

impl<'a> FieldPath<'a> {
    fn root(key: &'a str) -> Self {
        FieldPath { parent: None, key }
    }

    fn child(&'a self, key: &'a str) -> FieldPath<'a> {
        FieldPath {
            parent: Some(self),
            key,
        }
    }

    fn render(&self) -> String {
        let mut text = self.parent.map(FieldPath::render).unwrap_or_default();
        if !self.key.is_empty() {
            if !text.is_empty() {
                text.push('.');
            }
            text.push_str(self.key);
        }
        text
    }
}

fn problem(path: &FieldPath, problem: impl Into<Said>) -> FieldProblem {
    FieldProblem {
        path: path.render(),
        problem: problem.into(),
    }
}

fn required<'a, T>(field: &'a Field<T>, path: &FieldPath, expected: &dyn Fn() -> Said) -> Checked<&'a T> {
    match field {
        Field::Value(value) => Ok(value),
        Field::Missing => Err(problem(path, missing(expected()))),
        Field::Null => Err(problem(path, expected_found(expected(), "null"))),
    }
}

/// An optional field: missing takes the default, `null` is refused because
/// the format does not say what it would mean.
fn optional<'a, T>(
    field: &'a Field<T>,
    path: &FieldPath,
    expected: &dyn Fn() -> Said,
) -> Checked<Option<&'a T>> {
    match field {
        Field::Value(value) => Ok(Some(value)),
        Field::Missing => Ok(None),
        Field::Null => Err(problem(path, expected_found(expected(), "null"))),
    }
}

fn keyword<T: Copy>(
    text: &str,
    path: &FieldPath,
    parse: fn(&str) -> Option<T>,
    all: impl IntoIterator<Item = &'static str> + Clone,
) -> Checked<T> {
    parse(text).ok_or_else(|| problem(path, expected_found(one_of(all), format!("{text:?}"))))
}

fn education_keys() -> impl Iterator<Item = &'static str> + Clone {
    Education::ALL.into_iter().map(Education::key)
}

fn education(field: &Field<Text>, path: &FieldPath) -> Checked<Education> {
    let expected = || one_of(education_keys());
    let text = required(field, path, &expected)?;
    keyword(text, path, Education::from_key, education_keys())
}

fn years(field: &Field<f64>, path: &FieldPath) -> Checked<u8> {
    Ok(optional_whole(field, path, &fields::EXPERIENCE_YEARS)?.unwrap_or(0))
}

fn flag(field: &Field<bool>, path: &FieldPath) -> Checked<bool> {
    Ok(optional(field, path, &|| crate::said!("input-true-or-false"))?
        .copied()
        .unwrap_or(false))
}

/// Checks a language result against its test's scale and converts it.
fn language(raw: &RawLanguage, path: &FieldPath) -> Checked<LanguageResult> {
    let tables = LanguageTables::official();
    let language_path = path.child("language");
    let language_keys = || Language::ALL.into_iter().map(Language::key);
    let text = required(&raw.language, &language_path, &|| one_of(language_keys()))?;
    let language = keyword(text, &language_path, Language::from_key, language_keys())?;

    let test_path = path.child("test");
    let test_keys = || LanguageTest::ALL.into_iter().map(LanguageTest::key);
    let text = required(&raw.test, &test_path, &|| one_of(test_keys()))?;
    let test = keyword(text, &test_path, LanguageTest::from_key, test_keys())?;

    let mut scores = Abilities([0.0; 4]);
    for ability in Ability::ALL {
        let field = match ability {
            Ability::Listening => &raw.listening,
            Ability::Reading => &raw.reading,
            Ability::Writing => &raw.writing,
            Ability::Speaking => &raw.speaking,
        };
        let ability_path = path.child(ability.key());
        let expected = || tables.expected_score(language, test, ability);
        scores.set(ability, *required(field, &ability_path, &expected)?);
    }
    tables
        .result(language, test, scores)
        .map_err(|error| match error {
            LanguageError::Score {
                ability,
                expected,
                found,
            } => problem(&path.child(ability.key()), expected_found(expected, found)),
            LanguageError::WrongLanguage { test, language, .. } => {
                let fitting: Vec<&str> = tables.tests_for(language).map(LanguageTest::key).collect();
                problem(
                    &test_path,
                    crate::said!(
                        "input-wrong-test",
                        language = crate::said::Said::message(language.label_id(), Vec::new()),
                        tests = fitting.join(", "),
                        found = format!("{:?}", test.key())
                    ),
                )
            }
        })
}

fn spouse(raw: &RawSpouse, path: &FieldPath) -> Checked<Spouse> {
    let education = education(&raw.education, &path.child("education"))?;
    let language_path = path.child("language");
    let language = match &raw.language {
        Field::Value(object) => Some(language(&object.0, &language_path)?),
        Field::Missing | Field::Null => None,
    };
    let canadian_experience_years = years(
        &raw.canadian_experience_years,
        &path.child("canadian_experience_years"),
    )?;
    Ok(Spouse {
        education,
        language,
        canadian_experience_years,
    })
}

/// Validates a whole profile; `prefix` is where it sits in the file
/// (`profile`, or empty for a bare profile).
pub fn profile(raw: &RawProfile, prefix: &str, today: Date) -> Checked<Profile> {
    let root = FieldPath::root(prefix);
    let at = |key: &'static str| root.child(key);

    let age_path = at("age");
    // With a birth date the age may be left out, and a file with both uses
    // the birth date: the age is the age today (and every command scores
    // the age on its own day from the birth date).
    let birth = birth_date(&raw.birth_date, &at("birth_date"), today)?;
    let age = match birth {
        Some(birth) => age_on(birth, today),
        None => {
            let age_expected = || crate::said!("input-age-or-birth", max = MAX_AGE);
            let value = *required(&raw.age, &age_path, &age_expected)?;
            fields::AGE
                .check(value)
                .map_err(|message| problem(&age_path, message))?
        }
    };

    let education = education(&raw.education, &at("education"))?;

    let first_path = at("first_language");
    let first_expected = || crate::said!("input-language-result");
    let first_language = language(
        &required(&raw.first_language, &first_path, &first_expected)?.0,
        &first_path,
    )?;

    let second_path = at("second_language");
    let second_language = match &raw.second_language {
        Field::Value(object) => {
            let second = language(&object.0, &second_path)?;
            if second.language() == first_language.language() {
                return Err(problem(
                    &second_path.child("language"),
                    expected_found(
                        crate::said!("input-other-language", first = first_language.language().key()),
                        format!("{:?}", second.language().key()),
                    ),
                ));
            }
            Some(second)
        }
        Field::Missing | Field::Null => None,
    };

    let canadian_experience_years = years(&raw.canadian_experience_years, &at("canadian_experience_years"))?;
    let foreign_experience_years = years(&raw.foreign_experience_years, &at("foreign_experience_years"))?;
    let certificate_of_qualification = flag(
        &raw.certificate_of_qualification,
        &at("certificate_of_qualification"),
    )?;

    let canadian_education_path = at("canadian_education");
    let canadian_education_keys = || CanadianEducation::ALL.into_iter().map(CanadianEducation::key);
    let canadian_education = match optional(&raw.canadian_education, &canadian_education_path, &|| {
        one_of(canadian_education_keys())
    })? {
        Some(text) => keyword(
            text,
            &canadian_education_path,
            CanadianEducation::from_key,
            canadian_education_keys(),
        )?,
        None => CanadianEducation::None,
    };

    let sibling_in_canada = flag(&raw.sibling_in_canada, &at("sibling_in_canada"))?;
    let provincial_nomination = flag(&raw.provincial_nomination, &at("provincial_nomination"))?;

    let job_offer_path = at("job_offer");
    let job_offer_keys = || JobOffer::ALL.into_iter().map(JobOffer::key);
    let job_offer = match optional(&raw.job_offer, &job_offer_path, &|| one_of(job_offer_keys()))? {
        Some(text) => keyword(text, &job_offer_path, JobOffer::from_key, job_offer_keys())?,
        None => JobOffer::None,
    };

    let spouse = match &raw.spouse {
        Field::Value(object) => Some(spouse(&object.0, &at("spouse"))?),
        Field::Missing | Field::Null => None,
    };

    Ok(Profile {
        age,
        education,
        first_language,
        second_language,
        canadian_experience_years,
        foreign_experience_years,
        certificate_of_qualification,
        canadian_education,
        sibling_in_canada,
        provincial_nomination,
        job_offer,
        spouse,
        // Read with the reference data (`job_offer_noc`), and counted from
        // the work history on the day scored.
        occupations: Default::default(),
    })
}

fn date(field: &Field<Text>, path: &FieldPath) -> Checked<Option<Date>> {
    let expected = || crate::said!("input-date");
    match optional(field, path, &expected)? {
        None => Ok(None),
        Some(text) => Date::parse_sane(text)
            .map(Some)
            .map_err(|error| problem(path, error.to_string())),
    }
}

/// A date field of the registry, checked by its rule against `today`.
fn day_field(
    field: &Field<Text>,
    path: &FieldPath,
    entry: &fields::DayField,
    today: Date,
) -> Checked<Option<Date>> {
    match optional(field, path, &|| crate::said!("input-date"))? {
        None => Ok(None),
        Some(text) => entry
            .check(text, today)
            .map(Some)
            .map_err(|message| problem(path, message)),
    }
}

/// A typed day from 1900 on and not after today (a test, a submission),
/// with the file's messages; the planner's form checks with it too.
pub(crate) fn past_day(text: &str, today: Date) -> Result<Date, Said> {
    Date::parse_sane(text).map_err(|e| e.to_string())?;
    past_birth_day(text, today)
}

/// How far ahead a test may be dated: a planned test, as far as plans look.
pub(crate) const PLANNED_TEST_MONTHS: i32 = 36;

/// A test's day: taken, or planned (a plan carried out dates its tests on
/// the day they are planned for), no more than three years ahead.
pub(crate) fn test_day(text: &str, today: Date) -> Result<Date, Said> {
    let day = Date::parse_sane(text).map_err(|e| e.to_string())?;
    let latest = today.plus_months(PLANNED_TEST_MONTHS);
    if day > latest {
        return Err(expected_found(
            crate::said!("input-test-day"),
            format!("\"{day}\""),
        ));
    }
    Ok(day)
}

/// Any sane day, past or future (a permit's end).
/// A typed birth date not after today (how far back is the age check's).
pub(crate) fn past_birth_day(text: &str, today: Date) -> Result<Date, Said> {
    let day: Date = text
        .parse()
        .map_err(|e: crate::engine::date::DateError| e.to_string())?;
    if day > today {
        return Err(expected_found(
            crate::said!("input-not-after-today"),
            format!("\"{day}\""),
        ));
    }
    Ok(day)
}

/// A birth date giving an age the score can hold, with the file's message.
pub(crate) fn check_birth(birth: Date, today: Date) -> Result<(), Said> {
    if today.full_years_since(birth) > u16::from(MAX_AGE) {
        return Err(expected_found(
            crate::said!("input-birth-age", max = MAX_AGE),
            format!("\"{birth}\""),
        ));
    }
    Ok(())
}

/// A birth date: in the past, and giving an age the score can hold.
fn birth_date(field: &Field<Text>, path: &FieldPath, today: Date) -> Checked<Option<Date>> {
    day_field(field, path, &fields::BIRTH_DATE, today)
}

/// The day the file is read on: a date in the future is refused.
fn work_span(
    since: &Field<Text>,
    ongoing: &Field<bool>,
    root: &FieldPath,
    since_key: &'static str,
    ongoing_key: &'static str,
) -> Checked<Option<WorkSpan>> {
    let since_path = root.child(since_key);
    let ongoing_path = root.child(ongoing_key);
    let started = date(since, &since_path)?;
    let still = optional(ongoing, &ongoing_path, &|| crate::said!("input-true-or-false"))?.copied();
    match (started, still) {
        (Some(since), still) => Ok(Some(WorkSpan {
            since,
            ongoing: still.unwrap_or(true),
        })),
        (None, Some(_)) => Err(problem(
            &ongoing_path,
            crate::said!("input-since-beside", key = since_key),
        )),
        (None, None) => Ok(None),
    }
}

fn test_date(
    raw: &Field<super::raw::Object<RawLanguage<'_>>>,
    path: &FieldPath,
    today: Date,
) -> Checked<Option<Date>> {
    let Field::Value(object) = raw else {
        return Ok(None);
    };
    day_field(
        &object.0.test_date,
        &path.child("test_date"),
        &fields::TEST_DATES,
        today,
    )
}

/// A permit's end that leaves every job in Canada begun under it: a job
/// starting after the permit ends is a mistake in one of the two days.
pub fn permit_fits(extras: &Extras, background: &Background, prefix: &str) -> Checked<()> {
    let (Some(end), Some(work)) = (extras.dates.work_permit_expires, &background.work) else {
        return Ok(());
    };
    let late = work
        .iter()
        .enumerate()
        .find(|(_, job)| job.place == crate::engine::eligibility::Place::Canada && job.from > end);
    match late {
        Some((index, job)) => Err(problem(
            &FieldPath::root(prefix).child("work_permit_expires"),
            expected_found(
                crate::said!("input-permit-after-jobs", index = index, start = job.from),
                format!("\"{end}\""),
            ),
        )),
        None => Ok(()),
    }
}

/// The optional facts beyond today's score (dates, the spouse as principal),
/// checked once the profile itself is valid.
pub fn extras(raw: &RawProfile, prefix: &str, profile: &Profile, today: Date) -> Checked<Extras> {
    let root = FieldPath::root(prefix);
    let at = |key: &'static str| root.child(key);
    let spouse_path = at("spouse");
    let dates = Dates {
        birth_date: birth_date(&raw.birth_date, &at("birth_date"), today)?,
        profile_submitted: day_field(
            &raw.profile_submitted,
            &at("profile_submitted"),
            &fields::PAST_DAYS,
            today,
        )?,
        work_permit_expires: day_field(
            &raw.work_permit_expires,
            &at("work_permit_expires"),
            &fields::PERMIT_END,
            today,
        )?,
        education_assessed_on: day_field(
            &raw.education_assessed_on,
            &at("education_assessed_on"),
            &fields::PAST_DAYS,
            today,
        )?,
        canadian_experience: work_span(
            &raw.canadian_experience_since,
            &raw.canadian_experience_ongoing,
            &root,
            "canadian_experience_since",
            "canadian_experience_ongoing",
        )?,
        foreign_experience: work_span(
            &raw.foreign_experience_since,
            &raw.foreign_experience_ongoing,
            &root,
            "foreign_experience_since",
            "foreign_experience_ongoing",
        )?,
        first_language_test: test_date(&raw.first_language, &at("first_language"), today)?,
        second_language_test: test_date(&raw.second_language, &at("second_language"), today)?,
        spouse_language_test: match &raw.spouse {
            Field::Value(spouse) => test_date(&spouse.0.language, &spouse_path.child("language"), today)?,
            _ => None,
        },
    };
    let spouse = match &raw.spouse {
        Field::Value(object) => spouse_details(&object.0, &spouse_path, profile)?,
        _ => SpouseDetails::default(),
    };
    Ok(Extras {
        dates,
        spouse,
        partner: spouse_status(raw, &at("spouse_status"), profile.spouse.is_some())?,
    })
}

/// `spouse_status`: "accompanying" goes with a spouse object; without one,
/// why the spouse earns no points.
fn spouse_status(raw: &RawProfile, path: &FieldPath, accompanying: bool) -> Checked<UnscoredPartner> {
    let keys = || UnscoredPartner::ALL.into_iter().map(UnscoredPartner::key);
    if accompanying {
        return match optional(&raw.spouse_status, path, &|| format!("\"{ACCOMPANYING}\"").into())? {
            Some(text) if &**text != ACCOMPANYING => Err(problem(
                path,
                crate::said!(
                    "input-accompanying-spouse",
                    key = ACCOMPANYING,
                    found = format!("{:?}", &**text)
                ),
            )),
            _ => Ok(UnscoredPartner::None),
        };
    }
    match optional(&raw.spouse_status, path, &|| one_of(keys()))? {
        Some(text) if &**text == ACCOMPANYING => Err(problem(
            path,
            crate::said!(
                "input-accompanying-needs-spouse",
                keys = one_of(keys()),
                key = ACCOMPANYING
            ),
        )),
        Some(text) => keyword(text, path, UnscoredPartner::from_key, keys()),
        None => Ok(UnscoredPartner::None),
    }
}

fn spouse_details(raw: &RawSpouse, path: &FieldPath, profile: &Profile) -> Checked<SpouseDetails> {
    let age_path = path.child("age");
    let age = optional_whole(&raw.age, &age_path, &fields::AGE)?;
    let foreign_experience_years = years(
        &raw.foreign_experience_years,
        &path.child("foreign_experience_years"),
    )?;
    let second_path = path.child("second_language");
    let second_language = match &raw.second_language {
        Field::Value(object) => {
            let second = language(&object.0, &second_path)?;
            let first = profile
                .spouse
                .and_then(|spouse| spouse.language)
                .map(|r| r.language());
            if first == Some(second.language()) {
                return Err(problem(
                    &second_path.child("language"),
                    expected_found(
                        crate::said!("input-other-spouse-language", first = second.language().key()),
                        format!("{:?}", second.language().key()),
                    ),
                ));
            }
            Some(second)
        }
        Field::Missing | Field::Null => None,
    };
    let certificate_of_qualification = flag(
        &raw.certificate_of_qualification,
        &path.child("certificate_of_qualification"),
    )?;
    let study_path = path.child("canadian_education");
    let study_keys = || CanadianEducation::ALL.into_iter().map(CanadianEducation::key);
    let canadian_education = match optional(&raw.canadian_education, &study_path, &|| one_of(study_keys()))? {
        Some(text) => Some(keyword(
            text,
            &study_path,
            CanadianEducation::from_key,
            study_keys(),
        )?),
        None => None,
    };
    Ok(SpouseDetails {
        age,
        foreign_experience_years,
        second_language,
        certificate_of_qualification,
        canadian_education,
    })
}

/// An optional whole number of the registry; what it should be is worded
/// only when it is not.
fn optional_whole(field: &Field<f64>, path: &FieldPath, entry: &fields::WholeField) -> Checked<Option<u8>> {
    match optional(field, path, &|| entry.expected())? {
        Some(&value) => entry
            .check(value)
            .map(Some)
            .map_err(|message| problem(path, message)),
        None => Ok(None),
    }
}

/// A NOC 2021 unit group the reference data has.
fn noc_code(text: &str, noc_path: &FieldPath, reference: ReferenceSource) -> Checked<Noc> {
    reference
        .get()
        .occupations
        .code(text)
        .map_err(|message| problem(noc_path, message))
}

/// The job offer's occupation (`job_offer_noc`), which rule sets with
/// occupation-based factors read.
pub fn job_offer_noc(raw: &RawProfile, prefix: &str, reference: ReferenceSource) -> Checked<Option<Noc>> {
    // Most files have none: no path is built for them.
    if raw.job_offer_noc == Field::Missing {
        return Ok(None);
    }
    let root = FieldPath::root(prefix);
    let path = root.child("job_offer_noc");
    match optional(&raw.job_offer_noc, &path, &|| crate::said!("input-noc"))? {
        Some(text) => noc_code(text, &path, reference).map(Some),
        None => Ok(None),
    }
}

/// `work[i]`, made once for every index a work history may have: a batch
/// checks hundreds of thousands of jobs, and a key is needed only to say
/// where a problem is.
fn work_key(index: usize) -> &'static str {
    static KEYS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| (0..MAX_JOBS).map(|i| format!("work[{i}]")).collect())[index].as_str()
}

fn job(raw: &RawJob, path: &FieldPath, reference: ReferenceSource) -> Checked<Job> {
    let noc_path = path.child("noc");
    let text = required(&raw.noc, &noc_path, &|| crate::said!("input-noc"))?;
    let noc = noc_code(text, &noc_path, reference)?;
    let place_path = path.child("where");
    let place_keys = || Place::ALL.into_iter().map(Place::key);
    let text = required(&raw.place, &place_path, &|| one_of(place_keys()))?;
    let place = keyword(text, &place_path, Place::from_key, place_keys())?;
    let from_path = path.child("from");
    let from = match date(&raw.from, &from_path)? {
        Some(day) => day,
        None => return Err(problem(&from_path, missing(crate::said!("input-first-day")))),
    };
    let to_path = path.child("to");
    let to = match &raw.to {
        Field::Missing | Field::Null => None,
        Field::Value(_) => date(&raw.to, &to_path)?,
    };
    if let Some(last) = to {
        if last < from {
            return Err(problem(
                &to_path,
                expected_found(crate::said!("input-last-day", from = from), format!("\"{last}\"")),
            ));
        }
    }
    let hours_per_week = optional_whole(
        &raw.hours_per_week,
        &path.child("hours_per_week"),
        &fields::HOURS_PER_WEEK,
    )?
    .unwrap_or(work::DEFAULT_HOURS_PER_WEEK);
    Ok(Job {
        noc,
        place,
        from,
        to,
        hours_per_week,
        self_employed: flag(&raw.self_employed, &path.child("self_employed"))?,
        while_full_time_student: flag(
            &raw.while_full_time_student,
            &path.child("while_full_time_student"),
        )?,
    })
}

/// The most jobs a work history holds: a career's worth many times over
/// (one job a month for 25 years), and few enough that every answer stays
/// instant.
pub const MAX_JOBS: usize = 300;

/// The eligibility facts (`../shared/spec/eligibility.md`), all optional.
pub fn background(raw: &RawProfile, prefix: &str, reference: ReferenceSource) -> Checked<Background> {
    let root = FieldPath::root(prefix);
    let at = |key: &'static str| root.child(key);
    let work_path = at("work");
    let work: Option<Vec<Job>> = match &raw.work {
        Field::Missing => None,
        Field::Null => {
            return Err(problem(
                &work_path,
                expected_found(crate::said!("input-jobs"), "null"),
            ))
        }
        Field::Value(list) if list.len() > MAX_JOBS => {
            return Err(problem(
                &work_path,
                expected_found(
                    crate::said!("input-jobs-at-most", most = MAX_JOBS),
                    crate::said!("found-jobs", count = list.len()),
                ),
            ))
        }
        Field::Value(list) => {
            let mut jobs = Vec::with_capacity(list.len());
            for (i, object) in list.iter().enumerate() {
                let path = root.child(work_key(i));
                jobs.push(job(&object.0, &path, reference)?);
            }
            Some(jobs)
        }
    };
    let funds_path = at("funds_cad");
    let funds_cad = match optional(&raw.funds_cad, &funds_path, &|| fields::FUNDS.kind())? {
        Some(&value) => Some(
            fields::FUNDS
                .check(value)
                .map_err(|message| problem(&funds_path, message))?,
        ),
        None => None,
    };
    let spouse_study = match &raw.spouse {
        Field::Value(object) => optional_whole(
            &object.0.canadian_study_years,
            &at("spouse").child("canadian_study_years"),
            &fields::STUDY_YEARS,
        )?,
        _ => None,
    };
    let education_assessed = optional(&raw.education_assessed, &at("education_assessed"), &|| {
        crate::said!("input-true-or-false")
    })?
    .copied()
    .unwrap_or(true);
    Ok(Background {
        work,
        funds_cad,
        family_members: optional_whole(
            &raw.family_members,
            &at("family_members"),
            &fields::FAMILY_MEMBERS,
        )?,
        authorized_to_work_in_canada: flag(
            &raw.authorized_to_work_in_canada,
            &at("authorized_to_work_in_canada"),
        )?,
        education_assessed,
        canadian_study_years: optional_whole(
            &raw.canadian_study_years,
            &at("canadian_study_years"),
            &fields::STUDY_YEARS,
        )?,
        spouse_canadian_study_years: spouse_study,
        relative_in_canada: flag(&raw.relative_in_canada, &at("relative_in_canada"))?,
        plans_to_live_in_quebec: flag(&raw.plans_to_live_in_quebec, &at("plans_to_live_in_quebec"))?,
        // Only a work history gives the years another source to be told apart from.
        stated_years: if raw.work == Field::Missing {
            StatedYears::default()
        } else {
            StatedYears {
                canadian: raw.canadian_experience_years != Field::Missing,
                foreign: raw.foreign_experience_years != Field::Missing,
            }
        },
    })
}

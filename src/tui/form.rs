//! The profile as a list of editable fields, grouped the way people think
//! about themselves. Pure: every change gives a new `Profile`.

use crate::advisor::Slot;
use crate::engine::profile::UnscoredPartner;
use crate::engine::Date;
use crate::engine::{
    Abilities, Ability, CanadianEducation, Education, JobOffer, Language, LanguageResult, LanguageTables,
    LanguageTest, Profile, RuleSet, Spouse,
};
use crate::error::InputError;
use crate::said::Said;
use crate::scenario::{fields, Scenario};
use crate::tui::text;

pub use super::field::FieldId;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormRow {
    /// Set on the first row of each group: the message id of the group's
    /// heading.
    pub heading: Option<&'static str>,
    pub id: FieldId,
}

/// The rows shown for a profile: language scores only where there is a
/// result, spouse fields only with a spouse, the job offer only where the
/// rule set still scores it.
pub fn rows(scenario: &Scenario, rules: &RuleSet) -> Vec<FormRow> {
    rows_with(scenario, rules.scores_job_offer())
}

/// Every row a scenario has, whatever the rule set scores.
pub fn every_row(scenario: &Scenario) -> Vec<FormRow> {
    rows_with(scenario, true)
}

fn rows_with(scenario: &Scenario, job_offer: bool) -> Vec<FormRow> {
    let profile = &scenario.profile;
    let mut rows = Vec::with_capacity(32);
    let mut group = |heading: &'static str, ids: &[FieldId]| {
        for (index, &id) in ids.iter().enumerate() {
            rows.push(FormRow {
                heading: (index == 0).then_some(heading),
                id,
            });
        }
    };
    group(
        "group-you",
        &[
            FieldId::Age,
            FieldId::BirthDate,
            FieldId::Education,
            FieldId::CanadianEducation,
            FieldId::Certificate,
        ],
    );
    let scores = |slot: Slot| Ability::ALL.map(|ability| FieldId::Score(slot, ability));
    let mut first = vec![FieldId::Test(Slot::First)];
    first.extend(scores(Slot::First));
    first.push(FieldId::TestDate(Slot::First));
    group("group-first-language", &first);
    let mut second = vec![FieldId::Test(Slot::Second)];
    if profile.second_language.is_some() {
        second.extend(scores(Slot::Second));
        second.push(FieldId::TestDate(Slot::Second));
    }
    group("group-second-language", &second);
    group(
        "group-work",
        &[
            FieldId::WorkHistory,
            FieldId::CanadianExperience,
            FieldId::ForeignExperience,
            FieldId::WorkPermit,
        ],
    );
    let mut spouse = vec![FieldId::SpousePresent];
    if let Some(partner) = &profile.spouse {
        spouse.extend([FieldId::SpouseEducation, FieldId::Test(Slot::Spouse)]);
        if partner.language.is_some() {
            spouse.extend(scores(Slot::Spouse));
            spouse.push(FieldId::TestDate(Slot::Spouse));
        }
        spouse.extend([
            FieldId::SpouseAge,
            FieldId::SpouseExperience,
            FieldId::SpouseForeignExperience,
            FieldId::SpouseCanadianEducation,
            FieldId::SpouseCertificate,
            FieldId::SpouseStudyYears,
        ]);
    }
    group("group-spouse", &spouse);
    let mut extras = vec![FieldId::Nomination, FieldId::Sibling, FieldId::Submitted];
    if job_offer {
        extras.push(FieldId::JobOffer);
    }
    group("group-extras", &extras);
    group(
        "group-eligibility",
        &[
            FieldId::Funds,
            FieldId::FamilyMembers,
            FieldId::AuthorizedToWork,
            FieldId::EducationAssessed,
            FieldId::AssessedOn,
            FieldId::StudyYears,
            FieldId::Relative,
            FieldId::Quebec,
        ],
    );
    rows
}

pub(crate) fn yes_no(value: bool) -> String {
    if value {
        crate::t!("yes")
    } else {
        crate::t!("no")
    }
}

fn years(count: u8) -> String {
    crate::t!("years", count = count)
}

fn test_name(result: &LanguageResult) -> String {
    let test = match result.test() {
        LanguageTest::Clb => result.language().level_name(),
        LanguageTest::Ielts => "IELTS".to_string(),
        LanguageTest::Celpip => "CELPIP".to_string(),
        LanguageTest::Pte => "PTE Core".to_string(),
        LanguageTest::Tef => "TEF Canada".to_string(),
        LanguageTest::Tcf => "TCF Canada".to_string(),
    };
    format!("{} {test}", result.language().label())
}

/// The value as shown in the form on `today` (a result that has expired
/// says so).
pub fn value(scenario: &Scenario, id: FieldId, today: Date) -> String {
    let profile = &scenario.profile;
    let background = &scenario.background;
    let shown_day = |day: Option<Date>| day.map_or(crate::t!("not-given"), |d| d.to_string());
    match id {
        FieldId::Age => match scenario.extras.dates.birth_date {
            Some(birth) => text::age_from_birth(crate::engine::dated::age_on(birth, today), birth),
            None => profile.age.to_string(),
        },
        FieldId::BirthDate => shown_day(scenario.extras.dates.birth_date),
        FieldId::TestDate(slot) => match test_date(scenario, slot) {
            Some(day) if day > today => crate::t!("test-planned", date = day),
            day => shown_day(day),
        },
        FieldId::Submitted => shown_day(scenario.extras.dates.profile_submitted),
        FieldId::AssessedOn => shown_day(scenario.extras.dates.education_assessed_on),
        FieldId::WorkPermit => shown_day(scenario.extras.dates.work_permit_expires),
        FieldId::SpouseForeignExperience => years(scenario.extras.spouse.foreign_experience_years),
        FieldId::SpouseCertificate => yes_no(scenario.extras.spouse.certificate_of_qualification),
        FieldId::SpouseCanadianEducation => scenario
            .extras
            .spouse
            .canadian_education
            .unwrap_or(CanadianEducation::None)
            .short_label(),
        FieldId::SpouseAge => scenario
            .extras
            .spouse
            .age
            .map_or(crate::t!("not-given"), |age| age.to_string()),
        FieldId::WorkHistory => match &background.work {
            None => crate::t!("no-work-history"),
            Some(work) => text::jobs(work.len()),
        },
        FieldId::Funds => background.funds_cad.map_or(crate::t!("not-given"), |funds| {
            crate::t!("dollars", amount = funds.floor() as i64)
        }),
        FieldId::FamilyMembers => match background.family_members {
            Some(count) => count.to_string(),
            None => text::from_profile(background.family_members(profile)),
        },
        FieldId::AuthorizedToWork => yes_no(background.authorized_to_work_in_canada),
        FieldId::EducationAssessed => yes_no(background.education_assessed),
        FieldId::StudyYears => match background.canadian_study_years {
            Some(count) => years(count),
            None => text::from_study(background.study_years(profile)),
        },
        FieldId::SpouseStudyYears => match background.spouse_canadian_study_years {
            Some(count) => years(count),
            None => text::from_spouse_study(background.spouse_study_years(&scenario.extras)),
        },
        FieldId::Relative => yes_no(background.relative_in_canada),
        FieldId::Quebec => yes_no(background.plans_to_live_in_quebec),
        FieldId::Education => profile.education.short_label(),
        FieldId::CanadianEducation => profile.canadian_education.short_label(),
        FieldId::Certificate => yes_no(profile.certificate_of_qualification),
        FieldId::Test(slot) => {
            let expired = crate::engine::dated::expired_on(&scenario.extras, today);
            let expiry = match slot {
                Slot::First => expired.first,
                Slot::Second => expired.second,
                Slot::Spouse => expired.spouse,
            };
            match (slot.result(profile), expiry) {
                (Some(result), Some(day)) => text::expired(&test_name(result), day),
                (Some(result), None) => test_name(result),
                (None, _) => crate::t!("none"),
            }
        }
        FieldId::Score(slot, ability) => match slot.result(profile) {
            Some(result) => result.test().format_score(result.scores().get(ability)),
            None => String::new(),
        },
        FieldId::CanadianExperience => years(profile.canadian_experience_years),
        FieldId::ForeignExperience => years(profile.foreign_experience_years),
        FieldId::SpousePresent => match spouse_choice(scenario) {
            None => crate::t!("spouse-coming"),
            Some(UnscoredPartner::None) => crate::t!("none"),
            Some(UnscoredPartner::NotComing) => crate::t!("spouse-not-coming"),
            Some(UnscoredPartner::CanadianOrPr) => crate::t!("spouse-canadian"),
        },
        FieldId::SpouseEducation => profile
            .spouse
            .map_or(String::new(), |s| s.education.short_label()),
        FieldId::SpouseExperience => profile
            .spouse
            .map_or(String::new(), |s| years(s.canadian_experience_years)),
        FieldId::Nomination => yes_no(profile.provincial_nomination),
        FieldId::Sibling => yes_no(profile.sibling_in_canada),
        FieldId::JobOffer => match profile.job_offer {
            JobOffer::None => crate::t!("none"),
            JobOffer::Teer0Major00 => crate::t!("offer-teer-0-group-00"),
            JobOffer::Other => crate::t!("offer-teer-0-3"),
        },
    }
}

/// The CLB/NCLC a score converts to, shown beside it.
pub fn level_note(profile: &Profile, id: FieldId) -> Option<String> {
    let FieldId::Score(slot, ability) = id else {
        return None;
    };
    let result = slot.result(profile)?;
    let level = result.levels().get(ability);
    let name = result.language().level_name();
    Some(if level < 4 {
        format!("{name} <4")
    } else {
        format!("{name} {level}")
    })
}

/// The tests a slot can hold: `None` first where the slot is optional, and
/// never the language the other slot already has.
fn test_options(
    profile: &Profile,
    slot: Slot,
    tables: &LanguageTables,
) -> Vec<Option<(Language, LanguageTest)>> {
    let mut options = Vec::new();
    let excluded = match slot {
        Slot::First => profile.second_language.map(|r| r.language()),
        Slot::Second => Some(profile.first_language.language()),
        Slot::Spouse => None,
    };
    if slot != Slot::First {
        options.push(None);
    }
    for language in Language::ALL {
        if Some(language) == excluded {
            continue;
        }
        for test in tables.tests_for(language) {
            options.push(Some((language, test)));
        }
    }
    options
}

/// A result in another test at the same levels, where the test can reach them.
fn convert(
    result: Option<&LanguageResult>,
    language: Language,
    test: LanguageTest,
    tables: &LanguageTables,
) -> LanguageResult {
    let levels = result.map_or(Abilities([7; 4]), |r| r.levels());
    let units = levels.map(|ability, level| {
        let level = if test == LanguageTest::Clb {
            level
        } else {
            level.min(10)
        };
        tables
            .lowest_score_for(test, ability, level)
            .unwrap_or_else(|| tables.scale(test, ability).0)
    });
    tables.result_from_units(language, test, units)
}

fn step_enum<T: Copy + PartialEq>(all: &[T], current: T, delta: i8) -> T {
    let index = all.iter().position(|&item| item == current).unwrap_or(0) as i32;
    let next = (index + i32::from(delta)).clamp(0, all.len() as i32 - 1);
    all[next as usize]
}

/// A whole number moved a step, kept in its registry entry's range.
fn step_count(current: u8, delta: i8, entry: &fields::WholeField) -> u8 {
    (i32::from(current) + i32::from(delta)).clamp(i32::from(entry.min), i32::from(entry.max)) as u8
}

/// The next score of an ability up or down: IELTS and level-like scales move
/// one step, wide scales (PTE, TEF, TCF) jump to the next level's lowest score.
fn step_score(result: &LanguageResult, ability: Ability, delta: i8, tables: &LanguageTables) -> u16 {
    let test = result.test();
    let (min, max) = tables.scale(test, ability);
    let current = result.scores().get(ability);
    let wide = max - min > 30;
    if !wide {
        return (i32::from(current) + i32::from(delta)).clamp(i32::from(min), i32::from(max)) as u16;
    }
    let level = result.levels().get(ability);
    if delta > 0 {
        let next_level = if level < 4 { 4 } else { level + 1 };
        tables.lowest_score_for(test, ability, next_level).unwrap_or(max)
    } else {
        let floor = tables
            .lowest_score_for(test, ability, level.max(4))
            .unwrap_or(min);
        if current > floor && level >= 4 {
            floor
        } else if level <= 4 {
            min
        } else {
            tables.lowest_score_for(test, ability, level - 1).unwrap_or(min)
        }
    }
}

/// The scenario with a field moved one step (`delta` is -1 or +1).
pub fn step(scenario: &Scenario, id: FieldId, delta: i8, tables: &LanguageTables) -> Scenario {
    let mut changed = scenario.clone();
    let background = &mut changed.background;
    let flip = |value: bool| if delta == 0 { value } else { delta > 0 };
    let count = |value: Option<u8>, default: u8, entry: &fields::WholeField| {
        Some(step_count(value.unwrap_or(default), delta, entry))
    };
    match id {
        FieldId::AuthorizedToWork => {
            background.authorized_to_work_in_canada = flip(background.authorized_to_work_in_canada)
        }
        FieldId::EducationAssessed => background.education_assessed = flip(background.education_assessed),
        FieldId::Relative => background.relative_in_canada = flip(background.relative_in_canada),
        FieldId::Quebec => background.plans_to_live_in_quebec = flip(background.plans_to_live_in_quebec),
        FieldId::FamilyMembers => {
            let default = scenario.background.family_members(&scenario.profile);
            background.family_members = count(background.family_members, default, &fields::FAMILY_MEMBERS);
        }
        FieldId::StudyYears => {
            let default = scenario.background.study_years(&scenario.profile);
            background.canadian_study_years =
                count(background.canadian_study_years, default, &fields::STUDY_YEARS);
        }
        FieldId::SpouseStudyYears => {
            let default = scenario.background.spouse_study_years(&scenario.extras);
            background.spouse_canadian_study_years = count(
                background.spouse_canadian_study_years,
                default,
                &fields::STUDY_YEARS,
            );
        }
        FieldId::Funds => {
            let now = background.funds_cad.unwrap_or(0.0);
            background.funds_cad = Some((now + f64::from(delta) * FUNDS_STEP).clamp(0.0, fields::FUNDS.max));
        }
        // The birth date gives the age: it is changed there.
        FieldId::Age if scenario.extras.dates.birth_date.is_some() => {}
        FieldId::SpouseAge => {
            let now = scenario.extras.spouse.age.unwrap_or(scenario.profile.age);
            changed.extras.spouse.age = Some(step_count(now, delta, &fields::AGE));
        }
        FieldId::SpouseForeignExperience => {
            let details = &mut changed.extras.spouse;
            details.foreign_experience_years =
                step_count(details.foreign_experience_years, delta, &fields::EXPERIENCE_YEARS);
        }
        FieldId::SpouseCertificate => {
            let details = &mut changed.extras.spouse;
            details.certificate_of_qualification = if delta == 0 {
                details.certificate_of_qualification
            } else {
                delta > 0
            };
        }
        FieldId::SpouseCanadianEducation => {
            let details = &mut changed.extras.spouse;
            let now = details.canadian_education.unwrap_or(CanadianEducation::None);
            details.canadian_education = Some(step_enum(&CanadianEducation::ALL, now, delta));
        }
        FieldId::BirthDate
        | FieldId::TestDate(_)
        | FieldId::Submitted
        | FieldId::AssessedOn
        | FieldId::WorkPermit => {}
        FieldId::SpousePresent => {
            let now = spouse_choice(scenario);
            let index = SPOUSE_CHOICES.iter().position(|&c| c == now).unwrap_or(0);
            let next = SPOUSE_CHOICES
                [(index as i32 + i32::from(delta)).clamp(0, SPOUSE_CHOICES.len() as i32 - 1) as usize];
            match next {
                None => {
                    changed.profile.spouse = changed.profile.spouse.or(Some(Spouse {
                        education: Education::Bachelors,
                        language: None,
                        canadian_experience_years: 0,
                    }));
                    changed.extras.partner = UnscoredPartner::None;
                }
                Some(partner) => {
                    changed.profile.spouse = None;
                    changed.extras.partner = partner;
                }
            }
        }
        FieldId::WorkHistory => {}
        _ => changed.profile = step_profile(&scenario.profile, id, delta, tables),
    }
    changed
}

/// A result's test date, if given.
fn test_date(scenario: &Scenario, slot: Slot) -> Option<Date> {
    let dates = &scenario.extras.dates;
    match slot {
        Slot::First => dates.first_language_test,
        Slot::Second => dates.second_language_test,
        Slot::Spouse => dates.spouse_language_test,
    }
}

/// The spouse choices in the order ←/→ walk them: `None` is a spouse
/// coming to Canada (scored), the others earn no spouse points.
const SPOUSE_CHOICES: [Option<UnscoredPartner>; 4] = [
    Some(UnscoredPartner::None),
    None,
    Some(UnscoredPartner::NotComing),
    Some(UnscoredPartner::CanadianOrPr),
];

fn spouse_choice(scenario: &Scenario) -> Option<UnscoredPartner> {
    match scenario.profile.spouse {
        Some(_) => None,
        None => Some(scenario.extras.partner),
    }
}

/// Funds move by this much with ←/→.
const FUNDS_STEP: f64 = 1000.0;

fn step_profile(profile: &Profile, id: FieldId, delta: i8, tables: &LanguageTables) -> Profile {
    let mut changed = *profile;
    let flip = |value: bool| {
        if delta > 0 {
            true
        } else if delta < 0 {
            false
        } else {
            value
        }
    };
    match id {
        FieldId::Age => changed.age = step_count(profile.age, delta, &fields::AGE),
        FieldId::Education => changed.education = step_enum(&Education::ALL, profile.education, delta),
        FieldId::CanadianEducation => {
            changed.canadian_education = step_enum(&CanadianEducation::ALL, profile.canadian_education, delta)
        }
        FieldId::Certificate => {
            changed.certificate_of_qualification = flip(profile.certificate_of_qualification)
        }
        FieldId::Test(slot) => {
            let options = test_options(profile, slot, tables);
            let current = slot.result(profile).map(|r| (r.language(), r.test()));
            let next = step_enum(&options, current, delta);
            let result = next.map(|(language, test)| convert(slot.result(profile), language, test, tables));
            match slot {
                Slot::First => {
                    if let Some(result) = result {
                        changed.first_language = result;
                    }
                }
                Slot::Second => changed.second_language = result,
                Slot::Spouse => {
                    if let Some(spouse) = changed.spouse.as_mut() {
                        spouse.language = result;
                    }
                }
            }
        }
        FieldId::Score(slot, ability) => {
            if let Some(result) = slot.result(profile) {
                let mut units = result.scores();
                units.set(ability, step_score(result, ability, delta, tables));
                let updated = tables.result_from_units(result.language(), result.test(), units);
                set_result(&mut changed, slot, updated);
            }
        }
        FieldId::CanadianExperience => {
            changed.canadian_experience_years = step_count(
                profile.canadian_experience_years,
                delta,
                &fields::EXPERIENCE_YEARS,
            )
        }
        FieldId::ForeignExperience => {
            changed.foreign_experience_years =
                step_count(profile.foreign_experience_years, delta, &fields::EXPERIENCE_YEARS)
        }
        FieldId::SpouseEducation => {
            if let Some(spouse) = changed.spouse.as_mut() {
                spouse.education = step_enum(&Education::ALL, spouse.education, delta);
            }
        }
        FieldId::SpouseExperience => {
            if let Some(spouse) = changed.spouse.as_mut() {
                spouse.canadian_experience_years =
                    step_count(spouse.canadian_experience_years, delta, &fields::EXPERIENCE_YEARS);
            }
        }
        FieldId::Nomination => changed.provincial_nomination = flip(profile.provincial_nomination),
        FieldId::Sibling => changed.sibling_in_canada = flip(profile.sibling_in_canada),
        FieldId::JobOffer => changed.job_offer = step_enum(&JobOffer::ALL, profile.job_offer, delta),
        _ => {}
    }
    changed
}

fn set_result(profile: &mut Profile, slot: Slot, result: LanguageResult) {
    match slot {
        Slot::First => profile.first_language = result,
        Slot::Second => profile.second_language = Some(result),
        Slot::Spouse => {
            if let Some(spouse) = profile.spouse.as_mut() {
                spouse.language = Some(result);
            }
        }
    }
}

/// Whether Enter edits the field by typing (numbers), or cycles it (choices).
pub fn is_typed(id: FieldId) -> bool {
    matches!(
        id,
        FieldId::Age
            | FieldId::Score(..)
            | FieldId::CanadianExperience
            | FieldId::ForeignExperience
            | FieldId::SpouseExperience
            | FieldId::Funds
            | FieldId::FamilyMembers
            | FieldId::StudyYears
            | FieldId::SpouseStudyYears
            | FieldId::BirthDate
            | FieldId::TestDate(_)
            | FieldId::Submitted
            | FieldId::AssessedOn
            | FieldId::WorkPermit
            | FieldId::SpouseAge
    )
}

/// A typed value, checked on the spot. An empty value clears an optional
/// fact back to what the rest of the scenario implies.
pub fn set_text(
    scenario: &Scenario,
    id: FieldId,
    text: &str,
    tables: &LanguageTables,
    known_on: Date,
) -> Result<Scenario, InputError> {
    // The popup names the field: the problem alone says what was expected.
    set_scenario_text(scenario, id, text, tables, known_on).map_err(|problem| InputError::at("", problem))
}

fn set_scenario_text(
    scenario: &Scenario,
    id: FieldId,
    text: &str,
    tables: &LanguageTables,
    known_on: Date,
) -> Result<Scenario, String> {
    let text = text.trim();
    let mut changed = scenario.clone();
    let background = &mut changed.background;
    let whole = |entry: &fields::WholeField| optional_whole(text, entry);
    let day = |entry: &fields::DayField| optional_day(text, entry, known_on);
    let dates = &mut changed.extras.dates;
    match id {
        FieldId::Age if dates.birth_date.is_some() => return Err(crate::t!("age-from-birth-date")),
        FieldId::BirthDate => {
            dates.birth_date = day(&fields::BIRTH_DATE)?;
            if let Some(birth) = dates.birth_date {
                changed.profile.age = crate::engine::dated::age_on(birth, known_on);
            }
        }
        FieldId::TestDate(Slot::First) => dates.first_language_test = day(&fields::TEST_DATES)?,
        FieldId::TestDate(Slot::Second) => dates.second_language_test = day(&fields::TEST_DATES)?,
        FieldId::TestDate(Slot::Spouse) => dates.spouse_language_test = day(&fields::TEST_DATES)?,
        FieldId::Submitted => dates.profile_submitted = day(&fields::PAST_DAYS)?,
        FieldId::AssessedOn => dates.education_assessed_on = day(&fields::PAST_DAYS)?,
        FieldId::WorkPermit => {
            dates.work_permit_expires = day(&fields::PERMIT_END)?;
            let checked =
                crate::scenario::validate::permit_fits(&changed.extras, &changed.background, "profile");
            if let Err(problem) = checked {
                return Err(problem.problem.into());
            }
        }
        FieldId::SpouseAge => changed.extras.spouse.age = whole(&fields::AGE)?,
        FieldId::Funds => {
            background.funds_cad = match text {
                "" => None,
                _ => Some(
                    text.parse::<f64>()
                        .ok()
                        .and_then(|funds| fields::FUNDS.check(funds).ok())
                        .ok_or_else(|| or_nothing(fields::FUNDS.expected()))?,
                ),
            };
        }
        FieldId::FamilyMembers => background.family_members = whole(&fields::FAMILY_MEMBERS)?,
        FieldId::StudyYears => background.canadian_study_years = whole(&fields::STUDY_YEARS)?,
        FieldId::SpouseStudyYears => background.spouse_canadian_study_years = whole(&fields::STUDY_YEARS)?,
        _ => changed.profile = set_profile_text(&scenario.profile, id, text, tables)?,
    }
    Ok(changed)
}

fn set_profile_text(
    profile: &Profile,
    id: FieldId,
    text: &str,
    tables: &LanguageTables,
) -> Result<Profile, String> {
    let number: f64 = text
        .parse()
        .map_err(|_| crate::t!("form-not-a-number", text = format!("{text:?}")))?;
    let whole = |entry: &fields::WholeField| entry.check(number);
    let mut changed = *profile;
    match id {
        FieldId::Age => changed.age = whole(&fields::AGE)?,
        FieldId::CanadianExperience => changed.canadian_experience_years = whole(&fields::EXPERIENCE_YEARS)?,
        FieldId::ForeignExperience => changed.foreign_experience_years = whole(&fields::EXPERIENCE_YEARS)?,
        FieldId::SpouseExperience => {
            let years = whole(&fields::EXPERIENCE_YEARS)?;
            if let Some(spouse) = changed.spouse.as_mut() {
                spouse.canadian_experience_years = years;
            }
        }
        FieldId::Score(slot, ability) => {
            let result = slot
                .result(profile)
                .ok_or_else(|| crate::t!("form-no-test-here"))?;
            let mut scores = result
                .scores()
                .map(|_, units| f64::from(units) / f64::from(result.test().units_per_point()));
            scores.set(ability, number);
            let updated = tables
                .result(result.language(), result.test(), scores)
                .map_err(|_| {
                    crate::t!(
                        "input-expected",
                        expected = tables.expected_score(result.language(), result.test(), ability)
                    )
                })?;
            set_result(&mut changed, slot, updated);
        }
        _ => return Err(crate::t!("form-chosen-with-arrows")),
    }
    Ok(changed)
}

/// A date written another way (`06/15/1994`, `15.06.1994`) is answered with
/// how to write it, and the day it most likely means.
/// "expected ..., or nothing": an empty value clears an optional field.
fn or_nothing(expected: Said) -> String {
    crate::t!("form-expected-or-nothing", expected = expected)
}

/// An optional whole number typed in the form, checked by the registry
/// entry the file check uses.
fn optional_whole(text: &str, entry: &fields::WholeField) -> Result<Option<u8>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<f64>()
        .ok()
        .and_then(|number| entry.check(number).ok())
        .map(Some)
        .ok_or_else(|| or_nothing(entry.expected()))
}

/// An optional day typed in the form: a day written another way is
/// explained, then the registry entry's rule applies.
fn optional_day(text: &str, entry: &fields::DayField, known_on: Date) -> Result<Option<Date>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    as_written(text)?;
    entry.check(text, known_on).map(Some).map_err(String::from)
}

fn as_written(text: &str) -> Result<(), String> {
    if text.parse::<Date>().is_ok() {
        return Ok(());
    }
    let parts: Vec<&str> = text
        .split(['/', '.', '-', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let numbers: Option<Vec<u16>> = parts.iter().map(|p| p.parse::<u16>().ok()).collect();
    let guesses: Vec<Date> = match (parts.as_slice(), numbers.as_deref()) {
        ([y, _, _], Some(&[year, month, day])) if y.len() == 4 => {
            Date::new(year, month as u8, day as u8).into_iter().collect()
        }
        ([_, _, y], Some(&[a, b, year])) if y.len() == 4 => {
            // Month first (06/15/1994) or day first (15.06.1994): both
            // where both are real days, so that nobody is guessed for.
            let mut found: Vec<Date> = [(a, b), (b, a)]
                .into_iter()
                .filter_map(|(month, day)| {
                    Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
                })
                .collect();
            found.dedup();
            found
        }
        _ => Vec::new(),
    };
    Err(match guesses.as_slice() {
        [] => crate::t!("form-date-how"),
        [one] => crate::t!("form-date-as", date = *one),
        [first, second, ..] => crate::t!("form-date-as-either", first = *first, second = *second),
    })
}

#[cfg(test)]
mod written_tests {
    use super::*;

    #[test]
    fn dates_written_another_way_get_the_way_to_write_them() {
        assert_eq!(as_written("1994-06-15"), Ok(()));
        assert_eq!(
            as_written("06/15/1994"),
            Err(crate::t!("form-date-as", date = Date::new(1994, 6, 15).unwrap()))
        );
        assert_eq!(
            as_written("15.06.1994"),
            Err(crate::t!("form-date-as", date = Date::new(1994, 6, 15).unwrap()))
        );
        assert_eq!(
            as_written("05/06/1994"),
            Err(crate::t!(
                "form-date-as-either",
                first = Date::new(1994, 5, 6).unwrap(),
                second = Date::new(1994, 6, 5).unwrap()
            ))
        );
        assert_eq!(as_written("soon"), Err(crate::t!("form-date-how")));
    }
}

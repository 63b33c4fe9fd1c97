//! Properties over random profiles, and a second, deliberately naive
//! implementation of the official tables to compare the engine against.

use crs_planner::engine::eligibility::{Background, Job, Noc, Place, Reference, StatedYears};
use crs_planner::engine::Date;
use crs_planner::engine::{
    Abilities, Ability, CanadianEducation, Education, JobOffer, Language, LanguageResult, LanguageTables,
    LanguageTest, Profile, RuleBook, Section, Spouse,
};
use crs_planner::scenario::{self, Scenario};
use proptest::prelude::*;

fn language_result(language: Language, test: LanguageTest, raw: [u16; 4]) -> LanguageResult {
    let tables = LanguageTables::official();
    let scores = Abilities([0usize, 1, 2, 3]).map(|ability, index| {
        let (min, max) = tables.scale(test, ability);
        let units = min + raw[index] % (max - min + 1);
        f64::from(units) / f64::from(test.units_per_point())
    });
    tables
        .result(language, test, scores)
        .expect("generated scores are on the scale")
}

fn any_result(language: Language) -> impl Strategy<Value = LanguageResult> {
    let tests: Vec<LanguageTest> = LanguageTables::official().tests_for(language).collect();
    (proptest::sample::select(tests), any::<[u16; 4]>())
        .prop_map(move |(test, raw)| language_result(language, test, raw))
}

fn any_language_result() -> impl Strategy<Value = LanguageResult> {
    prop_oneof![any_result(Language::English), any_result(Language::French)]
}

fn any_education() -> impl Strategy<Value = Education> {
    proptest::sample::select(Education::ALL.to_vec())
}

fn any_spouse() -> impl Strategy<Value = Option<Spouse>> {
    proptest::option::of(
        (
            any_education(),
            proptest::option::of(any_language_result()),
            0u8..=8,
        )
            .prop_map(|(education, language, years)| Spouse {
                education,
                language,
                canadian_experience_years: years,
            }),
    )
}

prop_compose! {
    fn any_profile()(
        age in prop_oneof![0u8..=120, 16u8..=46],
        education in any_education(),
        first_is_french in proptest::bool::weighted(0.2),
        first_english in any_result(Language::English),
        first_french in any_result(Language::French),
        has_second in any::<bool>(),
        canadian in prop_oneof![0u8..=60, 0u8..=6],
        foreign in prop_oneof![0u8..=60, 0u8..=4],
        certificate in any::<bool>(),
        canadian_education in proptest::sample::select(CanadianEducation::ALL.to_vec()),
        sibling in any::<bool>(),
        nomination in proptest::bool::weighted(0.2),
        job_offer in proptest::sample::select(JobOffer::ALL.to_vec()),
        spouse in any_spouse(),
    ) -> Profile {
        let (first, second) = if first_is_french { (first_french, first_english) } else { (first_english, first_french) };
        Profile {
            age,
            education,
            first_language: first,
            second_language: has_second.then_some(second),
            canadian_experience_years: canadian,
            foreign_experience_years: foreign,
            certificate_of_qualification: certificate,
            canadian_education,
            sibling_in_canada: sibling,
            provincial_nomination: nomination,
            job_offer,
            spouse,
            occupations: Default::default(),
        }
    }
}

/// Every optional fact filled in, or none: both must survive a round trip.
fn any_job() -> impl Strategy<Value = Job> {
    let nocs: Vec<Noc> = Reference::shipped()
        .occupations
        .all()
        .iter()
        .map(|o| o.code)
        .collect();
    (
        proptest::sample::select(nocs),
        any::<bool>(),
        0i64..4000,
        proptest::option::of(0i64..2000),
        1u8..=168,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(noc, canada, start, length, hours, self_employed, student)| {
            let from = Date::from_days_since_unix_epoch(17_000 + start).unwrap();
            Job {
                noc,
                place: if canada { Place::Canada } else { Place::Abroad },
                from,
                to: length.map(|days| Date::from_days_since_unix_epoch(17_000 + start + days).unwrap()),
                hours_per_week: hours,
                self_employed,
                while_full_time_student: student,
            }
        })
}

fn any_background() -> impl Strategy<Value = Background> {
    (
        proptest::option::of(proptest::collection::vec(any_job(), 0..4)),
        proptest::option::of(prop_oneof![(0u32..100_000).prop_map(f64::from), Just(15_262.5)]),
        proptest::option::of(1u8..=30),
        any::<[bool; 6]>(),
        proptest::option::of(0u8..=20),
        proptest::option::of(0u8..=20),
    )
        .prop_map(
            |(work, funds_cad, family_members, flags, study, spouse_study)| Background {
                work,
                funds_cad,
                family_members,
                authorized_to_work_in_canada: flags[0],
                education_assessed: flags[1],
                canadian_study_years: study,
                spouse_canadian_study_years: spouse_study,
                relative_in_canada: flags[2],
                plans_to_live_in_quebec: flags[3],
                stated_years: StatedYears {
                    canadian: flags[4],
                    foreign: flags[5],
                },
            },
        )
}

fn extras(profile: &Profile, filled: bool) -> crs_planner::engine::Extras {
    use crs_planner::engine::{Dates, Extras, SpouseDetails, WorkSpan};
    if !filled {
        return Extras::default();
    }
    let day = |text: &str| text.parse().unwrap();
    let other = |language: Option<Language>| match language {
        Some(Language::English) => Language::French,
        _ => Language::English,
    };
    let tables = LanguageTables::official();
    Extras {
        dates: Dates {
            birth_date: Some(day("1996-02-29")),
            canadian_experience: Some(WorkSpan {
                since: day("2024-09-01"),
                ongoing: true,
            }),
            foreign_experience: Some(WorkSpan {
                since: day("2019-01-15"),
                ongoing: false,
            }),
            first_language_test: Some(day("2026-03-14")),
            second_language_test: profile.second_language.map(|_| day("2025-12-01")),
            spouse_language_test: profile.spouse.and_then(|s| s.language).map(|_| day("2026-01-20")),
            profile_submitted: Some(day("2026-02-02")),
            education_assessed_on: Some(day("2023-04-20")),
            work_permit_expires: Some(day("2027-09-30")),
        },
        spouse: match profile.spouse {
            // Details of a spouse who is not there are not kept.
            None => SpouseDetails::default(),
            Some(_) => SpouseDetails {
                age: profile.spouse.map(|_| 31),
                foreign_experience_years: 2,
                second_language: profile
                    .spouse
                    .map(|s| tables.plain_levels(other(s.language.map(|l| l.language())), Abilities([7; 4]))),
                certificate_of_qualification: true,
                canadian_education: Some(CanadianEducation::OneOrTwoYear),
            },
        },
        // Without an accompanying spouse, one who earns no points (it
        // round-trips through the file as `spouse_status`).
        partner: match profile.spouse {
            None if profile.age % 3 == 1 => crs_planner::engine::profile::UnscoredPartner::NotComing,
            None if profile.age % 3 == 2 => crs_planner::engine::profile::UnscoredPartner::CanadianOrPr,
            _ => crs_planner::engine::profile::UnscoredPartner::None,
        },
    }
}

const RULE_SETS: [&str; 3] = ["2017-06-06", "2020-10-27", "2025-03-25"];

fn with_level(result: &LanguageResult, ability: Ability, level: u8) -> LanguageResult {
    let tables = LanguageTables::official();
    let mut levels = result.levels().map(|_, l| f64::from(l));
    levels.set(ability, f64::from(level));
    tables
        .result(result.language(), LanguageTest::Clb, levels)
        .expect("levels 0..=12 are valid")
}

/// The official tables written out the plainest way, from the spec text.
mod oracle {
    use super::*;

    pub fn score(p: &Profile, rules: &str) -> (u32, [u32; 4]) {
        let married = p.spouse.is_some();
        let pick = |with: u32, without: u32| if married { with } else { without };
        let age = match p.age {
            18 => pick(90, 99),
            19 => pick(95, 105),
            20..=29 => pick(100, 110),
            30 => pick(95, 105),
            31 => pick(90, 99),
            32 => pick(85, 94),
            33 => pick(80, 88),
            34 => pick(75, 83),
            35 => pick(70, 77),
            36 => pick(65, 72),
            37 => pick(60, 66),
            38 => pick(55, 61),
            39 => pick(50, 55),
            40 => pick(45, 50),
            41 => pick(35, 39),
            42 => pick(25, 28),
            43 => pick(15, 17),
            44 => pick(5, 6),
            _ => 0,
        };
        let education = match p.education {
            Education::LessThanSecondary => 0,
            Education::Secondary => pick(28, 30),
            Education::OneYear => pick(84, 90),
            Education::TwoYear => pick(91, 98),
            Education::Bachelors => pick(112, 120),
            Education::TwoOrMore => pick(119, 128),
            Education::Masters => pick(126, 135),
            Education::Doctoral => pick(140, 150),
        };
        let first_points = |clb: u8| match clb {
            0..=3 => 0,
            4 | 5 => 6,
            6 => pick(8, 9),
            7 => pick(16, 17),
            8 => pick(22, 23),
            9 => pick(29, 31),
            _ => pick(32, 34),
        };
        let first: u32 = p.first_language.levels().0.iter().map(|&c| first_points(c)).sum();
        let second: u32 = p.second_language.map_or(0, |s| {
            let sum: u32 = s
                .levels()
                .0
                .iter()
                .map(|&c| match c {
                    0..=4 => 0,
                    5 | 6 => 1,
                    7 | 8 => 3,
                    _ => 6,
                })
                .sum();
            sum.min(pick(22, 24))
        });
        let canadian = match p.canadian_experience_years {
            0 => 0,
            1 => pick(35, 40),
            2 => pick(46, 53),
            3 => pick(56, 64),
            4 => pick(63, 72),
            _ => pick(70, 80),
        };
        let core = (age + education + first + second + canadian).min(pick(460, 500));

        let spouse = p.spouse.map_or(0, |s| {
            let education = match s.education {
                Education::LessThanSecondary => 0,
                Education::Secondary => 2,
                Education::OneYear => 6,
                Education::TwoYear => 7,
                Education::Bachelors => 8,
                Education::TwoOrMore => 9,
                Education::Masters | Education::Doctoral => 10,
            };
            let language: u32 = s.language.map_or(0, |l| {
                l.levels()
                    .0
                    .iter()
                    .map(|&c| match c {
                        0..=4 => 0,
                        5 | 6 => 1,
                        7 | 8 => 3,
                        _ => 5,
                    })
                    .sum()
            });
            let experience = match s.canadian_experience_years {
                0 => 0,
                1 => 5,
                2 => 7,
                3 => 8,
                4 => 9,
                _ => 10,
            };
            (education + language + experience).min(40)
        });

        let lowest = *p.first_language.levels().0.iter().min().unwrap();
        let language_level = if lowest >= 9 {
            2
        } else if lowest >= 7 {
            1
        } else {
            0
        };
        let canadian_level = match p.canadian_experience_years {
            0 => 0,
            1 => 1,
            _ => 2,
        };
        let education_rank = match p.education {
            Education::LessThanSecondary | Education::Secondary => 0,
            Education::OneYear | Education::TwoYear | Education::Bachelors => 1,
            _ => 2,
        };
        let foreign_rank = match p.foreign_experience_years {
            0 => 0,
            1 | 2 => 1,
            _ => 2,
        };
        let points = |rank: u32, level: u32| match (rank, level) {
            (0, _) | (_, 0) => 0,
            (1, 1) => 13,
            (1, 2) | (2, 1) => 25,
            _ => 50,
        };
        let education_transfer =
            (points(education_rank, language_level) + points(education_rank, canadian_level)).min(50);
        let foreign_transfer =
            (points(foreign_rank, language_level) + points(foreign_rank, canadian_level)).min(50);
        let certificate = if !p.certificate_of_qualification || lowest < 5 {
            0
        } else if lowest < 7 {
            25
        } else {
            50
        };
        let transferability = (education_transfer + foreign_transfer + certificate).min(100);

        let nomination = if p.provincial_nomination { 600 } else { 0 };
        let job = if rules == "2025-03-25" {
            0
        } else {
            match p.job_offer {
                JobOffer::None => 0,
                JobOffer::Teer0Major00 => 200,
                JobOffer::Other => 50,
            }
        };
        let study = match p.canadian_education {
            CanadianEducation::None => 0,
            CanadianEducation::OneOrTwoYear => 15,
            CanadianEducation::ThreeYearOrMore => 30,
        };
        let sibling = if p.sibling_in_canada { 15 } else { 0 };
        let french_result = p.result_in(Language::French);
        let english_result = p.result_in(Language::English);
        let french = match french_result {
            Some(f) if *f.levels().0.iter().min().unwrap() >= 7 => {
                let strong_english = english_result.is_some_and(|e| *e.levels().0.iter().min().unwrap() >= 5);
                match (rules == "2017-06-06", strong_english) {
                    (true, true) => 30,
                    (true, false) => 15,
                    (false, true) => 50,
                    (false, false) => 25,
                }
            }
            _ => 0,
        };
        let additional = (nomination + job + study + sibling + french).min(600);
        let sections = [core, spouse, transferability, additional];
        (sections.iter().sum::<u32>().min(1200), sections)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn engine_agrees_with_the_plain_reading_of_the_tables(profile in any_profile(), set in 0usize..3) {
        let book = RuleBook::shipped();
        let id = RULE_SETS[set];
        let breakdown = book.get(id).unwrap().score(&profile);
        let (total, sections) = oracle::score(&profile, id);
        prop_assert_eq!(u32::from(breakdown.total), total);
        prop_assert_eq!(breakdown.sections.map(u32::from), sections);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn no_section_exceeds_its_cap(profile in any_profile(), set in 0usize..3) {
        let book = RuleBook::shipped();
        let breakdown = book.get(RULE_SETS[set]).unwrap().score(&profile);
        let caps = if profile.spouse.is_some() { [460, 40, 100, 600] } else { [500, 0, 100, 600] };
        for section in Section::ALL {
            let index = section as usize;
            prop_assert!(breakdown.section(section) <= caps[index], "{:?}", section);
            prop_assert!(breakdown.section(section) <= breakdown.section_max(section), "{:?}", section);
        }
        prop_assert!(breakdown.total <= 1200);
        for row in &breakdown.rows {
            prop_assert!(row.points <= i32::from(row.max), "{:?}", row);
        }
    }

    #[test]
    fn each_section_is_the_sum_of_its_rows(profile in any_profile(), set in 0usize..3) {
        let book = RuleBook::shipped();
        let breakdown = book.get(RULE_SETS[set]).unwrap().score(&profile);
        for section in Section::ALL {
            let sum: i32 = breakdown.rows_in(section).map(|row| row.points).sum();
            prop_assert_eq!(sum, i32::from(breakdown.section(section)), "{:?}", section);
        }
        prop_assert_eq!(breakdown.sections.iter().sum::<u16>(), breakdown.total);
        prop_assert_eq!(book.get(RULE_SETS[set]).unwrap().total(&profile), breakdown.total);
    }

    #[test]
    fn raising_any_clb_never_lowers_the_total(
        profile in any_profile(),
        set in 0usize..3,
        slot in 0usize..3,
        ability in proptest::sample::select(Ability::ALL.to_vec()),
    ) {
        let book = RuleBook::shipped();
        let rules = book.get(RULE_SETS[set]).unwrap();
        let before = rules.score(&profile).total;
        let mut raised = profile;
        let target = match slot {
            0 => Some(&mut raised.first_language),
            1 => raised.second_language.as_mut(),
            _ => raised.spouse.as_mut().and_then(|s| s.language.as_mut()),
        };
        if let Some(result) = target {
            let level = result.levels().get(ability);
            if level < 12 {
                *result = with_level(result, ability, level + 1);
                prop_assert!(rules.score(&raised).total >= before);
            }
        }
    }

    #[test]
    fn more_experience_or_education_never_lowers_the_total(profile in any_profile(), set in 0usize..3, what in 0usize..5) {
        let book = RuleBook::shipped();
        let rules = book.get(RULE_SETS[set]).unwrap();
        let before = rules.score(&profile).total;
        let mut better = profile;
        match what {
            0 => better.canadian_experience_years = (better.canadian_experience_years + 1).min(60),
            1 => better.foreign_experience_years = (better.foreign_experience_years + 1).min(60),
            2 => {
                let next = (better.education.index() + 1).min(7);
                better.education = Education::ALL[next];
            }
            3 => better.provincial_nomination = true,
            _ => {
                if let Some(spouse) = better.spouse.as_mut() {
                    spouse.canadian_experience_years = (spouse.canadian_experience_years + 1).min(60);
                }
            }
        }
        prop_assert!(rules.score(&better).total >= before);
    }

    #[test]
    fn saving_and_loading_gives_the_same_scenario(
        profile in any_profile(),
        named in any::<bool>(),
        background in any_background(),
    ) {
        let mut profile = profile;
        if background.work.is_some() {
            // Years left to the work history are counted on a date, not
            // stored: a loaded file holds none until settled.
            if !background.stated_years.canadian {
                profile.canadian_experience_years = 0;
            }
            if !background.stated_years.foreign {
                profile.foreign_experience_years = 0;
            }
        }
        let mut background = background;
        if background.work.is_none() {
            // Without a work history there is nothing to tell the years apart from.
            background.stated_years = StatedYears::default();
        }
        if profile.spouse.is_none() {
            background.spouse_canadian_study_years = None;
        }
        let extras = extras(&profile, named);
        if let Some(birth) = extras.dates.birth_date {
            // A birth date gives the age (the file then leaves it out).
            profile.age = crs_planner::engine::dated::age_on(birth, crs_planner::config::today());
        }
        let original = Scenario {
            name: named.then(|| "What if \"French\" ✓".to_string()),
            notes: named.then(|| "line one\nline two".to_string()),
            profile,
            extras,
            background,
        };
        let text = scenario::to_json(&original);
        let loaded = scenario::parse(&text, "round trip", crate::common::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&loaded, &original);
        prop_assert_eq!(scenario::to_json(&loaded), text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// `score --batch` writes its lines by hand; they must be exactly serde's bytes,
    /// with and without warnings, under every rule set.
    #[test]
    fn batch_writer_writes_exactly_what_serde_writes(profile in any_profile(), set in 0usize..3, warned in any::<bool>()) {
        let book = RuleBook::shipped();
        let rules = &book.sets()[set];
        let breakdown = rules.score(&profile);
        let warnings = if warned {
            vec!["first_language: the IELTS result of 2020-01-01 expired on 2022-01-01".to_string()]
        } else {
            Vec::new()
        };
        let mut fast = Vec::new();
        crs_planner::cli::write_compact(&breakdown, &warnings, &mut fast);
        let json = crs_planner::cli::ScoreJson { warnings, ..crs_planner::cli::ScoreJson::from(&breakdown) };
        let slow = serde_json::to_vec(&json).unwrap();
        prop_assert_eq!(String::from_utf8(fast).unwrap(), String::from_utf8(slow).unwrap());
    }
}

/// Small edits that push a scenario line off the scanner's plain path, or
/// into invalid JSON: each must read exactly as serde reads it.
fn edited(text: &str, edit: usize, at: usize) -> String {
    let at = text
        .char_indices()
        .map(|(i, _)| i)
        .nth(at % text.chars().count().max(1))
        .unwrap_or(0);
    let (head, tail) = text.split_at(at);
    match edit % 13 {
        0 => format!("{head}{}", tail.get(1..).unwrap_or("")),
        1 => format!("{head}\\u0041{tail}"),
        2 => format!("{head}-{tail}"),
        3 => format!("{head}e1{tail}"),
        4 => format!("{head}.{tail}"),
        5 => format!("{head}0{tail}"),
        6 => format!("{head} \t\r\n{tail}"),
        7 => format!("{head}\"age\":30,{tail}"),
        8 => format!("{head}null{tail}"),
        9 => format!("{head}\u{1}{tail}"),
        10 => format!("{head}é{tail}"),
        11 => format!("{head}\"profile\":{{\"age\":30}},{tail}"),
        _ => format!("{head}{{}}{tail}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// The fast scanner reads exactly what serde reads, messages included.
    #[test]
    fn the_fast_scanner_reads_as_serde_reads(profile in any_profile(), filled in any::<bool>(), edits in proptest::collection::vec((0usize..13, any::<usize>()), 0..3), bare in any::<bool>(), background in any_background()) {
        // Work histories too: the scanner reads their arrays.
        let scenario = Scenario { extras: extras(&profile, filled), background, ..Scenario::new(profile) };
        let mut text = scenario::to_json(&scenario);
        if bare {
            let value: serde_json::Value = serde_json::from_str(&text).unwrap();
            text = serde_json::to_string(&value["profile"]).unwrap();
        }
        for (edit, at) in edits {
            text = edited(&text, edit, at);
        }
        let fast = scenario::parse(&text, "line", crate::common::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped);
        let slow = scenario::parse_without_fast_path(&text, "line", crate::common::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped);
        match (fast, slow) {
            (Ok(fast), Ok(slow)) => prop_assert_eq!(fast, slow),
            (Err(fast), Err(slow)) => prop_assert_eq!(fast.to_string(), slow.to_string()),
            (fast, slow) => prop_assert!(false, "{text}\nfast: {fast:?}\nslow: {slow:?}"),
        }
    }
}

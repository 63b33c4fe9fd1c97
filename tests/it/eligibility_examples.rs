//! Worked examples of `../shared/spec/eligibility.md`, each computed by hand:
//! every program's requirements on both sides of their thresholds, every
//! category version, and the three answers.

use crs_planner::engine::eligibility::{self, Answer, Program, Reference, Report};
use crs_planner::engine::Date;
use crs_planner::scenario::{self, Scenario};

const CLB_9: &str =
    r#"{"language": "english", "test": "clb", "listening": 9, "reading": 9, "writing": 9, "speaking": 9}"#;

fn date(text: &str) -> Date {
    text.parse().unwrap()
}

fn job(noc: &str, place: &str, from: &str, to: Option<&str>, hours: u8) -> String {
    let to = to.map_or("null".to_string(), |t| format!("\"{t}\""));
    format!(
        r#"{{"noc": "{noc}", "where": "{place}", "from": "{from}", "to": {to}, "hours_per_week": {hours}}}"#
    )
}

fn work(jobs: &[String]) -> String {
    format!(r#""work": [{}]"#, jobs.join(", "))
}

/// Age 30, master's, CLB 9 in all four, 50,000 CAD, and `fields` (JSON
/// members, each starting a new key).
fn person(fields: &[&str]) -> Scenario {
    let mut text =
        format!(r#"{{"age": 30, "education": "masters", "first_language": {CLB_9}, "funds_cad": 50000"#);
    for field in fields {
        text.push_str(", ");
        text.push_str(field);
    }
    text.push('}');
    scenario::parse(
        &text,
        "example",
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn on(scenario: Scenario, day: &str) -> Report {
    let day = date(day);
    let scenario = scenario.settled(day, crs_planner::engine::eligibility::ReferenceSource::Shipped);
    eligibility::assess(&scenario.situation(), Reference::shipped(), day)
}

fn program(report: &Report, program: Program) -> (Answer, Vec<String>) {
    let answer = report.program(program);
    (
        answer.answer,
        answer.unmet.iter().map(ToString::to_string).collect(),
    )
}

fn category(report: &Report, id: &str) -> (Answer, Vec<String>) {
    let answer = report.category(id).unwrap_or_else(|| panic!("no category {id}"));
    (
        answer.answer,
        answer.unmet.iter().map(ToString::to_string).collect(),
    )
}

const TODAY: &str = "2026-11-29";

#[test]
fn cec_364_days_of_full_time_work_are_a_year_and_363_are_not() {
    // 2025-06-01 to 2026-05-30 is 364 days; 40 hours count as 30: 364 x 30 / 7 = 1,560.
    let year = person(&[&work(&[job(
        "21232",
        "canada",
        "2025-06-01",
        Some("2026-05-30"),
        40,
    )])]);
    assert_eq!(program(&on(year, TODAY), Program::Cec), (Answer::Yes, vec![]));
    let short = person(&[&work(&[job(
        "21232",
        "canada",
        "2025-06-01",
        Some("2026-05-29"),
        40,
    )])]);
    assert_eq!(
        program(&on(short, TODAY), Program::Cec),
        (
            Answer::No,
            vec!["11 of 12 months (1,555 of 1,560 hours) of Canadian skilled work (TEER 0-3) in the last 3 years".to_string()]
        )
    );
}

#[test]
fn cec_language_is_7_for_teer_0_or_1_and_5_for_teer_2_or_3() {
    let clb = |level: u8| {
        format!(
            r#""first_language": {{"language": "english", "test": "clb", "listening": {level}, "reading": {level}, "writing": {level}, "speaking": {level}}}"#
        )
    };
    let year_in = |noc: &str| work(&[job(noc, "canada", "2025-06-01", Some("2026-05-30"), 40)]);
    let make = |level: u8, noc: &str| {
        let text = format!(
            r#"{{"age": 30, "education": "masters", {}, {}}}"#,
            clb(level),
            year_in(noc)
        );
        scenario::parse(
            &text,
            "example",
            crate::common::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped,
        )
        .unwrap()
    };
    // 21232 is TEER 1, 72310 (carpenters) TEER 2.
    assert_eq!(program(&on(make(7, "21232"), TODAY), Program::Cec).0, Answer::Yes);
    let (answer, unmet) = program(&on(make(6, "21232"), TODAY), Program::Cec);
    assert_eq!(answer, Answer::No);
    assert_eq!(
        unmet,
        ["CLB/NCLC 7 in all four abilities (5 with a year of Canadian work in TEER 2 or 3): your best valid result's lowest ability is 6"]
    );
    assert_eq!(program(&on(make(5, "72310"), TODAY), Program::Cec).0, Answer::Yes);
    let (answer, unmet) = program(&on(make(4, "72310"), TODAY), Program::Cec);
    assert_eq!(answer, Answer::No);
    assert_eq!(
        unmet,
        ["CLB/NCLC 5 in all four abilities: your best valid result's lowest ability is 4"]
    );
}

#[test]
fn cec_window_is_the_3_years_up_to_the_day() {
    // 2023-01-01 to 2023-12-30 is 364 days. On 2026-01-01 the window starts
    // 2023-01-01 and holds them all; a day later it loses the first.
    let year = || {
        person(&[&work(&[job(
            "21232",
            "canada",
            "2023-01-01",
            Some("2023-12-30"),
            40,
        )])])
    };
    assert_eq!(program(&on(year(), "2026-01-01"), Program::Cec).0, Answer::Yes);
    assert_eq!(program(&on(year(), "2026-01-02"), Program::Cec).0, Answer::No);
}

#[test]
fn part_time_adds_up_and_hours_above_30_never_count() {
    // 15 hours a week for 728 days: 728 x 15 / 7 = 1,560.
    let half = person(&[&work(&[job(
        "21232",
        "canada",
        "2024-12-01",
        Some("2026-11-28"),
        15,
    )])]);
    assert_eq!(program(&on(half, TODAY), Program::Cec).0, Answer::Yes);
    let half_short = person(&[&work(&[job(
        "21232",
        "canada",
        "2024-12-02",
        Some("2026-11-28"),
        15,
    )])]);
    assert_eq!(program(&on(half_short, TODAY), Program::Cec).0, Answer::No);
    // 60 hours a week for 182 days count as 30: 780 hours, not 1,560.
    let double = person(&[&work(&[job(
        "21232",
        "canada",
        "2026-01-01",
        Some("2026-07-01"),
        60,
    )])]);
    let (answer, unmet) = program(&on(double, TODAY), Program::Cec);
    assert_eq!(answer, Answer::No);
    assert_eq!(
        unmet,
        ["6 of 12 months (780 of 1,560 hours) of Canadian skilled work (TEER 0-3) in the last 3 years"]
    );
}

#[test]
fn overlapping_jobs_add_up_to_the_daily_cap_but_are_not_one_job() {
    // Two 20-hour jobs over the same 364 days: 40 a day counts as 30, 1,560 in all.
    let both = || {
        person(&[&work(&[
            job("21232", "canada", "2025-06-01", Some("2026-05-30"), 20),
            job("21231", "canada", "2025-06-01", Some("2026-05-30"), 20),
        ])])
    };
    assert_eq!(program(&on(both(), TODAY), Program::Cec).0, Answer::Yes);
    // FSW needs one job: each has 364 x 20 / 7 = 1,040 hours.
    let (answer, unmet) = program(&on(both(), TODAY), Program::Fsw);
    assert_eq!(answer, Answer::No);
    assert_eq!(
        unmet[0],
        "8 of 12 months (1,040 of 1,560 hours) in one continuous skilled job (TEER 0-3) in the last 10 years"
    );
}

#[test]
fn self_employment_and_student_work_in_canada_count_for_nothing() {
    let mut self_employed = job("21232", "canada", "2025-06-01", Some("2026-05-30"), 40);
    self_employed.insert_str(self_employed.len() - 1, r#", "self_employed": true"#);
    let report = on(person(&[&work(std::slice::from_ref(&self_employed))]), TODAY);
    assert_eq!(program(&report, Program::Cec).0, Answer::No);
    assert_eq!(report.canadian_years, 0);
    let mut student = job("21232", "canada", "2025-06-01", Some("2026-05-30"), 40);
    student.insert_str(student.len() - 1, r#", "while_full_time_student": true"#);
    assert_eq!(
        program(&on(person(&[&work(&[student])]), TODAY), Program::Cec).0,
        Answer::No
    );
    // Self-employed abroad counts for FSW's one job.
    let mut abroad = job("21232", "abroad", "2025-06-01", Some("2026-05-30"), 40);
    abroad.insert_str(abroad.len() - 1, r#", "self_employed": true"#);
    let report = on(person(&[&work(&[abroad])]), TODAY);
    assert_eq!(program(&report, Program::Fsw).0, Answer::Yes);
    assert_eq!(report.foreign_years, 1);
}

#[test]
fn fsw_continuity_breaks_on_a_single_day_between_jobs() {
    // 2024-01-01..06-30 is 182 days (a leap year), 07-01..12-31 184: one job of 366 days.
    let joined = person(&[&work(&[
        job("21232", "abroad", "2024-01-01", Some("2024-06-30"), 40),
        job("21232", "abroad", "2024-07-01", Some("2024-12-31"), 40),
    ])]);
    assert_eq!(program(&on(joined, TODAY), Program::Fsw).0, Answer::Yes);
    let gap = person(&[&work(&[
        job("21232", "abroad", "2024-01-01", Some("2024-06-30"), 40),
        job("21232", "abroad", "2024-07-02", Some("2024-12-31"), 40),
    ])]);
    let (answer, unmet) = program(&on(gap, TODAY), Program::Fsw);
    assert_eq!(answer, Answer::No);
    // The longer piece: 183 days x 30 / 7 = 784.3 hours.
    assert_eq!(
        unmet[0],
        "6 of 12 months (784 of 1,560 hours) in one continuous skilled job (TEER 0-3) in the last 10 years"
    );
}

#[test]
fn fsw_needs_a_skilled_job_and_a_10_year_window() {
    // TEER 4 (home support workers) is not skilled.
    let unskilled = person(&[&work(&[job(
        "44101",
        "abroad",
        "2020-01-01",
        Some("2022-12-31"),
        40,
    )])]);
    assert_eq!(program(&on(unskilled, TODAY), Program::Fsw).0, Answer::No);
    // 2016-01-01..2016-12-30 (365 days, leap year): in the window on 2026-01-01, not by 2026-12-30.
    let old = || {
        person(&[&work(&[job(
            "21232",
            "abroad",
            "2016-01-01",
            Some("2016-12-30"),
            40,
        )])])
    };
    assert_eq!(program(&on(old(), "2026-01-01"), Program::Fsw).0, Answer::Yes);
    assert_eq!(program(&on(old(), "2026-12-30"), Program::Fsw).0, Answer::No);
}

/// CLB 9 (24) + age 30 (12) + one year (9) + the education given.
fn grid_case(education: &str) -> Scenario {
    let text = format!(
        r#"{{"age": 30, "education": "{education}", "first_language": {CLB_9}, "funds_cad": 50000, {}}}"#,
        work(&[job("21232", "abroad", "2025-06-01", Some("2026-05-30"), 40)])
    );
    scenario::parse(
        &text,
        "example",
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap()
}

#[test]
fn fsw_67_points_pass_and_66_do_not() {
    // Two or more credentials: 22 + 24 + 12 + 9 = 67.
    let report = on(grid_case("two_or_more"), TODAY);
    let fsw = report.program(Program::Fsw);
    assert_eq!(fsw.grid.as_ref().unwrap().total, 67);
    assert_eq!(fsw.answer, Answer::Yes);
    // Bachelor's: 21 + 24 + 12 + 9 = 66.
    let report = on(grid_case("bachelors"), TODAY);
    assert_eq!(
        program(&report, Program::Fsw),
        (
            Answer::No,
            vec!["67 of 100 points on the FSW grid: you have 66".to_string()]
        )
    );
}

#[test]
fn fsw_grid_factor_by_factor() {
    let text = format!(
        r#"{{"age": 37, "education": "two_year",
            "first_language": {{"language": "english", "test": "clb", "listening": 9, "reading": 8, "writing": 7, "speaking": 10}},
            "second_language": {{"language": "french", "test": "clb", "listening": 5, "reading": 5, "writing": 5, "speaking": 5}},
            "job_offer": "other", "sibling_in_canada": true, "funds_cad": 0, {}}}"#,
        work(&[job("21232", "abroad", "2021-01-01", Some("2025-12-31"), 40)])
    );
    let report = on(
        scenario::parse(
            &text,
            "example",
            crate::common::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped,
        )
        .unwrap(),
        TODAY,
    );
    let grid = report.program(Program::Fsw).grid.clone().unwrap();
    let points: Vec<(&str, u8, u8)> = grid
        .rows
        .iter()
        .map(|r| (r.factor.key(), r.points, r.max))
        .collect();
    // Language 6 + 5 + 4 + 6 = 21, + 4 for French CLB 5 in all four = 25.
    // Five years (1,826 days x 30 / 7 = 7,825 hours) = 5 whole years: 13.
    // Age 37: 10. Arranged employment 10. Adaptability: offer 5 + sibling 5 = 10.
    assert_eq!(
        points,
        [
            ("language", 25, 28),
            ("education", 19, 25),
            ("experience", 13, 15),
            ("age", 10, 12),
            ("arranged_employment", 10, 10),
            ("adaptability", 10, 10)
        ]
    );
    assert_eq!(grid.total, 87);
}

#[test]
fn fsw_takes_the_second_language_as_first_when_only_it_has_clb_7() {
    let text = format!(
        r#"{{"age": 30, "education": "masters",
            "first_language": {{"language": "english", "test": "clb", "listening": 6, "reading": 6, "writing": 6, "speaking": 6}},
            "second_language": {{"language": "french", "test": "clb", "listening": 9, "reading": 9, "writing": 9, "speaking": 9}},
            "funds_cad": 50000, {}}}"#,
        work(&[job("21232", "abroad", "2025-06-01", Some("2026-05-30"), 40)])
    );
    let report = on(
        scenario::parse(
            &text,
            "example",
            crate::common::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped,
        )
        .unwrap(),
        TODAY,
    );
    let grid = report.program(Program::Fsw).grid.clone().unwrap();
    // French as first: 24; English CLB 6 as second: 4 (CLB 5+ in all four).
    assert_eq!(grid.rows[0].points, 28);
    assert_eq!(report.program(Program::Fsw).answer, Answer::Yes);
}

#[test]
fn fsw_funds_one_dollar_short_and_the_waiver() {
    let year = work(&[job("21232", "abroad", "2025-06-01", Some("2026-05-30"), 40)]);
    let with_funds = |amount: &str| {
        let text = format!(
            r#"{{"age": 30, "education": "masters", "first_language": {CLB_9}, "funds_cad": {amount}, {year}}}"#
        );
        scenario::parse(
            &text,
            "example",
            crate::common::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped,
        )
        .unwrap()
    };
    // A family of one needs 15,263 from 2025-07-07.
    assert_eq!(
        program(&on(with_funds("15263"), TODAY), Program::Fsw).0,
        Answer::Yes
    );
    assert_eq!(
        program(&on(with_funds("15262"), TODAY), Program::Fsw),
        (
            Answer::No,
            vec!["proof of funds: 15,263 CAD for a family of 1; you have 15,262 (1 short)".to_string()]
        )
    );
    // On 2025-07-06 the 2024 table (14,690) applies (the job then has to be an earlier one).
    let earlier = work(&[job("21232", "abroad", "2023-06-01", Some("2024-05-30"), 40)]);
    let text = format!(
        r#"{{"age": 30, "education": "masters", "first_language": {CLB_9}, "funds_cad": 14690, {earlier}}}"#
    );
    assert_eq!(
        program(
            &on(
                scenario::parse(
                    &text,
                    "example",
                    crate::common::today(),
                    crs_planner::engine::eligibility::ReferenceSource::Shipped
                )
                .unwrap(),
                "2025-07-06"
            ),
            Program::Fsw
        )
        .0,
        Answer::Yes
    );
    let text = text.replace("14690", "14689");
    assert_eq!(
        program(
            &on(
                scenario::parse(
                    &text,
                    "example",
                    crate::common::today(),
                    crs_planner::engine::eligibility::ReferenceSource::Shipped
                )
                .unwrap(),
                "2025-07-06"
            ),
            Program::Fsw
        )
        .0,
        Answer::No
    );
    // Not given: unknown, naming the field.
    let text = format!(r#"{{"age": 30, "education": "masters", "first_language": {CLB_9}, {year}}}"#);
    let (answer, unmet) = program(
        &on(
            scenario::parse(
                &text,
                "example",
                crate::common::today(),
                crs_planner::engine::eligibility::ReferenceSource::Shipped,
            )
            .unwrap(),
            TODAY,
        ),
        Program::Fsw,
    );
    assert_eq!(answer, Answer::Unknown);
    assert!(unmet[0]
        .starts_with("settlement funds not given (Funds (CAD)): FSW needs 15,263 CAD for a family of 1"));
    // Allowed to work in Canada with a job offer: no funds needed.
    let text = format!(
        r#"{{"age": 30, "education": "masters", "first_language": {CLB_9}, "job_offer": "other", "authorized_to_work_in_canada": true, {year}}}"#
    );
    assert_eq!(
        program(
            &on(
                scenario::parse(
                    &text,
                    "example",
                    crate::common::today(),
                    crs_planner::engine::eligibility::ReferenceSource::Shipped
                )
                .unwrap(),
                TODAY
            ),
            Program::Fsw
        )
        .0,
        Answer::Yes
    );
}

#[test]
fn a_spouse_makes_a_family_of_two_unless_the_file_says_otherwise() {
    let year = work(&[job("21232", "abroad", "2025-06-01", Some("2026-05-30"), 40)]);
    let spouse = r#""spouse": {"education": "secondary"}"#;
    let text = format!(
        r#"{{"age": 30, "education": "masters", "first_language": {CLB_9}, "funds_cad": 19000, {spouse}, {year}}}"#
    );
    let (answer, unmet) = program(
        &on(
            scenario::parse(
                &text,
                "example",
                crate::common::today(),
                crs_planner::engine::eligibility::ReferenceSource::Shipped,
            )
            .unwrap(),
            TODAY,
        ),
        Program::Fsw,
    );
    assert_eq!(answer, Answer::No);
    assert_eq!(
        unmet,
        ["proof of funds: 19,001 CAD for a family of 2; you have 19,000 (1 short)"]
    );
    let text = format!(
        r#"{{"age": 30, "education": "masters", "first_language": {CLB_9}, "funds_cad": 19000, "family_members": 1, {spouse}, {year}}}"#
    );
    assert_eq!(
        program(
            &on(
                scenario::parse(
                    &text,
                    "example",
                    crate::common::today(),
                    crs_planner::engine::eligibility::ReferenceSource::Shipped
                )
                .unwrap(),
                TODAY
            ),
            Program::Fsw
        )
        .0,
        Answer::Yes
    );
}

#[test]
fn fsw_education_must_be_secondary_and_assessed_unless_canadian() {
    let year = work(&[job("21232", "abroad", "2025-06-01", Some("2026-05-30"), 40)]);
    let make = |education: &str, more: &str| {
        let text = format!(
            r#"{{"age": 30, "education": "{education}", "first_language": {CLB_9}, "funds_cad": 50000, "sibling_in_canada": true, {year}{more}}}"#
        );
        on(
            scenario::parse(
                &text,
                "example",
                crate::common::today(),
                crs_planner::engine::eligibility::ReferenceSource::Shipped,
            )
            .unwrap(),
            TODAY,
        )
    };
    let (answer, unmet) = program(&make("less_than_secondary", ""), Program::Fsw);
    assert_eq!(answer, Answer::No);
    assert!(unmet.contains(&"a secondary school diploma or more".to_string()));
    let (answer, unmet) = program(&make("masters", r#", "education_assessed": false"#), Program::Fsw);
    assert_eq!(answer, Answer::No);
    assert_eq!(
        unmet,
        ["an educational credential assessment (ECA) of a foreign credential (ECA (education) is set to no)"]
    );
    let canadian = make(
        "masters",
        r#", "education_assessed": false, "canadian_education": "one_or_two_year""#,
    );
    assert_eq!(program(&canadian, Program::Fsw).0, Answer::Yes);
}

#[test]
fn an_expired_result_counts_as_none() {
    let year = work(&[job("21232", "canada", "2025-06-01", Some("2026-05-30"), 40)]);
    let text = format!(
        r#"{{"age": 30, "education": "masters", "first_language": {{"language": "english", "test": "clb", "listening": 9, "reading": 9, "writing": 9, "speaking": 9, "test_date": "2024-11-29"}}, {year}}}"#
    );
    let expiring = || {
        scenario::parse(
            &text,
            "example",
            crate::common::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped,
        )
        .unwrap()
    };
    assert_eq!(
        program(&on(expiring(), "2026-11-28"), Program::Cec).0,
        Answer::Yes
    );
    let (answer, unmet) = program(&on(expiring(), "2026-11-29"), Program::Cec);
    assert_eq!(answer, Answer::No);
    assert!(unmet[0].ends_with("you have no valid result"), "{unmet:?}");
}

#[test]
fn fst_needs_two_years_in_one_trade_in_five_and_an_offer_or_certificate() {
    // 72310 carpenters: 2024-12-01..2026-11-28 is 728 days: 3,120 hours.
    let make = |from: &str, more: &str| {
        let text = format!(
            r#"{{"age": 30, "education": "secondary", "funds_cad": 50000,
                "first_language": {{"language": "english", "test": "clb", "listening": 5, "reading": 4, "writing": 4, "speaking": 5}},
                {}{more}}}"#,
            work(&[job("72310", "abroad", from, Some("2026-11-28"), 40)])
        );
        on(
            scenario::parse(
                &text,
                "example",
                crate::common::today(),
                crs_planner::engine::eligibility::ReferenceSource::Shipped,
            )
            .unwrap(),
            TODAY,
        )
    };
    assert_eq!(
        program(
            &make("2024-12-01", r#", "certificate_of_qualification": true"#),
            Program::Fst
        ),
        (Answer::Yes, vec![])
    );
    let (answer, unmet) = program(&make("2024-12-02", r#", "job_offer": "other""#), Program::Fst);
    assert_eq!(answer, Answer::No);
    assert_eq!(
        unmet,
        ["23 of 24 months (3,115 of 3,120 hours) in one skilled trade in the last 5 years"]
    );
    let (answer, unmet) = program(&make("2024-12-01", ""), Program::Fst);
    assert_eq!(answer, Answer::No);
    assert_eq!(
        unmet,
        ["a job offer or a certificate of qualification in the trade from a Canadian authority"]
    );
}

#[test]
fn fst_language_is_5_5_4_4() {
    let make = |reading: u8| {
        let text = format!(
            r#"{{"age": 30, "education": "secondary", "funds_cad": 50000, "certificate_of_qualification": true,
                "first_language": {{"language": "english", "test": "clb", "listening": 5, "reading": {reading}, "writing": 4, "speaking": 5}},
                {}}}"#,
            work(&[job("72310", "abroad", "2023-01-01", Some("2026-11-28"), 40)])
        );
        on(
            scenario::parse(
                &text,
                "example",
                crate::common::today(),
                crs_planner::engine::eligibility::ReferenceSource::Shipped,
            )
            .unwrap(),
            TODAY,
        )
    };
    assert_eq!(program(&make(4), Program::Fst).0, Answer::Yes);
    assert_eq!(program(&make(3), Program::Fst).0, Answer::No);
}

#[test]
fn without_a_work_history_the_answers_are_unknown() {
    let report = on(person(&[]), TODAY);
    assert_eq!(report.in_pool, Answer::Unknown);
    assert_eq!(
        program(&report, Program::Cec),
        (
            Answer::Unknown,
            vec!["Work history is empty: add your jobs to know CEC (its Canadian hours)".to_string()]
        )
    );
    // A requirement that fails decides: 59 grid points (24 + 23 + 12 + 0
    // stated years) make FSW a no whatever the work history would say.
    assert_eq!(
        program(&report, Program::Fsw),
        (
            Answer::No,
            vec![
                "Work history is empty: add your jobs to know FSW (its one continuous skilled job)"
                    .to_string(),
                "67 of 100 points on the FSW grid: you have 59".to_string()
            ]
        )
    );
    // No French result means no.
    assert_eq!(category(&report, "french").0, Answer::No);
    assert_eq!(category(&report, "healthcare").0, Answer::Unknown);
    // FST fails on its offer or certificate; CEC is unknown: the pool is unknown.
    assert_eq!(program(&report, Program::Fst).0, Answer::No);
}

#[test]
fn cec_with_clb_5_or_6_and_no_work_history_is_unknown() {
    let text = r#"{"age": 30, "education": "masters", "canadian_experience_years": 2,
        "first_language": {"language": "english", "test": "clb", "listening": 6, "reading": 6, "writing": 6, "speaking": 6}}"#;
    let (answer, _) = program(
        &on(
            scenario::parse(
                text,
                "example",
                crate::common::today(),
                crs_planner::engine::eligibility::ReferenceSource::Shipped,
            )
            .unwrap(),
            TODAY,
        ),
        Program::Cec,
    );
    assert_eq!(answer, Answer::Unknown);
}

#[test]
fn quebec_closes_every_program_and_category() {
    let report = on(
        person(&[
            &work(&[job("31102", "canada", "2023-01-01", None, 40)]),
            r#""plans_to_live_in_quebec": true"#,
        ]),
        TODAY,
    );
    assert_eq!(report.in_pool, Answer::No);
    for p in Program::ALL {
        assert_eq!(report.program(p).answer, Answer::No);
    }
    assert_eq!(category(&report, "healthcare").0, Answer::No);
    assert_eq!(
        category(&report, "healthcare").1,
        ["in the pool: no program (FSW, CEC, FST) applies"]
    );
}

#[test]
fn categories_of_2023_and_2025_need_six_continuous_months() {
    // 31102 (family physicians) abroad, 2024-07-01..2024-12-29: 182 days, 780 hours.
    let six = || {
        person(&[&work(&[job(
            "31102",
            "abroad",
            "2024-07-01",
            Some("2024-12-29"),
            40,
        )])])
    };
    let report = on(six(), "2025-06-01");
    assert_eq!(report.categories.as_ref().unwrap().version, "2025");
    // In the pool? One job of 780 hours is not FSW's year, so no: the category says so.
    assert_eq!(category(&report, "healthcare").0, Answer::No);
    assert_eq!(
        category(&report, "healthcare").1,
        ["in the pool: no program (FSW, CEC, FST) applies"]
    );
    // With a year of other skilled work abroad the person is in the pool (FSW).
    let pooled = |to: &str| {
        person(&[&work(&[
            job("21232", "abroad", "2022-01-01", Some("2023-12-31"), 40),
            job("31102", "abroad", "2024-07-01", Some(to), 40),
        ])])
    };
    assert_eq!(
        category(&on(pooled("2024-12-29"), "2025-06-01"), "healthcare").0,
        Answer::Yes
    );
    let (answer, unmet) = category(&on(pooled("2024-12-28"), "2025-06-01"), "healthcare");
    assert_eq!(answer, Answer::No);
    assert_eq!(
        unmet,
        ["5 of 6 months (775 of 780 hours) of continuous work in one listed occupation in the last 3 years"]
    );
    // The 2023 list on 2024-12-30: the same six months qualify.
    assert_eq!(
        category(&on(pooled("2024-12-29"), "2024-12-30"), "healthcare").0,
        Answer::Yes
    );
}

#[test]
fn categories_of_2026_need_12_months_in_one_listed_occupation_not_continuous() {
    // Two stints of 182 days in 31102 with a gap: 1,560 hours in all.
    let stints = person(&[&work(&[
        job("21232", "abroad", "2020-01-01", Some("2022-12-31"), 40),
        job("31102", "abroad", "2024-01-01", Some("2024-06-30"), 40),
        job("31102", "abroad", "2025-01-01", Some("2025-07-01"), 40),
    ])]);
    let report = on(stints, TODAY);
    assert_eq!(report.categories.as_ref().unwrap().version, "2026");
    assert_eq!(category(&report, "healthcare").0, Answer::Yes);
    // Physicians count Canadian work only.
    let (answer, unmet) = category(&report, "physicians");
    assert_eq!(answer, Answer::No);
    assert_eq!(
        unmet,
        ["0 of 12 months (0 of 1,560 hours) in one listed occupation, in Canada in the last 3 years"]
    );
    // One stint alone is 6 months: not enough under the 2026 rule.
    let one = person(&[&work(&[
        job("21232", "abroad", "2020-01-01", Some("2022-12-31"), 40),
        job("31102", "abroad", "2025-01-01", Some("2025-07-01"), 40),
    ])]);
    assert_eq!(category(&on(one, TODAY), "healthcare").0, Answer::No);
}

#[test]
fn physicians_are_listed_from_2025_12_08_and_count_canadian_work() {
    let doctor = || person(&[&work(&[job("31102", "canada", "2024-06-01", None, 40)])]);
    let before = on(doctor(), "2025-12-07");
    assert!(before.category("physicians").is_none());
    let after = on(doctor(), "2025-12-08");
    assert_eq!(category(&after, "physicians").0, Answer::Yes);
    assert_eq!(category(&on(doctor(), TODAY), "physicians").0, Answer::Yes);
}

#[test]
fn french_needs_nclc_7_in_all_four_of_a_valid_result() {
    let make = |speaking: u16| {
        format!(
            r#""second_language": {{"language": "french", "test": "tef", "listening": 434, "reading": 434, "writing": 428, "speaking": {speaking}}}"#
        )
    };
    // TEF Canada: L 434, R 434, W 428, S 456 are NCLC 7; speaking 455 is NCLC 6.
    let yes = on(
        person(&[
            &make(456),
            &work(&[job("21232", "canada", "2024-01-01", None, 40)]),
        ]),
        TODAY,
    );
    assert_eq!(category(&yes, "french").0, Answer::Yes);
    let no = on(
        person(&[
            &make(455),
            &work(&[job("21232", "canada", "2024-01-01", None, 40)]),
        ]),
        TODAY,
    );
    assert_eq!(
        category(&no, "french"),
        (
            Answer::No,
            vec!["NCLC 7 in all four abilities of a valid French result: your best French result's lowest ability is 6".to_string()]
        )
    );
}

#[test]
fn military_is_never_known_and_no_category_exists_before_2023_05_31() {
    let pooled = on(
        person(&[&work(&[job("21232", "canada", "2024-01-01", None, 40)])]),
        TODAY,
    );
    assert_eq!(
        category(&pooled, "military"),
        (
            Answer::Unknown,
            vec![
                "it needs a job offer from the Canadian Armed Forces, which a scenario does not record"
                    .to_string()
            ]
        )
    );
    let early = on(
        person(&[&work(&[job("21232", "canada", "2020-01-01", None, 40)])]),
        "2023-05-30",
    );
    assert!(early.categories.is_none());
    assert_eq!(early.in_pool, Answer::Yes);
}

#[test]
fn experience_years_come_from_the_work_history_unless_the_file_states_them() {
    // 2019-12-01..2026-11-29 abroad: 2,556 days x 30 / 7 = 10,954 hours = 7 years (7 x 1,560 = 10,920).
    let counted = on(
        person(&[&work(&[job("21232", "abroad", "2019-12-01", None, 40)])]),
        TODAY,
    );
    assert_eq!((counted.canadian_years, counted.foreign_years), (0, 7));
    assert_eq!(counted.years_disagreement(), None);
    let stated = on(
        person(&[
            &work(&[job("21232", "abroad", "2019-12-01", None, 40)]),
            r#""foreign_experience_years": 3"#,
        ]),
        TODAY,
    );
    assert_eq!(stated.foreign_years, 3);
    assert_eq!(
        stated.years_disagreement().unwrap(),
        "foreign experience: the file says 3 years, the work history counts 7"
    );
    // An empty list still counts: zero years, whatever the default would say.
    let empty = on(person(&[r#""work": []"#]), TODAY);
    assert_eq!(empty.program(Program::Cec).answer, Answer::No);
}

#[test]
fn an_ongoing_job_says_when_it_will_meet_the_requirement() {
    // 2026-03-01 to 2026-11-29 is 274 days: 1,174 hours; 364 days end on 2027-02-27.
    let report = on(
        person(&[&work(&[job("21232", "canada", "2026-03-01", None, 40)])]),
        TODAY,
    );
    let (answer, unmet) = program(&report, Program::Cec);
    assert_eq!(answer, Answer::No);
    assert_eq!(
        unmet,
        ["9 of 12 months (1,174 of 1,560 hours) of Canadian skilled work (TEER 0-3) in the last 3 years; 12 on 2027-02-27 if your job goes on"]
    );
}

#[test]
fn adaptability_is_capped_at_10_and_spouse_items_need_a_spouse() {
    let text = format!(
        r#"{{"age": 30, "education": "masters", "first_language": {CLB_9}, "funds_cad": 50000,
            "relative_in_canada": true, "canadian_study_years": 2,
            "spouse": {{"education": "secondary", "canadian_experience_years": 1,
                        "language": {{"language": "english", "test": "clb", "listening": 4, "reading": 4, "writing": 4, "speaking": 4}}}},
            {}}}"#,
        work(&[job("21232", "canada", "2025-06-01", Some("2026-05-30"), 40)])
    );
    let report = on(
        scenario::parse(
            &text,
            "example",
            crate::common::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped,
        )
        .unwrap(),
        TODAY,
    );
    let grid = report.program(Program::Fsw).grid.clone().unwrap();
    assert_eq!(grid.rows[5].points, 10);
    // Without the Canadian year, relative 5 + study 5 + spouse 5 + 5 = 20, still 10.
    let single = format!(
        r#"{{"age": 30, "education": "masters", "first_language": {CLB_9}, "spouse": {{"education": "secondary"}}, {}}}"#,
        work(&[job("21232", "abroad", "2025-06-01", Some("2026-05-30"), 40)])
    );
    let report = on(
        scenario::parse(
            &single,
            "example",
            crate::common::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped,
        )
        .unwrap(),
        TODAY,
    );
    assert_eq!(
        report.program(Program::Fsw).grid.as_ref().unwrap().rows[5].points,
        0
    );
}

/// A round's reasons are facts until shown: one value, worded in the
/// language in use when it is shown (the planner's `L` redraws them).
#[test]
fn a_reason_is_worded_when_shown_in_the_language_then_in_use() {
    use crs_planner::engine::eligibility::Reason;
    let reason = Reason::NoNomination;
    crs_planner::i18n::set_language("fr");
    let french = reason.to_string();
    crs_planner::i18n::set_language("en");
    let english = reason.to_string();
    assert_eq!(french, "une désignation provinciale");
    assert_eq!(english, "a provincial nomination");
    assert_eq!(
        serde_json::to_string(&reason).unwrap(),
        "\"a provincial nomination\""
    );
}

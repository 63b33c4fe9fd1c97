//! Any bytes as `score --batch` input: one output line per input line, never
//! a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    static BOOK: std::sync::OnceLock<crs_planner::engine::RuleBook> = std::sync::OnceLock::new();
    let rules = BOOK.get_or_init(crs_planner::engine::RuleBook::shipped).sets().last().unwrap();
    let mut output = Vec::new();
    let date = "2026-01-01".parse().unwrap();
    let summary = crs_planner::cli::score_lines(rules, crs_planner::config::today(), date, crs_planner::engine::eligibility::ReferenceSource::Shipped, bytes, &mut output).unwrap();
    let lines = output.iter().filter(|&&b| b == b'\n').count() as u64;
    assert_eq!(lines, summary.scored + summary.failed);
});

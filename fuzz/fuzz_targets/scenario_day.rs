//! Any scenario the format accepts, on any day from 1900 to 2200: through
//! eligibility, the timeline and the text of both, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

use crs_planner::engine::eligibility::{self, Reference};
use crs_planner::engine::{Date, LanguageTables, RuleBook};

fuzz_target!(|bytes: &[u8]| {
    if bytes.len() < 2 {
        return;
    }
    let (day, text) = bytes.split_at(2);
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let Ok(scenario) = crs_planner::scenario::parse(text, "fuzz", crs_planner::config::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped) else {
        return;
    };
    static BOOK: std::sync::OnceLock<RuleBook> = std::sync::OnceLock::new();
    let book = BOOK.get_or_init(RuleBook::shipped);
    // 1900-01-01 plus up to 65,535 days: to 2079; doubled to reach 2200.
    let start = Date::new(1900, 1, 1).unwrap();
    let date = start.plus_days(i64::from(u16::from_le_bytes([day[0], day[1]])) * 2);
    let dated = scenario.clone().on_date(date, date, crs_planner::engine::eligibility::ReferenceSource::Shipped);
    let report = eligibility::assess(&dated.situation(), Reference::shipped(), date);
    let said = crs_planner::cli::eligibility::render("fuzz", &report);
    assert!(!said.is_empty());
    let timeline = crs_planner::advisor::project(
        &dated.situation(),
        Reference::shipped(),
        book,
        date,
        date,
        36,
        LanguageTables::official(),
    );
    let said = crs_planner::cli::timeline::render("fuzz", &timeline);
    assert!(!said.is_empty());
});

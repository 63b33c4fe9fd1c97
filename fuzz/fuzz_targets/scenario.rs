//! Any bytes as a scenario file: a scenario or one clear message, never a
//! panic; and the fast scanner agrees with serde on every input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let fast = crs_planner::scenario::parse(text, "fuzz", crs_planner::config::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped);
    let slow = crs_planner::scenario::parse_without_fast_path(text, "fuzz", crs_planner::config::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped);
    match (&fast, &slow) {
        (Ok(a), Ok(b)) => assert_eq!(a, b),
        (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
        _ => panic!("the fast path and serde disagree on {text:?}: {fast:?} / {slow:?}"),
    }
    if let Ok(scenario) = fast {
        // What loads, saves and loads back the same.
        let again = crs_planner::scenario::parse(&crs_planner::scenario::to_json(&scenario), "again", crs_planner::config::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped);
        assert_eq!(again.ok(), Some(scenario));
    }
});

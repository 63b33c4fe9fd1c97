//! Any bytes as a rules file: a rule set or one message with its key path;
//! a rule set accepted always scores without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    if let Ok(rules) = crs_planner::engine::RuleSet::from_json(text) {
        let example = include_str!("../../assets/examples/baseline.json");
        let profile = crs_planner::scenario::parse(example, "example", crs_planner::config::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped).unwrap().profile;
        let breakdown = rules.score(&profile);
        assert!(breakdown.total <= rules.max_total());
    }
});

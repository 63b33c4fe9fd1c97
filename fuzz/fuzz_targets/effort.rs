//! Any bytes as an effort table: applied or refused with a message.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let mut table = crs_planner::advisor::EffortTable::shipped();
    let _ = table.apply_json(text, false);
    let mut fresh = crs_planner::advisor::EffortTable::shipped();
    let _ = fresh.apply_json(text, true);
});

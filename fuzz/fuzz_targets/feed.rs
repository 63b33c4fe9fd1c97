//! Any bytes as IRCC's feed: rounds or one message naming the round and
//! field; positions in an accepted feed never overflow.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    if let Ok(feed) = crs_planner::draws::Feed::parse(text) {
        if let Some((round, distribution)) = feed.latest_distribution() {
            for score in [0, 450, 1200] {
                let position = crs_planner::draws::pool_position(&round.number, distribution, score);
                assert!(position.ahead <= position.total);
            }
        }
    }
});

//! Looks for the slowest plan searches: starts from random profiles and
//! targets, then climbs, keeping a change (a field taken from another random
//! profile, or a target moved) whenever the search takes longer. Prints the
//! slowest cases found, as JSON lines ready for `benches/planner.rs`.
//!
//! `cargo run --release --example plan_adversary -- [rounds] [seed]`

use std::time::Instant;

use crs_planner::advisor::{plan, EffortTable};
use crs_planner::engine::{LanguageTables, RuleBook};
use serde_json::Value;

#[path = "../benches/support/profiles.rs"]
mod profiles;

fn time_of(line: &str, target: u16, repeats: u32) -> Option<f64> {
    static BOOK: std::sync::OnceLock<RuleBook> = std::sync::OnceLock::new();
    static EFFORT: std::sync::OnceLock<EffortTable> = std::sync::OnceLock::new();
    let rules = BOOK.get_or_init(RuleBook::shipped).get("2025-03-25").ok()?;
    let effort = EFFORT.get_or_init(EffortTable::shipped);
    let profile = crs_planner::scenario::parse(
        line,
        "adversary",
        crs_planner::config::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .ok()?
    .profile;
    let tables = LanguageTables::official();
    let mut best = f64::MAX;
    for _ in 0..repeats {
        let start = Instant::now();
        std::hint::black_box(plan(&profile, target, None, rules, tables, effort));
        best = best.min(start.elapsed().as_secs_f64() * 1e3);
    }
    Some(best)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let rounds: u32 = args.next().and_then(|n| n.parse().ok()).unwrap_or(2000);
    let seed: u64 = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let mut rng = profiles::Lcg(seed);
    let mut climbers: Vec<(Value, u16, f64)> = (0..8)
        .map(|_| {
            let line = profiles::profile_line(&mut rng);
            let target = 350 + rng.next(600) as u16;
            let time = time_of(&line, target, 1).unwrap_or(0.0);
            (serde_json::from_str(&line).unwrap(), target, time)
        })
        .collect();
    for round in 0..rounds {
        let which = (round as usize) % climbers.len();
        let (profile, target, time) = climbers[which].clone();
        let mut candidate = profile.clone();
        let mut new_target = target;
        match rng.next(4) {
            0 => new_target = (i32::from(target) + rng.next(81) as i32 - 40).clamp(200, 1200) as u16,
            _ => {
                let donor: Value = serde_json::from_str(&profiles::profile_line(&mut rng)).unwrap();
                let keys: Vec<String> = donor.as_object().unwrap().keys().cloned().collect();
                let key = &keys[rng.next(keys.len() as u64) as usize];
                candidate[key] = donor[key].clone();
            }
        }
        let line = candidate.to_string();
        if let Some(new_time) = time_of(&line, new_target, 1) {
            if new_time > time {
                // Confirm with a few repeats so noise does not climb.
                let confirmed = time_of(&line, new_target, 3).unwrap_or(0.0);
                if confirmed > time {
                    climbers[which] = (candidate, new_target, confirmed);
                }
            }
        }
    }
    climbers.sort_by(|a, b| b.2.total_cmp(&a.2));
    for (profile, target, time) in climbers {
        println!("{time:.3} ms target {target} {profile}");
    }
}

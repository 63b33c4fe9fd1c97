//! Looks for the slowest calendar plans to a kind of round (issue 30's
//! adversary for round goals): random profiles with work histories, each
//! with a goal (a score, or one of the kinds `--target-category` takes),
//! climbing by taking a field or a job list from another random profile,
//! adding one of its jobs, or another goal, whenever the whole calendar plan
//! takes longer. Prints the
//! slowest found beside the time of scoring the same line once (parse,
//! settle, score), and their ratio.
//!
//! `cargo run --release --example round_adversary -- [rounds] [seed]`
//!
//! One case found, again and again (for a profiler):
//! `cargo run --release --example round_adversary -- replay GOAL TARGET 'LINE' [times]`

use std::time::Instant;

use crs_planner::advisor::calendar::Calendar;
use crs_planner::advisor::plan::plan_on_calendar;
use crs_planner::advisor::EffortTable;
use crs_planner::engine::eligibility::{Program, Reference, ReferenceSource, RoundKind};
use crs_planner::engine::{Date, LanguageTables, RuleBook};
use serde_json::Value;

#[path = "../benches/support/profiles.rs"]
mod profiles;

const GOALS: [&str; 8] = [
    "score",
    "fsw",
    "cec",
    "pnp",
    "french",
    "healthcare",
    "stem",
    "trades",
];

fn goal_kind(goal: &str) -> Option<RoundKind> {
    match goal {
        "score" => None,
        "fsw" => Some(RoundKind::Program(Program::Fsw)),
        "cec" => Some(RoundKind::Program(Program::Cec)),
        "pnp" => Some(RoundKind::Nominated),
        other => Some(RoundKind::Category(other.to_string())),
    }
}

/// The best of `repeats` times of a whole calendar plan, and of scoring the
/// line once, in milliseconds.
fn times(line: &str, goal: &str, target: u16, repeats: u32) -> Option<(f64, f64)> {
    let today: Date = "2026-12-03".parse().ok()?;
    let book = RuleBook::shipped();
    let tables = LanguageTables::official();
    let effort = EffortTable::shipped();
    let score_once = || {
        let scenario = crs_planner::scenario::parse(line, "adversary", today, ReferenceSource::Shipped)
            .ok()?
            .settled(today, ReferenceSource::Shipped);
        Some(book.in_force_on(today).ok()?.total(&scenario.profile))
    };
    let scenario = crs_planner::scenario::parse(line, "adversary", today, ReferenceSource::Shipped)
        .ok()?
        .settled(today, ReferenceSource::Shipped);
    let kind = goal_kind(goal);
    let (mut plan_ms, mut score_ms) = (f64::MAX, f64::MAX);
    for _ in 0..repeats {
        let start = Instant::now();
        std::hint::black_box(score_once());
        score_ms = score_ms.min(start.elapsed().as_secs_f64() * 1e3);
        let start = Instant::now();
        let calendar = Calendar {
            situation: scenario.situation(),
            reference: Reference::shipped(),
            book: &book,
            known_on: today,
            from: today,
            horizon: 36,
        };
        std::hint::black_box(plan_on_calendar(
            &calendar,
            target,
            kind.as_ref(),
            tables,
            &effort,
            false,
            None,
        ));
        plan_ms = plan_ms.min(start.elapsed().as_secs_f64() * 1e3);
    }
    Some((plan_ms, score_ms))
}

fn main() {
    let given: Vec<String> = std::env::args().skip(1).collect();
    if given.first().map(String::as_str) == Some("replay") {
        let (goal, target, line) = (&given[1], given[2].parse().expect("a target"), &given[3]);
        let repeats: u32 = given.get(4).and_then(|n| n.parse().ok()).unwrap_or(20);
        let (plan, score) = times(line, goal, target, repeats).expect("a scenario that reads");
        println!("{plan:.2} ms ({:.0}x scoring it, {score:.3} ms)", plan / score);
        return;
    }
    let mut args = given.into_iter();
    let rounds: u32 = args.next().and_then(|n| n.parse().ok()).unwrap_or(400);
    let seed: u64 = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let mut rng = profiles::Lcg(seed);
    let pick_goal = |rng: &mut profiles::Lcg| GOALS[rng.next(GOALS.len() as u64) as usize];
    let mut climbers: Vec<(Value, &str, u16, f64, f64)> = (0..8)
        .map(|_| {
            let line = profiles::line_with_work(&mut rng);
            let goal = pick_goal(&mut rng);
            let target = 350 + rng.next(400) as u16;
            let (plan, score) = times(&line, goal, target, 1).unwrap_or((0.0, 1.0));
            (serde_json::from_str(&line).unwrap(), goal, target, plan, score)
        })
        .collect();
    for round in 0..rounds {
        let which = (round as usize) % climbers.len();
        let (profile, goal, target, time, _) = climbers[which].clone();
        let mut candidate = profile.clone();
        let (mut new_goal, mut new_target) = (goal, target);
        match rng.next(6) {
            0 => new_goal = pick_goal(&mut rng),
            1 => new_target = (i32::from(target) + rng.next(81) as i32 - 40).clamp(200, 1200) as u16,
            // One more job, from another profile's history: lists grow.
            2 => {
                let donor: Value = serde_json::from_str(&profiles::line_with_work(&mut rng)).unwrap();
                if let (Some(jobs), Some(job)) = (candidate["work"].as_array_mut(), donor["work"].get(0)) {
                    jobs.push(job.clone());
                }
            }
            _ => {
                let donor: Value = serde_json::from_str(&profiles::line_with_work(&mut rng)).unwrap();
                let keys: Vec<String> = donor.as_object().unwrap().keys().cloned().collect();
                let key = &keys[rng.next(keys.len() as u64) as usize];
                candidate[key] = donor[key].clone();
            }
        }
        let line = candidate.to_string();
        if let Some((new_time, _)) = times(&line, new_goal, new_target, 1) {
            if new_time > time {
                // Confirmed with repeats so noise does not climb.
                if let Some((confirmed, score)) = times(&line, new_goal, new_target, 3) {
                    if confirmed > time {
                        climbers[which] = (candidate, new_goal, new_target, confirmed, score);
                    }
                }
            }
        }
    }
    climbers.sort_by(|a, b| b.3.total_cmp(&a.3));
    for (profile, goal, target, plan, score) in climbers {
        println!(
            "{plan:.2} ms ({:.0}x scoring it, {score:.3} ms) goal {goal} target {target} {profile}",
            plan / score
        );
    }
}

//! Speed of the engine and of `score --batch`.
//!
//! `cargo bench --bench engine`. The batch pair compares the real pipeline
//! (parse, validate, score, print) with its floor: parsing each line into a
//! typed struct and writing a finished score line of the same size as bytes.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use crs_planner::cli::{score_lines, ScoreJson};
use crs_planner::engine::RuleBook;
use crs_planner::scenario;

#[path = "support/baseline.rs"]
mod baseline;
#[path = "support/profiles.rs"]
#[allow(dead_code)]
mod profiles;

const LINES: usize = 2_000;

fn input_lines() -> String {
    let mut rng = profiles::Lcg(7);
    let mut text = String::new();
    for _ in 0..LINES {
        text.push_str(&profiles::profile_line(&mut rng));
        text.push('\n');
    }
    text
}

fn scoring(c: &mut Criterion) {
    let book = RuleBook::shipped();
    let rules = book.sets().last().unwrap();
    let example = include_str!("../assets/examples/baseline.json");
    let profile = scenario::parse(
        example,
        "baseline",
        crs_planner::config::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap()
    .profile;
    c.bench_function("score/one_profile", |b| {
        b.iter(|| rules.score(black_box(&profile)).total)
    });

    let varied: Vec<_> = input_lines()
        .lines()
        .map(|line| {
            scenario::parse(
                line,
                "bench",
                crs_planner::config::today(),
                crs_planner::engine::eligibility::ReferenceSource::Shipped,
            )
            .unwrap()
            .profile
        })
        .collect();
    let mut group = c.benchmark_group("score");
    group.throughput(Throughput::Elements(varied.len() as u64));
    group.bench_function("varied_profiles", |b| {
        b.iter(|| {
            varied
                .iter()
                .map(|p| u32::from(rules.score(black_box(p)).total))
                .sum::<u32>()
        })
    });
    group.finish();
}

fn batch(c: &mut Criterion) {
    let book = RuleBook::shipped();
    let rules = book.sets().last().unwrap();
    let input = input_lines();
    let example = include_str!("../assets/examples/baseline.json");
    let fixed = rules.score(
        &scenario::parse(
            example,
            "baseline",
            crs_planner::config::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped,
        )
        .unwrap()
        .profile,
    );

    let mut group = c.benchmark_group("batch");
    group.throughput(Throughput::Elements(LINES as u64));
    // Both write into one buffer kept across iterations, so neither pays
    // for fresh pages of output memory, which would hide the difference.
    let mut output = Vec::with_capacity(input.len() * 4);
    group.bench_function("score_lines", |b| {
        b.iter(|| {
            output.clear();
            score_lines(
                rules,
                crs_planner::config::today(),
                "2026-01-01".parse().unwrap(),
                crs_planner::engine::eligibility::ReferenceSource::Shipped,
                input.as_bytes(),
                &mut output,
            )
            .unwrap()
        })
    });
    let fixed_line = format!("{}\n", serde_json::to_string(&ScoreJson::from(&fixed)).unwrap());
    group.bench_function("parse_and_print_floor", |b| {
        b.iter(|| {
            output.clear();
            baseline::floor(input.as_bytes(), fixed_line.as_bytes(), &mut output).unwrap()
        })
    });
    group.finish();
}

/// A feed of `rounds` rounds, each of its own kind half the time (the worst
/// case for anything that goes through the kinds one by one).
fn synthetic_feed(rounds: usize) -> String {
    let mut text = String::from("{\"rounds\":[");
    for index in (0..rounds).rev() {
        let day = crs_planner::engine::Date::new(1990, 1, 1)
            .unwrap()
            .plus_days((index / 3) as i64);
        let name = if index % 2 == 1 {
            format!("Category {index}")
        } else {
            "Canadian Experience Class".to_string()
        };
        if index + 1 != rounds {
            text.push(',');
        }
        text.push_str(&format!(
            "{{\"drawNumber\":\"{}\",\"drawDate\":\"{day}\",\"drawName\":\"{name}\",\"drawSize\":\"1,000\",\
             \"drawCRS\":\"450\",\"drawCutOff\":\"x\"}}",
            index + 1
        ));
    }
    text.push_str("]}");
    text
}

/// `outlook --feed` on 1,000 and 10,000 rounds side by side: linear means a
/// ratio near 10 (it was near 100 when duplicates were found by scanning
/// and each kind scanned every round).
fn feed_scaling(c: &mut Criterion) {
    use crs_planner::advisor::outlook::{Params, Prepared};
    use crs_planner::draws::Feed;
    let mut group = c.benchmark_group("outlook_feed");
    group.sample_size(10);
    for rounds in [1_000, 10_000] {
        let text = synthetic_feed(rounds);
        let as_of = crs_planner::engine::Date::new(2030, 1, 1).unwrap();
        group.bench_function(format!("{rounds}_rounds"), |b| {
            b.iter(|| {
                let feed = Feed::parse(black_box(&text)).unwrap();
                let past = crs_planner::advisor::outlook::past_rounds(&feed);
                Prepared::new(
                    &past,
                    as_of,
                    &Params::shipped(),
                    crs_planner::advisor::announced::shipped(),
                )
            })
        });
    }
    group.finish();
}

criterion_group!(benches, scoring, batch, feed_scaling);
criterion_main!(benches);

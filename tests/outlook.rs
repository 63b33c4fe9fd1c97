//! The outlook: who a round is open to, no look-ahead, probabilities that
//! behave, and the backtest's figures on a small feed worked by hand.

mod common;

use crs_planner::advisor::outlook::{self, backtest_on, forecast, naive, Asker, Params, PastRound};
use crs_planner::engine::Date;
use proptest::prelude::*;
use serde_json::Value;

fn day(text: &str) -> Date {
    text.parse().unwrap()
}

fn asker(score: u16, eligible: &[&str], nominated: bool) -> Asker {
    Asker {
        score,
        eligible: eligible.iter().map(|k| k.to_string()).collect(),
        nominated,
    }
}

fn round(date: &str, kind: &str, cutoff: u16) -> PastRound {
    PastRound {
        date: day(date),
        kind: kind.to_string(),
        cutoff,
    }
}

#[test]
fn who_a_round_is_open_to() {
    let cec_only = asker(480, &["cec"], false);
    // A general round is open to anyone in the pool, CEC alone included.
    assert!(cec_only.can_be_in("all"));
    assert!(cec_only.can_be_in("cec"));
    assert!(!cec_only.can_be_in("fsw"));
    // A provincial nominee round only with a nomination.
    assert!(!cec_only.can_be_in("pnp"));
    assert!(asker(1080, &["cec"], true).can_be_in("pnp"));
    // A category round only when eligible for that category.
    assert!(!cec_only.can_be_in("french"));
    assert!(asker(430, &["fsw", "french"], false).can_be_in("french"));
    // Out of the pool, not even a general round.
    assert!(!asker(480, &["french"], false).can_be_in("all"));
}

#[test]
fn the_backtest_figures_on_a_small_feed_by_hand() {
    // One CEC-only person at 500; CEC rounds at 510 (Jan), 490 (Mar), 495
    // (May) 2020. Backtest from 2020-02 to 2020-05 with a one-month horizon:
    // outcomes (a round in [month, month+1) at or under 500):
    //   Feb: none -> 0; Mar: 490 -> 1; Apr: none -> 0; May: 495 -> 1.
    // Persistence (the month before): Feb: Jan 510 -> 0; Mar: Feb none -> 0;
    //   Apr: Mar 490 -> 1; May: Apr none -> 0.
    // Brier = ((0-0)² + (0-1)² + (1-0)² + (0-1)²) / 4 = 0.75.
    let rounds = [
        round("2020-01-10", "cec", 510),
        round("2020-03-10", "cec", 490),
        round("2020-05-10", "cec", 495),
    ];
    let person = [asker(500, &["cec"], false)];
    let (model, persistence, frequency) = backtest_on(
        &rounds,
        &person,
        day("2020-02-01"),
        day("2020-05-01"),
        1,
        &Params::shipped(),
        day("2020-06-30"),
    );
    assert_eq!(persistence.brier, 0.75);
    // Frequency: of the 24 one-month windows starting each month of the two
    // years before (all end by the forecast's month), the share with a round
    // at or under 500: Feb: none (Jan's 510 does not) -> 0; Mar: 0; Apr: the
    // March window -> 1/24; May: 1/24.
    // Brier = (0² + 1² + (1/24)² + (1 - 1/24)²) / 4.
    let expected = (0.0 + 1.0 + (1.0f64 / 24.0).powi(2) + (1.0 - 1.0f64 / 24.0).powi(2)) / 4.0;
    assert!(
        (frequency.brier - expected).abs() < 1e-12,
        "{} vs {expected}",
        frequency.brier
    );
    assert!((0.0..=1.0).contains(&model.brier));
    assert_eq!(naive::persistence(&rounds, &person[0], day("2020-04-01"), 1), 1.0);
}

/// The shipped feed cut at a day: the rounds dated on or after it removed.
fn cut_feed(at: &str) -> String {
    let mut feed: Value = serde_json::from_str(crs_planner::draws::SHIPPED_FEED).unwrap();
    let rounds = feed["rounds"].as_array_mut().unwrap();
    rounds.retain(|r| r["drawDate"].as_str().unwrap() < at);
    feed.to_string()
}

#[test]
fn a_cut_feed_and_as_of_give_the_same_answers() {
    let home = tempfile::tempdir().unwrap();
    for at in ["2019-06-01", "2021-03-15", "2023-09-01", "2025-01-10"] {
        let path = home.path().join(format!("cut-{at}.json"));
        std::fs::write(&path, cut_feed(at)).unwrap();
        for query in [
            ["--score", "470", "--eligible", "cec"],
            ["--score", "430", "--eligible", "fsw,french"],
        ] {
            let mut cut = vec![
                "outlook",
                "--as-of",
                at,
                "--json",
                "--feed",
                path.to_str().unwrap(),
            ];
            cut.extend(query);
            let mut whole = vec!["outlook", "--as-of", at, "--json"];
            whole.extend(query);
            let cut = common::run_binary(home.path(), &cut, "");
            let whole = common::run_binary(home.path(), &whole, "");
            assert!(cut.status.success(), "{}", String::from_utf8_lossy(&cut.stderr));
            assert_eq!(
                String::from_utf8(cut.stdout).unwrap(),
                String::from_utf8(whole.stdout).unwrap(),
                "as of {at}"
            );
        }
    }
}

#[test]
fn batch_answers_each_line_and_says_which_line_failed() {
    let home = tempfile::tempdir().unwrap();
    let input = concat!(
        r#"{"as_of": "2019-01-01", "score": 470, "eligible": ["cec"], "nominated": false, "months": 6}"#,
        "\n",
        r#"{"as_of": "2019-01-01", "score": 470, "eligible": ["cec"], "months": [3, 12]}"#,
        "\n",
        r#"{"as_of": "not a day", "score": 470, "months": 6}"#,
        "\n"
    );
    let output = common::run_binary(home.path(), &["outlook", "--batch"], input);
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0]["any"]["6"].as_f64().is_some());
    assert!(lines[1]["any"]["3"].as_f64().is_some() && lines[1]["any"]["12"].as_f64().is_some());
    assert_eq!(lines[2]["line"], 3);
    assert!(lines[2]["error"].as_str().unwrap().starts_with("as_of"));
}

fn shipped_rounds() -> Vec<PastRound> {
    let feed = crs_planner::draws::Feed::parse(crs_planner::draws::SHIPPED_FEED).unwrap();
    feed.rounds
        .iter()
        .map(|r| PastRound {
            date: r.date,
            kind: r.category.key(),
            cutoff: r.cutoff,
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Chances are in [0, 1] and rise with the score and with the horizon.
    #[test]
    fn chances_behave(
        score in 250u16..=800,
        more in 0u16..=100,
        month in 0i32..=100,
        kinds in proptest::sample::subsequence(vec!["fsw", "cec", "fst", "french", "healthcare", "stem", "trades"], 1..4),
        nominated in any::<bool>(),
    ) {
        static ROUNDS: std::sync::OnceLock<Vec<PastRound>> = std::sync::OnceLock::new();
        let rounds = ROUNDS.get_or_init(shipped_rounds);
        let as_of = day("2018-01-01").plus_months(month);
        let params = Params::shipped();
        let horizons = [1u16, 3, 6, 12, 24];
        let lower = asker(score, &kinds, nominated);
        let higher = asker(score + more, &kinds, nominated);
        let low = forecast(rounds, &lower, as_of, &horizons, &params);
        let high = forecast(rounds, &higher, as_of, &horizons, &params);
        for pair in low.any.windows(2) {
            prop_assert!(pair[0] <= pair[1], "rises with the horizon: {:?}", low.any);
        }
        for (l, h) in low.any.iter().zip(&high.any) {
            prop_assert!((0.0..=1.0).contains(l) && (0.0..=1.0).contains(h));
            prop_assert!(l <= h, "rises with the score: {} then {}", l, h);
        }
        let _ = outlook::grid();
    }
}

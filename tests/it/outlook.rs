//! The outlook: who a round is open to, no look-ahead, probabilities that
//! behave, and the backtest's figures on a small feed worked by hand.

use crate::common;

use crs_planner::advisor::announced::{self, Announcement, Change};
use crs_planner::advisor::outlook::{self, backtest_on, forecast, naive, Asker, Model, Params, PastRound};
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

fn said(date: &str, change: Change, kinds: &[&str], first_round: Option<&str>) -> Announcement {
    Announcement {
        date: day(date),
        change,
        kinds: kinds.iter().map(|k| k.to_string()).collect(),
        first_round: first_round.map(day),
        what: String::new(),
    }
}

/// CEC rounds every two weeks through 2020 at 470-490, then nothing.
fn cec_until_2021() -> Vec<PastRound> {
    (0..26)
        .map(|i| PastRound {
            date: day("2020-01-08").plus_days(14 * i64::from(i)),
            kind: "cec".into(),
            cutoff: 470 + (i % 3) as u16 * 10,
        })
        .collect()
}

#[test]
fn an_announcement_is_read_only_after_its_day() {
    let rounds = cec_until_2021();
    let params = Params::shipped();
    let person = asker(495, &["cec"], false);
    let resume = [said("2022-04-22", Change::Resume, &["cec"], Some("2022-07-01"))];
    let chance = |as_of: &str, announced: &[Announcement]| {
        outlook::Prepared::new(&rounds, day(as_of), &params, announced).forecast(&person, &[2, 6])
    };
    // On its day and before, the forecast is as if it had not been said.
    assert_eq!(chance("2022-04-22", &resume), chance("2022-04-22", &[]));
    assert_eq!(chance("2022-03-01", &resume), chance("2022-03-01", &[]));
    // The day after, CEC is coming again at its old pace, not before July:
    // no CEC round within 2 months of 2022-04-23, most likely one within 6.
    let after = chance("2022-04-23", &resume);
    let before = chance("2022-04-23", &[]);
    let quiet = before.by_kind.iter().find(|k| k.kind == "cec").unwrap();
    assert_eq!(quiet.p, [0.0, 0.0], "no CEC round in the window: {:?}", quiet.p);
    let cec = &after.by_kind[0];
    assert_eq!(cec.kind, "cec");
    assert!(cec.p[0] < 0.05, "no CEC round before July: {:?}", cec.p);
    assert!(
        cec.p[1] > 0.9,
        "rounds every two weeks from July reach 495: {:?}",
        cec.p
    );
    assert_eq!(cec.announced.map(|s| s.change), Some(Change::Resume));
    // A round of the kind after the announcement: the rounds say the rest.
    let mut resumed = rounds.clone();
    resumed.push(round("2022-07-06", "cec", 557));
    assert_eq!(
        outlook::Prepared::new(&resumed, day("2022-08-01"), &params, &resume),
        outlook::Prepared::new(&resumed, day("2022-08-01"), &params, &[])
    );
}

#[test]
fn a_pause_or_an_end_stops_a_kind_and_a_start_opens_one_never_held() {
    let mut rounds = cec_until_2021();
    rounds.extend((0..20).map(|i| PastRound {
        date: day("2020-01-15").plus_days(14 * i64::from(i)),
        kind: "all".into(),
        cutoff: 470,
    }));
    let params = Params::shipped();
    let person = asker(480, &["cec", "healthcare"], false);
    let on = day("2020-11-01");
    let plain = outlook::Prepared::new(&rounds, on, &params, &[]).forecast(&person, &[6]);
    assert!(plain.by_kind.iter().find(|k| k.kind == "cec").unwrap().p[0] > 0.5);
    assert_eq!(plain.never_held, ["healthcare"]);
    let said_list = [
        said("2020-10-29", Change::Pause, &["cec"], None),
        said("2020-10-29", Change::Start, &["healthcare"], Some("2021-02-01")),
    ];
    let told = outlook::Prepared::new(&rounds, on, &params, &said_list).forecast(&person, &[3, 6]);
    let cec = told.by_kind.iter().find(|k| k.kind == "cec").unwrap();
    assert_eq!(cec.p, [0.0, 0.0], "paused: no CEC round foreseen");
    let health = told.by_kind.iter().find(|k| k.kind == "healthcare").unwrap();
    assert_eq!(health.p[0], 0.0, "not before February, three months away");
    assert!(health.p[1] > 0.0, "from February it may come");
    assert!(
        told.never_held.is_empty(),
        "announced: no longer a kind nothing is said of"
    );
}

#[test]
fn the_shipped_announcements_are_dated_and_sourced() {
    let list = announced::shipped();
    assert_eq!(list.len(), 7);
    // The category lists of 2023, announced 2023-05-31, before the first
    // category round of 2023-06-28.
    let categories = list
        .iter()
        .find(|a| a.kinds.iter().any(|k| k == "healthcare"))
        .unwrap();
    assert_eq!(categories.date, day("2023-05-31"));
    let bad = |text: &str| announced::parse(text).unwrap_err().to_string();
    let one = |item: &str| {
        format!(r#"{{"format": "crs-announcements/1", "about": "", "announcements": [{item}]}}"#)
    };
    assert_eq!(
        bad(&one(
            r#"{"date": "2023-02-30", "change": "start", "kinds": ["stem"], "what": "", "sources": ["x"]}"#
        )),
        "announcements[0].date: expected a day as YYYY-MM-DD"
    );
    assert_eq!(
        bad(&one(
            r#"{"date": "2023-05-31", "change": "start", "kinds": ["stme"], "what": "", "sources": ["x"]}"#
        )),
        "announcements[0].kinds[0]: expected a kind of round (all, cec, french, ...), found \"stme\""
    );
    assert_eq!(
        bad(&one(
            r#"{"date": "2023-05-31", "change": "pause", "kinds": ["cec"], "first_round": "2023-07-01", "what": "", "sources": ["x"]}"#
        )),
        "announcements[0].first_round: expected only for a start or a resumption"
    );
    assert_eq!(
        bad(&one(
            r#"{"date": "2023-05-31", "change": "start", "kinds": ["cec"], "first_round": "2023-05-01", "what": "", "sources": ["x"]}"#
        )),
        "announcements[0].first_round: expected on or after the announcement's date"
    );
    assert_eq!(
        bad(&one(
            r#"{"date": "2023-05-31", "change": "start", "kinds": ["cec"], "what": "", "sources": []}"#
        )),
        "announcements[0].sources: expected where it was said"
    );
    assert!(bad(&one(
        r#"{"date": "2023-05-31", "change": "stop", "kinds": ["cec"], "what": "", "sources": ["x"]}"#
    ))
    .contains("unknown variant `stop`"));
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
        &[],
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

#[test]
fn the_outlook_says_what_ircc_announced_of_a_kind_not_yet_held() {
    let home = tempfile::tempdir().unwrap();
    let query = [
        "outlook",
        "--score",
        "470",
        "--eligible",
        "fsw,researchers",
        "--as-of",
        "2026-05-01",
    ];
    let text = common::run_binary(home.path(), &query, "");
    let text = String::from_utf8(text.stdout).unwrap();
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("researchers"))
        .unwrap();
    assert!(
        line.ends_with("no round held yet  ·  IRCC said on 2026-02-18 that these rounds would start"),
        "{line}"
    );
    let french = common::run_binary(home.path(), &[&query[..], &["--lang", "fr"]].concat(), "");
    assert!(String::from_utf8(french.stdout).unwrap().contains(
        "aucune ronde tenue encore  ·  IRCC a annoncé le 2026-02-18 que ces rondes commenceraient"
    ));
    let json = common::run_binary(home.path(), &[&query[..], &["--json"]].concat(), "");
    let json: Value = serde_json::from_slice(&json.stdout).unwrap();
    let researchers = json["by_kind"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kind"] == "researchers")
        .unwrap();
    assert_eq!(
        researchers["announced"],
        serde_json::json!({"date": "2026-02-18", "change": "start"})
    );
    assert_eq!(researchers["last_cutoff"], Value::Null);
    assert!(json.get("never_held").is_none());
    // The resumption of 2022 with its day: no round before it.
    let resumed = common::run_binary(
        home.path(),
        &[
            "outlook",
            "--score",
            "500",
            "--eligible",
            "fsw",
            "--as-of",
            "2022-05-15",
            "--json",
        ],
        "",
    );
    let resumed: Value = serde_json::from_slice(&resumed.stdout).unwrap();
    assert_eq!(
        resumed["by_kind"][0]["announced"],
        serde_json::json!({"date": "2022-04-22", "change": "resume", "not_before": "2022-07-01"})
    );
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

/// A map read as first written: the first knot above `p` found by walking,
/// then the straight line from the knot before it.
fn naive_apply(knots: &[(f64, f64)], p: f64) -> f64 {
    let (first, last) = (knots[0], knots[knots.len() - 1]);
    if p <= first.0 {
        return first.1;
    }
    if p >= last.0 {
        return last.1;
    }
    let at = knots.iter().position(|knot| knot.0 > p).unwrap();
    let (a, b) = (knots[at - 1], knots[at]);
    if b.0 - a.0 <= f64::EPSILON {
        return b.1;
    }
    a.1 + (b.1 - a.1) * (p - a.0) / (b.0 - a.0)
}

/// Maps of every shape read as the naive reading does: the shipped and
/// fitted ones (evenly spaced), and knots uneven, repeated, few or many,
/// at chances on, between and either side of the knots.
#[test]
fn recalibration_is_read_as_the_naive_reading_reads_it() {
    let mut maps: Vec<Vec<(f64, f64)>> = outlook::Model::shipped()
        .calibration
        .into_values()
        .map(|map| map.knots)
        .collect();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut random = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    for case in 0..300 {
        let count = 1 + case % 60;
        let mut xs: Vec<f64> = (0..count)
            .map(|step| match case % 3 {
                // Even, as fitted.
                0 => (f64::from(step as u32) / (count.max(2) - 1) as f64 * 1e4).round() / 1e4,
                // Uneven, some repeated.
                1 => (random() * 20.0).round() / 20.0,
                _ => random(),
            })
            .collect();
        xs.sort_by(f64::total_cmp);
        let mut y = 0.0;
        maps.push(
            xs.into_iter()
                .map(|x| {
                    y += random() / count as f64;
                    (x, y)
                })
                .collect(),
        );
    }
    for knots in maps {
        let map = outlook::Calibration { knots: knots.clone() };
        let mut chances: Vec<f64> = (0..=1000).map(|k| f64::from(k) / 1000.0).collect();
        for &(x, _) in &knots {
            chances.extend([x, x.next_down(), x.next_up()]);
        }
        chances.extend((0..200).map(|_| random()));
        chances.extend([-0.5, 1.5, 0.999_999_999_999_9]);
        for p in chances {
            assert_eq!(
                map.apply(p).to_bits(),
                naive_apply(&knots, p).to_bits(),
                "{p} on {knots:?}"
            );
        }
    }
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
        let model = Model::shipped();
        let horizons = [1u16, 3, 6, 12, 24];
        let lower = asker(score, &kinds, nominated);
        let higher = asker(score + more, &kinds, nominated);
        let low = forecast(rounds, &lower, as_of, &horizons, &model);
        let high = forecast(rounds, &higher, as_of, &horizons, &model);
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

#[test]
fn a_fit_reads_no_outcome_after_its_day() {
    // Fitted with outcomes known by 2022-01-01: the rounds after it may be
    // anything at all without changing the parameters.
    let all = shipped_rounds();
    let known_by = day("2022-01-01");
    let cut: Vec<PastRound> = all.iter().filter(|r| r.date < known_by).cloned().collect();
    let mut changed = cut.clone();
    changed.extend((0..40).map(|i| round(&format!("2022-{:02}-15", i % 12 + 1), "cec", 300 + i)));
    let grid = outlook::grid();
    let start = outlook::STARTING_PARAMS;
    let from = day("2020-01-01");
    // Announcements on or after the day are not read either.
    let announced = announced::shipped();
    let mut later_said = announced.to_vec();
    later_said.push(said("2022-01-01", Change::Start, &["healthcare", "stem"], None));
    later_said.push(said("2022-06-01", Change::End, &["cec"], None));
    let on_all = outlook::fit(&all, announced, &grid, from, known_by, 6, &start);
    assert_eq!(
        on_all,
        outlook::fit(&cut, announced, &grid, from, known_by, 6, &start)
    );
    assert_eq!(
        on_all,
        outlook::fit(&changed, announced, &grid, from, known_by, 6, &start)
    );
    assert_eq!(
        on_all,
        outlook::fit(&all, &later_said, &grid, from, known_by, 6, &start)
    );
}

#[test]
fn the_rolling_backtest_forecasts_only_from_what_came_before() {
    let all = shipped_rounds();
    let data_until = day("2024-01-01");
    let cut: Vec<PastRound> = all.iter().filter(|r| r.date < data_until).cloned().collect();
    let run = |rounds: &[PastRound]| {
        outlook::rolling_backtest(
            rounds,
            announced::shipped(),
            day("2020-01-01"),
            day("2022-01-01"),
            day("2023-06-01"),
            6,
            data_until,
            &outlook::STARTING_PARAMS,
        )
    };
    let (whole, cut) = (run(&all), run(&cut));
    assert_eq!(whole, cut, "rounds on or after the data's end change nothing");
    assert_eq!(
        whole.fits.iter().map(|(year, _)| *year).collect::<Vec<_>>(),
        [2022, 2023]
    );
    assert_eq!(whole.forecasts.len(), (12 + 6) * outlook::evaluation_grid().len());
    // Every forecast's outcome is known by the data's end.
    assert!(whole.forecasts.iter().all(|f| f.day.plus_months(6) <= data_until));
    let (ratio, low, high) = whole.ratio_with_interval();
    assert!(low <= ratio && ratio <= high, "{low} <= {ratio} <= {high}");
}

#[test]
fn the_evaluation_grid_is_not_the_fitting_grid() {
    let fitting = outlook::grid();
    let scored = outlook::evaluation_grid();
    assert_eq!(fitting.len(), scored.len());
    assert!(scored.iter().all(|asker| !fitting.contains(asker)));
}

#[test]
fn recalibration_maps_rise_and_leave_honest_forecasts_alone() {
    // Forecasts that come true as often as they say: the map stays close
    // to the identity.
    let mut honest = Vec::new();
    for tenth in 0..10u32 {
        let p = (f64::from(tenth) + 0.5) / 10.0;
        for case in 0..200u32 {
            honest.push((p, f64::from(case) < p * 200.0));
        }
    }
    for map in [
        outlook::Calibration::fit(&honest),
        outlook::Calibration::logistic(&honest),
    ] {
        for tenth in 0..10u32 {
            let p = (f64::from(tenth) + 0.5) / 10.0;
            assert!((map.apply(p) - p).abs() < 0.06, "{p} -> {}", map.apply(p));
        }
        assert!(map.knots.windows(2).all(|pair| pair[0].1 <= pair[1].1), "rising");
    }
    // Forecasts too sure of themselves: what said 90% came true 60%.
    let proud: Vec<(f64, bool)> = (0..1000u32)
        .map(|case| {
            if case < 500 {
                (0.9, case < 300)
            } else {
                (0.1, case < 600)
            }
        })
        .collect();
    let map = outlook::Calibration::fit(&proud);
    assert!((map.apply(0.9) - 0.6).abs() < 1e-9);
    assert!((map.apply(0.1) - 0.2).abs() < 1e-9);
    assert_eq!(
        outlook::Calibration::fit(&proud[..10]),
        outlook::Calibration::default(),
        "too few to say"
    );
}

#[test]
fn a_kind_silent_for_years_fades_and_one_never_held_is_not_forecast() {
    let rounds = shipped_rounds();
    // FSW: no round since 2024, no general round either; nothing foreseen
    // and no share of the unforeseen.
    let fsw = forecast(
        &rounds,
        &asker(480, &["fsw"], false),
        day("2026-12-03"),
        &[6],
        &Model::shipped(),
    );
    assert!(fsw.any[0] < 0.01, "{:?}", fsw.any);
    assert_eq!(fsw.unforeseen, [0.0]);
    let researchers = forecast(
        &rounds,
        &asker(480, &["cec", "researchers"], false),
        day("2026-12-03"),
        &[6],
        &Model::shipped(),
    );
    // Announced on 2026-02-18, never held since: forecast from the
    // announcement, faded to almost nothing ten months on.
    let announced = researchers
        .by_kind
        .iter()
        .find(|k| k.kind == "researchers")
        .unwrap();
    assert_eq!(announced.announced.map(|s| s.change), Some(Change::Start));
    assert!(announced.p[0] < 0.02, "{:?}", announced.p);
    assert!(researchers.never_held.is_empty());
    assert!(researchers.unforeseen[0] > 0.0, "CEC still runs");
    // Without the announcement nothing speaks for the kind: no number.
    let unannounced = Model {
        announced: Vec::new(),
        ..Model::shipped()
    };
    let unsaid = forecast(
        &rounds,
        &asker(480, &["cec", "researchers"], false),
        day("2026-12-03"),
        &[6],
        &unannounced,
    );
    assert_eq!(unsaid.never_held, ["researchers"]);
    assert!(unsaid.by_kind.iter().all(|k| k.kind != "researchers"));
}

#[test]
fn a_params_file_is_used_when_given_and_refused_with_its_key_when_bad() {
    let home = tempfile::tempdir().unwrap();
    let shipped: Value =
        serde_json::from_str(&std::fs::read_to_string("rules/outlook.json").unwrap()).unwrap();
    let write = |name: &str, value: &Value| {
        let path = home.path().join(name);
        std::fs::write(&path, value.to_string()).unwrap();
        path
    };
    let mut doubtful = shipped.clone();
    doubtful["params"]["doubt"] = 0.5.into();
    doubtful["calibration"] = serde_json::json!({});
    let good = write("doubtful.json", &doubtful);
    let query = [
        "outlook",
        "--score",
        "520",
        "--eligible",
        "cec",
        "--as-of",
        "2024-01-01",
        "--json",
    ];
    let plain = common::run_binary(home.path(), &query, "");
    let mut with = query.to_vec();
    with.extend(["--params", good.to_str().unwrap()]);
    let given = common::run_binary(home.path(), &with, "");
    assert!(
        given.status.success(),
        "{}",
        String::from_utf8_lossy(&given.stderr)
    );
    let (plain, given): (Value, Value) = (
        serde_json::from_slice(&plain.stdout).unwrap(),
        serde_json::from_slice(&given.stdout).unwrap(),
    );
    let twelve = given["any"]["12"].as_f64().unwrap();
    assert!(twelve <= 0.5, "a doubt of one half caps the chance: {twelve}");
    assert_ne!(plain["any"], given["any"]);

    let mut bad = shipped.clone();
    bad["params"]["window_months"] = 0.into();
    let bad_window = write("bad-window.json", &bad);
    let mut wrong = shipped.clone();
    wrong["params"]["doubt"] = "high".into();
    let wrong_kind = write("wrong-kind.json", &wrong);
    let mut other = shipped.clone();
    other["format"] = "crs-rules/1".into();
    let other_format = write("other.json", &other);
    for (path, expected) in [
        (
            &bad_window,
            "params.window_months: expected a whole number of months from 1 to 120, found 0".to_string(),
        ),
        (
            &wrong_kind,
            "params.doubt: expected a number, found string \"high\"".to_string(),
        ),
        (
            &other_format,
            "format: expected \"crs-outlook/1\", found \"crs-rules/1\"".to_string(),
        ),
    ] {
        let output = common::run_binary(
            home.path(),
            &[
                "outlook",
                "--score",
                "480",
                "--eligible",
                "cec",
                "--params",
                path.to_str().unwrap(),
            ],
            "",
        );
        assert_eq!(output.status.code(), Some(1));
        assert_eq!(
            String::from_utf8_lossy(&output.stderr),
            format!("crs-planner: {}: {expected}\n", path.display())
        );
    }
}

//! The hour counting checked against a naive day-by-day count on random
//! work histories: every day of the window visited, every job looked at.

use crs_planner::engine::eligibility::work::{self, Job, Place, Window};
use crs_planner::engine::eligibility::{self, Noc, Reference};
use crs_planner::engine::Date;
use proptest::prelude::*;

const EPOCH_OFFSET: i64 = 19_000; // 2022-01-08

fn day(offset: i64) -> Date {
    Date::from_days_since_unix_epoch(EPOCH_OFFSET + offset).unwrap()
}

fn any_job() -> impl Strategy<Value = Job> {
    // Few codes, so that jobs share occupations and chains form.
    let codes = ["21232", "21231", "72310", "44101", "31102"];
    (
        proptest::sample::select(codes.to_vec()),
        any::<bool>(),
        -2500i64..1500,
        proptest::option::weighted(0.8, 0i64..900),
        prop_oneof![Just(40u8), Just(30), Just(29), Just(15), 1u8..=168],
        proptest::bool::weighted(0.15),
        proptest::bool::weighted(0.15),
    )
        .prop_map(
            |(code, canada, start, length, hours, self_employed, student)| Job {
                noc: Noc::parse(code).unwrap(),
                place: if canada { Place::Canada } else { Place::Abroad },
                from: day(start),
                to: length.map(|days| day(start + days)),
                hours_per_week: hours,
                self_employed,
                while_full_time_student: student,
            },
        )
}

/// Sevenths of an hour on one day, all the jobs together, capped.
fn naive_day(jobs: &[&Job], date: Date) -> u64 {
    let sum: u64 = jobs
        .iter()
        .filter(|job| job.from <= date && job.to.is_none_or(|to| date <= to))
        .map(|job| u64::from(job.hours_per_week.min(30)))
        .sum();
    sum.min(30)
}

fn naive_count(jobs: &[&Job], first: Date, last: Date) -> u64 {
    let mut total = 0;
    let mut d = first.days_since_unix_epoch();
    while d <= last.days_since_unix_epoch() {
        total += naive_day(jobs, Date::from_days_since_unix_epoch(d).unwrap());
        d += 1;
    }
    total
}

/// The window by stepping back year by year the slow way: the same month
/// and day N years earlier, the last day of February when that day is gone.
fn naive_window_start(end: Date, years: u16) -> Date {
    let year = end.year() - years;
    Date::new(year, end.month(), end.day())
        .unwrap_or_else(|| Date::new(year, end.month(), end.day() - 1).unwrap())
}

/// Chains by looking at every pair of days: two jobs of a NOC are one job
/// when every day from the first's start to the last's end is worked.
fn naive_best_continuous(jobs: &[&Job], first: Date, last: Date) -> u64 {
    let mut best = 0;
    for code in jobs.iter().map(|j| j.noc) {
        let same: Vec<&Job> = jobs.iter().copied().filter(|j| j.noc == code).collect();
        // Walk day by day over all days any job of the code covers; a day
        // not worked ends a run.
        let start = same.iter().map(|j| j.from.days_since_unix_epoch()).min().unwrap();
        let end = last.days_since_unix_epoch();
        let mut run = 0u64;
        let mut d = start;
        while d <= end {
            let date = Date::from_days_since_unix_epoch(d).unwrap();
            let worked = same
                .iter()
                .any(|j| j.from <= date && j.to.is_none_or(|to| date <= to));
            if worked {
                if date >= first {
                    run += naive_day(&same, date);
                }
            } else {
                best = best.max(run);
                run = 0;
            }
            d += 1;
        }
        best = best.max(run);
    }
    best
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn counting_agrees_with_a_day_by_day_count(
        jobs in proptest::collection::vec(any_job(), 0..6),
        end in 0i64..1800,
        years in prop_oneof![Just(3u16), Just(5), Just(10), 1u16..12],
    ) {
        let end = day(end);
        let window = Window::years_before(end, years);
        prop_assert_eq!(window.first, naive_window_start(end, years));
        let counted: Vec<&Job> = jobs.iter().filter(|j| j.counts()).collect();
        prop_assert_eq!(
            work::count(counted.iter().copied(), window, 30),
            naive_count(&counted, window.first, window.last)
        );
        let chains = work::continuous_jobs(counted.iter().copied());
        let best = chains
            .iter()
            .map(|chain| work::count(chain.iter().copied(), window, 30))
            .max()
            .unwrap_or(0);
        prop_assert_eq!(best, naive_best_continuous(&counted, window.first, window.last));
    }

    #[test]
    fn the_day_a_requirement_is_met_is_the_first_such_day(
        jobs in proptest::collection::vec(any_job(), 1..4),
        today in 0i64..600,
        needed_hours in 100u32..2000,
    ) {
        let today = day(today);
        let counted: Vec<&Job> = jobs.iter().filter(|j| j.counts()).collect();
        let needed = work::hours_to_sevenths(needed_hours);
        let found = work::first_day_reaching(&counted, 3, needed, today, 30);
        let ongoing = counted.iter().any(|j| j.is_ongoing());
        // Day by day from today, as far as the search looks.
        let mut naive = None;
        let limit = if ongoing { work::LOOK_AHEAD_DAYS } else { 0 };
        for offset in 0..=limit {
            let date = Date::from_days_since_unix_epoch(today.days_since_unix_epoch() + offset).unwrap();
            let window = Window::years_before(date, 3);
            if naive_count(&counted, window.first, window.last) >= needed {
                naive = Some(date);
                break;
            }
        }
        prop_assert_eq!(found, naive);
    }

    #[test]
    fn experience_years_are_whole_years_of_each_kind(
        jobs in proptest::collection::vec(any_job(), 0..6),
        end in 0i64..1800,
    ) {
        let end = day(end);
        let window = Window::years_before(end, 10);
        let of_kind = |place: Place| -> u8 {
            let kind: Vec<&Job> = jobs
                .iter()
                .filter(|j| j.counts() && j.noc.teer() <= 3 && j.place == place)
                .collect();
            (naive_count(&kind, window.first, window.last) / (1560 * 7)) as u8
        };
        prop_assert_eq!(
            eligibility::counted_years(&jobs, end, &Reference::shipped().programs),
            (of_kind(Place::Canada), of_kind(Place::Abroad))
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whether a person can be in a category's next round is one answer:
    /// `eligibility` and the draws' standings (the command and the
    /// planner's view) say the same, on random work histories and days.
    #[test]
    fn draws_and_eligibility_give_one_answer_for_the_next_round(
        jobs in proptest::collection::vec(any_job(), 0..5),
        on in 0i64..1800,
    ) {
        use crs_planner::draws::{self, Feed, Person};
        use crs_planner::engine::eligibility::Answer;
        static BASE: std::sync::OnceLock<crs_planner::scenario::Scenario> = std::sync::OnceLock::new();
        static FEED: std::sync::OnceLock<Feed> = std::sync::OnceLock::new();
        let base = BASE.get_or_init(|| {
            crs_planner::scenario::parse(include_str!("../../assets/examples/work-history.json"), "example", crate::common::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped).unwrap()
        });
        let feed = FEED.get_or_init(|| Feed::parse(draws::SHIPPED_FEED).unwrap());
        let date = day(on);
        let mut scenario = base.clone();
        scenario.background.work = Some(jobs);
        let reference = Reference::shipped();
        let report = eligibility::assess(&scenario.situation(), reference, date);
        let person = Person::new(scenario.situation(), reference, date);
        let standings = draws::standings(feed, 450, None, 6, Some(&person));
        for standing in &standings {
            let Some(answer) = report
                .categories
                .iter()
                .flat_map(|list| &list.categories)
                .find(|category| *category.id == *standing.key)
                .map(|category| category.answer)
            else {
                continue;
            };
            let said = standing.entry.as_ref().and_then(|entry| entry.eligible);
            prop_assert_eq!(said, answer.as_option(), "{} on {}", standing.key, date);
            prop_assert_eq!(answer == Answer::Yes, said == Some(true));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A batch words each distinct unmet reason once and looks it up
    /// after, and writes its lines straight from the report: they are the
    /// lines serde writes of each report worded alone.
    #[test]
    fn reasons_worded_once_read_as_reasons_worded_each_time(
        people in proptest::collection::vec((proptest::collection::vec(any_job(), 0..5), 0i64..1800), 1..8),
    ) {
        use crs_planner::cli::eligibility::{write_line, EligibilityJson, Wording};
        static BASE: std::sync::OnceLock<crs_planner::scenario::Scenario> = std::sync::OnceLock::new();
        let base = BASE.get_or_init(|| {
            crs_planner::scenario::parse(include_str!("../../assets/examples/work-history.json"), "example", crate::common::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped).unwrap()
        });
        let mut wording = Wording::default();
        for (jobs, on) in people {
            let mut scenario = base.clone();
            scenario.background.work = Some(jobs);
            let report = eligibility::assess(&scenario.situation(), Reference::shipped(), day(on));
            let mut written = Vec::new();
            write_line(&report, &mut wording, &mut written);
            let alone = serde_json::to_string(&EligibilityJson::from(&report)).unwrap();
            prop_assert_eq!(String::from_utf8(written).unwrap(), alone);
        }
    }
}

//! Plans on a calendar. A plan's steps run side by side; the plan is done
//! when its longest step is, and may wait longer still (experience grows,
//! a birthday passes, a result expires). It is scored on the day it is
//! done, on the profile of that day (`engine::dated`), by the rule set in
//! force then. Waiting alone is a plan, at no effort.
//!
//! Exact: for each number of months `d` at which something can change (the
//! profile of the day, the rule set, or a step of that length becoming
//! possible), the exact search finds the cheapest plans whose steps all fit
//! in `d` months, scored on the day `d` months on; every plan with its wait
//! is one of these.

use super::dimensions::{dimensions_after, Dimension, Lapsed, LapsedResult};
use super::effort::EffortTable;
use super::gains::{Label, Move};
use super::goal::{continued_noc, fewest, ChanceGoal, Requirement, RoundGoal, Start};
use super::outlook::{Asker, Prepared};
use super::search::{search, thousandths, Plan, CANDIDATE_PLANS};
use crate::engine::dated::{expired_on, profile_on};
use crate::engine::eligibility::{work, Job, Place, Reference, RoundKind, Situation, Window};
use crate::engine::{Date, LanguageTables, Profile, RuleBook, RuleSet};

/// How far ahead plans look: three years, as the timeline does.
pub const HORIZON_MONTHS: u16 = 36;

/// The facts a calendar plan starts from.
#[derive(Clone, Copy)]
pub struct Calendar<'a> {
    pub situation: Situation<'a>,
    pub reference: &'a Reference,
    pub book: &'a RuleBook,
    /// The day the facts are as of (today).
    pub known_on: Date,
    /// The day the plan starts (today, or `--as-of`).
    pub from: Date,
    /// The most months a plan may take, waiting included.
    pub horizon: u16,
}

/// The dimensions last worked out on a walk over the months, with what
/// they were worked out from (the rules by address: a book's rule sets do
/// not move while a calendar borrows it).
#[derive(Default)]
struct MovesMemo {
    last: Option<(MovesKey, Vec<Dimension>)>,
}

type MovesKey = (Profile, Lapsed, *const RuleSet);

/// A plan with the day it is done.
#[derive(Debug, Clone, PartialEq)]
pub struct DatedPlan {
    pub plan: Plan,
    /// Months from the start until the plan is done (its wait included).
    pub months: u16,
    pub done_on: Date,
}

impl Calendar<'_> {
    pub fn day(&self, months: u16) -> Date {
        self.from.plus_months(i32::from(months))
    }

    pub fn profile_at(&self, months: u16, tables: &LanguageTables) -> Profile {
        profile_on(
            &self.situation,
            self.reference,
            self.known_on,
            self.day(months),
            tables,
        )
        .profile
    }

    pub fn rules_at(&self, months: u16) -> &RuleSet {
        self.book.for_day(self.day(months))
    }

    /// The results that no longer count `months` on, with their last levels.
    pub fn lapsed_at(&self, months: u16) -> Lapsed {
        let expired = expired_on(self.situation.extras, self.day(months));
        let stated = self.situation.profile;
        let with = |expired: Option<Date>, result: Option<crate::engine::LanguageResult>| {
            expired
                .zip(result)
                .map(|(expired, result)| LapsedResult { result, expired })
        };
        Lapsed {
            first: with(expired.first, Some(stated.first_language)),
            second: with(expired.second, stated.second_language),
            spouse: with(expired.spouse, stated.spouse.and_then(|s| s.language)),
        }
    }

    /// The day the person's work as it stands runs to: planned work cannot
    /// start before it (those months are already a job's, and already
    /// counted as it grows; beside a part-time job a planned one would count
    /// only up to the weekly cap, not as a year). `None`: the work goes on
    /// past any plan.
    pub fn busy_until(&self) -> Option<Date> {
        let mut until = self.from;
        let permit = self.situation.extras.dates.work_permit_expires;
        let capped = crate::engine::eligibility::within_permit(self.situation.background, permit);
        let background = capped.as_ref().unwrap_or(self.situation.background);
        match &background.work {
            Some(work) => {
                for job in work {
                    match job.to {
                        None => return None,
                        Some(last) if last >= self.from => until = until.max(last.plus_days(1)),
                        Some(_) => {}
                    }
                }
            }
            None => {
                let dates = &self.situation.extras.dates;
                if dates.foreign_experience.is_some_and(|span| span.ongoing) {
                    return None;
                }
                if dates.canadian_experience.is_some_and(|span| span.ongoing) {
                    match permit {
                        Some(end) => until = until.max(end.plus_days(1)),
                        None => return None,
                    }
                }
            }
        }
        Some(until)
    }

    /// The profile `months` on and the moves a plan done then can make: each
    /// fitting in the months (and planned work in the free ones), lapsed
    /// results retaken; a nomination only when not `in_hand`.
    pub fn moves_at(
        &self,
        months: u16,
        effort: &EffortTable,
        tables: &LanguageTables,
        in_hand: bool,
    ) -> (Profile, Vec<Dimension>) {
        self.moves_at_with(months, effort, tables, in_hand, &mut MovesMemo::default())
    }

    /// `moves_at` for a walk over the months: the dimensions of the month
    /// before are reused while the profile, the lapsed results and the rules
    /// stay the same (most months; the spouse's mixes alone cost a score
    /// each).
    fn moves_at_with(
        &self,
        months: u16,
        effort: &EffortTable,
        tables: &LanguageTables,
        in_hand: bool,
        memo: &mut MovesMemo,
    ) -> (Profile, Vec<Dimension>) {
        let base = self.profile_at(months, tables);
        let lapsed = self.lapsed_at(months);
        let rules = self.rules_at(months);
        // Work by occupation moves every month of an ongoing job; rules
        // without occupation factors never read it.
        let mut read = base;
        if !rules.has_occupation_factors() {
            read.occupations = Default::default();
        }
        let key = (read, lapsed, rules as *const RuleSet);
        let all = match &memo.last {
            Some((known, dims)) if *known == key => dims.clone(),
            _ => {
                let dims = dimensions_after(&base, &lapsed, effort, rules, tables);
                memo.last = Some((key, dims.clone()));
                dims
            }
        };
        let all = all
            .into_iter()
            .filter(|dim| !in_hand || !dim.options.iter().any(|o| o.has(Move::ProvincialNomination)))
            .collect();
        let all = self.with_hours_in_hand(all, months);
        (base, self.workable(fitting(all, months), months))
    }

    /// Planned years of work counted as the work history counts them, with
    /// the hours already in the window: a year on top of eleven months' hours
    /// takes one month of work, not twelve (and gives one year, not two).
    /// Each option's months become the fewest whole months of full-time work
    /// ending on the plan's day that reach its years; its effort shrinks in
    /// proportion.
    fn with_hours_in_hand(&self, dims: Vec<Dimension>, months: u16) -> Vec<Dimension> {
        let background = self.situation.background;
        let Some(history) = &background.work else {
            return dims;
        };
        let permit = self.situation.extras.dates.work_permit_expires;
        let capped = crate::engine::eligibility::within_permit(background, permit);
        let work = capped.as_ref().and_then(|b| b.work.as_ref()).unwrap_or(history);
        let day = self.day(months);
        let programs = &self.reference.programs;
        let filler = Start::unlisted_skilled_noc(self.reference);
        let window = Window::years_before(day, 10);
        let cap = programs.hours_per_week_cap;
        let year = work::hours_to_sevenths(programs.year_hours);
        let counts_at = |job: &&Job, place: Place| job.place == place && job.counts() && job.noc.is_skilled();
        // The hours already in the window, once a place: planned work only
        // fills months no job fills (`workable` drops an option longer than
        // those), so its hours add to these exactly.
        let held = [Place::Canada, Place::Abroad]
            .map(|place| work::count(work.iter().filter(|job| counts_at(job, place)), window, cap));
        let needed = |place: Place, to: u8, most: u16| -> u16 {
            let Some(noc) = continued_noc(work, place).or(filler) else {
                return most;
            };
            let already = held[usize::from(place == Place::Abroad)];
            let reaches = |k: u16| {
                let planned = Job {
                    noc,
                    place,
                    from: day.plus_months(-i32::from(k)),
                    to: Some(day),
                    hours_per_week: cap,
                    self_employed: false,
                    while_full_time_student: false,
                };
                already + work::count([&planned], window, cap) >= u64::from(to) * year
            };
            // The fewest months (one at least) that reach: more months, more
            // hours.
            fewest(i64::from(most) - 1, |k| reaches(k as u16 + 1)).map_or(most, |k| k as u16 + 1)
        };
        let stated = background.stated_years;
        dims.into_iter()
            .map(|mut dim| {
                for option in &mut dim.options {
                    for part in &mut option.parts {
                        let (place, to) = match part.change {
                            Move::CanadianExperience(to) if !stated.canadian => (Place::Canada, to),
                            Move::ForeignExperience(to) if !stated.foreign => (Place::Abroad, to),
                            _ => continue,
                        };
                        let months = needed(place, to, part.months);
                        if months < part.months {
                            let per_month = f64::from(part.cost) / f64::from(part.months.max(1));
                            part.cost = (per_month * f64::from(months)).ceil() as u32;
                            part.months = months;
                        }
                    }
                    option.cost = option.parts.iter().map(|p| p.cost).sum();
                    option.months = option.parts.iter().map(|p| p.months).max().unwrap_or(0);
                }
                dim
            })
            .collect()
    }

    /// The dimensions with planned work cut to the months it can fill `months`
    /// on, and no planned work in Canada ending after the permit does.
    pub fn workable(&self, dims: Vec<Dimension>, months: u16) -> Vec<Dimension> {
        let dims = within_free_time(dims, self.free_months(months));
        match self.situation.extras.dates.work_permit_expires {
            Some(end) if self.day(months) > end => dims
                .into_iter()
                .filter(|dim| {
                    !dim.options.iter().any(|option| {
                        option
                            .parts
                            .iter()
                            .any(|part| matches!(part.change, Move::CanadianExperience(_)))
                    })
                })
                .collect(),
            _ => dims,
        }
    }

    /// Whole months between the end of the person's work and the
    /// day `months` on: the time planned work can fill.
    pub fn free_months(&self, months: u16) -> u16 {
        let Some(until) = self.busy_until() else {
            return 0;
        };
        let end = self.day(months);
        (0..=months)
            .rev()
            .find(|&free| end.plus_months(-i32::from(free)) >= until)
            .unwrap_or(0)
    }
}

/// The dimensions with planned work cut to the months it can fill.
fn within_free_time(dims: Vec<Dimension>, free: u16) -> Vec<Dimension> {
    let work = |step: &super::dimensions::Step| {
        step.parts.iter().any(|part| {
            matches!(
                part.change,
                Move::CanadianExperience(_) | Move::ForeignExperience(_)
            )
        })
    };
    cut_options(dims, |option| option.months <= free || !work(option))
}

/// The dimensions with only the options `keep` allows; a dimension with
/// none left goes. The strongest stays marked where it is kept (else the
/// dearest left: the search's bound does not rely on it, see `search`).
fn cut_options(dims: Vec<Dimension>, keep: impl Fn(&super::dimensions::Step) -> bool) -> Vec<Dimension> {
    dims.into_iter()
        .filter_map(|mut dim| {
            let strongest = dim.options[dim.strongest].clone();
            dim.options.retain(&keep);
            if dim.options.is_empty() {
                return None;
            }
            dim.strongest = dim
                .options
                .iter()
                .position(|option| *option == strongest)
                .unwrap_or(dim.options.len() - 1);
            Some(dim)
        })
        .collect()
}

/// The most any plan on the calendar reaches, and the first day it does:
/// for each month, every dimension at its strongest option that fits in
/// the months and the free time, scored on that day.
pub fn reachable_on_calendar(
    calendar: &Calendar,
    effort: &EffortTable,
    tables: &LanguageTables,
    in_hand: bool,
) -> (u16, Date) {
    let mut best = (0, calendar.from);
    let mut memo = MovesMemo::default();
    for months in 0..=calendar.horizon {
        let rules = calendar.rules_at(months);
        let (base, dims) = calendar.moves_at_with(months, effort, tables, in_hand, &mut memo);
        let strongest = dims.iter().fold(base, |profile, dim| {
            dim.options[dim.strongest].apply(&profile, tables)
        });
        let total = rules.total(&strongest).max(rules.total(&base));
        if total > best.0 {
            best = (total, calendar.day(months));
        }
    }
    best
}

/// The kinds of round the person could be in once a plan is done, on its
/// day (as the outlook counts them).
pub fn kinds_open_after(calendar: &Calendar, dated: &DatedPlan, tables: &LanguageTables) -> Vec<String> {
    let base = calendar.profile_at(dated.months, tables);
    let planned = dated.plan.apply(&base, tables);
    let situation = Situation {
        profile: &base,
        ..calendar.situation
    };
    let report = Start::new(situation, calendar.reference, dated.done_on).planned_report(&planned);
    let (asker, _) = Asker::from_report(dated.plan.total, &report, planned.provincial_nomination);
    asker.open_kinds()
}

/// When a lapsed result is best sat again so that it counts on `done_on`:
/// once its preparation is done (`ready`) and within two years before that
/// day, and before it lapses where that is still ahead (no months without
/// its points). The first day, and the day to sit it by.
pub fn retake_window(ready: Date, expired: Date, done_on: Date) -> (Date, Date) {
    let earliest = earliest_valid_day(done_on).max(ready);
    let by = if expired > earliest { expired } else { done_on };
    (earliest, by)
}

/// The first day a test can be taken on and still count on `done_on`.
fn earliest_valid_day(done_on: Date) -> Date {
    done_on.plus_months(-24).plus_days(1)
}

/// The day a planned test is taken: when its step is done, or later if
/// the plan waits so long that it would lapse before the plan's day.
pub fn planned_test_day(from: Date, step_months: u16, done_on: Date) -> Date {
    from.plus_months(i32::from(step_months))
        .max(earliest_valid_day(done_on))
        .min(done_on)
}

/// A plan's total month by month until it is done: each step counts from
/// the month it is finished, on the profile of each month.
pub fn month_by_month(calendar: &Calendar, plan: &Plan, tables: &LanguageTables) -> Vec<u16> {
    (0..=plan.months)
        .map(|months| {
            let finished = plan
                .steps
                .iter()
                .filter(|step| step.months <= months)
                .flat_map(|step| step.changes.iter());
            let profile = finished.fold(calendar.profile_at(months, tables), |profile, change| {
                change.apply(&profile, tables)
            });
            calendar.rules_at(months).total(&profile)
        })
        .collect()
}

/// The dimensions cut to the options that fit in `months`.
pub fn fitting(dims: Vec<Dimension>, months: u16) -> Vec<Dimension> {
    cut_options(dims, |option| option.months <= months)
}

/// A chance of an invitation as the goal of calendar plans.
#[derive(Clone, Copy)]
pub struct ChanceAim<'a> {
    /// The pace of each kind of round, as the outlook reads it.
    pub pace: &'a Prepared,
    /// The least chance, from 0 to 1.
    pub least: f64,
    /// Within how many months of the plan's day.
    pub within: u16,
}

/// The cheapest plans on the calendar to `target` (and `round`), the
/// cheapest first and, at equal effort, the soonest. `select` narrows the
/// move space (the tests use it to compare with brute force on small ones;
/// the planner passes everything through).
#[allow(clippy::too_many_arguments)]
pub fn plans_on_calendar(
    calendar: &Calendar,
    target: u16,
    round: Option<&RoundKind>,
    effort: &EffortTable,
    tables: &LanguageTables,
    in_hand: bool,
    keep: usize,
    all: bool,
    chance: Option<&ChanceAim>,
    select: &dyn Fn(Vec<Dimension>) -> Vec<Dimension>,
) -> Vec<DatedPlan> {
    let found = measured_on_calendar(
        calendar, target, round, effort, tables, in_hand, keep, chance, select,
    );
    front_of(found.plans, keep, all)
}

/// What the calendar search found, and whether it finished within its budget.
pub struct Found {
    pub plans: Vec<Measured>,
    /// Search nodes visited over every month.
    pub nodes: u64,
    /// False when the whole calendar's node budget ran out before the last
    /// month was searched: the plans shown are the best found, not proven.
    pub complete: bool,
}

/// The node budget of a whole calendar plan: about three searches at their
/// own safety limit, far above what any profile tried needs.
pub const CALENDAR_NODE_BUDGET: u64 = 1_000_000;

/// Every distinct plan the calendar search finds (the cheapest first), worded
/// with its days and with the kinds of round open once it is done: what
/// `front_of` chooses from.
#[allow(clippy::too_many_arguments)]
pub fn measured_on_calendar(
    calendar: &Calendar,
    target: u16,
    round: Option<&RoundKind>,
    effort: &EffortTable,
    tables: &LanguageTables,
    in_hand: bool,
    keep: usize,
    chance: Option<&ChanceAim>,
    select: &dyn Fn(Vec<Dimension>) -> Vec<Dimension>,
) -> Found {
    let mut found: Vec<DatedPlan> = Vec::new();
    let mut nodes = 0u64;
    let mut complete = true;
    let mut previous: Option<(Profile, String, Vec<u16>)> = None;
    let today_total = calendar.rules_at(0).total(&calendar.profile_at(0, tables));
    let mut memo = MovesMemo::default();
    for months in 0..=calendar.horizon {
        if nodes >= CALENDAR_NODE_BUDGET {
            complete = false;
            break;
        }
        let rules = calendar.rules_at(months);
        let (base, dims) = calendar.moves_at_with(months, effort, tables, in_hand, &mut memo);
        let dims = select(dims);
        let lengths: Vec<u16> = dims
            .iter()
            .flat_map(|d| d.options.iter().map(|o| o.months))
            .collect();
        // Nothing new since the month before (the same profile, rules and
        // steps): any plan here is one found a month sooner.
        let now = (base, rules.id().to_string(), lengths);
        if previous.as_ref() == Some(&now) {
            continue;
        }
        previous = Some(now);
        let done_on = calendar.day(months);
        let situation = Situation {
            profile: &base,
            ..calendar.situation
        };
        let start = Start::new(situation, calendar.reference, done_on);
        let round_goal = round.map(|kind| RoundGoal::new(kind.clone(), start.clone()));
        let chance_goal = chance.map(|aim| ChanceGoal::new(start, aim.pace, rules, aim.within, aim.least));
        let goal: Option<&dyn Requirement> = match (&round_goal, &chance_goal) {
            (Some(round), _) => Some(round),
            (None, Some(chance)) => Some(chance),
            (None, None) => None,
        };
        let thousandths =
            |planned: &Profile| chance_goal.as_ref().map(|goal| thousandths(goal.chance(planned)));
        let met = rules.total(&base) >= target && goal.is_none_or(|g| g.admits(&base));
        if met {
            // Waiting is enough: nothing dearer found later can beat it,
            // but plans found sooner may be as cheap and quicker.
            found.push(DatedPlan {
                plan: Plan {
                    steps: Vec::new(),
                    effort: 0,
                    months,
                    total: rules.total(&base),
                    pareto: true,
                    not_known: Vec::new(),
                    done_on: None,
                    on_the_way: i32::from(rules.total(&base)) - i32::from(today_total),
                    done_day: None,
                    chance: thousandths(&base),
                    test_days: Vec::new(),
                },
                months,
                done_on,
            });
            break;
        }
        let result = search(
            &base,
            &dims,
            target,
            goal,
            rules,
            tables,
            keep.max(CANDIDATE_PLANS),
        );
        nodes += result.nodes;
        complete &= result.complete;
        let waited = i32::from(result.current) - i32::from(today_total);
        for mut plan in result.plans {
            plan.on_the_way = waited;
            plan.chance = thousandths(&plan.apply(&base, tables));
            found.push(DatedPlan {
                plan,
                months,
                done_on,
            });
        }
    }
    // The cheapest first, then the soonest; a plan found again later (the
    // same steps, only waiting longer) is the one found first.
    found.sort_by_key(|dated| (dated.plan.effort, dated.months));
    // The same steps say the same words, whatever day they start from:
    // each plan's words worked out once.
    let mut kept: Vec<(DatedPlan, Vec<String>)> = Vec::new();
    for dated in found {
        let words: Vec<String> = dated.plan.steps.iter().map(|s| s.label.to_string()).collect();
        if !kept.iter().any(|(_, other)| *other == words) {
            kept.push((dated, words));
        }
    }
    let mut kept: Vec<DatedPlan> = kept.into_iter().map(|(dated, _)| dated).collect();
    label_on_calendar(calendar, &mut kept);
    let plans = kept
        .into_iter()
        .map(|dated| Measured {
            opens: kinds_open_after(calendar, &dated, tables),
            dated,
        })
        .collect();
    Found {
        plans,
        nodes,
        complete,
    }
}

/// A plan with the kinds of round open once it is done.
pub struct Measured {
    pub dated: DatedPlan,
    pub opens: Vec<String>,
}

/// The days and retake windows a calendar plan's steps are worded with.
fn label_on_calendar(calendar: &Calendar, kept: &mut [DatedPlan]) {
    for dated in kept {
        dated.plan.months = dated.months;
        dated.plan.done_on = Some(dated.done_on.to_string());
        dated.plan.done_day = Some(dated.done_on);
        dated.plan.test_days = dated
            .plan
            .steps
            .iter()
            .flat_map(|step| {
                let day = planned_test_day(calendar.from, step.months, dated.done_on);
                step.changes
                    .iter()
                    .filter_map(move |change| change.language_slot().map(|slot| (slot, day)))
            })
            .collect();
        let lapsed = calendar.lapsed_at(dated.months);
        for step in &mut dated.plan.steps {
            let retaken = step.changes.iter().find_map(|change| match change {
                Move::Retake { slot, .. } => lapsed.get(*slot),
                _ => None,
            });
            if let Some(last) = retaken {
                let ready = calendar.from.plus_months(i32::from(step.months));
                let (earliest, by) = retake_window(ready, last.expired, dated.done_on);
                step.label = Label::Retake {
                    step: Box::new(step.label.clone()),
                    between: earliest != ready,
                    earliest,
                    by,
                };
            }
        }
    }
}

/// The plans no other beats: none as cheap, as soon, as high and opening
/// every kind of round it opens while better in one of these (the rest
/// only with `all`, marked); the cheapest `keep` of them.
pub fn front_of(measured: Vec<Measured>, keep: usize, all: bool) -> Vec<DatedPlan> {
    let dominates = |x: &Measured, y: &Measured| {
        let covers = y.opens.iter().all(|kind| x.opens.contains(kind));
        let (a, b) = (&x.dated, &y.dated);
        let no_worse =
            a.plan.effort <= b.plan.effort && a.months <= b.months && a.plan.total >= b.plan.total && covers;
        let better = a.plan.effort < b.plan.effort
            || a.months < b.months
            || a.plan.total > b.plan.total
            || x.opens.len() > y.opens.len();
        no_worse && better
    };
    let front: Vec<bool> = (0..measured.len())
        .map(|b| !(0..measured.len()).any(|a| a != b && dominates(&measured[a], &measured[b])))
        .collect();
    let mut kept: Vec<DatedPlan> = measured
        .into_iter()
        .zip(front)
        .filter_map(|(measured, on_front)| {
            let mut dated = measured.dated;
            dated.plan.pareto = on_front;
            (on_front || all).then_some(dated)
        })
        .collect();
    // The front first (cheapest first), then the cheapest of the rest.
    kept.sort_by_key(|dated| (!dated.plan.pareto, dated.plan.effort, dated.months));
    kept.truncate(keep);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advisor::EffortTable;
    use crate::engine::eligibility::ReferenceSource;

    /// An ongoing job in Canada, a spouse and a test that lapses on the
    /// way: the profile moves most months, the dimensions only some.
    const MOVING: &str = r#"{"format": "crs-scenario/1", "profile": {"birth_date": "1994-05-01",
        "education": "bachelors",
        "first_language": {"language": "english", "test": "clb", "listening": 8, "reading": 7, "writing": 7, "speaking": 8,
            "test_date": "2025-03-01"},
        "work": [{"noc": "31301", "where": "canada", "from": "2025-01-06", "hours_per_week": 40}],
        "spouse": {"education": "bachelors", "canadian_experience_years": 0,
            "language": {"language": "english", "test": "clb", "listening": 6, "reading": 6, "writing": 6, "speaking": 6}}}}"#;

    #[test]
    fn a_walk_over_the_months_sees_the_moves_each_month_would_alone() {
        let today: Date = "2026-12-03".parse().unwrap();
        let stated = crate::scenario::parse(MOVING, "moving", today, ReferenceSource::Shipped)
            .unwrap()
            .settled(today, ReferenceSource::Shipped);
        let mut with_occupations = RuleBook::shipped();
        let example = include_str!("../../assets/examples/rules/high-wage-example.json");
        with_occupations.insert(RuleSet::from_json(example).unwrap());
        let effort = EffortTable::shipped();
        let tables = LanguageTables::official();
        // With occupation factors the ongoing job's months are read, so
        // each month is worked out anew.
        for (book, least_reused) in [(RuleBook::shipped(), 25), (with_occupations, 0)] {
            let calendar = Calendar {
                situation: stated.situation(),
                reference: Reference::shipped(),
                book: &book,
                known_on: today,
                from: today,
                horizon: HORIZON_MONTHS,
            };
            for in_hand in [false, true] {
                let mut memo = MovesMemo::default();
                let mut reused = 0;
                for months in 0..=calendar.horizon {
                    let before = memo.last.as_ref().map(|(key, _)| *key);
                    let walked = calendar.moves_at_with(months, &effort, tables, in_hand, &mut memo);
                    let alone = calendar.moves_at(months, &effort, tables, in_hand);
                    assert_eq!(walked, alone, "month {months}, in hand {in_hand}");
                    if before == memo.last.as_ref().map(|(key, _)| *key) {
                        reused += 1;
                    }
                }
                // Reused most months, so the check above is of reuse.
                assert!(reused >= least_reused, "{reused}");
            }
        }
    }
}

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

use super::dimensions::{dimensions, Dimension};
use super::effort::EffortTable;
use super::gains::Move;
use super::goal::{RoundGoal, Start};
use super::search::{search, Plan, CANDIDATE_PLANS};
use crate::engine::dated::profile_on;
use crate::engine::eligibility::{Reference, RoundKind, Situation};
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

/// A plan with the day it is done.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    dims.into_iter()
        .filter_map(|mut dim| {
            let strongest = dim.options[dim.strongest].clone();
            dim.options.retain(|option| option.months <= months);
            if dim.options.is_empty() {
                return None;
            }
            // The strongest left is the dearest of a chain; the search's
            // bound does not rely on it (see `search`).
            dim.strongest = dim
                .options
                .iter()
                .position(|option| *option == strongest)
                .unwrap_or(dim.options.len() - 1);
            Some(dim)
        })
        .collect()
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
    select: &dyn Fn(Vec<Dimension>) -> Vec<Dimension>,
) -> Vec<DatedPlan> {
    let mut found: Vec<DatedPlan> = Vec::new();
    let mut previous: Option<(Profile, String, Vec<u16>)> = None;
    let today_total = calendar.rules_at(0).total(&calendar.profile_at(0, tables));
    for months in 0..=calendar.horizon {
        let base = calendar.profile_at(months, tables);
        let rules = calendar.rules_at(months);
        let all = dimensions(&base, effort, rules, tables);
        let all: Vec<Dimension> = if in_hand {
            all.into_iter()
                .filter(|dim| !dim.options.iter().any(|o| o.has(Move::ProvincialNomination)))
                .collect()
        } else {
            all
        };
        let dims = select(fitting(all, months));
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
        let goal = round.map(|kind| RoundGoal::new(kind.clone(), start));
        let met = rules.total(&base) >= target && goal.as_ref().is_none_or(|g| g.admits(&base));
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
            goal.as_ref(),
            rules,
            tables,
            keep.max(CANDIDATE_PLANS),
        );
        let waited = i32::from(result.current) - i32::from(today_total);
        for mut plan in result.plans {
            plan.on_the_way = waited;
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
    let mut kept: Vec<DatedPlan> = Vec::new();
    for dated in found {
        let same_steps = |other: &DatedPlan| {
            let labels = |d: &DatedPlan| d.plan.steps.iter().map(|s| s.label.clone()).collect::<Vec<_>>();
            labels(other) == labels(&dated)
        };
        if !kept.iter().any(same_steps) {
            kept.push(dated);
        }
    }
    // Best for their effort and time: no other is as cheap and as soon,
    // and better in one.
    let front: Vec<bool> = kept
        .iter()
        .map(|a| {
            !kept.iter().any(|b| {
                b.plan.effort <= a.plan.effort
                    && b.months <= a.months
                    && (b.plan.effort < a.plan.effort || b.months < a.months)
            })
        })
        .collect();
    for (dated, on_front) in kept.iter_mut().zip(front) {
        dated.plan.pareto = on_front;
        dated.plan.months = dated.months;
        dated.plan.done_on = Some(dated.done_on.to_string());
    }
    // The front first (cheapest first), then the cheapest of the rest.
    kept.sort_by_key(|dated| (!dated.plan.pareto, dated.plan.effort, dated.months));
    kept.truncate(keep);
    kept
}

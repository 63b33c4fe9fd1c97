//! The least-effort way to a target score or a round: the advice the
//! command line and the planner show, over the exact search in `search.rs`.

use std::fmt::Write as _;

use serde::Serialize;

use super::calendar::{self, Calendar, ChanceAim};
use super::gains::{Label, Move};
use super::goal::{ChanceGoal, Requirement, RoundGoal, Start};
use crate::engine::eligibility::Answer;
use crate::engine::eligibility::{Reason, RoundKind, Situation};
use crate::engine::{LanguageTables, Profile, RuleSet};
use crate::t;

pub use super::dimensions::{dimensions, Dimension, Part, Step};
pub use super::effort::{Effort, EffortKind, EffortTable};
use super::search::CANDIDATE_PLANS;
pub use super::search::{search, Plan, PlanResult, PlanStep, SHOWN_PLANS};

/// The advice for a target: the least-effort plans made of moves in the
/// user's hands, with the ones on the effort/points Pareto front first, and
/// separately the cheapest plan that leans on a provincial nomination.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Advice {
    #[serde(flatten)]
    pub in_hand: PlanResult,
    /// The cheapest plan with a nomination in it, when a nomination is still
    /// open and the target is not met.
    pub with_nomination: Option<Plan>,
    /// With a round as the goal: how the person stands with it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub round: Option<RoundStanding>,
    /// With a chance as the goal: what was asked and the chance today.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chance: Option<ChanceAsked>,
}

/// A chance of an invitation asked of the plans.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChanceAsked {
    /// The least chance asked, in thousandths (written as a fraction).
    #[serde(serialize_with = "thousandths_as_fraction")]
    pub least: u16,
    /// Within how many months of a plan's day.
    pub within: u16,
    /// The chance today, within as many months of today.
    #[serde(serialize_with = "thousandths_as_fraction")]
    pub now: u16,
}

fn thousandths_as_fraction<S: serde::Serializer>(value: &u16, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_f64(f64::from(*value) / 1000.0)
}

pub use super::search::thousandths;

/// How a person stands with the round a plan aims at.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoundStanding {
    /// The round kind's key (`french`, `cec`, `all`, `pnp`, ...).
    pub kind: String,
    /// How a person names these rounds ("CEC rounds").
    pub label: String,
    /// Whether the person could be in such a round today (`null`: not known).
    pub now: Option<bool>,
    /// What is missing today.
    pub unmet_now: Vec<Reason>,
    /// When no plan in the person's hands opens the round: what is still
    /// missing with every move at its strongest.
    pub out_of_reach: Vec<Reason>,
}

/// The plan search over every move open to the profile.
pub fn plan(
    profile: &Profile,
    target: u16,
    round: Option<&RoundGoal>,
    rules: &RuleSet,
    tables: &LanguageTables,
    effort: &EffortTable,
) -> Advice {
    let dims = dimensions(profile, effort, rules, tables);
    let is_nomination = |dim: &Dimension| dim.options.iter().any(|o| o.has(Move::ProvincialNomination));
    let in_hand_dims: Vec<Dimension> = dims.iter().filter(|d| !is_nomination(d)).cloned().collect();
    let requirement = round.map(|goal| goal as &dyn Requirement);
    let mut in_hand = search(
        profile,
        &in_hand_dims,
        target,
        requirement,
        rules,
        tables,
        CANDIDATE_PLANS,
    );
    let met_now = in_hand.current >= target && round.is_none_or(|goal| goal.admits(profile));
    let standing = round.map(|goal| {
        let start = goal.start();
        let now = start.planned_entry(profile, &goal.kind);
        let strongest = in_hand_dims
            .iter()
            .fold(*profile, |p, dim| dim.options[dim.strongest].apply(&p, tables));
        let out_of_reach = if in_hand.plans.is_empty() && !met_now {
            let at_best = start.planned_entry(&strongest, &goal.kind);
            if at_best.answer == Answer::No {
                at_best.reasons
            } else {
                Vec::new()
            }
        } else {
            Vec::new()
        };
        RoundStanding {
            kind: goal.kind.key(),
            label: goal.kind.rounds_label(start.reference, start.date),
            now: now.answer.as_option(),
            unmet_now: now.reasons,
            out_of_reach,
        }
    });
    // The front first (cheapest first), then the cheapest of the rest.
    in_hand
        .plans
        .sort_by_key(|plan| (!plan.pareto, plan.effort, std::cmp::Reverse(plan.total)));
    in_hand.plans.truncate(SHOWN_PLANS);
    let with_nomination = if dims.len() != in_hand_dims.len() && !met_now {
        search(profile, &dims, target, requirement, rules, tables, 1)
            .plans
            .into_iter()
            .next()
            .filter(|plan| {
                plan.steps
                    .iter()
                    .any(|step| step.changes.contains(&Move::ProvincialNomination))
            })
    } else {
        None
    };
    Advice {
        in_hand,
        with_nomination,
        round: standing,
        chance: None,
    }
}

impl RoundStanding {
    /// What to say of the round before any plan: each a heading and its
    /// reasons (the command line lists them, the planner runs them on).
    pub fn said(&self) -> Vec<(String, &[Reason])> {
        let mut said = Vec::new();
        match self.now {
            None => said.push((
                t!("plan-not-known-yet", rounds = &self.label),
                &self.unmet_now[..],
            )),
            Some(false) => {
                said.push((t!("plan-also-need", rounds = &self.label), &self.unmet_now[..]));
                if !self.out_of_reach.is_empty() {
                    said.push((t!("plan-no-move-opens"), &self.out_of_reach[..]));
                }
            }
            Some(true) => {}
        }
        said
    }
}

/// The advice on a calendar: each plan scored on the day it is done, with
/// the birthdays, expiries and growth on the way (`calendar.rs`); what the
/// round asks and the nomination plan as of today.
pub fn plan_on_calendar(
    calendar: &Calendar,
    target: u16,
    round: Option<&RoundKind>,
    tables: &LanguageTables,
    effort: &EffortTable,
    all: bool,
    chance: Option<&ChanceAim>,
) -> Advice {
    let today = calendar.profile_at(0, tables);
    let rules = calendar.rules_at(0);
    let situation = Situation {
        profile: &today,
        ..calendar.situation
    };
    let start = Start::new(situation, calendar.reference, calendar.from);
    let goal = round.map(|kind| RoundGoal::new(kind.clone(), start.clone()));
    // To a chance, the score is no goal of its own: the nomination plan is
    // the one to any higher score.
    let score_target = match chance {
        Some(_) => rules.total(&today).saturating_add(1).min(1200),
        None => target,
    };
    let mut advice = plan(&today, score_target, goal.as_ref(), rules, tables, effort);
    let found = calendar::measured_on_calendar(
        calendar,
        target,
        round,
        effort,
        tables,
        true,
        SHOWN_PLANS,
        chance,
        &|dims| dims,
    );
    let (mut measured, mut nodes, mut complete) = (found.plans, found.nodes, found.complete);
    // The plans with the second official language declared first, when
    // there is one: a declaration at no effort, then the search from there.
    if let Some((profile, extras)) = declared_the_other_way(calendar.situation) {
        let swapped = Calendar {
            situation: Situation {
                profile: &profile,
                extras: &extras,
                background: calendar.situation.background,
            },
            ..*calendar
        };
        let today_total = rules.total(&today);
        let swapped_today = swapped.rules_at(0).total(&swapped.profile_at(0, tables));
        let declare = Move::DeclareSecondFirst;
        let other_way = calendar::measured_on_calendar(
            &swapped,
            target,
            round,
            effort,
            tables,
            true,
            SHOWN_PLANS,
            chance,
            &|dims| dims,
        );
        nodes += other_way.nodes;
        complete &= other_way.complete;
        for mut found in other_way.plans {
            found.dated.plan.steps.insert(
                0,
                PlanStep {
                    changes: vec![declare],
                    label: Label::of(declare, &today),
                    effort: 0,
                    months: 0,
                    points: i32::from(swapped_today) - i32::from(today_total),
                },
            );
            measured.push(found);
        }
    }
    let dated = calendar::front_of(measured, SHOWN_PLANS, all);
    advice.in_hand.nodes += nodes;
    advice.in_hand.complete &= complete;
    advice.in_hand.target = target;
    advice.in_hand.plans = dated.into_iter().map(|d| d.plan).collect();
    // What moves reach once they have had the time they take, rather than
    // all of them made today.
    advice.in_hand.reachable_max = calendar::reachable_on_calendar(calendar, effort, tables, true).0;
    advice.chance = chance.map(|aim| {
        let today_goal = ChanceGoal::new(start, aim.pace, rules, aim.within, aim.least);
        ChanceAsked {
            least: thousandths(aim.least),
            within: aim.within,
            now: thousandths(today_goal.chance(&today)),
        }
    });
    if advice
        .chance
        .as_ref()
        .is_some_and(|asked| asked.now >= asked.least)
    {
        advice.with_nomination = None;
    }
    advice
}

/// The stated facts with the two official languages the other way round
/// (their results and test dates), when there are two.
fn declared_the_other_way(situation: Situation) -> Option<(Profile, crate::engine::Extras)> {
    let mut profile = *situation.profile;
    let mut extras = *situation.extras;
    super::gains::declare_second_first(&mut profile, Some(&mut extras.dates)).then_some((profile, extras))
}

// What the advice says, worded once for the command line and the planner.

pub fn already_there(result: &PlanResult) -> String {
    t!(
        "plan-already-there",
        current = result.current,
        target = result.target
    )
}

pub fn out_of_hands(result: &PlanResult) -> String {
    t!(
        "plan-out-of-hands",
        reachable = result.reachable_max,
        target = result.target
    )
}

pub fn heading(number: usize, plan: &Plan, current: u16) -> String {
    let when = match &plan.done_on {
        Some(day) if plan.steps.is_empty() => t!("plan-wait-until", date = day),
        Some(day) => t!("plan-done-on", date = day, months = plan.months),
        None => t!("plan-about-months", months = plan.months),
    };
    let heading = t!(
        "plan-heading",
        number = number,
        effort = plan.effort,
        when = when,
        total = plan.total,
        gain = format!("{:+}", i32::from(plan.total) - i32::from(current)),
        best = if plan.pareto { "yes" } else { "no" }
    );
    match plan.chance {
        Some(chance) => t!(
            "plan-heading-chance",
            heading = heading,
            chance = crate::i18n::percent(f64::from(chance) / 1000.0)
        ),
        None => heading,
    }
}

/// What a plan to a chance is asked, with today's chance.
pub fn chance_asked(asked: &ChanceAsked) -> String {
    let percent = |thousandths: u16| crate::i18n::percent(f64::from(thousandths) / 1000.0);
    let (least, now) = (percent(asked.least), percent(asked.now));
    if asked.now >= asked.least {
        t!("plan-chance-met", least = least, within = asked.within, now = now)
    } else {
        t!(
            "plan-chance-asked",
            least = least,
            within = asked.within,
            now = now
        )
    }
}

/// Whether the advice has nothing to plan: the target (or the chance) is
/// already reached and any round asked is open.
pub fn nothing_to_plan(advice: &Advice) -> bool {
    match &advice.chance {
        Some(asked) => asked.now >= asked.least,
        None => {
            let open_now = advice.round.as_ref().is_none_or(|r| r.now != Some(false));
            advice.in_hand.current >= advice.in_hand.target && open_now
        }
    }
}

pub fn nomination_heading(plan: &Plan) -> String {
    t!(
        "plan-nomination-heading",
        effort = plan.effort,
        total = plan.total
    )
}

/// A step as its line reads after the points.
pub fn step_text(step: &PlanStep) -> String {
    t!(
        "plan-step",
        label = step.label.to_string(),
        effort = step.effort,
        months = step.months
    )
}

/// What a plan leaves unknown, unless it is what was said of today.
pub fn not_known(plan: &Plan, round: Option<&RoundStanding>) -> Option<String> {
    let said = round.is_some_and(|r| r.now.is_none() && r.unmet_now == plan.not_known);
    (!plan.not_known.is_empty() && !said).then(|| {
        let reasons: Vec<String> = plan.not_known.iter().map(ToString::to_string).collect();
        t!("plan-still-not-known", reasons = reasons.join("; "))
    })
}

/// The advice as a person reads it on the command line.
pub fn render(advice: &Advice) -> String {
    let result = &advice.in_hand;
    let mut text = String::new();
    let round = advice.round.as_ref();
    let open_now = round.is_none_or(|r| r.now != Some(false));
    for (heading, reasons) in round.map(RoundStanding::said).unwrap_or_default() {
        let _ = writeln!(text, "{heading}");
        for reason in reasons {
            let _ = writeln!(text, "  - {reason}");
        }
    }
    if let Some(asked) = &advice.chance {
        let _ = writeln!(text, "{}", chance_asked(asked));
        if nothing_to_plan(advice) {
            return text;
        }
        if result.plans.is_empty() {
            let _ = writeln!(text, "{}", t!("plan-chance-out-of-reach", within = asked.within));
        }
    } else if result.current >= result.target && open_now {
        let _ = writeln!(text, "{}", already_there(result));
        return text;
    }
    if result.plans.is_empty() && result.reachable_max < result.target && advice.chance.is_none() {
        let _ = writeln!(text, "{}", out_of_hands(result));
    }
    if !result.complete {
        let _ = writeln!(text, "{}", t!("plan-safety-limit"));
    }
    let steps = |text: &mut String, plan: &Plan| {
        for step in &plan.steps {
            let _ = writeln!(text, "  {:>+5}  {}", step.points, step_text(step));
        }
        if plan.on_the_way != 0 {
            let _ = writeln!(text, "  {:>+5}  {}", plan.on_the_way, t!("plan-on-the-way"));
        }
        if let Some(unknown) = not_known(plan, round) {
            let _ = writeln!(text, "  {unknown}");
        }
    };
    for (index, plan) in result.plans.iter().enumerate() {
        let _ = writeln!(text);
        let _ = writeln!(text, "{}", heading(index + 1, plan, result.current));
        steps(&mut text, plan);
    }
    if let Some(plan) = &advice.with_nomination {
        let _ = writeln!(text);
        let _ = writeln!(text, "{}", nomination_heading(plan));
        steps(&mut text, plan);
    }
    let _ = writeln!(text);
    let _ = writeln!(text, "{}", t!("plan-effort-note"));
    text
}

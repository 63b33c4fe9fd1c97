//! The exact least-effort search: branch and bound over the dimensions,
//! with a round's requirements in the goal when there is one.

use serde::Serialize;

use super::dimensions::{Dimension, Part, Step};
use super::gains::Move;
use super::goal::Requirement;
use crate::engine::{LanguageTables, Profile, RuleSet};

/// One step of a plan, with the points it adds when the plan's steps are
/// taken in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanStep {
    /// One move, or several that only score together.
    #[serde(skip)]
    pub changes: Vec<Move>,
    pub label: super::gains::Label,
    pub effort: u32,
    pub months: u16,
    pub points: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub steps: Vec<PlanStep>,
    /// Effort points: the sum of months x difficulty.
    pub effort: u32,
    /// The longest step: steps can run side by side.
    pub months: u16,
    pub total: u16,
    /// No other plan found reaches at least as many points with less effort.
    pub pareto: bool,
    /// With a round as the goal: what is still not known of the way in
    /// once the plan is done (facts no plan changes, such as the work
    /// history). Empty when the way in is certain.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_known: Vec<crate::engine::eligibility::Reason>,
    /// On a calendar: the day the plan is done and scored (its longest step,
    /// or longer when waiting helps).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done_on: Option<String>,
    /// On a calendar: the points that come and go by then on their own
    /// (birthdays, expiries, experience growing), beside the steps'.
    #[serde(skip_serializing_if = "is_zero")]
    pub on_the_way: i32,
    /// On a calendar: the day the plan is done.
    #[serde(skip)]
    pub done_day: Option<crate::engine::Date>,
    /// With a chance as the goal: the chance of an invitation the plan
    /// reaches (within the months asked, from its day), in thousandths so
    /// that plans compare exactly; written as a fraction.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "as_fraction")]
    pub chance: Option<u16>,
    /// On a calendar: the day each new or retaken result is planned for.
    #[serde(skip)]
    pub test_days: Vec<(super::gains::Slot, crate::engine::Date)>,
}

/// A fraction from 0 to 1 in whole thousandths, rounded down (a plan is said
/// to reach a chance only when it does).
pub fn thousandths(fraction: f64) -> u16 {
    (fraction.clamp(0.0, 1.0) * 1000.0).floor() as u16
}

fn as_fraction<S: serde::Serializer>(thousandths: &Option<u16>, serializer: S) -> Result<S::Ok, S::Error> {
    match thousandths {
        Some(t) => serializer.serialize_f64(f64::from(*t) / 1000.0),
        None => serializer.serialize_none(),
    }
}

fn is_zero(value: &i32) -> bool {
    *value == 0
}

impl Plan {
    /// The profile with every step of the plan taken.
    pub fn apply(&self, profile: &Profile, tables: &LanguageTables) -> Profile {
        self.steps
            .iter()
            .flat_map(|step| step.changes.iter())
            .fold(*profile, |current, change| change.apply(&current, tables))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanResult {
    pub target: u16,
    pub current: u16,
    /// The most any combination of moves reaches.
    pub reachable_max: u16,
    /// The cheapest plans first; empty when the target is already met or
    /// out of reach.
    pub plans: Vec<Plan>,
    /// Search nodes visited, for the curious and the benchmarks.
    pub nodes: u64,
    /// False only if the search hit its safety limit before proving the
    /// plans shown are the cheapest (never seen on any profile tried).
    pub complete: bool,
}

struct Search<'a> {
    /// The profile searched from, with every result as plain levels: the
    /// score reads only levels, and moves on plain levels are cheapest.
    base: Profile,
    /// `Dimension::prefix_bounds` of each dimension.
    bounds: Vec<Vec<Step>>,
    /// The base profile with each bound taken, and with each option taken.
    /// The dimensions are separate parts of the profile and a branch has not
    /// touched the parts it has yet to decide, so taking a step there is
    /// copying its part from one of these: far cheaper than applying moves.
    bound_profiles: Vec<Vec<Profile>>,
    option_profiles: Vec<Vec<Profile>>,
    /// The cheapest option of any dimension from each index on.
    cheapest_from: Vec<u32>,
    rules: &'a RuleSet,
    tables: &'a LanguageTables,
    dims: &'a [Dimension],
    target: u16,
    keep: usize,
    /// A limit on effort for one pass of the search (see `search`).
    pass_limit: u32,
    /// A round the plans must also open, when the target is a round's.
    round: Option<&'a dyn Requirement>,
    /// Chosen (dimension, option) pairs of the plans found, cheapest first.
    found: Vec<(u32, Vec<(usize, usize)>)>,
    nodes: u64,
}

impl Search<'_> {
    /// The goal: the target score, and the round's requirements if any.
    fn reached(&self, profile: &Profile) -> bool {
        self.rules.total(profile) >= self.target && self.round.is_none_or(|goal| goal.admits(profile))
    }

    fn cost_limit(&self) -> u32 {
        let kth = if self.found.len() < self.keep {
            u32::MAX
        } else {
            self.found.last().map_or(u32::MAX, |(cost, _)| *cost)
        };
        // Plans far dearer than the cheapest are not among the best.
        let cap = self.found.first().map_or(u32::MAX, |(cheapest, _)| {
            cheapest.saturating_mul(MAX_EFFORT_RATIO.0) / MAX_EFFORT_RATIO.1 + 1
        });
        kth.min(cap).min(self.pass_limit)
    }

    /// Keeps a plan if every step is needed: a plan that still reaches the
    /// target without one of its steps only adds effort. `reached` is the
    /// profile with every step taken; the last step is known to be needed
    /// (the profile before it was short of the target).
    fn record(&mut self, reached: &Profile, cost: u32, chosen: &[(usize, usize)]) {
        if self.found.iter().any(|(_, plan)| plan == chosen) {
            return;
        }
        // Each dimension is its own part of the profile, so leaving a step
        // out is putting its part back as it was.
        let needed = chosen[..chosen.len().saturating_sub(1)]
            .iter()
            .all(|&(dim, option)| {
                let mut without = *reached;
                for part in &self.dims[dim].options[option].parts {
                    part.change.restore(&mut without, &self.base);
                }
                !self.reached(&without)
            });
        if !needed {
            return;
        }
        let at = self.found.partition_point(|(c, _)| *c <= cost);
        self.found.insert(at, (cost, chosen.to_vec()));
        self.found.truncate(self.keep);
    }

    /// A first plan for when the greedy one gets stuck (no single move adds
    /// points, though several together do): every part at its strongest,
    /// then, as long as the target is still reached, the change that saves
    /// the most effort: a part left as it is, or a cheaper option for it.
    /// Each step left is needed, since leaving it out was tried last.
    /// The base profile with the chosen (dimension, option) steps taken.
    fn profile_with(&self, chosen: impl IntoIterator<Item = (usize, usize)>) -> Profile {
        let mut profile = self.base;
        for (dim, option) in chosen {
            take_part(
                &mut profile,
                &self.dims[dim].options[option],
                &self.option_profiles[dim][option],
            );
        }
        profile
    }

    fn seed_by_trimming(&mut self) {
        let mut picks: Vec<Option<usize>> = self.dims.iter().map(|dim| Some(dim.strongest)).collect();
        let cost_of =
            |dim: &Dimension, pick: Option<usize>| pick.map_or(0, |option| dim.options[option].cost);
        let reaches = |picks: &[Option<usize>]| {
            let chosen = picks
                .iter()
                .enumerate()
                .filter_map(|(index, pick)| pick.map(|option| (index, option)));
            let profile = self.profile_with(chosen);
            self.reached(&profile).then_some(profile)
        };
        let Some(mut reached) = reaches(&picks) else {
            return;
        };
        loop {
            let mut best: Option<(u32, usize, Option<usize>, Profile)> = None;
            for (index, dim) in self.dims.iter().enumerate() {
                let now = cost_of(dim, picks[index]);
                let cheaper = std::iter::once(None)
                    .chain((0..dim.options.len()).map(Some))
                    .filter(|&pick| cost_of(dim, pick) < now);
                for pick in cheaper {
                    let saving = now - cost_of(dim, pick);
                    if best.as_ref().is_some_and(|(most, ..)| *most >= saving) {
                        continue;
                    }
                    let before = std::mem::replace(&mut picks[index], pick);
                    if let Some(profile) = reaches(&picks) {
                        best = Some((saving, index, pick, profile));
                    }
                    picks[index] = before;
                }
            }
            let Some((_, index, pick, profile)) = best else {
                break;
            };
            picks[index] = pick;
            reached = profile;
        }
        let chosen: Vec<(usize, usize)> = picks
            .iter()
            .enumerate()
            .filter_map(|(index, pick)| pick.map(|option| (index, option)))
            .collect();
        let cost = chosen
            .iter()
            .map(|&(dim, option)| self.dims[dim].options[option].cost)
            .sum();
        if !chosen.is_empty() {
            self.record(&reached, cost, &chosen);
        }
    }

    /// A first plan found greedily (best points per effort, then every
    /// unneeded step dropped), so the exact search starts with a cap on
    /// effort instead of none.
    fn seed_with_greedy_plan(&mut self) {
        let mut chosen: Vec<(usize, usize)> = Vec::new();
        let mut profile = self.base;
        let mut score = self.rules.total(&profile);
        let admitted = |profile: &Profile| self.round.is_none_or(|goal| goal.admits(profile));
        while !self.reached(&profile) {
            let open = admitted(&profile);
            let mut best: Option<((usize, usize), f64)> = None;
            for (dim_index, dim) in self.dims.iter().enumerate() {
                if chosen.iter().any(|&(d, _)| d == dim_index) {
                    continue;
                }
                for (option, step) in dim.options.iter().enumerate() {
                    let next = step.apply(&profile, self.tables);
                    let gained = self.rules.total(&next);
                    let mut points = f64::from(
                        gained
                            .saturating_sub(score)
                            .min(self.target.saturating_sub(score)),
                    );
                    // Opening the round counts as much as the whole target.
                    if !open && admitted(&next) {
                        points += f64::from(self.target);
                    }
                    let ratio = points / f64::from(step.cost.max(1));
                    if points > 0.0 && best.is_none_or(|(_, b)| ratio > b) {
                        best = Some(((dim_index, option), ratio));
                    }
                }
            }
            let Some(((dim, option), _)) = best else {
                return;
            };
            chosen.push((dim, option));
            profile = self.dims[dim].options[option].apply(&profile, self.tables);
            score = self.rules.total(&profile);
        }
        // Drop steps the plan reaches the target without.
        let mut index = 0;
        while index < chosen.len() {
            let without: Vec<(usize, usize)> = chosen
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != index)
                .map(|(_, &c)| c)
                .collect();
            let reached = self.profile_with(without.iter().copied());
            if !without.is_empty() && self.reached(&reached) {
                chosen = without;
            } else {
                index += 1;
            }
        }
        chosen.sort_unstable();
        let cost = chosen
            .iter()
            .map(|&(dim, option)| self.dims[dim].options[option].cost)
            .sum();
        let reached = self.profile_with(chosen.iter().copied());
        // Every step left is needed: dropping any one falls short.
        self.record(&reached, cost, &chosen);
    }

    /// `changed`: whether the last decision took a step. A branch that left
    /// a part as it was has its parent's profile, already known to be short.
    fn visit(
        &mut self,
        index: usize,
        profile: Profile,
        cost: u32,
        changed: bool,
        chosen: &mut Vec<(usize, usize)>,
    ) {
        self.nodes += 1;
        if self.nodes > NODE_LIMIT {
            return;
        }
        if changed && self.reached(&profile) {
            // Reached: any further move would only add effort.
            if !chosen.is_empty() {
                self.record(&profile, cost, chosen);
            }
            return;
        }
        // Not there yet, so at least one more step is needed: stop when even
        // the cheapest step left would cost too much.
        if index == self.dims.len() || cost.saturating_add(self.cheapest_from[index]) >= self.cost_limit() {
            return;
        }
        // The best this branch can do within what it may still spend: each
        // remaining part raised by every option it could afford on its own.
        // Options only ever raise levels, years or credentials, so taking
        // them all gives a profile at least as good as any one of them.
        let budget = self.cost_limit().saturating_sub(cost).saturating_sub(1);
        let mut bound = profile;
        for ((dim, bounds), profiles) in self.dims[index..]
            .iter()
            .zip(&self.bounds[index..])
            .zip(&self.bound_profiles[index..])
        {
            let affordable = dim.options.partition_point(|step| step.cost <= budget);
            if affordable > 0 {
                take_part(&mut bound, &bounds[affordable - 1], &profiles[affordable - 1]);
            }
        }
        if self.rules.total(&bound) < self.target || self.round.is_some_and(|goal| !goal.could_admit(&bound))
        {
            return;
        }
        // Options before leaving this part as it is: a cheap plan found early
        // caps the effort every other branch may spend.
        for (option, step) in self.dims[index].options.iter().enumerate() {
            let next_cost = cost + step.cost;
            if next_cost >= self.cost_limit() {
                break;
            }
            chosen.push((index, option));
            let mut next = profile;
            take_part(&mut next, step, &self.option_profiles[index][option]);
            self.visit(index + 1, next, next_cost, true, chosen);
            chosen.pop();
        }
        self.visit(index + 1, profile, cost, false, chosen);
    }
}

/// Copies the part of the profile that `step` changes from `source`.
fn take_part(profile: &mut Profile, step: &Step, source: &Profile) {
    for part in &step.parts {
        part.change.restore(profile, source);
    }
}

fn as_plain_levels(profile: &Profile, tables: &LanguageTables) -> Profile {
    let plain =
        |result: &crate::engine::LanguageResult| tables.plain_levels(result.language(), result.levels());
    let mut levels = *profile;
    levels.first_language = plain(&profile.first_language);
    levels.second_language = profile.second_language.as_ref().map(plain);
    if let Some(spouse) = levels.spouse.as_mut() {
        spouse.language = spouse.language.as_ref().map(plain);
    }
    levels
}

/// The `keep` least-effort plans that reach `target` (and open `round`,
/// when given), over the given dimensions. Exact: branch and bound,
/// bounding each branch by the score with every remaining part at its
/// strongest (scores never fall when a part improves), and by
/// `RoundGoal::could_admit` of that profile.
pub fn search(
    profile: &Profile,
    dims: &[Dimension],
    target: u16,
    round: Option<&dyn Requirement>,
    rules: &RuleSet,
    tables: &LanguageTables,
    keep: usize,
) -> PlanResult {
    let current = rules.total(profile);
    let strongest = dims
        .iter()
        .fold(*profile, |p, dim| dim.options[dim.strongest].apply(&p, tables));
    let reachable_max = rules.total(&strongest).max(current);
    let base = as_plain_levels(profile, tables);
    let bounds: Vec<Vec<Step>> = dims.iter().map(|dim| dim.prefix_bounds(&base, tables)).collect();
    let taken = |steps: &[Step]| steps.iter().map(|step| step.apply(&base, tables)).collect();
    let mut search = Search {
        base,
        bound_profiles: bounds.iter().map(|steps| taken(steps)).collect(),
        option_profiles: dims.iter().map(|dim| taken(&dim.options)).collect(),
        bounds,
        cheapest_from: {
            let mut cheapest = vec![u32::MAX; dims.len() + 1];
            for index in (0..dims.len()).rev() {
                let here = dims[index]
                    .options
                    .iter()
                    .map(|o| o.cost)
                    .min()
                    .unwrap_or(u32::MAX);
                cheapest[index] = cheapest[index + 1].min(here);
            }
            cheapest
        },
        rules,
        tables,
        dims,
        target,
        keep: keep.max(1),
        pass_limit: u32::MAX,
        round,
        found: Vec::new(),
        nodes: 0,
    };
    // Every option of every dimension at once: at least as good as any plan,
    // whether or not one option of a dimension outdoes the others (a
    // dimension cut to the steps that fit in some months may have none).
    let mut all_at_once = search.base;
    for (bounds, profiles) in search.bounds.iter().zip(&search.bound_profiles) {
        if let (Some(last), Some(profile)) = (bounds.last(), profiles.last()) {
            take_part(&mut all_at_once, last, profile);
        }
    }
    let open_at_best = round.is_none_or(|goal| goal.could_admit(&all_at_once));
    if !search.reached(&search.base) && rules.total(&all_at_once) >= target && open_at_best {
        search.seed_with_greedy_plan();
        if search.found.is_empty() {
            search.seed_by_trimming();
        }
        // The cheapest plan alone first; then the others in passes under a
        // rising limit on effort, as a multiple of the cheapest, up to the
        // cap on what is shown. A pass that finds enough plans below its
        // limit has found the cheapest ones, exactly as one pass under the
        // cap would, but without a wide search for the last few of them.
        let keep = std::mem::replace(&mut search.keep, 1);
        search.visit(0, search.base, 0, true, &mut Vec::new());
        search.keep = keep;
        if let Some(&(cheapest, _)) = search.found.first().filter(|_| search.keep > 1) {
            for (numerator, denominator) in PASS_LIMITS {
                search.pass_limit = cheapest.saturating_mul(numerator) / denominator + 1;
                search.visit(0, search.base, 0, true, &mut Vec::new());
                if search.found.len() >= search.keep {
                    break;
                }
            }
        }
    }
    let mut plans: Vec<Plan> = search
        .found
        .iter()
        .map(|(cost, chosen)| {
            let mut plan = explain(profile, dims, chosen, *cost, rules, tables);
            if let Some(goal) = round {
                plan.not_known = goal.not_known(&search.profile_with(chosen.iter().copied()));
            }
            plan
        })
        .collect();
    for index in 0..plans.len() {
        let (effort, total) = (plans[index].effort, plans[index].total);
        plans[index].pareto = !plans.iter().any(|other| {
            other.effort <= effort && other.total >= total && (other.effort < effort || other.total > total)
        });
    }
    PlanResult {
        target,
        current,
        reachable_max,
        plans,
        nodes: search.nodes,
        complete: search.nodes <= NODE_LIMIT,
    }
}

/// A found plan with each step's points, the biggest contributions first.
fn explain(
    profile: &Profile,
    dims: &[Dimension],
    chosen: &[(usize, usize)],
    cost: u32,
    rules: &RuleSet,
    tables: &LanguageTables,
) -> Plan {
    let mut parts: Vec<Part> = chosen
        .iter()
        .flat_map(|&(dim, option)| dims[dim].options[option].parts.iter().copied())
        .collect();
    // Take the move that adds most first, each time, so the explanation
    // starts with what matters most.
    let mut current = *profile;
    let mut previous = rules.total(profile);
    let mut explained: Vec<PlanStep> = Vec::with_capacity(parts.len());
    // Moves that only pay together (CLB 5 everywhere and a trade certificate)
    // are shown as one step rather than as a move that scores nothing.
    let mut pending: Vec<(Part, Profile)> = Vec::new();
    while !parts.is_empty() {
        let (index, _) = parts
            .iter()
            .enumerate()
            .map(|(index, part)| (index, rules.total(&part.change.apply(&current, tables))))
            .max_by_key(|&(index, total)| (total, std::cmp::Reverse(parts[index].cost)))
            .expect("parts is not empty");
        let part = parts.remove(index);
        let before = current;
        current = part.change.apply(&current, tables);
        let total = rules.total(&current);
        pending.push((part, before));
        if total > previous || parts.is_empty() {
            explained.push(PlanStep {
                changes: pending.iter().map(|(p, _)| p.change).collect(),
                label: super::gains::Label::Moves(
                    pending.iter().map(|(p, before)| (p.change, *before)).collect(),
                ),
                effort: pending.iter().map(|(p, _)| p.cost).sum(),
                months: pending.iter().map(|(p, _)| p.months).max().unwrap_or(0),
                points: i32::from(total) - i32::from(previous),
            });
            pending.clear();
            previous = total;
        }
    }
    Plan {
        months: explained.iter().map(|s| s.months).max().unwrap_or(0),
        steps: explained,
        effort: cost,
        total: previous,
        pareto: false,
        not_known: Vec::new(),
        done_on: None,
        on_the_way: 0,
        done_day: None,
        chance: None,
        test_days: Vec::new(),
    }
}

/// A safety limit so the planner never freezes on a profile unlike any
/// tried: about twenty times the most any profile in a sweep of 70,000
/// searches needed. Within it the search is exact.
const NODE_LIMIT: u64 = 300_000;

/// Plans costing more than this many times the cheapest are not shown
/// (as a fraction: 3/2 is one and a half times).
const MAX_EFFORT_RATIO: (u32, u32) = (3, 2);

/// The limits of the search's passes after the cheapest plan is known, as
/// fractions of its effort; the last is `MAX_EFFORT_RATIO`.
const PASS_LIMITS: [(u32, u32); 3] = [(11, 10), (5, 4), MAX_EFFORT_RATIO];

/// How many plans are looked at before the few shown are chosen.
pub(crate) const CANDIDATE_PLANS: usize = 8;
/// How many plans are shown.
pub const SHOWN_PLANS: usize = 5;

//! The least-effort way to a target score: an exact branch-and-bound search
//! over the moves open to a profile, each with an effort kept as data.

use std::collections::BTreeMap;

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use super::gains::{Move, Slot};
use super::goal::RoundGoal;
use crate::engine::eligibility::Answer;
use crate::engine::{Ability, CanadianEducation, Education, Language, LanguageTables, Profile, RuleSet};

const SHIPPED_EFFORT: &str = include_str!("../../rules/effort.json");

/// The kinds of move whose effort the data sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EffortKind {
    LanguageRetake,
    LanguageLevel,
    NewLanguage,
    NewLanguageLevel,
    CanadianExperienceYear,
    ForeignExperienceYear,
    EducationStep,
    CanadianCredentialShort,
    CanadianCredentialLong,
    CertificateOfQualification,
    SpouseEducationStep,
    SpouseCanadianExperienceYear,
    ProvincialNomination,
}

impl EffortKind {
    pub const ALL: [EffortKind; 13] = [
        EffortKind::LanguageRetake,
        EffortKind::LanguageLevel,
        EffortKind::NewLanguage,
        EffortKind::NewLanguageLevel,
        EffortKind::CanadianExperienceYear,
        EffortKind::ForeignExperienceYear,
        EffortKind::EducationStep,
        EffortKind::CanadianCredentialShort,
        EffortKind::CanadianCredentialLong,
        EffortKind::CertificateOfQualification,
        EffortKind::SpouseEducationStep,
        EffortKind::SpouseCanadianExperienceYear,
        EffortKind::ProvincialNomination,
    ];

    pub fn key(self) -> &'static str {
        match self {
            EffortKind::LanguageRetake => "language_retake",
            EffortKind::LanguageLevel => "language_level",
            EffortKind::NewLanguage => "new_language",
            EffortKind::NewLanguageLevel => "new_language_level",
            EffortKind::CanadianExperienceYear => "canadian_experience_year",
            EffortKind::ForeignExperienceYear => "foreign_experience_year",
            EffortKind::EducationStep => "education_step",
            EffortKind::CanadianCredentialShort => "canadian_credential_one_or_two_years",
            EffortKind::CanadianCredentialLong => "canadian_credential_three_years",
            EffortKind::CertificateOfQualification => "certificate_of_qualification",
            EffortKind::SpouseEducationStep => "spouse_education_step",
            EffortKind::SpouseCanadianExperienceYear => "spouse_canadian_experience_year",
            EffortKind::ProvincialNomination => "provincial_nomination",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Effort {
    pub months: u16,
    /// 1 (just time) to 5 (very hard, or not in your hands).
    pub difficulty: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEffort {
    months: u16,
    difficulty: u8,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEffortFile {
    format: String,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
    moves: BTreeMap<String, RawEffort>,
}

/// Months and difficulty for each kind of move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EffortTable {
    efforts: [Effort; 13],
}

impl EffortTable {
    /// The defaults shipped in `rules/effort.json`.
    pub fn shipped() -> EffortTable {
        let mut table = EffortTable {
            efforts: [Effort {
                months: 0,
                difficulty: 1,
            }; 13],
        };
        table
            .apply_json(SHIPPED_EFFORT, true)
            .unwrap_or_else(|e| panic!("rules/effort.json is shipped broken: {e}"));
        table
    }

    /// Overrides some or all kinds from a `crs-effort/1` file; `complete`
    /// demands every kind (for the shipped defaults).
    pub fn apply_json(&mut self, text: &str, complete: bool) -> Result<(), String> {
        let text = crate::files::without_bom(text);
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let raw: RawEffortFile = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
            let path = e.path().to_string();
            format!("{path}: {}", e.into_inner())
        })?;
        if raw.format != "crs-effort/1" {
            return Err(format!(
                "format: expected \"crs-effort/1\", found {:?}",
                raw.format
            ));
        }
        for (key, value) in &raw.moves {
            let kind = EffortKind::ALL
                .into_iter()
                .find(|kind| kind.key() == key)
                .ok_or_else(|| {
                    let keys: Vec<&str> = EffortKind::ALL.iter().map(|k| k.key()).collect();
                    format!("moves.{key}: unknown move; expected one of {}", keys.join(", "))
                })?;
            if !(1..=5).contains(&value.difficulty) {
                return Err(format!(
                    "moves.{key}.difficulty: expected 1 to 5, found {}",
                    value.difficulty
                ));
            }
            if value.months > 600 {
                return Err(format!(
                    "moves.{key}.months: expected at most 600, found {}",
                    value.months
                ));
            }
            self.efforts[kind as usize] = Effort {
                months: value.months,
                difficulty: value.difficulty,
            };
        }
        if complete {
            if let Some(missing) = EffortKind::ALL
                .iter()
                .find(|kind| !raw.moves.contains_key(kind.key()))
            {
                return Err(format!("moves.{}: missing", missing.key()));
            }
        }
        Ok(())
    }

    pub fn get(&self, kind: EffortKind) -> Effort {
        self.efforts[kind as usize]
    }

    /// Effort points: months times difficulty, so a hard month weighs more.
    fn cost(&self, kind: EffortKind, times: u32) -> u32 {
        let effort = self.get(kind);
        u32::from(effort.months) * u32::from(effort.difficulty) * times
    }

    fn months(&self, kind: EffortKind, times: u16) -> u16 {
        self.get(kind).months.saturating_mul(times)
    }
}

/// One move with its effort.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub change: Move,
    pub cost: u32,
    pub months: u16,
}

/// One possible change in one dimension of the profile, with its effort:
/// usually one move, several where a dimension stands for a group of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub parts: Vec<Part>,
    pub cost: u32,
    pub months: u16,
}

impl Step {
    fn one(change: Move, cost: u32, months: u16) -> Step {
        Step {
            parts: vec![Part { change, cost, months }],
            cost,
            months,
        }
    }

    fn group(parts: Vec<Part>) -> Step {
        Step {
            cost: parts.iter().map(|p| p.cost).sum(),
            months: parts.iter().map(|p| p.months).max().unwrap_or(0),
            parts,
        }
    }

    pub fn apply(&self, profile: &Profile, tables: &LanguageTables) -> Profile {
        self.parts
            .iter()
            .fold(*profile, |current, part| part.change.apply(&current, tables))
    }

    fn has(&self, change: Move) -> bool {
        self.parts.iter().any(|part| part.change == change)
    }
}

/// Mutually exclusive options for one part of the profile (its language
/// result, its Canadian experience, ...). Options may be left all unchosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dimension {
    pub options: Vec<Step>,
    /// The option that raises this part the most; every other option's
    /// profile is no better in any field, so it bounds the search.
    pub strongest: usize,
}

impl Dimension {
    /// For each k, one step as good as taking the first k+1 options (by
    /// cost) together: the search's bound for a branch that can afford them.
    /// Options only ever raise the part, so together they give the highest
    /// value each field reaches in any of them.
    fn prefix_bounds(&self, profile: &Profile, tables: &LanguageTables) -> Vec<Step> {
        let mut bounds = Vec::with_capacity(self.options.len());
        let mut combined = *profile;
        for option in &self.options {
            combined = option.apply(&combined, tables);
            let mut parts: Vec<Part> = Vec::new();
            for part in option
                .parts
                .iter()
                .chain(bounds.last().map_or(&[][..], |b: &Step| &b.parts[..]))
            {
                if !parts.iter().any(|p| same_field(p.change, part.change)) {
                    parts.push(*part);
                }
            }
            // Language moves on one result merge into one set of levels.
            for part in &mut parts {
                let new_result = matches!(part.change, Move::NewResult { .. });
                if let (Some(slot), false) = (language_slot(part.change), new_result) {
                    if let Some(result) = slot.result(&combined) {
                        part.change = Move::Levels {
                            slot,
                            levels: result.levels(),
                        };
                    }
                } else {
                    part.change = strongest_of(part.change, &self.options[..=bounds.len()]);
                }
            }
            bounds.push(Step::group(parts));
        }
        bounds
    }
}

fn language_slot(change: Move) -> Option<Slot> {
    match change {
        Move::Ability { slot, .. }
        | Move::AllAbilities { slot, .. }
        | Move::Levels { slot, .. }
        | Move::NewResult { slot, .. } => Some(slot),
        _ => None,
    }
}

/// Whether two moves change the same part of the profile.
fn same_field(a: Move, b: Move) -> bool {
    match (language_slot(a), language_slot(b)) {
        (Some(x), Some(y)) => x == y,
        (None, None) => std::mem::discriminant(&a) == std::mem::discriminant(&b),
        _ => false,
    }
}

/// Of the options' moves on the same field as `change`, the one that goes
/// furthest (moves of one kind go further as they cost more).
fn strongest_of(change: Move, options: &[Step]) -> Move {
    options
        .iter()
        .flat_map(|option| option.parts.iter())
        .filter(|part| same_field(part.change, change))
        .max_by_key(|part| part.cost)
        .map_or(change, |part| part.change)
}

fn language_dimension(profile: &Profile, slot: Slot, best: u8, effort: &EffortTable) -> Option<Dimension> {
    let result = slot.result(profile)?;
    let levels = result.levels();
    let mut options = Vec::new();
    let retake = |raises: &[u8]| -> (u32, u16) {
        let total: u32 = raises.iter().map(|&r| u32::from(r)).sum();
        let largest = raises.iter().copied().max().unwrap_or(0);
        (
            effort.cost(EffortKind::LanguageRetake, 1) + effort.cost(EffortKind::LanguageLevel, total),
            effort.months(EffortKind::LanguageRetake, 1)
                + effort.months(EffortKind::LanguageLevel, u16::from(largest)),
        )
    };
    // The score depends only on which levels a result has, not on which
    // ability has which, so of abilities at the same level one stands for all.
    let mut seen_levels = Vec::with_capacity(4);
    for ability in Ability::ALL {
        let current = levels.get(ability).max(3);
        if seen_levels.contains(&current) {
            continue;
        }
        seen_levels.push(current);
        for level in (current + 1)..=best {
            let (cost, months) = retake(&[level - current]);
            options.push(Step::one(Move::Ability { slot, ability, level }, cost, months));
        }
    }
    let lowest = levels.lowest().max(3);
    let mut strongest = None;
    for level in (lowest + 1)..=best {
        let raises: Vec<u8> = levels.0.iter().map(|&l| level.saturating_sub(l.max(3))).collect();
        let (cost, months) = retake(&raises);
        options.push(Step::one(Move::AllAbilities { slot, level }, cost, months));
        strongest = Some(options.len() - 1);
    }
    let strongest = strongest?;
    Some(Dimension { options, strongest })
}

fn new_language_dimension(slot: Slot, language: Language, effort: &EffortTable) -> Dimension {
    let options: Vec<Step> = (4..=9u8)
        .map(|level| {
            let levels = u32::from(level - 3);
            Step::one(
                Move::NewResult {
                    slot,
                    language,
                    level,
                },
                effort.cost(EffortKind::NewLanguage, 1) + effort.cost(EffortKind::NewLanguageLevel, levels),
                effort.months(EffortKind::NewLanguage, 1)
                    + effort.months(EffortKind::NewLanguageLevel, levels as u16),
            )
        })
        .collect();
    let strongest = options.len() - 1;
    Dimension { options, strongest }
}

fn counted_dimension(
    current: u8,
    most: u8,
    kind: EffortKind,
    make: fn(u8) -> Move,
    effort: &EffortTable,
) -> Option<Dimension> {
    if current >= most {
        return None;
    }
    let options: Vec<Step> = ((current + 1)..=most)
        .map(|value| {
            let steps = value - current;
            Step::one(
                make(value),
                effort.cost(kind, u32::from(steps)),
                effort.months(kind, u16::from(steps)),
            )
        })
        .collect();
    let strongest = options.len() - 1;
    Some(Dimension { options, strongest })
}

/// Each education level above the current one, an effort step a level.
fn education_dimension(
    current: Education,
    kind: EffortKind,
    make: fn(Education) -> Move,
    effort: &EffortTable,
) -> Option<Dimension> {
    let options: Vec<Step> = Education::ALL
        .into_iter()
        .filter(|&level| level > current)
        .map(|level| {
            let steps = (level.index() - current.index()) as u16;
            Step::one(
                make(level),
                effort.cost(kind, u32::from(steps)),
                effort.months(kind, steps),
            )
        })
        .collect();
    let strongest = options.len().checked_sub(1)?;
    Some(Dimension { options, strongest })
}

fn single(change: Move, kind: EffortKind, effort: &EffortTable) -> Dimension {
    Dimension {
        options: vec![Step::one(change, effort.cost(kind, 1), effort.months(kind, 1))],
        strongest: 0,
    }
}

/// The spouse's moves as one dimension. The spouse section adds to the
/// total independently of every other factor, so any mix of spouse moves can
/// be replaced by one on the effort/points frontier of those mixes without
/// costing more or scoring less: the search need only look at the frontier.
fn spouse_dimension(
    profile: &Profile,
    dims: &[Dimension],
    rules: &RuleSet,
    tables: &LanguageTables,
) -> Option<Dimension> {
    let base = rules.total(profile);
    let mut mixes: Vec<(u32, u16, Vec<Part>)> = Vec::new();
    let mut choice = vec![0usize; dims.len()];
    loop {
        let parts: Vec<Part> = dims
            .iter()
            .zip(&choice)
            .filter(|(_, &pick)| pick > 0)
            .flat_map(|(dim, &pick)| dim.options[pick - 1].parts.iter().copied())
            .collect();
        if !parts.is_empty() {
            let step = Step::group(parts);
            let points = rules.total(&step.apply(profile, tables)).saturating_sub(base);
            mixes.push((step.cost, points, step.parts));
        }
        let mut position = 0;
        loop {
            if position == dims.len() {
                mixes.sort_by_key(|(cost, points, _)| (*cost, std::cmp::Reverse(*points)));
                let mut options = Vec::new();
                let mut best_points = 0;
                for (_, points, parts) in mixes {
                    if points > best_points {
                        best_points = points;
                        options.push(Step::group(parts));
                    }
                }
                let strongest = options.len().checked_sub(1)?;
                return Some(Dimension { options, strongest });
            }
            choice[position] += 1;
            if choice[position] <= dims[position].options.len() {
                break;
            }
            choice[position] = 0;
            position += 1;
        }
    }
}

/// Every part of the profile a plan may change, with its options.
pub fn dimensions(
    profile: &Profile,
    effort: &EffortTable,
    rules: &RuleSet,
    tables: &LanguageTables,
) -> Vec<Dimension> {
    let mut found = Vec::new();
    found.extend(language_dimension(profile, Slot::First, 10, effort));
    match profile.second_language {
        Some(_) => found.extend(language_dimension(profile, Slot::Second, 9, effort)),
        None => {
            let other = match profile.first_language.language() {
                Language::English => Language::French,
                Language::French => Language::English,
            };
            found.push(new_language_dimension(Slot::Second, other, effort));
        }
    }
    found.extend(counted_dimension(
        profile.canadian_experience_years,
        5,
        EffortKind::CanadianExperienceYear,
        Move::CanadianExperience,
        effort,
    ));
    found.extend(counted_dimension(
        profile.foreign_experience_years,
        3,
        EffortKind::ForeignExperienceYear,
        Move::ForeignExperience,
        effort,
    ));
    found.extend(education_dimension(
        profile.education,
        EffortKind::EducationStep,
        Move::Education,
        effort,
    ));
    let mut study = Vec::new();
    for (level, kind) in [
        (
            CanadianEducation::OneOrTwoYear,
            EffortKind::CanadianCredentialShort,
        ),
        (
            CanadianEducation::ThreeYearOrMore,
            EffortKind::CanadianCredentialLong,
        ),
    ] {
        if level > profile.canadian_education {
            study.push(Step::one(
                Move::CanadianEducation(level),
                effort.cost(kind, 1),
                effort.months(kind, 1),
            ));
        }
    }
    if !study.is_empty() {
        let strongest = study.len() - 1;
        found.push(Dimension {
            options: study,
            strongest,
        });
    }
    if !profile.certificate_of_qualification {
        found.push(single(
            Move::CertificateOfQualification,
            EffortKind::CertificateOfQualification,
            effort,
        ));
    }
    if let Some(spouse) = profile.spouse {
        let mut spouse_dims = Vec::new();
        match spouse.language {
            Some(_) => spouse_dims.extend(language_dimension(profile, Slot::Spouse, 9, effort)),
            None => spouse_dims.push(new_language_dimension(Slot::Spouse, Language::English, effort)),
        }
        spouse_dims.extend(education_dimension(
            spouse.education,
            EffortKind::SpouseEducationStep,
            Move::SpouseEducation,
            effort,
        ));
        spouse_dims.extend(counted_dimension(
            spouse.canadian_experience_years,
            5,
            EffortKind::SpouseCanadianExperienceYear,
            Move::SpouseCanadianExperience,
            effort,
        ));
        found.extend(spouse_dimension(profile, &spouse_dims, rules, tables));
    }
    if !profile.provincial_nomination {
        found.push(single(
            Move::ProvincialNomination,
            EffortKind::ProvincialNomination,
            effort,
        ));
    }
    // Big movers first: once the search has decided on them, the bound on
    // what the rest can add is tight and prunes hard.
    let base = rules.total(profile);
    found.sort_by_cached_key(|dimension| {
        let strongest = dimension.options[dimension.strongest].apply(profile, tables);
        std::cmp::Reverse(rules.total(&strongest).saturating_sub(base))
    });
    for dimension in &mut found {
        // Cheapest first lets the search stop early in each dimension; the
        // strongest option moves with the sort.
        let strongest = dimension.options[dimension.strongest].clone();
        dimension.options.sort_by_key(|step| step.cost);
        dimension.strongest = dimension
            .options
            .iter()
            .position(|step| *step == strongest)
            .unwrap_or(0);
    }
    found
}

/// One step of a plan, with the points it adds when the plan's steps are
/// taken in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanStep {
    /// One move, or several that only score together.
    #[serde(skip)]
    pub changes: Vec<Move>,
    pub label: String,
    pub effort: u32,
    pub months: u16,
    pub points: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    pub not_known: Vec<String>,
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    round: Option<&'a RoundGoal<'a>>,
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
    round: Option<&RoundGoal>,
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
    let open_at_best = round.is_none_or(|goal| goal.could_admit(&as_plain_levels(&strongest, tables)));
    if !search.reached(&search.base) && reachable_max >= target && open_at_best {
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
                let planned = search.profile_with(chosen.iter().copied());
                let entry = goal.start().planned_entry(&planned, &goal.kind);
                if entry.answer == Answer::Unknown {
                    plan.not_known = entry.reasons;
                }
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
    let mut pending: Vec<(Part, String)> = Vec::new();
    while !parts.is_empty() {
        let (index, _) = parts
            .iter()
            .enumerate()
            .map(|(index, part)| (index, rules.total(&part.change.apply(&current, tables))))
            .max_by_key(|&(index, total)| (total, std::cmp::Reverse(parts[index].cost)))
            .expect("parts is not empty");
        let part = parts.remove(index);
        let label = part.change.describe(&current);
        current = part.change.apply(&current, tables);
        let total = rules.total(&current);
        pending.push((part, label));
        if total > previous || parts.is_empty() {
            explained.push(PlanStep {
                changes: pending.iter().map(|(p, _)| p.change).collect(),
                label: pending
                    .iter()
                    .map(|(_, l)| l.as_str())
                    .collect::<Vec<_>>()
                    .join(" + "),
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
const CANDIDATE_PLANS: usize = 8;
/// How many plans are shown.
pub const SHOWN_PLANS: usize = 5;

/// The advice for a target: the least-effort plans made of moves in the
/// user's hands, with the ones on the effort/points Pareto front first, and
/// separately the cheapest plan that leans on a provincial nomination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Advice {
    #[serde(flatten)]
    pub in_hand: PlanResult,
    /// The cheapest plan with a nomination in it, when a nomination is still
    /// open and the target is not met.
    pub with_nomination: Option<Plan>,
    /// With a round as the goal: how the person stands with it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub round: Option<RoundStanding>,
}

/// How a person stands with the round a plan aims at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoundStanding {
    /// The round kind's key (`french`, `cec`, `all`, `pnp`, ...).
    pub kind: String,
    /// How a person names these rounds ("CEC rounds").
    pub label: String,
    /// Whether the person could be in such a round today (`null`: not known).
    pub now: Option<bool>,
    /// What is missing today.
    pub unmet_now: Vec<String>,
    /// When no plan in the person's hands opens the round: what is still
    /// missing with every move at its strongest.
    pub out_of_reach: Vec<String>,
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
    let mut in_hand = search(
        profile,
        &in_hand_dims,
        target,
        round,
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
        search(profile, &dims, target, round, rules, tables, 1)
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
    }
}

impl RoundStanding {
    /// What to say of the round before any plan: each a heading and its
    /// reasons (the command line lists them, the planner runs them on).
    pub fn said(&self) -> Vec<(String, &[String])> {
        let mut said = Vec::new();
        match self.now {
            None => said.push((
                format!("Whether you can be in {} is not known yet:", self.label),
                &self.unmet_now[..],
            )),
            Some(false) => {
                said.push((
                    format!("To be in {} you also need:", self.label),
                    &self.unmet_now[..],
                ));
                if !self.out_of_reach.is_empty() {
                    said.push((
                        "No move you can make here opens them; with every move made, still missing:"
                            .to_string(),
                        &self.out_of_reach[..],
                    ));
                }
            }
            Some(true) => {}
        }
        said
    }
}

/// The advice as a person reads it, for the command line and the planner.
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
    if result.current >= result.target && open_now {
        let _ = writeln!(
            text,
            "Already there: {} is at or above {}.",
            result.current, result.target
        );
        return text;
    }
    if result.plans.is_empty() && result.reachable_max < result.target {
        let _ = writeln!(
            text,
            "Out of your hands: every move you can make together reaches {}, short of {}.",
            result.reachable_max, result.target
        );
    }
    if !result.complete {
        let _ = writeln!(
            text,
            "The search stopped at its safety limit: these are the best plans found, not proven the cheapest."
        );
    }
    for (index, plan) in result.plans.iter().enumerate() {
        let _ = writeln!(text);
        let _ = writeln!(
            text,
            "Plan {} · effort {} · about {} months · reaches {} (+{}){}",
            index + 1,
            plan.effort,
            plan.months,
            plan.total,
            plan.total - result.current,
            if plan.pareto {
                " · best for its effort"
            } else {
                ""
            }
        );
        write_steps(&mut text, plan);
        write_not_known(&mut text, plan, round);
    }
    if let Some(plan) = &advice.with_nomination {
        let _ = writeln!(text);
        let _ = writeln!(
            text,
            "With a provincial nomination (not in your hands alone) · effort {} · reaches {}",
            plan.effort, plan.total
        );
        write_steps(&mut text, plan);
        write_not_known(&mut text, plan, round);
    }
    let _ = writeln!(text);
    let _ = writeln!(
        text,
        "Effort = months x difficulty (1-5) of each step (rules/effort.json); steps can run side by side."
    );
    text
}

/// What a plan leaves unknown, unless it is what was said of today.
fn write_not_known(text: &mut String, plan: &Plan, round: Option<&RoundStanding>) {
    let said = round.is_some_and(|r| r.now.is_none() && r.unmet_now == plan.not_known);
    if !plan.not_known.is_empty() && !said {
        let _ = writeln!(text, "  Then still not known: {}", plan.not_known.join("; "));
    }
}

fn write_steps(text: &mut String, plan: &Plan) {
    for step in &plan.steps {
        let _ = writeln!(
            text,
            "  {:>+5}  {:<50} effort {:>3}, {:>2} months",
            step.points, step.label, step.effort, step.months
        );
    }
}

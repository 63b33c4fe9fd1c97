//! The moves open to a profile, as dimensions: each a separate part of the
//! profile with its mutually exclusive options and their effort.

use super::effort::{EffortKind, EffortTable};
use super::gains::{Move, Slot};
use crate::engine::{
    Abilities, Ability, CanadianEducation, Date, Education, Language, LanguageResult, LanguageTables,
    Profile, RuleSet,
};

/// A language result that no longer counts on the day a plan is scored,
/// with the levels it had: a plan takes it again from there rather than
/// learning the language from nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LapsedResult {
    pub result: LanguageResult,
    /// The first day it no longer counted.
    pub expired: Date,
}

/// The results lapsed on a plan's day, by slot.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lapsed {
    pub first: Option<LapsedResult>,
    pub second: Option<LapsedResult>,
    pub spouse: Option<LapsedResult>,
}

impl Lapsed {
    pub fn get(&self, slot: Slot) -> Option<&LapsedResult> {
        match slot {
            Slot::First => self.first.as_ref(),
            Slot::Second => self.second.as_ref(),
            Slot::Spouse => self.spouse.as_ref(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.first.is_none() && self.second.is_none() && self.spouse.is_none()
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

    pub(crate) fn has(&self, change: Move) -> bool {
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
    pub(crate) fn prefix_bounds(&self, profile: &Profile, tables: &LanguageTables) -> Vec<Step> {
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
                if let (Move::Retake { slot, last, .. }, Some(result)) = (
                    part.change,
                    language_slot(part.change).and_then(|slot| slot.result(&combined)),
                ) {
                    // A lapsed second result is no result at all: only a
                    // retake brings it back, so the bound is one.
                    part.change = Move::Retake {
                        slot,
                        last,
                        levels: result.levels(),
                    };
                } else if let (Some(slot), false) = (language_slot(part.change), new_result) {
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
    change.language_slot()
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
    let retake = |raises: &[u8]| -> (u32, u16) { retake_effort(raises, effort) };
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

/// The effort and months a single move takes from `profile`, priced as the
/// plan search prices it; `None` for what effort does not bring about (an
/// offer, a sibling, age).
pub fn effort_of(change: Move, profile: &Profile, effort: &EffortTable) -> Option<(u32, u16)> {
    let raises_to = |slot: Slot, target: &dyn Fn(Ability, u8) -> u8| -> Vec<u8> {
        let levels = slot.result(profile).map_or(Abilities([0; 4]), |r| r.levels());
        Ability::ALL
            .into_iter()
            .map(|ability| {
                let now = levels.get(ability).max(3);
                target(ability, now).saturating_sub(now)
            })
            .collect()
    };
    let years = |kind: EffortKind, from: u8, to: u8| {
        let steps = to.saturating_sub(from);
        (
            effort.cost(kind, u32::from(steps)),
            effort.months(kind, u16::from(steps)),
        )
    };
    let steps_up = |kind: EffortKind, from: usize, to: usize| {
        let steps = to.saturating_sub(from) as u16;
        (effort.cost(kind, u32::from(steps)), effort.months(kind, steps))
    };
    Some(match change {
        Move::Ability { slot, ability, level } => retake_effort(
            &raises_to(slot, &|a, now| if a == ability { level } else { now }),
            effort,
        ),
        Move::AllAbilities { slot, level } => {
            retake_effort(&raises_to(slot, &|_, now| now.max(level)), effort)
        }
        Move::Levels { slot, levels } => {
            retake_effort(&raises_to(slot, &|a, now| now.max(levels.get(a))), effort)
        }
        Move::Retake { last, levels, .. } => {
            let before = last.levels();
            let raises: Vec<u8> = (0..4).map(|i| levels.0[i].saturating_sub(before.0[i])).collect();
            retake_effort(&raises, effort)
        }
        Move::NewResult { level, .. } => {
            let levels = u32::from(level.saturating_sub(3));
            (
                effort.cost(EffortKind::NewLanguage, 1) + effort.cost(EffortKind::NewLanguageLevel, levels),
                effort.months(EffortKind::NewLanguage, 1)
                    + effort.months(EffortKind::NewLanguageLevel, levels as u16),
            )
        }
        Move::CanadianExperience(to) => years(
            EffortKind::CanadianExperienceYear,
            profile.canadian_experience_years,
            to,
        ),
        Move::ForeignExperience(to) => years(
            EffortKind::ForeignExperienceYear,
            profile.foreign_experience_years,
            to,
        ),
        Move::Education(level) => steps_up(
            EffortKind::EducationStep,
            profile.education.index(),
            level.index(),
        ),
        Move::CanadianEducation(level) => {
            let kind = match level {
                CanadianEducation::ThreeYearOrMore => EffortKind::CanadianCredentialLong,
                _ => EffortKind::CanadianCredentialShort,
            };
            (effort.cost(kind, 1), effort.months(kind, 1))
        }
        Move::CertificateOfQualification => (
            effort.cost(EffortKind::CertificateOfQualification, 1),
            effort.months(EffortKind::CertificateOfQualification, 1),
        ),
        Move::SpouseEducation(level) => steps_up(
            EffortKind::SpouseEducationStep,
            profile.spouse?.education.index(),
            level.index(),
        ),
        Move::SpouseCanadianExperience(to) => years(
            EffortKind::SpouseCanadianExperienceYear,
            profile.spouse?.canadian_experience_years,
            to,
        ),
        Move::ProvincialNomination => (
            effort.cost(EffortKind::ProvincialNomination, 1),
            effort.months(EffortKind::ProvincialNomination, 1),
        ),
        // A declaration: no months, no effort.
        Move::DeclareSecondFirst => (0, 0),
        Move::JobOffer(_) | Move::SiblingInCanada | Move::Age(_) => return None,
    })
}

/// Sitting a test again with `raises` levels more on its abilities: the
/// retake, then each level (abilities are prepared side by side).
fn retake_effort(raises: &[u8], effort: &EffortTable) -> (u32, u16) {
    let total: u32 = raises.iter().map(|&r| u32::from(r)).sum();
    let largest = raises.iter().copied().max().unwrap_or(0);
    (
        effort.cost(EffortKind::LanguageRetake, 1) + effort.cost(EffortKind::LanguageLevel, total),
        effort.months(EffortKind::LanguageRetake, 1)
            + effort.months(EffortKind::LanguageLevel, u16::from(largest)),
    )
}

/// A lapsed result taken again: at its last levels, or with abilities
/// raised above them, priced from those levels.
fn retake_dimension(slot: Slot, lapsed: &LapsedResult, best: u8, effort: &EffortTable) -> Dimension {
    let last = lapsed.result;
    let before = last.levels();
    let step = |levels: Abilities<u8>| {
        let raises: Vec<u8> = (0..4).map(|i| levels.0[i].saturating_sub(before.0[i])).collect();
        let (cost, months) = retake_effort(&raises, effort);
        Step::one(Move::Retake { slot, last, levels }, cost, months)
    };
    let mut options = vec![step(before)];
    let mut seen_levels = Vec::with_capacity(4);
    for ability in Ability::ALL {
        let current = before.get(ability).max(3);
        if seen_levels.contains(&current) {
            continue;
        }
        seen_levels.push(current);
        for level in (current + 1)..=best {
            let mut levels = before;
            levels.set(ability, level);
            options.push(step(levels));
        }
    }
    let mut strongest = 0;
    for level in (before.lowest().max(3) + 1)..=best {
        options.push(step(Abilities(before.0.map(|l| l.max(level)))));
        strongest = options.len() - 1;
    }
    Dimension { options, strongest }
}

/// A first test in a language, at CLB 4 (the least that scores) up to the
/// rule set's ceiling for that result.
fn new_language_dimension(slot: Slot, language: Language, ceiling: u8, effort: &EffortTable) -> Dimension {
    let options: Vec<Step> = (4..=ceiling.max(4))
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
    dimensions_after(profile, &Lapsed::default(), effort, rules, tables)
}

/// The dimensions of a profile some of whose results have lapsed: each of
/// those is retaken from its last levels.
pub fn dimensions_after(
    profile: &Profile,
    lapsed: &Lapsed,
    effort: &EffortTable,
    rules: &RuleSet,
    tables: &LanguageTables,
) -> Vec<Dimension> {
    let mut found = Vec::new();
    let ceilings = rules.ceilings();
    match lapsed.get(Slot::First) {
        Some(last) => found.push(retake_dimension(
            Slot::First,
            last,
            ceilings.first_language,
            effort,
        )),
        None => found.extend(language_dimension(
            profile,
            Slot::First,
            ceilings.first_language,
            effort,
        )),
    }
    match (profile.second_language, lapsed.get(Slot::Second)) {
        (None, Some(last)) => found.push(retake_dimension(
            Slot::Second,
            last,
            ceilings.second_language,
            effort,
        )),
        (Some(_), _) => found.extend(language_dimension(
            profile,
            Slot::Second,
            ceilings.second_language,
            effort,
        )),
        (None, None) => {
            let other = match profile.first_language.language() {
                Language::English => Language::French,
                Language::French => Language::English,
            };
            found.push(new_language_dimension(
                Slot::Second,
                other,
                ceilings.second_language,
                effort,
            ));
        }
    }
    found.extend(counted_dimension(
        profile.canadian_experience_years,
        ceilings.canadian_years,
        EffortKind::CanadianExperienceYear,
        Move::CanadianExperience,
        effort,
    ));
    found.extend(counted_dimension(
        profile.foreign_experience_years,
        ceilings.foreign_years,
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
        match (spouse.language, lapsed.get(Slot::Spouse)) {
            (None, Some(last)) => spouse_dims.push(retake_dimension(
                Slot::Spouse,
                last,
                ceilings.spouse_language,
                effort,
            )),
            (Some(_), _) => spouse_dims.extend(language_dimension(
                profile,
                Slot::Spouse,
                ceilings.spouse_language,
                effort,
            )),
            (None, None) => spouse_dims.push(new_language_dimension(
                Slot::Spouse,
                Language::English,
                ceilings.spouse_language,
                effort,
            )),
        }
        spouse_dims.extend(education_dimension(
            spouse.education,
            EffortKind::SpouseEducationStep,
            Move::SpouseEducation,
            effort,
        ));
        spouse_dims.extend(counted_dimension(
            spouse.canadian_experience_years,
            ceilings.spouse_canadian_years,
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

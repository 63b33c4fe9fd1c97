//! The point gains still available from a profile, each measured exactly by
//! scoring the changed profile, so knock-on effects (a language step moving
//! transferability and the French bonus too) are always included.

use crate::engine::eligibility::RoundKind;
use crate::engine::{
    Abilities, Ability, CanadianEducation, Education, JobOffer, Language, LanguageResult, LanguageTables,
    LanguageTest, Profile, RuleSet,
};
use crate::t;

/// Which language result a move changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    First,
    Second,
    Spouse,
}

impl Slot {
    pub fn label(self) -> String {
        crate::i18n::message(
            match self {
                Slot::First => "slot-first",
                Slot::Second => "slot-second",
                Slot::Spouse => "slot-spouse",
            },
            &[],
        )
    }

    pub fn result(self, profile: &Profile) -> Option<&LanguageResult> {
        match self {
            Slot::First => Some(&profile.first_language),
            Slot::Second => profile.second_language.as_ref(),
            Slot::Spouse => profile
                .spouse
                .as_ref()
                .and_then(|spouse| spouse.language.as_ref()),
        }
    }

    fn result_mut(self, profile: &mut Profile) -> Option<&mut LanguageResult> {
        match self {
            Slot::First => Some(&mut profile.first_language),
            Slot::Second => profile.second_language.as_mut(),
            Slot::Spouse => profile
                .spouse
                .as_mut()
                .and_then(|spouse| spouse.language.as_mut()),
        }
    }
}

/// One change to a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Move {
    /// One ability to a level, keeping the test: the score becomes the lowest
    /// that reaches the level.
    Ability {
        slot: Slot,
        ability: Ability,
        level: u8,
    },
    /// Every ability below `level` raised to it.
    AllAbilities {
        slot: Slot,
        level: u8,
    },
    /// Each ability raised to at least its level here (a bound used by the
    /// plan search: several moves on one result at once).
    Levels {
        slot: Slot,
        levels: Abilities<u8>,
    },
    /// A result in a language the profile has none in, at `level` on all four.
    NewResult {
        slot: Slot,
        language: Language,
        level: u8,
    },
    /// A result that has lapsed (or will have by the day a plan is scored)
    /// taken again: its last levels, each raised to at least `levels`.
    Retake {
        slot: Slot,
        last: LanguageResult,
        levels: Abilities<u8>,
    },
    /// The second official language declared as first, and the first as
    /// second: a declaration, no test.
    DeclareSecondFirst,
    CanadianExperience(u8),
    ForeignExperience(u8),
    Education(Education),
    CanadianEducation(CanadianEducation),
    CertificateOfQualification,
    SpouseEducation(Education),
    SpouseCanadianExperience(u8),
    ProvincialNomination,
    JobOffer(JobOffer),
    SiblingInCanada,
    Age(u8),
}

/// Whether the applicant can bring a change about by effort.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Control {
    /// A retake, more experience, a credential, the spouse's test.
    InYourHands,
    /// A nomination, a job offer, family, age.
    OutOfYourHands,
}

/// What a gain or a plan step does, kept as its moves and the profile each
/// is made from (for the levels and years it names), worded when shown: in
/// the language in use then, and as the same words in JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    /// Moves made together ("English to CLB 9 + French NCLC 7").
    Moves(Vec<(Move, Profile)>),
    /// A step that retakes a lapsed result, with the days it must be sat:
    /// before `by`, or between `earliest` and `by`.
    Retake {
        step: Box<Label>,
        between: bool,
        earliest: crate::engine::Date,
        by: crate::engine::Date,
    },
}

impl Label {
    pub fn of(change: Move, profile: &Profile) -> Label {
        Label::Moves(vec![(change, *profile)])
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Label::Moves(moves) => {
                let words: Vec<String> = moves
                    .iter()
                    .map(|(change, profile)| change.describe(profile))
                    .collect();
                f.write_str(&words.join(" + "))
            }
            Label::Retake {
                step,
                between,
                earliest,
                by,
            } => f.write_str(&t!(
                "plan-retake-when",
                step = step.to_string(),
                window = if *between { "between" } else { "before" },
                earliest = *earliest,
                by = *by
            )),
        }
    }
}

/// JSON holds a label as its English words, whatever the reader speaks.
impl serde::Serialize for Label {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&crate::i18n::in_english(|| self.to_string()))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gain {
    pub change: Move,
    pub label: Label,
    pub points: u16,
    pub control: Control,
    /// The programs and categories this change alone would open (see
    /// `goal::mark_openings`; empty until marked).
    pub opens: Vec<RoundKind>,
    /// Effort points and months it takes (`price`; `None` until priced, or
    /// when effort does not bring it about).
    pub effort: Option<(u32, u16)>,
}

/// How the gains are ordered within what is and is not in the user's hands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GainsOrder {
    /// The most points first.
    #[default]
    Points,
    /// The most points for each point of effort first.
    PerEffort,
}

impl GainsOrder {
    pub fn key(self) -> &'static str {
        match self {
            GainsOrder::Points => "points",
            GainsOrder::PerEffort => "per-effort",
        }
    }

    pub fn from_key(key: &str) -> Option<GainsOrder> {
        [GainsOrder::Points, GainsOrder::PerEffort]
            .into_iter()
            .find(|order| order.key() == key)
    }

    pub fn other(self) -> GainsOrder {
        match self {
            GainsOrder::Points => GainsOrder::PerEffort,
            GainsOrder::PerEffort => GainsOrder::Points,
        }
    }
}

/// Prices each gain with the effort table, then orders them: what is in
/// the user's hands first, each part by `order`.
pub fn price(gains: &mut [Gain], profile: &Profile, effort: &super::effort::EffortTable, order: GainsOrder) {
    for gain in gains.iter_mut() {
        gain.effort = super::dimensions::effort_of(gain.change, profile, effort);
    }
    gains.sort_by(|a, b| {
        let per_effort = |gain: &Gain| {
            gain.effort
                .map_or(0.0, |(cost, _)| f64::from(gain.points) / f64::from(cost.max(1)))
        };
        a.control.cmp(&b.control).then(match order {
            GainsOrder::Points => b.points.cmp(&a.points),
            GainsOrder::PerEffort => per_effort(b)
                .total_cmp(&per_effort(a))
                .then(b.points.cmp(&a.points)),
        })
    });
}

impl Move {
    /// The language result a move changes, if it changes one.
    pub fn language_slot(self) -> Option<Slot> {
        match self {
            Move::Ability { slot, .. }
            | Move::AllAbilities { slot, .. }
            | Move::Levels { slot, .. }
            | Move::NewResult { slot, .. }
            | Move::Retake { slot, .. } => Some(slot),
            _ => None,
        }
    }

    pub fn control(self) -> Control {
        match self {
            Move::ProvincialNomination | Move::JobOffer(_) | Move::SiblingInCanada | Move::Age(_) => {
                Control::OutOfYourHands
            }
            _ => Control::InYourHands,
        }
    }

    /// The profile with this move made. A move that no longer fits (its
    /// result was removed) leaves the profile as it was.
    /// Sets the part of `profile` this move changes back to its value in
    /// `from`. Moves of different parts touch different fields, so a plan
    /// without one of its moves is the finished plan with that part restored.
    pub fn restore(self, profile: &mut Profile, from: &Profile) {
        match self {
            Move::Ability { slot, .. }
            | Move::AllAbilities { slot, .. }
            | Move::Levels { slot, .. }
            | Move::NewResult { slot, .. }
            | Move::Retake { slot, .. } => match slot {
                Slot::First => profile.first_language = from.first_language,
                Slot::Second => profile.second_language = from.second_language,
                Slot::Spouse => {
                    if let (Some(spouse), Some(original)) = (profile.spouse.as_mut(), from.spouse.as_ref()) {
                        spouse.language = original.language;
                    }
                }
            },
            Move::DeclareSecondFirst => {
                profile.first_language = from.first_language;
                profile.second_language = from.second_language;
            }
            Move::CanadianExperience(_) => {
                profile.canadian_experience_years = from.canadian_experience_years;
                profile.occupations = from.occupations;
            }
            Move::ForeignExperience(_) => profile.foreign_experience_years = from.foreign_experience_years,
            Move::Education(_) => profile.education = from.education,
            Move::CanadianEducation(_) => profile.canadian_education = from.canadian_education,
            Move::CertificateOfQualification => {
                profile.certificate_of_qualification = from.certificate_of_qualification
            }
            Move::SpouseEducation(_) => {
                if let (Some(spouse), Some(original)) = (profile.spouse.as_mut(), from.spouse.as_ref()) {
                    spouse.education = original.education;
                }
            }
            Move::SpouseCanadianExperience(_) => {
                if let (Some(spouse), Some(original)) = (profile.spouse.as_mut(), from.spouse.as_ref()) {
                    spouse.canadian_experience_years = original.canadian_experience_years;
                }
            }
            Move::ProvincialNomination => profile.provincial_nomination = from.provincial_nomination,
            Move::JobOffer(_) => profile.job_offer = from.job_offer,
            Move::SiblingInCanada => profile.sibling_in_canada = from.sibling_in_canada,
            Move::Age(_) => profile.age = from.age,
        }
    }

    pub fn apply(self, profile: &Profile, tables: &LanguageTables) -> Profile {
        let mut changed = *profile;
        match self {
            Move::Ability { slot, ability, level } => {
                if let Some(result) = slot.result_mut(&mut changed) {
                    *result = with_levels(tables, result, |a, current| {
                        if a == ability {
                            level.max(current)
                        } else {
                            current
                        }
                    });
                }
            }
            Move::AllAbilities { slot, level } => {
                if let Some(result) = slot.result_mut(&mut changed) {
                    *result = with_levels(tables, result, |_, current| current.max(level));
                }
            }
            Move::Levels { slot, levels } => {
                if let Some(result) = slot.result_mut(&mut changed) {
                    *result = with_levels(tables, result, |ability, current| {
                        current.max(levels.get(ability))
                    });
                }
            }
            Move::NewResult {
                slot,
                language,
                level,
            } => {
                // Where a result is already there, it only ever goes up.
                if let Some(existing) = slot.result_mut(&mut changed) {
                    *existing = with_levels(tables, existing, |_, current| current.max(level));
                    return changed;
                }
                let result = tables.plain_levels(language, Abilities([level; 4]));
                match slot {
                    Slot::First => changed.first_language = result,
                    Slot::Second => changed.second_language = Some(result),
                    Slot::Spouse => {
                        if let Some(spouse) = changed.spouse.as_mut() {
                            spouse.language = Some(result);
                        }
                    }
                }
            }
            Move::Retake { slot, last, levels } => {
                let retaken = with_levels(tables, &last, |ability, level| level.max(levels.get(ability)));
                let target = retaken.levels();
                match slot.result_mut(&mut changed) {
                    // A lapsed result stands as no levels at all: the retake
                    // replaces it, keeping the test it was taken in.
                    Some(existing) if existing.levels().0.iter().zip(target.0).all(|(&a, b)| a <= b) => {
                        *existing = retaken
                    }
                    Some(existing) => {
                        *existing = with_levels(tables, existing, |ability, current| {
                            current.max(target.get(ability))
                        })
                    }
                    None => match slot {
                        Slot::First => changed.first_language = retaken,
                        Slot::Second => changed.second_language = Some(retaken),
                        Slot::Spouse => {
                            if let Some(spouse) = changed.spouse.as_mut() {
                                spouse.language = Some(retaken);
                            }
                        }
                    },
                }
            }
            Move::DeclareSecondFirst => {
                declare_second_first(&mut changed, None);
            }
            // Moves raise a part of the profile and never lower it, so that
            // making several moves never undoes one of them.
            Move::CanadianExperience(years) => {
                // The added years are worked in the occupation of the
                // person's latest job in Canada, for occupation-based factors.
                let added = years.saturating_sub(changed.canadian_experience_years);
                if added > 0 {
                    changed.occupations = changed.occupations.with_planned_months(added.saturating_mul(12));
                }
                changed.canadian_experience_years = changed.canadian_experience_years.max(years)
            }
            Move::ForeignExperience(years) => {
                changed.foreign_experience_years = changed.foreign_experience_years.max(years)
            }
            Move::Education(level) => changed.education = changed.education.max(level),
            Move::CanadianEducation(level) => {
                changed.canadian_education = changed.canadian_education.max(level)
            }
            Move::CertificateOfQualification => changed.certificate_of_qualification = true,
            Move::SpouseEducation(level) => {
                if let Some(spouse) = changed.spouse.as_mut() {
                    spouse.education = spouse.education.max(level);
                }
            }
            Move::SpouseCanadianExperience(years) => {
                if let Some(spouse) = changed.spouse.as_mut() {
                    spouse.canadian_experience_years = spouse.canadian_experience_years.max(years);
                }
            }
            Move::ProvincialNomination => changed.provincial_nomination = true,
            Move::JobOffer(offer) => {
                if offer_rank(offer) > offer_rank(changed.job_offer) {
                    changed.job_offer = offer;
                }
            }
            Move::SiblingInCanada => changed.sibling_in_canada = true,
            Move::Age(age) => changed.age = changed.age.max(age),
        }
        changed
    }

    /// What the move does, in words, from this profile.
    pub fn describe(self, profile: &Profile) -> String {
        let level_name = |slot: Slot| {
            slot.result(profile).map_or_else(
                || crate::engine::Language::English.level_name(),
                |result| result.language().level_name(),
            )
        };
        let owner = |slot: Slot| match slot {
            Slot::First => "first",
            Slot::Second => "second",
            Slot::Spouse => "spouse",
        };
        match self {
            Move::Ability { slot, ability, level } => {
                let current = slot.result(profile).map_or(0, |r| r.levels().get(ability));
                t!(
                    "move-ability",
                    owner = owner(slot),
                    ability = ability.label(),
                    levels = level_name(slot),
                    from = show_level(current),
                    to = level
                )
            }
            Move::Levels { slot, levels } => {
                let shown: Vec<String> = levels.0.iter().map(u8::to_string).collect();
                t!(
                    "move-levels",
                    slot = slot.label(),
                    levels = level_name(slot),
                    to = shown.join("/")
                )
            }
            Move::AllAbilities { slot, level } => {
                let language = slot
                    .result(profile)
                    .map_or_else(String::new, |r| r.language().label());
                t!(
                    "move-all-abilities",
                    owner = owner(slot),
                    language = language,
                    levels = level_name(slot),
                    to = level
                )
            }
            Move::NewResult {
                slot,
                language,
                level,
            } => t!(
                "move-new-result",
                owner = owner(slot),
                language = language.label(),
                levels = language.level_name(),
                to = level
            ),
            Move::Retake { slot, last, levels } => {
                let before = last.levels();
                let raised: Vec<Ability> = Ability::ALL
                    .into_iter()
                    .filter(|&ability| levels.get(ability) > before.get(ability))
                    .collect();
                let language = last.language();
                let shown = |abilities: Abilities<u8>| {
                    let (low, high) = (abilities.lowest(), abilities.0.iter().copied().max().unwrap_or(0));
                    if low == high {
                        low.to_string()
                    } else {
                        format!("{low}-{high}")
                    }
                };
                let after = Abilities(std::array::from_fn(|i| before.0[i].max(levels.0[i])));
                let how = match raised.as_slice() {
                    [] => t!("retake-again", levels = language.level_name(), to = shown(before)),
                    [ability] => t!(
                        "retake-raising",
                        ability = ability.label(),
                        levels = language.level_name(),
                        to = after.get(*ability)
                    ),
                    _ => t!("retake-all-to", levels = language.level_name(), to = shown(after)),
                };
                t!(
                    "move-retake",
                    owner = owner(slot),
                    language = language.label(),
                    how = how
                )
            }
            Move::DeclareSecondFirst => t!(
                "move-declare-second-first",
                language = profile
                    .second_language
                    .map_or_else(String::new, |r| r.language().label())
            ),
            Move::CanadianExperience(years) => t!(
                "move-canadian-experience",
                from = profile.canadian_experience_years,
                to = years
            ),
            Move::ForeignExperience(years) => t!(
                "move-foreign-experience",
                from = profile.foreign_experience_years,
                to = years
            ),
            Move::Education(level) => t!("move-education", level = level.short_label()),
            Move::CanadianEducation(level) => t!("move-canadian-education", level = level.short_label()),
            Move::CertificateOfQualification => t!("move-certificate"),
            Move::SpouseEducation(level) => t!("move-spouse-education", level = level.short_label()),
            Move::SpouseCanadianExperience(years) => t!(
                "move-spouse-canadian-experience",
                from = profile.spouse.map_or(0, |s| s.canadian_experience_years),
                to = years
            ),
            Move::ProvincialNomination => t!("move-nomination"),
            Move::JobOffer(offer) => t!("move-job-offer", offer = offer.label()),
            Move::SiblingInCanada => t!("move-sibling"),
            Move::Age(age) => t!("move-age", from = profile.age, to = age),
        }
    }
}

/// The two official languages the other way round (the second declared
/// first), with their test dates when given. False, and nothing changed,
/// when there is no second result.
pub fn declare_second_first(profile: &mut Profile, dates: Option<&mut crate::engine::Dates>) -> bool {
    let Some(second) = profile.second_language else {
        return false;
    };
    profile.second_language = Some(profile.first_language);
    profile.first_language = second;
    if let Some(dates) = dates {
        std::mem::swap(&mut dates.first_language_test, &mut dates.second_language_test);
    }
    true
}

/// Job offers in the order the CRS has always valued them.
fn offer_rank(offer: JobOffer) -> u8 {
    match offer {
        JobOffer::None => 0,
        JobOffer::Other => 1,
        JobOffer::Teer0Major00 => 2,
    }
}

fn show_level(level: u8) -> String {
    if level < 4 {
        "<4".to_string()
    } else {
        level.to_string()
    }
}

/// A result with new levels, keeping its test where the test can reach them
/// (scores become the lowest that reach each level) and switching to plain
/// levels where it cannot.
fn with_levels(
    tables: &LanguageTables,
    result: &LanguageResult,
    level_for: impl Fn(Ability, u8) -> u8,
) -> LanguageResult {
    let targets = result.levels().map(level_for);
    if result.test() == LanguageTest::Clb {
        // Levels are the scores themselves: the plan search's common case.
        return tables.plain_levels(result.language(), targets);
    }
    let mut units = result.scores();
    let mut reachable = true;
    for ability in Ability::ALL {
        let target = targets.get(ability);
        if target == result.levels().get(ability) {
            continue;
        }
        match tables.lowest_score_for(result.test(), ability, target) {
            Some(score) => units.set(ability, score),
            None => reachable = false,
        }
    }
    if reachable {
        tables.result_from_units(result.language(), result.test(), units)
    } else {
        tables.plain_levels(result.language(), targets)
    }
}

/// Every move worth considering from a profile, before it is scored.
fn candidates(profile: &Profile, rules: &RuleSet) -> Vec<Move> {
    let mut moves = Vec::with_capacity(64);
    let language_moves = |slot: Slot, best: u8, moves: &mut Vec<Move>| {
        let Some(result) = slot.result(profile) else {
            return;
        };
        let levels = result.levels();
        for ability in Ability::ALL {
            let current = levels.get(ability);
            if current < best {
                let next = current.max(3) + 1;
                moves.push(Move::Ability {
                    slot,
                    ability,
                    level: next,
                });
                if next != best {
                    moves.push(Move::Ability {
                        slot,
                        ability,
                        level: best,
                    });
                }
            }
        }
        let lowest = levels.lowest();
        for level in (lowest.max(3) + 1)..=best {
            moves.push(Move::AllAbilities { slot, level });
        }
    };
    // Past the rule set's ceilings, a higher level earns nothing.
    let ceilings = rules.ceilings();
    language_moves(Slot::First, ceilings.first_language, &mut moves);
    language_moves(Slot::Second, ceilings.second_language, &mut moves);
    language_moves(Slot::Spouse, ceilings.spouse_language, &mut moves);

    if profile.second_language.is_none() {
        let other = match profile.first_language.language() {
            Language::English => Language::French,
            Language::French => Language::English,
        };
        for level in new_result_levels(ceilings.second_language) {
            moves.push(Move::NewResult {
                slot: Slot::Second,
                language: other,
                level,
            });
        }
    }
    if let Some(spouse) = profile.spouse {
        if spouse.language.is_none() {
            for level in new_result_levels(ceilings.spouse_language) {
                moves.push(Move::NewResult {
                    slot: Slot::Spouse,
                    language: Language::English,
                    level,
                });
            }
        }
        push_steps(
            &mut moves,
            spouse.canadian_experience_years,
            ceilings.spouse_canadian_years,
            Move::SpouseCanadianExperience,
        );
        for level in Education::ALL.into_iter().filter(|&l| l > spouse.education) {
            moves.push(Move::SpouseEducation(level));
        }
    }

    push_steps(
        &mut moves,
        profile.canadian_experience_years,
        ceilings.canadian_years,
        Move::CanadianExperience,
    );
    push_steps(
        &mut moves,
        profile.foreign_experience_years,
        ceilings.foreign_years,
        Move::ForeignExperience,
    );
    for level in Education::ALL.into_iter().filter(|&l| l > profile.education) {
        moves.push(Move::Education(level));
    }
    for level in CanadianEducation::ALL
        .into_iter()
        .filter(|&l| l > profile.canadian_education)
    {
        moves.push(Move::CanadianEducation(level));
    }
    if !profile.certificate_of_qualification {
        moves.push(Move::CertificateOfQualification);
    }
    if !profile.provincial_nomination {
        moves.push(Move::ProvincialNomination);
    }
    if rules.scores_job_offer() {
        for offer in [JobOffer::Other, JobOffer::Teer0Major00] {
            if rules.job_offer_points(offer) > rules.job_offer_points(profile.job_offer) {
                moves.push(Move::JobOffer(offer));
            }
        }
    }
    if !profile.sibling_in_canada {
        moves.push(Move::SiblingInCanada);
    }
    if profile.age < 20 {
        moves.push(Move::Age(profile.age + 1));
    }
    // Which official language is first is the person's to declare: worth
    // it when the second scores more (a first result lapsed, say).
    if profile.second_language.is_some() {
        moves.push(Move::DeclareSecondFirst);
    }
    moves
}

/// The next step and the last useful one of a counted factor.
fn push_steps(moves: &mut Vec<Move>, current: u8, most: u8, make: fn(u8) -> Move) {
    if current < most {
        moves.push(make(current + 1));
        if current + 1 != most {
            moves.push(make(most));
        }
    }
}

/// The levels a first test in a language is offered at: CLB 5 and 7 (where
/// most tables step) and the ceiling.
fn new_result_levels(ceiling: u8) -> Vec<u8> {
    let mut levels: Vec<u8> = [5, 7].into_iter().filter(|&l| l < ceiling).collect();
    levels.push(ceiling.max(5));
    levels
}

/// The gains still available, biggest first; moves that score nothing are
/// left out. Ties keep the simpler move first.
pub fn gains(profile: &Profile, rules: &RuleSet, tables: &LanguageTables) -> Vec<Gain> {
    let base = rules.total(profile);
    let mut found: Vec<Gain> = candidates(profile, rules)
        .into_iter()
        .filter_map(|change| {
            let after = rules.total(&change.apply(profile, tables));
            (after > base).then(|| Gain {
                change,
                label: Label::of(change, profile),
                points: after - base,
                control: change.control(),
                opens: Vec::new(),
                effort: None,
            })
        })
        .collect();
    drop_dominated(&mut found);
    found.sort_by(|a, b| a.control.cmp(&b.control).then(b.points.cmp(&a.points)));
    found
}

/// Moves of one kind, ordered by how far they go: "Speaking to CLB 10" is a
/// longer step of the same kind as "Speaking to CLB 9".
fn family(change: Move) -> (u8, u8, u8, u8) {
    let slot = |slot: Slot| slot as u8;
    match change {
        Move::Ability {
            slot: s,
            ability,
            level,
        } => (0, slot(s), ability as u8, level),
        Move::AllAbilities { slot: s, level } => (1, slot(s), 0, level),
        Move::Levels { slot: s, levels } => (14, slot(s), 0, levels.lowest()),
        Move::NewResult { slot: s, level, .. } => (2, slot(s), 0, level),
        Move::Retake { slot: s, levels, .. } => (15, slot(s), 0, levels.lowest()),
        Move::DeclareSecondFirst => (16, 0, 0, 0),
        Move::CanadianExperience(years) => (3, 0, 0, years),
        Move::ForeignExperience(years) => (4, 0, 0, years),
        Move::Education(level) => (5, 0, 0, level as u8),
        Move::CanadianEducation(level) => (6, 0, 0, level as u8),
        Move::SpouseEducation(level) => (7, 0, 0, level as u8),
        Move::SpouseCanadianExperience(years) => (8, 0, 0, years),
        Move::JobOffer(offer) => (9, 0, 0, offer as u8),
        Move::CertificateOfQualification => (10, 0, 0, 0),
        Move::ProvincialNomination => (11, 0, 0, 0),
        Move::SiblingInCanada => (12, 0, 0, 0),
        Move::Age(age) => (13, 0, 0, age),
    }
}

/// Keeps a longer step only when it scores more than every shorter step of
/// the same kind: nobody should be told to reach NCLC 10 for what NCLC 9 gives.
fn drop_dominated(gains: &mut Vec<Gain>) {
    gains.sort_by_key(|gain| family(gain.change));
    let mut best_so_far: Option<((u8, u8, u8), u16)> = None;
    gains.retain(|gain| {
        let (kind, slot, detail, _) = family(gain.change);
        let key = (kind, slot, detail);
        let keep = match best_so_far {
            Some((family_key, best)) if family_key == key => gain.points > best,
            _ => true,
        };
        if keep {
            best_so_far = Some((key, gain.points));
        }
        keep
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{LanguageTest, RuleBook};
    use crate::scenario;

    fn baseline() -> Profile {
        scenario::parse(
            include_str!("../../assets/examples/baseline.json"),
            "baseline",
            "2026-12-03".parse().unwrap(),
            crate::engine::eligibility::ReferenceSource::Shipped,
        )
        .unwrap()
        .profile
    }

    #[test]
    fn every_gain_is_the_exact_difference_of_two_scores() {
        let book = RuleBook::shipped();
        let rules = book.get("2025-03-25").unwrap();
        let tables = LanguageTables::official();
        let profile = baseline();
        let base = rules.total(&profile);
        let found = gains(&profile, rules, tables);
        assert!(!found.is_empty());
        for gain in &found {
            let after = rules.score(&gain.change.apply(&profile, tables)).total;
            assert_eq!(after - base, gain.points, "{}", gain.label);
            assert!(gain.points > 0);
        }
    }

    #[test]
    fn a_language_step_includes_its_knock_on_effects() {
        let book = RuleBook::shipped();
        let rules = book.get("2025-03-25").unwrap();
        let tables = LanguageTables::official();
        let profile = baseline();
        // French from NCLC 5/5/4/5 to 7 on all four: second-language points and the 50 bonus.
        let gain = gains(&profile, rules, tables)
            .into_iter()
            .find(|g| {
                g.change
                    == Move::AllAbilities {
                        slot: Slot::Second,
                        level: 7,
                    }
            })
            .expect("French to NCLC 7 is offered");
        assert_eq!(gain.points, (12 - 3) + 50);
        assert_eq!(gain.label.to_string(), "All French abilities to NCLC 7");
    }

    #[test]
    fn raising_an_ielts_band_keeps_the_test() {
        let tables = LanguageTables::official();
        let profile = baseline();
        let raised = Move::Ability {
            slot: Slot::First,
            ability: Ability::Speaking,
            level: 10,
        }
        .apply(&profile, tables);
        assert_eq!(raised.first_language.test(), LanguageTest::Ielts);
        assert_eq!(raised.first_language.score_value(Ability::Speaking), 7.5);
        assert_eq!(raised.first_language.levels().get(Ability::Speaking), 10);
    }

    #[test]
    fn what_is_out_of_hand_comes_after_what_is_in_hand() {
        let book = RuleBook::shipped();
        let rules = book.get("2025-03-25").unwrap();
        let found = gains(&baseline(), rules, LanguageTables::official());
        let first_outside = found
            .iter()
            .position(|g| g.control == Control::OutOfYourHands)
            .unwrap();
        assert!(found[first_outside..]
            .iter()
            .all(|g| g.control == Control::OutOfYourHands));
        assert_eq!(found[first_outside].label.to_string(), "Provincial nomination");
        assert_eq!(found[first_outside].points, 600);
    }
}

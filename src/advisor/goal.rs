//! A round as a plan's goal: what the person would need, besides the score,
//! to be in a round of that kind once a plan is carried out, and which
//! rounds a single change opens.
//!
//! A planned profile is judged as the person would be once the plan is
//! done: a language result the plan changed is a new test (valid whatever
//! the old one's date), and each planned year of experience beyond today's
//! is a year of full-time work just before the date (continuing the
//! person's latest job of that kind, so it keeps its occupation and TEER;
//! with no such job, skilled work of TEER 1 in an occupation no category
//! lists). Nothing else of the background changes.

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::gains::Gain;
use super::outlook::{Asker, Prepared};
use crate::engine::eligibility::{
    self, Answer, Background, Entry, Job, Noc, Place, Reason, Reference, Report, RoundKind, Situation, Window,
};
use crate::engine::{Date, Extras, LanguageResult, LanguageTables, Profile, RuleSet};

/// A work history with planned years added, and what it counts on the day.
#[derive(Clone)]
struct PlannedWork {
    background: Rc<Background>,
    counted: Rc<eligibility::WorkMemo>,
}

/// The person a plan starts from, as eligibility reads them.
#[derive(Clone)]
pub struct Start<'a> {
    pub profile: &'a Profile,
    pub extras: &'a Extras,
    pub background: &'a Background,
    pub reference: &'a Reference,
    pub date: Date,
    /// The occupation a planned year with no job to continue is counted in.
    filler: Option<Noc>,
    /// The work history with the planned years added, by the planned
    /// (Canadian, foreign) years: all a planned background depends on, and
    /// a search asks for the same few again and again.
    planned_work: RefCell<FxHashMap<(u8, u8), PlannedWork>>,
}

impl<'a> Start<'a> {
    /// A person as read from a scenario, judged on `date`.
    pub fn new(situation: Situation<'a>, reference: &'a Reference, date: Date) -> Self {
        Start {
            profile: situation.profile,
            extras: situation.extras,
            background: situation.background,
            reference,
            date,
            filler: Self::unlisted_skilled_noc(reference),
            planned_work: RefCell::default(),
        }
    }

    pub fn situation(&self) -> Situation<'a> {
        Situation {
            profile: self.profile,
            extras: self.extras,
            background: self.background,
        }
    }

    /// The skilled occupation a planned year of work with no job to continue
    /// is counted in: TEER 1, listed by no category of any version.
    pub(crate) fn unlisted_skilled_noc(reference: &Reference) -> Option<Noc> {
        reference.occupations.all().iter().map(|o| o.code).find(|&code| {
            code.teer() == 1
                && !reference
                    .category_lists
                    .iter()
                    .flat_map(|list| &list.categories)
                    .any(|rule| rule.lists(code))
        })
    }

    /// The extras and background of `planned`: changed results retaken,
    /// added experience years worked just before the date.
    fn planned_parts(&self, planned: &Profile) -> (Extras, PlannedWork) {
        let mut extras = *self.extras;
        // The same result, or one at the same levels (a plan move writes
        // levels; equal values need no conversion to tell).
        let same = |a: Option<&LanguageResult>, b: Option<&LanguageResult>| match (a, b) {
            (Some(a), Some(b)) => a == b || (a.language() == b.language() && a.levels() == b.levels()),
            (None, None) => true,
            _ => false,
        };
        let spouse_result = |p: &Profile| p.spouse.and_then(|s| s.language);
        if !same(Some(&planned.first_language), Some(&self.profile.first_language)) {
            extras.dates.first_language_test = None;
        }
        if !same(
            planned.second_language.as_ref(),
            self.profile.second_language.as_ref(),
        ) {
            extras.dates.second_language_test = None;
        }
        if !same(
            spouse_result(planned).as_ref(),
            spouse_result(self.profile).as_ref(),
        ) {
            extras.dates.spouse_language_test = None;
        }
        (extras, self.planned_background(planned))
    }

    /// The background once `planned`'s added years of experience are worked.
    fn planned_background(&self, planned: &Profile) -> PlannedWork {
        let key = (
            planned.canadian_experience_years,
            planned.foreign_experience_years,
        );
        if let Some(work) = self.planned_work.borrow().get(&key) {
            return work.clone();
        }
        let mut background = self.background.clone();
        add_planned_work(
            &mut background,
            self.profile,
            planned,
            self.date,
            self.reference,
            self.filler,
        );
        let work = PlannedWork {
            background: Rc::new(background),
            counted: Rc::default(),
        };
        self.planned_work.borrow_mut().insert(key, work.clone());
        work
    }

    /// `bound` with its two results the other way round, with their dates:
    /// the FSW grid's choice of first language is the one requirement that
    /// does not rise with the profile, and this bounds either choice.
    fn swapped_situation(&self, bound: &Profile) -> Option<(Profile, Extras, PlannedWork)> {
        bound.second_language?;
        let (mut extras, work) = self.planned_parts(bound);
        let mut swapped = *bound;
        super::gains::declare_second_first(&mut swapped, Some(&mut extras.dates));
        Some((swapped, extras, work))
    }

    /// Everything eligibility says of the person once `planned` is reached.
    pub fn planned_report(&self, planned: &Profile) -> Report {
        let (extras, work) = self.planned_parts(planned);
        let situation = Situation {
            profile: planned,
            extras: &extras,
            background: &work.background,
        };
        eligibility::assess_with(&situation, self.reference, self.date, &work.counted)
    }

    /// Whether `planned` could be in a round of `kind` on the day, the
    /// answer alone (no reasons worded, no other category judged).
    pub fn planned_answer(&self, planned: &Profile, kind: &RoundKind) -> Answer {
        let (extras, work) = self.planned_parts(planned);
        let situation = Situation {
            profile: planned,
            extras: &extras,
            background: &work.background,
        };
        eligibility::answer_for_with(&situation, self.reference, kind, self.date, &work.counted)
    }

    /// The way into a round of `kind` once `planned` is reached.
    pub fn planned_entry(&self, planned: &Profile, kind: &RoundKind) -> Entry {
        let (extras, work) = self.planned_parts(planned);
        let situation = Situation {
            profile: planned,
            extras: &extras,
            background: &work.background,
        };
        let report = eligibility::assess(&situation, self.reference, self.date);
        eligibility::entry(&situation, self.reference, &report, kind, self.date)
    }
}

/// The occupation a planned year of work in `place` continues: the latest
/// skilled job there that counts.
pub(crate) fn continued_noc(work: &[Job], place: Place) -> Option<Noc> {
    crate::engine::eligibility::work::latest_noc(work, place)
}

/// The least `n` from 0 to `most` for which `reaches(n)` holds, when it
/// holds for every larger one too (found by halving); `None` when not even
/// `most` reaches.
pub(crate) fn fewest(most: i64, mut reaches: impl FnMut(i64) -> bool) -> Option<i64> {
    if !reaches(most) {
        return None;
    }
    if reaches(0) {
        return Some(0);
    }
    let (mut low, mut high) = (0, most);
    while high - low > 1 {
        let middle = low + (high - low) / 2;
        if reaches(middle) {
            high = middle;
        } else {
            low = middle;
        }
    }
    Some(high)
}

/// The planned years of experience in `planned` beyond `stated`'s, as
/// full-time jobs in the work history just before `done_on` (continuing the
/// latest job of that kind, else skilled work in `filler`). Without a work
/// history there is nothing to add: the years are stated.
fn add_planned_work(
    background: &mut Background,
    stated: &Profile,
    planned: &Profile,
    done_on: Date,
    reference: &Reference,
    filler: Option<Noc>,
) {
    let Some(work) = background.work.as_mut() else {
        return;
    };
    let added = |now: u8, then: u8| u16::from(now.saturating_sub(then));
    for (place, years) in [
        (
            Place::Canada,
            added(
                planned.canadian_experience_years,
                stated.canadian_experience_years,
            ),
        ),
        (
            Place::Abroad,
            added(planned.foreign_experience_years, stated.foreign_experience_years),
        ),
    ] {
        if years == 0 {
            continue;
        }
        let Some(noc) = continued_noc(work, place).or(filler) else {
            continue;
        };
        let window = Window::years_before(done_on, years);
        let job = |from: Date| Job {
            noc,
            place,
            from,
            to: Some(window.last),
            hours_per_week: reference.programs.hours_per_week_cap,
            self_employed: false,
            while_full_time_student: false,
        };
        let wanted = match place {
            Place::Canada => planned.canadian_experience_years,
            Place::Abroad => planned.foreign_experience_years,
        };
        // Hours already in the window count towards the planned years: the
        // job starts as late as still reaches them, so it gives the planned
        // years and not one more (a full year on top of 11 months' hours
        // would make two).
        let reaches = |work: &mut Vec<Job>, from: Date| {
            work.push(job(from));
            let (canadian, foreign) = eligibility::counted_years(work, done_on, &reference.programs);
            work.pop();
            let counted = if place == Place::Canada { canadian } else { foreign };
            counted >= wanted
        };
        // The latest start that still reaches them: the fewest days before
        // the plan's day (the whole window when even that falls short).
        let last = window.last.days_since_unix_epoch();
        let start = |back: i64| Date::from_days_since_unix_epoch(last - back).unwrap_or(window.first);
        let span = last - window.first.days_since_unix_epoch();
        let back = fewest(span, |back| reaches(work, start(back))).unwrap_or(span);
        work.push(job(start(back)));
    }
}

/// The facts once a plan is carried out, as a scenario would hold them:
/// the stated profile with the plan's moves made on the profile of its day
/// (`moved`), each new or retaken result dated the day it is planned for
/// (`test_days`), and each planned year of work a dated job when the years
/// come from a work history. Scored on the plan's day, these give the
/// plan's total (`tests/it/plan_carried_out.rs`).
#[allow(clippy::too_many_arguments)]
pub fn carried_out(
    situation: &Situation,
    reference: &Reference,
    on_the_day: &Profile,
    moves: &[super::gains::Move],
    test_days: &[(super::gains::Slot, Date)],
    done_on: Date,
    tables: &LanguageTables,
) -> (Profile, Extras, Background) {
    let moved = moves
        .iter()
        .fold(*on_the_day, |profile, change| change.apply(&profile, tables));
    let mut profile = *situation.profile;
    let mut extras = *situation.extras;
    let mut background = situation.background.clone();
    let from_history = |stated: bool| background.work.is_some() && !stated;
    let canadian_counted = from_history(background.stated_years.canadian);
    let foreign_counted = from_history(background.stated_years.foreign);
    for change in moves {
        match change {
            // A declaration swaps the results as stated, with their dates (the
            // day's profile holds a lapsed result at no levels).
            super::gains::Move::DeclareSecondFirst => {
                super::gains::declare_second_first(&mut profile, Some(&mut extras.dates));
            }
            super::gains::Move::CanadianExperience(_) if canadian_counted => {}
            super::gains::Move::ForeignExperience(_) if foreign_counted => {}
            _ => change.restore(&mut profile, &moved),
        }
    }
    for &(slot, day) in test_days {
        let dates = &mut extras.dates;
        match slot {
            super::gains::Slot::First => dates.first_language_test = Some(day),
            super::gains::Slot::Second => dates.second_language_test = Some(day),
            super::gains::Slot::Spouse => dates.spouse_language_test = Some(day),
        }
    }
    // Years held as stated were set above; only counted years become jobs.
    let mut planned = moved;
    if !canadian_counted {
        planned.canadian_experience_years = on_the_day.canadian_experience_years;
    }
    if !foreign_counted {
        planned.foreign_experience_years = on_the_day.foreign_experience_years;
    }
    let filler = Start::unlisted_skilled_noc(reference);
    add_planned_work(&mut background, on_the_day, &planned, done_on, reference, filler);
    (profile, extras, background)
}

/// A round kind as the goal of a plan search. A plan meets it when the
/// person's way in is not ruled out (`Yes`, or not known for want of facts
/// no plan changes, such as a missing work history).
pub struct RoundGoal<'a> {
    pub kind: RoundKind,
    start: Start<'a>,
}

impl<'a> RoundGoal<'a> {
    pub fn new(kind: RoundKind, start: Start<'a>) -> Self {
        RoundGoal { kind, start }
    }

    /// The answer for a planned profile. `planned` must come from the
    /// start profile by plan moves. Not kept: with the work counted once
    /// per planned background, judging again costs less than hashing a
    /// whole profile to find the last answer (measured on the round
    /// adversary's slowest cases).
    pub fn answer(&self, planned: &Profile) -> Answer {
        self.start.planned_answer(planned, &self.kind)
    }

    pub fn admits(&self, planned: &Profile) -> bool {
        self.answer(planned) != Answer::No
    }

    /// True whenever a profile no better than `bound` in any part could be
    /// admitted: the search's bound. Every requirement rises with the
    /// profile except the FSW grid's choice of first language (the spec
    /// swaps the two only when the second alone has CLB 7), so the bound
    /// is also tried with the two results the other way round, which
    /// bounds either choice.
    pub fn could_admit(&self, bound: &Profile) -> bool {
        if self.admits(bound) {
            return true;
        }
        self.start
            .swapped_situation(bound)
            .is_some_and(|(swapped, extras, work)| {
                let situation = Situation {
                    profile: &swapped,
                    extras: &extras,
                    background: &work.background,
                };
                eligibility::answer_for_with(
                    &situation,
                    self.start.reference,
                    &self.kind,
                    self.start.date,
                    &work.counted,
                ) != Answer::No
            })
    }

    pub fn start(&self) -> &Start<'a> {
        &self.start
    }
}

/// What a plan must bring about besides its score: a round opened, or a
/// chance of an invitation. The search asks `admits` of each plan and
/// `could_admit` of a bound no plan in a branch does better than in any
/// part, so `could_admit` must hold whenever `admits` could below it.
pub trait Requirement {
    fn admits(&self, planned: &Profile) -> bool;
    fn could_admit(&self, bound: &Profile) -> bool;
    /// What is still not known of it once `planned` is reached.
    fn not_known(&self, _planned: &Profile) -> Vec<Reason> {
        Vec::new()
    }
}

impl Requirement for RoundGoal<'_> {
    fn admits(&self, planned: &Profile) -> bool {
        RoundGoal::admits(self, planned)
    }

    fn could_admit(&self, bound: &Profile) -> bool {
        RoundGoal::could_admit(self, bound)
    }

    fn not_known(&self, planned: &Profile) -> Vec<Reason> {
        let entry = self.start.planned_entry(planned, &self.kind);
        if entry.answer == Answer::Unknown {
            entry.reasons
        } else {
            Vec::new()
        }
    }
}

/// A chance of an invitation as a plan's goal: the outlook's chance of one
/// within `within` months of the plan's day, for the person the plan makes
/// (their score and every kind of round they could then be in).
pub struct ChanceGoal<'a> {
    start: Start<'a>,
    pace: &'a Prepared,
    rules: &'a RuleSet,
    within: u16,
    least: f64,
    chances: RefCell<FxHashMap<Profile, f64>>,
}

impl<'a> ChanceGoal<'a> {
    pub fn new(start: Start<'a>, pace: &'a Prepared, rules: &'a RuleSet, within: u16, least: f64) -> Self {
        ChanceGoal {
            start,
            pace,
            rules,
            within,
            least,
            chances: RefCell::default(),
        }
    }

    fn chance_with(&self, score: u16, reports: &[Report], nominated: bool) -> f64 {
        let mut eligible: Vec<String> = Vec::new();
        for report in reports {
            let (asker, _) = Asker::from_report(score, report, nominated);
            for kind in asker.eligible {
                if !eligible.contains(&kind) {
                    eligible.push(kind);
                }
            }
        }
        let asker = Asker {
            score,
            eligible,
            nominated,
        };
        self.pace
            .forecast(&asker, &[self.within])
            .any
            .first()
            .copied()
            .unwrap_or(0.0)
    }

    /// The chance of an invitation once `planned` is reached (kept).
    pub fn chance(&self, planned: &Profile) -> f64 {
        if let Some(&chance) = self.chances.borrow().get(planned) {
            return chance;
        }
        let report = self.start.planned_report(planned);
        let chance = self.chance_with(
            self.rules.total(planned),
            &[report],
            planned.provincial_nomination,
        );
        self.chances.borrow_mut().insert(*planned, chance);
        chance
    }
}

impl Requirement for ChanceGoal<'_> {
    fn admits(&self, planned: &Profile) -> bool {
        self.chance(planned) >= self.least
    }

    /// The chance rises with the score and with each kind of round open:
    /// the bound's score with every kind open to it either way round of its
    /// two results is at least any plan's below it.
    fn could_admit(&self, bound: &Profile) -> bool {
        if self.admits(bound) {
            return true;
        }
        let Some((swapped, extras, work)) = self.start.swapped_situation(bound) else {
            return false;
        };
        let situation = Situation {
            profile: &swapped,
            extras: &extras,
            background: &work.background,
        };
        let reports = [
            self.start.planned_report(bound),
            eligibility::assess_with(&situation, self.start.reference, self.start.date, &work.counted),
        ];
        self.chance_with(self.rules.total(bound), &reports, bound.provincial_nomination) >= self.least
    }
}

/// The programs and categories (of the list in force on the date) a change
/// opens: ruled out now, not ruled out with it. (Rounds open to every
/// program open with the first program.)
pub fn opened_by(start: &Start, now: &Report, planned: &Profile) -> Vec<RoundKind> {
    let after = start.planned_report(planned);
    let mut opened = Vec::new();
    for (before, later) in now.programs.iter().zip(&after.programs) {
        if before.answer == Answer::No && later.answer != Answer::No {
            opened.push(RoundKind::Program(before.program));
        }
    }
    if let (Some(before), Some(later)) = (&now.categories, &after.categories) {
        for (was, will) in before.categories.iter().zip(&later.categories) {
            if was.answer == Answer::No && will.answer != Answer::No {
                opened.push(RoundKind::Category(was.id.to_string()));
            }
        }
    }
    opened
}

/// Marks each gain with the rounds it opens.
pub fn mark_openings(gains: &mut [Gain], start: &Start, now: &Report, tables: &LanguageTables) {
    for gain in gains {
        let planned = gain.change.apply(start.profile, tables);
        gain.opens = opened_by(start, now, &planned);
    }
}

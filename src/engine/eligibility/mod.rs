//! Who may enter the pool (FSW, CEC, FST) and which category rounds they can
//! be in, on a date, from the profile and a dated work history
//! (`../shared/spec/eligibility.md`). Pure: the date and the reference data
//! are given.

pub mod reference;
mod round;
pub(crate) mod unmet;
pub mod work;

use crate::engine::language::result_valid_on;
use crate::engine::{
    CanadianEducation, Date, Education, Extras, JobOffer, Language, LanguageResult, Profile,
};

pub use reference::{
    CategoryList, CategoryRule, Condition, DataError, Noc, Occupation, Occupations, Reference,
    ReferenceSource,
};
pub use round::{entry, Entry, Reason, RoundKind};
pub use unmet::{HoursKind, LanguageNeed, Unmet};
pub use work::{Job, Place, Sevenths, Window};

/// A yes / no / not known answer. `No` wins over `Unknown` when combined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    Yes,
    No,
    Unknown,
}

impl Answer {
    /// All of them must hold.
    pub fn all(answers: impl IntoIterator<Item = Answer>) -> Answer {
        let mut result = Answer::Yes;
        for answer in answers {
            match answer {
                Answer::No => return Answer::No,
                Answer::Unknown => result = Answer::Unknown,
                Answer::Yes => {}
            }
        }
        result
    }

    /// One of them is enough.
    pub fn any(answers: impl IntoIterator<Item = Answer>) -> Answer {
        let mut result = Answer::No;
        for answer in answers {
            match answer {
                Answer::Yes => return Answer::Yes,
                Answer::Unknown => result = Answer::Unknown,
                Answer::No => {}
            }
        }
        result
    }

    /// `true`, `false` or `null` in JSON.
    pub fn as_option(self) -> Option<bool> {
        match self {
            Answer::Yes => Some(true),
            Answer::No => Some(false),
            Answer::Unknown => None,
        }
    }
}

/// Whether the file gave the experience years itself (a what-if that wins
/// over the work history) or left them to be counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct StatedYears {
    pub canadian: bool,
    pub foreign: bool,
}

/// The facts eligibility needs beyond the CRS profile. All optional in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Background {
    /// `None`: the file has no `work` at all (not the same as an empty list).
    pub work: Option<Vec<Job>>,
    pub funds_cad: Option<f64>,
    pub family_members: Option<u8>,
    pub authorized_to_work_in_canada: bool,
    pub education_assessed: bool,
    pub canadian_study_years: Option<u8>,
    pub spouse_canadian_study_years: Option<u8>,
    pub relative_in_canada: bool,
    pub plans_to_live_in_quebec: bool,
    pub stated_years: StatedYears,
}

impl Default for Background {
    fn default() -> Self {
        Background {
            work: None,
            funds_cad: None,
            family_members: None,
            authorized_to_work_in_canada: false,
            education_assessed: true,
            canadian_study_years: None,
            spouse_canadian_study_years: None,
            relative_in_canada: false,
            plans_to_live_in_quebec: false,
            stated_years: StatedYears::default(),
        }
    }
}

pub const MAX_FAMILY_MEMBERS: u8 = 30;
pub const MAX_STUDY_YEARS: u8 = 20;

impl Background {
    pub fn family_members(&self, profile: &Profile) -> u8 {
        self.family_members
            .unwrap_or(if profile.has_spouse() { 2 } else { 1 })
    }

    pub fn study_years(&self, profile: &Profile) -> u8 {
        self.canadian_study_years.unwrap_or(
            if profile.canadian_education == CanadianEducation::ThreeYearOrMore {
                3
            } else {
                0
            },
        )
    }

    pub fn spouse_study_years(&self, extras: &Extras) -> u8 {
        self.spouse_canadian_study_years.unwrap_or(
            if extras.spouse.canadian_education == Some(CanadianEducation::ThreeYearOrMore) {
                3
            } else {
                0
            },
        )
    }
}

/// Everything known about a person, as read from a scenario.
#[derive(Debug, Clone, Copy)]
pub struct Situation<'a> {
    pub profile: &'a Profile,
    pub extras: &'a Extras,
    pub background: &'a Background,
}

/// The experience years the work history gives on a date: whole years of
/// Canadian and of foreign skilled work in the 10 years before it.
pub fn counted_years(work: &[Job], date: Date, programs: &reference::Programs) -> (u8, u8) {
    let window = Window::years_before(date, 10);
    let year = work::hours_to_sevenths(programs.year_hours);
    let years = |place: Place| -> u8 {
        let jobs = work
            .iter()
            .filter(|j| j.counts() && j.noc.is_skilled() && j.place == place);
        let hours = work::count(jobs, window, programs.hours_per_week_cap);
        u8::try_from(hours / year)
            .unwrap_or(u8::MAX)
            .min(crate::engine::profile::MAX_EXPERIENCE_YEARS)
    };
    (years(Place::Canada), years(Place::Abroad))
}

/// The profile's experience years as the scoring date sees them: counted
/// from the work history where the file gave none.
/// The work history with Canadian work ending by the permit's last day, when
/// some of it runs past (`None`: nothing to change). Work in Canada needs a
/// permit, so what the file says of later months does not count.
pub fn within_permit(background: &Background, permit_ends: Option<Date>) -> Option<Background> {
    let end = permit_ends?;
    let work = background.work.as_ref()?;
    let past = |job: &Job| job.place == Place::Canada && job.to.is_none_or(|to| to > end);
    if !work.iter().any(past) {
        return None;
    }
    let mut capped = background.clone();
    if let Some(jobs) = capped.work.as_mut() {
        for job in jobs.iter_mut().filter(|job| past(job)) {
            job.to = Some(end.max(job.from));
        }
    }
    Some(capped)
}

pub fn settle_years(profile: &mut Profile, background: &Background, date: Date, reference: &Reference) {
    settle_years_counting(profile, background, date, reference, Counting::Occupations);
}

/// What settling the years counts besides them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counting {
    /// The work by occupation too, for rule sets with occupation factors.
    Occupations,
    /// The years alone: for a score under rules that never read occupations,
    /// where counting them would be most of the work.
    YearsOnly,
}

pub fn settle_years_counting(
    profile: &mut Profile,
    background: &Background,
    date: Date,
    reference: &Reference,
    counting: Counting,
) {
    if let Some(work) = &background.work {
        let (canadian, foreign) = counted_years(work, date, &reference.programs);
        if !background.stated_years.canadian {
            profile.canadian_experience_years = canadian;
        }
        if !background.stated_years.foreign {
            profile.foreign_experience_years = foreign;
        }
        if counting == Counting::YearsOnly {
            return;
        }
        profile.occupations = crate::engine::occupation::Occupations::counted(
            work,
            date,
            reference.programs.year_hours / 12,
            reference.programs.hours_per_week_cap,
            profile.occupations.job_offer,
        );
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Program {
    Fsw,
    Cec,
    Fst,
}

impl Program {
    pub const ALL: [Program; 3] = [Program::Fsw, Program::Cec, Program::Fst];

    pub fn key(self) -> &'static str {
        match self {
            Program::Fsw => "fsw",
            Program::Cec => "cec",
            Program::Fst => "fst",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GridFactor {
    Language,
    Education,
    Experience,
    Age,
    ArrangedEmployment,
    Adaptability,
}

impl GridFactor {
    pub fn key(self) -> &'static str {
        match self {
            GridFactor::Language => "language",
            GridFactor::Education => "education",
            GridFactor::Experience => "experience",
            GridFactor::Age => "age",
            GridFactor::ArrangedEmployment => "arranged_employment",
            GridFactor::Adaptability => "adaptability",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GridRow {
    pub factor: GridFactor,
    pub points: u8,
    pub max: u8,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridScore {
    pub rows: Vec<GridRow>,
    pub total: u8,
    pub pass_mark: u8,
    /// The grid took the second official language as first: the first
    /// result alone does not reach the minimum and the second does. The
    /// person should declare it first.
    pub second_as_first: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProgramAnswer {
    pub program: Program,
    pub answer: Answer,
    pub unmet: Vec<Unmet>,
    /// FSW only.
    pub grid: Option<GridScore>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CategoryAnswer {
    /// Shared with the reference's rule (a batch judges thousands).
    pub id: std::sync::Arc<str>,
    pub name: std::sync::Arc<str>,
    pub answer: Answer,
    /// Its condition's and being in the pool's, when unmet.
    pub unmet: CategoryReasons,
}

/// A category's unmet reasons: two at most.
pub type CategoryReasons = smallvec::SmallVec<[Unmet; 2]>;

#[derive(Debug, Clone, PartialEq)]
pub struct CategoryAnswers {
    pub version: String,
    pub in_force_from: Date,
    pub categories: Vec<CategoryAnswer>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub as_of: Date,
    pub in_pool: Answer,
    /// The experience years in use (stated or counted).
    pub canadian_years: u8,
    pub foreign_years: u8,
    /// What the work history counts, when the file has one.
    pub counted_years: Option<(u8, u8)>,
    pub programs: Vec<ProgramAnswer>,
    /// `None` before the first category version.
    pub categories: Option<CategoryAnswers>,
}

impl Report {
    pub fn program(&self, program: Program) -> &ProgramAnswer {
        self.programs
            .iter()
            .find(|p| p.program == program)
            .expect("every program is assessed")
    }

    pub fn category(&self, id: &str) -> Option<&CategoryAnswer> {
        self.categories.as_ref()?.categories.iter().find(|c| &*c.id == id)
    }
}

/// The language results still valid on a date (a result expires on the
/// second anniversary of its test date), kept in place: at most two.
#[derive(Debug, Clone, Copy)]
struct ValidResults([Option<LanguageResult>; 2]);

impl ValidResults {
    fn on(situation: &Situation, date: Date) -> Self {
        let dates = &situation.extras.dates;
        let valid = |taken: Option<Date>| taken.is_none_or(|taken| result_valid_on(taken, date));
        ValidResults([
            valid(dates.first_language_test).then_some(situation.profile.first_language),
            situation
                .profile
                .second_language
                .filter(|_| valid(dates.second_language_test)),
        ])
    }

    fn iter(&self) -> impl Iterator<Item = &LanguageResult> + Clone {
        self.0.iter().flatten()
    }
}

fn spouse_language_valid(situation: &Situation, date: Date) -> Option<LanguageResult> {
    let taken = situation.extras.dates.spouse_language_test;
    let language = situation.profile.spouse?.language?;
    taken
        .is_none_or(|taken| result_valid_on(taken, date))
        .then_some(language)
}

/// The best "lowest of four" among the results, if any.
fn best_lowest<'r>(results: impl IntoIterator<Item = &'r LanguageResult>) -> Option<u8> {
    results.into_iter().map(|r| r.levels().lowest()).max()
}

/// Runs `judge` with the person's assessor on `date`, their work in Canada
/// ended by the permit's last day when there is one (work after it does
/// not count): the one place every judgement goes through.
fn with_assessor<T>(
    situation: &Situation,
    reference: &Reference,
    date: Date,
    memo: Option<&WorkMemo>,
    reasons: bool,
    judge: impl FnOnce(&Assessor, &Situation) -> T,
) -> T {
    let capped = within_permit(situation.background, situation.extras.dates.work_permit_expires);
    let within = capped.as_ref().map(|background| Situation {
        background,
        ..*situation
    });
    let situation = within.as_ref().unwrap_or(situation);
    let mut assessor = Assessor::new(situation, reference, date);
    assessor.memo = memo;
    assessor.reasons = reasons;
    judge(&assessor, situation)
}

/// What a work history counts, kept for one background (and work permit)
/// judged on one day: a plan search judges many profiles that share their
/// work, and counting it is most of a judgement. Use one memo only with
/// the background and day it was first used with.
#[derive(Debug, Default)]
pub struct WorkMemo {
    found: std::cell::RefCell<Vec<(WorkQuery, Counted)>>,
}

/// Hours counted, and the day the best ongoing job reaches what is asked
/// when they fall short.
type Counted = (Sevenths, Option<Date>);

/// Which count of the work history: each is fixed by the reference data.
#[derive(Debug, Clone, PartialEq, Eq)]
enum WorkQuery {
    FswJob,
    FswYears,
    CecSkilled,
    CecTeer2Or3,
    FstTrade,
    /// A category's rule, by its place in memory: the memo serves one
    /// reference (and so one set of rules) for its whole life, and this
    /// keeps a judgement free of copying the category's name.
    Category(usize),
}

/// Everything on a date: programs, pool, categories of the version in force.
pub fn assess(situation: &Situation, reference: &Reference, date: Date) -> Report {
    with_assessor(situation, reference, date, None, true, |assessor, situation| {
        report_of(assessor, situation, reference, date)
    })
}

/// `assess`, counting the work history through `memo` (see `WorkMemo`).
pub fn assess_with(situation: &Situation, reference: &Reference, date: Date, memo: &WorkMemo) -> Report {
    with_assessor(
        situation,
        reference,
        date,
        Some(memo),
        true,
        |assessor, situation| report_of(assessor, situation, reference, date),
    )
}

fn report_of(assessor: &Assessor, situation: &Situation, reference: &Reference, date: Date) -> Report {
    let programs = vec![assessor.fsw(), assessor.cec(), assessor.fst()];
    let in_pool = Answer::any(programs.iter().map(|p| p.answer));
    let categories = reference.categories_on(date).map(|list| CategoryAnswers {
        version: list.version.clone(),
        in_force_from: list.in_force_from,
        categories: {
            let mut answers = Vec::with_capacity(list.categories.len());
            answers.extend(
                list.categories
                    .iter()
                    .filter(|c| c.in_force_on(date))
                    .map(|c| assessor.category(c, in_pool)),
            );
            answers
        },
    });
    Report {
        as_of: date,
        in_pool,
        canadian_years: situation.profile.canadian_experience_years,
        foreign_years: situation.profile.foreign_experience_years,
        counted_years: situation
            .background
            .work
            .as_ref()
            .map(|work| counted_years(work, date, &reference.programs)),
        programs,
        categories,
    }
}

/// The answer alone for a round of `kind` held on `date`: what
/// `round::entry` answers, without wording a reason and judging only the
/// category it asks about (the plan search asks this at every node).
pub fn answer_for(situation: &Situation, reference: &Reference, kind: &RoundKind, date: Date) -> Answer {
    with_assessor(situation, reference, date, None, false, |assessor, situation| {
        answer_of(assessor, situation, reference, kind, date)
    })
}

/// `answer_for`, counting the work history through `memo` (see `WorkMemo`).
pub fn answer_for_with(
    situation: &Situation,
    reference: &Reference,
    kind: &RoundKind,
    date: Date,
    memo: &WorkMemo,
) -> Answer {
    with_assessor(
        situation,
        reference,
        date,
        Some(memo),
        false,
        |assessor, situation| answer_of(assessor, situation, reference, kind, date),
    )
}

fn answer_of(
    assessor: &Assessor,
    situation: &Situation,
    reference: &Reference,
    kind: &RoundKind,
    date: Date,
) -> Answer {
    // The answer alone: the pool is any program, so the first program in
    // it settles it (the cheapest first), and a category whose own
    // condition fails needs no pool at all.
    let in_pool = || {
        let mut pool = Answer::No;
        for program in [Program::Cec, Program::Fst, Program::Fsw] {
            pool = Answer::any([pool, assessor.program(program).answer]);
            if pool == Answer::Yes {
                break;
            }
        }
        pool
    };
    match kind {
        RoundKind::Pool => in_pool(),
        RoundKind::Nominated if situation.profile.provincial_nomination => in_pool(),
        RoundKind::Nominated => Answer::No,
        RoundKind::Program(program) => assessor.program(*program).answer,
        RoundKind::Category(key) => reference
            .categories_on(date)
            .and_then(|list| list.categories.iter().find(|c| *c.id == **key))
            .map_or(Answer::Unknown, |rule| {
                match assessor.category_condition(rule).answer {
                    Answer::No => Answer::No,
                    condition => Answer::all([condition, in_pool()]),
                }
            }),
    }
}

/// One category of a given list, judged on `date` with the pool answer given
/// (a round of an older list is judged by that list, the person as today).
pub fn assess_category(
    situation: &Situation,
    reference: &Reference,
    rule: &CategoryRule,
    in_pool: Answer,
    date: Date,
) -> CategoryAnswer {
    with_assessor(situation, reference, date, None, true, |assessor, _| {
        assessor.category(rule, in_pool)
    })
}

struct Assessor<'a> {
    situation: &'a Situation<'a>,
    reference: &'a Reference,
    date: Date,
    results: ValidResults,
    /// The work history (only jobs that `count()` are read); `None`
    /// without one. Filtered where read, not into a list per judgement.
    jobs: Option<&'a [Job]>,
    cap: u8,
    memo: Option<&'a WorkMemo>,
    /// Whether unmet requirements are kept (not for the answer alone).
    reasons: bool,
}

/// One requirement's answer and, when not met, why.
struct Check {
    answer: Answer,
    unmet: Option<Unmet>,
}

impl Check {
    fn met() -> Check {
        Check {
            answer: Answer::Yes,
            unmet: None,
        }
    }

    fn failed(unmet: Unmet) -> Check {
        Check {
            answer: Answer::No,
            unmet: Some(unmet),
        }
    }

    fn unknown(unmet: Unmet) -> Check {
        Check {
            answer: Answer::Unknown,
            unmet: Some(unmet),
        }
    }

    fn when(condition: bool, unmet: impl FnOnce() -> Unmet) -> Check {
        if condition {
            Check::met()
        } else {
            Check::failed(unmet())
        }
    }
}

/// A program's checks as they are made: the answer so far and, when the
/// reasons are wanted, why each unmet one is not met.
struct Checks {
    answer: Answer,
    unmet: Vec<Unmet>,
    reasons: bool,
}

impl Checks {
    fn push(&mut self, check: Check) {
        self.answer = Answer::all([self.answer, check.answer]);
        if self.reasons {
            self.unmet.extend(check.unmet);
        }
    }

    fn extend(&mut self, checks: impl IntoIterator<Item = Check>) {
        for check in checks {
            self.push(check);
        }
    }
}

fn combine(program: Program, checks: Checks, grid: Option<GridScore>) -> ProgramAnswer {
    ProgramAnswer {
        program,
        answer: checks.answer,
        unmet: checks.unmet,
        grid,
    }
}

impl<'a> Assessor<'a> {
    fn new(situation: &'a Situation<'a>, reference: &'a Reference, date: Date) -> Self {
        Assessor {
            situation,
            reference,
            date,
            results: ValidResults::on(situation, date),
            jobs: situation.background.work.as_deref(),
            cap: reference.programs.hours_per_week_cap,
            memo: None,
            reasons: true,
        }
    }

    /// A count of the work history, from the memo when it has it.
    fn counted(
        &self,
        query: WorkQuery,
        count: impl FnOnce() -> (Sevenths, Option<Date>),
    ) -> (Sevenths, Option<Date>) {
        let Some(memo) = self.memo else {
            return count();
        };
        if let Some((_, found)) = memo.found.borrow().iter().find(|(q, _)| *q == query) {
            return *found;
        }
        let found = count();
        memo.found.borrow_mut().push((query, found));
        found
    }

    fn profile(&self) -> &Profile {
        self.situation.profile
    }

    fn background(&self) -> &Background {
        self.situation.background
    }

    fn window(&self, years: u16) -> Window {
        Window::years_before(self.date, years)
    }

    /// A program's checks, Quebec's first. Without reasons (a plan search
    /// asks for the answer alone, thousands of times) nothing is kept but
    /// the answer.
    fn first_checks(&self) -> Checks {
        let mut checks = Checks {
            answer: Answer::Yes,
            unmet: Vec::new(),
            reasons: self.reasons,
        };
        checks.extend(self.quebec());
        checks
    }

    fn quebec(&self) -> Option<Check> {
        self.background()
            .plans_to_live_in_quebec
            .then(|| Check::failed(Unmet::Quebec))
    }

    /// The best of several groups of jobs: the most hours any one counts in
    /// the window, and when the best ongoing one would reach `need`.
    fn best_group(&self, groups: &work::Groups, years: u16, need: Sevenths) -> (Sevenths, Option<Date>) {
        let window = self.window(years);
        let have = groups
            .iter()
            .map(|group| work::count(group.iter().copied(), window, self.cap))
            .max()
            .unwrap_or(0);
        let met_on = if have >= need {
            None
        } else {
            groups
                .iter()
                .filter_map(|group| work::first_day_reaching(group, years, need, self.date, self.cap))
                .min()
        };
        (have, met_on)
    }

    fn hours_check<'j>(
        &self,
        kind: HoursKind,
        query: WorkQuery,
        groups: impl FnOnce() -> work::Groups<'j>,
        hours: u32,
        years: u16,
    ) -> Check {
        let need = work::hours_to_sevenths(hours);
        let (have, met_on) = self.counted(query, || self.best_group(&groups(), years, need));
        Check::when(have >= need, || Unmet::Hours {
            kind,
            have,
            need,
            window_years: years,
            met_on,
        })
    }

    fn funds(&self, program: Program) -> Check {
        let background = self.background();
        if background.authorized_to_work_in_canada && self.profile().job_offer != JobOffer::None {
            return Check::met();
        }
        let family = background.family_members(self.profile());
        let Some(table) = self.reference.funds_on(self.date) else {
            return Check::met();
        };
        let need = table.amount(family);
        match background.funds_cad {
            None => Check::unknown(Unmet::FundsUnknown {
                program,
                need,
                family,
            }),
            Some(have) => Check::when(have >= need as f64, || Unmet::Funds { have, need, family }),
        }
    }

    fn language_all_four(&self, level: u8, need: LanguageNeed) -> Check {
        let best = best_lowest(self.results.iter());
        Check::when(best.is_some_and(|b| b >= level), || Unmet::Language {
            need,
            best,
        })
    }

    fn cec(&self) -> ProgramAnswer {
        let table = self.reference.programs.cec;
        let mut checks = self.first_checks();
        let year = work::hours_to_sevenths(self.reference.programs.year_hours);
        let teer_2_or_3_year = self.jobs.as_ref().map(|jobs| {
            let (hours, _) = self.counted(WorkQuery::CecTeer2Or3, || {
                let window = self.window(table.window_years);
                let teer = jobs
                    .iter()
                    .filter(|j| j.counts())
                    .filter(|j| j.place == Place::Canada && matches!(j.noc.teer(), 2 | 3));
                (work::count(teer, window, self.cap), None)
            });
            hours >= year
        });
        match &self.jobs {
            None => checks.push(Check::unknown(Unmet::WorkHistory {
                program: Some(Program::Cec),
            })),
            Some(jobs) => {
                let canadian = || {
                    work::Groups::one(
                        jobs.iter()
                            .filter(|j| j.counts())
                            .filter(|j| j.place == Place::Canada && j.noc.is_skilled()),
                    )
                };
                checks.push(self.hours_check(
                    HoursKind::Canadian,
                    WorkQuery::CecSkilled,
                    canadian,
                    table.hours,
                    table.window_years,
                ));
            }
        }
        let best = best_lowest(self.results.iter());
        let language = if best.is_some_and(|b| b >= table.language) {
            Check::met()
        } else if best.is_some_and(|b| b >= table.language_teer_2_or_3) {
            match teer_2_or_3_year {
                Some(true) => Check::met(),
                Some(false) => Check::failed(Unmet::Language {
                    need: LanguageNeed::Cec {
                        level: table.language,
                        teer_2_or_3: table.language_teer_2_or_3,
                    },
                    best,
                }),
                None => Check::unknown(Unmet::WorkHistory { program: None }),
            }
        } else {
            let need = if teer_2_or_3_year == Some(true) {
                LanguageNeed::AllFour(table.language_teer_2_or_3)
            } else {
                LanguageNeed::Cec {
                    level: table.language,
                    teer_2_or_3: table.language_teer_2_or_3,
                }
            };
            Check::failed(Unmet::Language { need, best })
        };
        checks.push(language);
        combine(Program::Cec, checks, None)
    }

    fn fsw(&self) -> ProgramAnswer {
        let table = &self.reference.programs.fsw;
        let mut checks = self.first_checks();
        match &self.jobs {
            None => checks.push(Check::unknown(Unmet::WorkHistory {
                program: Some(Program::Fsw),
            })),
            Some(jobs) => {
                let chains = || {
                    work::continuous_jobs(jobs.iter().filter(|j| j.counts()).filter(|j| j.noc.is_skilled()))
                };
                checks.push(self.hours_check(
                    HoursKind::OneSkilledJob,
                    WorkQuery::FswJob,
                    chains,
                    table.hours,
                    table.window_years,
                ));
            }
        }
        checks.push(self.language_all_four(table.language, LanguageNeed::AllFour(table.language)));
        let profile = self.profile();
        checks.push(Check::when(profile.education >= Education::Secondary, || {
            Unmet::Education
        }));
        if profile.education >= Education::Secondary {
            let assessed =
                self.background().education_assessed || profile.canadian_education != CanadianEducation::None;
            checks.push(Check::when(assessed, || Unmet::EducationAssessed));
        }
        let grid = self.grid();
        checks.push(Check::when(grid.total >= grid.pass_mark, || Unmet::GridPoints {
            have: grid.total,
            need: grid.pass_mark,
        }));
        checks.push(self.funds(Program::Fsw));
        combine(Program::Fsw, checks, Some(grid))
    }

    fn grid(&self) -> GridScore {
        let table = &self.reference.programs.fsw;
        let grid = &table.grid;
        let profile = self.profile();
        let background = self.background();
        let first_slot = self
            .results
            .iter()
            .find(|r| *r == &profile.first_language)
            .copied();
        let second_slot = profile
            .second_language
            .filter(|second| self.results.iter().any(|r| r == second));
        let at_least =
            |result: &Option<LanguageResult>, level: u8| result.is_some_and(|r| r.levels().lowest() >= level);
        let second_as_first =
            !at_least(&first_slot, table.language) && at_least(&second_slot, table.language);
        let (first, second) = if second_as_first {
            (second_slot, first_slot)
        } else {
            (first_slot, second_slot)
        };
        let per_ability = |level: u8| -> u8 {
            let points = grid.first_language;
            match level {
                9.. => points.clb_9_or_more,
                8 => points.clb_8,
                7 => points.clb_7,
                _ => 0,
            }
        };
        let first_points: u8 = first.map_or(0, |r| r.levels().0.iter().map(|&l| per_ability(l)).sum());
        let second_points = if at_least(&second, grid.second_language.all_four_at_least) {
            grid.second_language.points
        } else {
            0
        };
        let language = first_points + second_points;

        let education = grid.education_points(profile.education);

        let years = match &self.jobs {
            Some(jobs) => {
                let (hours, _) = self.counted(WorkQuery::FswYears, || {
                    let skilled = jobs.iter().filter(|j| j.counts()).filter(|j| j.noc.is_skilled());
                    (work::count(skilled, self.window(10), self.cap), None)
                });
                u32::try_from(hours / work::hours_to_sevenths(self.reference.programs.year_hours))
                    .unwrap_or(u32::MAX)
            }
            None => {
                u32::from(profile.canadian_experience_years) + u32::from(profile.foreign_experience_years)
            }
        };
        let experience = grid.experience_points(years);

        let age_years = match self.situation.extras.dates.birth_date {
            Some(birth) => u8::try_from(self.date.full_years_since(birth)).unwrap_or(u8::MAX),
            None => profile.age,
        };
        let age = grid.age_points(age_years);

        let has_offer = profile.job_offer != JobOffer::None;
        let arranged = if has_offer { grid.arranged_employment } else { 0 };

        let a = grid.adaptability;
        let mut adaptability: u32 = 0;
        if let Some(spouse) = profile.spouse {
            let spouse_language = spouse_language_valid(self.situation, self.date);
            if spouse_language.is_some_and(|r| r.levels().lowest() >= a.spouse_language_level) {
                adaptability += u32::from(a.spouse_language);
            }
            if background.spouse_study_years(self.situation.extras) >= a.study_years {
                adaptability += u32::from(a.spouse_study);
            }
            if spouse.canadian_experience_years >= 1 {
                adaptability += u32::from(a.spouse_canadian_work);
            }
        }
        if background.study_years(profile) >= a.study_years {
            adaptability += u32::from(a.study);
        }
        if profile.canadian_experience_years >= 1 {
            adaptability += u32::from(a.canadian_work);
        }
        if has_offer {
            adaptability += u32::from(a.arranged_employment);
        }
        if background.relative_in_canada || profile.sibling_in_canada {
            adaptability += u32::from(a.relative);
        }
        let adaptability = adaptability.min(u32::from(a.max)) as u8;

        let rows = vec![
            GridRow {
                factor: GridFactor::Language,
                points: language,
                max: grid.language_max(),
            },
            GridRow {
                factor: GridFactor::Education,
                points: education,
                max: grid.education_max(),
            },
            GridRow {
                factor: GridFactor::Experience,
                points: experience,
                max: grid.experience_max(),
            },
            GridRow {
                factor: GridFactor::Age,
                points: age,
                max: grid.age.full,
            },
            GridRow {
                factor: GridFactor::ArrangedEmployment,
                points: arranged,
                max: grid.arranged_employment,
            },
            GridRow {
                factor: GridFactor::Adaptability,
                points: adaptability,
                max: a.max,
            },
        ];
        let total = rows.iter().map(|r| u32::from(r.points)).sum::<u32>().min(255) as u8;
        GridScore {
            rows,
            total,
            pass_mark: table.pass_mark,
            second_as_first,
        }
    }

    fn fst(&self) -> ProgramAnswer {
        let table = &self.reference.programs.fst;
        let mut checks = self.first_checks();
        match &self.jobs {
            None => checks.push(Check::unknown(Unmet::WorkHistory {
                program: Some(Program::Fst),
            })),
            Some(jobs) => {
                let groups = || {
                    work::by_occupation(
                        jobs.iter()
                            .filter(|j| j.counts())
                            .filter(|j| table.is_trade(j.noc)),
                    )
                };
                checks.push(self.hours_check(
                    HoursKind::Trade,
                    WorkQuery::FstTrade,
                    groups,
                    table.hours,
                    table.window_years,
                ));
            }
        }
        let need = table.language;
        let meets = |r: &LanguageResult| {
            let levels = r.levels();
            levels.0[0] >= need.listening
                && levels.0[1] >= need.reading
                && levels.0[2] >= need.writing
                && levels.0[3] >= need.speaking
        };
        checks.push(Check::when(self.results.iter().any(meets), || Unmet::Language {
            need: LanguageNeed::Trades {
                listening: need.listening,
                speaking: need.speaking,
                reading: need.reading,
                writing: need.writing,
            },
            best: best_lowest(self.results.iter()),
        }));
        let profile = self.profile();
        checks.push(Check::when(
            profile.job_offer != JobOffer::None || profile.certificate_of_qualification,
            || Unmet::OfferOrCertificate,
        ));
        checks.push(self.funds(Program::Fst));
        combine(Program::Fst, checks, None)
    }

    fn program(&self, program: Program) -> ProgramAnswer {
        match program {
            Program::Fsw => self.fsw(),
            Program::Cec => self.cec(),
            Program::Fst => self.fst(),
        }
    }

    fn category(&self, rule: &CategoryRule, in_pool: Answer) -> CategoryAnswer {
        let condition = self.category_condition(rule);
        let pool = match in_pool {
            Answer::Yes => Check::met(),
            Answer::No => Check::failed(Unmet::NotInPool { known: true }),
            Answer::Unknown => Check::unknown(Unmet::NotInPool { known: false }),
        };
        let answer = Answer::all([condition.answer, pool.answer]);
        CategoryAnswer {
            id: rule.id.clone(),
            name: rule.name.clone(),
            answer,
            unmet: [condition.unmet, pool.unmet].into_iter().flatten().collect(),
        }
    }

    /// What a category asks besides being in the pool.
    fn category_condition(&self, rule: &CategoryRule) -> Check {
        match &rule.condition {
            Condition::French { level } => {
                let best = self
                    .results
                    .iter()
                    .filter(|r| r.language() == Language::French)
                    .map(|r| r.levels().lowest())
                    .max();
                Check::when(best.is_some_and(|b| b >= *level), || Unmet::Language {
                    need: LanguageNeed::French(*level),
                    best,
                })
            }
            Condition::ContinuousJob { hours, window_years } => match &self.jobs {
                None => Check::unknown(Unmet::WorkHistory { program: None }),
                Some(jobs) => {
                    let chains = || {
                        work::continuous_jobs(
                            jobs.iter().filter(|j| j.counts()).filter(|j| rule.lists(j.noc)),
                        )
                    };
                    let query = WorkQuery::Category(std::ptr::from_ref(rule) as usize);
                    self.hours_check(HoursKind::ListedJob, query, chains, *hours, *window_years)
                }
            },
            Condition::HoursInOneNoc {
                hours,
                window_years,
                canadian_only,
            } => match &self.jobs {
                None => Check::unknown(Unmet::WorkHistory { program: None }),
                Some(jobs) => {
                    let groups =
                        || {
                            work::by_occupation(jobs.iter().filter(|j| j.counts()).filter(|j| {
                                rule.lists(j.noc) && (!canadian_only || j.place == Place::Canada)
                            }))
                        };
                    let kind = HoursKind::ListedOccupation {
                        canadian_only: *canadian_only,
                    };
                    let query = WorkQuery::Category(std::ptr::from_ref(rule) as usize);
                    self.hours_check(kind, query, groups, *hours, *window_years)
                }
            },
            Condition::Unknown { reason } => Check::unknown(Unmet::NotRecorded {
                category: rule.id.clone(),
                reason: reason.clone(),
            }),
        }
    }
}

//! The work-history screen, one job's form and the occupation finder: their
//! state and how keys change it. Pure: the planner applies the change a key
//! asks for to the scenario (with undo), and eligibility follows.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::prompts::typed_char;
use super::Next;
use crate::engine::eligibility::work::DEFAULT_HOURS_PER_WEEK;
use crate::engine::eligibility::{Job, Noc, Occupation, Place, Reference};
use crate::engine::Date;
use crate::scenario::fields;
use crate::tui::keymap::{self, JobAction, OccupationAction, WorkAction};
use crate::tui::state::{State, StatusKind};
use crate::tui::text;

/// What a key on the work screens asks the planner to do.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkChange {
    Add(Job),
    Replace(usize, Job),
    Remove(usize),
    /// Back to the main screen.
    Close,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkScreen {
    pub selected: usize,
    pub draft: Option<JobDraft>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobField {
    Occupation,
    Place,
    From,
    To,
    Hours,
    SelfEmployed,
    Student,
}

impl JobField {
    pub const ALL: [JobField; 7] = [
        JobField::Occupation,
        JobField::Place,
        JobField::From,
        JobField::To,
        JobField::Hours,
        JobField::SelfEmployed,
        JobField::Student,
    ];

    pub fn label(self) -> String {
        crate::i18n::message(
            match self {
                JobField::Occupation => "job-occupation",
                JobField::Place => "job-place",
                JobField::From => "job-from",
                JobField::To => "job-to",
                JobField::Hours => "job-hours",
                JobField::SelfEmployed => "job-self-employed",
                JobField::Student => "job-student",
            },
            &[],
        )
    }
}

/// Why a job's form cannot be saved: the field, and what it expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobProblem {
    pub field: JobField,
    pub problem: String,
}

impl std::fmt::Display for JobProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field.label(), self.problem)
    }
}

/// A job as it is being typed: text until it is saved.
#[derive(Debug, Clone, PartialEq)]
pub struct JobDraft {
    /// The job being changed; `None` for a new one.
    pub editing: Option<usize>,
    pub noc: Option<Noc>,
    pub place: Place,
    pub from: String,
    /// Empty: the job goes on.
    pub to: String,
    pub hours: String,
    pub self_employed: bool,
    pub student: bool,
    pub field: JobField,
    pub finder: Option<OccupationFinder>,
    /// Why the job could not be saved, until the next key.
    pub refused: Option<String>,
}

impl JobDraft {
    fn new() -> JobDraft {
        JobDraft {
            editing: None,
            noc: None,
            place: Place::Canada,
            from: String::new(),
            to: String::new(),
            hours: DEFAULT_HOURS_PER_WEEK.to_string(),
            self_employed: false,
            student: false,
            field: JobField::Occupation,
            finder: None,
            refused: None,
        }
    }

    fn of(index: usize, job: &Job) -> JobDraft {
        JobDraft {
            editing: Some(index),
            noc: Some(job.noc),
            place: job.place,
            from: job.from.to_string(),
            to: job.to.map(|d| d.to_string()).unwrap_or_default(),
            hours: job.hours_per_week.to_string(),
            self_employed: job.self_employed,
            student: job.while_full_time_student,
            field: JobField::Occupation,
            finder: None,
            refused: None,
        }
    }

    /// What is wrong with a field as typed so far, checked on every key.
    pub fn problem(&self, field: JobField) -> Option<String> {
        match field {
            JobField::Occupation => self.noc.is_none().then(|| crate::t!("job-enter-to-find")),
            JobField::From => match date_problem(&self.from) {
                Some(problem) => Some(problem),
                None if self.from.is_empty() => Some(crate::t!("job-first-day-hint")),
                None => None,
            },
            JobField::To => date_problem(&self.to).or_else(|| {
                let (from, to) = (
                    Date::parse_sane(&self.from).ok()?,
                    Date::parse_sane(&self.to).ok()?,
                );
                (to < from).then(|| crate::t!("job-before-first-day", from = from))
            }),
            // The registry's range, as a file's `hours_per_week` is checked.
            JobField::Hours => match self
                .hours
                .parse::<f64>()
                .map(|hours| fields::HOURS_PER_WEEK.check(hours))
            {
                Ok(Ok(_)) => None,
                _ => Some(crate::t!("job-hours-range", most = fields::HOURS_PER_WEEK.max)),
            },
            JobField::Place | JobField::SelfEmployed | JobField::Student => None,
        }
    }

    /// The job, when every field holds; else the first field that does not.
    pub fn job(&self) -> Result<Job, JobProblem> {
        if let Some(problem) = JobField::ALL
            .iter()
            .find_map(|&field| self.problem(field).map(|problem| JobProblem { field, problem }))
        {
            return Err(problem);
        }
        let refused = |field: JobField, problem: &str| JobProblem {
            field,
            problem: problem.to_string(),
        };
        Ok(Job {
            noc: self
                .noc
                .ok_or_else(|| refused(JobField::Occupation, &crate::t!("job-enter-to-find")))?,
            place: self.place,
            from: Date::parse_sane(&self.from)
                .map_err(|_| refused(JobField::From, &crate::t!("job-not-a-date")))?,
            to: if self.to.is_empty() {
                None
            } else {
                Some(
                    Date::parse_sane(&self.to)
                        .map_err(|_| refused(JobField::To, &crate::t!("job-not-a-date")))?,
                )
            },
            hours_per_week: self
                .hours
                .parse::<f64>()
                .ok()
                .and_then(|hours| fields::HOURS_PER_WEEK.check(hours).ok())
                .ok_or_else(|| refused(JobField::Hours, &crate::t!("job-not-a-number")))?,
            self_employed: self.self_employed,
            while_full_time_student: self.student,
        })
    }

    fn text_mut(&mut self) -> Option<(&mut String, usize)> {
        match self.field {
            JobField::From => Some((&mut self.from, 10)),
            JobField::To => Some((&mut self.to, 10)),
            JobField::Hours => Some((&mut self.hours, 3)),
            _ => None,
        }
    }

    fn toggle(&mut self) {
        match self.field {
            JobField::Place => {
                self.place = match self.place {
                    Place::Canada => Place::Abroad,
                    Place::Abroad => Place::Canada,
                }
            }
            JobField::SelfEmployed => self.self_employed = !self.self_employed,
            JobField::Student => self.student = !self.student,
            _ => {}
        }
    }

    fn move_field(&mut self, delta: isize) {
        let index = JobField::ALL.iter().position(|&f| f == self.field).unwrap_or(0);
        let count = JobField::ALL.len() as isize;
        self.field = JobField::ALL[(index as isize + delta).rem_euclid(count) as usize];
    }
}

/// A date as typed: nothing to say while it is being typed, a problem once
/// it is ten characters that are not a date, or too long.
fn date_problem(text: &str) -> Option<String> {
    if text.len() < 10 {
        return None;
    }
    match Date::parse_sane(text) {
        Ok(_) => None,
        Err(_) => Some(crate::t!("job-not-a-date-hint")),
    }
}

/// Finding an occupation by part of its title or its code. The matches are
/// found when the query changes, not on every key or draw.
#[derive(Debug, Clone, PartialEq)]
pub struct OccupationFinder {
    query: String,
    found: Vec<Noc>,
    pub selected: usize,
}

/// The most characters a search holds.
const MAX_QUERY: usize = 60;
/// How far PgUp / PgDn move.
pub const FINDER_PAGE: usize = 10;

impl OccupationFinder {
    pub fn new(query: String, reference: &Reference) -> OccupationFinder {
        let found = Self::search(&query, reference);
        OccupationFinder {
            query,
            found,
            selected: 0,
        }
    }

    fn search(query: &str, reference: &Reference) -> Vec<Noc> {
        reference
            .occupations
            .search(query)
            .iter()
            .map(|occupation| occupation.code)
            .collect()
    }

    fn set_query(&mut self, query: String, reference: &Reference) {
        *self = OccupationFinder::new(query, reference);
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    /// The occupations the query finds, in the order of the list.
    pub fn results<'r>(&self, reference: &'r Reference) -> Vec<&'r Occupation> {
        self.found
            .iter()
            .filter_map(|&code| reference.occupations.get(code))
            .collect()
    }

    /// A key in the finder: `Some(Some(noc))` picks, `Some(None)` cancels.
    fn handle(&mut self, event: KeyEvent, reference: &Reference) -> Option<Option<Noc>> {
        let count = self.found.len();
        match keymap::action_in(keymap::OCCUPATION_COMMANDS, event) {
            Some(OccupationAction::Up) => self.selected = self.selected.saturating_sub(1),
            Some(OccupationAction::Down) => self.selected = (self.selected + 1).min(count.saturating_sub(1)),
            Some(OccupationAction::PageUp) => self.selected = self.selected.saturating_sub(FINDER_PAGE),
            Some(OccupationAction::PageDown) => {
                self.selected = (self.selected + FINDER_PAGE).min(count.saturating_sub(1))
            }
            Some(OccupationAction::Erase) => {
                let mut query = std::mem::take(&mut self.query);
                query.pop();
                self.set_query(query, reference);
            }
            Some(OccupationAction::Pick) => return self.found.get(self.selected).map(|&code| Some(code)),
            Some(OccupationAction::Cancel) => return Some(None),
            None => {
                if let Some(c) = typed_char(event) {
                    if self.query.chars().count() < MAX_QUERY {
                        let query = format!("{}{c}", self.query);
                        self.set_query(query, reference);
                    }
                }
            }
        }
        None
    }
}

impl WorkScreen {
    /// Pasted text is typed into the job's form or the finder; on the list
    /// of jobs it is ignored, never taken for commands.
    pub fn type_text(&mut self, text: &str, reference: &Reference) -> bool {
        if self.draft.is_none() {
            return false;
        }
        for c in text.chars().filter(|c| !c.is_control()).take(MAX_QUERY) {
            self.draft_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), reference);
        }
        true
    }

    /// A key on the work screens, given the jobs as they are now.
    pub fn handle(
        &mut self,
        event: KeyEvent,
        jobs: &[Job],
        today: Date,
        reference: &Reference,
    ) -> Option<WorkChange> {
        if self.draft.is_some() {
            return self.draft_key(event, reference);
        }
        match keymap::action_in(keymap::WORK_COMMANDS, event)? {
            WorkAction::Up => self.selected = self.selected.saturating_sub(1),
            WorkAction::Down => self.selected = (self.selected + 1).min(jobs.len().saturating_sub(1)),
            WorkAction::Add => self.draft = Some(JobDraft::new()),
            WorkAction::Edit => {
                if let Some(job) = jobs.get(self.selected) {
                    self.draft = Some(JobDraft::of(self.selected, job));
                }
            }
            WorkAction::End => {
                let job = jobs.get(self.selected)?;
                if job.to.is_some() || job.from > today {
                    return None;
                }
                let mut ended = *job;
                ended.to = Some(today);
                return Some(WorkChange::Replace(self.selected, ended));
            }
            WorkAction::Remove => {
                if self.selected < jobs.len() {
                    let index = self.selected;
                    self.selected = index.min(jobs.len().saturating_sub(2));
                    return Some(WorkChange::Remove(index));
                }
            }
            WorkAction::Close => return Some(WorkChange::Close),
        }
        None
    }

    /// A key while a job's form (and maybe the finder over it) is open.
    fn draft_key(&mut self, event: KeyEvent, reference: &Reference) -> Option<WorkChange> {
        if let Some(draft) = self.draft.as_mut() {
            draft.refused = None;
            if let Some(finder) = draft.finder.as_mut() {
                if let Some(picked) = finder.handle(event, reference) {
                    if let Some(noc) = picked {
                        draft.noc = Some(noc);
                        draft.field = JobField::Place;
                    }
                    draft.finder = None;
                }
                return None;
            }
            match keymap::action_in(keymap::JOB_COMMANDS, event) {
                Some(JobAction::Up) => draft.move_field(-1),
                Some(JobAction::Down) => draft.move_field(1),
                Some(JobAction::Lower | JobAction::Raise) => draft.toggle(),
                Some(JobAction::Erase) => {
                    if let Some((text, _)) = draft.text_mut() {
                        text.pop();
                    }
                }
                Some(JobAction::Cancel) => self.draft = None,
                Some(JobAction::Confirm) if draft.field == JobField::Occupation => {
                    draft.finder = Some(OccupationFinder::new(String::new(), reference));
                }
                Some(JobAction::Confirm) => match draft.job() {
                    Ok(job) => {
                        let change = match draft.editing {
                            Some(index) => WorkChange::Replace(index, job),
                            None => WorkChange::Add(job),
                        };
                        self.draft = None;
                        return Some(change);
                    }
                    Err(problem) => draft.refused = Some(problem.to_string()),
                },
                None => match typed_char(event) {
                    // Typing on the occupation starts a search with it.
                    Some(c) if draft.field == JobField::Occupation => {
                        draft.finder = Some(OccupationFinder::new(c.to_string(), reference));
                    }
                    Some(c) if c.is_ascii_digit() || c == '-' => {
                        if let Some((text, most)) = draft.text_mut() {
                            if text.len() < most && (c != '-' || most == 10) {
                                text.push(c);
                            }
                        }
                    }
                    Some(' ') => draft.toggle(),
                    _ => {}
                },
            }
        }
        None
    }
}

/// A key on the work screens: the change it asks for is made to the
/// scenario (with undo), and the status says what the count of experience
/// years became.
pub fn handle(screen: &mut WorkScreen, event: KeyEvent, state: &mut State) -> Next {
    let Some(change) = screen.handle(event, state.jobs(), state.today(), state.reference()) else {
        return Next::Stay;
    };
    let before = (
        state.scenario.profile.canadian_experience_years,
        state.scenario.profile.foreign_experience_years,
    );
    let mut changed = state.scenario.clone();
    let work = changed.background.work.get_or_insert_with(Vec::new);
    let done = match change {
        WorkChange::Close => return Next::Close,
        // What the file would refuse on reload is refused here.
        WorkChange::Add(_) if work.len() >= crate::scenario::validate::MAX_JOBS => {
            state.set_status(
                crate::t!("job-too-many", most = crate::scenario::validate::MAX_JOBS),
                StatusKind::Error,
            );
            return Next::Stay;
        }
        WorkChange::Add(job) => {
            work.push(job);
            screen.selected = work.len() - 1;
            crate::t!("job-added")
        }
        WorkChange::Replace(index, job) => {
            if let Some(slot) = work.get_mut(index) {
                *slot = job;
            }
            crate::t!("job-changed")
        }
        WorkChange::Remove(index) => {
            if index < work.len() {
                work.remove(index);
            }
            // No jobs left: back to a file without a work history, so
            // experience years are the profile's own again.
            if work.is_empty() {
                changed.background.work = None;
                changed.background.stated_years = Default::default();
            }
            crate::t!("job-removed")
        }
    };
    state.change_scenario(changed);
    let after = (
        state.scenario.profile.canadian_experience_years,
        state.scenario.profile.foreign_experience_years,
    );
    state.set_status(text::work_changed(&done, before, after), StatusKind::Info);
    Next::Stay
}

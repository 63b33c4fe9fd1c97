//! What the planner knows: the scenario and where it came from, undo, the
//! selection, and what is worked out from the scenario after every change.
//! Pure: files are read and written by effects (`effect.rs`), whose
//! outcomes come back here.

use std::path::{Path, PathBuf};

use ratatui::layout::Rect;

use crate::advisor::calendar::{Calendar, ChanceAim};
use crate::advisor::outlook::{Asker, Model, Outlook, Prepared};
use crate::advisor::{self, Control, EffortTable, Gain, GainsOrder, Move, Slot, Start, Timeline};
use crate::draws::{self, Category, Loaded};
use crate::engine::dated::{profile_on, Dated};
use crate::engine::eligibility::{self, Job, Reference, ReferenceSource, Report, RoundKind};
use crate::engine::{
    Abilities, Breakdown, Date, Education, Language, LanguageTables, Profile, RuleBook, RuleSet, SelectError,
};
use crate::scenario::compare::compare;
use crate::scenario::store::Store;
use crate::scenario::{self, Scenario};

use super::form::{self, FormRow};
use super::layout::{self, Areas};
use super::screens::compare::CompareView;
use super::screens::plan::PlanView;
use super::text;
use super::theme::Theme;

/// How many changes `u` can take back.
const UNDO_LIMIT: usize = 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Form,
    Gains,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    Info,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub kind: StatusKind,
}

/// The file a scenario belongs to, as far as the planner knows it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileState {
    /// Where the scenario saves to; `None` until it has a name on disk.
    pub path: Option<PathBuf>,
    /// What is on disk (or what a new scenario started as), to tell unsaved
    /// changes apart.
    pub saved: Option<Scenario>,
    /// The file's modification time when opened or last saved.
    pub disk: Option<scenario::Fingerprint>,
}

impl FileState {
    /// What a save may find at the file: what was read or last written, or
    /// nothing yet for a file named but not yet written (`open new.json`).
    pub fn expect(&self) -> scenario::Expect {
        match (&self.path, self.disk) {
            (_, Some(fingerprint)) => scenario::Expect::Holding(fingerprint),
            (Some(_), None) => scenario::Expect::Absent,
            (None, None) => scenario::Expect::Anything,
        }
    }
}

/// A scenario with the file it belongs to: what undo brings back.
#[derive(Debug, Clone, PartialEq)]
struct Snapshot {
    scenario: Scenario,
    file: FileState,
}

/// A first profile that shows how the score works: a young professional with
/// a bachelor's degree, CLB 8 English and foreign experience.
pub fn starter_profile(tables: &LanguageTables) -> Profile {
    let mut profile = Profile::new(
        28,
        Education::Bachelors,
        tables.plain_levels(Language::English, Abilities([8; 4])),
    );
    profile.foreign_experience_years = 2;
    profile
}

pub struct State {
    book: RuleBook,
    rules_index: usize,
    /// Another rule set the score panel also scores the profile under (the
    /// versus key cycles through the book), to see what a reform would do.
    versus_index: Option<usize>,
    tables: &'static LanguageTables,
    /// The folder of saved scenarios, if there is a data folder.
    pub store: Option<Store>,
    pub scenario: Scenario,
    pub file: FileState,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    pub focus: Focus,
    pub selected_field: usize,
    pub selected_gain: usize,
    pub form_scroll: usize,
    pub status: Option<Status>,
    pub should_quit: bool,
    /// An update of the draw data is on its way.
    pub updating_draws: bool,
    /// Where the update key downloads the rounds from.
    pub feed_url: String,
    /// How the gains panel is ordered (the order key switches it; kept
    /// between runs).
    pub gains_order: GainsOrder,
    pub size: Rect,
    pub theme: Theme,
    // Worked out from the scenario after every change.
    rows: Vec<FormRow>,
    gains: Vec<Gain>,
    eligibility: Report,
    /// The profile on the planner's day (`engine::dated`): what is scored.
    dated: Dated,
    draws: Option<Loaded>,
    /// Each kind of round's pace before the planner's day.
    pace: Option<Prepared>,
    outlook: Option<Outlook>,
    effort: EffortTable,
    /// The day plans, timelines and eligibility are judged on.
    today: Date,
    /// The day the scenario's facts are as of (the real today; the same as
    /// `today` unless the planner was opened `--as-of` another day).
    known_on: Date,
    /// The occupation lists, category versions and program tables.
    references: ReferenceSource<'static>,
}

impl State {
    /// The planner on `scenario`, scored by the rules in force on `as_of`.
    /// The scenario as given counts as saved: nothing is lost by quitting
    /// before changing it.
    pub fn new(
        book: RuleBook,
        as_of: Date,
        scenario: Scenario,
        store: Option<Store>,
        references: ReferenceSource<'static>,
    ) -> Result<State, SelectError> {
        let rules = book.in_force_on(as_of)?;
        let scenario = scenario.settled(as_of, references);
        let eligibility = eligibility::assess(&scenario.situation(), references.get(), as_of);
        let rules_index = book
            .sets()
            .iter()
            .position(|set| set.id() == rules.id())
            .unwrap_or(0);
        let dated = profile_on(
            &scenario.situation(),
            references.get(),
            as_of,
            as_of,
            LanguageTables::official(),
        );
        let mut state = State {
            book,
            rules_index,
            versus_index: None,
            tables: LanguageTables::official(),
            store,
            file: FileState {
                path: None,
                saved: Some(scenario.clone()),
                disk: None,
            },
            scenario,
            undo: Vec::new(),
            redo: Vec::new(),
            focus: Focus::Form,
            selected_field: 0,
            selected_gain: 0,
            form_scroll: 0,
            status: None,
            should_quit: false,
            updating_draws: false,
            feed_url: crate::draws::fetch::IRCC_FEED_URL.to_string(),
            gains_order: GainsOrder::default(),
            size: Rect::new(0, 0, 80, 24),
            theme: Theme::plain(),
            rows: Vec::new(),
            gains: Vec::new(),
            dated,
            eligibility,
            draws: None,
            pace: None,
            outlook: None,
            effort: EffortTable::shipped(),
            today: as_of,
            known_on: as_of,
            references,
        };
        let remembered = state.store.as_ref().and_then(Store::gains_order);
        if let Some(order) = remembered.as_deref().and_then(GainsOrder::from_key) {
            state.gains_order = order;
        }
        state.recompute();
        Ok(state)
    }

    /// The day the scenario's facts are as of, when it is not the day the
    /// planner judges on (`--as-of`).
    pub fn set_known_on(&mut self, known_on: Date) {
        self.known_on = known_on;
        self.recompute();
    }

    /// Effort data for the plan search, with the user's overrides.
    pub fn set_effort(&mut self, effort: EffortTable) {
        self.effort = effort;
    }

    pub fn today(&self) -> Date {
        self.today
    }

    /// The occupation lists, category versions and program tables in use.
    pub fn reference(&self) -> &'static Reference {
        self.references.get()
    }

    /// Where the reference data comes from, for loading files with it.
    pub fn references(&self) -> ReferenceSource<'static> {
        self.references
    }

    /// The real today: what a typed or loaded date is checked against.
    pub fn known_on(&self) -> Date {
        self.known_on
    }

    /// Categories with their latest round, for choosing a plan target.
    pub fn target_categories(&self) -> Vec<(Category, u16, Date)> {
        let Some(draws) = &self.draws else {
            return Vec::new();
        };
        draws
            .feed
            .categories()
            .into_iter()
            .filter_map(|category| {
                let round = draws.feed.rounds.iter().find(|r| r.category == category)?;
                Some((category.clone(), round.cutoff, round.date))
            })
            .collect()
    }

    /// Gives the planner IRCC's rounds for the draws view.
    pub fn set_draws(&mut self, draws: Loaded) {
        let rounds = crate::advisor::outlook::past_rounds(&draws.feed);
        // The pace of each kind of round, from the rounds before the day:
        // a keystroke then only reads it at the new score.
        self.pace = Some(Model::shipped().prepare(&rounds, self.today));
        self.draws = Some(draws);
        self.recompute();
    }

    /// The chance of an invitation within 3, 6 and 12 months, as the profile
    /// stands (none before the draw history is read).
    pub fn outlook(&self) -> Option<&Outlook> {
        self.outlook.as_ref()
    }

    /// The newest round the outlook reads, when it is more than eight weeks
    /// before the planner's day.
    pub fn outlook_stale_since(&self) -> Option<Date> {
        self.pace
            .as_ref()
            .filter(|pace| pace.stale())
            .and_then(|pace| pace.newest)
    }

    /// How old the draw data is on the planner's day (see `Loaded::age_days`).
    pub fn draws_age_days(&self) -> Option<i64> {
        Some(self.draws.as_ref()?.age_days(self.today))
    }

    pub fn draws(&self) -> Option<&Loaded> {
        self.draws.as_ref()
    }

    pub fn rules(&self) -> &RuleSet {
        &self.book.sets()[self.rules_index]
    }

    pub fn book(&self) -> &RuleBook {
        &self.book
    }

    /// The next rule set to score beside the one in use, in the book's
    /// order, then none again; gives the one now shown.
    pub fn switch_versus(&mut self) -> Option<&RuleSet> {
        let others: Vec<usize> = (0..self.book.sets().len())
            .filter(|&index| index != self.rules_index)
            .collect();
        self.versus_index = match self.versus_index {
            None => others.first().copied(),
            Some(now) => others.iter().copied().find(|&index| index > now),
        };
        self.versus_index.map(|index| &self.book.sets()[index])
    }

    /// The report of the scenario as it is now (`crate::report`), as one
    /// HTML page, and the file it goes to: beside the scenario's file, else
    /// in the scenarios folder, under a name no file has yet.
    pub fn report(&self) -> Result<(PathBuf, String), String> {
        let beside = match (&self.file.path, &self.store) {
            (Some(path), _) => path.clone(),
            (None, Some(store)) => store.scenarios_dir().join("report.json"),
            (None, None) => return Err(crate::t!("report-nowhere")),
        };
        let stem = beside.file_stem().map_or_else(
            || "report".to_string(),
            |stem| stem.to_string_lossy().into_owned(),
        );
        let folder = beside.parent().map(Path::to_path_buf).unwrap_or_default();
        let path = (1..1000)
            .map(|n| match n {
                1 => folder.join(format!("{stem}.html")),
                n => folder.join(format!("{stem}-{n}.html")),
            })
            .find(|candidate| !candidate.exists())
            .ok_or_else(|| crate::t!("report-nowhere"))?;
        let feed = match &self.draws {
            Some(loaded) => &loaded.feed,
            None => crate::draws::shipped_feed(),
        };
        let inputs = crate::report::Inputs {
            scenario: &self.scenario,
            file: self.file.path.as_deref().unwrap_or(Path::new("")),
            book: &self.book,
            reference: self.references,
            today: self.known_on,
            date: self.today,
            effort: &self.effort,
            feed,
        };
        let document = crate::report::gather(&inputs).map_err(|e| e.to_string())?;
        Ok((path, crate::report::html(&document)))
    }

    /// The profile scored under the rule set shown beside the one in use.
    pub fn versus(&self) -> Option<Breakdown<'_>> {
        let index = self.versus_index?;
        Some(self.book.sets()[index].score(&self.dated.profile))
    }

    pub fn tables(&self) -> &'static LanguageTables {
        self.tables
    }

    /// The score of the profile on the planner's day.
    pub fn breakdown(&self) -> Breakdown<'_> {
        self.rules().score(&self.dated.profile)
    }

    /// The profile on the planner's day: age from the birth date, expired
    /// results out. The form shows the scenario as stated.
    pub fn dated(&self) -> &Profile {
        &self.dated.profile
    }

    pub fn rows(&self) -> &[FormRow] {
        &self.rows
    }

    pub fn gains(&self) -> &[Gain] {
        &self.gains
    }

    /// Programs and categories on the planner's day, kept up to date.
    pub fn eligibility(&self) -> &Report {
        &self.eligibility
    }

    /// The jobs of the work history (none when the file gives none).
    pub fn jobs(&self) -> &[Job] {
        self.scenario.background.work.as_deref().unwrap_or_default()
    }

    /// The situation with the profile on the planner's day.
    fn dated_situation(&self) -> eligibility::Situation<'_> {
        eligibility::Situation {
            profile: &self.dated.profile,
            extras: &self.scenario.extras,
            background: &self.scenario.background,
        }
    }

    /// The person as eligibility and the round goals read them, today.
    pub fn start(&self) -> Start<'_> {
        Start::new(self.dated_situation(), self.reference(), self.today)
    }

    /// Makes a change found on the profile on the planner's day (a gain) to
    /// the scenario: only the parts the moves change are copied, so the rest
    /// stays as stated; a language result a move changes is a new test,
    /// dated the day it is planned for (`test_day`).
    pub fn make_moves(&mut self, moves: &[Move], test_day: Date) {
        let moved = moves.iter().fold(self.dated.profile, |profile, change| {
            change.apply(&profile, self.tables)
        });
        let mut changed = self.scenario.clone();
        for change in moves {
            // A declaration swaps the results as stated, with their dates:
            // the day's profile has lapsed results at no levels.
            if *change == Move::DeclareSecondFirst {
                advisor::gains::declare_second_first(&mut changed.profile, Some(&mut changed.extras.dates));
                continue;
            }
            change.restore(&mut changed.profile, &moved);
            if let Some(slot) = change.language_slot() {
                let dates = &mut changed.extras.dates;
                match slot {
                    Slot::First => dates.first_language_test = Some(test_day),
                    Slot::Second => dates.second_language_test = Some(test_day),
                    Slot::Spouse => dates.spouse_language_test = Some(test_day),
                }
            }
        }
        self.change_scenario(changed);
    }

    /// The plans' calendar: from the planner's day, three years on.
    fn calendar(&self) -> Calendar<'_> {
        Calendar {
            situation: self.scenario.situation(),
            reference: self.reference(),
            book: &self.book,
            known_on: self.known_on,
            from: self.today,
            horizon: advisor::calendar::HORIZON_MONTHS,
        }
    }

    /// Carries a plan out in the scenario as it would be on the day it is
    /// done (`advisor::goal::carried_out`): its tests dated, its work in the
    /// history. Scored on that day, the scenario gives the plan's total.
    pub fn carry_out(&mut self, plan: &advisor::Plan) {
        let moves: Vec<Move> = plan
            .steps
            .iter()
            .flat_map(|step| step.changes.iter().copied())
            .collect();
        let Some(done_on) = plan.done_day else {
            self.make_moves(&moves, self.today);
            return;
        };
        let calendar = self.calendar();
        let on_the_day = calendar.profile_at(plan.months, self.tables);
        let (profile, extras, background) = advisor::goal::carried_out(
            &self.scenario.situation(),
            self.reference(),
            &on_the_day,
            &moves,
            &plan.test_days,
            done_on,
            self.tables,
        );
        let mut changed = self.scenario.clone();
        changed.profile = profile;
        changed.extras = extras;
        changed.background = background;
        self.change_scenario(changed);
    }

    /// What a gain opens, with each kind's latest cut-off when the draw
    /// history has one: "opens French proficiency rounds: latest cut-off
    /// 391", or when `compact`, "opens french 391".
    pub fn openings(&self, gain: &Gain, compact: bool) -> Option<String> {
        if gain.opens.is_empty() {
            return None;
        }
        let parts: Vec<String> = gain
            .opens
            .iter()
            .map(|kind| {
                let key = kind.key();
                let category = Category::from_key(&key);
                let label = text::kind_short(&key);
                let latest = self.draws.as_ref().and_then(|draws| {
                    draws
                        .feed
                        .rounds
                        .iter()
                        .find(|round| Some(&round.category) == category.as_ref())
                });
                // A kind silent as long as the outlook counts as stopped is
                // said so: opening it opens nothing that is running.
                let silent_since = latest.map(|round| round.date).filter(|&date| {
                    date < self.today.plus_months(-i32::from(advisor::outlook::ALIVE_MONTHS))
                });
                match silent_since {
                    Some(since) => text::opening_silent(&label, &key, since.year(), compact),
                    None => text::opening(&label, &key, latest.map(|round| round.cutoff), compact),
                }
            })
            .collect();
        Some(text::opens(&parts))
    }

    /// The gains panel's lines: a gain's index, or `None` for the heading
    /// above what is out of the user's hands.
    pub fn gain_lines(&self) -> Vec<Option<usize>> {
        let mut lines = Vec::with_capacity(self.gains.len() + 1);
        let mut previous = None;
        for (index, gain) in self.gains.iter().enumerate() {
            if gain.control == Control::OutOfYourHands && previous != Some(Control::OutOfYourHands) {
                lines.push(None);
            }
            previous = Some(gain.control);
            lines.push(Some(index));
        }
        lines
    }

    /// Whether the gains panel (unfocused, `height` lines inside) ends with a
    /// two-line summary of what is out of the user's hands.
    pub fn gains_summary_shown(&self, height: usize) -> bool {
        self.focus != Focus::Gains
            && self.gain_lines().len() > height
            && height > 4
            && self
                .gains
                .iter()
                .any(|gain| gain.control == Control::OutOfYourHands)
    }

    /// The first gains line shown in a panel `height` lines tall, so that the
    /// selected gain stays in view.
    pub fn gains_scroll(&self, height: usize) -> usize {
        if self.focus != Focus::Gains {
            return 0;
        }
        let selected_line = self
            .gain_lines()
            .iter()
            .position(|line| *line == Some(self.selected_gain))
            .unwrap_or(0);
        (selected_line + 1).saturating_sub(height.max(1))
    }

    pub fn is_dirty(&self) -> bool {
        self.file.saved.as_ref() != Some(&self.scenario)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn selected_row(&self) -> Option<&FormRow> {
        self.rows.get(self.selected_field)
    }

    /// A title for the scenario: its name, else its file, else "new scenario",
    /// with any control character from the file shown rather than sent.
    pub fn title(&self) -> String {
        match (&self.scenario.name, &self.file.path) {
            (Some(name), _) => crate::files::printable(name, false).into_owned(),
            (None, Some(path)) => path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            (None, None) => crate::t!("new-scenario"),
        }
    }

    pub(crate) fn recompute(&mut self) {
        self.dated = profile_on(
            &self.scenario.situation(),
            self.reference(),
            self.known_on,
            self.today,
            self.tables,
        );
        self.eligibility = eligibility::assess(&self.scenario.situation(), self.reference(), self.today);
        self.rows = form::rows(&self.scenario, self.rules());
        self.gains = advisor::gains(&self.dated.profile, self.rules(), self.tables);
        let situation = eligibility::Situation {
            profile: &self.dated.profile,
            extras: &self.scenario.extras,
            background: &self.scenario.background,
        };
        let start = Start::new(situation, self.reference(), self.today);
        advisor::goal::mark_openings(&mut self.gains, &start, &self.eligibility, self.tables);
        advisor::gains::price(
            &mut self.gains,
            &self.dated.profile,
            &self.effort,
            self.gains_order,
        );
        self.outlook = self.pace.as_ref().map(|pace| {
            let score = self.rules().total(&self.dated.profile);
            let (asker, _) =
                Asker::from_report(score, &self.eligibility, self.dated.profile.provincial_nomination);
            pace.forecast(&asker, &OUTLOOK_HORIZONS)
        });
        self.selected_field = self.selected_field.min(self.rows.len().saturating_sub(1));
        self.selected_gain = self.selected_gain.min(self.gains.len().saturating_sub(1));
        self.keep_selection_visible();
    }

    /// Scrolls the form so the selected row shows, and no further than
    /// needed: after the terminal grows, rows come back into view from above.
    fn keep_selection_visible(&mut self) {
        if self.rows.is_empty() {
            return;
        }
        let selected = self.selected_field.min(self.rows.len() - 1);
        self.form_scroll = self.form_scroll.min(selected);
        // At the top with the first row chosen (as the planner starts) there
        // is nothing to scroll: the screen's layout is not worked out for it.
        if self.form_scroll == 0 && selected == 0 {
            return;
        }
        let visible = usize::from(Areas::of(self.size).form_rows()).max(1);
        let lines = |from: usize, to: usize| layout::form_lines_between(&self.rows, from, to);
        while self.form_scroll < selected && lines(self.form_scroll, selected) > visible {
            self.form_scroll += 1;
        }
        while self.form_scroll > 0 && lines(self.form_scroll - 1, self.rows.len() - 1) <= visible {
            self.form_scroll -= 1;
        }
    }

    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = Rect::new(0, 0, width, height);
        self.keep_selection_visible();
    }

    pub fn set_status(&mut self, text: impl Into<String>, kind: StatusKind) {
        self.status = Some(Status {
            text: text.into(),
            kind,
        });
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            scenario: self.scenario.clone(),
            file: self.file.clone(),
        }
    }

    fn remember_for_undo(&mut self) {
        let snapshot = self.snapshot();
        self.undo.push(snapshot);
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Replaces the profile, remembering the old one for undo.
    pub fn change_profile(&mut self, profile: Profile) {
        let mut changed = self.scenario.clone();
        changed.profile = profile;
        self.change_scenario(changed);
    }

    /// Replaces the scenario, remembering the old one for undo.
    pub fn change_scenario(&mut self, mut changed: Scenario) {
        if changed == self.scenario {
            return;
        }
        // Years typed over a work history's count become a what-if the file keeps.
        let has_work = changed.background.work.is_some();
        let before = &self.scenario.profile;
        let stated = &mut changed.background.stated_years;
        stated.canadian |=
            has_work && changed.profile.canadian_experience_years != before.canadian_experience_years;
        stated.foreign |=
            has_work && changed.profile.foreign_experience_years != before.foreign_experience_years;
        if changed.background.work != self.scenario.background.work {
            changed.settle(self.today, self.references);
        }
        self.remember_for_undo();
        self.scenario = changed;
        self.recompute();
    }

    pub fn undo(&mut self) {
        match self.undo.pop() {
            Some(previous) => {
                let now = std::mem::replace(&mut self.scenario, previous.scenario);
                let file = std::mem::replace(&mut self.file, previous.file);
                self.redo.push(Snapshot { scenario: now, file });
                self.recompute();
            }
            None => self.set_status(crate::t!("nothing-to-undo"), StatusKind::Info),
        }
    }

    pub fn redo(&mut self) {
        match self.redo.pop() {
            Some(next) => {
                let now = std::mem::replace(&mut self.scenario, next.scenario);
                let file = std::mem::replace(&mut self.file, next.file);
                self.undo.push(Snapshot { scenario: now, file });
                self.recompute();
            }
            None => self.set_status(crate::t!("nothing-to-redo"), StatusKind::Info),
        }
    }

    /// A new starter scenario; undo brings back the one before, with its file.
    pub fn new_scenario(&mut self) {
        self.remember_for_undo();
        self.scenario = Scenario::new(starter_profile(self.tables));
        self.file = FileState {
            path: None,
            saved: Some(self.scenario.clone()),
            disk: None,
        };
        self.selected_field = 0;
        self.form_scroll = 0;
        self.recompute();
        self.set_status(crate::t!("new-scenario-started"), StatusKind::Info);
    }

    /// A scenario read from `path`: it replaces the one open, which undo
    /// brings back with its file (the planner asked first if it had
    /// unsaved changes).
    /// A new scenario that saves to `path`, a file not there yet (`open
    /// new.json`, as editors do).
    pub fn start_new_at(&mut self, path: PathBuf) {
        let fresh = Scenario::new(starter_profile(self.tables)).settled(self.today, self.references);
        self.scenario = fresh.clone();
        self.file = FileState {
            path: Some(path.clone()),
            saved: Some(fresh),
            disk: None,
        };
        self.selected_field = 0;
        self.form_scroll = 0;
        self.recompute();
        self.set_status(crate::t!("new-file-at", file = &path), StatusKind::Info);
    }

    pub fn opened(&mut self, path: PathBuf, loaded: Scenario, fingerprint: scenario::Fingerprint) {
        let loaded = loaded.settled(self.today, self.references);
        self.remember_for_undo();
        self.scenario = loaded.clone();
        self.file = FileState {
            path: Some(path.clone()),
            saved: Some(loaded),
            disk: Some(fingerprint),
        };
        self.selected_field = 0;
        self.form_scroll = 0;
        self.recompute();
        match self.dated.notes.first() {
            Some(warning) => self.set_status(
                text::opened_with_warning(&path, &warning.to_string()),
                StatusKind::Error,
            ),
            None => self.set_status(text::opened(&path), StatusKind::Info),
        }
    }

    /// Undo starts here: nothing before it is brought back (the planner's
    /// first scenario).
    pub fn forget_history(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }

    /// `saved_scenario` is now on disk at `path`.
    pub fn saved(&mut self, path: PathBuf, saved_scenario: Scenario, fingerprint: scenario::Fingerprint) {
        self.set_status(text::saved(&path), StatusKind::Info);
        self.file = FileState {
            path: Some(path),
            saved: Some(saved_scenario),
            disk: Some(fingerprint),
        };
    }

    pub fn move_selection(&mut self, delta: i32) {
        match self.focus {
            Focus::Form => {
                let last = self.rows.len().saturating_sub(1) as i32;
                self.selected_field = (self.selected_field as i32 + delta).clamp(0, last) as usize;
                self.keep_selection_visible();
            }
            Focus::Gains => {
                let last = self.gains.len().saturating_sub(1) as i32;
                self.selected_gain = (self.selected_gain as i32 + delta).clamp(0, last) as usize;
            }
        }
    }

    /// Scrolls the form by whole rows without moving the selection out of
    /// view more than needed (the wheel over the form).
    pub fn scroll_form(&mut self, delta: i32) {
        let last = self.rows.len().saturating_sub(1) as i32;
        self.form_scroll = (self.form_scroll as i32 + delta).clamp(0, last) as usize;
        let shown = layout::form_lines(&self.rows, self.form_scroll, Areas::of(self.size).form);
        let visible: Vec<usize> = shown.iter().filter_map(|line| line.row).collect();
        if let (Some(&first), Some(&end)) = (visible.first(), visible.last()) {
            self.selected_field = self.selected_field.clamp(first, end);
        }
    }

    pub fn step_field(&mut self, delta: i8) {
        if self.focus != Focus::Form {
            return;
        }
        if let Some(row) = self.selected_row().copied() {
            // A value worked out from another says where it comes from
            // rather than staying still without a word.
            if row.id == form::FieldId::Age && self.scenario.extras.dates.birth_date.is_some() {
                self.set_status(crate::t!("age-from-birth-date"), StatusKind::Info);
                return;
            }
            let changed = form::step(&self.scenario, row.id, delta, self.tables);
            self.change_scenario(changed);
        }
    }

    pub fn apply_selected_gain(&mut self) {
        let Some(gain) = self.gains.get(self.selected_gain).cloned() else {
            return;
        };
        self.make_moves(&[gain.change], self.today);
        self.set_status(
            text::gain_applied(&gain.label.to_string(), gain.points),
            StatusKind::Info,
        );
    }

    /// The plans to a target, and to a kind of round when one is given.
    pub fn plan_view(&self, target: u16, source: Option<String>, round: Option<RoundKind>) -> PlanView {
        self.plan_view_with(target, source, round, None)
    }

    /// The plans to a chance of an invitation within a year of finishing
    /// (a target typed as "50%"); none without draw data to read a pace from.
    pub fn plan_view_to_chance(&self, least: f64) -> Option<PlanView> {
        self.pace.as_ref()?;
        Some(self.plan_view_with(1, None, None, Some(least)))
    }

    fn plan_view_with(
        &self,
        target: u16,
        source: Option<String>,
        round: Option<RoundKind>,
        least: Option<f64>,
    ) -> PlanView {
        // Each plan scored on the day it is done, with what happens on the way.
        let calendar = self.calendar();
        let chance = least.zip(self.pace.as_ref()).map(|(least, pace)| ChanceAim {
            pace,
            least,
            within: CHANCE_WITHIN_MONTHS,
        });
        let mut advice = advisor::plan::plan_on_calendar(
            &calendar,
            target,
            round.as_ref(),
            self.tables,
            &self.effort,
            false,
            chance.as_ref(),
        );
        // Already there, and the rounds open: no plan, as on the command line
        // ("Already there"), rather than "effort 0, wait until today".
        if advisor::plan::nothing_to_plan(&advice) {
            advice.in_hand.plans.clear();
            advice.with_nomination = None;
        }
        let by_month = advice
            .in_hand
            .plans
            .iter()
            .map(|plan| advisor::calendar::month_by_month(&calendar, plan, self.tables))
            .collect();
        let after = advice
            .in_hand
            .plans
            .iter()
            .map(|plan| {
                // Judged as the plan is: on its day, the person as they are
                // then (birthdays, lapsed results, work grown) with its steps.
                let day = plan.done_day.unwrap_or(self.today);
                let base = calendar.profile_at(plan.months, self.tables);
                let situation = eligibility::Situation {
                    profile: &base,
                    extras: &self.scenario.extras,
                    background: &self.scenario.background,
                };
                let start = Start::new(situation, self.reference(), day);
                let planned = plan.apply(&base, self.tables);
                let opens = advisor::goal::opened_by(&start, &self.eligibility, &planned);
                let pace = self.pace.as_ref()?;
                let report = start.planned_report(&planned);
                let (asker, _) = Asker::from_report(plan.total, &report, planned.provincial_nomination);
                Some(text::after_plan(
                    &opens,
                    &pace.forecast(&asker, &OUTLOOK_HORIZONS),
                ))
            })
            .collect();
        let household =
            advisor::household(&self.dated.profile, &self.scenario.extras, self.rules()).describe();
        PlanView {
            target,
            typed: String::new(),
            source,
            round,
            advice,
            household,
            selected: 0,
            by_month,
            after,
            pending: false,
        }
    }

    /// Orders the gains the other way (points, points per effort).
    pub fn switch_gains_order(&mut self) -> GainsOrder {
        self.gains_order = self.gains_order.other();
        let selected = self.gains.get(self.selected_gain).map(|gain| gain.change);
        advisor::gains::price(
            &mut self.gains,
            &self.dated.profile,
            &self.effort,
            self.gains_order,
        );
        // The same gain stays selected where it went.
        if let Some(index) = selected.and_then(|change| self.gains.iter().position(|g| g.change == change)) {
            self.selected_gain = index;
        }
        self.gains_order
    }

    /// The first target worth planning to: the lowest latest cut-off above
    /// today's score among the kinds of round still running (a round in the
    /// last 18 months) that the person can be in, or could be in after one
    /// move. `None` without draw data or when no such cut-off is above.
    pub fn first_target(&self) -> Option<(Category, u16, Date)> {
        let draws = self.draws.as_ref()?;
        let score = self.breakdown().total;
        let (asker, _) =
            Asker::from_report(score, &self.eligibility, self.dated.profile.provincial_nomination);
        let alive_since = self.today.plus_months(-i32::from(advisor::outlook::ALIVE_MONTHS));
        let opened_by_a_move = |key: &str| {
            self.gains
                .iter()
                .any(|gain| gain.opens.iter().any(|kind| kind.key() == key))
        };
        let mut seen: Vec<&Category> = Vec::new();
        let mut best: Option<(Category, u16, Date)> = None;
        for round in &draws.feed.rounds {
            if seen.contains(&&round.category) {
                continue;
            }
            seen.push(&round.category);
            let key = round.category.key();
            let reachable = asker.can_be_in(&key) || opened_by_a_move(&key);
            if round.date < alive_since || round.date > self.today || !reachable || round.cutoff <= score {
                continue;
            }
            if best.as_ref().is_none_or(|(_, cutoff, _)| round.cutoff < *cutoff) {
                best = Some((round.category.clone(), round.cutoff, round.date));
            }
        }
        best
    }

    /// The plans to a category's latest cut-off and to its rounds.
    pub fn plan_to_category(&self, category: &Category, cutoff: u16, date: Date) -> PlanView {
        let source = text::latest_cutoff(&category.label(), date);
        self.plan_view(cutoff, Some(source), draws::entry::round_kind(category))
    }

    /// The score month by month for three years, its deadlines marked when
    /// they come before the invitation the outlook expects.
    pub fn timeline(&self) -> Timeline {
        let mut timeline = advisor::project(
            &self.scenario.situation(),
            self.reference(),
            &self.book,
            self.known_on,
            self.today,
            TIMELINE_MONTHS,
            self.tables,
        );
        let wait = self.outlook.as_ref().and_then(|o| o.expected_wait_months);
        advisor::timeline::mark_wait(&mut timeline.deadlines, self.today, wait);
        timeline
    }

    /// Two scenarios side by side, scored by the rules in use.
    pub fn comparison(&self, a: (String, Scenario), b: (String, Scenario)) -> CompareView {
        let comparison = compare(&a.1, &b.1, self.rules());
        CompareView {
            a,
            b,
            comparison,
            scroll: 0,
        }
    }

    /// The scenario open now, named as the compare view shows it.
    pub fn current(&self) -> (String, Scenario) {
        (self.title(), self.scenario.clone())
    }
}

/// The horizons the planner's outlook gives, in months.
pub const OUTLOOK_HORIZONS: [u16; 3] = [3, 6, 12];
/// A chance typed in the plan view counts within a year of finishing, as
/// `plan --chance` does by default.
pub const CHANCE_WITHIN_MONTHS: u16 = 12;

/// How far the timeline looks ahead.
const TIMELINE_MONTHS: u16 = 36;

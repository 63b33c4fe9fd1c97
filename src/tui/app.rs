//! The planner's state and everything that changes it. No terminal here:
//! events come in as key presses and clicks, and views only read the state.

use std::path::{Path, PathBuf};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use crate::advisor::{self, Advice, Control, EffortTable, Gain, RoundGoal, Start, Timeline};
use crate::draws::{self, Category, Loaded};
use crate::engine::eligibility::{self, Job, Reference, Report, RoundKind};
use crate::engine::{
    Abilities, Breakdown, Date, Education, Language, LanguageTables, Profile, RuleBook, RuleSet,
};
use crate::scenario::compare::{compare, Comparison};
use crate::scenario::store::{Entry, Store};
use crate::scenario::{self, Scenario};

use super::form::{self, FieldId, FormRow};
use super::keymap::{self, Action};
use super::layout::Areas;
use super::theme::Theme;
use super::work::{WorkChange, WorkScreen};

/// How many changes `u` can take back.
const UNDO_LIMIT: usize = 1000;
/// The most characters of a paste that are typed: more than any prompt holds.
const MAX_PASTED_CHARS: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Form,
    Gains,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    A,
    B,
}

/// Why the planner asks before saving over a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverwriteReason {
    /// The file open now changed since it was opened or saved.
    ChangedOnDisk,
    /// "Save as" chose a name that is the file open now.
    OpenFile,
    /// "Save as" (or a first save) chose the name of another saved scenario.
    Exists,
}

/// What the user is asked to name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamePurpose {
    Save,
    SaveAs,
}

/// What picking from the list of saved scenarios is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickPurpose {
    Open,
    Compare,
    CompareSide(Side),
}

#[derive(Debug, Clone, PartialEq)]
pub struct CompareView {
    pub a: (String, Scenario),
    pub b: (String, Scenario),
    pub comparison: Comparison,
    pub scroll: u16,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Normal,
    /// Typing a value into a field.
    Editing {
        field: FieldId,
        buffer: String,
        error: Option<String>,
    },
    Naming {
        purpose: NamePurpose,
        buffer: String,
    },
    Picking {
        purpose: PickPurpose,
        entries: Vec<Entry>,
        selected: usize,
    },
    Help,
    /// A message too long for the status line; any key closes it.
    Notice {
        title: String,
        text: String,
    },
    ConfirmQuit,
    /// Saving would replace a file the user may not mean to replace.
    ConfirmOverwrite {
        path: PathBuf,
        reason: OverwriteReason,
    },
    Compare(Box<CompareView>),
    /// The draws view, with the rounds table scrolled this far and a
    /// category chosen as a possible plan target.
    Draws {
        scroll: u16,
        category: usize,
    },
    /// The least-effort plans to a target.
    Plan(Box<PlanView>),
    /// The score month by month.
    Timeline(Box<Timeline>),
    /// The work history: its jobs, one job's form, the occupation finder.
    Work(Box<WorkScreen>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlanView {
    pub target: u16,
    /// What the user is typing as a new target.
    pub typed: String,
    /// Where the target came from, when not typed ("latest CEC cut-off").
    pub source: Option<String>,
    /// The kind of round the plans must also open, when the target came
    /// from one (kept when a score is typed).
    pub round: Option<RoundKind>,
    pub advice: Advice,
    pub household: Vec<String>,
    pub selected: usize,
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

pub struct App {
    book: RuleBook,
    rules_index: usize,
    tables: &'static LanguageTables,
    pub store: Option<Store>,
    pub scenario: Scenario,
    /// Where the scenario saves to; `None` until it has a name on disk.
    pub path: Option<PathBuf>,
    /// What is on disk, to tell unsaved changes apart.
    saved: Option<Scenario>,
    /// The file's modification time when opened or last saved.
    disk: Option<scenario::Fingerprint>,
    undo: Vec<Scenario>,
    redo: Vec<Scenario>,
    pub focus: Focus,
    pub selected_field: usize,
    pub selected_gain: usize,
    pub form_scroll: usize,
    pub mode: Mode,
    pub status: Option<Status>,
    pub should_quit: bool,
    pub size: Rect,
    pub theme: Theme,
    // Derived from the profile after every change.
    rows: Vec<FormRow>,
    gains: Vec<Gain>,
    eligibility: Report,
    /// The comparison waiting while a side is being picked.
    pending_compare: Option<Box<CompareView>>,
    draws: Option<Loaded>,
    effort: EffortTable,
    /// The day plans and timelines start from.
    today: Date,
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

impl App {
    /// A planner on `scenario`, scored by the rules in force on `as_of`.
    pub fn new(book: RuleBook, as_of: Date, scenario: Scenario, store: Option<Store>) -> Result<App, String> {
        let rules = book.in_force_on(as_of).map_err(|e| e.to_string())?;
        let scenario = scenario.settled(as_of);
        let first_eligibility = eligibility::assess(&scenario.situation(), Reference::active(), as_of);
        let rules_index = book
            .sets()
            .iter()
            .position(|set| set.id() == rules.id())
            .unwrap_or(0);
        let mut app = App {
            book,
            rules_index,
            tables: LanguageTables::official(),
            store,
            scenario,
            path: None,
            saved: None,
            disk: None,
            undo: Vec::new(),
            redo: Vec::new(),
            focus: Focus::Form,
            selected_field: 0,
            selected_gain: 0,
            form_scroll: 0,
            mode: Mode::Normal,
            status: None,
            should_quit: false,
            size: Rect::new(0, 0, 80, 24),
            theme: Theme::plain(),
            rows: Vec::new(),
            gains: Vec::new(),
            eligibility: first_eligibility,
            pending_compare: None,
            draws: None,
            effort: EffortTable::shipped(),
            today: as_of,
        };
        app.recompute();
        Ok(app)
    }

    /// Effort data for the plan search, with the user's overrides.
    pub fn set_effort(&mut self, effort: EffortTable) {
        self.effort = effort;
    }

    /// The day timelines start from (the rules are picked for it too).
    pub fn today(&self) -> Date {
        self.today
    }

    /// Categories with their latest round, for choosing a plan target.
    pub fn target_categories(&self) -> Vec<(Category, u16, String)> {
        let Some(draws) = &self.draws else {
            return Vec::new();
        };
        draws
            .feed
            .categories()
            .into_iter()
            .filter_map(|category| {
                let round = draws.feed.rounds.iter().find(|r| r.category == category)?;
                Some((category.clone(), round.cutoff, round.date.to_string()))
            })
            .collect()
    }

    /// Gives the planner IRCC's rounds for the draws view.
    pub fn set_draws(&mut self, draws: Loaded) {
        self.draws = Some(draws);
    }

    pub fn draws(&self) -> Option<&Loaded> {
        self.draws.as_ref()
    }

    pub fn rules(&self) -> &RuleSet {
        &self.book.sets()[self.rules_index]
    }

    pub fn tables(&self) -> &'static LanguageTables {
        self.tables
    }

    pub fn breakdown(&self) -> Breakdown<'_> {
        self.rules().score(&self.scenario.profile)
    }

    pub fn rows(&self) -> &[FormRow] {
        &self.rows
    }

    pub fn gains(&self) -> &[Gain] {
        &self.gains
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
                let category = Category::from_key(&kind.key());
                let label = category
                    .as_ref()
                    .map_or_else(|| kind.key(), |c| c.label().to_string());
                let latest = self.draws.as_ref().and_then(|draws| {
                    draws
                        .feed
                        .rounds
                        .iter()
                        .find(|round| Some(&round.category) == category.as_ref())
                });
                match (latest, compact) {
                    (Some(round), false) => format!("{label} rounds: latest cut-off {}", round.cutoff),
                    (None, false) => format!("{label} rounds"),
                    (Some(round), true) => format!("{} {}", kind.key(), round.cutoff),
                    (None, true) => kind.key(),
                }
            })
            .collect();
        Some(format!("opens {}", parts.join(", ")))
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
        self.saved.as_ref() != Some(&self.scenario)
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
        match (&self.scenario.name, &self.path) {
            (Some(name), _) => crate::files::printable(name, false).into_owned(),
            (None, Some(path)) => path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            (None, None) => "new scenario".to_string(),
        }
    }

    /// Programs and categories on the planner's day, kept up to date.
    pub fn eligibility(&self) -> &Report {
        &self.eligibility
    }

    fn recompute(&mut self) {
        self.eligibility = eligibility::assess(&self.scenario.situation(), Reference::active(), self.today);
        self.rows = form::rows(&self.scenario, self.rules());
        self.gains = advisor::gains(&self.scenario.profile, self.rules(), self.tables);
        let start = Start::new(self.scenario.situation(), Reference::active(), self.today);
        advisor::goal::mark_openings(&mut self.gains, &start, &self.eligibility, self.tables);
        self.selected_field = self.selected_field.min(self.rows.len().saturating_sub(1));
        self.selected_gain = self.selected_gain.min(self.gains.len().saturating_sub(1));
        self.keep_selection_visible();
    }

    fn keep_selection_visible(&mut self) {
        if self.rows.is_empty() {
            return;
        }
        let visible = usize::from(Areas::of(self.size).form_rows()).max(1);
        let selected = self.selected_field.min(self.rows.len() - 1);
        self.form_scroll = self.form_scroll.min(selected);
        // A row under a heading takes two lines.
        let lines = |from: usize| -> usize {
            self.rows[from..=selected]
                .iter()
                .map(|row| 1 + usize::from(row.heading.is_some()))
                .sum()
        };
        while self.form_scroll < selected && lines(self.form_scroll) > visible {
            self.form_scroll += 1;
        }
    }

    /// Replaces the profile, remembering the old one for undo.
    fn change_profile(&mut self, profile: Profile) {
        let mut changed = self.scenario.clone();
        changed.profile = profile;
        self.change_scenario(changed);
    }

    /// Replaces the scenario, remembering the old one for undo.
    fn change_scenario(&mut self, mut changed: Scenario) {
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
            changed.settle(self.today);
        }
        self.undo.push(std::mem::replace(&mut self.scenario, changed));
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.recompute();
    }

    pub fn set_status(&mut self, text: impl Into<String>, kind: StatusKind) {
        self.status = Some(Status {
            text: text.into(),
            kind,
        });
    }

    /// Opens a scenario file. A file that fails to load is reported and left
    /// alone: the planner keeps what it had, so nothing can be saved over it.
    pub fn open_file(&mut self, path: &Path) -> bool {
        match scenario::load_tracked(path) {
            Ok((loaded, fingerprint)) => {
                let loaded = loaded.settled(self.today);
                self.scenario = loaded.clone();
                self.saved = Some(loaded);
                self.path = Some(path.to_path_buf());
                self.disk = Some(fingerprint);
                self.undo.clear();
                self.redo.clear();
                self.selected_field = 0;
                self.form_scroll = 0;
                self.recompute();
                let (_, warnings) = advisor::timeline::without_expired(
                    &self.scenario.profile,
                    &self.scenario.extras,
                    self.today,
                    self.tables,
                );
                match warnings.first() {
                    Some(warning) => {
                        self.set_status(format!("Opened {}; {warning}", path.display()), StatusKind::Error)
                    }
                    None => self.set_status(format!("Opened {}", path.display()), StatusKind::Info),
                }
                if let Some(store) = &self.store {
                    let _ = store.remember_last_opened(Some(path));
                }
                true
            }
            Err(error) => {
                self.set_status(error.to_string(), StatusKind::Error);
                self.mode = Mode::Notice {
                    title: "Could not open the scenario".to_string(),
                    text: format!("{error}\n\nThe file was left exactly as it is."),
                };
                false
            }
        }
    }

    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = Rect::new(0, 0, width, height);
        self.keep_selection_visible();
    }

    // ---- input ------------------------------------------------------------

    pub fn handle_key(&mut self, event: KeyEvent) {
        if keymap::is_interrupt(event) && !matches!(self.mode, Mode::Normal | Mode::ConfirmQuit) {
            self.mode = Mode::Normal;
            self.request_quit();
            return;
        }
        match std::mem::replace(&mut self.mode, Mode::Normal) {
            Mode::Normal => {
                if let Some(action) = keymap::action_for(event) {
                    self.update(action);
                }
            }
            Mode::Editing { field, buffer, error } => self.key_while_editing(event, field, buffer, error),
            Mode::Naming { purpose, buffer } => self.key_while_naming(event, purpose, buffer),
            Mode::Picking {
                purpose,
                entries,
                selected,
            } => self.key_while_picking(event, purpose, entries, selected),
            Mode::Help | Mode::Notice { .. } => {
                // Any key closes these; `q` there means "close", not "quit".
            }
            Mode::ConfirmQuit => match event.code {
                KeyCode::Char('y') | KeyCode::Char('Y') => self.should_quit = true,
                KeyCode::Char('c') if keymap::is_interrupt(event) => self.should_quit = true,
                _ => self.set_status("Still here: nothing was lost", StatusKind::Info),
            },
            Mode::ConfirmOverwrite { path, .. } => match event.code {
                KeyCode::Char('y') | KeyCode::Char('Y') => self.write_to(&path, scenario::Expect::Anything),
                _ => self.set_status("Not saved: the file on disk was left as it is", StatusKind::Info),
            },
            Mode::Compare(view) => self.key_while_comparing(event, view),
            Mode::Draws { scroll, category } => {
                let count = self.target_categories().len().max(1);
                match event.code {
                    KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('d') => {}
                    KeyCode::Down | KeyCode::Char('j') => {
                        self.mode = Mode::Draws {
                            scroll: scroll + 1,
                            category,
                        }
                    }
                    KeyCode::Up | KeyCode::Char('k') => {
                        self.mode = Mode::Draws {
                            scroll: scroll.saturating_sub(1),
                            category,
                        }
                    }
                    KeyCode::Right | KeyCode::Char('l') => {
                        self.mode = Mode::Draws {
                            scroll,
                            category: (category + 1) % count,
                        }
                    }
                    KeyCode::Left | KeyCode::Char('h') => {
                        self.mode = Mode::Draws {
                            scroll,
                            category: (category + count - 1) % count,
                        }
                    }
                    KeyCode::Char('p') | KeyCode::Enter => match self.target_categories().get(category) {
                        Some((category, cutoff, date)) => {
                            let source = format!("latest {} cut-off ({date})", category.label());
                            self.open_plan(*cutoff, Some(source), draws::entry::round_kind(category));
                        }
                        None => self.mode = Mode::Draws { scroll, category },
                    },
                    _ => self.mode = Mode::Draws { scroll, category },
                }
            }
            Mode::Plan(view) => self.key_while_planning(event, view),
            Mode::Work(screen) => self.key_while_working(event, screen),
            Mode::Timeline(timeline) => {
                if !matches!(event.code, KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('t')) {
                    self.mode = Mode::Timeline(timeline);
                }
            }
        }
    }

    pub fn update(&mut self, action: Action) {
        self.status = None;
        match action {
            Action::Up => self.move_selection(-1),
            Action::Down => self.move_selection(1),
            Action::Lower => self.step_field(-1),
            Action::Raise => self.step_field(1),
            Action::Enter => match self.focus {
                Focus::Form => self.start_editing(),
                Focus::Gains => self.apply_selected_gain(),
            },
            Action::NextPanel => {
                self.focus = match self.focus {
                    Focus::Form => Focus::Gains,
                    Focus::Gains => Focus::Form,
                }
            }
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Save => self.save(),
            Action::SaveAs => {
                self.mode = Mode::Naming {
                    purpose: NamePurpose::SaveAs,
                    buffer: self.scenario.name.clone().unwrap_or_default(),
                }
            }
            Action::Open => self.start_picking(PickPurpose::Open),
            Action::New => self.new_scenario(),
            Action::Compare => self.start_picking(PickPurpose::Compare),
            Action::Help => self.mode = Mode::Help,
            Action::Draws => {
                self.mode = Mode::Draws {
                    scroll: 0,
                    category: 0,
                }
            }
            Action::Plan => {
                let current = self.breakdown().total;
                let target = current.saturating_add(25).min(1200);
                self.open_plan(target, None, None);
            }
            Action::Timeline => {
                let timeline = advisor::project(
                    &self.scenario.profile,
                    &self.scenario.extras,
                    &self.book,
                    self.today,
                    36,
                    self.tables,
                );
                self.mode = Mode::Timeline(Box::new(timeline));
            }
            Action::Quit => self.request_quit(),
        }
    }

    fn request_quit(&mut self) {
        if self.is_dirty() {
            self.mode = Mode::ConfirmQuit;
        } else {
            self.should_quit = true;
        }
    }

    fn move_selection(&mut self, delta: i32) {
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

    fn step_field(&mut self, delta: i8) {
        if self.focus != Focus::Form {
            return;
        }
        if let Some(row) = self.selected_row().copied() {
            let changed = form::step(&self.scenario, row.id, delta, self.tables);
            self.change_scenario(changed);
        }
    }

    fn start_editing(&mut self) {
        let Some(row) = self.selected_row().copied() else {
            return;
        };
        if row.id == FieldId::WorkHistory {
            self.mode = Mode::Work(Box::default());
        } else if form::is_typed(row.id) {
            self.mode = Mode::Editing {
                field: row.id,
                buffer: String::new(),
                error: None,
            };
        } else {
            // Choices cycle, wrapping round, so Enter alone can reach each.
            let next = form::step(&self.scenario, row.id, 1, self.tables);
            let changed = if next == self.scenario {
                let mut back = self.scenario.clone();
                for _ in 0..16 {
                    let earlier = form::step(&back, row.id, -1, self.tables);
                    if earlier == back {
                        break;
                    }
                    back = earlier;
                }
                back
            } else {
                next
            };
            self.change_scenario(changed);
        }
    }

    fn key_while_editing(
        &mut self,
        event: KeyEvent,
        field: FieldId,
        mut buffer: String,
        error: Option<String>,
    ) {
        match event.code {
            KeyCode::Esc => {}
            KeyCode::Enter => match form::set_text(&self.scenario, field, &buffer, self.tables) {
                Ok(changed) => self.change_scenario(changed),
                Err(message) => {
                    self.mode = Mode::Editing {
                        field,
                        buffer,
                        error: Some(message),
                    }
                }
            },
            KeyCode::Backspace => {
                buffer.pop();
                self.mode = Mode::Editing {
                    field,
                    buffer,
                    error: None,
                };
            }
            KeyCode::Char(c) if c.is_ascii_digit() || c == '.' => {
                if buffer.len() < 8 {
                    buffer.push(c);
                }
                self.mode = Mode::Editing {
                    field,
                    buffer,
                    error: None,
                };
            }
            _ => self.mode = Mode::Editing { field, buffer, error },
        }
    }

    fn apply_selected_gain(&mut self) {
        let Some(gain) = self.gains.get(self.selected_gain).cloned() else {
            return;
        };
        let changed = gain.change.apply(&self.scenario.profile, self.tables);
        self.change_profile(changed);
        self.set_status(
            format!("What-if: {} (+{}); u undoes it", gain.label, gain.points),
            StatusKind::Info,
        );
    }

    fn undo(&mut self) {
        match self.undo.pop() {
            Some(previous) => {
                self.redo.push(std::mem::replace(&mut self.scenario, previous));
                self.recompute();
            }
            None => self.set_status("Nothing to undo", StatusKind::Info),
        }
    }

    fn redo(&mut self) {
        match self.redo.pop() {
            Some(next) => {
                self.undo.push(std::mem::replace(&mut self.scenario, next));
                self.recompute();
            }
            None => self.set_status("Nothing to redo", StatusKind::Info),
        }
    }

    fn new_scenario(&mut self) {
        self.undo.push(self.scenario.clone());
        self.redo.clear();
        self.scenario = Scenario::new(starter_profile(self.tables));
        self.path = None;
        self.saved = None;
        self.disk = None;
        self.selected_field = 0;
        self.form_scroll = 0;
        self.recompute();
        self.set_status("New scenario (u brings the previous one back)", StatusKind::Info);
    }

    // ---- saving -----------------------------------------------------------

    fn save(&mut self) {
        match self.path.clone() {
            Some(path) => {
                // What was read or last written must still be there; the
                // check is made under a lock right before the file is
                // replaced (`save_tracked`).
                let expect = match self.disk {
                    Some(fingerprint) => scenario::Expect::Holding(fingerprint),
                    None => scenario::Expect::Anything,
                };
                self.write_to(&path, expect);
            }
            None => {
                self.mode = Mode::Naming {
                    purpose: NamePurpose::Save,
                    buffer: self.scenario.name.clone().unwrap_or_default(),
                }
            }
        }
    }

    fn key_while_naming(&mut self, event: KeyEvent, purpose: NamePurpose, mut buffer: String) {
        match event.code {
            KeyCode::Esc => self.set_status("Not saved", StatusKind::Info),
            KeyCode::Enter => {
                let name = buffer.trim().to_string();
                if name.is_empty() {
                    self.mode = Mode::Naming { purpose, buffer };
                    return;
                }
                let Some(store) = self.store.clone() else {
                    self.set_status("No data folder to save in", StatusKind::Error);
                    return;
                };
                if let Err(error) = store.ensure_scenarios_dir() {
                    self.set_status(
                        format!("Cannot create {}: {error}", store.scenarios_dir().display()),
                        StatusKind::Error,
                    );
                    return;
                }
                let path = store.path_for(&name);
                self.scenario.name = Some(name);
                if Some(&path) == self.path.as_ref() {
                    // "Save as" a name that makes the open file's name: ask,
                    // since the user meant a new file.
                    match purpose {
                        NamePurpose::SaveAs => {
                            self.mode = Mode::ConfirmOverwrite {
                                path,
                                reason: OverwriteReason::OpenFile,
                            }
                        }
                        NamePurpose::Save => self.save(),
                    }
                } else if path.exists() {
                    self.mode = Mode::ConfirmOverwrite {
                        path,
                        reason: OverwriteReason::Exists,
                    };
                } else {
                    self.write_to(&path, scenario::Expect::Absent);
                }
            }
            KeyCode::Backspace => {
                buffer.pop();
                self.mode = Mode::Naming { purpose, buffer };
            }
            KeyCode::Char(c) => {
                if buffer.chars().count() < 60 {
                    buffer.push(c);
                }
                self.mode = Mode::Naming { purpose, buffer };
            }
            _ => self.mode = Mode::Naming { purpose, buffer },
        }
    }

    fn write_to(&mut self, path: &Path, expect: scenario::Expect) {
        match scenario::save_tracked(path, &self.scenario, expect) {
            Ok(fingerprint) => {
                self.path = Some(path.to_path_buf());
                self.saved = Some(self.scenario.clone());
                self.disk = Some(fingerprint);
                if let Some(store) = &self.store {
                    let _ = store.remember_last_opened(Some(path));
                }
                self.set_status(format!("Saved {}", path.display()), StatusKind::Info);
            }
            Err(scenario::SaveError::Changed) => {
                let reason = if Some(path) == self.path.as_deref() {
                    OverwriteReason::ChangedOnDisk
                } else {
                    OverwriteReason::Exists
                };
                self.mode = Mode::ConfirmOverwrite {
                    path: path.to_path_buf(),
                    reason,
                };
            }
            Err(error) => self.set_status(
                format!("Not saved: {}: {error}", path.display()),
                StatusKind::Error,
            ),
        }
    }

    // ---- opening and comparing ----------------------------------------------

    fn start_picking(&mut self, purpose: PickPurpose) {
        let entries = self.store.as_ref().map(Store::list).unwrap_or_default();
        if entries.is_empty() {
            self.set_status(
                "No saved scenarios yet: press s to save this one",
                StatusKind::Info,
            );
            return;
        }
        self.mode = Mode::Picking {
            purpose,
            entries,
            selected: 0,
        };
    }

    fn key_while_picking(
        &mut self,
        event: KeyEvent,
        purpose: PickPurpose,
        entries: Vec<Entry>,
        selected: usize,
    ) {
        let last = entries.len().saturating_sub(1);
        let keep = |selected: usize| Mode::Picking {
            purpose,
            entries: entries.clone(),
            selected,
        };
        match event.code {
            KeyCode::Up | KeyCode::Char('k') => self.mode = keep(selected.saturating_sub(1)),
            KeyCode::Down | KeyCode::Char('j') => self.mode = keep((selected + 1).min(last)),
            KeyCode::Enter => {
                let Some(entry) = entries.get(selected).cloned() else {
                    return;
                };
                match purpose {
                    PickPurpose::Open => {
                        if self.is_dirty() {
                            // Keep the current work reachable with undo.
                            self.undo.push(self.scenario.clone());
                        }
                        self.open_file(&entry.path);
                    }
                    PickPurpose::Compare => {
                        let current = (self.title(), self.scenario.clone());
                        self.compare_with(current, &entry, Side::B, None);
                    }
                    PickPurpose::CompareSide(side) => {
                        if let Some(view) = self.pending_compare.take() {
                            let other = match side {
                                Side::A => view.b.clone(),
                                Side::B => view.a.clone(),
                            };
                            self.compare_with(other, &entry, side, Some(view.scroll));
                        }
                    }
                }
            }
            KeyCode::Esc | KeyCode::Char('q') => {
                if let Some(view) = self.pending_compare.take() {
                    self.mode = Mode::Compare(view);
                }
            }
            _ => self.mode = keep(selected),
        }
    }

    fn compare_with(&mut self, other: (String, Scenario), entry: &Entry, side: Side, scroll: Option<u16>) {
        match scenario::load(&entry.path).map(|loaded| loaded.settled(self.today)) {
            Ok(loaded) => {
                let picked = (entry.name.clone(), loaded);
                let (a, b) = match side {
                    Side::B => (other, picked),
                    Side::A => (picked, other),
                };
                self.show_comparison(a, b);
                if let (Some(scroll), Mode::Compare(view)) = (scroll, &mut self.mode) {
                    view.scroll = scroll;
                }
            }
            Err(error) => self.set_status(error.to_string(), StatusKind::Error),
        }
    }

    /// Puts two scenarios side by side.
    pub fn show_comparison(&mut self, a: (String, Scenario), b: (String, Scenario)) {
        let comparison = compare(&a.1, &b.1, self.rules());
        self.mode = Mode::Compare(Box::new(CompareView {
            a,
            b,
            comparison,
            scroll: 0,
        }));
    }

    fn key_while_comparing(&mut self, event: KeyEvent, mut view: Box<CompareView>) {
        match event.code {
            KeyCode::Esc | KeyCode::Char('q') => {}
            KeyCode::Char('a') | KeyCode::Char('b') => {
                let side = if event.code == KeyCode::Char('a') {
                    Side::A
                } else {
                    Side::B
                };
                let entries = self.store.as_ref().map(Store::list).unwrap_or_default();
                if entries.is_empty() {
                    self.mode = Mode::Compare(view);
                    self.set_status("No saved scenarios to swap in", StatusKind::Info);
                } else {
                    self.pending_compare = Some(view);
                    self.mode = Mode::Picking {
                        purpose: PickPurpose::CompareSide(side),
                        entries,
                        selected: 0,
                    };
                }
            }
            KeyCode::Down | KeyCode::Char('j') => {
                view.scroll = view.scroll.saturating_add(1);
                self.mode = Mode::Compare(view);
            }
            KeyCode::Up | KeyCode::Char('k') => {
                view.scroll = view.scroll.saturating_sub(1);
                self.mode = Mode::Compare(view);
            }
            _ => self.mode = Mode::Compare(view),
        }
    }

    // ---- work history ---------------------------------------------------------

    /// The jobs of the work history (none when the file gives none).
    pub fn jobs(&self) -> &[Job] {
        self.scenario.background.work.as_deref().unwrap_or_default()
    }

    fn key_while_working(&mut self, event: KeyEvent, mut screen: Box<WorkScreen>) {
        let change = screen.handle(event, self.jobs(), self.today, Reference::active());
        let before = (
            self.scenario.profile.canadian_experience_years,
            self.scenario.profile.foreign_experience_years,
        );
        let mut changed = self.scenario.clone();
        let work = changed.background.work.get_or_insert_with(Vec::new);
        let done = match change {
            None => {
                self.mode = Mode::Work(screen);
                return;
            }
            Some(WorkChange::Close) => {
                self.mode = Mode::Normal;
                return;
            }
            Some(WorkChange::Add(job)) => {
                work.push(job);
                screen.selected = work.len() - 1;
                "Job added"
            }
            Some(WorkChange::Replace(index, job)) => {
                if let Some(slot) = work.get_mut(index) {
                    *slot = job;
                }
                "Job changed"
            }
            Some(WorkChange::Remove(index)) => {
                if index < work.len() {
                    work.remove(index);
                }
                // No jobs left: back to a file without a work history, so
                // experience years are the profile's own again.
                if work.is_empty() {
                    changed.background.work = None;
                    changed.background.stated_years = Default::default();
                }
                "Job removed (u on the main screen brings it back)"
            }
        };
        self.change_scenario(changed);
        self.mode = Mode::Work(screen);
        let after = (
            self.scenario.profile.canadian_experience_years,
            self.scenario.profile.foreign_experience_years,
        );
        let text = if after == before {
            done.to_string()
        } else {
            format!(
                "{done}; experience counted from the history: Canadian {}, foreign {} (were {} and {})",
                after.0, after.1, before.0, before.1
            )
        };
        self.set_status(text, StatusKind::Info);
    }

    // ---- plans ----------------------------------------------------------------

    /// Opens the plan view on a target and runs the search.
    pub fn open_plan(&mut self, target: u16, source: Option<String>, round: Option<RoundKind>) {
        let goal = round.clone().map(|kind| {
            let start = Start::new(self.scenario.situation(), Reference::active(), self.today);
            RoundGoal::new(kind, start)
        });
        let advice = advisor::plan(
            &self.scenario.profile,
            target,
            goal.as_ref(),
            self.rules(),
            self.tables,
            &self.effort,
        );
        let household =
            advisor::household(&self.scenario.profile, &self.scenario.extras, self.rules()).describe();
        self.mode = Mode::Plan(Box::new(PlanView {
            target,
            typed: String::new(),
            source,
            round,
            advice,
            household,
            selected: 0,
        }));
    }

    fn key_while_planning(&mut self, event: KeyEvent, mut view: Box<PlanView>) {
        match event.code {
            KeyCode::Esc | KeyCode::Char('q') => {}
            KeyCode::Char(c) if c.is_ascii_digit() => {
                if view.typed.len() < 4 {
                    view.typed.push(c);
                }
                self.retarget(view);
            }
            KeyCode::Backspace => {
                view.typed.pop();
                self.retarget(view);
            }
            KeyCode::Up | KeyCode::Char('k') => {
                view.selected = view.selected.saturating_sub(1);
                self.mode = Mode::Plan(view);
            }
            KeyCode::Down | KeyCode::Char('j') => {
                let last = view.advice.in_hand.plans.len().saturating_sub(1);
                view.selected = (view.selected + 1).min(last);
                self.mode = Mode::Plan(view);
            }
            KeyCode::Enter => match view.advice.in_hand.plans.get(view.selected) {
                Some(plan) => {
                    let changed = plan.apply(&self.scenario.profile, self.tables);
                    let (effort, total) = (plan.effort, plan.total);
                    self.change_profile(changed);
                    self.set_status(
                        format!(
                            "What-if: plan {} applied (effort {effort}, total {total}); u undoes it",
                            view.selected + 1
                        ),
                        StatusKind::Info,
                    );
                }
                None => self.mode = Mode::Plan(view),
            },
            _ => self.mode = Mode::Plan(view),
        }
    }

    /// A typed target replaces the one shown as soon as it is a score.
    fn retarget(&mut self, mut view: Box<PlanView>) {
        match view.typed.parse::<u16>() {
            Ok(target) if (1..=1200).contains(&target) => {
                let typed = std::mem::take(&mut view.typed);
                self.open_plan(target, None, view.round.clone());
                if let Mode::Plan(fresh) = &mut self.mode {
                    fresh.typed = typed;
                }
            }
            _ => self.mode = Mode::Plan(view),
        }
    }

    // ---- mouse --------------------------------------------------------------

    /// A paste arrives as one event: in a text prompt its characters are
    /// typed (control characters dropped, no more than a prompt can hold, so
    /// a huge paste costs nothing); anywhere else it is ignored, never taken
    /// for commands.
    pub fn handle_paste(&mut self, text: &str) {
        if let Mode::Work(screen) = &mut self.mode {
            screen.type_text(text, Reference::active());
            return;
        }
        if !matches!(self.mode, Mode::Naming { .. } | Mode::Editing { .. }) {
            self.set_status("Paste ignored: there is no text to type here", StatusKind::Info);
            return;
        }
        for c in text.chars().filter(|c| !c.is_control()).take(MAX_PASTED_CHARS) {
            self.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
    }

    pub fn handle_mouse(&mut self, event: MouseEvent) {
        if !matches!(self.mode, Mode::Normal) {
            return;
        }
        let areas = Areas::of(self.size);
        let at = Position::new(event.column, event.row);
        match event.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                if areas.form.contains(at) {
                    if let Some(index) = self.form_row_at(areas, event.row) {
                        self.focus = Focus::Form;
                        self.selected_field = index;
                    }
                } else if areas.gains.contains(at) {
                    let height = usize::from(areas.gains.height.saturating_sub(2));
                    let row = usize::from(event.row.saturating_sub(areas.gains.y + 1));
                    let picked = if self.gains_summary_shown(height) && row >= height - 2 {
                        // The summary line stands for the first gain out of hand.
                        self.gains
                            .iter()
                            .position(|gain| gain.control == Control::OutOfYourHands)
                    } else {
                        self.gain_lines()
                            .get(row + self.gains_scroll(height))
                            .copied()
                            .flatten()
                    };
                    if let Some(index) = picked {
                        self.focus = Focus::Gains;
                        self.selected_gain = index;
                    }
                }
            }
            MouseEventKind::ScrollDown => {
                if areas.gains.contains(at) {
                    self.focus = Focus::Gains;
                }
                self.move_selection(1);
            }
            MouseEventKind::ScrollUp => {
                if areas.gains.contains(at) {
                    self.focus = Focus::Gains;
                }
                self.move_selection(-1);
            }
            _ => {}
        }
    }

    /// The form row drawn on a screen line, as the form view lays them out.
    fn form_row_at(&self, areas: Areas, line: u16) -> Option<usize> {
        let mut y = areas.form.y + 1;
        for (index, row) in self.rows.iter().enumerate().skip(self.form_scroll) {
            if row.heading.is_some() {
                y += 1;
            }
            if y == line {
                return Some(index);
            }
            y += 1;
        }
        None
    }
}

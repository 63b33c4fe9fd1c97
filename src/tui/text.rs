//! What the planner says, in one place: status lines, titles and notices.
//! Logic never spells a sentence itself, so wording stays consistent and a
//! translation can come without touching it.

use std::path::Path;

use crate::engine::Date;
use crate::tui::form::FieldId;

pub const NEW_SCENARIO: &str = "new scenario";
pub const NEW_SCENARIO_STARTED: &str = "New scenario (u brings the previous one back)";
pub const NOTHING_TO_UNDO: &str = "Nothing to undo";
pub const NOTHING_TO_REDO: &str = "Nothing to redo";
pub const NOT_SAVED: &str = "Not saved";
pub const NOT_SAVED_LEFT_AS_IS: &str = "Not saved: the file on disk was left as it is";
pub const STILL_HERE: &str = "Still here: nothing was lost";
pub const NO_DATA_FOLDER: &str = "No data folder to save in";
pub const NO_SAVED_SCENARIOS: &str = "No saved scenarios yet: press s to save this one";
pub const NO_SCENARIOS_TO_SWAP: &str = "No saved scenarios to swap in";
pub const STARTER: &str = "A starter profile: change any value with ←/→, press ? for every key";
pub const CHOOSE_A_CATEGORY: &str = "Choose a category with ←/→ to plan to its rounds";
pub const PASTE_IGNORED: &str = "Paste ignored: there is no text to type here";
pub const COULD_NOT_OPEN: &str = "Could not open the scenario";
pub const FILE_LEFT_AS_IS: &str = "The file was left exactly as it is.";
pub const JOB_ADDED: &str = "Job added";
pub const JOB_CHANGED: &str = "Job changed";
pub const JOB_REMOVED: &str = "Job removed (u on the main screen brings it back)";

pub fn opened(path: &Path) -> String {
    format!("Opened {}", path.display())
}

pub fn opened_with_warning(path: &Path, warning: &str) -> String {
    format!("Opened {}; {warning}", path.display())
}

pub fn saved(path: &Path) -> String {
    format!("Saved {}", path.display())
}

pub fn not_saved(path: &Path, error: &str) -> String {
    format!("Not saved: {}: {error}", path.display())
}

pub fn cannot_create(folder: &Path, error: &str) -> String {
    format!("Cannot create {}: {error}", folder.display())
}

pub fn last_gone(path: &Path) -> String {
    format!(
        "The scenario open last time is gone ({}): a starter profile instead",
        path.display()
    )
}

pub fn gain_applied(label: &str, points: u16) -> String {
    format!("What-if: {label} (+{points}); u undoes it")
}

pub fn plan_applied(number: usize, effort: u32, total: u16) -> String {
    format!("What-if: plan {number} applied (effort {effort}, total {total}); u undoes it")
}

pub fn latest_cutoff(category: &str, date: Date) -> String {
    format!("latest {category} cut-off ({date})")
}

/// One kind of round a change opens.
pub fn opening(label: &str, key: &str, cutoff: Option<u16>, compact: bool) -> String {
    match (cutoff, compact) {
        (Some(cutoff), false) => format!("{label} rounds: latest cut-off {cutoff}"),
        (None, false) => format!("{label} rounds"),
        (Some(cutoff), true) => format!("{key} {cutoff}"),
        (None, true) => key.to_string(),
    }
}

pub fn opens(parts: &[String]) -> String {
    format!("opens {}", parts.join(", "))
}

/// What a change to the jobs did, and what the count of experience years
/// became when it moved.
pub fn work_changed(done: &str, before: (u8, u8), after: (u8, u8)) -> String {
    if before == after {
        return done.to_string();
    }
    format!(
        "{done}; experience counted from the history: Canadian {}, foreign {} (were {} and {})",
        after.0, after.1, before.0, before.1
    )
}

/// What IRCC means by a field, in one line, shown under the form for the
/// selected field.
pub fn field_help(id: FieldId) -> &'static str {
    match id {
        FieldId::Age => "Age on the day you are invited (not when you enter the pool); 20-29 earn the most",
        FieldId::Education => "Your highest credential, assessed (ECA) if from abroad",
        FieldId::CanadianEducation => {
            "A credential earned in Canada: full-time, in person, at least 8 months"
        }
        FieldId::Certificate => {
            "A certificate of qualification in a trade, issued by a province or territory"
        }
        FieldId::Test(_) => {
            "An approved test less than two years old: IELTS, CELPIP, PTE Core, TEF or TCF Canada"
        }
        FieldId::Score(..) => {
            "The score on the test's own scale; the CLB/NCLC level it gives is on the right"
        }
        FieldId::CanadianExperience => {
            "Skilled (TEER 0-3), paid, full-time or equal part-time work in Canada, last 10 years"
        }
        FieldId::ForeignExperience => {
            "Skilled (TEER 0-3), paid, full-time or equal part-time work abroad, last 10 years"
        }
        FieldId::SpousePresent => {
            "Only a spouse coming to Canada who is not a citizen or PR earns spouse points"
        }
        FieldId::SpouseEducation => "Your spouse's or partner's highest credential",
        FieldId::SpouseExperience => "Your spouse's skilled, paid work in Canada, last 10 years",
        FieldId::Nomination => "A provincial or territorial nomination through an Express Entry stream: +600",
        FieldId::Sibling => "A brother or sister in Canada, 18 or older, a citizen or PR",
        FieldId::JobOffer => "A valid arranged-employment offer, where the rule set still scores it",
        FieldId::WorkHistory => "Each job with its NOC, place, dates and hours: eligibility counts from it",
        FieldId::Funds => "Money you can show to settle, in Canadian dollars (FSW and FST need it)",
        FieldId::FamilyMembers => "You, your spouse or partner and dependent children, even those not coming",
        FieldId::AuthorizedToWork => {
            "Allowed to work in Canada now (with a job offer, no proof of funds is needed)"
        }
        FieldId::EducationAssessed => {
            "An educational credential assessment (ECA) of a credential from abroad"
        }
        FieldId::StudyYears | FieldId::SpouseStudyYears => {
            "Full-time years of post-secondary study in Canada (FSW adaptability)"
        }
        FieldId::Relative => "A relative in Canada, 18 or older, a citizen or PR (FSW adaptability)",
        FieldId::Quebec => "Quebec chooses its own immigrants: no Express Entry program applies",
        FieldId::BirthDate => {
            "With a birth date every day is scored at its own age: birthdays show in the timeline"
        }
        FieldId::TestDate(_) => {
            "A result counts for two years from its test date; after that it earns nothing"
        }
        FieldId::SpouseAge => {
            "Your spouse's age, for scoring the household with your spouse as the applicant"
        }
        FieldId::Submitted => {
            "When your Express Entry profile went in: ties at the cut-off go to the earliest"
        }
        FieldId::AssessedOn => "When your credential assessment was issued: it is valid for five years",
        FieldId::SpouseForeignExperience | FieldId::SpouseCertificate | FieldId::SpouseCanadianEducation => {
            "What your spouse would bring as the principal applicant (the household comparison)"
        }
    }
}

// ---- panels and popups ------------------------------------------------------

pub const SECTION_CORE: &str = "Core";
pub const SECTION_SPOUSE: &str = "Spouse";
pub const SECTION_TRANSFER: &str = "Transfer";
pub const SECTION_ADDITIONAL: &str = "Additional";
pub const SCORE_TITLE: &str = " Score ";
pub const TOTAL_LABEL: &str = " Total  ";
pub const WITH_SPOUSE: &str = "with spouse";
pub const SINGLE: &str = "single";
pub const NO_CATEGORIES_YET: &str = "Categories: none before 2023-05-31";
pub const NO_CATEGORY: &str = "no category";
pub const IN_POOL: &str = " In the pool ";
pub const NOT_IN_POOL: &str = " Not in the pool ";
pub const POOL_NOT_KNOWN: &str = " In the pool? not known ";
pub const GAINS_TITLE: &str = " Biggest gains (Enter applies) ";
pub const NO_GAINS: &str = " No move left raises this score.";
pub const NOT_IN_YOUR_HANDS: &str = " Not in your hands:";
pub const CRS_TOTAL: &str = "CRS total";
pub const SCORE_BY_MONTH: &str = " Score by month ";
pub const NO_KEY_DATES: &str = " No day in these months changes the score.";
pub const KEY_DATES: &str = " Key dates ";
pub const NONE: &str = "none";
pub const TOTAL_ROW: &str = " TOTAL";
pub const FIELDS_THAT_DIFFER: &str = " Fields that differ";
pub const FACTOR: &str = "Factor";
pub const NO_DRAWS: &str = " No draw data is loaded.";
pub const EVERY_CATEGORY_CHART: &str =
    " Cut-offs, last 12 months, every category (nomination rounds left out: +600) ";
pub const ROUND_COLUMNS: [&str; 5] = ["Date", "Round", "Category", "Size", "Cut-off"];
pub const SAVE_AS_TITLE: &str = " Save scenario as ";
pub const SAVE_COPY_TITLE: &str = " Save a copy as ";
pub const NAME_LABEL: &str = "Name: ";
pub const PICK_OPEN: &str = " Open a saved scenario ";
pub const PICK_COMPARE: &str = " Compare with ";
pub const PICK_SIDE_A: &str = " Put on side A ";
pub const PICK_SIDE_B: &str = " Put on side B ";
pub const DOES_NOT_LOAD: &str = " does not load";
pub const UNSAVED_CHANGES: &str = " Unsaved changes ";
pub const QUIT_ANYWAY: &str = "This scenario has changes that are not saved. Quit anyway?";
pub const OPEN_ANYWAY: &str = "This scenario has changes that are not saved. Open another anyway?";
pub const OVERWRITE_TITLE: &str = " Overwrite? ";
pub const NOT_IN_NOC_LIST: &str = "not in the NOC list";
pub const ONGOING: &str = "ongoing";
pub const SELF_EMPLOYED: &str = "self-employed";
pub const WHILE_A_STUDENT: &str = "while a student";
pub const STATED_YEARS_WIN: &str =
    " Years typed in the form win over the count (a what-if); clear them there to count again";
pub const NO_JOBS: &str =
    " No jobs yet: a adds one. Eligibility needs the work history; the score can do without.";
pub const EMPTY_GOES_ON: &str = "  empty: the job goes on";
pub const CHANGE_A_JOB: &str = " Change a job ";
pub const ADD_A_JOB: &str = " Add a job ";
pub const FINDER_HINT: &str = "   part of a title, or a code (2 digits: a major group)";
pub const NO_OCCUPATION: &str = " No occupation matches.";
pub const MOUSE_HEADING: &str = " Mouse";
pub const MOUSE: &str = "a click selects a field or a gain; the wheel scrolls the panel under the pointer";
pub const PROFILE_TITLE: &str = " Profile ";
pub const PLAN_TARGET: &str = " Plan · target ";

// ---- the form ------------------------------------------------------------------

pub const GROUP_YOU: &str = "You";
pub const GROUP_FIRST_LANGUAGE: &str = "First language";
pub const GROUP_SECOND_LANGUAGE: &str = "Second language";
pub const GROUP_WORK: &str = "Work";
pub const GROUP_SPOUSE: &str = "Spouse or partner";
pub const GROUP_EXTRAS: &str = "Extras";
pub const GROUP_ELIGIBILITY: &str = "For eligibility";

/// A field's label in the form.
pub fn field_label(id: FieldId) -> String {
    match id {
        FieldId::Age => "Age".into(),
        FieldId::Education => "Education".into(),
        FieldId::CanadianEducation => "Canadian study".into(),
        FieldId::Certificate => "Trade certificate".into(),
        FieldId::Test(_) => "Test".into(),
        FieldId::Score(_, ability) => format!("  {}", ability.label()),
        FieldId::CanadianExperience => "Canadian work".into(),
        FieldId::ForeignExperience => "Foreign work".into(),
        FieldId::SpousePresent => "Spouse".into(),
        FieldId::SpouseEducation => "Education".into(),
        FieldId::SpouseExperience => "Canadian work".into(),
        FieldId::Nomination => "Nomination".into(),
        FieldId::Sibling => "Sibling in Canada".into(),
        FieldId::JobOffer => "Job offer".into(),
        FieldId::BirthDate => "Birth date".into(),
        FieldId::TestDate(_) => "  Test date".into(),
        FieldId::SpouseAge => "Age".into(),
        FieldId::Submitted => "Profile submitted".into(),
        FieldId::AssessedOn => "ECA issued".into(),
        FieldId::SpouseForeignExperience => "Foreign work".into(),
        FieldId::SpouseCertificate => "Trade certificate".into(),
        FieldId::SpouseCanadianEducation => "Canadian study".into(),
        FieldId::WorkHistory => "Work history".into(),
        FieldId::Funds => "Funds (CAD)".into(),
        FieldId::FamilyMembers => "Family size".into(),
        FieldId::AuthorizedToWork => "Work permit".into(),
        FieldId::EducationAssessed => "ECA (education)".into(),
        FieldId::StudyYears => "Study years here".into(),
        FieldId::SpouseStudyYears => "Study years here".into(),
        FieldId::Relative => "Family in Canada".into(),
        FieldId::Quebec => "Living in Quebec".into(),
    }
}

/// What a typed field expects, for the typing popup.
pub fn typing_hint(id: FieldId) -> &'static str {
    match id {
        FieldId::Funds => "Canadian dollars you can show; nothing: not given",
        FieldId::FamilyMembers => "people in the family, you included; nothing: from the profile",
        FieldId::StudyYears | FieldId::SpouseStudyYears => {
            "full-time years of study in Canada; nothing: from Canadian study"
        }
        FieldId::BirthDate | FieldId::TestDate(_) | FieldId::Submitted | FieldId::AssessedOn => {
            "a day written YYYY-MM-DD; nothing: not given"
        }
        FieldId::SpouseAge => "whole years; nothing: not given",
        _ => "a whole number",
    }
}

// ---- the form's values -------------------------------------------------------------

pub const NO_WORK_HISTORY: &str = "none given (Enter adds)";
pub const NOT_GIVEN: &str = "not given";
pub const SPOUSE_COMING: &str = "coming, not Canadian";
pub const SPOUSE_NOT_COMING: &str = "not coming (no points)";
pub const SPOUSE_CANADIAN: &str = "citizen/PR (no points)";
pub const OFFER_TEER_0_GROUP_00: &str = "TEER 0 group 00";
pub const OFFER_TEER_0_3: &str = "TEER 0-3";

pub const AGE_FROM_BIRTH_DATE: &str = "the age comes from the birth date: change or clear the birth date";

pub fn age_from_birth(age: u8, birth: Date) -> String {
    format!("{age} (born {birth})")
}

pub const DEADLINES: &str = " Deadlines";

pub fn jobs(count: usize) -> String {
    if count == 1 {
        "1 job (Enter edits)".to_string()
    } else {
        format!("{count} jobs (Enter edits)")
    }
}

pub fn from_profile(count: u8) -> String {
    format!("{count} (from the profile)")
}

pub fn from_study(years: u8) -> String {
    format!("{years} (from Canadian study)")
}

pub fn from_spouse_study(years: u8) -> String {
    format!("{years} (from the spouse's study)")
}

pub fn expired(test: &str, day: Date) -> String {
    format!("{test} (expired {day})")
}

pub fn plan_by_month(number: usize, first: u16, last: u16, months: usize, high: u16) -> String {
    format!(" Plan {number} month by month: {first} now, {last} in {months} months (highest {high}) ")
}

/// The chance within six months from one row of a forecast (the planner
/// always asks for that horizon).
fn within_six_months(outlook: &crate::advisor::outlook::Outlook, p: &[f64]) -> f64 {
    outlook
        .horizons
        .iter()
        .position(|&h| h == 6)
        .and_then(|i| p.get(i))
        .copied()
        .unwrap_or(0.0)
}

/// "Invitation: 38% within 6 months · best: cec rounds"
pub fn outlook_line(outlook: &crate::advisor::outlook::Outlook) -> String {
    let six = within_six_months(outlook, &outlook.any);
    match outlook.best_kind() {
        Some(best) => format!(
            " Invitation: {:.0}% within 6 months · best: {} rounds",
            six * 100.0,
            best.kind
        ),
        None => " Invitation: no round you can be in reaches this score lately".to_string(),
    }
}

/// " Within 6 months: cec 33% · french 12%"
pub fn outlook_by_kind(outlook: &crate::advisor::outlook::Outlook) -> String {
    let kinds: Vec<String> = outlook
        .by_kind
        .iter()
        .map(|kind| {
            format!(
                "{} {:.0}%",
                kind.kind,
                within_six_months(outlook, &kind.p) * 100.0
            )
        })
        .collect();
    if kinds.is_empty() {
        " Within 6 months: no round you can be in has been held".to_string()
    } else {
        format!(
            " Within 6 months, by kind of round you can be in: {}",
            kinds.join(" · ")
        )
    }
}

/// "Then: french rounds open · 85% within 6 months of it (french rounds best)"
pub fn after_plan(
    opens: &[crate::engine::eligibility::RoundKind],
    outlook: &crate::advisor::outlook::Outlook,
) -> String {
    let opened: Vec<String> = opens
        .iter()
        .map(|kind| format!("{} rounds open", kind.key()))
        .collect();
    if opened.is_empty() {
        outlook_after(outlook)
    } else {
        format!("{} · {}", opened.join(", "), outlook_after(outlook))
    }
}

/// "Then: 85% within 6 months (french rounds best)"
pub fn outlook_after(outlook: &crate::advisor::outlook::Outlook) -> String {
    let p = within_six_months(outlook, &outlook.any) * 100.0;
    match outlook.best_kind() {
        Some(best) => format!("Then: {p:.0}% within 6 months of it ({} rounds best)", best.kind),
        None => "Then: no round you could be in reaches it lately".to_string(),
    }
}

/// Said beside a forecast whose newest round is old: "rounds to 2026-08-07 (d imports newer)".
pub fn rounds_until(newest: Date) -> String {
    format!("rounds known to {newest} only")
}

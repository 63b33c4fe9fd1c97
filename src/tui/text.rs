//! The planner's sentences that take values or padding: the words are in
//! the catalogues (`assets/i18n/`); this is where the planner puts values
//! into them, so logic never spells a sentence itself. A message with no
//! value and no padding is asked for where it is used, with `t!`.

use std::path::Path;

use crate::t;

use crate::engine::Date;
use crate::tui::field::FieldId;

pub fn opened(path: &Path) -> String {
    t!("opened", file = path)
}

pub fn opened_with_warning(path: &Path, warning: &str) -> String {
    t!("opened-with-warning", file = path, warning = warning)
}

pub fn saved(path: &Path) -> String {
    t!("saved", file = path)
}

pub fn not_saved_to(path: &Path, error: &str) -> String {
    t!("not-saved-to", file = path, problem = error)
}

pub fn cannot_create(folder: &Path, error: &str) -> String {
    t!("cannot-create", folder = folder, problem = error)
}

pub fn last_gone(path: &Path) -> String {
    t!("last-gone", file = path)
}

pub fn gain_applied(label: &str, points: u16) -> String {
    t!("gain-applied", change = label, points = points)
}

/// A plan carried out: its total on the day it is done, and today's score
/// of the changed scenario (the score box's), which can differ.
pub fn plan_applied(number: usize, plan: &crate::advisor::Plan, today: u16) -> String {
    match plan.done_day {
        Some(day) => t!(
            "plan-applied-on",
            number = number,
            effort = plan.effort,
            total = plan.total,
            date = day,
            today = today
        ),
        None => t!(
            "plan-applied",
            number = number,
            effort = plan.effort,
            total = plan.total
        ),
    }
}

pub fn latest_cutoff(category: &str, date: Date) -> String {
    t!("latest-cutoff", category = category, date = date)
}

/// One kind of round a change opens.
pub fn opening(label: &str, key: &str, cutoff: Option<u16>, compact: bool) -> String {
    match (cutoff, compact) {
        (Some(cutoff), false) => t!("opening-with-cutoff", rounds = label, cutoff = cutoff),
        (None, false) => t!("opening", rounds = label),
        // Compact: the key in English (short, and what `draws` takes), the
        // name in another language, whose readers the key would not serve.
        (cutoff, true) => {
            let name = if crate::i18n::speaks("en") {
                key.to_string()
            } else {
                label.to_string()
            };
            match cutoff {
                Some(cutoff) => format!("{name} {cutoff}"),
                None => name,
            }
        }
    }
}

/// One kind of round a change opens that has not run for years.
pub fn opening_silent(label: &str, key: &str, year: u16, compact: bool) -> String {
    if compact {
        let name = if crate::i18n::speaks("en") { key } else { label };
        t!("opening-silent-compact", rounds = name, year = year.to_string())
    } else {
        t!("opening-silent", rounds = label, year = year.to_string())
    }
}

pub fn opens(parts: &[String]) -> String {
    t!("opens", rounds = parts.join(", "))
}

/// What a change to the jobs did, and what the count of experience years
/// became when it moved.
pub fn work_changed(done: &str, before: (u8, u8), after: (u8, u8)) -> String {
    if before == after {
        return done.to_string();
    }
    t!(
        "work-changed",
        done = done,
        canadian = after.0,
        foreign = after.1,
        canadian_before = before.0,
        foreign_before = before.1
    )
}

/// The message naming a field: its value is the form's label, `help` what
/// IRCC means by it in one line (shown under the form for the selected
/// field).
fn field_message(id: FieldId) -> &'static str {
    match id {
        FieldId::Age => "field-age",
        FieldId::Education => "field-education",
        FieldId::CanadianEducation => "field-canadian-education",
        FieldId::Certificate => "field-certificate",
        FieldId::Test(_) => "field-test",
        FieldId::Score(..) => "field-score",
        FieldId::CanadianExperience => "field-canadian-experience",
        FieldId::ForeignExperience => "field-foreign-experience",
        FieldId::SpousePresent => "field-spouse-present",
        FieldId::SpouseEducation => "field-spouse-education",
        FieldId::SpouseExperience => "field-spouse-experience",
        FieldId::Nomination => "field-nomination",
        FieldId::Sibling => "field-sibling",
        FieldId::JobOffer => "field-job-offer",
        FieldId::WorkHistory => "field-work-history",
        FieldId::Funds => "field-funds",
        FieldId::FamilyMembers => "field-family-members",
        FieldId::AuthorizedToWork => "field-authorized-to-work",
        FieldId::EducationAssessed => "field-education-assessed",
        FieldId::StudyYears => "field-study-years",
        FieldId::SpouseStudyYears => "field-spouse-study-years",
        FieldId::Relative => "field-relative",
        FieldId::Quebec => "field-quebec",
        FieldId::BirthDate => "field-birth-date",
        FieldId::TestDate(_) => "field-test-date",
        FieldId::SpouseAge => "field-spouse-age",
        FieldId::Submitted => "field-submitted",
        FieldId::AssessedOn => "field-assessed-on",
        FieldId::WorkPermit => "field-work-permit",
        FieldId::SpouseForeignExperience => "field-spouse-foreign-experience",
        FieldId::SpouseCertificate => "field-spouse-certificate",
        FieldId::SpouseCanadianEducation => "field-spouse-canadian-education",
    }
}

/// What IRCC means by a field, in one line.
pub fn field_help(id: FieldId) -> String {
    crate::i18n::attribute(field_message(id), "help", &[])
}

// ---- panels and popups ------------------------------------------------------

pub fn score_title() -> String {
    format!(" {} ", t!("score-title"))
}
pub fn total_label() -> String {
    format!(" {}  ", t!("total-label"))
}
pub fn in_pool() -> String {
    format!(" {} ", t!("in-pool"))
}
pub fn not_in_pool() -> String {
    format!(" {} ", t!("not-in-pool"))
}
pub fn pool_not_known() -> String {
    format!(" {} ", t!("pool-not-known"))
}
pub fn gains_title(order: crate::advisor::GainsOrder) -> String {
    format!(" {} ", t!("gains-title", order = order.key()))
}

pub fn gains_ordered(order: crate::advisor::GainsOrder) -> String {
    t!("gains-ordered", order = order.key())
}

/// How long a gain takes, short: "8 months", "4 years".
pub fn takes(months: u16) -> String {
    if months >= 24 && months.is_multiple_of(12) {
        t!("takes-years", years = months / 12)
    } else {
        t!("takes-months", months = months)
    }
}
pub fn no_gains() -> String {
    format!(" {}", t!("no-gains"))
}
pub fn not_in_your_hands() -> String {
    format!(" {}", t!("not-in-your-hands"))
}
pub fn score_by_month() -> String {
    format!(" {} ", t!("score-by-month"))
}
pub fn no_key_dates() -> String {
    format!(" {}", t!("no-key-dates"))
}
pub fn key_dates() -> String {
    format!(" {} ", t!("key-dates"))
}
pub fn total_row() -> String {
    format!(" {}", t!("total-row"))
}
pub fn fields_that_differ() -> String {
    format!(" {}", t!("fields-that-differ"))
}
pub fn no_draws() -> String {
    format!(" {}", t!("no-draws"))
}
pub fn every_category_chart(from: Date, to: Date) -> String {
    format!(" {} ", t!("every-category-chart", from = from, to = to))
}
pub fn save_as_title() -> String {
    format!(" {} ", t!("save-as-title"))
}
pub fn save_copy_title() -> String {
    format!(" {} ", t!("save-copy-title"))
}
pub fn name_label() -> String {
    format!("{} ", t!("name-label"))
}
pub fn pick_open() -> String {
    format!(" {} ", t!("pick-open"))
}
pub fn pick_compare() -> String {
    format!(" {} ", t!("pick-compare"))
}
pub fn pick_side_a() -> String {
    format!(" {} ", t!("pick-side-a"))
}
pub fn pick_side_b() -> String {
    format!(" {} ", t!("pick-side-b"))
}
pub fn does_not_load() -> String {
    format!(" {}", t!("does-not-load"))
}
pub fn unsaved_changes() -> String {
    format!(" {} ", t!("unsaved-changes"))
}
pub fn overwrite_title() -> String {
    format!(" {} ", t!("overwrite-title"))
}
pub fn stated_years_win() -> String {
    format!(" {}", t!("stated-years-win"))
}
pub fn no_jobs() -> String {
    format!(" {}", t!("no-jobs"))
}
pub fn empty_goes_on() -> String {
    format!("  {}", t!("empty-goes-on"))
}
pub fn change_a_job() -> String {
    format!(" {} ", t!("change-a-job"))
}
pub fn add_a_job() -> String {
    format!(" {} ", t!("add-a-job"))
}
pub fn finder_hint() -> String {
    format!("   {}", t!("finder-hint"))
}
pub fn no_occupation() -> String {
    format!(" {}", t!("no-occupation"))
}
pub fn mouse_heading() -> String {
    format!(" {}", t!("mouse-heading"))
}
pub fn profile_title() -> String {
    format!(" {} ", t!("profile-title"))
}
pub fn plan_target() -> String {
    format!(" {} ", t!("plan-target"))
}

// ---- the form ------------------------------------------------------------------

/// A field's label in the form.
pub fn field_label(id: FieldId) -> String {
    match id {
        FieldId::Score(_, ability) => format!("  {}", ability.label()),
        FieldId::TestDate(_) => format!("  {}", crate::i18n::message(field_message(id), &[])),
        _ => crate::i18n::message(field_message(id), &[]),
    }
}

/// What a typed field expects, for the typing popup.
pub fn typing_hint(id: FieldId) -> String {
    match id {
        FieldId::Funds => t!("hint-funds"),
        FieldId::FamilyMembers => t!("hint-family-members"),
        FieldId::StudyYears | FieldId::SpouseStudyYears => t!("hint-study-years"),
        FieldId::BirthDate
        | FieldId::TestDate(_)
        | FieldId::Submitted
        | FieldId::AssessedOn
        | FieldId::WorkPermit => t!("hint-date"),
        FieldId::SpouseAge => t!("hint-spouse-age"),
        _ => t!("hint-whole-number"),
    }
}

// ---- the form's values -------------------------------------------------------------

pub fn age_from_birth(age: u8, birth: Date) -> String {
    t!("age-from-birth", age = age, birth = birth)
}

pub fn deadlines() -> String {
    format!(" {}", t!("deadlines"))
}

pub fn jobs(count: usize) -> String {
    t!("jobs", count = count)
}

pub fn from_profile(count: u8) -> String {
    t!("from-profile", count = count)
}

pub fn from_study(years: u8) -> String {
    t!("from-study", years = years)
}

pub fn from_spouse_study(years: u8) -> String {
    t!("from-spouse-study", years = years)
}

pub fn expired(test: &str, day: Date) -> String {
    t!("expired", test = test, date = day)
}

pub fn plan_by_month(number: usize, first: u16, last: u16, months: usize, high: u16) -> String {
    format!(
        " {} ",
        t!(
            "plan-by-month",
            number = number,
            first = first,
            last = last,
            months = months,
            high = high
        )
    )
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
            " {}",
            t!(
                "outlook-line",
                chance = crate::i18n::percent(six),
                rounds = crate::i18n::words::rounds_of_kind(&best.kind)
            )
        ),
        None => format!(" {}", t!("outlook-line-none")),
    }
}

/// A kind of round in a word or two, by its key: "CEC", "French
/// proficiency"; in French "CEC", "Français".
pub fn kind_short(key: &str) -> String {
    use crate::engine::eligibility::Program;
    if let Some(program) = Program::ALL.into_iter().find(|p| p.key() == key) {
        return program.short_label();
    }
    match key {
        "all" => t!("kind-short-all"),
        "pnp" => t!("kind-short-pnp"),
        _ => crate::draws::Category::from_key(key).map_or_else(|| key.to_string(), |c| c.label()),
    }
}

/// " Within 6 months: CEC 33% · French proficiency 12%"
pub fn outlook_by_kind(outlook: &crate::advisor::outlook::Outlook) -> String {
    // The likeliest first: a narrow screen cuts the least likely.
    let mut by_chance: Vec<(f64, &str)> = outlook
        .by_kind
        .iter()
        .map(|kind| (within_six_months(outlook, &kind.p), kind.kind.as_str()))
        .collect();
    by_chance.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut kinds: Vec<(f64, String)> = by_chance
        .iter()
        .map(|(chance, key)| {
            (
                *chance,
                format!("{} {}", kind_short(key), crate::i18n::percent(*chance)),
            )
        })
        .collect();
    // The part from rounds the pace does not foresee has a place of its
    // own, so that the kinds and the total add up for a reader; it is
    // placed by its size like the kinds, so a narrow screen cuts the least.
    let unforeseen = within_six_months(outlook, &outlook.unforeseen);
    if unforeseen > 0.0 && !kinds.is_empty() {
        kinds.push((
            unforeseen,
            t!(
                "outlook-by-kind-unforeseen",
                chance = crate::i18n::percent(unforeseen)
            ),
        ));
        kinds.sort_by(|a, b| b.0.total_cmp(&a.0));
    }
    let kinds: Vec<String> = kinds.into_iter().map(|(_, said)| said).collect();
    if kinds.is_empty() {
        format!(" {}", t!("outlook-by-kind-none"))
    } else {
        format!(" {}", t!("outlook-by-kind", kinds = kinds.join(" · ")))
    }
}

/// "Then: french rounds open · 85% within 6 months of it (french rounds best)"
pub fn after_plan(
    opens: &[crate::engine::eligibility::RoundKind],
    outlook: &crate::advisor::outlook::Outlook,
) -> String {
    let opened: Vec<String> = opens
        .iter()
        .map(|kind| {
            t!(
                "rounds-open",
                rounds = crate::i18n::words::rounds_of_kind(&kind.key())
            )
        })
        .collect();
    if opened.is_empty() {
        outlook_after(outlook)
    } else {
        format!("{} · {}", opened.join(", "), outlook_after(outlook))
    }
}

/// "Then: 85% within 6 months (french rounds best)"
pub fn outlook_after(outlook: &crate::advisor::outlook::Outlook) -> String {
    let p = within_six_months(outlook, &outlook.any);
    match outlook.best_kind() {
        Some(best) => t!(
            "outlook-after",
            chance = crate::i18n::percent(p),
            rounds = crate::i18n::words::rounds_of_kind(&best.kind)
        ),
        None => t!("outlook-after-none"),
    }
}

/// Said beside a forecast whose newest round is old.
pub fn rounds_until(newest: Date) -> String {
    t!("rounds-until", date = newest)
}

/// An occupation's title in the language in use: the French title where
/// the data has one, otherwise the English one, said to be English.
pub fn occupation_title(occupation: &crate::engine::eligibility::Occupation) -> String {
    if crate::i18n::speaks("en") {
        return occupation.title.clone();
    }
    match &occupation.title_fr {
        Some(french) if crate::i18n::speaks("fr") => french.clone(),
        _ => t!("title-in-english", title = &occupation.title),
    }
}

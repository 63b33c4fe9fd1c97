//! The breakdown as a person reads it: every factor with what earned it.

use std::fmt::Write as _;

use crate::engine::dated::Expired;
use crate::engine::language::BELOW_CLB_4;
use crate::engine::{Ability, Breakdown, Date, Factor, LanguageResult, Profile, Section, Zone};

const LABEL_WIDTH: usize = 34;
const DETAIL_WIDTH: usize = 30;

fn level_text(language_name: &str, level: u8) -> String {
    if level == BELOW_CLB_4 {
        format!("below {language_name} 4")
    } else {
        format!("{language_name} {level}")
    }
}

/// "IELTS General Training: L 8.0 -> CLB 9, R 7.0 -> CLB 9, ..."
pub fn language_line(result: &LanguageResult) -> String {
    let level_name = result.language().level_name();
    let parts: Vec<String> = Ability::ALL
        .iter()
        .map(|&ability| {
            let level = level_text(&level_name, result.levels().get(ability));
            match result.test() {
                crate::engine::LanguageTest::Clb => format!("{} {level}", ability.label()),
                test => format!(
                    "{} {} = {level}",
                    ability.label(),
                    test.format_score(result.scores().get(ability))
                ),
            }
        })
        .collect();
    format!(
        "{}, {}: {}",
        result.language().label(),
        result.test().label(),
        parts.join(", ")
    )
}

fn years(count: u8) -> String {
    match count {
        1 => "1 year".to_string(),
        n => format!("{n} years"),
    }
}

/// What in the profile a row is scored on.
fn detail(factor: Factor, profile: &Profile) -> String {
    let first = &profile.first_language;
    match factor {
        Factor::Age => format!("{} years old", profile.age),
        Factor::Education => profile.education.label().to_string(),
        Factor::FirstLanguage(ability) => {
            level_text(&first.language().level_name(), first.levels().get(ability))
        }
        Factor::SecondLanguage => match &profile.second_language {
            Some(second) => {
                let levels: Vec<String> = second.levels().0.iter().map(u8::to_string).collect();
                format!("{} {}", second.language().level_name(), levels.join("/"))
            }
            None => "none".to_string(),
        },
        Factor::CanadianExperience => years(profile.canadian_experience_years),
        Factor::SpouseEducation => profile
            .spouse
            .map_or(String::new(), |spouse| spouse.education.label().to_string()),
        Factor::SpouseLanguage => match profile.spouse.and_then(|spouse| spouse.language) {
            Some(result) => {
                let levels: Vec<String> = result.levels().0.iter().map(u8::to_string).collect();
                format!("{} {}", result.language().level_name(), levels.join("/"))
            }
            None => "no test".to_string(),
        },
        Factor::SpouseCanadianExperience => profile
            .spouse
            .map_or(String::new(), |spouse| years(spouse.canadian_experience_years)),
        Factor::EducationCombinations => format!(
            "lowest {} {}, {} in Canada",
            first.language().level_name(),
            first.levels().lowest(),
            years(profile.canadian_experience_years)
        ),
        Factor::ForeignExperienceCombinations => {
            format!("{} abroad", years(profile.foreign_experience_years))
        }
        Factor::CertificateOfQualification => yes_no(profile.certificate_of_qualification).to_string(),
        Factor::ProvincialNomination => yes_no(profile.provincial_nomination).to_string(),
        Factor::JobOffer => profile.job_offer.label().to_string(),
        Factor::CanadianEducation => profile.canadian_education.label().to_string(),
        Factor::SiblingInCanada => yes_no(profile.sibling_in_canada).to_string(),
        Factor::French => match profile.result_in(crate::engine::Language::French) {
            Some(french) => format!("lowest NCLC {}", french.levels().lowest()),
            None => "no French result".to_string(),
        },
        Factor::SectionCap(_) => "points above the cap".to_string(),
    }
}

fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

/// Cuts text to `width` characters, marking the cut with an ellipsis.
pub(crate) fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

/// The whole readable report for one profile.
/// The breakdown as text. `fit_terminal`: details are cut to their column
/// (a terminal); otherwise (a pipe, a file) they are written whole.
/// `stated` is the profile as the file gives it: a result that expired
/// (`expired`) is shown as it was, with the day it stopped counting.
pub fn render(
    title: &str,
    profile: &Profile,
    breakdown: &Breakdown,
    fit_terminal: bool,
    stated: &Profile,
    expired: Expired,
) -> String {
    let mut out = String::new();
    let rules = breakdown.rules;
    let household = if breakdown.with_spouse {
        "with an accompanying spouse or partner"
    } else {
        "single (no accompanying spouse)"
    };
    let _ = writeln!(out, "{title}");
    let _ = writeln!(
        out,
        "Rule set {} ({}), scored {household}",
        rules.id(),
        rules.title()
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "Languages");
    let line = |now: Option<&LanguageResult>, given: Option<&LanguageResult>, expired: Option<Date>| match (
        expired, given,
    ) {
        (Some(day), Some(given)) => Some(format!("{} (expired {day}: earns nothing)", language_line(given))),
        _ => now.map(language_line),
    };
    let spouse_result = |p: &Profile| p.spouse.and_then(|spouse| spouse.language);
    let lines = [
        (
            "First: ",
            line(
                Some(&profile.first_language),
                Some(&stated.first_language),
                expired.first,
            ),
        ),
        (
            "Second:",
            line(
                profile.second_language.as_ref(),
                stated.second_language.as_ref(),
                expired.second,
            ),
        ),
        (
            "Spouse:",
            line(
                spouse_result(profile).as_ref(),
                spouse_result(stated).as_ref(),
                expired.spouse,
            ),
        ),
    ];
    for (slot, shown) in lines {
        if let Some(shown) = shown {
            let _ = writeln!(out, "  {slot} {shown}");
        }
    }

    for section in Section::ALL {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{:<width$} {:>4} / {}",
            section.label(),
            breakdown.section(section),
            breakdown.section_max(section),
            width = LABEL_WIDTH + DETAIL_WIDTH + 3
        );
        if section == Section::Spouse && !breakdown.with_spouse {
            let _ = writeln!(out, "   not scored: no accompanying spouse or partner");
            continue;
        }
        for row in breakdown.rows_in(section) {
            let skip_cap = matches!(row.factor, Factor::SectionCap(_)) && row.points == 0;
            if skip_cap {
                continue;
            }
            if row.factor == Factor::JobOffer && !rules.scores_job_offer() {
                let _ = writeln!(
                    out,
                    "   {:<LABEL_WIDTH$}not scored under rule set {}",
                    row.factor.label(),
                    rules.id()
                );
                continue;
            }
            // An expired result earns nothing: say so, rather than "below CLB 4".
            let expiry = match row.factor {
                Factor::FirstLanguage(_) => expired.first.map(|day| (Some(&stated.first_language), day)),
                Factor::SecondLanguage => expired.second.map(|day| (stated.second_language.as_ref(), day)),
                Factor::SpouseLanguage => expired
                    .spouse
                    .map(|day| (stated.spouse.as_ref().and_then(|s| s.language.as_ref()), day)),
                _ => None,
            };
            let said = match expiry {
                Some((Some(result), day)) => format!("{} (expired {day})", result.test().label()),
                _ => detail(row.factor, profile),
            };
            let _ = writeln!(
                out,
                "   {:<LABEL_WIDTH$}{:<DETAIL_WIDTH$} {:>4} / {}",
                row.factor.label(),
                if fit_terminal {
                    truncate(&said, DETAIL_WIDTH)
                } else {
                    said
                },
                row.points,
                row.max
            );
        }
    }
    let zone = Zone::of(breakdown.total);
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{:<width$} {:>4} / {}",
        "TOTAL",
        breakdown.total,
        rules.max_total(),
        width = LABEL_WIDTH + DETAIL_WIDTH + 3
    );
    let _ = writeln!(out, "Zone {}: {}", zone.range(), zone.advice());
    out
}

//! The breakdown as a person reads it: every factor with what earned it.

use std::fmt::Write as _;

use crate::engine::dated::Expired;
use crate::engine::{Breakdown, Date, Factor, LanguageResult, Profile, Section, Zone};

const LABEL_WIDTH: usize = 34;
const DETAIL_WIDTH: usize = 30;

pub use crate::worded::{detail, language_line};

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
        crate::t!("household-with-spouse")
    } else {
        crate::t!("household-single")
    };
    let _ = writeln!(out, "{title}");
    let _ = writeln!(
        out,
        "{}",
        crate::t!(
            "rule-set-scored",
            id = rules.id(),
            title = crate::i18n::words::rule_set_title(rules.id(), rules.title()),
            household = household
        )
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", crate::t!("languages"));
    let line = |now: Option<&LanguageResult>, given: Option<&LanguageResult>, expired: Option<Date>| match (
        expired, given,
    ) {
        (Some(day), Some(given)) => Some(crate::t!(
            "expired-earns-nothing",
            result = language_line(given),
            date = day
        )),
        _ => now.map(language_line),
    };
    let spouse_result = |p: &Profile| p.spouse.and_then(|spouse| spouse.language);
    let lines = [
        (
            crate::t!("slot-first-short"),
            line(
                Some(&profile.first_language),
                Some(&stated.first_language),
                expired.first,
            ),
        ),
        (
            crate::t!("slot-second-short"),
            line(
                profile.second_language.as_ref(),
                stated.second_language.as_ref(),
                expired.second,
            ),
        ),
        (
            crate::t!("slot-spouse-short"),
            line(
                spouse_result(profile).as_ref(),
                spouse_result(stated).as_ref(),
                expired.spouse,
            ),
        ),
    ];
    for (slot, shown) in lines {
        if let Some(shown) = shown {
            let _ = writeln!(out, "  {slot:<7} {shown}");
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
            let _ = writeln!(out, "   {}", crate::t!("not-scored-no-spouse"));
            continue;
        }
        for row in breakdown.rows_in(section) {
            let skip_cap = matches!(row.factor, Factor::SectionCap(_)) && row.points == 0;
            // Occupation rows only where the rule set has such factors.
            let skip_occupation =
                matches!(row.factor, Factor::Occupation(_)) && row.max == 0 && row.points == 0;
            if skip_cap || skip_occupation {
                continue;
            }
            if row.factor == Factor::JobOffer && !rules.scores_job_offer() {
                let _ = writeln!(
                    out,
                    "   {:<LABEL_WIDTH$}{}",
                    row.factor.label(),
                    crate::t!("not-scored-under", id = rules.id())
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
                Some((Some(result), day)) => crate::t!("expired", test = result.test().label(), date = day),
                _ => detail(row.factor, profile, rules),
            };
            // A rule set's own name for a row may be long: cut to its column.
            let label = match row.factor {
                Factor::Occupation(_) => truncate(
                    &crate::worded::row_label(row.factor, rules),
                    LABEL_WIDTH.saturating_sub(1),
                ),
                factor => factor.label(),
            };
            let _ = writeln!(
                out,
                "   {:<LABEL_WIDTH$}{:<DETAIL_WIDTH$} {:>4} / {}",
                label,
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
        crate::t!("total-row"),
        breakdown.total,
        rules.max_total(),
        width = LABEL_WIDTH + DETAIL_WIDTH + 3
    );
    let _ = writeln!(
        out,
        "{}",
        crate::t!(
            "zone-line",
            range = zone.range_words(),
            advice = zone.advice_words()
        )
    );
    out
}

/// One scenario under two rule sets, row by row: A (in force), B (another)
/// and the difference. A row neither set scores is left out; a row only one
/// scores shows "-" for the other; labels are cut to their column.
pub fn render_versus(title: &str, date: Date, profile: &Profile, a: &Breakdown, b: &Breakdown) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", crate::t!("versus-title", title = title, date = date));
    for (side, rules) in [("A", a.rules), ("B", b.rules)] {
        let _ = writeln!(
            out,
            "  {side}  {}",
            crate::t!(
                "versus-rule-set",
                id = rules.id(),
                title = crate::i18n::words::rule_set_title(rules.id(), rules.title())
            )
        );
    }
    let width = LABEL_WIDTH + 2;
    let column = a.rules.id().len().max(b.rules.id().len()).clamp(5, 20);
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{:<width$} {:>column$} {:>column$} {:>7}",
        "",
        "A",
        "B",
        crate::t!("versus-difference")
    );
    let number = |scored: bool, points: i32| {
        if scored {
            points.to_string()
        } else {
            "-".to_string()
        }
    };
    let change = |difference: i32| match difference {
        0 => "0".to_string(),
        d if d > 0 => format!("+{d}"),
        d => d.to_string(),
    };
    let cut = |label: String, room: usize| truncate(&label, room.saturating_sub(1));
    let mut reasons = Vec::new();
    for section in Section::ALL {
        let (in_a, in_b) = (i32::from(a.section(section)), i32::from(b.section(section)));
        let _ = writeln!(
            out,
            "{:<width$} {:>column$} {:>column$} {:>7}",
            cut(section.label(), width),
            in_a,
            in_b,
            change(in_b - in_a)
        );
        for (row_a, row_b) in a.rows_in(section).zip(b.rows_in(section)) {
            let scored_a = row_a.max > 0 || row_a.points != 0;
            let scored_b = row_b.max > 0 || row_b.points != 0;
            let cap = matches!(row_a.factor, Factor::SectionCap(_));
            if !(scored_a || scored_b) || (cap && row_a.points == 0 && row_b.points == 0) {
                continue;
            }
            if let Factor::Occupation(place) = row_a.factor {
                for (side, rules, scored) in [("A", a.rules, scored_a), ("B", b.rules, scored_b)] {
                    if scored {
                        reasons.push(format!(
                            "   {side}: {}",
                            crate::worded::occupation_detail(rules, place, profile)
                        ));
                    }
                }
            }
            let label = crate::worded::row_label(row_a.factor, if scored_b { b.rules } else { a.rules });
            let _ = writeln!(
                out,
                "   {:<inner$} {:>column$} {:>column$} {:>7}",
                cut(label, width - 3),
                number(scored_a, row_a.points),
                number(scored_b, row_b.points),
                change(row_b.points - row_a.points),
                inner = width - 3
            );
        }
    }
    let _ = writeln!(
        out,
        "{:<width$} {:>column$} {:>column$} {:>7}",
        crate::t!("total-row"),
        a.total,
        b.total,
        change(i32::from(b.total) - i32::from(a.total))
    );
    if !reasons.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", crate::t!("versus-occupation-why"));
        for reason in reasons {
            let _ = writeln!(out, "{reason}");
        }
    }
    out
}

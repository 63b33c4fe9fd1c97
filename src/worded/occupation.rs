//! Occupation-based factors in words: the row's name (the factor's title)
//! and why it gives what it gives ("tier 2x: 14 months in Canada in 00012
//! (Senior managers ...)").

use crate::engine::eligibility::Reference;
use crate::engine::factor::OccupationSection;
use crate::engine::rules::occupation::{Finding, OccupationFactor};
use crate::engine::{Factor, Profile, RuleSet};

fn factors_in(rules: &RuleSet, section: OccupationSection) -> impl Iterator<Item = &OccupationFactor> {
    rules
        .occupation_factors()
        .iter()
        .filter(move |factor| factor.section == section)
}

/// The name of a factor: its title, else its id.
pub fn factor_title(factor: &OccupationFactor) -> &str {
    if factor.title.trim().is_empty() {
        &factor.id
    } else {
        &factor.title
    }
}

/// The row's name: the one factor's title, or a name for several.
pub fn occupation_label(rules: &RuleSet, section: OccupationSection) -> String {
    let mut factors = factors_in(rules, section);
    match (factors.next(), factors.next()) {
        (Some(only), None) => factor_title(only).to_string(),
        _ => crate::t!("factor-occupation"),
    }
}

/// A breakdown row's name: an occupation row is named by its rule set's
/// factors, any other by what it scores.
pub fn row_label(factor: Factor, rules: &RuleSet) -> String {
    match factor {
        Factor::Occupation(section) => occupation_label(rules, section),
        factor => factor.label(),
    }
}

/// An occupation as people know it: its code and its title.
fn occupation(noc: crate::engine::eligibility::Noc) -> String {
    match Reference::shipped().occupations.get(noc) {
        Some(group) => format!("{noc} ({})", group.title),
        None => noc.to_string(),
    }
}

/// Why a factor gives its points.
pub fn finding(finding: &Finding) -> String {
    match finding.months {
        Some(months) => crate::t!(
            "occupation-work",
            tier = finding.tier,
            months = months,
            years = finding.factor.work.as_ref().map_or(0, |part| part.within_years),
            occupation = occupation(finding.noc)
        ),
        None => crate::t!(
            "occupation-offer",
            tier = finding.tier,
            occupation = occupation(finding.noc)
        ),
    }
}

/// What the row's points come from, for every factor in the section.
pub fn occupation_detail(rules: &RuleSet, section: OccupationSection, profile: &Profile) -> String {
    let mut said = Vec::new();
    for factor in factors_in(rules, section) {
        let (work, offer) = factor.findings(profile);
        said.extend(work.iter().chain(offer.iter()).map(finding));
    }
    if said.is_empty() {
        crate::t!("occupation-none")
    } else {
        said.join("; ")
    }
}

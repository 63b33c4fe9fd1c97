//! Stage 3: checks over the compiled set as a whole (no sum can overflow).

use super::{error, RuleSet, RulesError};

/// The largest grand total a rule set may declare; with every table value at
/// most the grand total, no sum in scoring can overflow.
const LARGEST_TOTAL: u16 = 2000;

pub(super) fn check_point_sizes(set: &RuleSet) -> Result<(), RulesError> {
    if set.max_total == 0 || set.max_total > LARGEST_TOTAL {
        return Err(error(
            "max_total",
            crate::error::expected_found(
                crate::said!("input-from-to", min = 1, max = LARGEST_TOTAL.to_string()),
                set.max_total.to_string(),
            ),
        ));
    }
    let most = set.max_total;
    let tables: [(&str, &[u16]); 24] = [
        ("core.cap", &set.core_cap),
        ("core.age", set.age.as_flattened()),
        ("core.education", set.education.as_flattened()),
        (
            "core.first_language_per_ability",
            set.first_language.as_flattened(),
        ),
        (
            "core.second_language_per_ability",
            set.second_language.as_flattened(),
        ),
        ("core.second_language_cap", &set.second_language_cap),
        ("core.canadian_experience", set.canadian_experience.as_flattened()),
        ("spouse.cap", std::slice::from_ref(&set.spouse_cap)),
        ("spouse.education", &set.spouse_education),
        ("spouse.language_per_ability", &set.spouse_language),
        (
            "spouse.language_cap",
            std::slice::from_ref(&set.spouse_language_cap),
        ),
        ("spouse.canadian_experience", &set.spouse_canadian_experience),
        (
            "transferability.cap",
            std::slice::from_ref(&set.transferability_cap),
        ),
        (
            "transferability.points_by_rank_and_level",
            set.combination_points.as_flattened(),
        ),
        (
            "transferability.certificate_of_qualification",
            &set.certificate_of_qualification,
        ),
        ("additional.cap", std::slice::from_ref(&set.additional_cap)),
        (
            "additional.provincial_nomination",
            std::slice::from_ref(&set.provincial_nomination),
        ),
        ("additional.job_offer", &set.job_offer),
        ("additional.canadian_education", &set.canadian_education),
        (
            "additional.sibling_in_canada",
            std::slice::from_ref(&set.sibling_in_canada),
        ),
        (
            "additional.french.with_english",
            std::slice::from_ref(&set.french_with_english),
        ),
        (
            "additional.french.with_weak_or_no_english",
            std::slice::from_ref(&set.french_with_weak_or_no_english),
        ),
        (
            "transferability.education_cap",
            std::slice::from_ref(&set.education_combination_cap),
        ),
        (
            "transferability.foreign_experience_cap",
            std::slice::from_ref(&set.foreign_combination_cap),
        ),
    ];
    for (path, values) in tables {
        if let Some(&value) = values.iter().find(|&&value| value > most) {
            return Err(error(
                path,
                crate::said!(
                    "rules-more-than-whole",
                    value = value.to_string(),
                    most = most.to_string()
                ),
            ));
        }
    }
    Ok(())
}

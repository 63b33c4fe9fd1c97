//! Who should be the principal applicant, and which language should count
//! as first: the household scored both ways round.

use serde::Serialize;

use crate::engine::{CanadianEducation, Extras, Profile, RuleSet, Spouse};
use crate::t;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Household {
    /// The total as the scenario stands.
    pub as_entered: u16,
    /// With the spouse as principal applicant; `Err` says what is missing.
    pub spouse_as_principal: Option<Result<u16, Missing>>,
    /// With the two official languages swapped, when that scores more.
    pub languages_swapped: Option<u16>,
}

impl Household {
    /// One line each for people, or none when there is nothing to say.
    pub fn describe(&self) -> Vec<String> {
        let mut lines = Vec::new();
        match &self.spouse_as_principal {
            Some(Ok(total)) => {
                let difference = i32::from(*total) - i32::from(self.as_entered);
                lines.push(match difference {
                    d if d > 0 => t!("household-spouse-more", total = total, difference = d),
                    0 => t!("household-spouse-same", total = total),
                    d => t!("household-spouse-fewer", total = total, difference = -d),
                });
            }
            Some(Err(missing)) => lines.push(t!("household-spouse-missing", missing = missing.to_string())),
            None => {}
        }
        if let Some(total) = self.languages_swapped {
            lines.push(t!(
                "household-languages-swapped",
                total = total,
                gain = total.saturating_sub(self.as_entered)
            ));
        }
        lines
    }
}

/// A fact the scenario lacks for scoring the spouse as principal applicant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Missing {
    /// The catalogue's id for what is missing.
    pub what: &'static str,
    /// The field that would give it.
    pub path: &'static str,
}

impl serde::Serialize for Missing {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&crate::i18n::in_english(|| self.to_string()))
    }
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", crate::i18n::message(self.what, &[]), self.path)
    }
}

/// The profile with the spouse as principal applicant, from what the
/// scenario records of the spouse.
pub fn spouse_as_principal(profile: &Profile, extras: &Extras) -> Option<Result<Profile, Missing>> {
    let spouse = profile.spouse?;
    let details = &extras.spouse;
    let Some(age) = details.age else {
        return Some(Err(Missing {
            what: "missing-spouse-age",
            path: "spouse.age",
        }));
    };
    let Some(first_language) = spouse.language else {
        return Some(Err(Missing {
            what: "missing-spouse-language",
            path: "spouse.language",
        }));
    };
    Some(Ok(Profile {
        age,
        education: spouse.education,
        first_language,
        second_language: details.second_language,
        canadian_experience_years: spouse.canadian_experience_years,
        foreign_experience_years: details.foreign_experience_years,
        certificate_of_qualification: details.certificate_of_qualification,
        canadian_education: details.canadian_education.unwrap_or(CanadianEducation::None),
        // A sibling counts for either partner; a nomination or an offer is
        // the principal's, but the household would seek it either way.
        sibling_in_canada: profile.sibling_in_canada,
        provincial_nomination: profile.provincial_nomination,
        job_offer: profile.job_offer,
        // The offer goes with it; the spouse's own work history is not
        // recorded, so no Canadian work by occupation.
        occupations: crate::engine::occupation::Occupations {
            job_offer: profile.occupations.job_offer,
            ..Default::default()
        },
        spouse: Some(Spouse {
            education: profile.education,
            language: Some(profile.first_language),
            canadian_experience_years: profile.canadian_experience_years,
        }),
    }))
}

/// The household both ways round, and the languages both ways round.
pub fn household(profile: &Profile, extras: &Extras, rules: &RuleSet) -> Household {
    let as_entered = rules.total(profile);
    let spouse_as_principal =
        spouse_as_principal(profile, extras).map(|swapped| swapped.map(|swapped| rules.total(&swapped)));
    let mut swapped = *profile;
    let languages_swapped = super::gains::declare_second_first(&mut swapped, None)
        .then(|| rules.total(&swapped))
        .filter(|&total| total > as_entered);
    Household {
        as_entered,
        spouse_as_principal,
        languages_swapped,
    }
}

//! Stage 1: a rules file as serde reads it, unknown keys refused.

use serde::Deserialize;

use super::ByStatus;

// ---- the file format -------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRuleSet {
    pub(super) format: String,
    pub(super) id: String,
    pub(super) in_force_from: String,
    #[serde(default)]
    pub(super) title: String,
    #[serde(default)]
    pub(super) source: Option<String>,
    pub(super) core: RawCore,
    pub(super) spouse: RawSpouse,
    pub(super) transferability: RawTransferability,
    pub(super) additional: RawAdditional,
    pub(super) max_total: u16,
    /// `crs-rules/2`: lists of NOC codes by tier, inline or in a file.
    #[serde(default)]
    pub(super) occupation_lists: Option<Vec<RawOccupationList>>,
    /// `crs-rules/2`: points by tier for Canadian work or a job offer in a
    /// listed occupation.
    #[serde(default)]
    pub(super) occupation_factors: Option<Vec<RawOccupationFactor>>,
}

/// A list of occupations with a tier each, given inline (`tiers` and
/// `occupations`) or in a file of the config folder's `occupations/`
/// (`file`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOccupationList {
    pub(crate) id: String,
    #[serde(default)]
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) source: Option<String>,
    #[serde(default)]
    pub(crate) tiers: Option<Vec<String>>,
    #[serde(default)]
    pub(crate) occupations: Option<Vec<RawListedOccupation>>,
    #[serde(default)]
    pub(crate) file: Option<String>,
}

/// A list in a file of its own (`crs-occupation-list/1`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOccupationListFile {
    pub(crate) format: String,
    #[serde(default)]
    pub(crate) id: Option<String>,
    #[serde(default)]
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) source: Option<String>,
    pub(crate) tiers: Vec<String>,
    pub(crate) occupations: Vec<RawListedOccupation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawListedOccupation {
    pub(crate) noc: String,
    pub(crate) tier: String,
    /// The occupation's name, for people reading the file.
    #[serde(default)]
    pub(crate) title: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOccupationFactor {
    pub(super) id: String,
    #[serde(default)]
    pub(super) title: String,
    /// The section whose cap the points count under.
    pub(super) section: String,
    pub(super) list: String,
    #[serde(default)]
    pub(super) canadian_work: Option<RawWorkCondition>,
    #[serde(default)]
    pub(super) job_offer: Option<RawOfferCondition>,
    pub(super) cap: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawWorkCondition {
    pub(super) min_months: u16,
    pub(super) within_years: u16,
    /// Points by tier: a whole number, or `{with_spouse, without_spouse}`.
    pub(super) points: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOfferCondition {
    pub(super) points: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPair {
    pub(super) with_spouse: u16,
    pub(super) without_spouse: u16,
}

impl RawPair {
    pub(super) fn by_status(self) -> ByStatus<u16> {
        [self.without_spouse, self.with_spouse]
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAgeBand {
    pub(super) from: u8,
    pub(super) to: u8,
    pub(super) with_spouse: u16,
    pub(super) without_spouse: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawClbPair {
    pub(super) min_clb: u8,
    pub(super) with_spouse: u16,
    pub(super) without_spouse: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawYearsPair {
    pub(super) min_years: u8,
    pub(super) with_spouse: u16,
    pub(super) without_spouse: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawClbPoints {
    pub(super) min_clb: u8,
    pub(super) points: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawYearsPoints {
    pub(super) min_years: u8,
    pub(super) points: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCore {
    pub(super) cap: RawPair,
    pub(super) age: Vec<RawAgeBand>,
    pub(super) education: RawEducation<RawPair>,
    pub(super) first_language_per_ability: Vec<RawClbPair>,
    pub(super) second_language_per_ability: Vec<RawClbPair>,
    pub(super) second_language_cap: RawPair,
    pub(super) canadian_experience: Vec<RawYearsPair>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEducation<T> {
    pub(super) less_than_secondary: T,
    pub(super) secondary: T,
    pub(super) one_year: T,
    pub(super) two_year: T,
    pub(super) bachelors: T,
    pub(super) two_or_more: T,
    pub(super) masters: T,
    pub(super) doctoral: T,
}

impl<T: Copy> RawEducation<T> {
    pub(super) fn in_order(&self) -> [T; 8] {
        [
            self.less_than_secondary,
            self.secondary,
            self.one_year,
            self.two_year,
            self.bachelors,
            self.two_or_more,
            self.masters,
            self.doctoral,
        ]
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSpouse {
    pub(super) cap: u16,
    pub(super) education: RawEducation<u16>,
    pub(super) language_per_ability: Vec<RawClbPoints>,
    pub(super) language_cap: u16,
    pub(super) canadian_experience: Vec<RawYearsPoints>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLanguageLevel {
    pub(super) level: u8,
    pub(super) min_clb_all_four: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawExperienceLevel {
    pub(super) level: u8,
    pub(super) min_years: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRank {
    pub(super) rank: u8,
    pub(super) min_years: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRankPoints {
    pub(super) rank: u8,
    pub(super) level_1: u16,
    pub(super) level_2: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCertificate {
    pub(super) min_clb_all_four: u8,
    pub(super) points: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTransferability {
    pub(super) cap: u16,
    pub(super) language_levels: Vec<RawLanguageLevel>,
    pub(super) canadian_experience_levels: Vec<RawExperienceLevel>,
    pub(super) education_rank: RawEducation<u8>,
    pub(super) foreign_experience_ranks: Vec<RawRank>,
    pub(super) points_by_rank_and_level: Vec<RawRankPoints>,
    pub(super) education_cap: u16,
    pub(super) foreign_experience_cap: u16,
    pub(super) certificate_of_qualification: Vec<RawCertificate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawJobOffer {
    pub(super) teer_0_major_00: u16,
    pub(super) other: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCanadianEducation {
    pub(super) one_or_two_year: u16,
    pub(super) three_year_or_more: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFrench {
    pub(super) min_nclc_all_four: u8,
    pub(super) english_min_clb_all_four: u8,
    pub(super) with_weak_or_no_english: u16,
    pub(super) with_english: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAdditional {
    pub(super) cap: u16,
    pub(super) provincial_nomination: u16,
    pub(super) job_offer: RawJobOffer,
    pub(super) canadian_education: RawCanadianEducation,
    pub(super) sibling_in_canada: u16,
    pub(super) french: RawFrench,
}

// ---- compiling -----------------------------------------------------------

//! Scoring: a profile under a rule set gives a breakdown that explains every point.

use super::factor::{Factor, Section, FACTORS, ROWS, SECTION_ROWS};
use super::profile::{Abilities, Ability, Language, Profile};
use super::rules::{RuleSet, WITH, WITHOUT};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FactorRow {
    pub factor: Factor,
    /// Negative only on a section-cap row.
    pub points: i32,
    /// The most this row can give under the rule set and marital status.
    pub max: u16,
}

/// The CLB/NCLC levels the scored results converted to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ConvertedLevels {
    pub first: Abilities<u8>,
    pub second: Option<Abilities<u8>>,
    pub spouse: Option<Abilities<u8>>,
}

/// The score of one profile, with the reason for every point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Breakdown<'r> {
    pub rules: &'r RuleSet,
    pub with_spouse: bool,
    pub total: u16,
    /// Section subtotals, indexed by `Section as usize`.
    pub sections: [u16; 4],
    pub section_max: [u16; 4],
    pub rows: [FactorRow; ROWS],
    pub levels: ConvertedLevels,
}

impl Breakdown<'_> {
    pub fn section(&self, section: Section) -> u16 {
        self.sections[section as usize]
    }

    pub fn section_max(&self, section: Section) -> u16 {
        self.section_max[section as usize]
    }

    pub fn rows_in(&self, section: Section) -> impl Iterator<Item = &FactorRow> {
        self.rows
            .iter()
            .filter(move |row| row.factor.section() == section)
    }

    pub fn row(&self, factor: Factor) -> &FactorRow {
        &self.rows[factor.row_index()]
    }

    pub fn points(&self, factor: Factor) -> i32 {
        self.row(factor).points
    }
}

impl RuleSet {
    /// Scores a profile. Pure and allocation-free.
    pub fn score(&self, profile: &Profile) -> Breakdown<'_> {
        let with_spouse = profile.has_spouse();
        let earned = self.earned(profile);
        let max = self.row_max[usize::from(with_spouse)];
        let caps = self.caps(with_spouse);
        let mut points = earned.map(i32::from);
        let mut sections = [0u16; 4];
        let mut section_max = [0u16; 4];
        for (section_index, (rows, cap_row)) in SECTION_ROWS.into_iter().enumerate() {
            let cap = caps[section_index];
            let earned: i32 = points[rows.clone()].iter().sum();
            let most: u16 = max[rows].iter().sum();
            let over = (earned - i32::from(cap)).max(0);
            points[cap_row] = -over;
            sections[section_index] = (earned - over) as u16;
            section_max[section_index] = most.min(cap);
        }
        let total = sections.iter().sum::<u16>().min(self.max_total);
        let mut index = 0;
        let rows = FACTORS.map(|factor| {
            let row = FactorRow {
                factor,
                points: points[index],
                max: max[index],
            };
            index += 1;
            row
        });
        Breakdown {
            rules: self,
            with_spouse,
            total,
            sections,
            section_max,
            rows,
            levels: ConvertedLevels {
                first: profile.first_language.levels,
                second: profile.second_language.map(|result| result.levels),
                spouse: profile
                    .spouse
                    .and_then(|spouse| spouse.language)
                    .map(|result| result.levels),
            },
        }
    }

    /// The total alone: what searches that score many profiles need.
    pub fn total(&self, profile: &Profile) -> u16 {
        let earned = self.earned(profile);
        let caps = self.caps(profile.has_spouse());
        let sum: u16 = SECTION_ROWS
            .into_iter()
            .zip(caps)
            .map(|((rows, _), cap)| earned[rows].iter().sum::<u16>().min(cap))
            .sum();
        sum.min(self.max_total)
    }

    fn caps(&self, with_spouse: bool) -> [u16; 4] {
        let status = usize::from(with_spouse);
        [
            self.core_cap[status],
            if with_spouse { self.spouse_cap } else { 0 },
            self.transferability_cap,
            self.additional_cap,
        ]
    }

    /// The points of each factor row before section caps (cap rows zero).
    fn earned(&self, profile: &Profile) -> [u16; ROWS] {
        let status = if profile.has_spouse() { WITH } else { WITHOUT };
        let first = profile.first_language.levels;
        let clb = |level: u8| usize::from(level.min(12));
        let years = |years: u8| usize::from(years.min(60));
        let mut points = [0u16; ROWS];
        let mut set = |factor: Factor, value: u16| points[factor.row_index()] = value;

        // A. Core / human capital
        set(Factor::Age, self.age[status][usize::from(profile.age.min(120))]);
        set(
            Factor::Education,
            self.education[status][profile.education.index()],
        );
        for ability in Ability::ALL {
            set(
                Factor::FirstLanguage(ability),
                self.first_language[status][clb(first.get(ability))],
            );
        }
        let second_language_sum: u16 = profile.second_language.map_or(0, |result| {
            result
                .levels
                .0
                .iter()
                .map(|&level| self.second_language[status][clb(level)])
                .sum()
        });
        set(
            Factor::SecondLanguage,
            second_language_sum.min(self.second_language_cap[status]),
        );
        set(
            Factor::CanadianExperience,
            self.canadian_experience[status][years(profile.canadian_experience_years)],
        );

        // B. Spouse factors
        if let Some(spouse) = &profile.spouse {
            set(
                Factor::SpouseEducation,
                self.spouse_education[spouse.education.index()],
            );
            let language_sum: u16 = spouse.language.map_or(0, |result| {
                result
                    .levels
                    .0
                    .iter()
                    .map(|&level| self.spouse_language[clb(level)])
                    .sum()
            });
            set(Factor::SpouseLanguage, language_sum.min(self.spouse_language_cap));
            set(
                Factor::SpouseCanadianExperience,
                self.spouse_canadian_experience[years(spouse.canadian_experience_years)],
            );
        }

        // C. Skill transferability
        let lowest_first = clb(first.lowest());
        let language_level = usize::from(self.language_level[lowest_first]);
        let canadian_level =
            usize::from(self.canadian_experience_level[years(profile.canadian_experience_years)]);
        let education_rank = usize::from(self.education_rank[profile.education.index()]);
        let foreign_rank = usize::from(self.foreign_experience_rank[years(profile.foreign_experience_years)]);
        let combination = |rank: usize, cap: u16| -> u16 {
            let row = &self.combination_points[rank];
            (row[language_level] + row[canadian_level]).min(cap)
        };
        set(
            Factor::EducationCombinations,
            combination(education_rank, self.education_combination_cap),
        );
        set(
            Factor::ForeignExperienceCombinations,
            combination(foreign_rank, self.foreign_combination_cap),
        );
        if profile.certificate_of_qualification {
            set(
                Factor::CertificateOfQualification,
                self.certificate_of_qualification[lowest_first],
            );
        }

        // D. Additional points
        if profile.provincial_nomination {
            set(Factor::ProvincialNomination, self.provincial_nomination);
        }
        set(Factor::JobOffer, self.job_offer[profile.job_offer as usize]);
        set(
            Factor::CanadianEducation,
            self.canadian_education_points(profile.canadian_education),
        );
        if profile.sibling_in_canada {
            set(Factor::SiblingInCanada, self.sibling_in_canada);
        }
        set(Factor::French, self.french_points(profile));

        // Occupation-based factors (`crs-rules/2`), each into its section.
        for factor in &self.occupation_factors {
            points[Factor::Occupation(factor.section).row_index()] += factor.points(profile);
        }
        points
    }

    /// The most each row can give, with or without a spouse; worked out once
    /// when the rule set is read.
    pub(crate) fn row_maxima(&self, with_spouse: bool) -> [u16; ROWS] {
        let status = usize::from(with_spouse);
        let mut max = [0u16; ROWS];
        let mut set = |factor: Factor, value: u16| max[factor.row_index()] = value;
        set(Factor::Age, table_max(&self.age[status]));
        set(Factor::Education, table_max(&self.education[status]));
        for ability in Ability::ALL {
            set(
                Factor::FirstLanguage(ability),
                table_max(&self.first_language[status]),
            );
        }
        set(
            Factor::SecondLanguage,
            (table_max(&self.second_language[status]) * 4).min(self.second_language_cap[status]),
        );
        set(
            Factor::CanadianExperience,
            table_max(&self.canadian_experience[status]),
        );
        if with_spouse {
            set(Factor::SpouseEducation, table_max(&self.spouse_education));
            set(
                Factor::SpouseLanguage,
                (table_max(&self.spouse_language) * 4).min(self.spouse_language_cap),
            );
            set(
                Factor::SpouseCanadianExperience,
                table_max(&self.spouse_canadian_experience),
            );
        }
        let best_combination = self
            .combination_points
            .iter()
            .map(|row| row[2] + row[2])
            .max()
            .unwrap_or(0);
        set(
            Factor::EducationCombinations,
            best_combination.min(self.education_combination_cap),
        );
        set(
            Factor::ForeignExperienceCombinations,
            best_combination.min(self.foreign_combination_cap),
        );
        set(
            Factor::CertificateOfQualification,
            table_max(&self.certificate_of_qualification),
        );
        set(Factor::ProvincialNomination, self.provincial_nomination);
        set(Factor::JobOffer, table_max(&self.job_offer));
        set(Factor::CanadianEducation, table_max(&self.canadian_education));
        set(Factor::SiblingInCanada, self.sibling_in_canada);
        set(
            Factor::French,
            self.french_with_english.max(self.french_with_weak_or_no_english),
        );
        for factor in &self.occupation_factors {
            max[Factor::Occupation(factor.section).row_index()] += factor.most(with_spouse);
        }
        max
    }

    /// French bonus: NCLC at the threshold on all four French abilities, with
    /// the higher award only when English is also strong on all four.
    fn french_points(&self, profile: &Profile) -> u16 {
        let Some(french) = profile.result_in(Language::French) else {
            return 0;
        };
        if french.levels.lowest() < self.french_min_nclc {
            return 0;
        }
        let strong_english = profile
            .result_in(Language::English)
            .is_some_and(|english| english.levels.lowest() >= self.french_english_min_clb);
        if strong_english {
            self.french_with_english
        } else {
            self.french_with_weak_or_no_english
        }
    }
}

fn table_max(values: &[u16]) -> u16 {
    values.iter().copied().max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_rows_match_the_factor_order() {
        for (section, (rows, cap_row)) in Section::ALL.into_iter().zip(SECTION_ROWS) {
            assert!(FACTORS[rows].iter().all(|factor| factor.section() == section));
            assert_eq!(FACTORS[cap_row], Factor::SectionCap(section));
        }
    }

    #[test]
    fn row_index_matches_factor_order() {
        for (index, factor) in FACTORS.iter().enumerate() {
            assert_eq!(factor.row_index(), index, "{factor:?}");
        }
    }
}

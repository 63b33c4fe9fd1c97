//! Stage 2: the raw file turned into lookup tables, every key and range checked.

use super::check::check_point_sizes;
use super::occupation::{compile_factors, ListFiles};
use super::raw::*;
use super::{
    error, ByStatus, RuleSet, RulesError, AGES, LEVELS, RULES_FORMAT, RULES_FORMATS, RULES_FORMAT_2, WITH,
    WITHOUT, YEARS,
};
use crate::engine::date::Date;
use crate::engine::profile::{Education, MAX_AGE};

/// Fills a table indexed by `0..N` from rows that each start at a threshold
/// and hold until the next; below the first threshold the value is zero.
fn step_table<const N: usize, T: Copy + Default>(
    path: &str,
    key: &str,
    rows: impl IntoIterator<Item = (u8, T)>,
) -> Result<[T; N], RulesError> {
    let mut table = [T::default(); N];
    let mut previous: Option<u8> = None;
    for (index, (threshold, value)) in rows.into_iter().enumerate() {
        let at = format!("{path}[{index}].{key}");
        if usize::from(threshold) >= N {
            return Err(error(
                at,
                crate::error::expected_found(
                    crate::said!("input-at-most", max = N - 1),
                    threshold.to_string(),
                ),
            ));
        }
        if previous.is_some_and(|p| threshold <= p) {
            return Err(error(at, crate::said!("rules-above-row-before")));
        }
        previous = Some(threshold);
        for slot in &mut table[usize::from(threshold)..] {
            *slot = value;
        }
    }
    Ok(table)
}

fn split_status<const N: usize>(
    path: &str,
    key: &str,
    rows: impl IntoIterator<Item = (u8, u16, u16)> + Clone,
) -> Result<ByStatus<[u16; N]>, RulesError> {
    let without = step_table::<N, u16>(path, key, rows.clone().into_iter().map(|(t, _, w)| (t, w)))?;
    let with = step_table::<N, u16>(path, key, rows.into_iter().map(|(t, s, _)| (t, s)))?;
    Ok([without, with])
}

fn level_index(path: String, value: u8, allowed: std::ops::RangeInclusive<u8>) -> Result<u8, RulesError> {
    if allowed.contains(&value) {
        Ok(value)
    } else {
        Err(error(
            path,
            crate::error::expected_found(
                crate::said!("input-from-to", min = *allowed.start(), max = *allowed.end()),
                value.to_string(),
            ),
        ))
    }
}

/// The ages every rule set must give points for (or say 0 for) explicitly.
const FIRST_SCORED_AGE: u8 = 18;
const LAST_SCORED_AGE: u8 = 44;

pub(super) fn compile(raw: RawRuleSet, read_list: ListFiles) -> Result<RuleSet, RulesError> {
    if !RULES_FORMATS.contains(&raw.format.as_str()) {
        return Err(error(
            "format",
            crate::error::expected_found(
                crate::error::one_of(["\"crs-rules/1\"", "\"crs-rules/2\""]),
                format!("{:?}", raw.format),
            ),
        ));
    }
    // The first format knows nothing of occupations: a file that names them
    // says it is the second.
    if raw.format == RULES_FORMAT {
        for (key, given) in [
            ("occupation_lists", raw.occupation_lists.is_some()),
            ("occupation_factors", raw.occupation_factors.is_some()),
        ] {
            if given {
                return Err(error(
                    key,
                    crate::said!("rules-needs-format-2", key = key, format = RULES_FORMAT_2),
                ));
            }
        }
    }
    let occupation_factors = compile_factors(raw.occupation_lists, raw.occupation_factors, read_list)?;
    let _ = raw.source;
    if raw.id.trim().is_empty() {
        return Err(error(
            "id",
            crate::error::expected_found(crate::said!("rules-name"), crate::said!("found-empty-text")),
        ));
    }
    let in_force_from: Date = raw
        .in_force_from
        .parse()
        .map_err(|e: crate::engine::date::DateError| error("in_force_from", e.to_string()))?;

    let core = &raw.core;
    let mut age = [[0u16; AGES]; 2];
    let mut covered = [false; AGES];
    for (index, band) in core.age.iter().enumerate() {
        let at = format!("core.age[{index}]");
        if band.from > band.to {
            return Err(error(format!("{at}.to"), crate::said!("rules-not-below-from")));
        }
        if usize::from(band.to) >= AGES {
            return Err(error(
                format!("{at}.to"),
                crate::said!(
                    "input-expected",
                    expected = crate::said!("input-at-most", max = MAX_AGE)
                ),
            ));
        }
        for years in band.from..=band.to {
            let slot = usize::from(years);
            if covered[slot] {
                return Err(error(at, crate::said!("rules-age-twice", age = years)));
            }
            covered[slot] = true;
            age[WITHOUT][slot] = band.without_spouse;
            age[WITH][slot] = band.with_spouse;
        }
    }

    // Every age that earns points in any rule set so far must be in a band:
    // an empty or gappy table would score those ages 0 without a word.
    if let Some(missing) = (FIRST_SCORED_AGE..=LAST_SCORED_AGE).find(|&age| !covered[usize::from(age)]) {
        return Err(error(
            "core.age",
            crate::said!(
                "rules-age-in-no-band",
                age = missing,
                first = FIRST_SCORED_AGE,
                last = LAST_SCORED_AGE
            ),
        ));
    }

    let education_pairs = core.education.in_order();
    let education = [
        education_pairs.map(|pair| pair.without_spouse),
        education_pairs.map(|pair| pair.with_spouse),
    ];
    let first_language = split_status::<LEVELS>(
        "core.first_language_per_ability",
        "min_clb",
        core.first_language_per_ability
            .iter()
            .map(|r| (r.min_clb, r.with_spouse, r.without_spouse))
            .collect::<Vec<_>>(),
    )?;
    let second_language = split_status::<LEVELS>(
        "core.second_language_per_ability",
        "min_clb",
        core.second_language_per_ability
            .iter()
            .map(|r| (r.min_clb, r.with_spouse, r.without_spouse))
            .collect::<Vec<_>>(),
    )?;
    let canadian_experience = split_status::<YEARS>(
        "core.canadian_experience",
        "min_years",
        core.canadian_experience
            .iter()
            .map(|r| (r.min_years, r.with_spouse, r.without_spouse))
            .collect::<Vec<_>>(),
    )?;

    let spouse = &raw.spouse;
    let spouse_language = step_table::<LEVELS, u16>(
        "spouse.language_per_ability",
        "min_clb",
        spouse.language_per_ability.iter().map(|r| (r.min_clb, r.points)),
    )?;
    let spouse_canadian_experience = step_table::<YEARS, u16>(
        "spouse.canadian_experience",
        "min_years",
        spouse.canadian_experience.iter().map(|r| (r.min_years, r.points)),
    )?;

    let transfer = &raw.transferability;
    for (index, row) in transfer.language_levels.iter().enumerate() {
        level_index(
            format!("transferability.language_levels[{index}].level"),
            row.level,
            1..=2,
        )?;
    }
    let language_level = step_table::<LEVELS, u8>(
        "transferability.language_levels",
        "min_clb_all_four",
        transfer
            .language_levels
            .iter()
            .map(|r| (r.min_clb_all_four, r.level)),
    )?;
    for (index, row) in transfer.canadian_experience_levels.iter().enumerate() {
        level_index(
            format!("transferability.canadian_experience_levels[{index}].level"),
            row.level,
            1..=2,
        )?;
    }
    let canadian_experience_level = step_table::<YEARS, u8>(
        "transferability.canadian_experience_levels",
        "min_years",
        transfer
            .canadian_experience_levels
            .iter()
            .map(|r| (r.min_years, r.level)),
    )?;
    let education_rank = transfer.education_rank.in_order();
    for (level, rank) in Education::ALL.iter().zip(education_rank) {
        level_index(
            format!("transferability.education_rank.{}", level.key()),
            rank,
            0..=2,
        )?;
    }
    for (index, row) in transfer.foreign_experience_ranks.iter().enumerate() {
        level_index(
            format!("transferability.foreign_experience_ranks[{index}].rank"),
            row.rank,
            1..=2,
        )?;
    }
    let foreign_experience_rank = step_table::<YEARS, u8>(
        "transferability.foreign_experience_ranks",
        "min_years",
        transfer
            .foreign_experience_ranks
            .iter()
            .map(|r| (r.min_years, r.rank)),
    )?;
    let mut combination_points = [[0u16; 3]; 3];
    let mut ranks_seen = [false; 3];
    for (index, row) in transfer.points_by_rank_and_level.iter().enumerate() {
        let rank = level_index(
            format!("transferability.points_by_rank_and_level[{index}].rank"),
            row.rank,
            1..=2,
        )?;
        if ranks_seen[usize::from(rank)] {
            return Err(error(
                format!("transferability.points_by_rank_and_level[{index}].rank"),
                crate::said!("rules-rank-twice", rank = rank),
            ));
        }
        ranks_seen[usize::from(rank)] = true;
        combination_points[usize::from(rank)] = [0, row.level_1, row.level_2];
    }
    let certificate_of_qualification = step_table::<LEVELS, u16>(
        "transferability.certificate_of_qualification",
        "min_clb_all_four",
        transfer
            .certificate_of_qualification
            .iter()
            .map(|r| (r.min_clb_all_four, r.points)),
    )?;

    let additional = &raw.additional;
    let french = &additional.french;
    level_index(
        "additional.french.min_nclc_all_four".into(),
        french.min_nclc_all_four,
        0..=12,
    )?;
    level_index(
        "additional.french.english_min_clb_all_four".into(),
        french.english_min_clb_all_four,
        0..=12,
    )?;

    let mut set = RuleSet {
        id: raw.id,
        in_force_from,
        title: raw.title,
        core_cap: core.cap.by_status(),
        age,
        education,
        first_language,
        second_language,
        second_language_cap: core.second_language_cap.by_status(),
        canadian_experience,
        spouse_cap: spouse.cap,
        spouse_education: spouse.education.in_order(),
        spouse_language,
        spouse_language_cap: spouse.language_cap,
        spouse_canadian_experience,
        transferability_cap: transfer.cap,
        language_level,
        canadian_experience_level,
        education_rank,
        foreign_experience_rank,
        combination_points,
        education_combination_cap: transfer.education_cap,
        foreign_combination_cap: transfer.foreign_experience_cap,
        certificate_of_qualification,
        additional_cap: additional.cap,
        provincial_nomination: additional.provincial_nomination,
        job_offer: [
            0,
            additional.job_offer.teer_0_major_00,
            additional.job_offer.other,
        ],
        canadian_education: [
            0,
            additional.canadian_education.one_or_two_year,
            additional.canadian_education.three_year_or_more,
        ],
        sibling_in_canada: additional.sibling_in_canada,
        french_min_nclc: french.min_nclc_all_four,
        french_english_min_clb: french.english_min_clb_all_four,
        french_with_weak_or_no_english: french.with_weak_or_no_english,
        french_with_english: french.with_english,
        max_total: raw.max_total,
        occupation_factors,
        row_max: [[0; crate::engine::factor::ROWS]; 2],
    };
    check_point_sizes(&set)?;
    // A rule set that contradicts how the law is built (a cap below one of
    // its parts, caps that do not add up to the total, a better level
    // scoring less) is a mistake in the file, not a reform: refuse it.
    if let Some((path, message)) = set.consistency_problems().into_iter().next() {
        let path = path.split(" (").next().unwrap_or(&path);
        return Err(error(path, crate::said!("rules-inconsistent", problem = message)));
    }
    set.row_max = [set.row_maxima(false), set.row_maxima(true)];
    Ok(set)
}

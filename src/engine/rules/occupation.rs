//! Occupation-based factors (`crs-rules/2`): points by tier when the
//! person's Canadian work or job offer is in a listed NOC code. The lists
//! and factors are checked here (stage 2, after serde); a list kept in a file
//! of its own is read by whoever loads the rules and handed in as text, so
//! the engine reads no files.

use super::raw::{
    RawListedOccupation, RawOccupationFactor, RawOccupationList, RawOccupationListFile, RawOfferCondition,
    RawWorkCondition,
};
use super::{ByStatus, RulesError, WITH, WITHOUT};
use crate::engine::eligibility::{Noc, Occupations as NocTable};
use crate::engine::factor::OccupationSection;
use crate::engine::occupation::WINDOW_YEARS;
use crate::engine::Profile;
use crate::error::{expected_found, one_of};
use crate::said::Said;

/// The format of a list kept in a file of its own.
pub const LIST_FORMAT: &str = "crs-occupation-list/1";
/// The most months a factor may ask for: the ten years a window may span.
pub const MAX_MONTHS: u16 = 120;
/// The most points one tier may give.
const MAX_POINTS: u64 = 2000;

/// Reads a list file named in a rule set (`occupation_lists[i].file`): its
/// text, or the problem reading it, already named with the file.
pub type ListFiles<'a> = &'a dyn Fn(&str) -> Result<(String, String), RulesError>;

/// A list of NOC codes, each with a tier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OccupationList {
    pub id: String,
    pub title: String,
    /// The tiers in the order the list gives them.
    pub tiers: Vec<String>,
    /// Sorted by code; the tier as an index into `tiers`.
    codes: Vec<(Noc, usize)>,
}

impl OccupationList {
    /// The tier a code is listed in.
    pub fn tier_of(&self, code: Noc) -> Option<usize> {
        self.codes
            .binary_search_by_key(&code, |(noc, _)| *noc)
            .ok()
            .map(|i| self.codes[i].1)
    }

    pub fn codes(&self) -> impl Iterator<Item = (Noc, &str)> {
        self.codes
            .iter()
            .map(|(noc, tier)| (*noc, self.tiers[*tier].as_str()))
    }
}

/// Canadian work that earns the factor: at least `min_months` in a listed
/// occupation within the last `within_years` years.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkPart {
    pub min_months: u8,
    pub within_years: u8,
    /// By tier, then by `usize::from(with_spouse)`.
    pub points: Vec<ByStatus<u16>>,
}

/// A job offer in a listed occupation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferPart {
    pub points: Vec<ByStatus<u16>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OccupationFactor {
    pub id: String,
    pub title: String,
    pub section: OccupationSection,
    pub list: OccupationList,
    pub work: Option<WorkPart>,
    pub offer: Option<OfferPart>,
    /// The most the factor gives, work and offer together.
    pub cap: u16,
}

/// Why a factor gives points: the occupation, its tier, and the work or the
/// offer in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding<'r> {
    pub factor: &'r OccupationFactor,
    pub noc: Noc,
    pub tier: &'r str,
    /// Months in Canada within the factor's window; `None` for the offer.
    pub months: Option<u8>,
    pub points: u16,
}

impl OccupationFactor {
    /// The points the profile earns, with the work's and the offer's
    /// findings (the best tier of each), before the factor's cap.
    pub fn findings<'r>(&'r self, profile: &Profile) -> (Option<Finding<'r>>, Option<Finding<'r>>) {
        let status = if profile.has_spouse() { WITH } else { WITHOUT };
        let work = self.work.as_ref().and_then(|part| {
            profile
                .occupations
                .canadian()
                .filter_map(|work| {
                    let months = work.months_within(part.within_years);
                    let tier = self.list.tier_of(work.noc)?;
                    (months >= part.min_months).then(|| Finding {
                        factor: self,
                        noc: work.noc,
                        tier: &self.list.tiers[tier],
                        months: Some(months),
                        points: part.points[tier][status],
                    })
                })
                .max_by_key(|finding| (finding.points, std::cmp::Reverse(finding.noc)))
        });
        let offer = self.offer.as_ref().and_then(|part| {
            let noc = profile.occupations.job_offer?;
            let tier = self.list.tier_of(noc)?;
            Some(Finding {
                factor: self,
                noc,
                tier: &self.list.tiers[tier],
                months: None,
                points: part.points[tier][status],
            })
        });
        (work, offer)
    }

    /// The points the factor gives the profile, capped.
    pub fn points(&self, profile: &Profile) -> u16 {
        let (work, offer) = self.findings(profile);
        let sum = work.map_or(0, |f| f.points) + offer.map_or(0, |f| f.points);
        sum.min(self.cap)
    }

    /// The most the factor can give.
    pub fn most(&self, with_spouse: bool) -> u16 {
        let status = usize::from(with_spouse);
        let best = |points: &[ByStatus<u16>]| points.iter().map(|p| p[status]).max().unwrap_or(0);
        let work = self.work.as_ref().map_or(0, |part| best(&part.points));
        let offer = self.offer.as_ref().map_or(0, |part| best(&part.points));
        (work + offer).min(self.cap)
    }
}

fn error(path: impl Into<String>, problem: impl Into<Said>) -> RulesError {
    RulesError::at(path, problem)
}

/// The lists and factors of a `crs-rules/2` file, checked.
pub(super) fn compile_factors(
    lists: Option<Vec<RawOccupationList>>,
    factors: Option<Vec<RawOccupationFactor>>,
    read_list: ListFiles,
) -> Result<Vec<OccupationFactor>, RulesError> {
    let lists = match lists {
        Some(lists) => lists,
        None if factors.as_ref().is_some_and(|f| !f.is_empty()) => {
            return Err(error(
                "occupation_lists",
                crate::error::missing(crate::said!("rules-occupation-lists")),
            ))
        }
        None => Vec::new(),
    };
    if lists.is_empty() && factors.as_ref().is_none_or(Vec::is_empty) {
        // The official sets have none: scoring them need not read the
        // occupations (a third of a small `score` run).
        return Ok(Vec::new());
    }
    let nocs = &crate::engine::eligibility::Reference::shipped().occupations;
    let mut compiled: Vec<OccupationList> = Vec::with_capacity(lists.len());
    for (index, raw) in lists.into_iter().enumerate() {
        let path = format!("occupation_lists[{index}]");
        if raw.id.trim().is_empty() {
            return Err(error(
                format!("{path}.id"),
                expected_found(crate::said!("rules-list-id"), crate::said!("found-empty-text")),
            ));
        }
        if compiled.iter().any(|list| list.id == raw.id) {
            return Err(error(
                format!("{path}.id"),
                crate::said!("rules-list-twice", id = format!("{:?}", raw.id)),
            ));
        }
        compiled.push(list(raw, &path, nocs, read_list)?);
    }
    let mut factors_out: Vec<OccupationFactor> = Vec::new();
    for (index, raw) in factors.unwrap_or_default().into_iter().enumerate() {
        let path = format!("occupation_factors[{index}]");
        if factors_out.iter().any(|factor| factor.id == raw.id) || raw.id.trim().is_empty() {
            return Err(error(
                format!("{path}.id"),
                expected_found(crate::said!("rules-factor-id"), format!("{:?}", raw.id)),
            ));
        }
        factors_out.push(factor(raw, &path, &compiled)?);
    }
    Ok(factors_out)
}

fn list(
    raw: RawOccupationList,
    path: &str,
    nocs: &NocTable,
    read_list: ListFiles,
) -> Result<OccupationList, RulesError> {
    match (raw.file, raw.tiers, raw.occupations) {
        (Some(name), None, None) => {
            let valid_name = !name.is_empty()
                && !name.contains(['/', '\\'])
                && !name.starts_with('.')
                && name.ends_with(".json");
            if !valid_name {
                return Err(error(
                    format!("{path}.file"),
                    expected_found(crate::said!("rules-list-file-name"), format!("{name:?}")),
                ));
            }
            let (file, text) = read_list(&name).map_err(|e| {
                if e.file.is_empty() && e.path.is_empty() {
                    RulesError::at(format!("{path}.file"), e.problem)
                } else {
                    e
                }
            })?;
            let listed: RawOccupationListFile = crate::error::from_json_path(&text)
                .map_err(|(at, problem)| RulesError::new(&file, at, problem))?;
            if listed.format != LIST_FORMAT {
                return Err(RulesError::new(
                    &file,
                    "format",
                    expected_found(format!("\"{LIST_FORMAT}\""), format!("{:?}", listed.format)),
                ));
            }
            let _ = (listed.source, listed.id);
            checked_list(
                raw.id,
                if raw.title.is_empty() {
                    listed.title
                } else {
                    raw.title
                },
                listed.tiers,
                listed.occupations,
                "",
                nocs,
            )
            .map_err(|e| e.in_file(&file))
        }
        (None, Some(tiers), Some(occupations)) => {
            let _ = raw.source;
            checked_list(raw.id, raw.title, tiers, occupations, path, nocs)
        }
        (Some(_), _, _) => Err(error(
            format!("{path}.file"),
            crate::said!("rules-list-file-or-inline"),
        )),
        (None, None, _) => Err(error(
            format!("{path}.tiers"),
            crate::error::missing(crate::said!("rules-list-tiers")),
        )),
        (None, Some(_), None) => Err(error(
            format!("{path}.occupations"),
            crate::error::missing(crate::said!("rules-list-occupations")),
        )),
    }
}

fn checked_list(
    id: String,
    title: String,
    tiers: Vec<String>,
    occupations: Vec<RawListedOccupation>,
    path: &str,
    nocs: &NocTable,
) -> Result<OccupationList, RulesError> {
    let at = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    if tiers.is_empty() {
        return Err(error(
            at("tiers"),
            expected_found(crate::said!("rules-list-tiers"), crate::said!("input-empty-list")),
        ));
    }
    for (index, tier) in tiers.iter().enumerate() {
        if tier.trim().is_empty() || tiers[..index].contains(tier) {
            return Err(error(
                at(&format!("tiers[{index}]")),
                expected_found(crate::said!("rules-tier-name"), format!("{tier:?}")),
            ));
        }
    }
    if occupations.is_empty() {
        return Err(error(
            at("occupations"),
            expected_found(
                crate::said!("rules-list-occupations"),
                crate::said!("input-empty-list"),
            ),
        ));
    }
    let mut codes: Vec<(Noc, usize)> = Vec::with_capacity(occupations.len());
    for (index, listed) in occupations.iter().enumerate() {
        let entry = at(&format!("occupations[{index}]"));
        let noc = nocs
            .code(&listed.noc)
            .map_err(|message| error(format!("{entry}.noc"), message))?;
        let Some(tier) = tiers.iter().position(|t| *t == listed.tier) else {
            return Err(error(
                format!("{entry}.tier"),
                expected_found(
                    one_of(tiers.iter().map(String::as_str)),
                    format!("{:?}", listed.tier),
                ),
            ));
        };
        if let Some((_, earlier)) = codes.iter().find(|(code, _)| *code == noc) {
            return Err(error(
                format!("{entry}.noc"),
                crate::said!(
                    "rules-noc-twice",
                    noc = listed.noc.as_str(),
                    tier = tiers[tier].as_str(),
                    earlier = tiers[*earlier].as_str()
                ),
            ));
        }
        let _ = &listed.title;
        codes.push((noc, tier));
    }
    codes.sort_unstable();
    Ok(OccupationList {
        id,
        title,
        tiers,
        codes,
    })
}

fn factor(
    raw: RawOccupationFactor,
    path: &str,
    lists: &[OccupationList],
) -> Result<OccupationFactor, RulesError> {
    let section = match raw.section.as_str() {
        "core" => OccupationSection::Core,
        "transferability" => OccupationSection::Transferability,
        "additional" => OccupationSection::Additional,
        other => {
            return Err(error(
                format!("{path}.section"),
                expected_found(
                    one_of(OccupationSection::ALL.map(OccupationSection::key)),
                    format!("{other:?}"),
                ),
            ))
        }
    };
    let Some(list) = lists.iter().find(|list| list.id == raw.list) else {
        return Err(error(
            format!("{path}.list"),
            if lists.is_empty() {
                crate::said!("rules-no-lists", found = format!("{:?}", raw.list))
            } else {
                expected_found(
                    one_of(lists.iter().map(|list| list.id.as_str())),
                    format!("{:?}", raw.list),
                )
            },
        ));
    };
    if raw.canadian_work.is_none() && raw.job_offer.is_none() {
        return Err(error(path.to_string(), crate::said!("rules-factor-needs-a-part")));
    }
    let work = match raw.canadian_work {
        Some(part) => Some(work_part(part, &format!("{path}.canadian_work"), list)?),
        None => None,
    };
    let offer = match raw.job_offer {
        Some(RawOfferCondition { points }) => Some(OfferPart {
            points: tier_points(&points, &format!("{path}.job_offer.points"), list)?,
        }),
        None => None,
    };
    let factor = OccupationFactor {
        id: raw.id,
        title: raw.title,
        section,
        list: list.clone(),
        work,
        offer,
        cap: raw.cap,
    };
    // A cap below what one tier gives would hide that tier's points: a
    // mistake in the file, not a rule.
    for (part, points) in [
        ("canadian_work", factor.work.as_ref().map(|p| &p.points)),
        ("job_offer", factor.offer.as_ref().map(|p| &p.points)),
    ] {
        let Some(points) = points else { continue };
        for (tier, by_status) in points.iter().enumerate() {
            let most = by_status[WITH].max(by_status[WITHOUT]);
            if most > factor.cap {
                return Err(error(
                    format!("{path}.cap"),
                    crate::said!(
                        "rules-cap-below-tier",
                        cap = factor.cap,
                        part = part,
                        tier = factor.list.tiers[tier].as_str(),
                        points = most
                    ),
                ));
            }
        }
    }
    Ok(factor)
}

fn work_part(raw: RawWorkCondition, path: &str, list: &OccupationList) -> Result<WorkPart, RulesError> {
    if !(1..=MAX_MONTHS).contains(&raw.min_months) {
        return Err(error(
            format!("{path}.min_months"),
            expected_found(
                crate::error::in_range(crate::said!("input-whole-months"), 1, MAX_MONTHS),
                raw.min_months.to_string(),
            ),
        ));
    }
    if !(1..=u16::from(WINDOW_YEARS)).contains(&raw.within_years) {
        return Err(error(
            format!("{path}.within_years"),
            expected_found(
                crate::error::in_range(crate::said!("input-whole-years"), 1, WINDOW_YEARS),
                raw.within_years.to_string(),
            ),
        ));
    }
    if raw.min_months > raw.within_years * 12 {
        return Err(error(
            format!("{path}.min_months"),
            crate::said!(
                "rules-months-past-window",
                months = raw.min_months,
                years = raw.within_years
            ),
        ));
    }
    Ok(WorkPart {
        min_months: raw.min_months as u8,
        within_years: raw.within_years as u8,
        points: tier_points(&raw.points, &format!("{path}.points"), list)?,
    })
}

/// Points by tier: each key a tier of the list, each value a whole number
/// of points or `{with_spouse, without_spouse}`; a tier left out gives none.
fn tier_points(
    raw: &serde_json::Map<String, serde_json::Value>,
    path: &str,
    list: &OccupationList,
) -> Result<Vec<ByStatus<u16>>, RulesError> {
    let mut points = vec![[0u16; 2]; list.tiers.len()];
    if raw.is_empty() {
        return Err(error(
            path.to_string(),
            expected_found(
                crate::said!("rules-points-by-tier"),
                crate::said!("input-empty-object"),
            ),
        ));
    }
    for (tier, value) in raw {
        let Some(index) = list.tiers.iter().position(|t| t == tier) else {
            return Err(error(
                format!("{path}.{tier}"),
                crate::said!(
                    "rules-tier-not-in-list",
                    tier = format!("{tier:?}"),
                    list = list.id.as_str(),
                    tiers = list.tiers.join(", ")
                ),
            ));
        };
        let whole = |value: &serde_json::Value, at: String| -> Result<u16, RulesError> {
            value
                .as_u64()
                .filter(|points| *points <= MAX_POINTS)
                .map(|points| points as u16)
                .ok_or_else(|| {
                    error(
                        at,
                        expected_found(
                            crate::said!("input-whole-points-to", max = MAX_POINTS.to_string()),
                            value.to_string(),
                        ),
                    )
                })
        };
        let at = format!("{path}.{tier}");
        points[index] = match value {
            serde_json::Value::Object(pair) => {
                for key in pair.keys() {
                    if key != "with_spouse" && key != "without_spouse" {
                        return Err(error(
                            format!("{at}.{key}"),
                            expected_found(one_of(["with_spouse", "without_spouse"]), format!("{key:?}")),
                        ));
                    }
                }
                let side = |key: &str| match pair.get(key) {
                    Some(value) => whole(value, format!("{at}.{key}")),
                    None => Err(error(
                        format!("{at}.{key}"),
                        crate::error::missing(crate::said!(
                            "input-whole-points-to",
                            max = MAX_POINTS.to_string()
                        )),
                    )),
                };
                let mut by_status = [0u16; 2];
                by_status[WITHOUT] = side("without_spouse")?;
                by_status[WITH] = side("with_spouse")?;
                by_status
            }
            other => [whole(other, at.clone())?; 2],
        };
    }
    Ok(points)
}

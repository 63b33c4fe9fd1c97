//! Brute force over small plan spaces, the plan search's independent check.

use crs_planner::advisor::calendar::Calendar;
use crs_planner::advisor::plan::Dimension;
use crs_planner::engine::eligibility::Reference;
use crs_planner::engine::{Date, RuleBook};
use crs_planner::scenario::Scenario;

/// Plans for a scenario from `from` (also the day its facts are as of),
/// `horizon` months ahead, with the shipped reference data.
pub fn calendar<'a>(scenario: &'a Scenario, book: &'a RuleBook, from: Date, horizon: u16) -> Calendar<'a> {
    Calendar {
        situation: scenario.situation(),
        reference: Reference::shipped(),
        book,
        known_on: from,
        from,
        horizon,
    }
}
use crs_planner::engine::{LanguageTables, Profile};

/// A small move space cut from the real one: a few dimensions, each with its
/// strongest option and a few of the cheapest.
pub fn small_space(dims: &[Dimension], pick: &[usize]) -> Vec<Dimension> {
    let mut chosen = Vec::new();
    let mut taken = Vec::new();
    for &index in pick {
        let index = index % dims.len().max(1);
        let Some(dim) = dims.get(index) else {
            continue;
        };
        // Each dimension once: the planner's dimensions are separate parts
        // of the profile, and the search relies on it.
        if taken.contains(&index) {
            continue;
        }
        taken.push(index);
        let strongest = dim.options[dim.strongest].clone();
        let mut options: Vec<_> = dim
            .options
            .iter()
            .filter(|o| **o != strongest)
            .take(3)
            .cloned()
            .collect();
        options.push(strongest);
        options.sort_by_key(|o| o.cost);
        let strongest = options
            .iter()
            .position(|o| *o == dim.options[dim.strongest])
            .unwrap();
        chosen.push(Dimension { options, strongest });
    }
    chosen
}

/// Every combination, one option (or none) per dimension: the efforts of the
/// `keep` cheapest plans that reach the goal and in which every step is
/// needed, among those within the cap on what is shown (half again the
/// cheapest).
pub fn brute_force_cheapest_efforts(
    profile: &Profile,
    dims: &[Dimension],
    keep: usize,
    goal: &dyn Fn(&Profile) -> bool,
) -> Vec<u32> {
    let tables = LanguageTables::official();
    let reaches = |choice: &[usize]| {
        let mut current = *profile;
        for (dim, &pick) in dims.iter().zip(choice) {
            if pick > 0 {
                current = dim.options[pick - 1].apply(&current, tables);
            }
        }
        goal(&current)
    };
    let mut efforts = Vec::new();
    let mut choice = vec![0usize; dims.len()];
    loop {
        let cost: u32 = dims
            .iter()
            .zip(&choice)
            .filter(|(_, &pick)| pick > 0)
            .map(|(dim, &pick)| dim.options[pick - 1].cost)
            .sum();
        let needed = (0..dims.len()).filter(|&d| choice[d] > 0).all(|d| {
            let mut without = choice.clone();
            without[d] = 0;
            !reaches(&without)
        });
        if cost > 0 && reaches(&choice) && needed {
            efforts.push(cost);
        }
        let mut position = 0;
        loop {
            if position == dims.len() {
                efforts.sort_unstable();
                let cap = efforts.first().map_or(0, |cheapest| cheapest * 3 / 2);
                efforts.retain(|&effort| effort <= cap);
                efforts.truncate(keep);
                return efforts;
            }
            choice[position] += 1;
            if choice[position] <= dims[position].options.len() {
                break;
            }
            choice[position] = 0;
            position += 1;
        }
    }
}

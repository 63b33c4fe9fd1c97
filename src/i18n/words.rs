//! Names the catalogue gives to things the data names by key: kinds of
//! rounds and categories. A category added in the user's data has no
//! message of its own, so its name from the data is used.

use crate::i18n::{has, message};

/// The message naming a category in a sentence, by its id in the lists.
fn category_message(id: &str) -> Option<&'static str> {
    Some(match id {
        "french" => "category-french",
        "healthcare" => "category-healthcare",
        "stem" => "category-stem",
        "trades" => "category-trades",
        "transport" => "category-transport",
        "agriculture" => "category-agriculture",
        "education" => "category-education",
        "physicians" => "category-physicians",
        "researchers" => "category-researchers",
        "senior-managers" => "category-senior-managers",
        "military" => "category-military",
        _ => return None,
    })
}

/// A category's name: the data's (which is IRCC's English, and follows the
/// list version) in English, else the catalogue's, else the data's.
pub fn category_name(id: &str, fallback: &str) -> String {
    data_or_catalogue(category_message(id), fallback)
}

/// The data's own words in English (they are IRCC's, and follow the data's
/// versions), the catalogue's in another language where it has them.
fn data_or_catalogue(message_id: Option<&str>, data: &str) -> String {
    match message_id {
        Some(id) if !super::speaks("en") && has(id) => message(id, &[]),
        _ => data.to_string(),
    }
}

/// What a category asks that a scenario cannot show, worded by the data in
/// English and by the catalogue, where it has the words, otherwise.
pub fn category_condition(id: &str, fallback: &str) -> String {
    let message_id = match id {
        "military" => Some("category-military-condition"),
        _ => None,
    };
    data_or_catalogue(message_id, fallback)
}

/// Rounds of a kind, by the key `draws` and `--target-category` use
/// ("cec" -> "CEC rounds", "french" -> "French-language proficiency rounds").
pub fn rounds_of_kind(key: &str) -> String {
    let id = match key {
        "all" => "rounds-all",
        "pnp" => "rounds-pnp",
        "cec" => "rounds-cec",
        "fsw" => "rounds-fsw",
        "fst" => "rounds-fst",
        _ => {
            return match category_message(key) {
                Some(id) => message("rounds-category", &[("category", message(id, &[]).into())]),
                None => message("rounds-category", &[("category", key.into())]),
            }
        }
    };
    message(id, &[])
}

/// A rule set's title: the data's, in the language in use where the
/// catalogue words a shipped rule set's title (a user's rule set, or one
/// that replaces a shipped id with its own title, keeps its own words).
pub fn rule_set_title(id: &str, title: &str) -> String {
    let message_id = match (id, title) {
        ("2017-06-06", "Oldest supported: arranged employment 200 / 50, sibling 15, French 15 / 30") => {
            Some("rule-set-title-2017")
        }
        ("2020-10-27", "French-language points raised to 25 / 50") => Some("rule-set-title-2020"),
        ("2025-03-25", "Arranged employment no longer scored") => Some("rule-set-title-2025"),
        _ => None,
    };
    data_or_catalogue(message_id, title)
}

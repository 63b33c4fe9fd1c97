//! Scenario files (`crs-scenario/1`): reading with full validation into a
//! `Profile`, writing pretty JSON, and saving atomically.

pub mod compare;
mod error;
pub mod fields;
mod raw;
mod save;
mod scan;

/// The fast scanner of plain JSON, shared with the batch that reads
/// outlook queries, and its test of which bytes of a string need no escape,
/// shared with the batch writers.
pub(crate) use scan::{plain_run, Member, Scanner};
pub mod store;
pub(crate) mod validate;
mod write;

use std::path::Path;

pub use error::ScenarioError;
pub use save::{
    remove_locks, remove_stale_temps, resolve_links, save_atomic, save_checked, Expect, Fingerprint,
    SaveError,
};
pub use write::to_json;

use crate::engine::eligibility::{self, Background, Counting, ReferenceSource, Situation};
use crate::engine::{Date, Extras, Profile};
use crate::error::{expected_found, missing};
use crate::said::Said;
use raw::{Field, Object, RawDocument, SerdeDocument};

pub const SCENARIO_FORMAT: &str = "crs-scenario/1";

/// A named profile with the user's notes.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub name: Option<String>,
    pub notes: Option<String>,
    pub profile: Profile,
    /// Dates for the timeline and the spouse's own details, when given.
    pub extras: Extras,
    /// Work history and the other facts eligibility reads.
    pub background: Background,
}

impl Scenario {
    pub fn new(profile: Profile) -> Self {
        Scenario {
            name: None,
            notes: None,
            profile,
            extras: Extras::default(),
            background: Background::default(),
        }
    }

    /// Experience years counted from the work history on `date` where the
    /// file gave none (a what-if written in the file wins).
    pub fn settle(&mut self, date: Date, reference: ReferenceSource) {
        // Most files have no work history: they need not load the reference data.
        if self.background.work.is_some() {
            let capped = eligibility::within_permit(&self.background, self.extras.dates.work_permit_expires);
            let background = capped.as_ref().unwrap_or(&self.background);
            eligibility::settle_years(&mut self.profile, background, date, reference.get());
        }
    }

    /// The scenario as scored on `date`, from its facts as they stand on
    /// `known_on` (`engine::dated`): for commands that score a day and
    /// write nothing back.
    pub fn on_date(self, known_on: Date, date: Date, reference: ReferenceSource) -> Self {
        self.on_date_counting(known_on, date, reference, Counting::Occupations)
    }

    /// `on_date` for eligibility alone, which never reads the work by
    /// occupation (only rule sets with occupation factors do): it is not
    /// counted.
    pub fn on_date_for_eligibility(self, known_on: Date, date: Date, reference: ReferenceSource) -> Self {
        self.on_date_counting(known_on, date, reference, Counting::YearsOnly)
    }

    fn on_date_counting(
        mut self,
        known_on: Date,
        date: Date,
        reference: ReferenceSource,
        counting: Counting,
    ) -> Self {
        // The years are counted on `date` by `profile_on` itself.
        let dated = crate::engine::dated::profile_on_counting(
            &self.situation(),
            || reference.get(),
            known_on,
            date,
            crate::engine::LanguageTables::official(),
            counting,
        );
        self.profile = dated.profile;
        self
    }

    /// The same scenario with its years settled on `date`.
    pub fn settled(mut self, date: Date, reference: ReferenceSource) -> Self {
        self.settle(date, reference);
        self
    }

    pub fn situation(&self) -> Situation<'_> {
        Situation {
            profile: &self.profile,
            extras: &self.extras,
            background: &self.background,
        }
    }
}

/// Reads a scenario (or a bare profile object) from text. `source` names the
/// input in messages.
pub fn parse(
    text: &str,
    source: &str,
    today: Date,
    reference: ReferenceSource,
) -> Result<Scenario, ScenarioError> {
    let text = crate::files::without_bom(text);
    if text.trim().is_empty() {
        return Err(ScenarioError::new(source, "", crate::said!("input-empty")));
    }
    let document =
        read_document(text).map_err(|(path, problem)| ScenarioError::new(source, path, problem))?;
    from_document(&document, today, reference).map_err(|p| ScenarioError::new(source, p.path, p.problem))
}

/// Reads a scenario file. The file is only read, never written.
pub fn load(path: &Path, today: Date, reference: ReferenceSource) -> Result<Scenario, ScenarioError> {
    load_tracked(path, today, reference).map(|(scenario, _)| scenario)
}

/// Reads a scenario file and the fingerprint of its bytes, to tell later
/// whether the file changed.
pub fn load_tracked(
    path: &Path,
    today: Date,
    reference: ReferenceSource,
) -> Result<(Scenario, Fingerprint), ScenarioError> {
    let source = path.display().to_string();
    let bytes = crate::files::read_bytes(path, crate::files::MAX_SMALL_FILE)
        .map_err(|e| ScenarioError::new(&source, "", e.to_string()))?;
    let fingerprint = Fingerprint::of(&bytes);
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        ScenarioError::new(
            &source,
            "",
            crate::files::ReadError::NotUtf8 { offset }.to_string(),
        )
    })?;
    parse(&text, &source, today, reference).map(|scenario| (scenario, fingerprint))
}

/// Writes a scenario as pretty JSON, atomically, if the file holds what
/// `expect` says (see `save_checked`).
pub fn save_tracked(path: &Path, scenario: &Scenario, expect: Expect) -> Result<Fingerprint, SaveError> {
    save_checked(path, to_json(scenario).as_bytes(), expect)
}

/// Writes a scenario as pretty JSON, atomically.
pub fn save(path: &Path, scenario: &Scenario) -> std::io::Result<()> {
    save_atomic(path, to_json(scenario).as_bytes())
}

/// `parse` without the fast scanner: what serde alone reads. Tests compare
/// the two on many inputs.
#[doc(hidden)]
pub fn parse_without_fast_path(
    text: &str,
    source: &str,
    today: Date,
    reference: ReferenceSource,
) -> Result<Scenario, ScenarioError> {
    let text = crate::files::without_bom(text);
    if text.trim().is_empty() {
        return parse(text, source, today, reference);
    }
    let document = read_document_with_serde(text)
        .map_err(|(path, problem)| ScenarioError::new(source, path, problem))?;
    from_document(&document, today, reference).map_err(|p| ScenarioError::new(source, p.path, p.problem))
}

/// Reads a line of bytes when it is plain enough for the fast scanner, which
/// then also stands for the UTF-8 check; `None` when it is not, and the
/// caller reads it as text (`parse`) for the full checks and messages.
pub fn parse_plain_bytes(
    bytes: &[u8],
    source: &str,
    today: Date,
    reference: ReferenceSource,
) -> Option<Result<Scenario, ScenarioError>> {
    let mut document = RawDocument::default();
    scan::document_into(bytes, &mut document)?;
    Some(
        from_document(&document, today, reference).map_err(|p| ScenarioError::new(source, p.path, p.problem)),
    )
}

fn read_document(text: &str) -> Result<RawDocument<'_>, (String, Said)> {
    match scan::document(text.as_bytes()) {
        Some(document) => Ok(document),
        None => read_document_with_serde(text),
    }
}

fn read_document_with_serde(text: &str) -> Result<RawDocument<'_>, (String, Said)> {
    // Tracking the path costs time on every key; only a failure needs it, so
    // the common case parses plainly and a failure is parsed again to explain.
    if let Ok(document) = serde_json::from_str::<Object<SerdeDocument>>(text) {
        return Ok(document.0.into());
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let document: Object<SerdeDocument> =
        serde_path_to_error::deserialize(&mut deserializer).map_err(|e| explain_serde_error(&e))?;
    deserializer
        .end()
        .map_err(|e| (String::new(), crate::error::text_after_json(&e)))?;
    Ok(document.0.into())
}

fn from_document(
    document: &RawDocument<'_>,
    today: Date,
    reference: ReferenceSource,
) -> Result<Scenario, validate::FieldProblem> {
    let problem = |path: &str, text: Said| validate::FieldProblem {
        path: path.to_string(),
        problem: text,
    };
    if !document.is_scenario() {
        let raw = &document.top;
        let mut profile = validate::profile(raw, "", today)?;
        profile.occupations.job_offer = validate::job_offer_noc(raw, "", reference)?;
        let extras = validate::extras(raw, "", &profile, today)?;
        let background = validate::background(raw, "", reference)?;
        validate::permit_fits(&extras, &background, "")?;
        return Ok(Scenario {
            extras,
            background,
            ..Scenario::new(profile)
        });
    }
    if let Some(key) = document.top.first_given_key() {
        return Err(problem(key, crate::said!("input-profile-field-on-top")));
    }
    match &document.format {
        Field::Value(format) if **format == *SCENARIO_FORMAT => {}
        Field::Value(other) => {
            return Err(problem(
                "format",
                expected_found(format!("\"{SCENARIO_FORMAT}\""), format!("{other:?}")),
            ));
        }
        Field::Missing => return Err(problem("format", missing(format!("\"{SCENARIO_FORMAT}\"")))),
        Field::Null => {
            return Err(problem(
                "format",
                expected_found(format!("\"{SCENARIO_FORMAT}\""), "null"),
            ))
        }
    }
    let text_field = |field: &Field<raw::Text>, key: &str| match field {
        Field::Value(text) => Ok(Some(text.to_string())),
        Field::Missing => Ok(None),
        Field::Null => Err(problem(key, expected_found(crate::said!("input-string"), "null"))),
    };
    let name = text_field(&document.name, "name")?;
    let notes = text_field(&document.notes, "notes")?;
    let (profile, extras, background) = match &document.profile {
        Field::Value(raw) => {
            let mut profile = validate::profile(raw, "profile", today)?;
            profile.occupations.job_offer = validate::job_offer_noc(raw, "profile", reference)?;
            let extras = validate::extras(raw, "profile", &profile, today)?;
            let background = validate::background(raw, "profile", reference)?;
            validate::permit_fits(&extras, &background, "profile")?;
            (profile, extras, background)
        }
        Field::Missing => return Err(problem("profile", missing(crate::said!("input-profile-object")))),
        Field::Null => {
            return Err(problem(
                "profile",
                expected_found(crate::said!("input-profile-object"), "null"),
            ))
        }
    };
    Ok(Scenario {
        name,
        notes,
        profile,
        extras,
        background,
    })
}

/// Turns serde's wording into the path + expectation form used everywhere,
/// in the language in use.
fn explain_serde_error(error: &serde_path_to_error::Error<serde_json::Error>) -> (String, Said) {
    let inner = error.inner();
    let path = clean_path(&error.path().to_string());
    let message = crate::error::without_position(&inner.to_string());
    if inner.is_syntax() || inner.is_eof() {
        return (path, crate::error::broken_json(inner));
    }
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let given = rest.split('`').next().unwrap_or_default();
        let keys: Vec<String> = rest
            .split_once("`, ")
            .map(|(_, expected)| expected.replace('`', ""))
            .map(|expected| {
                let list = expected
                    .strip_prefix("expected one of ")
                    .or_else(|| expected.strip_prefix("expected "))
                    .unwrap_or_default()
                    .to_string();
                list.split(", ").map(str::to_string).collect()
            })
            .unwrap_or_default();
        let guess = crate::error::closest(given, &keys).map(str::to_string);
        let expected = match rest
            .split_once("`, ")
            .map(|(_, expected)| expected.replace('`', ""))
        {
            Some(expected) => match expected.strip_prefix("expected one of ") {
                Some(keys) => crate::said!(
                    "input-expected",
                    expected = crate::error::one_of(keys.split(", "))
                ),
                None => match expected.strip_prefix("expected ") {
                    Some(key) => crate::said!("input-expected", expected = key),
                    None => crate::said!("input-no-fields-here"),
                },
            },
            None => crate::said!("input-no-fields-here"),
        };
        let said = crate::said!("input-unknown-field", expected = expected);
        return match guess {
            Some(key) => (path, crate::said!("input-did-you-mean", said = said, key = key)),
            None => (path, said),
        };
    }
    if let Some(rest) = message.strip_prefix("duplicate field `") {
        let key = rest.trim_end_matches('`');
        let full = if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        };
        return (full, crate::said!("input-twice"));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            let expected = match expected {
                "f64" => crate::said!("input-number"),
                "a boolean" => crate::said!("input-true-or-false"),
                "a sequence" => crate::said!("input-list"),
                "a string" => crate::said!("input-string"),
                "an object" => crate::said!("found-object"),
                other => Said::Verbatim(other.to_string()),
            };
            return (path, expected_found(expected, describe_found(found)));
        }
    }
    (path, Said::Verbatim(message))
}

/// What serde found, as the messages name it ("the number 5", "an object").
fn describe_found(found: &str) -> Said {
    let found = found.replace('`', "");
    let (kind, value) = found.split_once(' ').unwrap_or((found.as_str(), ""));
    match kind {
        "map" => crate::said!("found-object"),
        "sequence" => crate::said!("found-array"),
        "null" | "unit" => Said::from("null"),
        "floating" | "integer" => crate::said!(
            "found-number",
            value = value.trim_start_matches("point ").to_string()
        ),
        "string" => crate::said!("found-text", value = value),
        "boolean" => Said::from(value),
        _ => Said::Verbatim(found.clone()),
    }
}

/// serde_path_to_error writes `.` for the root and `?` for a position it could
/// not name; neither helps a reader.
fn clean_path(path: &str) -> String {
    path.split('.')
        .filter(|segment| !segment.is_empty() && *segment != "?")
        .collect::<Vec<_>>()
        .join(".")
}

#[cfg(test)]
mod fast_path_tests {
    use super::*;

    #[test]
    fn valid_input_parses_on_the_fast_path() {
        let text = include_str!("../../assets/examples/baseline.json");
        let result = serde_json::from_str::<Object<SerdeDocument>>(text);
        assert!(result.is_ok(), "{:?}", result.err());
    }
}

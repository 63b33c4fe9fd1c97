//! One shape for input that cannot be used, wherever it comes from (a
//! scenario, a rules file, an effort table, IRCC's feed, a reference data
//! file): which file, where in it, and what was expected there.

use std::fmt;

use crate::said::Said;

#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    /// The file as the user named it; empty while a parser does not know it
    /// yet (see `in_file`), or for input with no file (`--batch` lines).
    pub file: String,
    /// Dotted field path (`profile.work[1].to`, `core.age[3]`); empty when
    /// the problem is with the input as a whole.
    pub path: String,
    /// What was expected, and what was found: kept as facts, worded when
    /// shown (in English in JSON, in the reader's language elsewhere).
    pub problem: Said,
}

impl InputError {
    pub fn new(file: impl Into<String>, path: impl Into<String>, problem: impl Into<Said>) -> Self {
        InputError {
            file: file.into(),
            path: path.into(),
            problem: problem.into(),
        }
    }

    /// A problem found before the file's name is known.
    pub fn at(path: impl Into<String>, problem: impl Into<Said>) -> Self {
        InputError::new("", path, problem)
    }

    /// The same problem, in `file`.
    pub fn in_file(self, file: impl Into<String>) -> Self {
        InputError {
            file: file.into(),
            ..self
        }
    }

    /// The message without the file name, for places that already say which
    /// input it was (a line of `--batch`).
    pub fn detail(&self) -> String {
        if self.path.is_empty() {
            self.problem.to_string()
        } else {
            format!("{}: {}", self.path, self.problem)
        }
    }
}

/// The whole refusal as facts: "file: path: problem" once worded.
impl From<InputError> for Said {
    fn from(error: InputError) -> Self {
        let mut said = error.problem;
        if !error.path.is_empty() {
            said = said.at(error.path);
        }
        if !error.file.is_empty() {
            said = said.at(error.file);
        }
        said
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.file.is_empty() {
            write!(f, "{}: ", self.file)?;
        }
        f.write_str(&self.detail())
    }
}

impl std::error::Error for InputError {}

/// "expected X, found Y", in the language in use: the one shape every
/// input problem is told in.
pub fn expected_found(expected: impl Into<Said>, found: impl Into<Said>) -> Said {
    crate::said!(
        "input-expected-found",
        expected = expected.into(),
        found = found.into()
    )
}

/// A required field that is not there.
pub fn missing(expected: impl Into<Said>) -> Said {
    crate::said!("input-missing", expected = expected.into())
}

/// "one of a, b, c": the keys a field accepts.
pub fn one_of<'k>(keys: impl IntoIterator<Item = &'k str>) -> Said {
    let keys: Vec<&str> = keys.into_iter().collect();
    crate::said!("input-one-of", keys = keys.join(", "))
}

/// "whole years from 0 to 70": a whole number in a range.
pub fn in_range(what: impl Into<Said>, min: impl Into<i64>, max: impl Into<i64>) -> Said {
    crate::said!(
        "input-range",
        what = what.into(),
        min = min.into(),
        max = max.into()
    )
}

/// serde_json's words for broken JSON, in the language in use; a wording
/// not known here is passed on as it is.
pub fn json_syntax(message: &str) -> Said {
    let id = match message {
        "EOF while parsing a list" => "json-eof-list",
        "EOF while parsing an object" => "json-eof-object",
        "EOF while parsing a string" => "json-eof-string",
        "EOF while parsing a value" => "json-eof-value",
        "expected `:`" => "json-expected-colon",
        "expected `,` or `]`" => "json-expected-comma-bracket",
        "expected `,` or `}`" => "json-expected-comma-brace",
        "expected value" => "json-expected-value",
        "expected ident" => "json-expected-ident",
        "key must be a string" => "json-key-string",
        "trailing comma" => "json-trailing-comma",
        "trailing characters" => "json-trailing",
        "invalid number" => "json-invalid-number",
        "number out of range" => "json-number-range",
        "invalid escape" => "json-invalid-escape",
        "control character (\\u0000-\\u001F) found while parsing a string" => "json-control-character",
        _ => return Said::Verbatim(message.to_string()),
    };
    Said::message(id, Vec::new())
}

/// serde_json appends "at line L column C", which means nothing to someone
/// reading a path; the path (or the line and column said apart) says where.
pub fn without_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

/// serde's words for a value of the wrong kind ("invalid type: string
/// \"x\", expected u16", "invalid length 0, expected struct RawRuleSet with
/// 10 elements") in the words the rest of the program uses.
pub fn serde_words(message: &str) -> Said {
    let expected = |kind: &str| match kind {
        "u8" => crate::said!("input-whole-number-to", max = "255"),
        "u16" => crate::said!("input-whole-points-to", max = "65535"),
        "u32" | "u64" | "usize" => crate::said!("input-whole-number"),
        "f64" | "f32" => crate::said!("input-number"),
        "a string" => crate::said!("input-string"),
        kind if kind.starts_with("struct ") || kind.starts_with("a map") => crate::said!("found-object"),
        kind if kind.starts_with("a sequence") => crate::said!("input-list"),
        other => Said::Verbatim(other.to_string()),
    };
    if let Some(rest) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
    {
        if let Some((found, kind)) = rest.split_once(", expected ") {
            return crate::error::expected_found(expected(kind), found.replace('`', ""));
        }
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        if let Some((_, kind)) = rest.split_once(", expected ") {
            let kind = kind.split(" with ").next().unwrap_or(kind);
            return crate::error::expected_found(expected(kind), crate::said!("input-list"));
        }
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return crate::said!("input-missing-field", field = field.replace('`', "\""));
    }
    Said::Verbatim(message.replace('`', "\""))
}

/// Broken JSON, and where it broke: "not valid JSON: trailing comma (line
/// 3, column 7)".
pub fn broken_json(error: &serde_json::Error) -> Said {
    crate::said!(
        "input-not-json",
        problem = json_syntax(&without_position(&error.to_string())),
        line = error.line().to_string(),
        column = error.column().to_string()
    )
}

/// Text after the one JSON value a file holds.
pub fn text_after_json(error: &serde_json::Error) -> Said {
    crate::said!(
        "input-not-json",
        problem = crate::said!("json-trailing"),
        line = error.line().to_string(),
        column = error.column().to_string()
    )
}

/// What serde_json found wrong in a file, in the program's words: broken
/// JSON with its line and column, or a value of the wrong kind.
pub fn serde_problem(error: &serde_json::Error) -> Said {
    if error.is_syntax() || error.is_eof() {
        broken_json(error)
    } else {
        serde_words(&without_position(&error.to_string()))
    }
}

/// One JSON value read into `T`, or the key path at fault ("params.doubt",
/// empty for the whole text) and the problem in the program's words.
pub fn from_json_path<'a, T: serde::Deserialize<'a>>(text: &'a str) -> Result<T, (String, Said)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Most text read is valid: read it at full speed, and only a text that
    // fails is read again keeping the path, to say where.
    if let Ok(value) = serde_json::from_str(text) {
        return Ok(value);
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let path = if path == "." { String::new() } else { path };
        (path, serde_problem(&inner))
    })?;
    deserializer
        .end()
        .map_err(|e| (String::new(), text_after_json(&e)))?;
    Ok(value)
}

/// The key a mistyped name most likely meant: one it begins (`health`), or
/// one at most two edits away (`frnch`), the nearest first.
pub fn closest<'k>(given: &str, keys: &'k [impl AsRef<str>]) -> Option<&'k str> {
    let keys = keys.iter().map(AsRef::as_ref);
    if given.len() >= 3 {
        if let Some(key) = keys.clone().find(|key| key.starts_with(given)) {
            return Some(key);
        }
    }
    keys.map(|key| (edit_distance(given, key), key))
        .filter(|(distance, key)| *distance <= 2 && *distance < key.chars().count())
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, key)| key)
}

/// Levenshtein distance, by characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod closest_tests {
    use super::*;

    #[test]
    fn edit_distances_and_guesses() {
        assert_eq!(edit_distance("frnch", "french"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
        let keys = ["birth_date", "age", "education"];
        assert_eq!(closest("birthdate", &keys), Some("birth_date"));
        assert_eq!(closest("educ", &keys), Some("education"));
        assert_eq!(closest("zzz", &keys), None);
    }
}

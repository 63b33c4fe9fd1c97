use std::fmt;

/// Why a scenario could not be read: the file, the field path and what was
/// expected, in one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioError {
    /// The file name as the user gave it (`<stdin>` for standard input).
    pub source: String,
    /// Dotted field path (`profile.first_language.reading`); empty when the
    /// problem is with the file as a whole.
    pub path: String,
    pub problem: String,
}

impl ScenarioError {
    pub fn new(source: &str, path: impl Into<String>, problem: impl Into<String>) -> Self {
        ScenarioError {
            source: source.to_string(),
            path: path.into(),
            problem: problem.into(),
        }
    }

    /// The message without the file name, for places that already say which
    /// input it was (a line of `--batch`).
    pub fn detail(&self) -> String {
        if self.path.is_empty() {
            self.problem.clone()
        } else {
            format!("{}: {}", self.path, self.problem)
        }
    }
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.source, self.detail())
    }
}

impl std::error::Error for ScenarioError {}

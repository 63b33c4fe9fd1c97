//! One shape for input that cannot be used, wherever it comes from (a
//! scenario, a rules file, an effort table, IRCC's feed, a reference data
//! file): which file, where in it, and what was expected there.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The file as the user named it; empty while a parser does not know it
    /// yet (see `in_file`), or for input with no file (`--batch` lines).
    pub file: String,
    /// Dotted field path (`profile.work[1].to`, `core.age[3]`); empty when
    /// the problem is with the input as a whole.
    pub path: String,
    /// What was expected, and what was found.
    pub problem: String,
}

impl InputError {
    pub fn new(file: impl Into<String>, path: impl Into<String>, problem: impl Into<String>) -> Self {
        InputError {
            file: file.into(),
            path: path.into(),
            problem: problem.into(),
        }
    }

    /// A problem found before the file's name is known.
    pub fn at(path: impl Into<String>, problem: impl Into<String>) -> Self {
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
            self.problem.clone()
        } else {
            format!("{}: {}", self.path, self.problem)
        }
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

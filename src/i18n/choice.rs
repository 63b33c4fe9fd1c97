//! Which language to speak: `--lang`, then `CRS_PLANNER_LANG`, then the
//! choice remembered from the planner's switch key, then the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`), then English.
//!
//! The remembered choice comes before the locale: someone who switched the
//! planner to French on an English desktop meant it, and would otherwise
//! lose it at every start.

/// The variable that chooses the language, short of `--lang`.
pub const LANG_VAR: &str = "CRS_PLANNER_LANG";

/// Where the language in use came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Flag,
    Variable,
    Remembered,
    Locale,
    Default,
}

/// The language part of a POSIX locale: "fr_CA.UTF-8" -> "fr"; "C" and
/// "POSIX" are English.
pub fn locale_language(locale: &str) -> Option<String> {
    let language = locale
        .split(['_', '.', '@', '-'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    match language.as_str() {
        "" => None,
        "c" | "posix" => Some("en".to_string()),
        _ => Some(language),
    }
}

/// The character set a locale names when it is not UTF-8 ("ISO-8859-1" in
/// `fr_CA.ISO-8859-1`); `None` for UTF-8 or a locale that names none. The
/// locale that decides is the first set of LC_ALL, LC_CTYPE and LANG.
pub fn non_utf8_charset(variable: &dyn Fn(&str) -> Option<String>) -> Option<String> {
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .into_iter()
        .find_map(|name| variable(name).filter(|value| !value.is_empty()))?;
    let charset = locale.split_once('.')?.1.split('@').next()?.to_string();
    let plain: String = charset
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    (plain != "utf8").then_some(charset)
}

/// The language to speak, among `available`, and where the choice came
/// from. A `--lang` that names no catalogue is refused (the caller says
/// so); a variable or remembered choice that names none is passed over.
pub fn choose(
    flag: Option<&str>,
    variable: &dyn Fn(&str) -> Option<String>,
    remembered: Option<&str>,
    available: &[String],
) -> Result<(String, Choice), String> {
    let known = |code: &str| available.iter().any(|a| a == code);
    if let Some(flag) = flag {
        let code = flag.trim().to_ascii_lowercase();
        return if known(&code) {
            Ok((code, Choice::Flag))
        } else {
            Err(code)
        };
    }
    if let Some(code) = variable(LANG_VAR).and_then(|v| locale_language(&v)) {
        if known(&code) {
            return Ok((code, Choice::Variable));
        }
    }
    if let Some(code) = remembered.filter(|code| known(code)) {
        return Ok((code.to_string(), Choice::Remembered));
    }
    // The first of these that is set is the locale for messages, as the
    // C library decides it.
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| variable(name).filter(|value| !value.is_empty()));
    if let Some(code) = locale.and_then(|l| locale_language(&l)) {
        if known(&code) {
            return Ok((code, Choice::Locale));
        }
    }
    Ok(("en".to_string(), Choice::Default))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn available() -> Vec<String> {
        vec!["en".to_string(), "fr".to_string()]
    }

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
    }

    /// The flag, the variables, the remembered choice; what is chosen.
    type Case<'a> = (
        Option<&'a str>,
        &'a [(&'a str, &'a str)],
        Option<&'a str>,
        &'a str,
        Choice,
    );

    #[test]
    fn the_choice_goes_flag_variable_remembered_locale_english() {
        let all = [(LANG_VAR, "en"), ("LC_ALL", "fr_CA.UTF-8")];
        let cases: &[Case] = &[
            (Some("fr"), &all, Some("en"), "fr", Choice::Flag),
            (Some("FR"), &[], None, "fr", Choice::Flag),
            (None, &all, Some("fr"), "en", Choice::Variable),
            (
                None,
                &[(LANG_VAR, "de"), ("LANG", "fr_FR.UTF-8")],
                None,
                "fr",
                Choice::Locale,
            ),
            (
                None,
                &[("LANG", "en_CA.UTF-8")],
                Some("fr"),
                "fr",
                Choice::Remembered,
            ),
            (None, &[("LANG", "fr_CA.UTF-8")], Some("xx"), "fr", Choice::Locale),
            (
                None,
                &[("LC_ALL", "C"), ("LANG", "fr_CA.UTF-8")],
                None,
                "en",
                Choice::Locale,
            ),
            (
                None,
                &[("LC_ALL", ""), ("LC_MESSAGES", "fr_BE@euro")],
                None,
                "fr",
                Choice::Locale,
            ),
            (None, &[("LANG", "de_DE.UTF-8")], None, "en", Choice::Default),
            (None, &[], None, "en", Choice::Default),
        ];
        for (flag, vars, remembered, code, choice) in cases {
            let got = choose(*flag, &env(vars), *remembered, &available()).unwrap();
            assert_eq!(
                got,
                (code.to_string(), *choice),
                "{flag:?} {vars:?} {remembered:?}"
            );
        }
        assert_eq!(
            choose(Some("de"), &env(&[]), None, &available()),
            Err("de".to_string())
        );
    }
}

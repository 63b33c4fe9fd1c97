//! The command line's own words in the language in use: each command's and
//! option's help, clap's headings, and the mistakes clap refuses. English
//! is what the doc comments say; another language takes every text from
//! its catalogue, so `--help` and a mistyped option read in that language.

use std::ffi::OsString;
use std::io::Write as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use crate::i18n::{message, speaks};
use crate::t;

/// The help of each command ("" is the program, `*` any command) and of
/// each argument (by its id; "" for the command itself).
const TEXTS: &[(&str, &str, &str)] = &[
    ("", "", "clap-about"),
    ("*", "lang", "clap-lang"),
    ("*", "as_of", "clap-as-of"),
    ("*", "rules", "clap-rules"),
    ("*", "json", "clap-json"),
    ("*", "batch", "clap-batch"),
    ("score", "", "clap-score"),
    ("score", "file", "clap-score-file"),
    ("score", "json", "clap-score-json"),
    ("score", "versus", "clap-score-versus"),
    ("open", "", "clap-open"),
    ("open", "file", "clap-open-file"),
    ("plan", "", "clap-plan"),
    ("plan", "file", "clap-plan-file"),
    ("plan", "target", "clap-plan-target"),
    ("plan", "target_category", "clap-plan-target-category"),
    ("plan", "effort", "clap-plan-effort"),
    ("plan", "all", "clap-plan-all"),
    ("plan", "chance", "clap-plan-chance"),
    ("plan", "within", "clap-plan-within"),
    ("plan", "by", "clap-plan-by"),
    ("timeline", "", "clap-timeline"),
    ("timeline", "file", "clap-timeline-file"),
    ("timeline", "from", "clap-timeline-from"),
    ("timeline", "months", "clap-timeline-months"),
    ("draws", "", "clap-draws"),
    ("draws", "category", "clap-draws-category"),
    ("draws", "since", "clap-draws-since"),
    ("draws", "score", "clap-draws-score"),
    ("draws", "scenario", "clap-draws-scenario"),
    ("draws", "last", "clap-draws-last"),
    ("draws", "import", "clap-draws-import"),
    ("draws", "replace_newer", "clap-draws-replace-newer"),
    ("draws", "update", "clap-draws-update"),
    ("draws", "url", "clap-draws-url"),
    ("draws", "timeout", "clap-draws-timeout"),
    ("watch", "", "clap-watch"),
    ("watch", "file", "clap-watch-file"),
    ("watch", "no_update", "clap-watch-no-update"),
    ("watch", "url", "clap-watch-url"),
    ("watch", "timeout", "clap-watch-timeout"),
    ("watch", "notify_cmd", "clap-watch-notify-cmd"),
    ("report", "", "clap-report"),
    ("report", "file", "clap-report-file"),
    ("report", "format", "clap-report-format"),
    ("report", "out", "clap-report-out"),
    ("report", "force", "clap-report-force"),
    ("eligibility", "", "clap-eligibility"),
    ("eligibility", "file", "clap-score-file"),
    ("eligibility", "json", "clap-eligibility-json"),
    ("eligibility", "as_of", "clap-eligibility-as-of"),
    ("outlook", "", "clap-outlook"),
    ("outlook", "file", "clap-outlook-file"),
    ("outlook", "score", "clap-outlook-score"),
    ("outlook", "eligible", "clap-outlook-eligible"),
    ("outlook", "nominated", "clap-outlook-nominated"),
    ("outlook", "as_of", "clap-outlook-as-of"),
    ("outlook", "months", "clap-outlook-months"),
    ("outlook", "feed", "clap-outlook-feed"),
    ("outlook", "batch", "clap-outlook-batch"),
    ("outlook", "backtest", "clap-outlook-backtest"),
    ("outlook", "from", "clap-outlook-from"),
    ("outlook", "to", "clap-outlook-to"),
    ("outlook", "fit", "clap-outlook-fit"),
    ("outlook", "params", "clap-outlook-params"),
    ("compare", "", "clap-compare"),
    ("compare", "json", "clap-compare-json"),
    ("compare", "a", "clap-compare-a"),
    ("compare", "b", "clap-compare-b"),
    ("completions", "", "clap-completions"),
    ("completions", "shell", "clap-completions-shell"),
    ("man", "", "clap-man"),
    ("help", "", "clap-help-command"),
];

/// The catalogue's text for an argument or a command, if it has one.
pub fn text_id(command: &str, argument: &str) -> Option<&'static str> {
    TEXTS
        .iter()
        .find(|(c, a, _)| *c == command && *a == argument)
        .or_else(|| TEXTS.iter().find(|(c, a, _)| *c == "*" && *a == argument))
        .map(|(_, _, id)| *id)
}

/// `--lang` as the command line gives it, read before clap parses the rest,
/// so that clap's help and errors are already in that language.
pub fn lang_flag(args: &[OsString]) -> Option<String> {
    let mut args = args.iter().skip(1).map(|arg| arg.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            return args.next().map(|value| value.into_owned());
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_string());
        }
    }
    None
}

/// The arguments without `--lang` and its value: the language is chosen
/// before clap reads the rest, and `help plan --lang fr` must not trip over
/// an option `help` does not take.
pub fn without_lang(args: &[OsString]) -> Vec<OsString> {
    let mut kept = Vec::with_capacity(args.len());
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let text = arg.to_string_lossy();
        if text == "--" {
            kept.push(arg.clone());
            kept.extend(rest.cloned());
            break;
        }
        if text == "--lang" {
            match rest.next() {
                Some(_) => continue,
                // Left for clap to say a value is missing.
                None => kept.push(arg.clone()),
            }
        } else if !text.starts_with("--lang=") {
            kept.push(arg.clone());
        }
    }
    kept
}

/// The command line as clap shows it, in the language in use.
pub fn localized(command: Command) -> Command {
    if speaks("en") {
        return command;
    }
    let mut command = localize(command, "");
    command = command.disable_version_flag(true).arg(own_flag(
        "version",
        'V',
        ArgAction::Version,
        t!("clap-version"),
    ));
    // The help subcommand is made when the command is built: built first,
    // it can be worded like the others.
    command.build();
    command.mut_subcommand("help", |help| {
        help.about(t!("clap-help-command")).help_template(template())
    })
}

/// `-h/--help` or `-V/--version` as clap makes them, worded in the
/// language in use and listed last.
fn own_flag(name: &'static str, short: char, action: ArgAction, help: String) -> Arg {
    Arg::new(name)
        .short(short)
        .long(name)
        .action(action)
        .help(help)
        .help_heading(t!("clap-options"))
        .display_order(usize::MAX)
}

/// clap's layout with its "Usage:" in the language in use.
fn template() -> String {
    format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        t!("clap-usage")
    )
}

fn localize(command: Command, path: &str) -> Command {
    let name = path.to_string();
    let mut command = command;
    if let Some(id) = text_id(&name, "") {
        let about = message(id, &[]);
        let short = about.lines().next().unwrap_or_default().to_string();
        command = command.about(short);
        if about.contains('\n') {
            command = command.long_about(about);
        }
    }
    let arguments: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    for id in arguments {
        let name = name.clone();
        command = command.mut_arg(id.as_str(), |arg| localize_arg(arg, &name, &id));
    }
    command = command
        .help_template(template())
        .subcommand_help_heading(t!("clap-commands"))
        .subcommand_value_name(t!("clap-command"))
        .disable_help_flag(true)
        .arg(own_flag("help", 'h', ArgAction::Help, t!("clap-help")));
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for sub in subcommands {
        command = command.mut_subcommand(sub.as_str(), |c| localize(c, &sub));
    }
    command
}

fn localize_arg(arg: Arg, command: &str, id: &str) -> Arg {
    let mut help = text_id(command, id)
        .map(|id| message(id, &[]))
        .unwrap_or_default();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|value| value.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() {
        help.push_str(&format!(" [{}]", t!("clap-default", value = defaults.join(" "))));
    }
    let takes_values = arg.get_action().takes_values();
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|value| !value.is_hide_set())
        .map(|value| value.get_name().to_string())
        .collect();
    if takes_values && !possible.is_empty() {
        help.push_str(&format!(
            " [{}]",
            t!("clap-possible", values = possible.join(", "))
        ));
    }
    let heading = if arg.is_positional() {
        t!("clap-arguments")
    } else {
        t!("clap-options")
    };
    let names: Vec<String> = arg
        .get_value_names()
        .unwrap_or_default()
        .iter()
        .map(|name| match name.as_str() {
            "FILE" => t!("clap-value-file"),
            "KINDS" => t!("clap-value-kinds"),
            "LANG" => t!("clap-value-lang"),
            "SECONDS" => t!("clap-value-seconds"),
            other => other.to_string(),
        })
        .collect();
    let arg = arg.help(help.trim_start().to_string()).help_heading(heading);
    let arg = if names.is_empty() {
        arg
    } else {
        arg.value_names(names)
    };
    if takes_values {
        arg.hide_default_value(true).hide_possible_values(true)
    } else {
        arg
    }
}

/// A whole number in `min..=max` for an option, refused in the words of
/// the scenario files ("expected a whole number from 1 to 1200").
pub fn whole_between(min: u16, max: u16) -> impl Fn(&str) -> Result<u16, String> + Clone + Send + Sync {
    move |text: &str| {
        text.trim()
            .parse::<u16>()
            .ok()
            .filter(|value| (min..=max).contains(value))
            .ok_or_else(|| {
                crate::error::expected_found(
                    crate::error::in_range(crate::said!("input-whole-number"), min, max),
                    format!("{text:?}"),
                )
                .to_string()
            })
    }
}

/// A chance for an option: a fraction above 0 and at most 1 ("0.5"), or a
/// percentage ("50%").
pub fn chance_fraction(text: &str) -> Result<f64, String> {
    let trimmed = text.trim();
    let value = match trimmed.strip_suffix('%') {
        Some(percent) => crate::i18n::typed_number(percent.trim())
            .parse::<f64>()
            .ok()
            .map(|p| p / 100.0),
        None => crate::i18n::typed_number(trimmed).parse::<f64>().ok(),
    };
    value
        .filter(|p| p.is_finite() && *p > 0.0 && *p <= 1.0)
        .ok_or_else(|| {
            crate::error::expected_found(crate::said!("input-chance"), format!("{text:?}")).to_string()
        })
}

/// Shows a mistake clap found (or the help and version it was asked for)
/// and ends the program with clap's status.
pub fn exit(error: clap::Error) -> ! {
    let asked_for = matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    let said = match worded(&error) {
        Some(said) if !speaks("en") => said,
        // Help and version are clap's own text; a mistake quotes what was
        // typed, which is shown, never sent to the terminal.
        _ if asked_for => error.exit(),
        _ => error.render().to_string(),
    };
    let _ = std::io::stderr().write_all(crate::files::printable(&said, true).as_bytes());
    std::process::exit(error.exit_code());
}

fn context(error: &clap::Error, kind: ContextKind) -> String {
    match error.get(kind) {
        Some(ContextValue::String(text)) => text.clone(),
        Some(ContextValue::Strings(texts)) => texts.join(", "),
        Some(ContextValue::StyledStr(text)) => text.to_string(),
        Some(ContextValue::StyledStrs(texts)) => texts
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        Some(ContextValue::Number(number)) => number.to_string(),
        Some(ContextValue::Bool(value)) => value.to_string(),
        _ => String::new(),
    }
}

fn list(error: &clap::Error, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::String(text)) => vec![text.clone()],
        Some(ContextValue::Strings(texts)) => texts.clone(),
        _ => Vec::new(),
    }
}

/// The mistake in the language in use; `None` for what clap shows itself
/// (help, version) or a kind this does not know.
fn worded(error: &clap::Error) -> Option<String> {
    let arg = || context(error, ContextKind::InvalidArg);
    let value = || context(error, ContextKind::InvalidValue);
    let problem = match error.kind() {
        ErrorKind::UnknownArgument => t!("clap-unknown-argument", argument = arg()),
        ErrorKind::InvalidSubcommand => t!(
            "clap-unknown-command",
            command = context(error, ContextKind::InvalidSubcommand)
        ),
        ErrorKind::InvalidValue => {
            let valid = context(error, ContextKind::ValidValue);
            if value().is_empty() {
                t!("clap-value-needed", argument = arg())
            } else if valid.is_empty() {
                t!("clap-invalid-value", value = value(), argument = arg())
            } else {
                t!(
                    "clap-invalid-value-of",
                    value = value(),
                    argument = arg(),
                    valid = valid
                )
            }
        }
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(error)
                .map(ToString::to_string)
                .unwrap_or_default();
            t!("clap-value-refused", value = value(), argument = arg(), why = why)
        }
        ErrorKind::ArgumentConflict => t!(
            "clap-conflict",
            argument = arg(),
            other = context(error, ContextKind::PriorArg)
        ),
        ErrorKind::MissingRequiredArgument => t!("clap-missing", arguments = arg()),
        ErrorKind::MissingSubcommand => t!("clap-missing-command"),
        ErrorKind::TooManyValues => t!("clap-too-many", value = value(), argument = arg()),
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            t!("clap-wrong-number", argument = arg())
        }
        ErrorKind::NoEquals => t!("clap-no-equals", argument = arg()),
        ErrorKind::InvalidUtf8 => t!("clap-not-utf8"),
        _ => return None,
    };
    let mut said = format!("{}\n", t!("clap-error", problem = problem));
    let suggested = [
        (ContextKind::SuggestedSubcommand, "clap-similar-command"),
        (ContextKind::SuggestedArg, "clap-similar-argument"),
    ]
    .into_iter()
    .map(|(kind, id)| (list(error, kind), id))
    .find(|(suggestions, _)| !suggestions.is_empty());
    if let Some((suggestions, id)) = suggested {
        let quoted: Vec<String> = suggestions
            .iter()
            .map(|suggestion| t!("clap-quoted", text = suggestion))
            .collect();
        let count = crate::i18n::Arg::from(quoted.len());
        let similar = crate::i18n::Arg::from(quoted.join(", "));
        said.push_str(&format!(
            "\n  {}\n",
            message(id, &[("count", count), ("similar", similar)])
        ));
    }
    let usage = context(error, ContextKind::Usage);
    if let Some(usage) = usage.strip_prefix("Usage:") {
        said.push_str(&format!("\n{} {}\n", t!("clap-usage"), usage.trim()));
    }
    said.push_str(&format!("\n{}\n", t!("clap-more")));
    Some(said)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every command and argument, by its path: (command, argument id, help).
    fn texts(command: &Command, path: &str, out: &mut Vec<(String, String, String)>) {
        let about = command
            .get_long_about()
            .or(command.get_about())
            .map(ToString::to_string)
            .unwrap_or_default();
        out.push((path.to_string(), String::new(), about));
        for arg in command.get_arguments() {
            let id = arg.get_id().to_string();
            if id != "help" && id != "version" {
                let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
                out.push((path.to_string(), id, help));
            }
        }
        for sub in command.get_subcommands() {
            texts(sub, sub.get_name(), out);
        }
    }

    #[test]
    fn every_command_and_option_has_its_text_and_english_says_what_the_code_says() {
        crate::i18n::set_language("en");
        let mut all = Vec::new();
        texts(&super::super::Cli::command(), "", &mut all);
        let wrong: Vec<String> = all
            .iter()
            .filter(|(command, arg, help)| {
                help.is_empty() || text_id(command, arg).is_none_or(|id| message(id, &[]) != *help)
            })
            .map(|(command, arg, help)| format!("{command} {arg}: {help:?}"))
            .collect();
        assert!(wrong.is_empty(), "texts missing or unlike the code's: {wrong:#?}");
    }

    #[test]
    fn in_french_no_command_or_option_keeps_its_english_help() {
        crate::i18n::set_language("en");
        let mut english = Vec::new();
        texts(&super::super::Cli::command(), "", &mut english);
        assert!(crate::i18n::set_language("fr"));
        let mut french = Vec::new();
        texts(&localized(super::super::Cli::command()), "", &mut french);
        crate::i18n::set_language("en");
        for (command, arg, help) in &english {
            let said = french
                .iter()
                .find(|(c, a, _)| c == command && a == arg)
                .map(|(_, _, help)| help.clone())
                .unwrap_or_default();
            assert!(!said.is_empty(), "{command} {arg}: no French help");
            assert_ne!(&said, help, "{command} {arg}: the help is still in English");
        }
    }

    #[test]
    fn the_language_flag_is_found_before_clap_reads_the_rest() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_flag(&args(&["crs", "score", "--lang", "fr"])),
            Some("fr".into())
        );
        assert_eq!(
            lang_flag(&args(&["crs", "--lang=fr", "score"])),
            Some("fr".into())
        );
        assert_eq!(lang_flag(&args(&["crs", "score", "--", "--lang", "fr"])), None);
        assert_eq!(lang_flag(&args(&["crs", "score"])), None);
        assert_eq!(
            without_lang(&args(&["crs", "help", "plan", "--lang", "fr"])),
            args(&["crs", "help", "plan"])
        );
        assert_eq!(
            without_lang(&args(&["crs", "--lang=fr", "score", "--", "--lang", "x"])),
            args(&["crs", "score", "--", "--lang", "x"])
        );
        assert_eq!(without_lang(&args(&["crs", "--lang"])), args(&["crs", "--lang"]));
    }
}

//! A message's words written straight from its parsed pattern, for the
//! forms every shipped message uses: text, a variable, a string literal,
//! a select on a variable with word or number keys.
//! Fluent's resolver builds a map of arguments and tracks every placeable
//! for cycles and errors; here the arguments are read from the caller's
//! slice. Anything else (a reference, a function, a missing argument, too
//! many placeables) answers `None`, and the caller asks Fluent, so the words
//! are Fluent's in every case; a test checks both give the same bytes for
//! every shipped message.

use fluent_syntax::ast;
use intl_pluralrules::operands::PluralOperands;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use super::number::write_number;
use super::Arg;

/// Fluent stops writing after this many placeables in one message.
const MAX_PLACEABLES: usize = 100;

/// The cardinal plural rules of `language`, or English's where the rules
/// do not know it, as Fluent chooses them.
pub fn plural_rules(language: &LanguageIdentifier) -> Option<PluralRules> {
    let known = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let chosen = if known.contains(language) {
        language.clone()
    } else {
        "en".parse().ok()?
    };
    PluralRules::create(chosen, PluralRuleType::CARDINAL).ok()
}

/// `pattern` with `args`, or `None` where only Fluent can say it.
pub fn write(
    pattern: &ast::Pattern<&str>,
    args: &[(&str, Arg)],
    plurals: Option<&PluralRules>,
) -> Option<String> {
    if let [ast::PatternElement::TextElement { value }] = pattern.elements.as_slice() {
        return Some((*value).to_string());
    }
    let mut writer = Writer {
        args,
        plurals,
        out: String::new(),
        placeables: 0,
    };
    writer.pattern(pattern)?;
    Some(writer.out)
}

struct Writer<'a> {
    args: &'a [(&'a str, Arg)],
    plurals: Option<&'a PluralRules>,
    out: String,
    placeables: usize,
}

impl<'a> Writer<'a> {
    fn pattern(&mut self, pattern: &ast::Pattern<&str>) -> Option<()> {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => self.out.push_str(value),
                ast::PatternElement::Placeable { expression } => {
                    self.placeables += 1;
                    if self.placeables > MAX_PLACEABLES {
                        return None;
                    }
                    self.expression(expression)?;
                }
            }
        }
        Some(())
    }

    fn arg(&self, name: &str) -> Option<&'a Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, value)| value)
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) -> Option<()> {
        match expression {
            ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                match self.arg(id.name)? {
                    Arg::Text(text) => self.out.push_str(text),
                    Arg::Number(value) => write_number(&mut self.out, *value, 0, true),
                    Arg::Decimal(value, digits) => write_number(&mut self.out, *value, *digits, true),
                }
                Some(())
            }
            ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                self.out
                    .push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value));
                Some(())
            }
            ast::Expression::Select { selector, variants } => {
                let ast::InlineExpression::VariableReference { id } = selector else {
                    return None;
                };
                let selector = self.arg(id.name)?;
                let mut chosen = None;
                for variant in variants {
                    if self.key_matches(&variant.key, selector)? {
                        chosen = Some(variant);
                        break;
                    }
                }
                let variant = chosen.or_else(|| variants.iter().find(|v| v.default))?;
                self.pattern(&variant.value)
            }
            _ => None,
        }
    }

    /// Whether a variant's key picks `selector`, as Fluent decides: a word
    /// matches the same text or a number of that plural category; a number
    /// matches the same number written with as many decimals.
    fn key_matches(&self, key: &ast::VariantKey<&str>, selector: &Arg) -> Option<bool> {
        let word = match key {
            ast::VariantKey::Identifier { name } => *name,
            ast::VariantKey::NumberLiteral { value } => match value.parse::<f64>() {
                Ok(number) => {
                    let key_decimals = value.find('.').map(|at| value.len() - at - 1);
                    return Some(match selector {
                        Arg::Number(selected) => key_decimals.is_none() && *selected == number,
                        // A number with set decimals carries options a key
                        // never has.
                        Arg::Decimal(..) | Arg::Text(_) => false,
                    });
                }
                Err(_) => value,
            },
        };
        match selector {
            Arg::Text(text) => Some(text == word),
            Arg::Number(value) => self.is_category(word, *value, None),
            Arg::Decimal(value, digits) => self.is_category(word, *value, Some(*digits)),
        }
    }

    fn is_category(&self, word: &str, value: f64, decimals: Option<usize>) -> Option<bool> {
        let category = match word {
            "zero" => PluralCategory::ZERO,
            "one" => PluralCategory::ONE,
            "two" => PluralCategory::TWO,
            "few" => PluralCategory::FEW,
            "many" => PluralCategory::MANY,
            "other" => PluralCategory::OTHER,
            _ => return Some(false),
        };
        // Fluent panics on a number it cannot take apart (NaN); no key is
        // that number's category, so the default variant is written.
        let Ok(mut operands) = PluralOperands::try_from(value) else {
            return Some(false);
        };
        if let Some(decimals) = decimals {
            if decimals > operands.v {
                operands.f = operands
                    .f
                    .checked_mul(10_u64.checked_pow((decimals - operands.v) as u32)?)?;
                operands.v = decimals;
            }
        }
        Some(self.plurals?.select(operands).ok()? == category)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

    fn bundle(code: &str, source: &str) -> FluentBundle<FluentResource> {
        let mut bundle = super::super::catalogue::empty_bundle(code.parse().unwrap());
        bundle
            .add_resource(FluentResource::try_new(source.to_string()).expect("parses"))
            .expect("no clash");
        bundle
    }

    fn by_fluent(
        bundle: &FluentBundle<FluentResource>,
        pattern: &ast::Pattern<&str>,
        args: &[(&str, Arg)],
    ) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, super::super::catalogue::fluent_value(value));
        }
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut Vec::new())
            .into_owned()
    }

    /// Every variable of a pattern, with the keys its selects compare it to.
    fn variables<'s>(pattern: &ast::Pattern<&'s str>, found: &mut Vec<(&'s str, Vec<&'s str>)>) {
        fn note<'s>(found: &mut Vec<(&'s str, Vec<&'s str>)>, name: &'s str) -> usize {
            match found.iter().position(|(n, _)| *n == name) {
                Some(at) => at,
                None => {
                    found.push((name, Vec::new()));
                    found.len() - 1
                }
            }
        }
        for element in &pattern.elements {
            let ast::PatternElement::Placeable { expression } = element else {
                continue;
            };
            match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    note(found, id.name);
                }
                ast::Expression::Select { selector, variants } => {
                    if let ast::InlineExpression::VariableReference { id } = selector {
                        let at = note(found, id.name);
                        for variant in variants {
                            let key = match variant.key {
                                ast::VariantKey::Identifier { name } => name,
                                ast::VariantKey::NumberLiteral { value } => value,
                            };
                            found[at].1.push(key);
                        }
                    }
                    for variant in variants {
                        variables(&variant.value, found);
                    }
                }
                _ => {}
            }
        }
    }

    fn candidates(keys: &[&str]) -> Vec<Arg> {
        let mut values: Vec<Arg> = keys
            .iter()
            .map(|key| match key.parse::<f64>() {
                Ok(number) => Arg::Number(number),
                Err(_) => Arg::Text(key.to_string()),
            })
            .collect();
        values.extend([
            Arg::Text("zz".into()),
            Arg::Number(0.0),
            Arg::Number(1.0),
            Arg::Number(2.0),
            Arg::Number(1.5),
            Arg::Number(21.0),
            Arg::Number(-3.0),
            Arg::Number(1_234_567.0),
            Arg::Number(1_000_000.0),
            Arg::Decimal(1.0, 1),
            Arg::Decimal(7.5, 1),
            Arg::Decimal(0.0, 2),
            Arg::Decimal(1234.5, 2),
        ]);
        values
    }

    #[test]
    fn every_shipped_message_is_written_as_fluent_writes_it() {
        let mut compared = 0;
        for (code, source) in super::super::SHIPPED {
            let bundle = bundle(code, source);
            let language: LanguageIdentifier = code.parse().unwrap();
            let plurals = plural_rules(&language);
            let resource = FluentResource::try_new(source.to_string()).expect("parses");
            for entry in resource.entries() {
                let ast::Entry::Message(message) = entry else {
                    continue;
                };
                let patterns = message
                    .value
                    .iter()
                    .chain(message.attributes.iter().map(|a| &a.value));
                for pattern in patterns {
                    let mut found = Vec::new();
                    variables(pattern, &mut found);
                    let values: Vec<Vec<Arg>> = found.iter().map(|(_, keys)| candidates(keys)).collect();
                    let longest = values.iter().map(Vec::len).max().unwrap_or(1);
                    // Each variable through all its values, the others at
                    // their n-th, so selects inside selects are reached.
                    for turn in 0..longest {
                        for moving in 0..found.len().max(1) {
                            for value in 0..values.get(moving).map_or(1, Vec::len) {
                                let args: Vec<(&str, Arg)> = found
                                    .iter()
                                    .enumerate()
                                    .map(|(at, (name, _))| {
                                        let choices = &values[at];
                                        let pick = if at == moving { value } else { turn % choices.len() };
                                        (*name, choices[pick].clone())
                                    })
                                    .collect();
                                let fast = write(pattern, &args, plurals.as_ref());
                                assert_eq!(
                                    fast.as_deref(),
                                    Some(by_fluent(&bundle, pattern, &args).as_str()),
                                    "{code} {}: {args:?}",
                                    message.id.name
                                );
                                compared += 1;
                            }
                        }
                    }
                    // Without one argument, Fluent writes the error: the fast
                    // path steps aside.
                    if let Some((missing, _)) = found.first() {
                        let args: Vec<(&str, Arg)> = found
                            .iter()
                            .skip(1)
                            .map(|(name, keys)| (*name, candidates(keys)[0].clone()))
                            .collect();
                        let _ = missing;
                        if found.iter().any(|(name, _)| !args.iter().any(|(n, _)| n == name)) {
                            assert_eq!(
                                write(pattern, &args, plurals.as_ref()),
                                None,
                                "{code} {}",
                                message.id.name
                            );
                        }
                    }
                }
            }
        }
        assert!(compared > 10_000, "{compared} messages compared");
    }

    #[test]
    fn what_only_fluent_can_say_is_left_to_it() {
        let source =
            "fn = { NUMBER($n) }\nref = { other }\nother = x\nterm = { -t }\n-t = y\nliteral = { 5 }\n";
        let resource = FluentResource::try_new(source.to_string()).expect("parses");
        let plurals = plural_rules(&"en".parse().unwrap());
        for entry in resource.entries() {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            if let Some(pattern) = &message.value {
                if message.id.name != "other" {
                    let args = [("n", Arg::Number(1.0))];
                    assert_eq!(
                        write(pattern, &args, plurals.as_ref()),
                        None,
                        "{}",
                        message.id.name
                    );
                }
            }
        }
    }

    #[test]
    fn languages_without_rules_of_their_own_count_as_english_does() {
        let unknown = plural_rules(&"zzz".parse().unwrap()).expect("English rules");
        assert_eq!(unknown.select(1.0), Ok(PluralCategory::ONE));
        assert_eq!(unknown.select(2.0), Ok(PluralCategory::OTHER));
        let french = plural_rules(&"fr".parse().unwrap()).expect("French rules");
        assert_eq!(french.select(1.5), Ok(PluralCategory::ONE));
    }
}

//! Numbers written the way the language in use writes them: "1,200" and
//! "7.5" in English, "1 200" (a no-break space) and "7,5" in French. Each
//! catalogue states its own separators, so an added language brings its own.

use std::cell::RefCell;

/// How a language writes numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conventions {
    /// Between groups of three digits, from 1,000 up.
    pub group: String,
    /// Before the decimals.
    pub decimal: String,
}

impl Default for Conventions {
    fn default() -> Self {
        Conventions {
            group: ",".to_string(),
            decimal: ".".to_string(),
        }
    }
}

thread_local! {
    static CONVENTIONS: RefCell<Conventions> = RefCell::new(Conventions::default());
}

pub(super) fn set_conventions(conventions: &Conventions) {
    CONVENTIONS.with(|slot| *slot.borrow_mut() = conventions.clone());
}

/// A number as a person typed it, in the form `str::parse` reads: the
/// language's decimal separator becomes a point ("8,5" in French is 8.5),
/// and its group separator is dropped ("45 000", "45,000").
pub fn typed_number(text: &str) -> String {
    CONVENTIONS.with(|slot| {
        let conventions = slot.borrow();
        let decimal = conventions.decimal.chars().next().unwrap_or('.');
        let group = conventions.group.chars().next().unwrap_or(',');
        text.chars()
            .filter(|&c| c != group && !(c.is_whitespace() && group.is_whitespace()))
            .map(|c| if c == decimal { '.' } else { c })
            .collect()
    })
}

/// A whole number, grouped: 229100 -> "229,100" or "229 100".
pub fn number(value: impl Into<i64>) -> String {
    format_number(value.into() as f64, 0, true)
}

/// A number with `digits` decimals: (0.834, 2) -> "0.83" or "0,83".
pub fn decimal(value: f64, digits: usize) -> String {
    format_number(value, digits, true)
}

/// The one way numbers are written, from messages and from tables alike.
pub(super) fn format_number(value: f64, digits: usize, grouping: bool) -> String {
    let mut out = String::new();
    write_number(&mut out, value, digits, grouping);
    out
}

/// [`format_number`] added to `out`, with no text made on the way for a
/// whole number (nearly every number a message holds).
pub(super) fn write_number(out: &mut String, value: f64, digits: usize, grouping: bool) {
    if !value.is_finite() {
        out.push_str(&value.to_string());
        return;
    }
    let mut whole_digits = [0u8; 20];
    let slow;
    // Whole numbers (counts, hours, dollars) are written as integers; a
    // float's exact formatting is many times slower and gives the same
    // digits.
    let (whole, fraction, nonzero): (&[u8], Option<&str>, bool) =
        if value.fract() == 0.0 && value.abs() < 9.0e15 {
            let nonzero = value != 0.0;
            (
                decimal_digits(value.abs() as u64, &mut whole_digits),
                (digits > 0).then_some(""),
                nonzero,
            )
        } else {
            slow = format!("{:.*}", digits, value.abs());
            let nonzero = slow.bytes().any(|b| b.is_ascii_digit() && b != b'0');
            match slow.split_once('.') {
                Some((whole, fraction)) => (whole.as_bytes(), Some(fraction), nonzero),
                None => (slow.as_bytes(), None, nonzero),
            }
        };
    CONVENTIONS.with(|slot| {
        let conventions = slot.borrow();
        // "-0" is not a number anyone writes.
        if value < 0.0 && nonzero {
            out.push('-');
        }
        for (i, &digit) in whole.iter().enumerate() {
            if grouping && whole.len() > 3 && i > 0 && (whole.len() - i).is_multiple_of(3) {
                out.push_str(&conventions.group);
            }
            out.push(digit as char);
        }
        if let Some(fraction) = fraction {
            out.push_str(&conventions.decimal);
            out.push_str(fraction);
            if fraction.is_empty() {
                out.extend(std::iter::repeat_n('0', digits));
            }
        }
    })
}

/// The decimal digits of `value`, written at the end of `buffer`.
pub fn decimal_digits(value: u64, buffer: &mut [u8; 20]) -> &[u8] {
    let mut at = buffer.len();
    let mut left = value;
    loop {
        at -= 1;
        buffer[at] = b'0' + (left % 10) as u8;
        left /= 10;
        if left == 0 {
            break;
        }
    }
    &buffer[at..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_and_pointed_as_the_conventions_say() {
        set_conventions(&Conventions::default());
        assert_eq!(number(0), "0");
        assert_eq!(number(999), "999");
        assert_eq!(number(1200), "1,200");
        assert_eq!(number(229_100), "229,100");
        assert_eq!(number(-1_234_567), "-1,234,567");
        assert_eq!(decimal(7.5, 1), "7.5");
        assert_eq!(decimal(-0.0004, 2), "0.00");
        set_conventions(&Conventions {
            group: "\u{a0}".to_string(),
            decimal: ",".to_string(),
        });
        assert_eq!(number(1200), "1\u{a0}200");
        assert_eq!(decimal(1234.5, 2), "1\u{a0}234,50");
        set_conventions(&Conventions::default());
    }

    #[test]
    fn whole_numbers_take_the_short_way_and_write_the_same_digits() {
        set_conventions(&Conventions::default());
        for value in [
            0.0f64,
            1.0,
            7.0,
            12.0,
            999.0,
            1234.0,
            15_263.0,
            1e6,
            123_456_789.0,
            -5.0,
            -0.0,
            8.9e15,
        ] {
            for digits in 0..4 {
                let exact = format!("{:.*}", digits, value.abs());
                let grouped_off = format_number(value, digits, false);
                let sign = if value < 0.0 && value != 0.0 { "-" } else { "" };
                assert_eq!(
                    grouped_off,
                    format!("{sign}{exact}"),
                    "{value} with {digits} digits"
                );
            }
        }
        // Not whole, or too large for the short way: the exact way.
        assert_eq!(format_number(2.5, 0, false), format!("{:.0}", 2.5));
        assert_eq!(format_number(1e16, 0, false), format!("{:.0}", 1e16));
    }
}

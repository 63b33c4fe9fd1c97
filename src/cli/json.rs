//! The JSON shape of a score, as `score --json` and `score --batch` print it.
//! Scripts rely on it: add fields, never rename or remove them.

use serde::Serialize;

use crate::engine::{Abilities, Breakdown, Factor, FactorRow, Section};

#[derive(Serialize)]
pub struct ScoreJson<'a> {
    pub total: u16,
    pub core: u16,
    pub spouse: u16,
    pub transferability: u16,
    pub additional: u16,
    pub rules: &'a str,
    pub factors: Vec<FactorJson>,
    /// The CLB/NCLC level each result converted to.
    pub levels: LevelsJson,
    /// Language results expired or about to expire on the scoring date.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// Where the total stands (`score --json`; batch lines leave it out).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<ZoneJson>,
}

#[derive(Serialize)]
pub struct ZoneJson {
    /// "500+", "470-499", "450-469" or "below 450".
    pub range: &'static str,
    pub advice: &'static str,
}

#[derive(Serialize, Clone, Copy)]
pub struct FactorJson {
    pub section: &'static str,
    pub factor: &'static str,
    pub points: i32,
    pub max: u16,
}

#[derive(Serialize)]
pub struct LevelsJson {
    pub first_language: AbilitiesJson,
    pub second_language: Option<AbilitiesJson>,
    pub spouse_language: Option<AbilitiesJson>,
}

#[derive(Serialize)]
pub struct AbilitiesJson {
    pub listening: u8,
    pub reading: u8,
    pub writing: u8,
    pub speaking: u8,
}

impl From<Abilities<u8>> for AbilitiesJson {
    fn from(levels: Abilities<u8>) -> Self {
        let [listening, reading, writing, speaking] = levels.0;
        AbilitiesJson {
            listening,
            reading,
            writing,
            speaking,
        }
    }
}

impl<'a> From<&Breakdown<'a>> for ScoreJson<'a> {
    fn from(breakdown: &Breakdown<'a>) -> Self {
        let factors = breakdown
            .rows
            .iter()
            .filter(|row| shown(breakdown, row))
            .map(|row| FactorJson {
                section: row.factor.section().key(),
                factor: row.factor.key(),
                points: row.points,
                max: row.max,
            })
            .collect();
        ScoreJson {
            total: breakdown.total,
            core: breakdown.section(Section::Core),
            spouse: breakdown.section(Section::Spouse),
            transferability: breakdown.section(Section::Transferability),
            additional: breakdown.section(Section::Additional),
            rules: breakdown.rules.id(),
            factors,
            levels: LevelsJson {
                first_language: breakdown.levels.first.into(),
                second_language: breakdown.levels.second.map(Into::into),
                spouse_language: breakdown.levels.spouse.map(Into::into),
            },
            warnings: Vec::new(),
            zone: None,
        }
    }
}

/// Whether JSON has the row: occupation rows only under a rule set with
/// occupation-based factors, so that a score under the official rule sets
/// keeps its shape.
fn shown(breakdown: &Breakdown, row: &FactorRow) -> bool {
    !matches!(row.factor, Factor::Occupation(_)) || breakdown.rules.has_occupation_factors()
}

/// A line of `--batch` that could not be scored.
#[derive(Serialize)]
pub struct LineErrorJson<'a> {
    pub line: u64,
    pub error: &'a str,
}

/// Writes a score as compact JSON, byte for byte what `serde_json::to_writer`
/// writes for `ScoreJson { warnings, ..ScoreJson::from(breakdown) }`, at the
/// end of `out`.
pub fn write_compact(breakdown: &Breakdown, warnings: &[String], out: &mut Vec<u8>) {
    let start = out.len();
    out.resize(start + MAX_COMPACT_LINE, 0);
    let mut line = Cursor {
        buffer: &mut out[start..],
        at: 0,
    };
    let written = if warnings.is_empty() && line.score(breakdown) {
        line.at
    } else {
        0
    };
    out.truncate(start + written);
    if written == 0 {
        let json = ScoreJson {
            warnings: warnings.to_vec(),
            ..ScoreJson::from(breakdown)
        };
        serde_json::to_writer(&mut *out, &json).expect("writing JSON to memory cannot fail");
    }
}

/// Room enough for any line `Cursor::score` writes; a longer one goes through serde.
pub const MAX_COMPACT_LINE: usize = 4096;

/// Writes score lines into a buffer made ready beforehand, so the fixed text
/// between the numbers goes in as copies of known size and the numbers from
/// a table, with no per-byte escaping checks and no growth checks.
/// `score --batch` prints one line per input line; this is most of its work.
pub struct Cursor<'b> {
    pub buffer: &'b mut [u8],
    pub at: usize,
}

/// A piece of fixed text, padded to a block that is always copied whole.
struct Piece {
    block: [u8; PIECE],
    length: usize,
}

const PIECE: usize = 128;

impl Piece {
    fn new(text: &str) -> Option<Piece> {
        let mut block = [0; PIECE];
        block.get_mut(..text.len())?.copy_from_slice(text.as_bytes());
        Some(Piece {
            block,
            length: text.len(),
        })
    }
}

impl Cursor<'_> {
    #[inline(always)]
    fn put<const N: usize>(&mut self, bytes: &[u8; N]) {
        self.buffer[self.at..self.at + N].copy_from_slice(bytes);
        self.at += N;
    }

    #[inline(always)]
    fn put_piece(&mut self, piece: &Piece) {
        // A copy of a whole array of known size, done inline; a slice copy
        // of the same length calls `memcpy`, which costs more for so little.
        let slot: &mut [u8; PIECE] = (&mut self.buffer[self.at..self.at + PIECE])
            .try_into()
            .expect("a slice of PIECE bytes");
        *slot = piece.block;
        self.at += piece.length;
    }

    /// A whole number in decimal: below 1000 (every score) from a table,
    /// as one four-byte copy; anything else through the formatter.
    #[inline(always)]
    fn number(&mut self, value: i32) {
        match usize::try_from(value) {
            Ok(small) if small < 1000 => {
                let (digits, length) = DECIMALS[small];
                self.buffer[self.at..self.at + 4].copy_from_slice(&digits);
                self.at += length as usize;
            }
            _ => {
                let text = value.to_string();
                self.buffer[self.at..self.at + text.len()].copy_from_slice(text.as_bytes());
                self.at += text.len();
            }
        }
    }

    /// Writes the line, or returns `false` (having written a part) when it
    /// must go through serde: a rule set id that needs more room, or a
    /// buffer shorter than `MAX_COMPACT_LINE`.
    pub fn score(&mut self, breakdown: &Breakdown) -> bool {
        // Occupation rows vary in number: serde writes those lines.
        if self.buffer.len() < MAX_COMPACT_LINE || breakdown.rules.has_occupation_factors() {
            return false;
        }
        self.put(b"{\"total\":");
        self.number(breakdown.total.into());
        self.put(b",\"core\":");
        self.number(breakdown.section(Section::Core).into());
        self.put(b",\"spouse\":");
        self.number(breakdown.section(Section::Spouse).into());
        self.put(b",\"transferability\":");
        self.number(breakdown.section(Section::Transferability).into());
        self.put(b",\"additional\":");
        self.number(breakdown.section(Section::Additional).into());
        // The fixed text around the rows depends only on the rule set and
        // the maxima; one piece covers all of it between two numbers.
        let rows = &breakdown.rows;
        let written = TEMPLATES.with(|cell| {
            let mut templates = cell.borrow_mut();
            let index = match templates.iter().position(|template| template.fits(breakdown)) {
                Some(index) => index,
                None => {
                    let Some(template) = Template::new(breakdown) else {
                        return false;
                    };
                    // A handful covers a run: one rule set, with and without a spouse.
                    if templates.len() == KEPT_TEMPLATES {
                        templates.remove(0);
                    }
                    templates.push(template);
                    templates.len() - 1
                }
            };
            let template = &templates[index];
            self.put_piece(&template.head);
            for (&index, tail) in template.shown.iter().zip(&template.tails) {
                self.number(rows[usize::from(index)].points);
                self.put_piece(tail);
            }
            true
        });
        if !written {
            return false;
        }
        let levels = &breakdown.levels;
        self.abilities(Some(levels.first));
        self.put(b",\"second_language\":");
        self.abilities(levels.second);
        self.put(b",\"spouse_language\":");
        self.abilities(levels.spouse);
        self.put(b"}}");
        true
    }

    fn abilities(&mut self, levels: Option<Abilities<u8>>) {
        let Some(Abilities([listening, reading, writing, speaking])) = levels else {
            self.put(b"null");
            return;
        };
        self.put(b"{\"listening\":");
        self.number(listening.into());
        self.put(b",\"reading\":");
        self.number(reading.into());
        self.put(b",\"writing\":");
        self.number(writing.into());
        self.put(b",\"speaking\":");
        self.number(speaking.into());
        self.put(b"}");
    }
}

/// 0 to 999 in decimal, left-aligned in four bytes, with their length.
static DECIMALS: [([u8; 4], u8); 1000] = {
    let mut table = [([0u8; 4], 0u8); 1000];
    let mut value = 0;
    while value < 1000 {
        let digits = [(value / 100) as u8, (value / 10 % 10) as u8, (value % 10) as u8];
        let skip = if value >= 100 {
            0
        } else if value >= 10 {
            1
        } else {
            2
        };
        let mut at = 0;
        while skip + at < 3 {
            table[value].0[at] = b'0' + digits[skip + at];
            at += 1;
        }
        table[value].1 = at as u8;
        value += 1;
    }
    table
};

thread_local! {
    /// The templates of the rule sets and maxima written last.
    static TEMPLATES: std::cell::RefCell<Vec<Template>> = const { std::cell::RefCell::new(Vec::new()) };
}

const KEPT_TEMPLATES: usize = 4;

/// The fixed text of a score line between its numbers, for one rule set
/// and one set of row maxima (they change with marital status only).
struct Template {
    rules: String,
    /// Every row's maximum (the rows are always in `FACTORS` order).
    maxima: [u16; crate::engine::factor::ROWS],
    /// The rows written, by index.
    shown: Vec<u8>,
    /// From the rule set's id to the first row's points.
    head: Piece,
    /// After each row's points: its maximum, then the next row up to its
    /// points (after the last row, up to the first level).
    tails: Vec<Piece>,
}

impl Template {
    /// `None` when a piece would not fit (a very long rule set id).
    fn new(breakdown: &Breakdown) -> Option<Template> {
        let quoted = |text: &str| serde_json::to_string(text).expect("a string serializes");
        let opening = |row: &FactorRow| {
            format!(
                "{{\"section\":{},\"factor\":{},\"points\":",
                quoted(row.factor.section().key()),
                quoted(row.factor.key())
            )
        };
        let rows: Vec<&FactorRow> = breakdown
            .rows
            .iter()
            .filter(|row| shown(breakdown, row))
            .collect();
        let head = Piece::new(&format!(
            ",\"rules\":{},\"factors\":[{}",
            quoted(breakdown.rules.id()),
            opening(rows[0])
        ))?;
        let tails = rows
            .iter()
            .enumerate()
            .map(|(index, row)| {
                let next = match rows.get(index + 1) {
                    Some(next) => format!(",{}", opening(next)),
                    None => "],\"levels\":{\"first_language\":".to_string(),
                };
                Piece::new(&format!(",\"max\":{}}}{next}", row.max))
            })
            .collect::<Option<Vec<Piece>>>()?;
        Some(Template {
            rules: breakdown.rules.id().to_string(),
            maxima: breakdown.rows.map(|row| row.max),
            shown: (0..crate::engine::factor::ROWS as u8)
                .filter(|&index| shown(breakdown, &breakdown.rows[usize::from(index)]))
                .collect(),
            head,
            tails,
        })
    }

    fn fits(&self, breakdown: &Breakdown) -> bool {
        self.maxima
            .iter()
            .zip(&breakdown.rows)
            .all(|(max, row)| *max == row.max)
            && self.rules == breakdown.rules.id()
    }
}

/// Pieces of compact JSON written as `serde_json`'s compact writer writes
/// them, for batches whose lines serde spent a third of their time on.
pub mod write {
    /// What follows a backslash for each byte that must be escaped (`u`:
    /// `\u00XX`), and 0 for a byte written as it is: serde's table.
    const ESCAPE: [u8; 256] = {
        let mut table = [0u8; 256];
        let mut byte = 0;
        while byte < 0x20 {
            table[byte] = b'u';
            byte += 1;
        }
        table[0x08] = b'b';
        table[0x09] = b't';
        table[0x0a] = b'n';
        table[0x0c] = b'f';
        table[0x0d] = b'r';
        table[b'"' as usize] = b'"';
        table[b'\\' as usize] = b'\\';
        table
    };

    /// A string, quoted, with what JSON needs escaped: runs of plain
    /// bytes found eight at a time and copied whole.
    pub fn string(out: &mut Vec<u8>, text: &str) {
        out.push(b'"');
        let mut rest = text.as_bytes();
        loop {
            let plain = crate::scenario::plain_run(rest);
            out.extend_from_slice(&rest[..plain]);
            let Some(&byte) = rest.get(plain) else {
                break;
            };
            let escape = ESCAPE[usize::from(byte)];
            out.push(b'\\');
            out.push(escape);
            if escape == b'u' {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"00");
                out.push(HEX[usize::from(byte >> 4)]);
                out.push(HEX[usize::from(byte & 0xf)]);
            }
            rest = &rest[plain + 1..];
        }
        out.push(b'"');
    }

    /// One of our own keys (`fsw`, `language`: lower-case ASCII, digits,
    /// `_` and `-`), quoted: nothing in it needs escaping, so it is copied
    /// without looking for what would.
    pub fn key(out: &mut Vec<u8>, key: &'static str) {
        debug_assert!(key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-'));
        out.push(b'"');
        out.extend_from_slice(key.as_bytes());
        out.push(b'"');
    }

    pub fn whole(out: &mut Vec<u8>, value: u64) {
        // Most numbers in a line are one digit (a chance's whole part, a
        // count of years, a flag-like count).
        if value < 10 {
            return out.push(b'0' + value as u8);
        }
        out.extend_from_slice(crate::i18n::decimal_digits(value, &mut [0u8; 20]));
    }

    /// A number as serde writes an `f64`: the shortest digits that read
    /// back to it (`zmij`, which serde uses), `null` when not finite.
    pub fn float(out: &mut Vec<u8>, value: f64) {
        if value.is_finite() {
            out.extend_from_slice(zmij::Buffer::new().format_finite(value).as_bytes());
        } else {
            out.extend_from_slice(b"null");
        }
    }

    /// A number rounded to `PLACES` decimals as `(x * 10^PLACES).round() /
    /// 10^PLACES` rounds it (the chances and waits of an outlook), written
    /// as serde writes it without the general shortest-digits search: the
    /// decimal with at most that many places that the rounding aimed at is
    /// the shortest that reads back, while a step of the last place is
    /// wider than the number's precision. Anything else goes to `float`.
    pub fn rounded<const PLACES: u32>(out: &mut Vec<u8>, value: f64) {
        let scale = 10u64.pow(PLACES) as f64;
        // Below 1e12 a step of a thousandth is far wider than an f64's
        // precision; a negative zero is written with its sign by serde.
        // (Adding a half and truncating rounds a value this close to a
        // whole number, without the call `round` is on a baseline CPU.)
        let scaled = value * scale;
        let in_reach = PLACES <= 3 && value.is_sign_positive() && scaled < 1e12;
        let mut units = if in_reach { (scaled + 0.5) as u64 } else { 0 };
        if !in_reach || units as f64 / scale != value {
            return float(out, value);
        }
        // The digits from the last: the fraction's without its trailing
        // zeros (one zero when it is all zeros), the point, the whole part,
        // all in one buffer copied once (the whole part through `whole` and
        // the fraction copied apart measured 5% slower on a batch).
        let mut text = [0u8; 24];
        let mut at = text.len();
        let mut put = |at: &mut usize, byte: u8| {
            *at -= 1;
            text[*at] = byte;
        };
        let mut significant = false;
        for _ in 0..PLACES {
            let digit = (units % 10) as u8;
            units /= 10;
            significant |= digit != 0;
            if significant {
                put(&mut at, b'0' + digit);
            }
        }
        if !significant {
            put(&mut at, b'0');
        }
        put(&mut at, b'.');
        loop {
            put(&mut at, b'0' + (units % 10) as u8);
            units /= 10;
            if units == 0 {
                break;
            }
        }
        out.extend_from_slice(&text[at..]);
    }

    /// A day as a JSON string, `"2026-12-03"`, as its `Display` writes it.
    pub fn date(out: &mut Vec<u8>, day: crate::engine::Date) {
        let mut digits = [0u8; 20];
        out.push(b'"');
        let year = crate::i18n::decimal_digits(day.year().into(), &mut digits);
        out.extend(std::iter::repeat_n(b'0', 4usize.saturating_sub(year.len())));
        out.extend_from_slice(year);
        for part in [day.month(), day.day()] {
            out.push(b'-');
            out.push(b'0' + part / 10);
            out.push(b'0' + part % 10);
        }
        out.push(b'"');
    }

    /// A whole number, or `null` for none.
    pub fn maybe_whole(out: &mut Vec<u8>, value: Option<u64>) {
        match value {
            Some(value) => whole(out, value),
            None => out.extend_from_slice(b"null"),
        }
    }

    /// `true`, `false`, or `null` for none.
    pub fn maybe(out: &mut Vec<u8>, value: Option<bool>) {
        out.extend_from_slice(match value {
            Some(true) => b"true",
            Some(false) => b"false",
            None => b"null",
        });
    }

    /// `[...]` of items, each written by `each`.
    pub fn array<T>(out: &mut Vec<u8>, items: &[T], mut each: impl FnMut(&mut Vec<u8>, &T)) {
        out.push(b'[');
        for (index, item) in items.iter().enumerate() {
            if index > 0 {
                out.push(b',');
            }
            each(out, item);
        }
        out.push(b']');
    }

    /// `[...]` of strings.
    pub fn strings<S: AsRef<str>>(out: &mut Vec<u8>, texts: &[S]) {
        array(out, texts, |out, text| string(out, text.as_ref()));
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        /// Rounded numbers are written as serde writes them: every
        /// thousandth to 100, every tenth to 10,000, spread values to 1e13
        /// (past the fast path's reach), and values no rounding made.
        #[test]
        fn rounded_numbers_are_written_as_serde_writes_them() {
            let check = |value: f64, places: u32| {
                let mut ours = Vec::new();
                match places {
                    0 => rounded::<0>(&mut ours, value),
                    1 => rounded::<1>(&mut ours, value),
                    2 => rounded::<2>(&mut ours, value),
                    3 => rounded::<3>(&mut ours, value),
                    _ => rounded::<4>(&mut ours, value),
                }
                assert_eq!(
                    String::from_utf8(ours).unwrap(),
                    serde_json::to_string(&value).unwrap(),
                    "{value} to {places} places"
                );
            };
            for places in 0..=3 {
                let scale = 10f64.powi(places as i32);
                for units in 0..100_000u64 {
                    check((units as f64 * scale / scale).round() / scale, places);
                    check(units as f64 / scale, places);
                }
                let mut units = 1u64;
                while units < 100_000_000_000_000_000 {
                    check(units as f64 / scale, places);
                    check((units * 7 + 3) as f64 / scale, places);
                    units = units * 3 + 1;
                }
            }
            for value in [
                -0.0,
                -1.5,
                0.1234,
                1.0 / 3.0,
                1e-7,
                2.5e15,
                f64::NAN,
                f64::INFINITY,
            ] {
                for places in 0..=4 {
                    check(value, places);
                }
            }
        }

        #[test]
        fn strings_and_numbers_are_written_as_serde_writes_them() {
            let mut texts: Vec<String> = (0u8..=0x7f).map(|byte| format!("a{}b", byte as char)).collect();
            texts.extend(
                [
                    "",
                    "\"",
                    "\\",
                    "é ça – ✓ 日本",
                    "\u{7f}\u{80}\u{2028}",
                    "plain words, 1,560 hours",
                ]
                .map(String::from),
            );
            for text in &texts {
                let mut ours = Vec::new();
                string(&mut ours, text);
                assert_eq!(ours, serde_json::to_vec(text).unwrap(), "{text:?}");
            }
            let mut ours = Vec::new();
            strings(&mut ours, &texts);
            assert_eq!(ours, serde_json::to_vec(&texts).unwrap());
            for value in [0, 1, 9, 10, 99, 100, 255, 65_535, u64::from(u32::MAX), u64::MAX] {
                let mut ours = Vec::new();
                whole(&mut ours, value);
                assert_eq!(ours, serde_json::to_vec(&value).unwrap());
            }
            for value in [
                0.0,
                -0.0,
                0.5,
                0.123,
                1.0,
                12.5,
                1e-7,
                1e21,
                123456.789,
                f64::NAN,
                f64::INFINITY,
            ] {
                let mut ours = Vec::new();
                float(&mut ours, value);
                assert_eq!(ours, serde_json::to_vec(&value).unwrap(), "{value}");
            }
            for day in ["2026-12-03", "0999-01-09", "2000-02-29"] {
                let day: crate::engine::Date = day.parse().unwrap();
                let mut ours = Vec::new();
                date(&mut ours, day);
                assert_eq!(ours, serde_json::to_vec(&day.to_string()).unwrap());
            }
            for value in [Some(7), None] {
                let mut ours = Vec::new();
                maybe_whole(&mut ours, value);
                assert_eq!(ours, serde_json::to_vec(&value).unwrap());
            }
            for value in [Some(true), Some(false), None] {
                let mut ours = Vec::new();
                maybe(&mut ours, value);
                assert_eq!(ours, serde_json::to_vec(&value).unwrap());
            }
        }
    }
}

//! `outlook --batch`: a forecast for each JSON line. A batch answers
//! hundreds of thousands of lines on a few thousand days, so what a day
//! needs is worked out once for it, a plain query is read by the scanner
//! (serde reads the rest, and says what is wrong with a line), and each
//! answer is written straight from the forecast, which is made over the one
//! before it. A test holds the answer to what serde writes.

use std::io::{self, BufRead, Write};

use serde::Deserialize;

use super::{stale, MAX_MONTHS};
use crate::advisor::outlook::{
    self, Asker, CalibrationByHorizon, Model, Outlook, PastRound, Prepared, RoundsByKind,
};
use crate::cli::json::write;
use crate::cli::score::answer_lines;
use crate::draws;
use crate::engine::Date;
use crate::scenario::{Member, Scanner};

/// How many days' paces a batch keeps at once (a few MB at most).
const MAX_DAYS_KEPT: usize = 20_000;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BatchLine {
    as_of: String,
    score: u16,
    #[serde(default)]
    eligible: Vec<String>,
    #[serde(default)]
    nominated: bool,
    months: serde_json::Value,
}

/// `outlook --batch` on the shipped rounds and model, from `input` to
/// `output`: what `examples/outlook_ratio` measures. Gives the number of
/// lines that failed.
pub fn outlook_lines(input: impl BufRead, mut output: impl Write) -> io::Result<u64> {
    let feed = draws::shipped_feed();
    let rounds = outlook::past_rounds(feed);
    let seen = feed.categories();
    batch(
        &rounds,
        &seen,
        feed.newest().date,
        &Model::shipped(),
        input,
        &mut output,
    )
}

/// What every line asking on one day shares.
struct Day {
    as_of: Date,
    pace: Prepared,
    /// The newest round the forecast read.
    data_until: Date,
    warning: Option<String>,
}

/// A query as read: who asks, and the horizons (each once, in order).
/// Kept from line to line, so its memory is reused.
#[derive(Default)]
struct Query {
    asker: Asker,
    horizons: Vec<u16>,
}

/// One JSON line per input line; gives the number of lines that failed.
pub(super) fn batch(
    rounds: &[PastRound],
    seen: &[draws::Category],
    data_until: Date,
    model: &Model,
    input: impl BufRead,
    output: &mut impl Write,
) -> io::Result<u64> {
    // The pace as of a day is the same for every line asking on that day:
    // read once a day (a batch of 200,000 lines asks on a few thousand).
    let mut days: rustc_hash::FxHashMap<Date, Day> = Default::default();
    let gathered = RoundsByKind::new(rounds);
    let maps = model.calibration_by_horizon();
    let mut query = Query::default();
    let mut forecast = Outlook::default();
    answer_lines(input, output, |text, out| {
        let as_of = match scan_query(text.as_bytes(), &mut query) {
            Some(as_of) => as_of,
            None => read_query(text, seen, &mut query)?,
        };
        if days.len() >= MAX_DAYS_KEPT {
            days.clear();
        }
        let day = days
            .entry(as_of)
            .or_insert_with(|| day(model, &gathered, &maps, as_of, data_until));
        day.pace
            .forecast_into(&query.asker, &query.horizons, &mut forecast);
        write_answer(out, day, query.asker.score, &forecast);
        Ok(())
    })
}

fn day(
    model: &Model,
    gathered: &RoundsByKind,
    maps: &std::sync::Arc<CalibrationByHorizon>,
    as_of: Date,
    data_until: Date,
) -> Day {
    let pace = model.prepare_shared(gathered, as_of, maps);
    // The newest round before the day (`known_until`), found by halving.
    let known = pace.newest.unwrap_or(data_until);
    Day {
        as_of,
        pace,
        data_until: known,
        warning: stale(known, as_of),
    }
}

/// The query's keys, and as they are usually written.
const KEYS: [&[u8]; 5] = [b"as_of", b"score", b"eligible", b"nominated", b"months"];
const PATTERNS: [&[u8]; 5] = [
    b"\"as_of\":",
    b"\"score\":",
    b"\"eligible\":",
    b"\"nominated\":",
    b"\"months\":",
];

/// The most kinds a query read by the scanner may name.
const MAX_NAMED: usize = 16;

/// Reads a plain query into `query` and gives its day, or `None` when
/// `read_query` should: anything serde would refuse or `read_query` would
/// say is wrong (a score over 1200, a horizon too far, a kind not known by
/// its key) gives way, so every message stays theirs.
fn scan_query(bytes: &[u8], query: &mut Query) -> Option<Date> {
    scan_written_query(bytes, query).or_else(|| scan_members(bytes, query))
}

/// `scan_query` for a query written any way the scanner reads.
fn scan_members(bytes: &[u8], query: &mut Query) -> Option<Date> {
    let mut scanner = Scanner::new(bytes);
    let mut given = [false; KEYS.len()];
    let mut as_of = None;
    let mut score = None;
    let mut named: [&str; MAX_NAMED] = [""; MAX_NAMED];
    let mut count = 0;
    let mut nominated = false;
    query.horizons.clear();
    scanner.members(&KEYS, &PATTERNS, |scanner, member| {
        let Member::Known(index) = member else {
            return None;
        };
        if std::mem::replace(&mut given[index], true) {
            return None;
        }
        match index {
            0 => as_of = Some(scanner.string()?.parse::<Date>().ok()?),
            1 => score = Some(u16::try_from(scanner.whole()?).ok().filter(|s| *s <= 1200)?),
            2 => scanner.elements(|scanner| {
                let kind = draws::Category::from_key(scanner.string()?)?.known_key()?;
                *named.get_mut(count)? = kind;
                count += 1;
                Some(())
            })?,
            3 => nominated = scanner.boolean()?,
            _ => {
                let mut horizon = |scanner: &mut Scanner| {
                    let months = u16::try_from(scanner.whole()?)
                        .ok()
                        .filter(|m| *m <= MAX_MONTHS)?;
                    if !query.horizons.contains(&months) {
                        query.horizons.push(months);
                    }
                    Some(())
                };
                if scanner.peek()? == b'[' {
                    scanner.elements(&mut horizon)?;
                } else {
                    horizon(scanner)?;
                }
            }
        }
        Some(())
    })?;
    if !scanner.finished() || !given[4] {
        return None;
    }
    query.asker.score = score?;
    query.asker.nominated = nominated;
    query.asker.set_eligible(named[..count].iter().copied());
    as_of
}

/// Reads a query written as programs and `make_batch_input` write it (the
/// five members in this order, no spaces, kinds by their keys) straight
/// from its bytes, as `scan_query` reads it; anything else gives way to the
/// scanner. The scanner's generality (members in any order, spaces, each
/// value's reader called through it) was a quarter of a batch's instructions.
fn scan_written_query(bytes: &[u8], query: &mut Query) -> Option<Date> {
    let rest = bytes.strip_prefix(b"{\"as_of\":\"")?;
    let (day, rest) = rest.split_at_checked(10)?;
    // `Date`'s reading takes exactly ten bytes, digits and two dashes.
    let as_of = std::str::from_utf8(day).ok()?.parse::<Date>().ok()?;
    let rest = rest.strip_prefix(b"\",\"score\":")?;
    let (score, rest) = small_whole(rest)?;
    let score = u16::try_from(score).ok().filter(|s| *s <= 1200)?;
    let rest = rest.strip_prefix(b",\"eligible\":")?;
    let mut named: [&str; MAX_NAMED] = [""; MAX_NAMED];
    let mut count = 0;
    let rest = written_list(rest, |element| {
        let key = element.strip_prefix(b"\"")?;
        let end = memchr::memchr(b'"', key)?;
        // A key with an escape or a space is no known key: it gives way.
        let index = draws::Category::known_index(std::str::from_utf8(&key[..end]).ok()?)?;
        *named.get_mut(count)? = draws::Category::KNOWN_KEYS[index];
        count += 1;
        Some(&key[end + 1..])
    })?;
    let rest = rest.strip_prefix(b",\"nominated\":")?;
    let (nominated, rest) = match rest.strip_prefix(b"true") {
        Some(after) => (true, after),
        None => (false, rest.strip_prefix(b"false")?),
    };
    let rest = rest.strip_prefix(b",\"months\":")?;
    query.horizons.clear();
    let rest = written_list(rest, |element| {
        let (months, after) = small_whole(element)?;
        let months = u16::try_from(months).ok().filter(|m| *m <= MAX_MONTHS)?;
        if !query.horizons.contains(&months) {
            query.horizons.push(months);
        }
        Some(after)
    })?;
    if rest != b"}" {
        return None;
    }
    query.asker.score = score;
    query.asker.nominated = nominated;
    query.asker.set_eligible(named[..count].iter().copied());
    Some(as_of)
}

/// A list written without spaces, `[]` or `[a,b]`, each element read by
/// `element` (which gives what follows it), and what follows the list.
fn written_list<'t>(
    bytes: &'t [u8],
    mut element: impl FnMut(&'t [u8]) -> Option<&'t [u8]>,
) -> Option<&'t [u8]> {
    let mut rest = bytes.strip_prefix(b"[")?;
    if let Some(after) = rest.strip_prefix(b"]") {
        return Some(after);
    }
    loop {
        let (&next, after) = element(rest)?.split_first()?;
        rest = after;
        match next {
            b',' => {}
            b']' => return Some(rest),
            _ => return None,
        }
    }
}

/// A whole number of one to four digits at the start of `bytes`, as JSON
/// writes it (no leading zero), and what follows it.
fn small_whole(bytes: &[u8]) -> Option<(u64, &[u8])> {
    let digits = bytes.iter().take(5).take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || digits > 4 || (digits > 1 && bytes[0] == b'0') {
        return None;
    }
    let value = bytes[..digits]
        .iter()
        .fold(0, |value, digit| value * 10 + u64::from(digit - b'0'));
    Some((value, &bytes[digits..]))
}

/// Reads a query with serde into `query` and gives its day, or what is
/// wrong with it.
fn read_query(text: &str, seen: &[draws::Category], query: &mut Query) -> Result<Date, String> {
    let line = serde_json::from_str::<BatchLine>(text).map_err(|e| e.to_string())?;
    let as_of: Date = line
        .as_of
        .parse()
        .map_err(|e: crate::engine::date::DateError| format!("as_of: {e}"))?;
    // The same ranges as the command line's --score and --months.
    if line.score > 1200 {
        return Err(format!(
            "score: expected a whole number from 0 to 1200, found {}",
            line.score
        ));
    }
    let whole = |value: &serde_json::Value| {
        value
            .as_u64()
            .and_then(|m| u16::try_from(m).ok())
            .filter(|m| *m <= MAX_MONTHS)
    };
    let horizons: Vec<u16> = match &line.months {
        serde_json::Value::Array(list) => list
            .iter()
            .map(|v| {
                whole(v).ok_or(format!(
                    "months: expected whole numbers of months from 0 to {MAX_MONTHS}"
                ))
            })
            .collect::<Result<_, _>>()?,
        single => vec![whole(single).ok_or(format!(
            "months: expected a number of months from 0 to {MAX_MONTHS}, or a list of them"
        ))?],
    };
    let eligible = line
        .eligible
        .iter()
        .enumerate()
        .map(|(index, given)| {
            draws::Category::named(given, seen)
                .map(|category| category.key())
                .map_err(|unknown| unknown.describe(&format!("eligible[{index}]")))
        })
        .collect::<Result<Vec<String>, String>>()?;
    // Each horizon once: the answer is an object keyed by horizon.
    query.horizons.clear();
    for months in horizons {
        if !query.horizons.contains(&months) {
            query.horizons.push(months);
        }
    }
    query.asker.score = line.score;
    query.asker.nominated = line.nominated;
    query.asker.set_eligible(eligible.iter().map(String::as_str));
    Ok(as_of)
}

/// The answer's JSON, as serde writes `to_json`'s (a test compares them).
fn write_answer(out: &mut Vec<u8>, day: &Day, score: u16, forecast: &Outlook) {
    let horizons: smallvec::SmallVec<[write::NumberKey; 4]> = forecast
        .horizons
        .iter()
        .map(|&months| write::NumberKey::new(months))
        .collect();
    let horizons = &horizons[..];
    out.extend_from_slice(b"{\"as_of\":");
    write::date(out, day.as_of);
    out.extend_from_slice(b",\"data_until\":");
    write::date(out, day.data_until);
    out.extend_from_slice(b",\"score\":");
    write::whole(out, score.into());
    out.extend_from_slice(b",\"any\":");
    chances(out, horizons, &forecast.any);
    out.extend_from_slice(b",\"expected_wait_months\":");
    match forecast.expected_wait_months {
        // As `rounded_wait` rounds it.
        Some(months) => write::round::<1>(out, months),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"by_kind\":");
    write::array(out, &forecast.by_kind, |out, kind| {
        out.extend_from_slice(b"{\"kind\":");
        write::string(out, &kind.kind);
        out.extend_from_slice(b",\"p\":");
        chances(out, horizons, &kind.p);
        out.extend_from_slice(b",\"rounds_last_12_months\":");
        write::whole(out, kind.rounds_last_12_months.into());
        out.extend_from_slice(b",\"last_cutoff\":");
        write::maybe_whole(out, kind.last_cutoff.map(u64::from));
        if let Some(said) = &kind.announced {
            out.extend_from_slice(b",\"announced\":{\"date\":");
            write::date(out, said.said_on);
            out.extend_from_slice(b",\"change\":");
            write::string(out, said.change.key());
            if let Some(day) = said.first_round() {
                out.extend_from_slice(b",\"not_before\":");
                write::date(out, day);
            }
            out.push(b'}');
        }
        out.push(b'}');
    });
    out.extend_from_slice(b",\"unforeseen\":");
    chances(out, horizons, &forecast.unforeseen);
    if !forecast.never_held.is_empty() {
        out.extend_from_slice(b",\"never_held\":");
        write::strings(out, &forecast.never_held);
    }
    if let Some(warning) = &day.warning {
        out.extend_from_slice(b",\"warning\":");
        write::string(out, warning);
    }
    out.push(b'}');
}

/// Chances keyed by horizon, in the horizons' order: `{"3":0.25,...}`.
fn chances(out: &mut Vec<u8>, horizons: &[write::NumberKey], chances: &[f64]) {
    out.push(b'{');
    for (index, (horizon, p)) in horizons.iter().zip(chances).enumerate() {
        if index > 0 {
            out.push(b',');
        }
        horizon.write(out);
        // As `rounded` rounds it.
        write::round::<3>(out, *p);
    }
    out.push(b'}');
}

#[cfg(test)]
mod tests {
    use super::super::known_until;
    use super::*;

    /// The batch's own writer writes what serde writes: answers on days
    /// from 2015 to past the data (stale), kinds held, announced and never
    /// held, with and without a nomination, horizons in and out of order,
    /// each forecast made over the one before.
    #[test]
    fn answers_are_written_as_serde_writes_them() {
        let feed = draws::shipped_feed();
        let rounds = outlook::past_rounds(feed);
        let model = Model::shipped();
        let gathered = RoundsByKind::new(&rounds);
        let maps = model.calibration_by_horizon();
        let data_until = feed.newest().date;
        let kinds = [
            "cec",
            "fsw",
            "french",
            "healthcare",
            "researchers",
            "military",
            "trades",
            "stem",
        ];
        let mut day: Date = "2015-01-15".parse().unwrap();
        let mut case = 0usize;
        let mut reused = Outlook::default();
        while day < "2027-06-01".parse().unwrap() {
            let shared = super::day(&model, &gathered, &maps, day, data_until);
            assert_eq!(shared.pace, model.prepare(&rounds, day), "{day}");
            assert_eq!(shared.data_until, known_until(&rounds, day).unwrap_or(data_until));
            for score in [300u16, 455, 481, 520, 700] {
                case += 1;
                let asker = Asker {
                    score,
                    eligible: kinds[..case % 4]
                        .iter()
                        .chain([&kinds[case % kinds.len()], &kinds[(case / 3) % kinds.len()]])
                        .map(|kind| kind.to_string())
                        .collect(),
                    nominated: case.is_multiple_of(4),
                };
                let horizons: &[u16] = match case % 3 {
                    0 => &[3, 6, 12],
                    1 => &[0, 24, 1],
                    _ => &[600],
                };
                let forecast = shared.pace.forecast(&asker, horizons);
                shared.pace.forecast_into(&asker, horizons, &mut reused);
                assert_eq!(reused, forecast, "{day} {score}");
                let json = super::super::to_json(&forecast, &asker, day, shared.data_until);
                let mut ours = Vec::new();
                write_answer(&mut ours, &shared, score, &reused);
                assert_eq!(
                    String::from_utf8(ours).unwrap(),
                    serde_json::to_string(&json).unwrap(),
                    "{day} {score}"
                );
            }
            day = day.plus_days(23);
        }
    }

    /// Generated queries, each then edited a byte or two at random (a key
    /// order shuffled, spaces, values of every kind, a quote, brace,
    /// comma, digit, letter or escape put in, taken out or swapped):
    /// whenever the scanner reads one, serde reads the same query.
    #[test]
    fn whatever_the_scanner_reads_serde_reads_the_same() {
        let seen = draws::shipped_feed().categories();
        struct Xorshift(u64);
        impl Xorshift {
            fn below(&mut self, below: usize) -> usize {
                self.0 ^= self.0 << 13;
                self.0 ^= self.0 >> 7;
                self.0 ^= self.0 << 17;
                (self.0 % below as u64) as usize
            }

            /// Mostly one of the `valid` first values, else any.
            fn pick(&mut self, (valid, values): (usize, &[&'static str])) -> &'static str {
                if self.below(5) > 0 {
                    values[self.below(valid)]
                } else {
                    values[self.below(values.len())]
                }
            }
        }
        let mut random = Xorshift(0x2545_f491_4f6c_dd1d);
        // Each list: the values read (the first `valid`), then the rest.
        let days = (
            2,
            [
                "\"2025-03-04\"",
                "\"2019-12-31\"",
                "\"2025-02-30\"",
                "\"2025-3-04\"",
                "20250304",
                "null",
            ],
        );
        let scores = (
            3,
            [
                "480", "0", "1200", "1201", "480.0", "-1", "65536", "0480", "\"480\"", "4e2",
            ],
        );
        let kinds = (
            4,
            [
                "[]",
                "[\"cec\"]",
                "[\"french\",\"fsw\"]",
                "[\"FRENCH\"]",
                "[\"frnch\"]",
                "[\"cec\",]",
                "null",
                "\"cec\"",
            ],
        );
        let nominated = (2, ["true", "false", "null", "1"]);
        let months = (
            5,
            [
                "[3,6,12]",
                "6",
                "[]",
                "[12,3,12]",
                "600",
                "[601]",
                "[3,\"6\"]",
                "null",
                "[0]",
                "3.0",
            ],
        );

        let edits = b"\"{}[],:0123456789 aez\\-.";
        let (mut read, mut scanned) = (0, 0);
        for _ in 0..6_000 {
            let mut members = vec![
                format!("\"as_of\":{}", random.pick((days.0, &days.1))),
                format!("\"score\":{}", random.pick((scores.0, &scores.1))),
                format!("\"months\":{}", random.pick((months.0, &months.1))),
            ];
            if random.below(3) > 0 {
                members.push(format!("\"eligible\":{}", random.pick((kinds.0, &kinds.1))));
            }
            if random.below(2) == 0 {
                members.push(format!(
                    "\"nominated\":{}",
                    random.pick((nominated.0, &nominated.1))
                ));
            }
            for i in (1..members.len()).rev() {
                members.swap(i, random.below(i + 1));
            }
            let glue = [",", " , ", ",\n"][random.below(3)];
            let mut line = format!("{{{}}}", members.join(glue)).into_bytes();
            for _ in 0..random.below(4).saturating_sub(1) {
                let at = random.below(line.len());
                match random.below(3) {
                    0 => {
                        line.remove(at);
                    }
                    1 => line.insert(at, edits[random.below(edits.len())]),
                    _ => line[at] = edits[random.below(edits.len())],
                }
            }
            let Ok(text) = std::str::from_utf8(&line) else {
                continue;
            };
            let mut by_scanner = Query::default();
            let Some(day) = scan_query(text.as_bytes(), &mut by_scanner) else {
                continue;
            };
            scanned += 1;
            let mut by_serde = Query::default();
            let read_day = read_query(text, &seen, &mut by_serde);
            assert_eq!(read_day, Ok(day), "{text}");
            assert_eq!(by_serde.asker, by_scanner.asker, "{text}");
            assert_eq!(by_serde.horizons, by_scanner.horizons, "{text}");
            read += 1;
        }
        // Enough of both kinds of line to mean something.
        assert!(scanned > 1_000, "{scanned} read by the scanner");
        assert_eq!(read, scanned);
    }

    /// Queries written as programs write them, then edited a byte or two at
    /// random (values of every kind, a quote, bracket, comma, digit,
    /// letter, space or escape put in, taken out or changed): whenever the
    /// reading of that one way of writing reads a query, the scanner reads
    /// the same; and it reads nearly every query not edited.
    #[test]
    fn queries_as_written_are_read_as_the_scanner_reads_them() {
        let mut seed = 0x853c_49e6_748f_ea9bu64;
        let mut below = move |below: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % below as u64) as usize
        };
        let days = [
            "2025-03-04",
            "2019-12-31",
            "2024-02-29",
            "0001-01-01",
            "2025-02-30",
            "2025-3-04 ",
        ];
        let scores = ["480", "0", "1200", "7", "1201", "0480", "9999", "12000", "48.0"];
        let kinds = [
            "",
            "\"cec\"",
            "\"french\",\"fsw\"",
            "\"pnp\",\"all\",\"stem\",\"stem\"",
            "\"FRENCH\"",
            "\"frnch\"",
            "\"c\\u0065c\"",
            "\"cec\",",
        ];
        let months = [
            "3,6,12",
            "12,3,12",
            "0",
            "600",
            "",
            "601",
            "3,",
            "03",
            "1,2,3,4,5,6,7,8,9,10",
        ];
        let edits = b"\"{}[],:0123456789 aez\\-.";
        let (mut fast, mut plain) = (0, 0);
        for case in 0..20_000 {
            // Mostly one of the first values (those read), else any.
            let mut pick = |values: &[&'static str], read: usize| {
                values[if below(5) > 0 {
                    below(read)
                } else {
                    below(values.len())
                }]
            };
            let mut line = format!(
                "{{\"as_of\":\"{}\",\"score\":{},\"eligible\":[{}],\"nominated\":{},\"months\":[{}]}}",
                pick(&days, 4),
                pick(&scores, 4),
                pick(&kinds, 4),
                pick(&["true", "false", "null"], 2),
                pick(&months, 5),
            )
            .into_bytes();
            let edited = case % 2 == 1;
            if edited {
                for _ in 0..1 + below(2) {
                    let at = below(line.len());
                    match below(3) {
                        0 => {
                            line.remove(at);
                        }
                        1 => line.insert(at, edits[below(edits.len())]),
                        _ => line[at] = edits[below(edits.len())],
                    }
                }
            }
            let mut written = Query::default();
            let by_written = scan_written_query(&line, &mut written);
            let mut scanned = Query::default();
            let by_scanner = scan_members(&line, &mut scanned);
            let text = String::from_utf8_lossy(&line);
            if let Some(day) = by_written {
                fast += 1;
                assert_eq!(by_scanner, Some(day), "{text}");
                assert_eq!(written.asker, scanned.asker, "{text}");
                assert_eq!(written.horizons, scanned.horizons, "{text}");
            } else if by_scanner.is_some() && !edited {
                // Only what it was not written for goes to the scanner.
                assert!(text.contains(' ') || text.contains("FRENCH"), "{text}");
            }
            plain += usize::from(by_scanner.is_some());
        }
        assert!(fast > 5_000 && plain > fast, "{fast} of {plain}");
    }

    /// Whenever the scanner reads a query, serde reads the same one; and
    /// it gives way on what it does not read plainly.
    #[test]
    fn the_scanner_reads_queries_as_serde_does() {
        let seen = draws::shipped_feed().categories();
        let read = |line: &str| {
            let mut scanned = Query::default();
            let day = scan_query(line.as_bytes(), &mut scanned);
            let mut read = Query::default();
            let by_serde = read_query(line, &seen, &mut read);
            (
                day.map(|day| (day, scanned.asker, scanned.horizons)),
                by_serde.map(|day| (day, read.asker, read.horizons)),
            )
        };
        let plain = [
            r#"{"as_of":"2025-03-04","score":480,"eligible":["cec","french"],"nominated":false,"months":[3,6,12]}"#,
            r#"{"months":6,"score":0,"as_of":"2025-03-04"}"#,
            r#" { "as_of" : "2025-03-04" , "score" : 1200 , "eligible" : [ "CEC" , " Healthcare " ] , "nominated" : true , "months" : [ 12 , 3 , 12 , 0 , 600 ] } "#,
            r#"{"as_of":"2025-03-04","score":480,"eligible":[],"months":[]}"#,
            r#"{"as_of":"2025-03-04","score":480,"eligible":["pnp","all","fsw","fsw"],"months":[1]}"#,
        ];
        for line in plain {
            let (scanned, by_serde) = read(line);
            assert_eq!(scanned, Some(by_serde.expect("serde reads it")), "{line}");
        }
        let given_way = [
            r#"{"as_of":"2025-03-04","score":480.0,"months":3}"#,
            r#"{"as_of":"2025-03-04","score":1201,"months":3}"#,
            r#"{"as_of":"2025-03-04","score":-1,"months":3}"#,
            r#"{"as_of":"2025-02-30","score":480,"months":3}"#,
            r#"{"as_of":"2025\u002d03-04","score":480,"months":3}"#,
            r#"{"as_of":"2025-03-04","score":480,"months":601}"#,
            r#"{"as_of":"2025-03-04","score":480,"months":[3,"6"]}"#,
            r#"{"as_of":"2025-03-04","score":480,"months":[3,]}"#,
            r#"{"as_of":"2025-03-04","score":480,"months":null}"#,
            r#"{"as_of":"2025-03-04","score":480}"#,
            r#"{"as_of":"2025-03-04","months":3}"#,
            r#"{"score":480,"months":3}"#,
            r#"{"as_of":"2025-03-04","score":480,"months":3,"score":481}"#,
            r#"{"as_of":"2025-03-04","score":480,"months":3,"extra":1}"#,
            r#"{"as_of":"2025-03-04","score":480,"months":3} x"#,
            r#"{"as_of":"2025-03-04","score":480,"months":3,"eligible":null}"#,
            r#"{"as_of":"2025-03-04","score":480,"months":3,"eligible":["frnch"]}"#,
            r#"{"as_of":"2025-03-04","score":480,"months":3,"eligible":["french healthcare"]}"#,
            r#"{"as_of":"2025-03-04","score":480,"months":3,"nominated":null}"#,
            r#"{"as_of":"2025-03-04","score":480,"months":3,"nominated":1}"#,
            r#"{"as_of":"2025-03-04","score":480,"months":03}"#,
        ];
        for line in given_way {
            let (scanned, by_serde) = read(line);
            assert_eq!(scanned, None, "{line} ({by_serde:?})");
        }
        // More kinds than the scanner keeps: serde reads them.
        let many = format!(
            r#"{{"as_of":"2025-03-04","score":480,"months":3,"eligible":[{}]}}"#,
            vec!["\"cec\""; MAX_NAMED + 1].join(",")
        );
        let (scanned, by_serde) = read(&many);
        assert_eq!(scanned, None);
        assert!(by_serde.is_ok());
    }
}

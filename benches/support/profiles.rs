//! Varied, valid profiles as JSON lines, shared by the benchmarks and the
//! `make_batch_input` example so both measure the same input.

/// A small deterministic generator, so runs can be compared.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

const EDUCATION: [&str; 8] = [
    "less_than_secondary",
    "secondary",
    "one_year",
    "two_year",
    "bachelors",
    "two_or_more",
    "masters",
    "doctoral",
];

fn english(rng: &mut Lcg) -> String {
    match rng.next(4) {
        0 => format!(
            r#"{{"language":"english","test":"ielts","listening":{:.1},"reading":{:.1},"writing":{:.1},"speaking":{:.1}}}"#,
            rng.next(19) as f64 / 2.0,
            rng.next(19) as f64 / 2.0,
            rng.next(19) as f64 / 2.0,
            rng.next(19) as f64 / 2.0
        ),
        1 => format!(
            r#"{{"language":"english","test":"celpip","listening":{},"reading":{},"writing":{},"speaking":{}}}"#,
            rng.next(13),
            rng.next(13),
            rng.next(13),
            rng.next(13)
        ),
        2 => format!(
            r#"{{"language":"english","test":"pte","listening":{},"reading":{},"writing":{},"speaking":{}}}"#,
            10 + rng.next(81),
            10 + rng.next(81),
            10 + rng.next(81),
            10 + rng.next(81)
        ),
        _ => format!(
            r#"{{"language":"english","test":"clb","listening":{},"reading":{},"writing":{},"speaking":{}}}"#,
            rng.next(13),
            rng.next(13),
            rng.next(13),
            rng.next(13)
        ),
    }
}

fn french(rng: &mut Lcg) -> String {
    if rng.next(2) == 0 {
        format!(
            r#"{{"language":"french","test":"tef","listening":{},"reading":{},"writing":{},"speaking":{}}}"#,
            rng.next(700),
            rng.next(700),
            rng.next(700),
            rng.next(700)
        )
    } else {
        format!(
            r#"{{"language":"french","test":"tcf","listening":{},"reading":{},"writing":{},"speaking":{}}}"#,
            rng.next(700),
            rng.next(700),
            rng.next(21),
            rng.next(21)
        )
    }
}

pub fn profile_line(rng: &mut Lcg) -> String {
    let second = if rng.next(3) == 0 {
        french(rng)
    } else {
        "null".to_string()
    };
    let spouse = if rng.next(2) == 0 {
        format!(
            r#"{{"education":"{}","language":{},"canadian_experience_years":{}}}"#,
            EDUCATION[rng.next(8) as usize],
            english(rng),
            rng.next(6)
        )
    } else {
        "null".to_string()
    };
    format!(
        r#"{{"age":{},"education":"{}","first_language":{},"second_language":{},"canadian_experience_years":{},"foreign_experience_years":{},"certificate_of_qualification":{},"canadian_education":"{}","sibling_in_canada":{},"provincial_nomination":{},"job_offer":"{}","spouse":{}}}"#,
        17 + rng.next(30),
        EDUCATION[rng.next(8) as usize],
        english(rng),
        second,
        rng.next(7),
        rng.next(5),
        rng.next(4) == 0,
        ["none", "one_or_two_year", "three_year_or_more"][rng.next(3) as usize],
        rng.next(5) == 0,
        rng.next(10) == 0,
        ["none", "teer_0_major_00", "other"][rng.next(3) as usize],
        spouse
    )
}

/// A profile line with a work history of one to four jobs, in Canada and
/// abroad, some ongoing, in occupations of several lists.
#[allow(dead_code)]
pub fn line_with_work(rng: &mut Lcg) -> String {
    let line = profile_line(rng);
    let nocs = ["21232", "31301", "72010", "41200", "13110", "00012"];
    let jobs: Vec<String> = (0..1 + rng.next(4))
        .map(|_| {
            let from = format!("{}-{:02}-01", 2014 + rng.next(11), 1 + rng.next(12));
            let to = if rng.next(3) == 0 {
                "null".to_string()
            } else {
                format!("\"{}-{:02}-28\"", 2025 + rng.next(2), 1 + rng.next(10))
            };
            format!(
                r#"{{"noc":"{}","where":"{}","from":"{from}","to":{to},"hours_per_week":{}}}"#,
                nocs[rng.next(nocs.len() as u64) as usize],
                if rng.next(2) == 0 { "canada" } else { "abroad" },
                [20, 30, 40][rng.next(3) as usize],
            )
        })
        .collect();
    let funds = 5_000 + rng.next(30) * 1_000;
    let trimmed = line.trim_end().strip_suffix('}').expect("an object");
    format!(
        r#"{trimmed},"work":[{}],"funds_cad":{funds},"family_members":{}}}"#,
        jobs.join(","),
        1 + rng.next(4)
    )
}

/// An `outlook --batch` query: a day from 2018 to 2026, a score, two kinds
/// of round, a nomination one time in ten, horizons of 3, 6 and 12 months.
#[allow(dead_code)]
pub fn outlook_query(rng: &mut Lcg) -> String {
    let kinds = ["cec", "fsw", "fst", "french", "healthcare", "stem", "trades"];
    // 2018-01-01 is day 17,532 after 1970-01-01.
    let (year, month, day) = civil_from_days(17_532 + rng.next(3_100) as i64);
    let first = kinds[rng.next(kinds.len() as u64) as usize];
    let second = kinds[rng.next(kinds.len() as u64) as usize];
    format!(
        "{{\"as_of\":\"{year:04}-{month:02}-{day:02}\",\"score\":{},\"eligible\":[\"{first}\",\"{second}\"],\"nominated\":{},\"months\":[3,6,12]}}",
        300 + rng.next(350),
        rng.next(10) == 0
    )
}

/// The calendar day `days` after 1970-01-01 (the proleptic Gregorian
/// calendar), without the crate: the generator stands apart from what it measures.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

//! Worked examples computed by hand from the official tables
//! (`shared/spec/crs-rules.md`). Each states its full breakdown: every row not
//! listed must score zero, so a stray point anywhere fails the test.

use crate::common;

use common::{english, french, profile, rules, shipped};

struct Example {
    name: &'static str,
    rules: &'static str,
    profile: String,
    total: u16,
    /// core, spouse, transferability, additional
    sections: [u16; 4],
    /// (section, factor, points) for every row that is not zero.
    rows: &'static [(&'static str, &'static str, i32)],
}

fn single(age: u8, education: &str, first: &str, extra: &str) -> String {
    format!(r#"{{"age": {age}, "education": "{education}", "first_language": {first}{extra}}}"#)
}

fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "age 17, secondary, CLB 3: only education counts",
            rules: "2025-03-25",
            profile: single(17, "secondary", &english([3, 3, 3, 3]), ""),
            total: 30,
            sections: [30, 0, 0, 0],
            rows: &[("core", "education", 30)],
        },
        Example {
            name: "age 18, one-year diploma, CLB 4, certificate that CLB 4 cannot unlock",
            rules: "2025-03-25",
            profile: single(
                18,
                "one_year",
                &english([4, 4, 4, 4]),
                r#", "certificate_of_qualification": true"#,
            ),
            total: 213,
            sections: [213, 0, 0, 0],
            rows: &[
                ("core", "age", 99),
                ("core", "education", 90),
                ("core", "first_language_listening", 6),
                ("core", "first_language_reading", 6),
                ("core", "first_language_writing", 6),
                ("core", "first_language_speaking", 6),
            ],
        },
        Example {
            name: "age 29, two-year diploma, CLB 5: language level too low for transferability",
            rules: "2025-03-25",
            profile: single(
                29,
                "two_year",
                &english([5, 5, 5, 5]),
                r#", "foreign_experience_years": 1"#,
            ),
            total: 232,
            sections: [232, 0, 0, 0],
            rows: &[
                ("core", "age", 110),
                ("core", "education", 98),
                ("core", "first_language_listening", 6),
                ("core", "first_language_reading", 6),
                ("core", "first_language_writing", 6),
                ("core", "first_language_speaking", 6),
            ],
        },
        Example {
            name: "age 30, bachelor's, CLB 6",
            rules: "2025-03-25",
            profile: single(30, "bachelors", &english([6, 6, 6, 6]), ""),
            total: 261,
            sections: [261, 0, 0, 0],
            rows: &[
                ("core", "age", 105),
                ("core", "education", 120),
                ("core", "first_language_listening", 9),
                ("core", "first_language_reading", 9),
                ("core", "first_language_writing", 9),
                ("core", "first_language_speaking", 9),
            ],
        },
        Example {
            name: "age 44, two or more credentials, CLB 7, one year in Canada",
            rules: "2025-03-25",
            profile: single(
                44,
                "two_or_more",
                &english([7, 7, 7, 7]),
                r#", "canadian_experience_years": 1"#,
            ),
            total: 292,
            sections: [242, 0, 50, 0],
            rows: &[
                ("core", "age", 6),
                ("core", "education", 128),
                ("core", "first_language_listening", 17),
                ("core", "first_language_reading", 17),
                ("core", "first_language_writing", 17),
                ("core", "first_language_speaking", 17),
                ("core", "canadian_experience", 40),
                ("transferability", "education", 50),
            ],
        },
        Example {
            name: "age 45, master's, CLB 8",
            rules: "2025-03-25",
            profile: single(45, "masters", &english([8, 8, 8, 8]), ""),
            total: 252,
            sections: [227, 0, 25, 0],
            rows: &[
                ("core", "education", 135),
                ("core", "first_language_listening", 23),
                ("core", "first_language_reading", 23),
                ("core", "first_language_writing", 23),
                ("core", "first_language_speaking", 23),
                ("transferability", "education", 25),
            ],
        },
        Example {
            name: "doctorate, CLB 9, two years in Canada, three abroad: both 50 caps bind",
            rules: "2025-03-25",
            profile: single(
                29,
                "doctoral",
                &english([9, 9, 9, 9]),
                r#", "canadian_experience_years": 2, "foreign_experience_years": 3"#,
            ),
            total: 537,
            sections: [437, 0, 100, 0],
            rows: &[
                ("core", "age", 110),
                ("core", "education", 150),
                ("core", "first_language_listening", 31),
                ("core", "first_language_reading", 31),
                ("core", "first_language_writing", 31),
                ("core", "first_language_speaking", 31),
                ("core", "canadian_experience", 53),
                ("transferability", "education", 50),
                ("transferability", "foreign_experience", 50),
            ],
        },
        Example {
            name: "less than secondary, CLB 10, five years in Canada: no education to transfer",
            rules: "2025-03-25",
            profile: single(
                29,
                "less_than_secondary",
                &english([10, 10, 10, 10]),
                r#", "canadian_experience_years": 5"#,
            ),
            total: 326,
            sections: [326, 0, 0, 0],
            rows: &[
                ("core", "age", 110),
                ("core", "first_language_listening", 34),
                ("core", "first_language_reading", 34),
                ("core", "first_language_writing", 34),
                ("core", "first_language_speaking", 34),
                ("core", "canadian_experience", 80),
            ],
        },
        Example {
            name: "bachelor's with CLB 11 and 12: capped at CLB 10 points, 25 tier",
            rules: "2025-03-25",
            profile: single(29, "bachelors", &english([11, 12, 10, 11]), ""),
            total: 391,
            sections: [366, 0, 25, 0],
            rows: &[
                ("core", "age", 110),
                ("core", "education", 120),
                ("core", "first_language_listening", 34),
                ("core", "first_language_reading", 34),
                ("core", "first_language_writing", 34),
                ("core", "first_language_speaking", 34),
                ("transferability", "education", 25),
            ],
        },
        Example {
            name: "bachelor's at CLB 7 with one year each: the 13-point tier on both lines",
            rules: "2025-03-25",
            profile: single(
                35,
                "bachelors",
                &english([7, 7, 7, 7]),
                r#", "canadian_experience_years": 1, "foreign_experience_years": 2"#,
            ),
            total: 357,
            sections: [305, 0, 52, 0],
            rows: &[
                ("core", "age", 77),
                ("core", "education", 120),
                ("core", "first_language_listening", 17),
                ("core", "first_language_reading", 17),
                ("core", "first_language_writing", 17),
                ("core", "first_language_speaking", 17),
                ("core", "canadian_experience", 40),
                ("transferability", "education", 26),
                ("transferability", "foreign_experience", 26),
            ],
        },
        Example {
            name: "with spouse: second language capped at 22, spouse section full, French 50",
            rules: "2025-03-25",
            profile: format!(
                r#"{{"age": 30, "education": "masters",
                    "first_language": {{"language": "english", "test": "ielts",
                        "listening": 8.5, "reading": 8.0, "writing": 7.5, "speaking": 7.5}},
                    "second_language": {},
                    "spouse": {{"education": "doctoral", "language": {}, "canadian_experience_years": 5}}}}"#,
                french([9, 9, 9, 9]),
                english([9, 9, 9, 9])
            ),
            total: 511,
            sections: [371, 40, 50, 50],
            rows: &[
                ("core", "age", 95),
                ("core", "education", 126),
                ("core", "first_language_listening", 32),
                ("core", "first_language_reading", 32),
                ("core", "first_language_writing", 32),
                ("core", "first_language_speaking", 32),
                ("core", "second_language", 22),
                ("spouse", "spouse_education", 10),
                ("spouse", "spouse_language", 20),
                ("spouse", "spouse_canadian_experience", 10),
                ("transferability", "education", 50),
                ("additional", "french", 50),
            ],
        },
        Example {
            name: "single: second language up to 24",
            rules: "2025-03-25",
            profile: single(
                30,
                "masters",
                &english([10, 10, 10, 10]),
                &format!(r#", "second_language": {}"#, french([9, 10, 9, 12])),
            ),
            total: 500,
            sections: [400, 0, 50, 50],
            rows: &[
                ("core", "age", 105),
                ("core", "education", 135),
                ("core", "first_language_listening", 34),
                ("core", "first_language_reading", 34),
                ("core", "first_language_writing", 34),
                ("core", "first_language_speaking", 34),
                ("core", "second_language", 24),
                ("transferability", "education", 50),
                ("additional", "french", 50),
            ],
        },
        Example {
            name: "certificate of qualification at CLB 5-6: 25",
            rules: "2025-03-25",
            profile: single(
                40,
                "secondary",
                &english([5, 6, 6, 6]),
                r#", "certificate_of_qualification": true"#,
            ),
            total: 138,
            sections: [113, 0, 25, 0],
            rows: &[
                ("core", "age", 50),
                ("core", "education", 30),
                ("core", "first_language_listening", 6),
                ("core", "first_language_reading", 9),
                ("core", "first_language_writing", 9),
                ("core", "first_language_speaking", 9),
                ("transferability", "certificate_of_qualification", 25),
            ],
        },
        Example {
            name: "certificate of qualification at CLB 9 with both lines full: the 100 cap takes 50",
            rules: "2025-03-25",
            profile: r#"{"age": 33, "education": "two_year",
                    "first_language": {"language": "english", "test": "celpip",
                        "listening": 9, "reading": 9, "writing": 9, "speaking": 9},
                    "canadian_experience_years": 2, "foreign_experience_years": 3,
                    "certificate_of_qualification": true}"#
                .to_string(),
            total: 463,
            sections: [363, 0, 100, 0],
            rows: &[
                ("core", "age", 88),
                ("core", "education", 98),
                ("core", "first_language_listening", 31),
                ("core", "first_language_reading", 31),
                ("core", "first_language_writing", 31),
                ("core", "first_language_speaking", 31),
                ("core", "canadian_experience", 53),
                ("transferability", "education", 50),
                ("transferability", "foreign_experience", 50),
                ("transferability", "certificate_of_qualification", 50),
                ("transferability", "section_cap", -50),
            ],
        },
        Example {
            name: "French as first language with no English: 25",
            rules: "2025-03-25",
            profile: r#"{"age": 29, "education": "bachelors",
                    "first_language": {"language": "french", "test": "tef",
                        "listening": 434, "reading": 434, "writing": 428, "speaking": 456}}"#
                .to_string(),
            total: 336,
            sections: [298, 0, 13, 25],
            rows: &[
                ("core", "age", 110),
                ("core", "education", 120),
                ("core", "first_language_listening", 17),
                ("core", "first_language_reading", 17),
                ("core", "first_language_writing", 17),
                ("core", "first_language_speaking", 17),
                ("transferability", "education", 13),
                ("additional", "french", 25),
            ],
        },
        Example {
            name: "French as first language with no English under 2017-06-06: 15",
            rules: "2017-06-06",
            profile: r#"{"age": 29, "education": "bachelors",
                    "first_language": {"language": "french", "test": "tef",
                        "listening": 434, "reading": 434, "writing": 428, "speaking": 456}}"#
                .to_string(),
            total: 326,
            sections: [298, 0, 13, 15],
            rows: &[
                ("core", "age", 110),
                ("core", "education", 120),
                ("core", "first_language_listening", 17),
                ("core", "first_language_reading", 17),
                ("core", "first_language_writing", 17),
                ("core", "first_language_speaking", 17),
                ("transferability", "education", 13),
                ("additional", "french", 15),
            ],
        },
        Example {
            name: "French second with English CLB 4 in one ability: 25",
            rules: "2025-03-25",
            profile: format!(
                r#"{{"age": 29, "education": "bachelors", "first_language": {},
                    "second_language": {{"language": "french", "test": "tcf",
                        "listening": 458, "reading": 453, "writing": 10, "speaking": 10}}}}"#,
                english([4, 5, 5, 5])
            ),
            total: 291,
            sections: [266, 0, 0, 25],
            rows: &[
                ("core", "age", 110),
                ("core", "education", 120),
                ("core", "first_language_listening", 6),
                ("core", "first_language_reading", 6),
                ("core", "first_language_writing", 6),
                ("core", "first_language_speaking", 6),
                ("core", "second_language", 12),
                ("additional", "french", 25),
            ],
        },
        Example {
            name: "French second with English CLB 5 on all four: 50",
            rules: "2025-03-25",
            profile: single(
                29,
                "bachelors",
                &english([5, 5, 5, 5]),
                &format!(r#", "second_language": {}"#, french([7, 7, 7, 7])),
            ),
            total: 316,
            sections: [266, 0, 0, 50],
            rows: &[
                ("core", "age", 110),
                ("core", "education", 120),
                ("core", "first_language_listening", 6),
                ("core", "first_language_reading", 6),
                ("core", "first_language_writing", 6),
                ("core", "first_language_speaking", 6),
                ("core", "second_language", 12),
                ("additional", "french", 50),
            ],
        },
        Example {
            name: "French second with English CLB 5 under 2017-06-06: 30",
            rules: "2017-06-06",
            profile: single(
                29,
                "bachelors",
                &english([5, 5, 5, 5]),
                &format!(r#", "second_language": {}"#, french([7, 7, 7, 7])),
            ),
            total: 296,
            sections: [266, 0, 0, 30],
            rows: &[
                ("core", "age", 110),
                ("core", "education", 120),
                ("core", "first_language_listening", 6),
                ("core", "first_language_reading", 6),
                ("core", "first_language_writing", 6),
                ("core", "first_language_speaking", 6),
                ("core", "second_language", 12),
                ("additional", "french", 30),
            ],
        },
        Example {
            name: "French at NCLC 6 in one ability: no bonus",
            rules: "2025-03-25",
            profile: single(
                29,
                "bachelors",
                &english([5, 5, 5, 5]),
                &format!(r#", "second_language": {}"#, french([7, 7, 6, 7])),
            ),
            total: 264,
            sections: [264, 0, 0, 0],
            rows: &[
                ("core", "age", 110),
                ("core", "education", 120),
                ("core", "first_language_listening", 6),
                ("core", "first_language_reading", 6),
                ("core", "first_language_writing", 6),
                ("core", "first_language_speaking", 6),
                ("core", "second_language", 10),
            ],
        },
        Example {
            name: "job offer TEER 0 Major Group 00 under 2020-10-27: 200",
            rules: "2020-10-27",
            profile: single(
                29,
                "masters",
                &english([9, 9, 9, 9]),
                r#", "job_offer": "teer_0_major_00""#,
            ),
            total: 619,
            sections: [369, 0, 50, 200],
            rows: &[
                ("core", "age", 110),
                ("core", "education", 135),
                ("core", "first_language_listening", 31),
                ("core", "first_language_reading", 31),
                ("core", "first_language_writing", 31),
                ("core", "first_language_speaking", 31),
                ("transferability", "education", 50),
                ("additional", "job_offer", 200),
            ],
        },
        Example {
            name: "other job offer under 2020-10-27: 50",
            rules: "2020-10-27",
            profile: single(29, "masters", &english([9, 9, 9, 9]), r#", "job_offer": "other""#),
            total: 469,
            sections: [369, 0, 50, 50],
            rows: &[
                ("core", "age", 110),
                ("core", "education", 135),
                ("core", "first_language_listening", 31),
                ("core", "first_language_reading", 31),
                ("core", "first_language_writing", 31),
                ("core", "first_language_speaking", 31),
                ("transferability", "education", 50),
                ("additional", "job_offer", 50),
            ],
        },
        Example {
            name: "job offer under 2025-03-25: nothing",
            rules: "2025-03-25",
            profile: single(
                29,
                "masters",
                &english([9, 9, 9, 9]),
                r#", "job_offer": "teer_0_major_00""#,
            ),
            total: 419,
            sections: [369, 0, 50, 0],
            rows: &[
                ("core", "age", 110),
                ("core", "education", 135),
                ("core", "first_language_listening", 31),
                ("core", "first_language_reading", 31),
                ("core", "first_language_writing", 31),
                ("core", "first_language_speaking", 31),
                ("transferability", "education", 50),
            ],
        },
        Example {
            name: "nomination, job offer, Canadian degree and sibling: the 600 cap",
            rules: "2020-10-27",
            profile: single(
                29,
                "masters",
                &english([9, 9, 9, 9]),
                r#", "provincial_nomination": true, "job_offer": "teer_0_major_00",
                   "canadian_education": "three_year_or_more", "sibling_in_canada": true"#,
            ),
            total: 1019,
            sections: [369, 0, 50, 600],
            rows: &[
                ("core", "age", 110),
                ("core", "education", 135),
                ("core", "first_language_listening", 31),
                ("core", "first_language_reading", 31),
                ("core", "first_language_writing", 31),
                ("core", "first_language_speaking", 31),
                ("transferability", "education", 50),
                ("additional", "provincial_nomination", 600),
                ("additional", "job_offer", 200),
                ("additional", "canadian_education", 30),
                ("additional", "sibling_in_canada", 15),
                ("additional", "section_cap", -245),
            ],
        },
        Example {
            name: "everything at its maximum, single: 1200",
            rules: "2025-03-25",
            profile: single(
                25,
                "doctoral",
                &english([10, 10, 10, 10]),
                &format!(
                    r#", "second_language": {}, "canadian_experience_years": 5,
                       "foreign_experience_years": 3, "certificate_of_qualification": true,
                       "provincial_nomination": true, "canadian_education": "three_year_or_more",
                       "sibling_in_canada": true"#,
                    french([10, 10, 10, 10])
                ),
            ),
            total: 1200,
            sections: [500, 0, 100, 600],
            rows: &[
                ("core", "age", 110),
                ("core", "education", 150),
                ("core", "first_language_listening", 34),
                ("core", "first_language_reading", 34),
                ("core", "first_language_writing", 34),
                ("core", "first_language_speaking", 34),
                ("core", "second_language", 24),
                ("core", "canadian_experience", 80),
                ("transferability", "education", 50),
                ("transferability", "foreign_experience", 50),
                ("transferability", "certificate_of_qualification", 50),
                ("transferability", "section_cap", -50),
                ("additional", "provincial_nomination", 600),
                ("additional", "canadian_education", 30),
                ("additional", "sibling_in_canada", 15),
                ("additional", "french", 50),
                ("additional", "section_cap", -95),
            ],
        },
        Example {
            name: "everything at its maximum, with spouse: 1200",
            rules: "2025-03-25",
            profile: single(
                25,
                "doctoral",
                &english([10, 10, 10, 10]),
                &format!(
                    r#", "second_language": {}, "canadian_experience_years": 7,
                       "foreign_experience_years": 9, "certificate_of_qualification": true,
                       "provincial_nomination": true,
                       "spouse": {{"education": "doctoral", "language": {},
                                   "canadian_experience_years": 6}}"#,
                    french([10, 10, 10, 10]),
                    english([10, 10, 10, 10])
                ),
            ),
            total: 1200,
            sections: [460, 40, 100, 600],
            rows: &[
                ("core", "age", 100),
                ("core", "education", 140),
                ("core", "first_language_listening", 32),
                ("core", "first_language_reading", 32),
                ("core", "first_language_writing", 32),
                ("core", "first_language_speaking", 32),
                ("core", "second_language", 22),
                ("core", "canadian_experience", 70),
                ("spouse", "spouse_education", 10),
                ("spouse", "spouse_language", 20),
                ("spouse", "spouse_canadian_experience", 10),
                ("transferability", "education", 50),
                ("transferability", "foreign_experience", 50),
                ("transferability", "certificate_of_qualification", 50),
                ("transferability", "section_cap", -50),
                ("additional", "provincial_nomination", 600),
                ("additional", "french", 50),
                ("additional", "section_cap", -50),
            ],
        },
        Example {
            name: "with spouse who has no test: only education and experience count",
            rules: "2025-03-25",
            profile: single(
                29,
                "bachelors",
                &english([8, 8, 8, 8]),
                r#", "spouse": {"education": "masters", "language": null, "canadian_experience_years": 2}"#,
            ),
            total: 330,
            sections: [300, 17, 13, 0],
            rows: &[
                ("core", "age", 100),
                ("core", "education", 112),
                ("core", "first_language_listening", 22),
                ("core", "first_language_reading", 22),
                ("core", "first_language_writing", 22),
                ("core", "first_language_speaking", 22),
                ("spouse", "spouse_education", 10),
                ("spouse", "spouse_canadian_experience", 7),
                ("transferability", "education", 13),
            ],
        },
        Example {
            name: "with spouse, three years in Canada: 13 + 25 on both lines",
            rules: "2025-03-25",
            profile: single(
                31,
                "one_year",
                &english([7, 7, 7, 7]),
                &format!(
                    r#", "canadian_experience_years": 3, "foreign_experience_years": 1,
                       "spouse": {{"education": "less_than_secondary", "language": {},
                                   "canadian_experience_years": 0}}"#,
                    english([4, 4, 4, 4])
                ),
            ),
            total: 370,
            sections: [294, 0, 76, 0],
            rows: &[
                ("core", "age", 90),
                ("core", "education", 84),
                ("core", "first_language_listening", 16),
                ("core", "first_language_reading", 16),
                ("core", "first_language_writing", 16),
                ("core", "first_language_speaking", 16),
                ("core", "canadian_experience", 56),
                ("transferability", "education", 38),
                ("transferability", "foreign_experience", 38),
            ],
        },
        Example {
            name: "with spouse, twelve years in Canada: experience stops at 5",
            rules: "2025-03-25",
            profile: single(
                32,
                "secondary",
                &english([9, 9, 9, 9]),
                &format!(
                    r#", "canadian_experience_years": 12,
                       "spouse": {{"education": "two_year", "language": {},
                                   "canadian_experience_years": 3}}"#,
                    english([5, 6, 7, 8])
                ),
            ),
            total: 322,
            sections: [299, 23, 0, 0],
            rows: &[
                ("core", "age", 85),
                ("core", "education", 28),
                ("core", "first_language_listening", 29),
                ("core", "first_language_reading", 29),
                ("core", "first_language_writing", 29),
                ("core", "first_language_speaking", 29),
                ("core", "canadian_experience", 70),
                ("spouse", "spouse_education", 7),
                ("spouse", "spouse_language", 8),
                ("spouse", "spouse_canadian_experience", 8),
            ],
        },
        Example {
            name: "single, four years in Canada, CLB 10: the education group reaches 50 exactly",
            rules: "2025-03-25",
            profile: single(
                34,
                "two_year",
                &english([10, 10, 10, 10]),
                r#", "canadian_experience_years": 4"#,
            ),
            total: 439,
            sections: [389, 0, 50, 0],
            rows: &[
                ("core", "age", 83),
                ("core", "education", 98),
                ("core", "first_language_listening", 34),
                ("core", "first_language_reading", 34),
                ("core", "first_language_writing", 34),
                ("core", "first_language_speaking", 34),
                ("core", "canadian_experience", 72),
                ("transferability", "education", 50),
            ],
        },
        Example {
            name: "the specification's sample scenario",
            rules: "2025-03-25",
            profile: std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/assets/examples/baseline.json"
            ))
            .expect("example ships"),
            total: 500,
            sections: [380, 20, 100, 0],
            rows: &[
                ("core", "age", 100),
                ("core", "education", 126),
                ("core", "first_language_listening", 29),
                ("core", "first_language_reading", 29),
                ("core", "first_language_writing", 29),
                ("core", "first_language_speaking", 29),
                ("core", "second_language", 3),
                ("core", "canadian_experience", 35),
                ("spouse", "spouse_education", 8),
                ("spouse", "spouse_language", 12),
                ("transferability", "education", 50),
                ("transferability", "foreign_experience", 50),
            ],
        },
    ]
}

#[test]
fn worked_examples_match_their_hand_computed_breakdowns() {
    let book = shipped();
    let examples = examples();
    assert!(examples.len() >= 20);
    let mut failures = Vec::new();
    for example in &examples {
        let profile = profile(&example.profile);
        let breakdown = rules(&book, example.rules).score(&profile);
        let sections = [
            breakdown.sections[0],
            breakdown.sections[1],
            breakdown.sections[2],
            breakdown.sections[3],
        ];
        if breakdown.total != example.total || sections != example.sections {
            failures.push(format!(
                "{}: total {} sections {:?}, expected {} {:?}",
                example.name, breakdown.total, sections, example.total, example.sections
            ));
        }
        for row in &breakdown.rows {
            let key = (row.factor.section().key(), row.factor.key());
            let expected = example
                .rows
                .iter()
                .find(|(section, factor, _)| (*section, *factor) == key)
                .map_or(0, |&(_, _, points)| points);
            if row.points != expected {
                failures.push(format!(
                    "{}: {}.{} = {}, expected {expected}",
                    example.name, key.0, key.1, row.points
                ));
            }
        }
        for (section, factor, _) in example.rows {
            assert!(
                breakdown
                    .rows
                    .iter()
                    .any(|row| (row.factor.section().key(), row.factor.key()) == (*section, *factor)),
                "{}: no row {section}.{factor}",
                example.name
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_age_from_the_table() {
    let book = shipped();
    let rules = rules(&book, "2025-03-25");
    // (age, with spouse, without spouse), straight from the official table.
    let table: &[(u8, i32, i32)] = &[
        (0, 0, 0),
        (17, 0, 0),
        (18, 90, 99),
        (19, 95, 105),
        (20, 100, 110),
        (25, 100, 110),
        (29, 100, 110),
        (30, 95, 105),
        (31, 90, 99),
        (32, 85, 94),
        (33, 80, 88),
        (34, 75, 83),
        (35, 70, 77),
        (36, 65, 72),
        (37, 60, 66),
        (38, 55, 61),
        (39, 50, 55),
        (40, 45, 50),
        (41, 35, 39),
        (42, 25, 28),
        (43, 15, 17),
        (44, 5, 6),
        (45, 0, 0),
        (60, 0, 0),
        (120, 0, 0),
    ];
    for &(age, with, without) in table {
        let alone = profile(&single(age, "secondary", &english([4, 4, 4, 4]), ""));
        let couple = profile(&single(
            age,
            "secondary",
            &english([4, 4, 4, 4]),
            r#", "spouse": {"education": "secondary"}"#,
        ));
        let factor = crs_planner::engine::Factor::Age;
        assert_eq!(rules.score(&alone).points(factor), without, "age {age} single");
        assert_eq!(rules.score(&couple).points(factor), with, "age {age} with spouse");
    }
}

#[test]
fn rule_set_is_picked_by_date() {
    let book = shipped();
    let on = |date: &str| {
        book.in_force_on(date.parse().unwrap())
            .map(|set| set.id().to_string())
    };
    assert_eq!(on("2017-06-06").unwrap(), "2017-06-06");
    assert_eq!(on("2020-10-26").unwrap(), "2017-06-06");
    assert_eq!(on("2020-10-27").unwrap(), "2020-10-27");
    assert_eq!(on("2025-03-24").unwrap(), "2020-10-27");
    assert_eq!(on("2025-03-25").unwrap(), "2025-03-25");
    assert_eq!(on("2026-11-25").unwrap(), "2025-03-25");
    let error = on("2017-06-05").unwrap_err();
    assert_eq!(
        error.to_string(),
        "no rule set is in force on 2017-06-05: the oldest one, 2017-06-06, starts on 2017-06-06"
    );
}

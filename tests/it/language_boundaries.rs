//! Every cell of the equivalency charts, transcribed here from
//! `shared/spec/language-tests.md` independently of `rules/language-tests.json`:
//! for each test and ability, the lowest score of each level reaches it and
//! the score just below does not.

use crs_planner::engine::{Abilities, Ability, Language, LanguageTables, LanguageTest};

/// Lowest score for CLB/NCLC 4, 5, 6, 7, 8, 9, 10, per ability
/// (reading, writing, listening, speaking, as the charts list them).
struct Chart {
    test: LanguageTest,
    language: Language,
    /// One step of the scale (0.5 for IELTS).
    step: f64,
    /// The lowest score on the scale.
    floor: f64,
    reading: [f64; 7],
    writing: [f64; 7],
    listening: [f64; 7],
    speaking: [f64; 7],
}

fn charts() -> Vec<Chart> {
    vec![
        Chart {
            test: LanguageTest::Ielts,
            language: Language::English,
            step: 0.5,
            floor: 0.0,
            reading: [3.5, 4.0, 5.0, 6.0, 6.5, 7.0, 8.0],
            writing: [4.0, 5.0, 5.5, 6.0, 6.5, 7.0, 7.5],
            listening: [4.5, 5.0, 5.5, 6.0, 7.5, 8.0, 8.5],
            speaking: [4.0, 5.0, 5.5, 6.0, 6.5, 7.0, 7.5],
        },
        Chart {
            test: LanguageTest::Celpip,
            language: Language::English,
            step: 1.0,
            floor: 0.0,
            reading: [4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0],
            writing: [4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0],
            listening: [4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0],
            speaking: [4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0],
        },
        Chart {
            test: LanguageTest::Pte,
            language: Language::English,
            step: 1.0,
            floor: 10.0,
            reading: [33.0, 42.0, 51.0, 60.0, 69.0, 78.0, 88.0],
            writing: [41.0, 51.0, 60.0, 69.0, 79.0, 88.0, 90.0],
            listening: [28.0, 39.0, 50.0, 60.0, 71.0, 82.0, 89.0],
            speaking: [42.0, 51.0, 59.0, 68.0, 76.0, 84.0, 89.0],
        },
        Chart {
            test: LanguageTest::Tef,
            language: Language::French,
            step: 1.0,
            floor: 0.0,
            reading: [306.0, 352.0, 393.0, 434.0, 462.0, 503.0, 546.0],
            writing: [268.0, 330.0, 379.0, 428.0, 472.0, 512.0, 558.0],
            listening: [306.0, 352.0, 393.0, 434.0, 462.0, 503.0, 546.0],
            speaking: [328.0, 387.0, 422.0, 456.0, 494.0, 518.0, 556.0],
        },
        Chart {
            test: LanguageTest::Tcf,
            language: Language::French,
            step: 1.0,
            floor: 0.0,
            reading: [342.0, 375.0, 406.0, 453.0, 499.0, 524.0, 549.0],
            writing: [4.0, 6.0, 7.0, 10.0, 12.0, 14.0, 16.0],
            listening: [331.0, 369.0, 398.0, 458.0, 503.0, 523.0, 549.0],
            speaking: [4.0, 6.0, 7.0, 10.0, 12.0, 14.0, 16.0],
        },
    ]
}

/// The level one ability's score converts to, through the public API a
/// scenario file goes through.
fn level_of(chart: &Chart, ability: Ability, score: f64) -> u8 {
    let tables = LanguageTables::official();
    // Fill the other abilities with a valid score; only `ability` is read.
    let mut scores = Abilities([chart.floor; 4]);
    scores.set(ability, score);
    let result = tables
        .result(chart.language, chart.test, scores)
        .unwrap_or_else(|e| panic!("{:?} {ability:?} {score}: {e:?}", chart.test));
    result.levels().get(ability)
}

#[test]
fn lowest_score_of_each_level_reaches_it_and_the_one_below_does_not() {
    let mut checked = 0;
    for chart in charts() {
        for (ability, lows) in [
            (Ability::Reading, chart.reading),
            (Ability::Writing, chart.writing),
            (Ability::Listening, chart.listening),
            (Ability::Speaking, chart.speaking),
        ] {
            for (index, &lowest) in lows.iter().enumerate() {
                let level = 4 + index as u8;
                assert_eq!(
                    level_of(&chart, ability, lowest),
                    level,
                    "{:?} {ability:?} {lowest} should be level {level}",
                    chart.test
                );
                let below = lowest - chart.step;
                let expected_below = if level == 4 { 0 } else { level - 1 };
                assert_eq!(
                    level_of(&chart, ability, below),
                    expected_below,
                    "{:?} {ability:?} {below} should be level {expected_below}",
                    chart.test
                );
                checked += 2;
            }
        }
    }
    assert_eq!(checked, 5 * 4 * 7 * 2);
}

#[test]
fn scores_above_the_top_row_stay_at_clb_10() {
    assert_eq!(level_of(&charts()[0], Ability::Reading, 9.0), 10);
    assert_eq!(level_of(&charts()[1], Ability::Speaking, 12.0), 10);
    assert_eq!(level_of(&charts()[2], Ability::Writing, 90.0), 10);
    assert_eq!(level_of(&charts()[3], Ability::Listening, 699.0), 10);
    assert_eq!(level_of(&charts()[4], Ability::Writing, 20.0), 10);
}

#[test]
fn ielts_between_listed_bands_takes_the_lower_level() {
    let ielts = &charts()[0];
    assert_eq!(level_of(ielts, Ability::Reading, 7.5), 9);
    assert_eq!(level_of(ielts, Ability::Listening, 7.0), 7);
    assert_eq!(level_of(ielts, Ability::Listening, 6.5), 7);
}

#[test]
fn plain_levels_are_taken_as_they_are() {
    let tables = LanguageTables::official();
    for language in [Language::English, Language::French] {
        for level in 0..=12u8 {
            let result = tables
                .result(language, LanguageTest::Clb, Abilities([f64::from(level); 4]))
                .unwrap();
            assert_eq!(result.levels(), Abilities([level; 4]));
        }
    }
}

#[test]
fn scores_off_the_scale_are_refused() {
    let tables = LanguageTables::official();
    let bad = [
        (LanguageTest::Ielts, Language::English, 7.3),
        (LanguageTest::Ielts, Language::English, 9.5),
        (LanguageTest::Ielts, Language::English, -0.5),
        (LanguageTest::Celpip, Language::English, 13.0),
        (LanguageTest::Celpip, Language::English, 8.5),
        (LanguageTest::Pte, Language::English, 9.0),
        (LanguageTest::Pte, Language::English, 91.0),
        (LanguageTest::Tef, Language::French, 700.0),
        (LanguageTest::Tcf, Language::French, 21.0),
        (LanguageTest::Clb, Language::French, 13.0),
    ];
    for (test, language, score) in bad {
        // Speaking is the ability whose scale is smallest for TCF, so 21 is off it.
        let mut scores = Abilities([if test == LanguageTest::Pte { 10.0 } else { 0.0 }; 4]);
        scores.set(Ability::Speaking, score);
        assert!(
            tables.result(language, test, scores).is_err(),
            "{test:?} {score} should be refused"
        );
    }
}

#[test]
fn tests_are_tied_to_their_language() {
    let tables = LanguageTables::official();
    for (test, wrong) in [
        (LanguageTest::Ielts, Language::French),
        (LanguageTest::Celpip, Language::French),
        (LanguageTest::Pte, Language::French),
        (LanguageTest::Tef, Language::English),
        (LanguageTest::Tcf, Language::English),
    ] {
        let floor = if test == LanguageTest::Pte { 10.0 } else { 0.0 };
        assert!(
            tables.result(wrong, test, Abilities([floor; 4])).is_err(),
            "{test:?}"
        );
    }
}

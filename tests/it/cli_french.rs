//! The commands in French: chosen by --lang, CRS_PLANNER_LANG, the
//! remembered choice or the locale; JSON the same in every language.

use crate::common;

use std::process::Output;

const BASELINE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/baseline.json");
const WORK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/work-history.json");

fn text(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn text_err(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn run(args: &[&str], vars: &[(&str, &str)]) -> Output {
    let home = tempfile::tempdir().unwrap();
    common::run_binary_with(home.path(), args, "", vars)
}

#[test]
fn score_speaks_french_with_lang() {
    let output = run(&["score", BASELINE, "--lang", "fr"], &[]);
    assert!(output.status.success());
    let report = text(&output);
    for said in [
        "Règles 2025-03-25",
        "note calculée avec un époux ou conjoint de fait qui accompagne",
        "Langues",
        "  1re :   anglais, IELTS General Training : Compr. orale 8,0 = NCLC 9",
        "A. Facteurs de base / capital humain",
        "   Âge                               29 ans",
        "   Expérience de travail au Canada   1 an",
        "   Offre d'emploi réservé            non noté selon les règles 2025-03-25",
        "Zone 500+ : en tête du bassin",
    ] {
        assert!(report.contains(said), "{said:?} not in\n{report}");
    }
    for english in [
        "Rule set",
        "Languages",
        "years",
        "not scored",
        "front of the pack",
    ] {
        assert!(!report.contains(english), "{english:?} in\n{report}");
    }
}

#[test]
fn the_language_comes_from_the_variable_then_the_locale() {
    let by_variable = text(&run(
        &["score", BASELINE],
        &[("CRS_PLANNER_LANG", "fr"), ("LANG", "en_CA.UTF-8")],
    ));
    assert!(by_variable.contains("Langues"), "{by_variable}");
    let by_locale = text(&run(&["score", BASELINE], &[("LANG", "fr_CA.UTF-8")]));
    assert!(by_locale.contains("Langues"), "{by_locale}");
    let flag_wins = text(&run(
        &["score", BASELINE, "--lang", "en"],
        &[("LC_ALL", "fr_FR.UTF-8")],
    ));
    assert!(flag_wins.contains("Languages"), "{flag_wins}");
    let german = text(&run(&["score", BASELINE], &[("LANG", "de_DE.UTF-8")]));
    assert!(german.contains("Languages"), "{german}");
}

#[test]
fn a_language_without_a_catalogue_is_refused_in_one_line() {
    let output = run(&["score", BASELINE, "--lang", "de"], &[]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "crs-planner: no catalogue for the language \"de\" (available: en, fr)\n"
    );
}

#[test]
fn json_is_the_same_in_every_language() {
    for args in [
        vec!["score", BASELINE, "--json"],
        vec!["score", DATED, "--json", "--as-of", "2029-06-01"],
        vec!["eligibility", WORK, "--json"],
        vec!["plan", BASELINE, "--target", "520", "--json"],
        vec!["plan", WORK, "--target-category", "french", "--json"],
        vec!["timeline", DATED, "--json"],
        vec!["outlook", WORK, "--json"],
        vec!["draws", "--scenario", WORK, "--json"],
    ] {
        let english = run(&args, &[]);
        let mut french_args = args.clone();
        french_args.extend(["--lang", "fr"]);
        let french = run(&french_args, &[("LANG", "fr_CA.UTF-8")]);
        assert!(
            english.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&english.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&english.stdout),
            String::from_utf8_lossy(&french.stdout),
            "{args:?}"
        );
    }
}

/// JSON lines are the same bytes in every language: their problems (a
/// value out of range, broken JSON, a wrong format) and notes in English.
#[test]
fn batch_lines_are_english_in_every_language() {
    let dated = std::fs::read_to_string(DATED).unwrap();
    let dated: serde_json::Value = serde_json::from_str(&dated).unwrap();
    let lines = format!(
        "{}\n{{\"age\": 200}}\nnot json\n{{\"format\": \"crs-scenario/9\"}}\n",
        serde_json::to_string(&dated).unwrap()
    );
    for command in ["score", "eligibility"] {
        let english = crate::common::run_binary(
            tempfile::tempdir().unwrap().path(),
            &[command, "--batch", "--as-of", "2029-06-01"],
            &lines,
        );
        let french = crate::common::run_binary(
            tempfile::tempdir().unwrap().path(),
            &[command, "--batch", "--as-of", "2029-06-01", "--lang", "fr"],
            &lines,
        );
        let english_out = String::from_utf8(english.stdout).unwrap();
        assert_eq!(
            english_out,
            String::from_utf8(french.stdout).unwrap(),
            "{command}"
        );
        assert!(english_out.contains("expected"), "{command}: {english_out}");
        assert_eq!(english_out.lines().count(), 4, "{command}: {english_out}");
        assert_eq!(english.status.code(), french.status.code(), "{command}");
    }
}

/// A file that does not load is said in the reader's language, JSON or not.
#[test]
fn a_json_run_says_its_problems_in_the_readers_language() {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("bad.json");
    std::fs::write(&file, r#"{"format": "crs-scenario/1", "profile": {"age": 200}}"#).unwrap();
    let file = file.to_str().unwrap();
    for args in [
        vec!["score", file, "--json"],
        vec!["eligibility", file, "--json"],
        vec!["plan", file, "--target", "500", "--json"],
        vec!["timeline", file, "--json"],
        vec!["outlook", file, "--json"],
    ] {
        let mut french = args.clone();
        french.extend(["--lang", "fr"]);
        let output = run(&french, &[]);
        assert!(output.stdout.is_empty(), "{args:?}");
        let said = String::from_utf8(output.stderr).unwrap();
        assert!(
            said.contains("profile.age: attendu des années entières de 0 à 120, trouvé 200"),
            "{args:?}: {said}"
        );
    }
}

const DATED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/dated-couple.json");

/// Runs a command in French and checks the lines it must write and the
/// English it must not.
fn speaks_french(args: &[&str], said: &[&str], english: &[&str]) {
    let mut args = args.to_vec();
    args.extend(["--lang", "fr"]);
    let output = run(&args, &[]);
    assert!(output.status.success(), "{args:?}: {output:?}");
    let report = text(&output);
    for line in said {
        assert!(report.contains(line), "{line:?} not in {args:?}:\n{report}");
    }
    for word in english {
        assert!(!report.contains(word), "{word:?} in {args:?}:\n{report}");
    }
}

#[test]
fn plan_speaks_french() {
    speaks_french(
        &["plan", BASELINE, "--target", "520", "--as-of", "2026-11-29"],
        &[
            "Baseline : 500 maintenant, cible 520 (règles 2025-03-25)",
            "Plan 1 · effort 24 · fait le 2028-11-29 (24 mois) · atteint 521 (+21)\n",
            "    +21  Expérience au Canada 1 -> 3 ans  (effort 24, 24 mois)",
            "    +59  NCLC 7 partout en français  (effort 40, 8 mois)",
            "Effort = mois x difficulté (1 à 5) de chaque étape",
            "Pour comparer avec votre époux ou conjoint de fait comme demandeur principal, indiquez l'âge de l'époux ou conjoint de fait (spouse.age).",
        ],
        &["now", "target", "months", "reaches", "best for", "spouse's", "years"],
    );
    speaks_french(
        &[
            "plan",
            WORK,
            "--target-category",
            "french",
            "--as-of",
            "2026-11-29",
        ],
        &[
            "la note limite de la dernière ronde « Français » (ronde 433, 2026-08-06)",
            "Pour être dans les rondes Compétence linguistique en français, il vous faut aussi :",
            "  - NCLC 7 dans les quatre compétences d'un résultat valide en français : vous n'en avez aucun",
            "en chemin, d'ici là (anniversaires, résultats échus, expérience acquise)",
        ],
        &["latest", "round's", "To be in", "on the way", "months"],
    );
}

#[test]
fn draws_outlook_and_timeline_speak_french() {
    speaks_french(
        &["draws", "--scenario", WORK, "--as-of", "2026-11-29"],
        &[
            "Rondes d'invitations d'IRCC : rondes jusqu'au 2026-08-07 (ronde 434), fournies avec crs-planner",
            "Rondes depuis le 2026-02-07 (les six derniers mois de données) : 40",
            "  Date        Ronde  Catégorie                Liste   Invités  Note lim.  Vous",
            "  2026-08-06    433  Français                  2026     5\u{a0}000      391  ✗ non admissible",
            "Rondes où vous ne pouviez pas être, et pourquoi :",
            "  Candidats des prov. : non",
            "    - une désignation provinciale",
            "  Recrues militaires (listes de 2026) : inconnu",
            "    - il faut une offre d'emploi des Forces armées canadiennes, ce qu'un scénario n'indique pas",
            "    - 0 mois sur 12 (0 heure sur 1\u{a0}560) dans une profession de la liste au cours des 3 dernières années",
            "Note 443 face aux 6 dernières rondes de chaque catégorie :",
            "  Expérience canadienne        0 sur 6    516 (2026-08-05)    -73",
            "Les notes limites des candidats des provinces comprennent les 600 points d'une désignation.",
            "Bassin au 2026-08-03 (publié avec la ronde 434) : environ 102\u{a0}821 candidats devant 443, les premiers 44,9 % sur 229\u{a0}100.",
        ],
        &["Round ", "Rounds", "not eligible", "not known", "lists", "Invited", "Pool", "provincial nomination", "Armed"],
    );
    speaks_french(
        &["outlook", WORK, "--as-of", "2026-11-29"],
        &[
            "Perspectives pour 443 au 2026-11-29, d'après les rondes jusqu'au 2026-08-07 :",
            "Avertissement : la ronde la plus récente connue date du 2026-08-07, plus de 8 semaines avant le 2026-11-29",
            "Toute ronde qui vous est ouverte : ",
            " % d'ici 6 mois",
            "Attente prévue : ",
            "15 rondes du 2025-11-29 au 2026-11-29, dernière note limite 516",
            "score de Brier vaut 0,",
        ],
        &["Outlook", "Warning", "within", "Expected", "rounds in", "latest", "Brier score", "lower is better"],
    );
    speaks_french(
        &["timeline", DATED, "--as-of", "2026-11-29"],
        &[
            "Couple with dates : 495 le 2026-11-29, 379 le 2029-11-29 si rien d'autre ne change",
            "Dates clés :",
            "  2027-03-14 : -5, anniversaire (31 ans)  (total 490)",
            "  2027-06-01 : -166, le résultat en première langue échoit (test passé le 2025-06-01)  (total 324)",
            "  2027-09-01 : +48, l'expérience au Canada atteint 2 ans  (total 372)",
            "Échéances :",
            "le résultat en première langue (test passé le 2025-06-01) cesse de compter ; repassez le test avant",
            "Mois par mois :",
            "  2026-11  495   2026-12  495",
        ],
        &["Key dates", "birthday", "expires", "Deadlines", "Month by month", "if nothing", "retake"],
    );
}

#[test]
fn eligibility_speaks_french() {
    speaks_french(
        &["eligibility", WORK, "--as-of", "2026-11-29"],
        &[
            "Dans le bassin : oui (PTQF, CEC)",
            "Expérience : 1 an au Canada, 6 ans à l'étranger (comptée d'après les antécédents de travail)",
            "Programmes",
            "  PTQF oui  (80 points sur 100, note de passage 67 : langues 22/28, études 21/25, expérience 15/15, âge 12/12, emploi réservé 0/10, capacité d'adaptation 10/10)",
            "         - une offre d'emploi ou un certificat de compétence dans le métier délivré par une autorité canadienne",
            "Catégories (listes 2026, en vigueur depuis le 2026-02-18)",
            "  Recrues militaires        inconnu",
        ],
        &["In the pool", "Experience", "Programs", "points of", "pass mark", "unknown", "months of", "Armed"],
    );
}

#[test]
fn help_and_mistakes_on_the_command_line_are_in_french() {
    let help = run(&["plan", "--help", "--lang", "fr"], &[]);
    assert!(help.status.success());
    let help = text(&help);
    for line in [
        "Les plans les moins exigeants qui atteignent une note cible, et qui devrait présenter la demande",
        "Utilisation : crs-planner plan [OPTIONS] <FICHIER>",
        "Arguments\u{a0}:",
        "  <FICHIER>  Le scénario de départ",
        "Options\u{a0}:",
        "      --target <N>           La note à atteindre",
        "  -h, --help                 Afficher l'aide",
    ] {
        assert!(help.contains(line), "{line:?} not in\n{help}");
    }
    for english in ["Usage", "Print", "The score to reach", "default:"] {
        assert!(!help.contains(english), "{english:?} in\n{help}");
    }
    let top = text(&run(&["--help"], &[("LANG", "fr_CA.UTF-8")]));
    assert!(top.contains("Commandes\u{a0}:"), "{top}");
    assert!(
        top.contains("  help         Afficher ce message ou l'aide des sous-commandes données"),
        "{top}"
    );
    assert!(
        top.contains("  -V, --version\n          Afficher la version"),
        "{top}"
    );

    let refused = run(&["plan", BASELINE, "--target", "1300", "--lang", "fr"], &[]);
    assert_eq!(refused.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(refused.stderr).unwrap(),
        "erreur : valeur « 1300 » non valide pour « --target <N> » : attendu un nombre entier de 1 à 1\u{a0}200, trouvé \"1300\"\n\n\
         Pour en savoir plus, essayez « --help ».\n"
    );
    let typo = text_err(&run(&["scor", BASELINE, "--lang", "fr"], &[]));
    assert!(
        typo.starts_with("erreur : sous-commande inconnue « scor »\n\n  astuce : des sous-commandes semblables existent : « compare », « score »\n"),
        "{typo}"
    );
    let unknown = run(&["score", BASELINE, "--bogus", "--lang", "fr"], &[]);
    assert_eq!(unknown.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(unknown.stderr).unwrap(),
        "erreur : argument inattendu « --bogus »\n\n\
         Utilisation : crs-planner score <FICHIER>\n\n\
         Pour en savoir plus, essayez « --help ».\n"
    );
}

#[test]
fn english_help_is_what_the_code_says() {
    let help = text(&run(&["plan", "--help"], &[]));
    assert!(
        help.contains("Usage: crs-planner plan [OPTIONS] <FILE>"),
        "{help}"
    );
    assert!(
        help.contains("      --target <N>           The score to reach"),
        "{help}"
    );
    assert!(help.contains("  -h, --help                 Print help"), "{help}");
}

#[test]
fn a_bad_scenario_is_refused_in_french_with_its_field_path_as_in_the_file() {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("bad.json");
    std::fs::write(
        &file,
        r#"{"format":"crs-scenario/1","profile":{"age":29,"education":"phd","first_language":{"language":"english","test":"ielts","listening":8,"reading":7,"writing":7,"speaking":7}}}"#,
    )
    .unwrap();
    let output = run(&["score", file.to_str().unwrap(), "--lang", "fr"], &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        format!(
            "crs-planner: {}: profile.education: attendu l'une des valeurs less_than_secondary, secondary, one_year, two_year, bachelors, two_or_more, masters, doctoral, trouvé \"phd\"\n",
            file.display()
        )
    );
    std::fs::write(&file, r#"{"format":"crs-scenario/1","profile":{"age":29,"#).unwrap();
    let broken = run(&["score", file.to_str().unwrap(), "--lang", "fr"], &[]);
    let said = String::from_utf8(broken.stderr).unwrap();
    assert!(said.contains("JSON non valide : fin du fichier"), "{said}");
}

#[test]
fn a_bad_user_catalogue_is_reported_in_the_language_chosen() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("config").join("i18n");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("de.ftl"), "yes = ja\nnicht-da = x\n").unwrap();
    let output = common::run_binary_with(home.path(), &["score", BASELINE, "--lang", "fr"], "", &[]);
    assert!(output.status.success());
    assert_eq!(
        text_err(&output),
        format!(
            "crs-planner: avertissement : {} : ligne 2 : ignoré : « nicht-da » n'est pas un message de crs-planner (les identifiants sont dans assets/i18n/en.ftl)\n",
            folder.join("de.ftl").display()
        )
    );
}

//! `crs-planner report`: the Markdown and the HTML's text as snapshots, the
//! page self-contained, bad input said as `score` says it and nothing
//! half-written, and (where a browser is installed) the page rendered and
//! printed to PDF by headless Chromium.

use std::path::Path;
use std::process::Output;

const WORK: &str = "assets/examples/work-history.json";

fn run(home: &Path, args: &[&str]) -> Output {
    crate::common::run_binary_with(home, args, "", &[("CRS_PLANNER_NOW", "2026-12-03")])
}

fn written(home: &Path, name: &str, extra: &[&str]) -> String {
    let out = home.join(name);
    let mut args = vec!["report", WORK, "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    let output = run(home, &args);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::read_to_string(out).unwrap()
}

/// The words of a page, one block a line: what a person reads.
fn text_of(html: &str) -> String {
    let body = &html[html.find("<body>").unwrap()..];
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&quot;", "\"");
    out.lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_markdown_report_in_english_and_french() {
    let home = tempfile::tempdir().unwrap();
    insta::assert_snapshot!("report_md_en", written(home.path(), "en.md", &["--format", "md"]));
    insta::assert_snapshot!(
        "report_md_fr",
        written(home.path(), "fr.md", &["--format", "md", "--lang", "fr"])
    );
}

#[test]
fn the_html_report_is_one_self_contained_page() {
    let home = tempfile::tempdir().unwrap();
    let html = written(home.path(), "report.html", &[]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    for outside in ["<script", "src=", "href=", "url(", "@import", "<link"] {
        assert!(!html.contains(outside), "{outside} in the page");
    }
    // The one address is the SVG namespace, which is never fetched.
    assert_eq!(html.matches("http").count(), 1);
    assert!(html.contains("<svg viewBox=") && html.contains("<title id=\"chart-title\">"));
    insta::assert_snapshot!("report_html_text_en", text_of(&html));
    let french = written(home.path(), "rapport.html", &["--lang", "fr"]);
    assert!(french.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    assert!(text_of(&french).contains("Ceci n'est pas un avis juridique."));
}

#[test]
fn a_report_never_overwrites_or_half_writes() {
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("r.html");
    std::fs::write(&out, "mine").unwrap();
    let output = run(home.path(), &["report", WORK, "--out", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        format!(
            "crs-planner: {} is already there; give another --out, or --force to replace it\n",
            out.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
    let output = run(
        home.path(),
        &["report", WORK, "--out", out.to_str().unwrap(), "--force"],
    );
    assert!(output.status.success());
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .starts_with("<!DOCTYPE html>"));
    // A folder that is not there.
    let nowhere = home.path().join("no/such/folder/r.md");
    let output = run(home.path(), &["report", WORK, "--out", nowhere.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        format!(
            "crs-planner: {}: no such folder; nothing was written\n",
            home.path().join("no/such/folder").display()
        )
    );
    // Nothing left behind: no temporary file, no report.
    let mut names: Vec<String> = std::fs::read_dir(home.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["r.html"]);
}

#[test]
fn a_scenario_that_does_not_load_is_said_as_score_says_it() {
    let home = tempfile::tempdir().unwrap();
    let bad = home.path().join("bad.json");
    std::fs::write(&bad, r#"{"format": "crs-scenario/1", "profile": {"age": 200}}"#).unwrap();
    let score = run(home.path(), &["score", bad.to_str().unwrap()]);
    let report = run(home.path(), &["report", bad.to_str().unwrap()]);
    assert_eq!(report.status.code(), score.status.code());
    assert_eq!(report.stderr, score.stderr);
    assert!(!home.path().join("bad.html").exists());
}

/// Rendered by a real browser: headless Chromium loads the page with no
/// console message and prints it to PDF. CI installs Chromium
/// (`.ci/run`) and names it in `CRS_PLANNER_BROWSER`; without it the test
/// says so and checks nothing else.
#[test]
fn a_browser_renders_and_prints_the_report() {
    let Some(browser) = std::env::var_os("CRS_PLANNER_BROWSER") else {
        eprintln!("skipped: no browser (set CRS_PLANNER_BROWSER to a Chromium; .ci/run installs one)");
        return;
    };
    let home = tempfile::tempdir().unwrap();
    for (name, lang) in [("report.html", "en"), ("rapport.html", "fr")] {
        written(home.path(), name, &["--lang", lang]);
        let page = home.path().join(name);
        let pdf = home.path().join(format!("{name}.pdf"));
        let output = std::process::Command::new(&browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--enable-logging=stderr",
                "--v=0",
                &format!("--print-to-pdf={}", pdf.display()),
                &format!("file://{}", page.display()),
            ])
            .env("HOME", home.path())
            .output()
            .expect("the browser runs");
        let log = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{log}");
        assert!(!log.contains("CONSOLE"), "console messages: {log}");
        let printed = std::fs::read(&pdf).unwrap();
        assert!(printed.starts_with(b"%PDF-"), "not a PDF");
        assert!(printed.len() > 10_000, "{} bytes", printed.len());
    }
}

/// In the planner, `W` writes the report of the open scenario beside its
/// file, under a name no file has, and says where.
#[test]
fn the_planner_writes_the_report_beside_the_scenario() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use crs_planner::engine::eligibility::ReferenceSource;
    use crs_planner::engine::RuleBook;
    use crs_planner::scenario::{self, Scenario};
    use crs_planner::tui::{self, App};
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("mine.json");
    std::fs::copy(WORK, &file).unwrap();
    let today = crate::common::today();
    let starter = scenario::load(WORK.as_ref(), today, ReferenceSource::Shipped).unwrap();
    let mut app = App::new(RuleBook::shipped(), today, Scenario::new(starter.profile), None).unwrap();
    assert!(tui::open_file(&mut app, &file));
    crs_planner::i18n::set_language("en");
    let press_w = || KeyEvent::new(KeyCode::Char('W'), KeyModifiers::SHIFT);
    tui::press(&mut app, press_w());
    let first = home.path().join("mine.html");
    assert_eq!(
        app.state.status.as_ref().unwrap().text,
        format!("Report written to {}", first.display())
    );
    let html = std::fs::read_to_string(&first).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<h1>CRS report: Work history</h1>"));
    // Again: the first report is kept, the second gets a name of its own.
    tui::press(&mut app, press_w());
    assert!(home.path().join("mine-2.html").exists());
    assert_eq!(std::fs::read_to_string(&first).unwrap(), html);
}

#[test]
fn the_report_says_what_ircc_announced_of_a_kind_not_yet_held() {
    // A university professor a year and more in Canada: in the researchers'
    // category, announced on 2026-02-18, never held since.
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("researcher.json");
    std::fs::write(
        &file,
        r#"{"format":"crs-scenario/1","name":"Researcher","profile":{"age":35,"education":"doctoral","first_language":{"language":"english","test":"clb","listening":9,"reading":9,"writing":9,"speaking":9},"canadian_experience_years":1,"foreign_experience_years":2,"certificate_of_qualification":false,"canadian_education":"none","sibling_in_canada":false,"provincial_nomination":false,"job_offer":"none","work":[{"noc":"41200","where":"canada","from":"2023-01-02","to":null,"hours_per_week":40}]}}"#,
    )
    .unwrap();
    for (lang, line) in [
        (
            "en",
            "Researchers: IRCC said on 2026-02-18 that these rounds would start",
        ),
        (
            "fr",
            "Chercheurs : IRCC a annoncé le 2026-02-18 que ces rondes commenceraient",
        ),
    ] {
        let out = home.path().join(format!("researcher-{lang}.md"));
        let output = run(
            home.path(),
            &[
                "report",
                file.to_str().unwrap(),
                "--format",
                "md",
                "--out",
                out.to_str().unwrap(),
                "--lang",
                lang,
            ],
        );
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let text = std::fs::read_to_string(out).unwrap();
        assert!(
            text.lines().any(|l| l.trim_start_matches("- ") == line),
            "{lang}: {text}"
        );
    }
}

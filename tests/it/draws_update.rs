//! `draws --update`, `watch` and the planner's update key against a server
//! on 127.0.0.1 that stands in for IRCC: the real feed, a newer one, an
//! older one, and every way a download goes wrong. No test leaves the machine.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crs_planner::draws::{self, fetch};

use crate::common;

/// What the stand-in server answers for a path.
#[derive(Clone)]
enum Reply {
    /// Status, extra headers and body; honours If-None-Match with a 304.
    Full {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: Vec<u8>,
    },
    /// Announces `announced` bytes and sends only `body`, then hangs up.
    Cut { announced: usize, body: Vec<u8> },
    /// Sends `total` bytes chunked, without announcing a size.
    Endless { total: usize },
    /// Reads the request and never answers.
    Silent,
}

struct Server {
    base: String,
    /// Every request line with its If-None-Match, as received.
    seen: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn requests(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }
}

/// A server on a free loopback port; `routes` maps a path to its reply.
fn serve(routes: Vec<(&'static str, Reply)>) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    let routes = Arc::new(routes);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let routes = Arc::clone(&routes);
            let log = Arc::clone(&log);
            std::thread::spawn(move || answer(stream, &routes, &log));
        }
    });
    Server { base, seen }
}

fn answer(mut stream: TcpStream, routes: &[(&'static str, Reply)], log: &Mutex<Vec<String>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut if_none_match = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("if-none-match") {
                if_none_match = Some(value.trim().to_string());
            }
        }
    }
    let path = request_line.split_whitespace().nth(1).unwrap_or("/").to_string();
    log.lock()
        .unwrap()
        .push(format!("{path} {}", if_none_match.clone().unwrap_or_default()));
    let reply = routes
        .iter()
        .find(|(route, _)| *route == path)
        .map(|(_, reply)| reply.clone())
        .unwrap_or(Reply::Full {
            status: 404,
            headers: vec![],
            body: b"not found".to_vec(),
        });
    let _ = match reply {
        Reply::Full {
            status,
            headers,
            body,
        } => {
            let etag = headers
                .iter()
                .find(|(name, _)| *name == "ETag")
                .map(|(_, v)| v.clone());
            if etag.is_some() && etag == if_none_match {
                write!(stream, "HTTP/1.1 304 Not Modified\r\nContent-Length: 0\r\n\r\n")
            } else {
                let mut head = format!("HTTP/1.1 {status} X\r\nContent-Length: {}\r\n", body.len());
                for (name, value) in &headers {
                    head.push_str(&format!("{name}: {value}\r\n"));
                }
                head.push_str("Connection: close\r\n\r\n");
                stream
                    .write_all(head.as_bytes())
                    .and_then(|()| stream.write_all(&body))
            }
        }
        Reply::Cut { announced, body } => write!(
            stream,
            "HTTP/1.1 200 OK\r\nContent-Length: {announced}\r\nConnection: close\r\n\r\n"
        )
        .and_then(|()| stream.write_all(&body)),
        Reply::Endless { total } => {
            let chunk = vec![b' '; 64 * 1024];
            let mut sent = 0;
            let mut result = write!(stream, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            while result.is_ok() && sent < total {
                result = write!(stream, "{:x}\r\n", chunk.len())
                    .and_then(|()| stream.write_all(&chunk))
                    .and_then(|()| stream.write_all(b"\r\n"));
                sent += chunk.len();
            }
            result
        }
        Reply::Silent => {
            // Holds the connection open, answering nothing, for longer
            // than any timeout the tests give.
            std::thread::sleep(Duration::from_secs(30));
            Ok(())
        }
    };
    let _ = stream.flush();
}

fn shipped_bytes() -> Vec<u8> {
    draws::SHIPPED_FEED.as_bytes().to_vec()
}

/// The shipped feed with one more round the day after its newest.
fn with_one_more_round(name: &str, cutoff: u16) -> Vec<u8> {
    let mut value: serde_json::Value = serde_json::from_str(draws::SHIPPED_FEED).unwrap();
    let rounds = value["rounds"].as_array_mut().unwrap();
    let mut round = rounds[0].clone();
    round["drawNumber"] = "435".into();
    round["drawDate"] = "2026-08-08".into();
    round["drawDateFull"] = "August 8, 2026".into();
    round["drawName"] = name.into();
    round["drawCRS"] = cutoff.to_string().into();
    round["drawSize"] = "1,500".into();
    rounds.insert(0, round);
    value.to_string().into_bytes()
}

/// The shipped feed without its newest round.
fn one_round_older() -> Vec<u8> {
    let mut value: serde_json::Value = serde_json::from_str(draws::SHIPPED_FEED).unwrap();
    value["rounds"].as_array_mut().unwrap().remove(0);
    value.to_string().into_bytes()
}

fn with_a_round_in(year: u16) -> Vec<u8> {
    let mut value: serde_json::Value = serde_json::from_str(draws::SHIPPED_FEED).unwrap();
    let rounds = value["rounds"].as_array_mut().unwrap();
    let mut round = rounds[0].clone();
    round["drawNumber"] = "999".into();
    round["drawDate"] = format!("{year}-01-05").into();
    round["drawDateFull"] = format!("January 5, {year}").into();
    rounds.insert(0, round);
    value.to_string().into_bytes()
}

fn feed(body: Vec<u8>, etag: &str) -> Reply {
    Reply::Full {
        status: 200,
        headers: vec![
            ("ETag", format!("\"{etag}\"")),
            ("Content-Type", "application/json".into()),
        ],
        body,
    }
}

fn the_stand_in() -> Server {
    serve(vec![
        ("/feed", feed(shipped_bytes(), "shipped")),
        (
            "/newer",
            feed(with_one_more_round("No Program Specified", 300), "newer"),
        ),
        (
            "/newer-high",
            feed(with_one_more_round("No Program Specified", 900), "high"),
        ),
        ("/older", feed(one_round_older(), "older")),
        ("/future", feed(with_a_round_in(2999), "future")),
        (
            "/html",
            Reply::Full {
                status: 200,
                headers: vec![("Content-Type", "text/html".into())],
                body: b"<!DOCTYPE html><html><body>Sign in to the network</body></html>".to_vec(),
            },
        ),
        (
            "/500",
            Reply::Full {
                status: 500,
                headers: vec![],
                body: b"oops".to_vec(),
            },
        ),
        (
            "/cut",
            Reply::Cut {
                announced: shipped_bytes().len(),
                body: shipped_bytes()[..shipped_bytes().len() / 2].to_vec(),
            },
        ),
        (
            "/huge",
            Reply::Cut {
                announced: 65 * 1024 * 1024,
                body: b"{\"rounds\":[".to_vec(),
            },
        ),
        ("/silent", Reply::Silent),
        (
            "/loop",
            Reply::Full {
                status: 302,
                headers: vec![("Location", "/loop".into())],
                body: Vec::new(),
            },
        ),
    ])
}

fn run(home: &Path, args: &[&str]) -> Output {
    common::run_binary(home, args, "")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn kept(home: &Path) -> PathBuf {
    home.join("data").join("draws").join("ee_rounds_123_en.json")
}

/// Every file in a folder with its bytes, in name order (none when it is not there).
fn files_in(folder: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .map(|entry| (entry.path(), std::fs::read(entry.path()).unwrap()))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn kept_files(home: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    files_in(&home.join("data").join("draws"))
}

fn update(home: &Path, server: &Server, path: &str) -> Output {
    run(
        home,
        &["draws", "--update", "--url", &server.url(path), "--timeout", "3"],
    )
}

#[test]
fn an_update_keeps_a_newer_feed_and_an_unchanged_one_costs_one_small_request() {
    let server = the_stand_in();
    let home = tempfile::tempdir().unwrap();
    let first = update(home.path(), &server, "/feed");
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert_eq!(
        stdout(&first),
        "The draw data is already up to date (round 434, 2026-08-07).\n"
    );
    assert_eq!(std::fs::read(kept(home.path())).unwrap(), shipped_bytes());

    // The second time the server is asked "only if changed", and says 304.
    let again = update(home.path(), &server, "/feed");
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert_eq!(
        stdout(&again),
        "The draw data is already up to date (round 434, 2026-08-07).\n"
    );
    assert_eq!(
        server.requests(),
        vec!["/feed ".to_string(), "/feed \"shipped\"".to_string()]
    );

    let newer = update(home.path(), &server, "/newer");
    assert_eq!(newer.status.code(), Some(0), "{}", stderr(&newer));
    assert_eq!(
        stdout(&newer),
        format!(
            "Downloaded 1 new round, up to 2026-08-08 (round 435), into {}; they are used from now on.\n",
            kept(home.path()).display()
        )
    );
    let listed = run(home.path(), &["draws", "--json"]);
    let value: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(value["data"]["newest_round"], "435");
    assert_eq!(value["data"]["source"], "downloaded");
}

#[test]
fn every_failure_is_said_and_leaves_the_kept_copy_as_it_was() {
    let server = the_stand_in();
    let home = tempfile::tempdir().unwrap();
    assert_eq!(update(home.path(), &server, "/feed").status.code(), Some(0));
    let before = kept_files(home.path());
    assert_eq!(before.len(), 2, "the feed and its note");
    let url = |path: &str| server.url(path);
    let cases: Vec<(&str, String)> = vec![
        (
            "/older",
            format!(
                "crs-planner: {}: its rounds end on 2026-08-06 (round 433), before those in use, which end on \
                 2026-08-07 (round 434); nothing was changed.\n",
                url("/older")
            ),
        ),
        (
            "/html",
            format!(
                "crs-planner: {} sent a web page, not IRCC's rounds feed (a network login page or an error \
                 page?); nothing was changed. Check the connection and the address.\n",
                url("/html")
            ),
        ),
        (
            "/missing",
            format!(
                "crs-planner: cannot download the rounds from {}: the server answered HTTP 404 (the address is \
                 wrong or the file has moved): check the address, or point --url at a copy. Nothing was changed.\n",
                url("/missing")
            ),
        ),
        (
            "/500",
            format!(
                "crs-planner: cannot download the rounds from {}: the server answered HTTP 500 (a server \
                 error): try again later. Nothing was changed.\n",
                url("/500")
            ),
        ),
        (
            "/cut",
            format!(
                "crs-planner: cannot download the rounds from {}: the connection ended after {} of {} bytes; \
                 try again. Nothing was changed.\n",
                url("/cut"),
                shipped_bytes().len() / 2,
                shipped_bytes().len()
            ),
        ),
        (
            "/huge",
            format!(
                "crs-planner: cannot download the rounds from {}: the download is larger than 64 MB, more \
                 than any rounds feed; check the address. Nothing was changed.\n",
                url("/huge")
            ),
        ),
        (
            "/loop",
            format!(
                "crs-planner: cannot download the rounds from {}: the server redirected more than 5 times; \
                 check the address. Nothing was changed.\n",
                url("/loop")
            ),
        ),
        (
            "/future",
            format!(
                "crs-planner: {} did not send IRCC's rounds feed: round 999: drawDate: 2999-01-05 is after \
                 today ({}); expected the date of a round already held; nothing was changed.\n",
                url("/future"),
                crs_planner::config::today()
            ),
        ),
    ];
    for (path, message) in cases {
        let output = update(home.path(), &server, path);
        assert_eq!(output.status.code(), Some(1), "{path}");
        assert_eq!(stderr(&output), message, "{path}");
        assert_eq!(stdout(&output), "", "{path}");
        assert!(kept_files(home.path()) == before, "{path} changed the kept copy");
    }
}

#[test]
fn a_server_that_never_answers_is_given_up_on_in_time() {
    let server = the_stand_in();
    let home = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let output = run(
        home.path(),
        &[
            "draws",
            "--update",
            "--url",
            &server.url("/silent"),
            "--timeout",
            "1",
        ],
    );
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!(
            "crs-planner: cannot download the rounds from {}: no complete answer within 1 seconds: try again \
             later, or give more time with --timeout. Nothing was changed.\n",
            server.url("/silent")
        )
    );
    assert!(kept_files(home.path()).is_empty());
}

#[test]
fn no_network_and_bad_addresses_are_said_plainly() {
    let home = tempfile::tempdir().unwrap();
    // A port nothing listens on: bound, then let go.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let refused = format!("http://127.0.0.1:{port}/feed");
    let output = run(home.path(), &["draws", "--update", "--url", &refused]);
    assert_eq!(output.status.code(), Some(1));
    let said = stderr(&output);
    assert!(
        said.starts_with(&format!(
            "crs-planner: cannot download the rounds from {refused}: cannot connect (127.0.0.1:{port}: "
        )),
        "{said}"
    );
    assert!(said.ends_with("check the network connection, then try again. Nothing was changed.\n"));

    let output = run(
        home.path(),
        &["draws", "--update", "--url", "ftp://example.org/feed"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "crs-planner: cannot download the rounds from ftp://example.org/feed: \"ftp://example.org/feed\" is not \
         a web address; expected one starting with https:// or http://. Nothing was changed.\n"
    );
    // The variable points at a mirror too.
    let output = common::run_binary_with(
        home.path(),
        &["draws", "--update"],
        "",
        &[("CRS_PLANNER_FEED_URL", refused.as_str())],
    );
    assert!(stderr(&output).contains(&refused));
    // Nothing is kept by a failure.
    assert!(kept_files(home.path()).is_empty());
}

#[test]
fn a_body_without_a_size_is_still_capped() {
    let server = serve(vec![(
        "/endless",
        Reply::Endless {
            total: 4 * 1024 * 1024,
        },
    )]);
    let limits = fetch::Limits {
        timeout: Duration::from_secs(10),
        max_bytes: 1024 * 1024,
    };
    let result = fetch::fetch(&server.url("/endless"), None, limits, &mut |_, _| {});
    assert_eq!(result, Err(fetch::FetchError::TooLarge { limit: 1024 * 1024 }));
}

#[test]
fn an_update_without_a_data_folder_or_with_the_planner_key_works_the_same() {
    let server = the_stand_in();
    // Straight through the library, as the planner's effect calls it.
    let home = tempfile::tempdir().unwrap();
    let none = draws::update(
        None,
        &server.url("/newer"),
        crs_planner::config::today(),
        fetch::Limits::default(),
        &mut |_, _| {},
    );
    assert_eq!(none, Err(draws::UpdateError::NoDataFolder));
    let kept = draws::update(
        Some(home.path()),
        &server.url("/newer"),
        crs_planner::config::today(),
        fetch::Limits::default(),
        &mut |_, _| {},
    )
    .unwrap();
    match kept {
        draws::Update::Kept { feed, added, .. } => {
            assert_eq!(added, 1);
            assert_eq!(feed.newest().number, "435");
        }
        other => panic!("expected a kept feed, got {other:?}"),
    }
    let loaded = draws::load(Some(home.path()), crate::common::today());
    assert_eq!(loaded.feed.newest().number, "435");
    assert!(loaded.warning.is_none());
}

#[test]
fn the_planners_update_key_brings_the_new_rounds_into_every_view() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use crs_planner::scenario::store::Store;
    use crs_planner::tui::{self, App};
    let server = the_stand_in();
    let home = tempfile::tempdir().unwrap();
    let book = crs_planner::engine::RuleBook::shipped();
    let today = crs_planner::engine::Date::new(2026, 12, 3).unwrap();
    let scenario = crs_planner::scenario::load(
        Path::new("assets/examples/work-history.json"),
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let mut app = App::new(book, today, scenario, Some(Store::new(home.path()))).unwrap();
    app.state.set_known_on(today);
    app.state
        .set_draws(draws::load(Some(home.path()), crate::common::today()));
    app.state.feed_url = server.url("/newer");
    let age = app.state.draws_age_days().unwrap();
    assert_eq!(age, 118, "the shipped rounds end on 2026-08-07");
    let before = app.state.outlook().cloned();
    tui::press(&mut app, KeyEvent::new(KeyCode::Char('d'), KeyModifiers::NONE));
    tui::press(&mut app, KeyEvent::new(KeyCode::Char('U'), KeyModifiers::SHIFT));
    assert!(!app.state.updating_draws);
    assert_eq!(app.state.draws().unwrap().feed.newest().number, "435");
    // Checked today: current, however old its newest round.
    assert!(app.state.draws_age_days().unwrap() <= 0);
    assert!(matches!(
        app.state.draws().unwrap().source,
        draws::Source::Downloaded { .. }
    ));
    let status = app.state.status.as_ref().unwrap();
    assert!(
        status
            .text
            .starts_with("Downloaded 1 new round, up to 2026-08-08 (round 435)"),
        "{}",
        status.text
    );
    assert_ne!(
        app.state.outlook().cloned(),
        before,
        "the outlook follows the new rounds"
    );

    // A failure is said, and the rounds in use stay.
    app.state.feed_url = server.url("/500");
    tui::press(&mut app, KeyEvent::new(KeyCode::Char('U'), KeyModifiers::SHIFT));
    assert_eq!(app.state.draws().unwrap().feed.newest().number, "435");
    let status = app.state.status.as_ref().unwrap();
    assert!(status.text.contains("HTTP 500"), "{}", status.text);
}

fn watch(home: &Path, server: &Server, path: &str, file: &str, extra: &[&str]) -> Output {
    let url = server.url(path);
    let mut args = vec!["watch", file, "--url", url.as_str(), "--timeout", "3"];
    args.extend_from_slice(extra);
    run(home, &args)
}

fn marks(home: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    files_in(&home.join("data").join("watch"))
}

#[test]
fn watch_reports_each_new_round_once_with_its_exit_status() {
    let server = the_stand_in();
    let home = tempfile::tempdir().unwrap();
    let file = std::fs::canonicalize("assets/examples/work-history.json").unwrap();
    let file = file.to_str().unwrap();

    let first = watch(home.path(), &server, "/feed", file, &[]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert!(
        stdout(&first).ends_with(
            "First check for this scenario: rounds up to 2026-08-07 (round 434) count as seen; from now on, \
             watch reports the rounds after them.\n"
        ),
        "{}",
        stdout(&first)
    );
    assert_eq!(marks(home.path()).len(), 1);

    let nothing = watch(home.path(), &server, "/feed", file, &[]);
    assert_eq!(nothing.status.code(), Some(0));
    assert!(stdout(&nothing).ends_with("No new rounds since the last check (rounds up to 2026-08-07).\n"));

    // A round for every program with a cut-off of 300: the example (in the
    // pool by FSW, 443) is in it.
    let invited = watch(home.path(), &server, "/newer", file, &[]);
    assert_eq!(invited.status.code(), Some(11), "{}", stderr(&invited));
    let said = stdout(&invited);
    assert!(
        said.contains("1 new round since the last check (rounds up to 2026-08-07):\n"),
        "{said}"
    );
    assert!(
        said.contains("  2026-08-08    435  All programs                 cut-off 300, 1,500 invited  ✓ you could be in it and your 365 reached it\n"),
        "{said}"
    );
    assert!(said.ends_with("At least one of these rounds would have invited you (exit status 11).\n"));

    // Run twice: nothing the second time.
    let again = watch(home.path(), &server, "/newer", file, &[]);
    assert_eq!(again.status.code(), Some(0));
    assert!(stdout(&again).ends_with("No new rounds since the last check (rounds up to 2026-08-08).\n"));
}

#[test]
fn watch_says_10_when_no_new_round_would_have_invited_and_writes_json() {
    let server = the_stand_in();
    let home = tempfile::tempdir().unwrap();
    let file = "assets/examples/work-history.json";
    assert_eq!(
        watch(home.path(), &server, "/feed", file, &[]).status.code(),
        Some(0)
    );
    let output = watch(home.path(), &server, "/newer-high", file, &["--json"]);
    assert_eq!(output.status.code(), Some(10), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["status"], 10);
    assert_eq!(value["first_run"], false);
    assert_eq!(value["since_date"], "2026-08-07");
    assert_eq!(value["data_newest_round"], "435");
    let round = &value["new_rounds"][0];
    assert_eq!(round["number"], "435");
    assert_eq!(round["date"], "2026-08-08");
    assert_eq!(round["category"], "all");
    assert_eq!(round["cutoff"], 900);
    assert_eq!(round["eligible"], true);
    assert_eq!(
        round["score"], 365,
        "the score on the round's day, not today's 443"
    );
    assert_eq!(round["invited"], false);
}

#[test]
fn watch_runs_the_notify_command_only_when_a_round_would_have_invited() {
    let server = the_stand_in();
    let home = tempfile::tempdir().unwrap();
    let file = "assets/examples/work-history.json";
    let said = home.path().join("notice.txt");
    let command = format!("cat > '{}'", said.display());
    assert_eq!(
        watch(home.path(), &server, "/feed", file, &["--notify-cmd", &command])
            .status
            .code(),
        Some(0)
    );
    assert!(!said.exists(), "nothing to say on the first run");
    let output = watch(home.path(), &server, "/newer", file, &["--notify-cmd", &command]);
    assert_eq!(output.status.code(), Some(11));
    let notice = std::fs::read_to_string(&said).unwrap();
    assert_eq!(notice, stdout(&output), "the command reads the summary");

    // A command that fails leaves the mark, so the news is sent again.
    let home = tempfile::tempdir().unwrap();
    assert_eq!(
        watch(home.path(), &server, "/feed", file, &[]).status.code(),
        Some(0)
    );
    let failing = watch(home.path(), &server, "/newer", file, &["--notify-cmd", "exit 3"]);
    assert_eq!(failing.status.code(), Some(11));
    assert_eq!(
        stderr(&failing),
        "crs-planner: the notify command \"exit 3\" failed (it ended with exit status: 3); it runs again on the \
         next check\n"
    );
    let retried = watch(home.path(), &server, "/newer", file, &[]);
    assert_eq!(retried.status.code(), Some(11), "reported again");
}

#[test]
fn watch_on_a_broken_scenario_says_so_and_leaves_its_mark() {
    let server = the_stand_in();
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("mine.json");
    std::fs::copy("assets/examples/work-history.json", &file).unwrap();
    let file_text = file.to_str().unwrap();
    assert_eq!(
        watch(home.path(), &server, "/feed", file_text, &[]).status.code(),
        Some(0)
    );
    let mark = marks(home.path());
    std::fs::write(&file, "{\"profile\": {\"age\": \"old\"}}").unwrap();
    let output = watch(home.path(), &server, "/newer", file_text, &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).starts_with(&format!("crs-planner: {file_text}")),
        "{}",
        stderr(&output)
    );
    assert_eq!(stdout(&output), "");
    assert_eq!(marks(home.path()), mark, "the mark is untouched");
    assert!(
        server
            .requests()
            .iter()
            .all(|request| !request.starts_with("/newer")),
        "nothing downloaded for a scenario that does not load"
    );
}

#[test]
fn watch_goes_on_with_the_data_kept_when_the_update_fails() {
    let server = the_stand_in();
    let home = tempfile::tempdir().unwrap();
    let file = "assets/examples/work-history.json";
    assert_eq!(
        watch(home.path(), &server, "/feed", file, &[]).status.code(),
        Some(0)
    );
    // Nothing new and no update: status 1, said on standard error.
    let output = watch(home.path(), &server, "/500", file, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("HTTP 500"));
    assert!(stdout(&output).ends_with("No new rounds since the last check (rounds up to 2026-08-07).\n"));
    // New rounds the planner already downloaded are reported without a download.
    assert_eq!(update(home.path(), &server, "/newer").status.code(), Some(0));
    let output = run(home.path(), &["watch", file, "--no-update"]);
    assert_eq!(output.status.code(), Some(11), "{}", stderr(&output));
    assert!(server.requests().len() <= 4);
}

#[test]
fn an_import_forced_with_replace_newer_stays_in_use_and_says_so() {
    let home = tempfile::tempdir().unwrap();
    let older = home.path().join("older.json");
    std::fs::write(&older, one_round_older()).unwrap();
    let refused = run(home.path(), &["draws", "--import", older.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(1));
    let forced = run(
        home.path(),
        &["draws", "--import", older.to_str().unwrap(), "--replace-newer"],
    );
    assert_eq!(forced.status.code(), Some(0), "{}", stderr(&forced));
    let listed = run(home.path(), &["draws", "--json"]);
    let value: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(value["data"]["newest_round"], "433", "the forced import is used");
    assert_eq!(
        stderr(&listed),
        format!(
            "crs-planner: warning: the imported data ({}) ends on 2026-08-06, before the shipped copy \
             (2026-08-07); it is used because it was imported with --replace-newer, until another import or \
             draws --update replaces it\n",
            kept(home.path()).display()
        )
    );
}

#[test]
fn the_feed_address_is_irccs_unless_told_otherwise() {
    assert_eq!(
        fetch::IRCC_FEED_URL,
        "https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json"
    );
    let readme = std::fs::read_to_string("README.md").unwrap();
    assert!(
        readme.contains(fetch::IRCC_FEED_URL),
        "the README gives the address"
    );
}

/// Why an update failed is in the reader's language on standard error and
/// in English in JSON: a feed with a round in 2999 refused in both.
#[test]
fn a_failed_update_is_said_in_the_readers_language_and_in_english_in_json() {
    let server = the_stand_in();
    let file = std::fs::canonicalize("assets/examples/work-history.json").unwrap();
    let file = file.to_str().unwrap();
    let english = watch(
        tempfile::tempdir().unwrap().path(),
        &server,
        "/future",
        file,
        &["--json"],
    );
    let french = watch(
        tempfile::tempdir().unwrap().path(),
        &server,
        "/future",
        file,
        &["--json", "--lang", "fr"],
    );
    let json = |output: &Output| -> serde_json::Value { serde_json::from_slice(&output.stdout).unwrap() };
    let (english_json, french_json) = (json(&english), json(&french));
    let failed = english_json["update_failed"].as_str().unwrap();
    assert!(failed.contains("2999"), "{failed}");
    assert!(failed.contains("drawDate"), "{failed}");
    assert_eq!(english_json["update_failed"], french_json["update_failed"]);
    assert_ne!(stderr(&english), stderr(&french), "the warning is the reader's");
    assert!(stderr(&english).contains(failed), "{}", stderr(&english));
}

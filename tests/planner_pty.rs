//! End to end: the real binary in a pseudo-terminal, driven by keys like a
//! person would, with the screen read back through a terminal emulator.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, CommandBuilder, PtySize};

const BIN: &str = env!("CARGO_BIN_EXE_crs-planner");

struct Session {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Session {
    fn start(args: &[&str], data_dir: &std::path::Path) -> Session {
        let mut command = CommandBuilder::new(BIN);
        command.args(args);
        Session::spawn(command, data_dir)
    }

    /// The planner under a shell that first limits the size of the files
    /// it may write to `blocks` of 512 bytes (`ulimit -f`).
    fn start_with_file_limit(blocks: u32, args: &[&str], data_dir: &std::path::Path) -> Session {
        let mut command = CommandBuilder::new("sh");
        command.arg("-c");
        command.arg(format!("ulimit -f {blocks}; exec \"$0\" \"$@\""));
        command.arg(BIN);
        command.args(args);
        Session::spawn(command, data_dir)
    }

    fn spawn(mut command: CommandBuilder, data_dir: &std::path::Path) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        // Not the project folder: nothing a test does may leave files there.
        command.cwd(data_dir);
        command.env("CRS_PLANNER_DATA_DIR", data_dir);
        command.env("CRS_PLANNER_CONFIG_DIR", data_dir.join("config"));
        command.env("TERM", "xterm-256color");
        command.env("NO_COLOR", "1");
        // The machine's locale must not choose the language of a test.
        for name in ["LC_ALL", "LC_MESSAGES", "LANG", "CRS_PLANNER_LANG"] {
            command.env_remove(name);
        }
        let child = pty.slave.spawn_command(command).expect("the binary starts");
        drop(pty.slave);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(24, 80, 0)));
        let writer: Arc<Mutex<Box<dyn Write + Send>>> =
            Arc::new(Mutex::new(pty.master.take_writer().unwrap()));
        let mut reader = pty.master.try_clone_reader().unwrap();
        let (feed, reply) = (Arc::clone(&screen), Arc::clone(&writer));
        let reader_thread = std::thread::spawn(move || {
            // Keep the master open for as long as the reader runs.
            let _master = pty.master;
            let mut buffer = [0u8; 4096];
            while let Ok(count) = reader.read(&mut buffer) {
                if count == 0 {
                    break;
                }
                let bytes = &buffer[..count];
                // Answer a cursor-position query as a real terminal would.
                if bytes.windows(4).any(|w| w == b"\x1b[6n") {
                    let _ = reply.lock().unwrap().write_all(b"\x1b[1;1R");
                }
                feed.lock().unwrap().process(bytes);
            }
        });
        Session {
            screen,
            writer,
            child,
            reader: Some(reader_thread),
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{text:?} never appeared; the screen was:\n{}", self.contents());
    }

    fn send(&self, bytes: &[u8]) {
        let mut writer = self.writer.lock().unwrap();
        writer.write_all(bytes).unwrap();
        writer.flush().unwrap();
    }

    fn wait_for_exit(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Everything the planner wrote, to its last byte, reaches the
                // emulator before anyone looks at the screen.
                if let Some(reader) = self.reader.take() {
                    let _ = reader.join();
                }
                return status;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("the planner did not exit; the screen was:\n{}", self.contents());
    }
}

/// A test that fails midway must not leave its planner running.
impl Drop for Session {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A scratch home with a copy of the shipped example as `plan.json`.
fn copy_of_baseline() -> (tempfile::TempDir, std::path::PathBuf) {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("plan.json");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/baseline.json"),
        &file,
    )
    .unwrap();
    (home, file)
}

#[test]
fn open_change_save_quit() {
    let (home, file) = copy_of_baseline();

    let mut session = Session::start(&["open", file.to_str().unwrap()], home.path());
    session.wait_for("Total  500 / 1200");
    session.wait_for("Baseline (plan.json)");

    // Age is the first field: one step right makes it 30, which costs 5 points.
    session.send(b"\x1b[C");
    session.wait_for("Total  495 / 1200");
    session.wait_for("[modified]");

    session.send(b"s");
    session.wait_for("Saved");

    session.send(b"q");
    let status = session.wait_for_exit();
    assert!(status.success(), "{status:?}");

    let saved = crs_planner::scenario::load(
        &file,
        crs_planner::config::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    assert_eq!(saved.profile.age, 30);
    assert_eq!(saved.name.as_deref(), Some("Baseline"));

    let parser = session.screen.lock().unwrap();
    assert!(
        !parser.screen().alternate_screen(),
        "the terminal left the alternate screen"
    );
    assert_eq!(
        parser.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse capture was switched off"
    );
}

#[test]
fn unsaved_changes_are_confirmed_before_quitting() {
    let (home, file) = copy_of_baseline();
    let before = std::fs::read(&file).unwrap();

    let mut session = Session::start(&["open", file.to_str().unwrap()], home.path());
    session.wait_for("Total  500 / 1200");
    session.send(b"\x1b[C");
    session.wait_for("Total  495 / 1200");
    session.send(b"q");
    session.wait_for("Unsaved changes");
    session.send(b"\x1b");
    session.wait_for("Still here");
    session.send(b"q");
    session.wait_for("Unsaved changes");
    session.send(b"y");
    assert!(session.wait_for_exit().success());
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "quitting without saving leaves the file"
    );
}

#[test]
fn ending_signals_put_the_terminal_back() {
    for (signal, number) in [("TERM", 15), ("INT", 2), ("HUP", 1), ("QUIT", 3)] {
        let (home, file) = copy_of_baseline();
        let mut session = Session::start(&["open", file.to_str().unwrap()], home.path());
        session.wait_for("Total  500 / 1200");
        let pid = session.child.process_id().expect("the planner runs");
        let sent = std::process::Command::new("kill")
            .args([format!("-{signal}"), pid.to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
        let status = session.wait_for_exit();
        assert!(
            !status.success(),
            "SIG{signal} ends the planner with a failure status"
        );
        let by_signal = status.signal().is_some() || status.exit_code() == 128 + number;
        assert!(by_signal, "SIG{signal}: {status:?}");
        let parser = session.screen.lock().unwrap();
        let screen = parser.screen();
        assert!(
            !screen.alternate_screen(),
            "SIG{signal}: the alternate screen was left"
        );
        assert!(!screen.hide_cursor(), "SIG{signal}: the cursor is shown again");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "SIG{signal}: mouse reporting is off"
        );
    }
}

#[test]
fn a_burst_of_keys_is_taken_whole_and_the_next_key_still_counts() {
    let (home, file) = copy_of_baseline();
    let mut session = Session::start(&["open", file.to_str().unwrap()], home.path());
    session.wait_for("Total  500 / 1200");
    // 2,500 keys at once (down, up, ...: back on the first field), as a held
    // key or a paste into the wrong place sends them.
    session.send(&b"jk".repeat(1250));
    // Then one more key: age 29 -> 30 costs 5 points.
    session.send(b"\x1b[C");
    session.wait_for("Total  495 / 1200");
    session.send(b"q");
    session.wait_for("Unsaved changes");
    session.send(b"y");
    assert!(session.wait_for_exit().success());
}

#[test]
fn of_two_planners_saving_the_same_file_at_once_one_saves_and_the_other_asks() {
    let (home, file) = copy_of_baseline();
    let path = file.to_str().unwrap();
    let mut older = Session::start(&["open", path], home.path());
    let mut younger = Session::start(&["open", path], home.path());
    older.wait_for("Total  500 / 1200");
    younger.wait_for("Total  500 / 1200");
    older.send(b"\x1b[C"); // age 30
    older.wait_for("Total  495 / 1200");
    younger.send(b"\x1b[D"); // age 28
    younger.wait_for("Total  500 / 1200");
    younger.wait_for("[modified]");
    older.send(b"s");
    younger.send(b"s");
    let deadline = Instant::now() + Duration::from_secs(15);
    let (mut saved, mut asked) = (0, 0);
    while Instant::now() < deadline {
        let screens = [older.contents(), younger.contents()];
        saved = screens.iter().filter(|s| s.contains("Saved")).count();
        asked = screens.iter().filter(|s| s.contains("changed on disk")).count();
        if saved + asked == 2 {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!((saved, asked), (1, 1), "one saves, the other asks");
    let on_disk = crs_planner::scenario::load(
        &file,
        crs_planner::config::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap()
    .profile
    .age;
    assert!(
        on_disk == 30 || on_disk == 28,
        "one whole change is on disk: age {on_disk}"
    );
    // The one that asked keeps the file as the other saved it.
    let asking = if older.contents().contains("changed on disk") {
        &older
    } else {
        &younger
    };
    asking.send(b"n");
    asking.wait_for("Not saved: the file on disk was left as it is");
    assert_eq!(
        crs_planner::scenario::load(
            &file,
            crs_planner::config::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped
        )
        .unwrap()
        .profile
        .age,
        on_disk
    );
    for session in [&mut older, &mut younger] {
        session.send(b"q");
        std::thread::sleep(Duration::from_millis(200));
        if session.contents().contains("Unsaved changes") {
            session.send(b"y");
        }
        assert!(session.wait_for_exit().success());
    }
}

#[test]
fn french_is_chosen_with_l_remembered_and_spoken_to_the_end() {
    let (home, file) = copy_of_baseline();
    let before = std::fs::read(&file).unwrap();

    let mut session = Session::start(&["open", file.to_str().unwrap()], home.path());
    session.wait_for("Total  500 / 1200");
    session.send(b"L");
    session.wait_for("Langue : Français");
    session.send(b"q");
    assert!(session.wait_for_exit().success());

    // The next start speaks French with nothing said: the choice was kept.
    let mut session = Session::start(&["open", file.to_str().unwrap()], home.path());
    session.wait_for("Profil");
    session.send(b"\x1b[C");
    session.send(b"q");
    session.wait_for("Changements non enregistrés");
    session.wait_for("y/o oui");
    session.send(b"o");
    assert!(session.wait_for_exit().success());
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "quitting without saving leaves the file"
    );
}

#[test]
fn a_save_past_the_file_size_limit_is_an_error_not_the_end() {
    let (home, file) = copy_of_baseline();
    let before = std::fs::read(&file).unwrap();
    assert!(before.len() > 512, "the file is larger than the limit");
    let mut session = Session::start_with_file_limit(1, &["open", file.to_str().unwrap()], home.path());
    session.wait_for("Total  500 / 1200");
    session.send(b"\x1b[C");
    session.wait_for("Total  495 / 1200");
    session.send(b"s");
    // SIGXFSZ would have killed it here; the write fails instead.
    session.wait_for("Not saved");
    session.wait_for("the file would be larger");
    session.wait_for("[modified]");
    // Still running, still drawing: the change is there to save elsewhere.
    session.send(b"\x1b[C");
    session.wait_for("Total  490 / 1200");
    session.send(b"q");
    session.wait_for("Unsaved changes");
    session.send(b"y");
    assert!(session.wait_for_exit().success());
    assert_eq!(std::fs::read(&file).unwrap(), before, "the file is as it was");
    let left: Vec<String> = std::fs::read_dir(home.path())
        .unwrap()
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
    let parser = session.screen.lock().unwrap();
    assert!(!parser.screen().alternate_screen(), "the terminal was put back");
}

#[test]
fn notes_the_planner_cannot_keep_are_said_once_at_start() {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("state.json")).unwrap();
    let mut session = Session::start(&[], home.path());
    session.wait_for("state.json is a folder");
    session.send(b"q");
    assert!(session.wait_for_exit().success());

    let home = tempfile::tempdir().unwrap();
    std::fs::write(home.path().join("state.json"), "{not json").unwrap();
    let mut session = Session::start(&[], home.path());
    session.wait_for("state.json cannot be read");
    session.send(b"q");
    assert!(session.wait_for_exit().success());
}

#[test]
fn comparing_two_files_does_not_change_the_file_that_reopens() {
    let (home, file) = copy_of_baseline();
    let other = home.path().join("other.json");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/work-history.json"),
        &other,
    )
    .unwrap();
    let mut session = Session::start(
        &["compare", file.to_str().unwrap(), other.to_str().unwrap()],
        home.path(),
    );
    session.wait_for("TOTAL");
    session.send(b"q");
    session.send(b"q");
    let _ = session.wait_for_exit();
    let state = std::fs::read_to_string(home.path().join("state.json")).unwrap_or_default();
    assert!(
        !state.contains("plan.json"),
        "compare made A the file to reopen: {state}"
    );
}

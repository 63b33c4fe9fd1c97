//! `crs-planner completions SHELL` and `crs-planner man`: what a shell and
//! `man` need, written from the same definition as the command line.

use std::io::{self, Write};

use clap::CommandFactory;

use super::{write_failure, Cli, Failure};

pub fn completions(shell: clap_complete::Shell) -> u8 {
    // Completions describe options to the shell in the language in use.
    let mut command = super::help::localized(Cli::command());
    // Written whole to a buffer first: clap_complete panics on a closed
    // pipe (`| head`), which must end quietly like any other output.
    let mut bytes = Vec::new();
    clap_complete::generate(shell, &mut command, "crs-planner", &mut bytes);
    let mut out = io::stdout().lock();
    super::report(
        out.write_all(&bytes)
            .and_then(|()| out.flush())
            .map_err(write_failure),
    )
}

pub fn man() -> u8 {
    // The manual speaks the language in use, as `--help` does.
    let page = clap_mangen::Man::new(super::help::localized(Cli::command()));
    let mut bytes = Vec::new();
    let written: Result<(), Failure> = page.render(&mut bytes).map_err(write_failure).and_then(|()| {
        // clap_mangen names its first section in English only.
        let roff = String::from_utf8_lossy(&bytes).replacen(
            "\n.SH NAME\n",
            &format!("\n.SH {}\n", crate::t!("man-name")),
            1,
        );
        io::stdout()
            .lock()
            .write_all(roff.as_bytes())
            .map_err(write_failure)
    });
    super::report(written)
}

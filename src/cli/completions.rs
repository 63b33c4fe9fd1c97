//! `crs-planner completions SHELL` and `crs-planner man`: what a shell and
//! `man` need, written from the same definition as the command line.

use std::io::{self, Write};

use clap::CommandFactory;

use super::{write_failure, Cli, Failure};

pub fn completions(shell: clap_complete::Shell) -> u8 {
    let mut command = Cli::command();
    let mut out = io::stdout().lock();
    clap_complete::generate(shell, &mut command, "crs-planner", &mut out);
    super::report(out.flush().map_err(write_failure))
}

pub fn man() -> u8 {
    let page = clap_mangen::Man::new(Cli::command());
    let mut bytes = Vec::new();
    let written: Result<(), Failure> = page
        .render(&mut bytes)
        .map_err(write_failure)
        .and_then(|()| io::stdout().lock().write_all(&bytes).map_err(write_failure));
    super::report(written)
}

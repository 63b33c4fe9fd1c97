fn main() -> std::process::ExitCode {
    crs_planner::cli::run()
}

//! The integration tests, one binary: one link after a change in the library
//! instead of one a file. The pseudo-terminal tests and the allocation
//! counter (a global allocator) stay binaries of their own.

mod advisor_calendar;
mod advisor_plan;
mod advisor_round_goal;
mod advisor_timeline;
mod bad_input;
mod catalogues;
mod cli;
mod cli_eligibility;
mod cli_french;
mod common;
mod draws;
mod draws_update;
mod eligibility_examples;
mod eligibility_properties;
mod field_registry;
mod hostile_files;
mod language_boundaries;
mod layers;
mod no_panic;
mod occupation_rules;
mod on_a_date;
mod one_answer;
mod outlook;
mod plan_carried_out;
mod plan_chance;
mod plan_retake;
mod planner_screens;
mod planner_state;
mod plans_people_follow;
mod properties;
mod reliability;
mod report;
mod rules_files;
mod save;
mod worked_examples;

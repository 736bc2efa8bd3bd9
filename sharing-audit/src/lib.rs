//! `sharing-audit`: who can reach what in a drive. The library behind the command, for the
//! benchmark and for tests; `src/main.rs` is the command line.

pub mod api;
pub mod audit;
pub mod output;
pub mod record;

//! Bad specs, in one place, each refused by one runner (`runner.rs`) in the same way: the real
//! `codegen` binary (`codegen generate`, as a user runs it) must
//!
//! - exit with code 1 (not 101, a panic; not a signal, a stack overflow),
//! - print nothing on stdout and the message on stderr: one `file:line:col: sentence` line per
//!   problem,
//! - finish (a run still going after 30 s is killed as hung) within a few MB of memory (peak
//!   RSS, measured with `wait4`: an alias bomb is a bug, not a slow case); how fast is the
//!   benchmarks' to say, not a test's,
//! - leave the output directory as it was (a sentinel file in it is all there is after) and
//!   write no scope table file;
//!
//! and the library must say the same on every path: the proc macro's (`Generator::tokens`),
//! `Generator::render`'s and `parse`'s. Then each case checks the message is the one it expects.
//!
//! The cases:
//!
//! - `corpus/NAME.yaml`, refused with exactly `corpus/NAME.expected` (`corpus.rs`);
//!   `BLESS=1 cargo test -p graph-permissions-codegen --test bad_specs` rewrites the expected
//!   files from what the binary prints: read the diff before committing it;
//! - specs too large to commit (20 MB, YAML nested 10,000 deep), generated (`corpus.rs`);
//! - one mistake made in a small valid spec of the old form, with how each place was counted
//!   (`edits.rs`, beside the odd texts that spec shows are accepted);
//! - mistakes in the families form, made in `families/base.yaml` (`families.rs`).

#[path = "../support/mod.rs"]
mod support;

mod corpus;
mod edits;
mod families;
mod runner;

/// The runner's measuring helper (see `runner::run`): does nothing in a normal test run. At
/// the crate root, so that the runner can run it by its exact name.
#[test]
fn measuring_helper() {
    runner::measuring_helper();
}

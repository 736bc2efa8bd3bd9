//! What the test files of this crate share: running the `sharing-audit` binary and reading
//! the records it prints. Each file includes it with `mod support;`.

#![allow(dead_code)]

use std::process::{Command, Output};

use serde_json::Value;

/// The `sharing-audit` binary, as a command to give arguments and environment to.
pub fn command() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sharing-audit"))
}

/// Runs the command in a blocking thread (an emulator in this process serves meanwhile) and
/// returns what it did.
pub async fn output(mut command: Command) -> Output {
    tokio::task::spawn_blocking(move || command.output().expect("run sharing-audit"))
        .await
        .expect("the command's thread")
}

/// The records the command printed: one JSON object a line.
pub fn records(output: &Output) -> Vec<Value> {
    String::from_utf8(output.stdout.clone())
        .expect("UTF-8 on stdout")
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

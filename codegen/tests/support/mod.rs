//! What the test files of this crate share: where the workspace is, whether to rewrite
//! expected files, fresh directories, and the `codegen` binary. Each file includes it with
//! `mod support;` and uses part of it.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace's root: `codegen` sits in it.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("codegen sits in the workspace")
        .to_path_buf()
}

/// Whether to write expected files from what is produced now (`BLESS=1`), rather than compare
/// with them. Read the diff before committing it.
pub fn bless() -> bool {
    std::env::var_os("BLESS").is_some_and(|v| v == "1")
}

/// A fresh, empty directory `NAME` of `GROUP` under the target's temporary directory.
pub fn fresh_dir(group: &str, name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(group)
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a fresh directory");
    dir
}

/// The `codegen` binary, as a command to give arguments to.
pub fn codegen_command() -> Command {
    Command::new(env!("CARGO_BIN_EXE_codegen"))
}

/// Runs `codegen ARGS` in `dir` and returns what it did.
pub fn codegen_in(dir: &Path, args: &[&str]) -> Output {
    codegen_command()
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run codegen")
}

/// Runs `codegen ARGS` in this crate's directory (where `cargo test` runs the tests).
pub fn codegen(args: &[&str]) -> Output {
    codegen_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

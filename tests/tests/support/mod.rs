//! What the test files of this crate share: where the workspace is, and whether to rewrite
//! expected files. Each file includes it with `mod support;` and uses part of it.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The workspace's root: the parent of this package's directory.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests package sits in the workspace")
        .to_path_buf()
}

/// Whether to write expected files from what is produced now (`BLESS=1`), rather than compare
/// with them. Read the diff before committing it.
pub fn bless() -> bool {
    std::env::var_os("BLESS").is_some_and(|v| v == "1")
}

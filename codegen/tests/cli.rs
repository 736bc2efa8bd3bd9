//! The `codegen` binary on the files around a spec. `generate` and `check` keep the scope table
//! of the project's docs (`docs/least-privilege.md`) current for the project's own spec only: a
//! run on another spec (`--spec OTHER`) leaves that file as it was, unless `--scope-table`
//! names a file for it. And the spec's path, which every generated file names in a comment,
//! cannot break that comment.
//! Each case runs the real binary in a directory of its own, laid out as the project is.

mod support;

use std::path::{Path, PathBuf};

const SPEC: &str = include_str!("../../tests/fixtures/specs/minimal.yaml");
const SCOPE_TABLE: &str = "docs/least-privilege.md";
const DOC: &str = "# Least privilege\n\n<!-- scope-table: written by `codegen generate` from the spec; do not edit -->\n\n<!-- /scope-table -->\n";

/// A directory with `spec/permissions.yaml`, `other.yaml` (the same spec) and
/// `docs/least-privilege.md`, whose scope table is empty.
fn project(name: &str) -> PathBuf {
    let dir = support::fresh_dir("cli-tests", name);
    std::fs::create_dir_all(dir.join("spec")).expect("create the project");
    std::fs::write(dir.join("spec/permissions.yaml"), SPEC).expect("write the spec");
    std::fs::write(dir.join("other.yaml"), SPEC).expect("write the other spec");
    std::fs::create_dir_all(dir.join("docs")).expect("create the docs");
    std::fs::write(dir.join(SCOPE_TABLE), DOC).expect("write the doc");
    dir
}

/// `codegen ARGS` in `dir`, which must succeed.
fn codegen(dir: &Path, args: &[&str]) -> std::process::Output {
    let output = support::codegen_in(dir, args);
    assert!(
        output.status.success(),
        "codegen {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn doc(dir: &Path) -> String {
    std::fs::read_to_string(dir.join(SCOPE_TABLE)).expect("read the doc")
}

#[test]
fn another_spec_leaves_the_project_s_table_alone() {
    let dir = project("other");
    let out = codegen(&dir, &["generate", "--spec", "other.yaml", "--out", "out"]);
    assert_eq!(doc(&dir), DOC);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("scope table"));
    // `check` on it does not compare the doc either: it passes.
    codegen(&dir, &["check", "--spec", "other.yaml", "--out", "out"]);
}

#[test]
fn the_project_s_spec_keeps_the_project_s_table_current() {
    let dir = project("own");
    let out = codegen(&dir, &["generate", "--out", "out"]);
    let written = doc(&dir);
    assert!(written.contains("| `list` | **Files.Read** |"), "{written}");
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("wrote the scope table of docs/least-privilege.md"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // A README beside it is not the table's place: it stays as it was.
    assert!(!dir.join("README.md").exists());
    // Named explicitly, or by another path to the same file, it is still the project's.
    std::fs::write(dir.join(SCOPE_TABLE), DOC).expect("reset the doc");
    codegen(
        &dir,
        &[
            "generate",
            "--spec",
            "./spec/permissions.yaml",
            "--out",
            "out",
        ],
    );
    assert_eq!(doc(&dir), written);
    // A stale table is a difference for `check`.
    std::fs::write(dir.join(SCOPE_TABLE), DOC).expect("reset the doc");
    let stale = support::codegen_in(&dir, &["check", "--out", "out"]);
    assert!(!stale.status.success());
    assert!(
        String::from_utf8_lossy(&stale.stdout).contains("docs/least-privilege.md (committed)"),
        "{}",
        String::from_utf8_lossy(&stale.stdout)
    );
}

#[test]
fn another_spec_writes_the_scope_table_file_it_is_given() {
    let dir = project("asked");
    std::fs::write(dir.join("table.md"), DOC).expect("write table.md");
    codegen(
        &dir,
        &[
            "generate",
            "--spec",
            "other.yaml",
            "--out",
            "out",
            "--scope-table",
            "table.md",
        ],
    );
    let table = std::fs::read_to_string(dir.join("table.md")).expect("read table.md");
    assert!(table.contains("| `list` | **Files.Read** |"), "{table}");
    assert_eq!(doc(&dir), DOC);
}

/// A spec whose file name holds a line break and a bidirectional control still makes files
/// whose header comments hold them escaped: nothing ends the comment early.
#[test]
fn a_spec_path_with_a_line_break_makes_comments_that_stay_comments() {
    let dir = project("path");
    let name = "odd\nname\u{202e}.yaml";
    std::fs::write(dir.join(name), SPEC).expect("write the spec");
    codegen(&dir, &["generate", "--spec", name, "--out", "out"]);
    let models = std::fs::read_to_string(dir.join("out/models.rs")).expect("models.rs");
    let first = models.lines().next().unwrap_or_default();
    assert_eq!(
        first,
        "// Generated from odd\\u{a}name\\u{202e}.yaml by graph-permissions-codegen. Do not edit: change the spec"
    );
    assert!(!models.contains('\u{202e}'));
}

#[test]
fn a_pipe_in_a_name_stays_inside_its_table_cell() {
    let dir = project("pipe");
    let spec = SPEC
        .replace("\n  list:\n", "\n  \"list|all\":\n")
        .replace("Files.Read: Read", "\"Files|Read\": Read")
        .replace("[Files.Read]", "[\"Files|Read\"]");
    assert!(spec.contains("list|all") && spec.contains("[\"Files|Read\"]"));
    std::fs::write(dir.join("pipe.yaml"), spec).expect("write the spec");
    let out = codegen(&dir, &["scopes", "--spec", "pipe.yaml"]);
    let table = String::from_utf8_lossy(&out.stdout);
    let row = table.lines().nth(2).expect("a row");
    assert_eq!(
        row,
        "| `list\\|all` | **Files\\|Read** | **Files\\|Read** | **Files\\|Read** |"
    );
    // Four cells: the row splits at unescaped pipes only.
    assert_eq!(row.replace("\\|", "").matches('|').count(), 5, "{row}");
}

/// `scopes --ops` names operations `family.operation`, or by a name one family alone has; a
/// name several families have is refused, listing the qualified ones.
#[test]
fn scopes_takes_qualified_operation_names() {
    let dir = project("families");
    let families = include_str!("../../tests/fixtures/specs/everything.yaml");
    std::fs::write(dir.join("families.yaml"), families).expect("write the spec");
    let out = codegen(
        &dir,
        &[
            "scopes",
            "--spec",
            "families.yaml",
            "--ops",
            "share.get,create",
            "--type",
            "application",
        ],
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "| Operation | Application |\n|---|---|\n| `share.get` | **Files.ReadWrite.All** |\n| `document.create` | **Files.ReadWrite.All**, Sites.Selected |\n"
    );
    let refused = support::codegen_in(&dir, &["scopes", "--spec", "families.yaml", "--ops", "get"]);
    assert_eq!(refused.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&refused.stderr),
        "operation `get` is in several families; name one of: `document.get`, `share.get`\n"
    );
}

/// A file named by `--scope-table` that is not there, or has no markers to write the table
/// between, is an error that says so; nothing is written into it.
#[test]
fn a_scope_table_file_that_cannot_hold_the_table_is_refused() {
    let dir = project("unusable");
    let missing = support::codegen_in(
        &dir,
        &[
            "generate",
            "--spec",
            "other.yaml",
            "--out",
            "out",
            "--scope-table",
            "nowhere.md",
        ],
    );
    assert_eq!(missing.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert!(
        stderr.starts_with("nowhere.md: cannot keep the scope table: "),
        "{stderr}"
    );
    assert!(!dir.join("nowhere.md").exists());

    std::fs::write(dir.join("plain.md"), "# No markers\n").expect("write plain.md");
    for command in ["generate", "check"] {
        let unmarked = support::codegen_in(
            &dir,
            &[
                command,
                "--spec",
                "other.yaml",
                "--out",
                "out",
                "--scope-table",
                "plain.md",
            ],
        );
        assert_eq!(unmarked.status.code(), Some(1), "{command}");
        assert_eq!(
            String::from_utf8_lossy(&unmarked.stderr),
            "plain.md: cannot keep the scope table: the file has no markers to write it between (the line \"<!-- scope-table: written by `codegen generate` from the spec; do not edit -->\" and, after it, the line \"<!-- /scope-table -->\")\n",
            "{command}"
        );
    }
    assert_eq!(
        std::fs::read_to_string(dir.join("plain.md")).expect("read plain.md"),
        "# No markers\n"
    );
}

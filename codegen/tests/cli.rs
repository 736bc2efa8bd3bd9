//! The `codegen` binary on the files around a spec. `generate` and `check` keep the scope table
//! of the project's README current for the project's own spec only: a run on another spec
//! (`--spec OTHER`) leaves `./README.md` as it was, unless `--readme` asks for it. And the
//! spec's path, which every generated file names in a comment, cannot break that comment.
//! Each case runs the real binary in a directory of its own, laid out as the project is.

use std::path::{Path, PathBuf};
use std::process::Command;

const SPEC: &str = include_str!("../../tests/fixtures/specs/minimal.yaml");
const README: &str = "# A project\n\n<!-- scope-table: written by `codegen generate` from the spec; do not edit -->\n\n<!-- /scope-table -->\n";

/// A directory with `spec/permissions.yaml`, `other.yaml` (the same spec) and a README whose
/// scope table is empty.
fn project(name: &str) -> PathBuf {
    let dir = std::env::temp_dir()
        .join(format!("graph-permissions-cli-{}", std::process::id()))
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("spec")).expect("create the project");
    std::fs::write(dir.join("spec/permissions.yaml"), SPEC).expect("write the spec");
    std::fs::write(dir.join("other.yaml"), SPEC).expect("write the other spec");
    std::fs::write(dir.join("README.md"), README).expect("write the README");
    dir
}

fn codegen(dir: &Path, args: &[&str]) -> std::process::Output {
    let output = Command::new(env!("CARGO_BIN_EXE_codegen"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run codegen");
    assert!(
        output.status.success(),
        "codegen {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn readme(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("README.md")).expect("read the README")
}

#[test]
fn another_spec_leaves_the_readme_alone() {
    let dir = project("other");
    let out = codegen(&dir, &["generate", "--spec", "other.yaml", "--out", "out"]);
    assert_eq!(readme(&dir), README);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("scope table"));
    // `check` on it does not compare the README either: it passes.
    codegen(&dir, &["check", "--spec", "other.yaml", "--out", "out"]);
}

#[test]
fn the_project_s_spec_keeps_the_readme_current() {
    let dir = project("own");
    codegen(&dir, &["generate", "--out", "out"]);
    let written = readme(&dir);
    assert!(written.contains("| `list` | **Files.Read** |"), "{written}");
    // Named explicitly, or by another path to the same file, it is still the project's.
    std::fs::write(dir.join("README.md"), README).expect("reset the README");
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
    assert_eq!(readme(&dir), written);
}

#[test]
fn another_spec_writes_the_readme_it_is_given() {
    let dir = project("asked");
    codegen(
        &dir,
        &[
            "generate",
            "--spec",
            "other.yaml",
            "--out",
            "out",
            "--readme",
            "README.md",
        ],
    );
    assert!(
        readme(&dir).contains("| `list` | **Files.Read** |"),
        "{}",
        readme(&dir)
    );
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
    let refused = Command::new(env!("CARGO_BIN_EXE_codegen"))
        .args(["scopes", "--spec", "families.yaml", "--ops", "get"])
        .current_dir(&dir)
        .output()
        .expect("run codegen");
    assert_eq!(refused.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&refused.stderr),
        "operation `get` is in several families; name one of: `document.get`, `share.get`\n"
    );
}

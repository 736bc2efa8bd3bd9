//! Golden-file tests: each fixture spec in `tests/fixtures/specs/` renders to exactly the files
//! in `tests/golden/<name>/`.
//!
//! Run with `BLESS=1` to write the golden files from what the generator renders now; then
//! read the diff before committing it.

use std::path::{Path, PathBuf};
use std::sync::Once;

use graph_permissions_codegen::Generator;

/// The workspace root: the parent of this package's directory.
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests package sits in the workspace")
        .to_path_buf()
}

/// Renders `tests/fixtures/specs/<name>.yaml`, named by its path relative to the workspace root
/// so that the header of every file is the same on every machine.
fn render(name: &str) -> Vec<graph_permissions_codegen::GeneratedFile> {
    static CWD: Once = Once::new();
    // Every test sets the same directory, once; nothing else in this binary reads the cwd.
    CWD.call_once(|| std::env::set_current_dir(workspace_root()).expect("cd to the workspace"));
    let spec = format!("tests/fixtures/specs/{name}.yaml");
    // `unusual` and `everything` also show the compile-time scope checks: `unusual`'s names
    // come from its scopes', `everything`'s sit in a module per family.
    let generator = Generator::new()
        .spec(&spec)
        .typed_scopes(name == "unusual" || name == "everything");
    match generator.render() {
        Ok(generated) => generated.files,
        Err(e) => panic!("{spec} does not render: {e}"),
    }
}

fn bless() -> bool {
    std::env::var_os("BLESS").is_some_and(|v| v == "1")
}

fn check(name: &str) {
    let files = render(name);
    let dir = workspace_root().join("tests/golden").join(name);
    let shown = |file: &str| format!("tests/golden/{name}/{file}");

    if bless() {
        std::fs::create_dir_all(&dir).expect("create the golden directory");
        for file in &files {
            std::fs::write(dir.join(&file.name), &file.contents)
                .unwrap_or_else(|e| panic!("write {}: {e}", shown(&file.name)));
        }
    }

    let mut problems = Vec::new();
    for file in &files {
        let expected = match std::fs::read_to_string(dir.join(&file.name)) {
            Ok(text) => text,
            Err(e) => {
                problems.push(format!(
                    "{}: cannot read the golden file: {e}",
                    shown(&file.name)
                ));
                continue;
            }
        };
        if expected != file.contents {
            let diff = similar::TextDiff::from_lines(&expected, &file.contents)
                .unified_diff()
                .context_radius(3)
                .header(
                    &format!("{} (golden)", shown(&file.name)),
                    &format!("{} (rendered)", shown(&file.name)),
                )
                .to_string();
            problems.push(format!(
                "{} differs from what the generator renders:\n{diff}",
                shown(&file.name)
            ));
        }
    }
    // A golden file the generator no longer renders is stale.
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let file = entry.file_name().to_string_lossy().into_owned();
            if !files.iter().any(|f| f.name == file) {
                problems.push(format!(
                    "{}: the generator renders no such file; remove it",
                    shown(&file)
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{}\n\n(run `BLESS=1 cargo test -p graph-permissions-tests --test golden` to accept what is rendered)",
        problems.join("\n\n")
    );
}

#[test]
fn minimal() {
    check("minimal");
}

#[test]
fn everything() {
    check("everything");
}

/// Names that are keywords, start with digits, are not ASCII, or are what generated code uses;
/// compiled by `tests/fixtures/unusual-crate`.
#[test]
fn unusual() {
    check("unusual");
}

/// The files every golden directory holds, in the order the generator writes them.
#[test]
fn renders_the_five_files() {
    for name in ["minimal", "everything", "unusual"] {
        let names: Vec<String> = render(name).into_iter().map(|f| f.name).collect();
        assert_eq!(
            names,
            [
                "mod.rs",
                "models.rs",
                "operations.rs",
                "endpoints.rs",
                "scopes.rs"
            ],
            "{name}"
        );
    }
}

/// The header names the spec by its path relative to the workspace root.
#[test]
fn headers_name_the_spec_relative_to_the_workspace() {
    for name in ["minimal", "everything", "unusual"] {
        for file in render(name) {
            let first = file.contents.lines().next().unwrap_or_default();
            assert_eq!(
                first,
                format!(
                    "// Generated from tests/fixtures/specs/{name}.yaml by graph-permissions-codegen. Do not edit: change the spec"
                ),
                "{name}/{}",
                file.name
            );
        }
    }
}

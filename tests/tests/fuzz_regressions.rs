//! Every input that ever made a fuzz target fail (`fuzz/regressions/<target>/`), replayed on
//! stable with the assertions the fuzzer makes (`fuzz/checks.rs`, shared with the targets).
//! Also the fuzzers' seeds, so that the checks themselves run in every `cargo test`.

mod support;

use std::path::{Path, PathBuf};

#[path = "../../fuzz/checks.rs"]
mod checks;

use support::workspace_root as root;

/// The files of a directory (not hidden ones, not README.md), sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    out.retain(|p| {
        let name = p.file_name().unwrap_or_default().to_string_lossy();
        p.is_file() && !name.starts_with('.') && name != "README.md"
    });
    out.sort();
    out
}

/// Runs `check` on every file, each under `catch_unwind`, and reports all that fail.
fn replay(check: fn(&[u8]), inputs: &[PathBuf]) -> Vec<String> {
    let mut failures = Vec::new();
    for input in inputs {
        let bytes = std::fs::read(input).expect("read the input");
        if let Err(panic) = std::panic::catch_unwind(|| check(&bytes)) {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            failures.push(format!("{}: {message}", input.display()));
        }
    }
    failures
}

#[test]
fn every_input_that_ever_crashed_a_fuzz_target_passes() {
    let dir = root().join("fuzz/regressions");
    let mut failures = Vec::new();
    let mut count = 0;
    for (target, check) in checks::TARGETS {
        let inputs = files(&dir.join(target));
        count += inputs.len();
        failures.extend(replay(check, &inputs));
    }
    // Only directories of known targets.
    for entry in std::fs::read_dir(&dir).expect("fuzz/regressions").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_dir() && !checks::TARGETS.iter().any(|(t, _)| *t == name) {
            failures.push(format!("fuzz/regressions/{name}: not a fuzz target"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} inputs fail:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// The seeds the fuzzers start from pass the checks too (a check that fails on its seeds
/// would make the fuzzer report nothing else).
#[test]
fn the_fuzzers_seeds_pass() {
    let root = root();
    let seeds: [(&str, &[&str]); 3] = [
        (
            "spec_to_code",
            &[
                "tests/fixtures/specs",
                "spec",
                "codegen/tests/bad_specs/corpus",
                "tests/ui/specs",
            ],
        ),
        (
            "import_page",
            &[
                "codegen/tests/import-fixtures/loose",
                "codegen/tests/import-fixtures/changes",
                "codegen/tests/import-fixtures/bad",
            ],
        ),
        ("model_json", &["tests/fixtures/examples"]),
    ];
    let mut failures = Vec::new();
    for (target, dirs) in seeds {
        let check = checks::TARGETS
            .iter()
            .find(|(t, _)| *t == target)
            .map(|(_, c)| *c)
            .expect("a target");
        let inputs: Vec<PathBuf> = dirs.iter().flat_map(|d| files(&root.join(d))).collect();
        assert!(!inputs.is_empty(), "{target}: no seeds");
        failures.extend(replay(check, &inputs));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The check for what rustc refuses finds it: a bare CR in a doc comment or a string, and each
/// bidirectional control; a CRLF, the marks rustc allows and other control characters pass.
#[test]
fn the_rustc_check_finds_what_rustc_refuses() {
    assert_eq!(
        checks::rustc_refuses("fn f() {}\n/// a\rb\n").map(|(line, _)| line),
        Some(2)
    );
    assert!(checks::rustc_refuses("const S: &str = \"a\rb\";\n").is_some());
    for c in [
        '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}',
    ] {
        assert!(
            checks::rustc_refuses(&format!("/// a{c}b\n")).is_some(),
            "U+{:04X}",
            c as u32
        );
    }
    assert_eq!(
        checks::rustc_refuses("/// a\r\n/// \u{200e}\u{200f}\u{61c}\u{85}\u{2028}\u{7}\tb\n"),
        None
    );
}

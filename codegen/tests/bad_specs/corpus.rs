//! Whole bad specs: every `corpus/NAME.yaml`, refused with exactly `corpus/NAME.expected`,
//! and the specs too large to commit, generated.

use std::path::{Path, PathBuf};

use crate::runner::refuse;
use crate::support;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_specs/corpus")
}

#[test]
fn every_bad_spec_is_refused_with_its_message() {
    let dir = corpus_dir();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("the corpus")
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".yaml").map(str::to_owned)
        })
        .collect();
    names.sort();
    assert!(
        names.len() >= 25,
        "the corpus has {} specs; it should have at least 25",
        names.len()
    );
    let mut problems = Vec::new();
    for name in &names {
        let spec = format!("{name}.yaml");
        let expected_path = dir.join(format!("{name}.expected"));
        let refusal = refuse(name, &dir, &spec);
        problems.extend(refusal.problems);
        let stderr = refusal.message;
        if support::bless() {
            std::fs::write(&expected_path, &stderr).expect("write the expected message");
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|e| {
            problems.push(format!("{name}: cannot read {name}.expected: {e}"));
            String::new()
        });
        if stderr != expected {
            problems.push(format!(
                "{name}: the binary printed\n{stderr}\nexpected ({name}.expected)\n{expected}"
            ));
        }
    }
    // Every expected message has its spec.
    for entry in std::fs::read_dir(&dir).expect("the corpus").flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if let Some(name) = file.strip_suffix(".expected") {
            if !names.iter().any(|n| n == name) {
                problems.push(format!("{file}: no {name}.yaml"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// A spec of the format, valid, to build the large and deep cases from.
const VALID: &str = include_str!("../../../tests/fixtures/specs/minimal.yaml");

/// Cases generated here, too large to commit: each spec's text and the exact message.
fn generated_cases() -> Vec<(&'static str, String, &'static str)> {
    let mut big = String::from(VALID);
    let filler = "# A comment line that pads the spec out to twenty megabytes, and more.\n";
    while big.len() < 20 * 1024 * 1024 {
        big.push_str(filler);
    }
    let deep = 10_000;
    vec![
        (
            "twenty-megabytes",
            big,
            "twenty-megabytes.yaml:1:1: the spec is larger than 16 MiB, which no spec needs; it was not read\n",
        ),
        (
            "nested-10000-flow-lists",
            format!("info: {}x{}\n", "[".repeat(deep), "]".repeat(deep)),
            "nested-10000-flow-lists.yaml:1:262: the YAML is nested more than 64 levels deep here; a spec needs no more than 8\n",
        ),
        (
            "nested-10000-flow-mappings",
            format!("info: {}x{}\n", "{a: ".repeat(deep), "}".repeat(deep)),
            "nested-10000-flow-mappings.yaml:1:259: the YAML is nested more than 64 levels deep here; a spec needs no more than 8\n",
        ),
        (
            "nested-10000-block-lists",
            format!("info:\n  {}x\n", "- ".repeat(deep)),
            "nested-10000-block-lists.yaml:2:129: the YAML is nested more than 64 levels deep here; a spec needs no more than 8\n",
        ),
        (
            "collection-10000",
            VALID.replace(
                "        type: String\n",
                &format!("        type: {}String{}\n", "Collection(".repeat(deep), ")".repeat(deep)),
            ),
            "collection-10000.yaml:22:15: property `name` of resource `widget` nests `Collection(…)` 10000 deep; at most 8 levels are supported\n",
        ),
    ]
}

/// The runner refuses them on every path, `parse` of the text in process included.
#[test]
fn huge_and_deep_specs_are_refused_quickly_and_cheaply() {
    let dir = support::fresh_dir("bad-specs", &format!("{}-generated", std::process::id()));
    let mut problems = Vec::new();
    for (name, text, expected) in generated_cases() {
        let file = format!("{name}.yaml");
        std::fs::write(dir.join(&file), &text).expect("write the generated spec");
        let refusal = refuse(name, &dir, &file);
        problems.extend(refusal.problems);
        if refusal.message != expected {
            problems.push(format!(
                "{name}: printed\n{}\nexpected\n{expected}",
                refusal.message
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

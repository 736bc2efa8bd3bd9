//! Compile tests (trybuild): what the generated API accepts, and what it refuses with a
//! useful error. Regenerate the expected errors with
//! `TRYBUILD=overwrite cargo test -p graph-permissions-tests --test compile`, then read them
//! (add a test's name, e.g. `-- generate_macro`, to rewrite only that test's).

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("ui/pass/*.rs");
    t.compile_fail("ui/fail/*.rs");
}

/// `generate!`: on the repository's spec, a subset and extra derives; and its errors, each
/// naming the spec's `file:line:col` where there is one. The bad specs are in `ui/specs/`.
///
/// trybuild compiles every case as a crate of its own in
/// `$CARGO_TARGET_DIR/tests/trybuild/graph-permissions-tests/`, so the macro's first choice,
/// the calling crate's directory, holds no spec; the cases name their specs relative to
/// themselves, which is where `generate!` looks next. That holds wherever the target
/// directory is (`macro_cases_name_specs_relative_to_themselves` below checks the premise).
#[test]
fn generate_macro() {
    let t = trybuild::TestCases::new();
    t.pass("ui/macro-pass/*.rs");
    t.compile_fail("ui/macro-fail/*.rs");
}

/// The cases' spec paths climb out of `tests/ui/macro-*/` into the source tree, never out of
/// the trybuild crate: from the target directory they lead nowhere, so the files are found
/// next to the cases, as in a fresh clone with any `CARGO_TARGET_DIR`.
#[test]
fn macro_cases_name_specs_relative_to_themselves() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["ui/macro-pass", "ui/macro-fail"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("the case directory") {
            let case = entry.expect("a case").path();
            if case.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&case).expect("the case");
            let Some(start) = text.find("generate!(") else {
                panic!("{}: no generate! call", case.display());
            };
            let spec = text[start..]
                .split('"')
                .nth(1)
                .expect("the spec path, the first string of the call");
            assert!(
                spec.starts_with("../") && !std::path::Path::new(spec).is_absolute(),
                "{}: `{spec}` should be relative to the case",
                case.display()
            );
            let next_to_case = case.parent().unwrap().join(spec);
            let missing = dir == "ui/macro-fail" && spec.contains("does_not_exist");
            assert_eq!(
                next_to_case.is_file(),
                !missing,
                "{}: `{spec}` relative to the case",
                case.display()
            );
        }
    }
}

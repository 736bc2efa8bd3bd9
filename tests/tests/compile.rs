//! Compile tests (trybuild): what the generated API accepts, and what it refuses with a
//! useful error. Regenerate the expected errors with
//! `TRYBUILD=overwrite cargo test -p graph-permissions-tests --test compile`, then read them.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("ui/pass/*.rs");
    t.compile_fail("ui/fail/*.rs");
}

//! `archive` is published only in beta: without the `beta` feature of `fixture-everything`
//! its endpoint functions (and its body type, `ArchiveBody`) do not exist.

fn main() {
    // The body type is configured out too, so `()` stands in for it: the one error is the
    // missing function.
    let _ = fixture_everything::endpoints::document::archive("d", "i", "x", ());
}

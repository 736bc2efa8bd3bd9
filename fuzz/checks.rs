//! What each fuzz target asserts, shared by the targets (`fuzz/fuzz_targets/*.rs`, on nightly)
//! and by the replay of every input that ever crashed (`tests/tests/fuzz_regressions.rs`, on
//! stable), so that a regression input is checked exactly as the fuzzer checked it.
//!
//! Each check panics when the property does not hold; returning is passing.

use std::path::Path;

use graph_permissions_codegen::{Error, Generator};

/// A check: panics when the property does not hold for the input.
pub type Check = fn(&[u8]);

/// The targets, by the name of their directory under `fuzz/regressions/`.
pub const TARGETS: [(&str, Check); 3] = [
    ("spec_to_code", spec_to_code),
    ("import_page", import_page),
    ("model_json", model_json),
];

/// Target 1: any bytes as a spec. The generator answers with code that parses as Rust and that
/// rustc's lexer and deny-by-default lints accept (see [`rustc_refuses`]), or with diagnostics
/// that each name a line and column (1-based) and say something; never a panic, and never code
/// that does not parse (`Error::Emit`).
pub fn spec_to_code(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // Lines as YAML counts them: a CR alone ends one too.
    let lines =
        text.matches('\n').count() + text.matches('\r').count() - text.matches("\r\n").count() + 1;
    for generator in [Generator::new(), Generator::new().typed_scopes(true)] {
        match generator.spec_name("fuzz.yaml").render_text(text) {
            Ok(generated) => {
                for file in &generated.files {
                    if let Err(e) = syn::parse_file(&file.contents) {
                        panic!("{} does not parse: {e}\n{}", file.name, file.contents);
                    }
                    if let Some((line, what)) = rustc_refuses(&file.contents) {
                        panic!(
                            "{}:{line}: rustc refuses {what}\n{}",
                            file.name, file.contents
                        );
                    }
                }
            }
            Err(Error::Spec { diagnostics, .. }) => {
                assert!(!diagnostics.is_empty(), "a spec error without a diagnostic");
                for d in &diagnostics {
                    assert!(
                        d.span.line >= 1 && d.span.column >= 1 && d.span.line <= lines,
                        "a diagnostic at {} of a spec of {lines} lines: {}",
                        d.span,
                        d.message
                    );
                    assert!(
                        !d.message.trim().is_empty(),
                        "an empty message at {}",
                        d.span
                    );
                }
            }
            // `Emit` above all: code that does not parse, or a panic while emitting it.
            Err(e) => panic!("{e}"),
        }
    }
}

/// What rustc refuses in source text that `syn` (and so the macro's path) accepts, with its line:
///
/// - a CR not followed by LF: in a doc comment "bare CR not allowed in doc-comment", in a
///   string "bare CR not allowed in string";
/// - the bidirectional text controls U+202A–U+202E and U+2066–U+2069, anywhere: the lints
///   `text_direction_codepoint_in_comment` and `text_direction_codepoint_in_literal` (deny by
///   default) refuse them in comments and literals, and no identifier can hold them.
///
/// rustc allows the other control characters, NEL, U+2028/U+2029 and the marks U+200E, U+200F
/// and U+061C in comments; generated code that holds them compiles.
pub fn rustc_refuses(source: &str) -> Option<(usize, String)> {
    const BIDI: [char; 9] = [
        '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}',
    ];
    for (i, line) in source.split('\n').enumerate() {
        let line_text = line.strip_suffix('\r').unwrap_or(line);
        if line_text.contains('\r') {
            return Some((i + 1, "a bare CR".to_owned()));
        }
        if let Some(c) = line.chars().find(|c| BIDI.contains(c)) {
            return Some((
                i + 1,
                format!("the bidirectional control U+{:04X}", c as u32),
            ));
        }
    }
    None
}

/// The spec the importer compares pages with: the import tests' spec in the families form,
/// with the hand-written parts a maintained spec has (keep comments, facets, `one_of`).
const SPEC: &str = include_str!("../codegen/tests/import-fixtures/spec.yaml");
const SPEC_NAME: &str = "codegen/tests/import-fixtures/spec.yaml";

/// Target 2: any bytes as a documentation page. The importer reads it into facts or says
/// which line it cannot read; facts compare with the spec into a report; and what `--write`
/// would make of the spec validates, as `import::apply` promises.
pub fn import_page(data: &[u8]) {
    use graph_permissions_codegen::import;
    // A directory that does not exist: an `[!INCLUDE …]` finds no file.
    let path = Path::new("/nonexistent-fuzz-dir/api/page.md");
    let facts = match import::page_facts(path, "page.md", data) {
        Ok(facts) => facts,
        Err(import::ImportError::Page { line, message, .. }) => {
            assert!(line >= 1, "a page error at line 0: {message}");
            assert!(!message.trim().is_empty(), "an empty page error at {line}");
            return;
        }
        Err(e) => panic!("not a page error: {e}"),
    };
    let pages = [facts];
    let report = match import::compare(SPEC, SPEC_NAME, &pages) {
        Ok(report) => report,
        Err(e) => panic!("the spec stopped comparing: {e}"),
    };
    let _ = report.to_markdown();
    // Nothing to make in the spec: `apply` would be handed nothing (and it is the slow part).
    if report.is_empty() {
        return;
    }
    for prune in [false, true] {
        match import::apply(SPEC, SPEC_NAME, &pages, prune) {
            Ok(text) => {
                if text == SPEC {
                    continue;
                }
                if let Err(diagnostics) = graph_permissions_codegen::parse(&text) {
                    panic!(
                        "apply (prune: {prune}) made a spec that does not validate: {diagnostics:?}\n{text}"
                    );
                }
            }
            // A difference the writer cannot make is reported, not written.
            Err(import::ImportError::Write { .. }) => {}
            Err(e) => panic!("apply (prune: {prune}): {e}"),
        }
    }
}

/// Target 3: any bytes as the JSON of every model. A value that decodes re-encodes to the
/// same JSON: nothing the server sent is lost or changed. Numbers are compared by value
/// (`1` sent for a `Double` comes back as `1.0`). Input that `serde_json::Value` refuses but
/// a model takes must come back as a fixed point.
pub fn model_json(data: &[u8]) {
    use graph_permissions::models::*;
    use graph_permissions::rt::Page;
    let Ok(sent) = serde_json::from_slice::<serde_json::Value>(data) else {
        // Not JSON to `serde_json::Value` (a lone surrogate `\ud800`, a number beyond `f64`),
        // yet a model may decode it: one that keeps unknown properties as the raw text they
        // were. Then what it encodes must decode to the same model and encode to the same
        // text again: a fixed point, nothing lost on the way.
        macro_rules! stable {
            ($($t:ty),*) => {$(
                if let Ok(value) = serde_json::from_slice::<$t>(data) {
                    let name = stringify!($t);
                    let text = serde_json::to_string(&value)
                        .unwrap_or_else(|e| panic!("{name} decoded but does not encode: {e}"));
                    let again: $t = serde_json::from_str(&text)
                        .unwrap_or_else(|e| panic!("{name} does not decode what it encoded: {e}\n{text}"));
                    assert!(again == value, "{name} changed on the way back:\n{value:?}\n{again:?}");
                    let text_again = serde_json::to_string(&again).expect("encodes");
                    assert_eq!(text, text_again, "{name} does not encode to a fixed point");
                }
            )*};
        }
        stable!(
            Role,
            SharingLinkType,
            SharingLinkScope,
            Permission,
            SharingLink,
            SharingInvitation,
            Identity,
            IdentitySet,
            SharePointIdentitySet,
            SharePointIdentity,
            ItemReference,
            DriveRecipient,
            Page<Permission>
        );
        return;
    };
    macro_rules! round_trips {
        ($($t:ty),*) => {$(
            if let Ok(value) = serde_json::from_slice::<$t>(data) {
                #[allow(unused_mut)]
                let mut back = serde_json::to_value(&value).unwrap_or_else(|e| {
                    panic!("{} decoded but does not encode: {e}", stringify!($t))
                });
                if stringify!($t) == "Page<Permission>" {
                    forgive_added_value(&sent, &mut back);
                }
                assert!(
                    same_json(&sent, &back),
                    "{} changed the JSON:\nsent {sent}\nback {back}",
                    stringify!($t)
                );
            }
        )*};
    }
    round_trips!(
        Role,
        SharingLinkType,
        SharingLinkScope,
        Permission,
        SharingLink,
        SharingInvitation,
        Identity,
        IdentitySet,
        SharePointIdentitySet,
        SharePointIdentity,
        ItemReference,
        DriveRecipient,
        Page<Permission>
    );
}

/// KNOWN, reported, not fixed here (`generated/src/rt/model.rs` belongs to another change):
/// `Page<T>` decodes an object without `value` (Graph always sends one) and encodes it back
/// with `"value": []`. Forgiven, so that the fuzzer finds other things; remove this when the
/// runtime refuses a page without `value`, or writes none back.
fn forgive_added_value(sent: &serde_json::Value, back: &mut serde_json::Value) {
    if let (Some(sent), Some(back)) = (sent.as_object(), back.as_object_mut()) {
        if !sent.contains_key("value") && back.get("value") == Some(&serde_json::json!([])) {
            back.remove("value");
        }
    }
}

/// JSON equality with numbers compared by value.
fn same_json(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            x == y || matches!((x.as_f64(), y.as_f64()), (Some(x), Some(y)) if x == y)
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_json(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

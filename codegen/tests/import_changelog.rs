//! `codegen changelog` on specs: the verdicts of small edits, and its errors. (The changelog
//! of an import is in `import.rs`.)

mod support;

use std::path::PathBuf;

use graph_permissions_codegen::changelog::{self, Level};
use support::codegen;

const SPEC: &str = "../spec/permissions.yaml";

fn spec_text() -> String {
    std::fs::read_to_string(SPEC).unwrap()
}

fn temp_dir(name: &str) -> PathBuf {
    support::fresh_dir("import-changelog-tests", name)
}

#[test]
fn changelog_of_identical_specs_is_none() {
    let text = spec_text();
    let log = changelog::from_texts("a", &text, "b", &text).unwrap();
    assert_eq!(log.level(), None);
    assert_eq!(log.verdict, "none");
    assert!(log.changes.is_empty());
    let json: serde_json::Value = serde_json::from_str(&log.to_json()).unwrap();
    assert_eq!(json["verdict"], "none");
}

#[test]
fn changelog_descriptions_only_is_patch() {
    let old = spec_text();
    let new = old.replacen(
        "description: List the effective sharing permissions on a driveItem.",
        "description: List the effective sharing permissions of a driveItem.",
        1,
    );
    assert_ne!(old, new);
    let log = changelog::from_texts("old", &old, "new", &new).unwrap();
    assert_eq!(log.level(), Some(Level::Patch), "{}", log.to_markdown());
}

#[test]
fn changelog_removed_variant_is_major() {
    let old = spec_text();
    let new = old.replacen(
        "        variants: [drive, group, me, site, site-list-item, user]\n        versions: [v1.0, beta]",
        "        variants: [drive, group, me, site, user]\n        versions: [v1.0, beta]",
        1,
    );
    assert_ne!(old, new);
    let log = changelog::from_texts("old", &old, "new", &new).unwrap();
    assert_eq!(log.level(), Some(Level::Major));
    assert!(log.changes.iter().any(|c| c.item
        == "endpoints::drive_item::revoke_grants_site_list_item"
        && c.kind == changelog::Kind::Removed));
}

/// The spec's move to families (from the eight-operation spec in the old form, frozen for the
/// performance figures in `perf/specs/`): every
/// endpoint function, marker and body is renamed, matched by method and path; nothing reads
/// as removed and added, and no function as retyped. (What the spec has gained since, the
/// operations of the whole sharing surface, is added.)
#[test]
fn changelog_of_the_move_to_families_shows_renames() {
    let old = std::fs::read_to_string("../perf/specs/eight-operations.yaml").unwrap();
    let log = changelog::from_texts("old", &old, "new", &spec_text()).unwrap();
    assert_eq!(log.level(), Some(Level::Major));
    // Renamed and added, and `Granted`'s parameters, one per scope (the spec has more now).
    assert!(
        log.changes.iter().all(|c| match c.kind {
            changelog::Kind::Renamed | changelog::Kind::Added => true,
            changelog::Kind::Changed => c.item == "scopes::Granted",
            _ => false,
        }),
        "{}",
        log.to_markdown()
    );
    let text = log.to_markdown();
    for line in [
        "- renamed `endpoints::list_drive` → `endpoints::drive_item::list`: `GET /drives/{drive-id}/items/{item-id}/permissions` (`driveItem.list` through `drive`)",
        "- renamed `endpoints::list_me` → `endpoints::drive_item::list_me`:",
        "- renamed `endpoints::grant_shares` → `endpoints::share::grant`:",
        "- renamed `operations::UpdateBody` → `operations::drive_item::UpdateBody`: the body of `driveItem.update`",
        "- renamed `operations::Grant` → `operations::share::Grant`: operation `grant` is now `share.grant` (and, with `typed-scopes`, `scopes::AllowsGrant` is `scopes::share::AllowsGrant`)",
        // What the spec gained: an added operation whose own path is the address itself, and
        // its endpoint function with its request line.
        "- added `operations::share::Get`: operation `share.get` (GET the address itself)",
        "- added `endpoints::share::get`: `GET /shares/{encoded-sharing-url}` (`share.get` through `shares`)",
        "- changed `scopes::Granted`: with `typed-scopes`: one `bool` parameter per scope, 6 → 12;",
    ] {
        assert!(text.contains(line), "no `{line}` in:\n{text}");
    }
    // 38 endpoint functions, 8 markers, 5 bodies.
    let renamed = log
        .changes
        .iter()
        .filter(|c| c.kind == changelog::Kind::Renamed)
        .count();
    assert_eq!(renamed, 38 + 8 + 5, "{text}");
    let json: serde_json::Value = serde_json::from_str(&log.to_json()).unwrap();
    let first_renamed = json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "renamed")
        .unwrap_or_else(|| panic!("{json}"));
    assert_eq!(first_renamed["renamed_to"], "operations::drive_item::List");
}

#[test]
fn cli_changelog_errors() {
    // Neither two files nor --since: a usage mistake, exit code 2 as for clap's own.
    let out = codegen(&["changelog", SPEC]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("error: expected two specs"), "{stderr}");
    // A revision git does not know.
    let out = codegen(&["changelog", "--since", "no-such-revision-here", SPEC]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("no-such-revision-here:../spec/permissions.yaml: cannot read the spec"),
        "{stderr}"
    );
    // A spec that does not validate: its own diagnostics.
    let bad = temp_dir("cli_changelog_bad").join("bad.yaml");
    std::fs::write(&bad, "info: [").unwrap();
    let out = codegen(&["changelog", SPEC, bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
}

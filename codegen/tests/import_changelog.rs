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

/// The spec with the lines of two scopes of `scopes:` swapped.
fn scopes_swapped(text: &str, a: &str, b: &str) -> String {
    let line = |name: &str| {
        text.lines()
            .find(|l| l.starts_with(&format!("  {name}: ")))
            .unwrap_or_else(|| panic!("no scope {name}"))
            .to_owned()
    };
    let (la, lb) = (line(a), line(b));
    text.replacen(&la, "\u{0}", 1)
        .replacen(&lb, &la, 1)
        .replacen('\u{0}', &lb, 1)
}

/// `scopes:` in another order: `Granted`'s parameters are in that order, so a `Granted` type
/// spelled out by hand still compiles and grants other scopes (major); `BY_PRIVILEGE` and so
/// `minimal` prefer another scope (minor); the `Scope` enum's variants move in the docs only.
#[test]
fn changelog_of_scopes_in_another_order_is_major() {
    let old = spec_text();
    let new = scopes_swapped(&old, "Sites.Selected", "Sites.FullControl.All");
    assert_ne!(old, new);
    let log = changelog::from_texts("old", &old, "new", &new).unwrap();
    let text = log.to_markdown();
    assert_eq!(log.level(), Some(Level::Major), "{text}");
    let found: Vec<(&str, Level, changelog::Kind)> = log
        .changes
        .iter()
        .map(|c| (c.item.as_str(), c.level, c.kind))
        .collect();
    assert_eq!(
        found,
        [
            (
                "scopes::BY_PRIVILEGE",
                Level::Minor,
                changelog::Kind::Reordered
            ),
            ("scopes::Scope", Level::Patch, changelog::Kind::Reordered),
            ("scopes::Granted", Level::Major, changelog::Kind::Reordered),
        ],
        "{text}"
    );
    let order = |t: &str| {
        let at = t.find("\nscopes:\n").unwrap() + 9;
        let block = &t[at..at + t[at..].find("\n\n").unwrap()];
        let names: Vec<&str> = block
            .lines()
            .map(|l| l.trim().split(": ").next().unwrap())
            .collect();
        format!("[{}]", names.join(", "))
    };
    assert!(text.contains(&format!("- reordered `scopes::Granted`: with `typed-scopes`: its `bool` parameters, one per scope, {} → {}; a type written with `granted![…]` follows, one spelled out by hand still compiles and grants other scopes", order(&old), order(&new))), "{text}");
    assert!(
        text.contains(
            "where several scopes allow a call, `minimal` now prefers the one earlier here"
        ),
        "{text}"
    );
    assert!(text.contains("Semver: **major**"), "{text}");
}

/// A new scope in the middle of `scopes:` moves the parameters of `Granted` after it, and
/// there is one more: a type spelled out by hand no longer compiles (the policy for a new
/// scope: minor). The scopes both specs have are in the same order: `minimal` prefers what
/// it did.
#[test]
fn changelog_of_a_scope_inserted_in_place_is_minor() {
    let old = spec_text();
    let first = old.find("\nscopes:\n").unwrap() + 9;
    let second = first + old[first..].find('\n').unwrap() + 1;
    let new = format!(
        "{}  Files.Write.Selected: Write the files the app was given.\n{}",
        &old[..second],
        &old[second..]
    );
    let log = changelog::from_texts("old", &old, "new", &new).unwrap();
    let text = log.to_markdown();
    assert_eq!(log.level(), Some(Level::Minor), "{text}");
    let items: Vec<&str> = log.changes.iter().map(|c| c.item.as_str()).collect();
    assert_eq!(
        items,
        ["scopes::Scope::FilesWriteSelected", "scopes::Granted"],
        "{text}"
    );
    assert!(
        text.contains("one `bool` parameter per scope, 12 → 13"),
        "{text}"
    );
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

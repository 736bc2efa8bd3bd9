//! `codegen import` and `codegen changelog`.
//!
//! - The five seed pages (copied byte for byte into `import-fixtures/seeds/`) against
//!   `spec/permissions.yaml`: the report lists exactly the known differences, each one a place
//!   where the spec follows newer Graph docs than the seed.
//! - Change fixtures (`import-fixtures/changes/`): a seed with one edit, in both formats. The
//!   report names exactly that edit; `--write` makes it in a copy of the spec, which still
//!   validates and generates; `changelog` between the two specs gives the right verdict.
//! - Bad pages (`import-fixtures/bad/`): a clear `FILE:LINE: …` error, no panic, the spec's bytes
//!   unchanged. A missing INCLUDE is a note, not an error.
//!
//! Tests run in the package directory (`codegen/`), so paths are relative to it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use graph_permissions_codegen::changelog::{self, Level};
use graph_permissions_codegen::import::{self, ImportError, Mode, Side};
use graph_permissions_codegen::{parse, Generator};

const SPEC: &str = "../spec/permissions.yaml";
const FIXTURES: &str = "tests/import-fixtures";

const SEEDS: [&str; 5] = [
    "000_86588189682dfafa.txt",
    "001_4ff3b2c382b8d967.txt",
    "002_118e6d46edff71b2.txt",
    "003_3389e6dcb55fe33e.txt",
    "004_5539dedff3044ed7.txt",
];

fn seed(name: &str) -> PathBuf {
    Path::new(FIXTURES).join("seeds").join(name)
}

fn seeds() -> Vec<PathBuf> {
    SEEDS.iter().map(|s| seed(s)).collect()
}

fn fixture(dir: &str, name: &str) -> PathBuf {
    Path::new(FIXTURES).join(dir).join(name)
}

fn spec_text() -> String {
    std::fs::read_to_string(SPEC).unwrap()
}

/// A fresh directory for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("import-tests")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A copy of the spec in a fresh directory.
fn spec_copy(name: &str) -> PathBuf {
    let path = temp_dir(name).join("permissions.yaml");
    std::fs::write(&path, spec_text()).unwrap();
    path
}

fn report(pages: &[PathBuf]) -> import::Report {
    import::run(pages, Path::new(SPEC), Mode::Report)
        .unwrap_or_else(|e| panic!("{e}"))
        .report
}

/// Every difference of a report as `(section, side, summary)`.
fn differences(report: &import::Report) -> Vec<(String, Side, String)> {
    report
        .differences()
        .into_iter()
        .map(|(title, d)| (title, d.side, d.summary()))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// (a) The seeds against the spec.

const LIST: &str = "Operation `list` — GET …/permissions";
const UPDATE: &str = "Operation `update` — PATCH …/permissions/{perm-id}";
const GRANT: &str = "Operation `grant` — POST …/permission/grant";
const REVOKE: &str = "Operation `revokeGrants` — POST …/permissions/{perm-id}/revokeGrants";
const PERMISSION: &str = "Resource `permission`";

/// The differences between the five seeds and the spec. Each is a place where the spec follows
/// the current Graph docs rather than the (older) seed, as the spec's comments say; every one is
/// something the spec has and the seed does not, so `--write` keeps them all.
///
/// Not differences: seed 000 is a beta page and the spec lists revokeGrants in v1.0 and beta
/// (a beta page only says the operation is in beta); seed 004 spells `{siteId}`, `{itemId}`,
/// `{userId}` where the spec writes `{site-id}`, `{item-id}`, `{user-id}` (spellings, not
/// variants); the seeds type `roles` as `String` where the spec has the `role` enum (pages type
/// enums as strings); seed 003 writes `IdentitySet` for the spec's `identitySet`.
const KNOWN: &[(&str, Side, &str)] = &[
    // The current docs add `expirationDateTime` to the update body ("# expirationDateTime:
    // current docs; not in seed 001" in the spec); seed 001 says only roles can be changed.
    (
        UPDATE,
        Side::Spec,
        "body field `expirationDateTime` (DateTimeOffset)",
    ),
    // The current permission page marks grantedTo and grantedToIdentities deprecated in favour
    // of their V2 properties; seed 003 predates the deprecation (seed 004 shows the
    // `@deprecated.GrantedTo` annotation in its example).
    (
        PERMISSION,
        Side::Spec,
        "property `grantedTo` deprecated, replaced by `grantedToV2`",
    ),
    (
        PERMISSION,
        Side::Spec,
        "property `grantedToIdentities` deprecated, replaced by `grantedToIdentitiesV2`",
    ),
    // grantedToV2 and grantedToIdentitiesV2: current docs ("# grantedToV2 and
    // grantedToIdentitiesV2: current docs; seed 003 does not list them").
    (
        PERMISSION,
        Side::Spec,
        "property `grantedToV2` (sharePointIdentitySet)",
    ),
    (
        PERMISSION,
        Side::Spec,
        "property `grantedToIdentitiesV2` (Collection(sharePointIdentitySet))",
    ),
    // hasPassword and expirationDateTime: current docs ("not in seed 003"; seed 002 shows
    // hasPassword in its response example).
    (PERMISSION, Side::Spec, "property `hasPassword` (Boolean)"),
    (
        PERMISSION,
        Side::Spec,
        "property `expirationDateTime` (DateTimeOffset)",
    ),
    // `owner`: the current "Roles property values" table ("# owner: from the current v1.0
    // docs; seed 003 lists only read, write, sp.owner and sp.member").
    (PERMISSION, Side::Spec, "enum `role` value `owner`"),
];

/// The whole report of the five seeds, as `codegen import` prints it.
const SEED_REPORT: &str = "\
# Import: 5 pages against `../spec/permissions.yaml`

0 things the pages say that the spec does not (`--write` applies them); 8 things the spec says that the pages do not (kept; `--prune` removes them).

## Operation `list` — GET …/permissions

Page: `tests/import-fixtures/seeds/004_5539dedff3044ed7.txt` (v1.0)

No differences.

## Operation `update` — PATCH …/permissions/{perm-id}

Page: `tests/import-fixtures/seeds/001_4ff3b2c382b8d967.txt` (v1.0)

In the spec, not on the page:

- body field `expirationDateTime` (DateTimeOffset)

## Operation `grant` — POST …/permission/grant

Page: `tests/import-fixtures/seeds/002_118e6d46edff71b2.txt` (v1.0)

No differences.

## Operation `revokeGrants` — POST …/permissions/{perm-id}/revokeGrants

Page: `tests/import-fixtures/seeds/000_86588189682dfafa.txt` (beta)

No differences.

## Resource `permission`

Page: `tests/import-fixtures/seeds/003_3389e6dcb55fe33e.txt` (v1.0)

In the spec, not on the page:

- property `grantedTo` deprecated, replaced by `grantedToV2`
- property `grantedToIdentities` deprecated, replaced by `grantedToIdentitiesV2`
- property `grantedToV2` (sharePointIdentitySet)
- property `grantedToIdentitiesV2` (Collection(sharePointIdentitySet))
- property `hasPassword` (Boolean)
- property `expirationDateTime` (DateTimeOffset)
- enum `role` value `owner`
";

#[test]
fn seed_copies_are_the_seeds() {
    // The fixtures are byte-for-byte copies of ../shared/seeds (when that directory is there:
    // it is outside the repository).
    let shared = Path::new("../../shared/seeds");
    if !shared.is_dir() {
        return;
    }
    for name in SEEDS {
        assert_eq!(
            std::fs::read(seed(name)).unwrap(),
            std::fs::read(shared.join(name)).unwrap(),
            "{name} differs from ../shared/seeds/{name}"
        );
    }
}

#[test]
fn seeds_report_exactly_the_known_differences() {
    let report = report(&seeds());
    let expected: Vec<(String, Side, String)> = KNOWN
        .iter()
        .map(|(t, s, d)| ((*t).to_owned(), *s, (*d).to_owned()))
        .collect();
    assert_eq!(differences(&report), expected);
    assert_eq!(report.to_markdown(), SEED_REPORT);
    // Every page found its operation or resource, and none left a note.
    let titles: Vec<String> = report.sections.iter().map(|s| s.title()).collect();
    assert_eq!(titles, [LIST, UPDATE, GRANT, REVOKE, PERMISSION]);
    assert!(report.sections.iter().all(|s| s.notes.is_empty()));
}

#[test]
fn seed_report_is_deterministic() {
    let forward = report(&seeds()).to_markdown();
    let mut reversed = seeds();
    reversed.reverse();
    assert_eq!(forward, report(&seeds()).to_markdown());
    assert_eq!(forward, report(&reversed).to_markdown());
}

#[test]
fn seed_facts() {
    use import::{PageKind, ScopeRowFact, ScopesFact};
    // 004: plain text, "Least privileged | Higher privileged" columns: the least comes first.
    let list = import::read_page(&seed("004_5539dedff3044ed7.txt")).unwrap();
    let PageKind::Api(api) = &list.kind else {
        panic!("004 is an API page")
    };
    assert_eq!(api.paths.len(), 6);
    assert_eq!(
        api.paths[4].path,
        "/sites/{siteId}/drive/items/{itemId}/permissions"
    );
    let ScopesFact::Table { rows, .. } = &api.scopes else {
        panic!("004 has a permission table")
    };
    assert_eq!(
        rows[0],
        ScopeRowFact::Scopes(
            [
                "Files.Read",
                "Files.Read.All",
                "Files.ReadWrite",
                "Files.ReadWrite.All",
                "Sites.Read.All",
                "Sites.ReadWrite.All"
            ]
            .map(String::from)
            .to_vec()
        )
    );
    assert_eq!(
        api.query
            .iter()
            .map(|(q, _)| q.as_str())
            .collect::<Vec<_>>(),
        ["$select"]
    );
    let names: Vec<&str> = api.headers.iter().map(|h| h.name.as_str()).collect();
    assert_eq!(names, ["Authorization", "Content-Type", "if-none-match"]);
    assert_eq!(list.version, "v1.0");

    // 000: Markdown with front matter and the beta notice.
    let revoke = import::read_page(&seed("000_86588189682dfafa.txt")).unwrap();
    assert_eq!(revoke.version, "beta");
    let PageKind::Api(api) = &revoke.kind else {
        panic!("000 is an API page")
    };
    let ScopesFact::Table { rows, .. } = &api.scopes else {
        panic!("000 has a permission table")
    };
    assert_eq!(rows[1], ScopeRowFact::NotSupported);
    let body = api.body.as_ref().unwrap();
    assert_eq!(body.fields[0].name, "grantees");
    assert_eq!(body.fields[0].ty.render(), "Collection(driveRecipient)");

    // 003: plain-text resource page.
    let permission = import::read_page(&seed("003_3389e6dcb55fe33e.txt")).unwrap();
    let PageKind::Resource(r) = &permission.kind else {
        panic!("003 is a resource page")
    };
    assert_eq!(r.name, "Permission");
    assert_eq!(r.properties.len(), 8);
    assert_eq!(r.properties[2].ty.render(), "Collection(IdentitySet)");
    assert!(r.properties.iter().all(|p| p.read_only));
    assert_eq!(r.enums[0].values.len(), 4);
}

#[test]
fn writing_the_seeds_changes_nothing() {
    // Everything the seeds differ in is something only the spec says: kept.
    let spec = spec_copy("writing_the_seeds");
    let outcome = import::run(&seeds(), &spec, Mode::Write).unwrap();
    assert!(!outcome.written);
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), spec_text());
}

#[test]
fn pruning_a_seed_removes_what_only_the_spec_says() {
    // Seed 001 does not have the update body's expirationDateTime: `--prune` takes it out.
    let spec = spec_copy("pruning_a_seed");
    let outcome = import::run(
        &[seed("001_4ff3b2c382b8d967.txt")],
        &spec,
        Mode::WriteAndPrune,
    )
    .unwrap();
    assert!(outcome.written);
    let text = std::fs::read_to_string(&spec).unwrap();
    let model = parse(&text).unwrap();
    let update = model
        .operations
        .iter()
        .find(|o| o.wire == "update")
        .unwrap();
    let fields: Vec<&str> = update
        .body
        .as_ref()
        .unwrap()
        .fields
        .iter()
        .map(|f| f.wire.as_str())
        .collect();
    assert_eq!(fields, ["roles"]);
    // Pruning seed 003 would remove grantedToV2, which the facets name: refused, nothing written.
    let spec = spec_copy("pruning_a_seed_refused");
    let err = import::run(
        &[seed("003_3389e6dcb55fe33e.txt")],
        &spec,
        Mode::WriteAndPrune,
    )
    .unwrap_err();
    assert!(err.to_string().contains("would not validate"), "{err}");
    assert!(err.to_string().contains("nothing was written"), "{err}");
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), spec_text());
}

// ---------------------------------------------------------------------------------------------
// (b) Change fixtures: a seed with one edit.

struct ChangeCase {
    /// Under `import-fixtures/changes/`.
    fixture: &'static str,
    /// The seed it is a copy of.
    seed: &'static str,
    /// The one difference the edit adds to the seed's report, in the section `section`.
    section: &'static str,
    added: &'static str,
    /// A difference of the seed's report that the edit resolves, if any.
    resolved: Option<&'static str>,
    verdict: Level,
    /// The changelog entry that shows the change: its item.
    item: &'static str,
}

const CHANGES: &[ChangeCase] = &[
    // Markdown (seed 000): `POST /me/drive/root:/{path}:/…/revokeGrants` added to the HTTP
    // request block; `/me/drive/root:/{path}:` is the spec's `me-by-path` variant.
    ChangeCase {
        fixture: "md-variant-added.md",
        seed: "000_86588189682dfafa.txt",
        section: REVOKE,
        added: "variant `me-by-path` added: `POST /me/drive/root:/{path}:/permissions/{perm-id}/revokeGrants`",
        resolved: None,
        verdict: Level::Minor,
        item: "endpoints::revoke_grants_me_by_path",
    },
    // Markdown (seed 000): Sites.ReadWrite.All removed from the delegated work row.
    ChangeCase {
        fixture: "md-scope-removed.md",
        seed: "000_86588189682dfafa.txt",
        section: REVOKE,
        added: "scopes of \"Delegated (work or school account)\": [Files.ReadWrite, Files.ReadWrite.All] (the spec: [Files.ReadWrite, Files.ReadWrite.All, Sites.ReadWrite.All])",
        resolved: None,
        verdict: Level::Major,
        item: "operations::RevokeGrants::META.scopes (Delegated (work or school account))",
    },
    // Plain text (seed 004): `GET /drives/{driveId}/root:/{path}:/permissions` added; the spec
    // has no variant with that prefix, so it becomes a new one, with the spec's spellings.
    ChangeCase {
        fixture: "text-variant-added.txt",
        seed: "004_5539dedff3044ed7.txt",
        section: LIST,
        added: "new variant `drive-by-path` (`/drives/{drive-id}/root:/{path}:`) added: `GET /drives/{driveId}/root:/{path}:/permissions`",
        resolved: None,
        verdict: Level::Minor,
        item: "endpoints::list_drive_by_path",
    },
    // Plain text (seed 004, least/higher layout): Sites.Read.All removed from the application
    // row's higher privileged column.
    ChangeCase {
        fixture: "text-scope-removed.txt",
        seed: "004_5539dedff3044ed7.txt",
        section: LIST,
        added: "scopes of \"Application\": [Files.Read.All, Files.ReadWrite.All, Sites.ReadWrite.All] (the spec: [Files.Read.All, Files.ReadWrite.All, Sites.Read.All, Sites.ReadWrite.All])",
        resolved: None,
        verdict: Level::Major,
        item: "operations::List::META.scopes (Application)",
    },
    // Plain text (seed 003): a property row `createdDateTime DateTimeOffset … Read-only.`.
    ChangeCase {
        fixture: "text-property-added.txt",
        seed: "003_3389e6dcb55fe33e.txt",
        section: PERMISSION,
        added: "property `createdDateTime` added: DateTimeOffset, read-only",
        resolved: None,
        // The model structs are `#[non_exhaustive]`: a new field breaks no code downstream.
        verdict: Level::Minor,
        item: "models::Permission::created_date_time",
    },
    // Plain text (seed 003): a row `restrictedView …` in the roles enumeration.
    ChangeCase {
        fixture: "text-enum-value-added.txt",
        seed: "003_3389e6dcb55fe33e.txt",
        section: PERMISSION,
        added: "enum `role` value `restrictedView` added",
        resolved: None,
        verdict: Level::Minor,
        item: "models::Role::RestrictedView",
    },
    // Plain text (seed 003): shareId's description ends "ShareId has been deprecated. Use
    // link instead."
    ChangeCase {
        fixture: "text-property-deprecated.txt",
        seed: "003_3389e6dcb55fe33e.txt",
        section: PERMISSION,
        added: "property `shareId` deprecated, replaced by `link`",
        resolved: None,
        verdict: Level::Minor,
        item: "models::Permission::share_id",
    },
    // Plain text (seed 001): the body table gains `expirationDateTime DateTimeOffset Required.
    // …`. The spec has that field, optional; so the seed's "only in the spec" line for it goes,
    // and the page makes it required.
    ChangeCase {
        fixture: "text-body-field-required.txt",
        seed: "001_4ff3b2c382b8d967.txt",
        section: UPDATE,
        added: "body field `expirationDateTime` made required (the spec: optional)",
        resolved: Some("body field `expirationDateTime` (DateTimeOffset)"),
        verdict: Level::Major,
        item: "operations::UpdateBody::expiration_date_time",
    },
];

#[test]
fn change_fixtures_report_exactly_their_edit() {
    for case in CHANGES {
        let before: BTreeSet<(String, Side, String)> = differences(&report(&[seed(case.seed)]))
            .into_iter()
            .collect();
        let after: BTreeSet<(String, Side, String)> =
            differences(&report(&[fixture("changes", case.fixture)]))
                .into_iter()
                .collect();
        let added: Vec<_> = after.difference(&before).cloned().collect();
        let gone: Vec<_> = before.difference(&after).cloned().collect();
        assert_eq!(
            added,
            [(case.section.to_owned(), Side::Page, case.added.to_owned())],
            "{}",
            case.fixture
        );
        let expected_gone: Vec<(String, Side, String)> = case
            .resolved
            .iter()
            .map(|r| (case.section.to_owned(), Side::Spec, (*r).to_owned()))
            .collect();
        assert_eq!(gone, expected_gone, "{}", case.fixture);
    }
}

/// The lines of `old` that are comments, in order, are all in `new`: nothing hand-written lost.
fn comments_kept(old: &str, new: &str) -> bool {
    let mut new_lines = new.lines();
    old.lines()
        .filter(|l| l.trim_start().starts_with('#'))
        .all(|c| new_lines.any(|n| n == c))
}

#[test]
fn change_fixtures_write_validate_generate_and_changelog() {
    let old = spec_text();
    for case in CHANGES {
        let name = case.fixture.replace('.', "_");
        let spec = spec_copy(&name);
        let page = fixture("changes", case.fixture);
        let outcome = import::run(std::slice::from_ref(&page), &spec, Mode::Write)
            .unwrap_or_else(|e| panic!("{}: {e}", case.fixture));
        assert!(outcome.written, "{}", case.fixture);
        assert!(
            outcome.skipped.is_empty(),
            "{}: {:?}",
            case.fixture,
            outcome.skipped
        );
        let new = std::fs::read_to_string(&spec).unwrap();

        // It validates, generates, and keeps every comment.
        parse(&new).unwrap_or_else(|d| panic!("{}: {d:?}", case.fixture));
        let out = spec.parent().unwrap().join("api");
        Generator::new()
            .spec(&spec)
            .out_dir(&out)
            .generate()
            .unwrap_or_else(|e| panic!("{}: {e}", case.fixture));
        assert!(comments_kept(&old, &new), "{}", case.fixture);

        // The page now agrees with the spec: nothing left that the page says.
        let again = import::run(std::slice::from_ref(&page), &spec, Mode::Report).unwrap();
        assert!(
            again
                .report
                .differences()
                .iter()
                .all(|(_, d)| d.side == Side::Spec),
            "{}: {}",
            case.fixture,
            again.report.to_markdown()
        );

        // The changelog: the verdict, and the item that shows it.
        let log = changelog::from_texts("old.yaml", &old, "new.yaml", &new).unwrap();
        assert_eq!(
            log.level(),
            Some(case.verdict),
            "{}: {}",
            case.fixture,
            log.to_markdown()
        );
        assert!(
            log.changes
                .iter()
                .any(|c| c.item == case.item && c.level == case.verdict),
            "{}: {}",
            case.fixture,
            log.to_markdown()
        );
    }
}

#[test]
fn written_text_is_surgical() {
    // The body field made required: one line added under the field's `type:`.
    let spec = spec_copy("surgical_required");
    import::run(
        &[fixture("changes", "text-body-field-required.txt")],
        &spec,
        Mode::Write,
    )
    .unwrap();
    let new = std::fs::read_to_string(&spec).unwrap();
    let old = spec_text();
    let expected = old.replacen(
        "        expirationDateTime:\n          type: DateTimeOffset\n          description: The expiration date and time of the permission;",
        "        expirationDateTime:\n          type: DateTimeOffset\n          required: true\n          description: The expiration date and time of the permission;",
        1,
    );
    assert_ne!(expected, old);
    assert_eq!(new, expected);

    // A scope removed: the flow list of that row, and nothing else.
    let spec = spec_copy("surgical_scope");
    import::run(
        &[fixture("changes", "md-scope-removed.md")],
        &spec,
        Mode::Write,
    )
    .unwrap();
    let new = std::fs::read_to_string(&spec).unwrap();
    let changed: Vec<(&str, &str)> = old
        .lines()
        .zip(new.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(old.lines().count(), new.lines().count());
    assert_eq!(
        changed,
        [(
            "      delegated-work: [Files.ReadWrite, Files.ReadWrite.All, Sites.ReadWrite.All]",
            "      delegated-work: [Files.ReadWrite, Files.ReadWrite.All]"
        )]
    );
}

#[test]
fn included_permission_table_is_read() {
    // md-include.md is seed 000 with its table replaced by an INCLUDE of a least/higher table.
    use import::{PageKind, ScopesFact};
    let facts = import::read_page(&fixture("changes", "md-include.md")).unwrap();
    let PageKind::Api(api) = &facts.kind else {
        panic!("an API page")
    };
    let ScopesFact::Table { file, .. } = &api.scopes else {
        panic!("the include is there")
    };
    assert_eq!(
        file,
        "tests/import-fixtures/includes/permissions/permission-revokegrants-permissions.md"
    );
    let report = report(&[fixture("changes", "md-include.md")]);
    assert!(report.is_empty(), "{}", report.to_markdown());
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
        "    variants: [drive, group, me, site, site-list-item, user]\n    versions: [v1.0, beta]",
        "    variants: [drive, group, me, site, user]\n    versions: [v1.0, beta]",
        1,
    );
    assert_ne!(old, new);
    let log = changelog::from_texts("old", &old, "new", &new).unwrap();
    assert_eq!(log.level(), Some(Level::Major));
    assert!(log
        .changes
        .iter()
        .any(|c| c.item == "endpoints::revoke_grants_site_list_item"
            && c.kind == changelog::Kind::Removed));
}

#[test]
fn new_scope_new_body_and_not_supported_are_written() {
    // Seed 001 with the personal row "Not supported.", an application scope the spec does not
    // define, and (on seed 004) a body for an operation that has none.
    let update = std::fs::read_to_string(seed("001_4ff3b2c382b8d967.txt"))
        .unwrap()
        .replace(
            "Delegated (personal Microsoft account) Files.ReadWrite, Files.ReadWrite.All",
            "Delegated (personal Microsoft account) Not supported.",
        )
        .replace(
            "Application Files.ReadWrite.All, Sites.ReadWrite.All",
            "Application Files.SelectedOperations.Selected, Files.ReadWrite.All, Sites.ReadWrite.All",
        );
    let list = std::fs::read_to_string(seed("004_5539dedff3044ed7.txt")).unwrap().replacen(
        "Response\n\nIf successful",
        "Request body\n\nIn the request body, supply a filter.\n\nProperty Type Description\nfilter String Required. The filter.\n\nResponse\n\nIf successful",
        1,
    );
    let pages = [
        import::page_facts(Path::new("update.txt"), "update.txt", update.as_bytes()).unwrap(),
        import::page_facts(Path::new("list.txt"), "list.txt", list.as_bytes()).unwrap(),
    ];
    let spec = spec_text();
    let (text, skipped) = import::apply(&spec, "spec", &pages, false).unwrap();
    assert!(skipped.is_empty(), "{skipped:?}");
    assert!(text.contains(
        "  Files.SelectedOperations.Selected: Added by codegen import from update.txt; say what it grants.\n"
    ));
    assert!(text.contains("      delegated-personal: not supported\n"));
    assert!(text.contains(
        "      application: [Files.SelectedOperations.Selected, Files.ReadWrite.All, Sites.ReadWrite.All]\n"
    ));
    assert!(text.contains(
        "    body:\n      description: In the request body, supply a filter.\n      fields:\n        filter:\n          type: String\n          required: true\n          description: The filter.\n"
    ));
    let log = changelog::from_texts("old", &spec, "new", &text).unwrap();
    assert_eq!(log.level(), Some(Level::Major), "{}", log.to_markdown());
    // The same pages again: nothing left to write.
    let (again, _) = import::apply(&text, "spec", &pages, false).unwrap();
    assert_eq!(again, text);
}

// ---------------------------------------------------------------------------------------------
// (c) Bad pages.

/// Each bad page: the error's `FILE:LINE` and a piece of its message.
const BAD: &[(&str, usize, &str)] = &[
    (
        "empty.md",
        1,
        "the page is empty; expected the Markdown source or the plain text",
    ),
    (
        "binary.txt",
        3,
        "this is a binary file, not a documentation page",
    ),
    // Seed 001 without its HTTP request section: the error points at the permission table,
    // the line that makes it an API page.
    (
        "no-http-request.txt",
        10,
        "no HTTP request block on this API page; expected a section \"HTTP request\"",
    ),
    // Seed 001 without its "Delegated (personal Microsoft account)" row: the table's header.
    (
        "missing-row.txt",
        10,
        "the permission table has no row for \"Delegated (personal Microsoft account)\"",
    ),
    // Seed 004 with `{group-id` left open.
    (
        "unbalanced-brace.txt",
        36,
        "unbalanced braces in the path `/groups/{group-id/drive/items/{item-id}/permissions`",
    ),
];

#[test]
fn bad_pages_are_clear_errors_and_write_nothing() {
    for (name, line, message) in BAD {
        let page = fixture("bad", name);
        let spec = spec_copy(&format!("bad_{}", name.replace('.', "_")));
        // With a good page beside it: still nothing written.
        let pages = [fixture("changes", "text-property-added.txt"), page.clone()];
        let err = import::run(&pages, &spec, Mode::Write).unwrap_err();
        let shown = format!("{}:{line}: ", page.display());
        let text = err.to_string();
        assert!(matches!(err, ImportError::Page { .. }), "{name}: {text}");
        assert!(text.starts_with(&shown), "{name}: {text}");
        assert!(text.contains(message), "{name}: {text}");
        assert_eq!(
            std::fs::read_to_string(&spec).unwrap(),
            spec_text(),
            "{name}"
        );
    }
}

#[test]
fn missing_include_is_a_note_and_keeps_the_scopes() {
    let page = fixture("bad", "missing-include.md");
    let spec = spec_copy("missing_include");
    let outcome = import::run(std::slice::from_ref(&page), &spec, Mode::Write).unwrap();
    assert!(!outcome.written);
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), spec_text());
    let section = &outcome.report.sections[0];
    assert_eq!(section.title(), REVOKE);
    assert!(section.differences.is_empty());
    assert_eq!(
        section.notes,
        ["line 27: the permission table is included from `../includes/permissions/permission-revokegrants-missing.md`, which is not there (looked for `tests/import-fixtures/includes/permissions/permission-revokegrants-missing.md`); the scopes of `revokeGrants` are left as the spec has them"]
    );
}

/// A small deterministic generator for the mutation test.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn no_input_panics() {
    // Every seed cut at every line, and mutated at random: each either reads or is an error;
    // what reads is compared and written (in memory) without a panic.
    let spec = spec_text();
    let mut inputs: Vec<Vec<u8>> = Vec::new();
    for name in SEEDS {
        let bytes = std::fs::read(seed(name)).unwrap();
        let lines: Vec<usize> = bytes
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .map(|(i, _)| i)
            .collect();
        for &end in &lines {
            inputs.push(bytes[..end].to_vec());
            inputs.push(bytes[end..].to_vec());
        }
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ bytes.len() as u64);
        for _ in 0..200 {
            let mut b = bytes.clone();
            for _ in 0..1 + rng.below(8) {
                if b.is_empty() {
                    break;
                }
                let at = rng.below(b.len());
                match rng.below(6) {
                    0 => {
                        b.remove(at);
                    }
                    1 => b.insert(at, b"{}|[]()`<>\n-#:"[rng.below(14)]),
                    2 => b[at] = rng.below(256) as u8,
                    3 => {
                        let end = (at + rng.below(200)).min(b.len());
                        b.drain(at..end);
                    }
                    4 => b.insert(at, 0xc3),
                    _ => {
                        let end = (at + rng.below(80)).min(b.len());
                        let copy = b[at..end].to_vec();
                        b.splice(at..at, copy);
                    }
                }
            }
            inputs.push(b);
        }
    }
    inputs.push(Vec::new());
    inputs.push(b"\0\0\0".to_vec());
    inputs.push("[".repeat(100_000).into_bytes());
    inputs.push(b"---\ntitle: x\n".to_vec());
    inputs.push(b"# x\n## HTTP request\n```\nGET /a/{b\n```\n".to_vec());
    inputs.push(b"HTTP request\nGET /v1.0/v1.0/v1.0/x\nPermission type\n".to_vec());

    let path = Path::new(FIXTURES).join("seeds").join("mutated.txt");
    let mut read = 0;
    let mut facts = Vec::new();
    for bytes in &inputs {
        match import::page_facts(&path, "mutated.txt", bytes) {
            Ok(f) => {
                read += 1;
                facts.push(f);
            }
            Err(e) => {
                let text = e.to_string();
                assert!(text.starts_with("mutated.txt:"), "{text}");
            }
        }
    }
    assert!(read > 0);
    // All the pages that read, compared at once.
    let report = import::compare(&spec, "spec", &facts).unwrap();
    let _ = report.to_markdown();
    // Writing validates the spec twice per page: a sample keeps the test quick.
    let sample: Vec<_> = facts.iter().step_by(5).cloned().collect();
    for chunk in sample.chunks(40) {
        if let Ok((text, _)) = import::apply(&spec, "spec", chunk, true) {
            assert!(parse(&text).is_ok());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The CLI.

fn codegen(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_codegen"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn cli_import_prints_the_report() {
    let mut args = vec!["import", "--spec", SPEC];
    let pages: Vec<String> = seeds().iter().map(|p| p.display().to_string()).collect();
    args.extend(pages.iter().map(String::as_str));
    let out = codegen(&args);
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), SEED_REPORT);
}

#[test]
fn cli_import_bad_page_exits_1_and_writes_nothing() {
    let spec = spec_copy("cli_bad");
    let page = fixture("bad", "missing-row.txt");
    let out = codegen(&[
        "import",
        "--write",
        "--spec",
        spec.to_str().unwrap(),
        page.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with(&format!(
            "{}:10: the permission table has no row",
            page.display()
        )),
        "{stderr}"
    );
    assert!(stderr.contains("nothing was written"));
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), spec_text());
}

#[test]
fn cli_write_then_changelog() {
    let spec = spec_copy("cli_write");
    let page = fixture("changes", "text-scope-removed.txt");
    let out = codegen(&[
        "import",
        "--write",
        "--spec",
        spec.to_str().unwrap(),
        page.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = codegen(&[
        "changelog",
        SPEC,
        spec.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["verdict"], "major");
    assert_eq!(json["changes"][0]["kind"], "tightened");
    let out = codegen(&["changelog", SPEC, spec.to_str().unwrap()]);
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("Semver: **major**"), "{md}");
    assert!(md.contains("## Breaking changes (major)"), "{md}");
}

#[test]
fn cli_changelog_errors() {
    // Neither two files nor --since.
    let out = codegen(&["changelog", SPEC]);
    assert_eq!(out.status.code(), Some(1));
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

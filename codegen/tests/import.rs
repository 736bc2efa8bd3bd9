//! `codegen import`, on pages written for these tests (`import-fixtures/`, never copies of
//! Microsoft's pages):
//!
//! - `docs/`: a small docs checkout of driveItem permission pages, each format quirk of the
//!   real docs once; `loose/`: five pages outside a checkout, Markdown and plain text;
//! - `wide/`: a checkout of list, list item and site permission pages, each carrying one kind of
//!   defect real pages have (its README lists them) — one test per kind below;
//! - `containers/`: another family (a file storage container's permissions), imported the
//!   same way;
//! - `permissions-data/`: Microsoft's permission data's shape, for the scopes of the above;
//! - `spec.yaml`: a spec in the families form with the hand-written parts of a maintained spec
//!   (comments, `# import: keep`, facets, `one_of`);
//! - `bad/`: pages that cannot be read.
//!
//! Whether the spec says what Microsoft's own pages say is not a test: `.ci/import-seeds` and
//! `.ci/import-corpus` check that against `../shared/`, when it is there.
//!
//! Tests run in the package directory (`codegen/`), so paths are relative to it.

use std::path::{Path, PathBuf};
use std::process::Command;

use graph_permissions_codegen::import::{
    self, ImportError, Kind, Mode, NoteKind, Options, Report, VersionFrom,
};
use graph_permissions_codegen::{parse, Generator};

const FIXTURES: &str = "tests/import-fixtures";
const DOCS: &str = "tests/import-fixtures/docs";
const WIDE: &str = "tests/import-fixtures/wide";
const CONTAINERS: &str = "tests/import-fixtures/containers";
const SPEC: &str = "tests/import-fixtures/spec.yaml";

/// Pages outside a docs checkout, each a short page of one kind: revokeGrants (Markdown, beta
/// notice), update, grant (plain text with pipe tables), the permission resource, and list
/// (plain text after stray navigation words, a least/higher-privileged permission table).
const LOOSE: [&str; 5] = [
    "revokegrants-beta.md",
    "update.txt",
    "grant.txt",
    "permission.txt",
    "list.txt",
];

fn loose(name: &str) -> PathBuf {
    assert!(LOOSE.contains(&name), "{name} is not in LOOSE");
    fixture("loose", name)
}

fn fixture(dir: &str, name: &str) -> PathBuf {
    Path::new(FIXTURES).join(dir).join(name)
}

fn page_in(checkout: &str, version: &str, name: &str) -> PathBuf {
    let p = Path::new(checkout)
        .join("api-reference")
        .join(version)
        .join(name);
    assert!(p.is_file(), "{} is not a fixture", p.display());
    p
}

fn docs_page(version: &str, name: &str) -> PathBuf {
    page_in(DOCS, version, name)
}

fn wide(version: &str, name: &str) -> PathBuf {
    page_in(WIDE, version, name)
}

/// The resource pages of `wide/` in one version.
fn wide_resources(version: &str) -> Vec<PathBuf> {
    ["permission", "identityset", "identity"]
        .iter()
        .map(|r| wide(version, &format!("resources/{r}.md")))
        .collect()
}

/// Every page of a fixture checkout (not the included files).
fn pages_of(checkout: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for version in ["v1.0", "beta"] {
        for dir in ["api", "resources"] {
            let d = Path::new(checkout)
                .join("api-reference")
                .join(version)
                .join(dir);
            let Ok(entries) = std::fs::read_dir(d) else {
                continue;
            };
            for e in entries {
                out.push(e.unwrap().path());
            }
        }
    }
    out.sort();
    out
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

/// A spec file in a fresh directory.
fn spec_file(name: &str, text: &str) -> PathBuf {
    let path = temp_dir(name).join("spec.yaml");
    std::fs::write(&path, text).unwrap();
    path
}

fn init_text() -> String {
    import::init_text("Test", "A spec imported from test pages.")
}

fn run(pages: Vec<PathBuf>, spec: &Path, mode: Mode) -> Result<import::Outcome, ImportError> {
    let mut options = Options::pages(pages, spec);
    options.mode = mode;
    import::run(&options)
}

/// The report of `pages` against a fresh `init` spec.
fn report_from_init(name: &str, pages: Vec<PathBuf>) -> Report {
    let spec = spec_file(name, &init_text());
    run(pages, &spec, Mode::Report)
        .unwrap_or_else(|e| panic!("{e}"))
        .report
}

fn facts(path: &Path) -> import::PageFacts {
    import::read_page(path).unwrap_or_else(|e| panic!("{e}"))
}

fn api(f: &import::PageFacts) -> &import::ApiFacts {
    match &f.kind {
        import::PageKind::Api(a) => a,
        import::PageKind::Resource(_) => panic!("{} is not an API page", f.file),
    }
}

/// (path, kind word) of every reported difference.
fn differences(report: &Report) -> Vec<(String, &'static str)> {
    report
        .shown()
        .map(|d| {
            let kind = match d.kind {
                Kind::Added { .. } => "added",
                Kind::Changed { .. } => "changed",
                Kind::SpecOnly { .. } => "spec only",
                Kind::Fill => "fill",
            };
            (d.at(), kind)
        })
        .collect()
}

/// The notes of one kind, rendered.
fn notes(report: &Report, kind: NoteKind) -> Vec<String> {
    report
        .notes
        .iter()
        .filter(|n| n.kind == kind)
        .map(|n| n.render())
        .collect()
}

/// The one note of `kind` about `file`, rendered; fails when there is not exactly one.
fn note(report: &Report, kind: NoteKind, file: &Path) -> String {
    let file = file.display().to_string();
    let found: Vec<String> = report
        .notes
        .iter()
        .filter(|n| n.kind == kind && n.from.as_ref().is_some_and(|s| s.file == file))
        .map(|n| n.render())
        .collect();
    assert_eq!(
        found.len(),
        1,
        "{kind:?} notes on {file}:\n{}",
        report.to_markdown()
    );
    found.into_iter().next().unwrap()
}

/// The text an added entry would have, as the report shows it.
fn added(report: &Report, at: &str) -> String {
    report
        .differences
        .iter()
        .find(|d| d.at() == at)
        .map(|d| d.render())
        .unwrap_or_else(|| panic!("nothing at {at}:\n{}", report.to_markdown()))
}

// ---------------------------------------------------------------------------------------------
// Reading: each quirk of the real pages.

#[test]
fn version_comes_from_the_folder_then_the_notice() {
    // A beta page with relative request URLs only: beta by its folder.
    let f = facts(&docs_page("beta", "api/permission-get.md"));
    assert_eq!(
        (f.version.as_str(), f.version_from),
        ("beta", VersionFrom::Path)
    );
    assert_eq!(f.name.as_deref(), Some("api/permission-get.md"));
    let f = facts(&docs_page("v1.0", "api/permission-get.md"));
    assert_eq!(
        (f.version.as_str(), f.version_from),
        ("v1.0", VersionFrom::Path)
    );
    // Outside a checkout: the beta notice, else the request URLs (none say beta here): v1.0.
    let f = facts(&loose("revokegrants-beta.md"));
    assert_eq!(
        (f.version.as_str(), f.version_from),
        ("beta", VersionFrom::Disclaimer)
    );
    assert_eq!(f.name, None);
    let f = facts(&loose("update.txt"));
    assert_eq!(
        (f.version.as_str(), f.version_from),
        ("v1.0", VersionFrom::RequestUrl)
    );
    // The disclaimer include alone, in a page outside a checkout.
    let dir = temp_dir("disclaimer");
    let text = std::fs::read_to_string(docs_page("beta", "resources/sharinglink.md")).unwrap();
    std::fs::write(dir.join("page.md"), text).unwrap();
    let f = facts(&dir.join("page.md"));
    assert_eq!(
        (f.version.as_str(), f.version_from),
        ("beta", VersionFrom::Disclaimer)
    );
}

#[test]
fn both_title_forms_and_both_table_headings_are_read() {
    let f = facts(&docs_page("v1.0", "resources/driverecipient.md"));
    let import::PageKind::Resource(r) = f.kind else {
        panic!("not a resource page")
    };
    assert_eq!(r.name, "driveRecipient");
    let names: Vec<&str> = r.properties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["email", "objectId"]);
    let f = facts(&docs_page("v1.0", "resources/identityset.md"));
    let import::PageKind::Resource(r) = f.kind else {
        panic!("not a resource page")
    };
    assert_eq!(r.name, "identitySet");
    assert_eq!(r.properties[0].ty.render(), "driveRecipient");
}

#[test]
fn option_tables_name_their_property() {
    let f = facts(&docs_page("beta", "resources/sharinglink.md"));
    let import::PageKind::Resource(r) = f.kind else {
        panic!("not a resource page")
    };
    assert_eq!(r.enums.len(), 1);
    assert_eq!(r.enums[0].property, "type");
    let values: Vec<&str> = r.enums[0].values.iter().map(|v| v.value.as_str()).collect();
    assert_eq!(values, ["view", "edit", "review"]);
    // The description column, not the Role column.
    assert_eq!(r.enums[0].values[0].description, "A view-only link.");
}

#[test]
fn a_plain_text_page_after_navigation_words_is_read() {
    // Single stray words before the title; a least/higher-privileged table, read in order.
    let f = facts(&loose("list.txt"));
    assert_eq!(f.title.as_deref(), Some("List who can reach a driveItem"));
    let api = api(&f);
    let import::ScopesFact::Table { rows, .. } = &api.scopes else {
        panic!("{:?}", api.scopes)
    };
    assert_eq!(
        rows.each_ref().map(|r| r.render()),
        [
            "[Files.Read, Files.Read.All, Files.ReadWrite, Files.ReadWrite.All, Sites.Read.All, Sites.ReadWrite.All]",
            "[Files.Read, Files.Read.All, Files.ReadWrite, Files.ReadWrite.All]",
            "[Files.Read.All, Files.ReadWrite.All, Sites.Read.All, Sites.ReadWrite.All]",
        ]
    );
    // Every request line, a path-addressed item among them; the query option in the prose.
    assert_eq!(api.paths.len(), 6);
    assert_eq!(api.paths[3].path, "/me/drive/root:/{path}:/permissions");
    let query: Vec<(&str, usize)> = api.query.iter().map(|(o, _, l)| (o.as_str(), *l)).collect();
    assert_eq!(query, [("$select", 30)]);
    let headers: Vec<&str> = api.headers.iter().map(|h| h.name.as_str()).collect();
    assert_eq!(headers, ["Authorization", "if-none-match"]);
}

#[test]
fn a_plain_text_resource_page_gives_properties_and_roles() {
    let f = facts(&loose("permission.txt"));
    let import::PageKind::Resource(r) = f.kind else {
        panic!("not a resource page")
    };
    assert_eq!(r.name, "permission");
    let names: Vec<&str> = r.properties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "id",
            "grantedTo",
            "grantedToIdentities",
            "inheritedFrom",
            "invitation",
            "link",
            "roles",
            "shareId"
        ]
    );
    assert!(r.properties.iter().all(|p| p.read_only));
    assert_eq!(r.properties[2].ty.render(), "Collection(identitySet)");
    // "Roles enumeration": the values of `roles`.
    assert_eq!(r.enums.len(), 1);
    assert_eq!(r.enums[0].property, "roles");
    let values: Vec<&str> = r.enums[0].values.iter().map(|v| v.value.as_str()).collect();
    assert_eq!(values, ["read", "write"]);
}

#[test]
fn includes_are_resolved_relative_to_the_page() {
    let f = facts(&docs_page("v1.0", "api/permission-get.md"));
    match &api(&f).scopes {
        import::ScopesFact::Table { rows, file, .. } => {
            assert!(
                file.ends_with("v1.0/includes/permissions/permission-get-permissions.md"),
                "{file}"
            );
            assert_eq!(
                rows[0].render(),
                "[Files.Read, Files.ReadWrite, Files.Read.All]"
            );
        }
        other => panic!("{other:?}"),
    }
    // "Not supported." in both columns, "Not available." after a scope.
    let f = facts(&docs_page("beta", "api/permission-revokegrants.md"));
    let api = api(&f);
    let import::ScopesFact::Table { rows, .. } = &api.scopes else {
        panic!("{:?}", api.scopes)
    };
    assert_eq!(rows[1], import::ScopeRowFact::NotSupported);
    assert_eq!(rows[2].render(), "[Files.ReadWrite.All]");
    // Marked Required → required; unmarked → not.
    let body = api.body.as_ref().unwrap();
    assert_eq!(body.fields[0].required, Some(true));
    assert_eq!(body.fields[1].required, None);
}

#[test]
fn request_examples_and_prose_bodies_are_read() {
    let f = facts(&wide("v1.0", "api/list-post-permissions.md"));
    let api = api(&f);
    assert_eq!(api.examples.len(), 1);
    assert_eq!(
        api.examples[0].path,
        "/sites/{site-id}/lists/{list-id}/permissions"
    );
    assert_eq!(api.examples[0].keys, ["roles", "grantedToV2"]);
    let body = api.body.as_ref().unwrap();
    assert!(body.fields.is_empty());
    assert_eq!(body.resource, Some(("permission".to_owned(), 37)));
    let named = |l: &[(String, usize)]| l.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(named(&body.accepted), ["roles", "grantedToV2"]);
    assert_eq!(named(&body.rejected), ["grantedTo"]);
    // The beta page's request annotation has no request after it.
    let f = facts(&wide("beta", "api/list-post-permissions.md"));
    assert!(api_of(&f).examples.is_empty());
    assert_eq!(api_of(&f).empty_examples, [39]);
}

fn api_of(f: &import::PageFacts) -> &import::ApiFacts {
    api(f)
}

// ---------------------------------------------------------------------------------------------
// From nothing.

/// `init`, then `import --write` of the fixture checkout.
fn imported(name: &str) -> (PathBuf, String) {
    let spec = spec_file(name, &init_text());
    let outcome = run(pages_of(DOCS), &spec, Mode::Write).unwrap_or_else(|e| panic!("{e}"));
    assert!(outcome.written);
    let text = std::fs::read_to_string(&spec).unwrap();
    (spec, text)
}

#[test]
fn init_then_import_creates_the_spec() {
    let (_, text) = imported("from_nothing");
    parse(&text).unwrap_or_else(|d| panic!("{d:?}\n{text}"));
    for expected in [
        // Families by what the address reaches; the first path of the first page primary.
        "families:\n  driveItem:\n    variants:\n      drive:\n        primary: true\n        path: /drives/{drive-id}/items/{item-id}\n",
        // Operations named by rule, the path after the item address.
        "      get:\n        summary: Get sharing permission\n",
        "        method: GET\n        path: /permissions/{perm-id}\n",
        "        variants: [drive, me]\n",
        "        variants: [drive, site-list-item]\n        versions: [beta]\n",
        // A variant through `/me` says it needs a signed-in user; others do not.
        "        path: /me/drive/items/{item-id}\n        signed_in_user: true\n",
        // `{siteId}` spelled as the spec spells placeholders.
        "        path: /sites/{site-id}/lists/{list-id}/items/{listItem-id}/driveItem\n",
        // No description made up: a parameter no page describes is empty.
        "          drive-id: ''\n",
        // Headers, one mapping; a conditional header's status; typed scalars.
        "          if-none-match:\n            description: If this header is included and the etag matches, a 304 Not Modified response is returned.\n            status: 304\n",
        "            grantees:\n              type: Collection(driveRecipient)\n              required: true\n",
        // Scopes in the page's order, not supported; their descriptions empty (no data).
        "          delegated-work: [Files.Read, Files.ReadWrite, Files.Read.All]\n",
        "          delegated-personal: not supported\n",
        "scopes:\n  Files.Read: ''\n",
        // Option tables → enumerations, values per version; the property typed by them.
        "      review:\n        description: A review link.\n        versions: [beta]\n",
        "        type: Collection(role)\n",
        "        type: sharingLinkType\n",
        // A property only the beta page has; a deprecated one and its V2 successor.
        "        description: When the permission expires.\n        versions: [beta]\n",
        "        deprecated:\n          replacement: grantedToV2\n",
        // An API page's option table: a string field typed by an enumeration named by rule.
        "            note:\n              type: revokeGrantsNote\n",
        "  revokeGrantsNote:\n    values:\n      audit: Logged.\n      silent: Not logged.\n",
        // The pages it came from.
        "  api/permission-revokegrants.md: [beta]\n",
        "  resources/permission.md: [v1.0, beta]\n",
    ] {
        assert!(text.contains(expected), "missing:\n{expected}\nin:\n{text}");
    }
    assert!(
        !text.contains("'false'") && !text.contains("'true'"),
        "{text}"
    );
    // Nothing made up: no description the pages do not give.
    assert!(!text.contains("The values of the"), "{text}");
    assert!(!text.contains("reached through"), "{text}");
    assert_eq!(text.matches("\n        headers:\n").count(), 2, "{text}");
    assert_eq!(text.matches("signed_in_user: true").count(), 1, "{text}");
}

#[test]
fn the_imported_spec_generates() {
    let (spec, _) = imported("generates");
    let out = spec.parent().unwrap().join("api");
    let generated = Generator::new()
        .spec(&spec)
        .out_dir(&out)
        .generate()
        .unwrap();
    assert_eq!(generated.operations, 2);
    assert_eq!(generated.endpoints, 4);
}

#[test]
fn importing_again_reports_nothing_and_writes_nothing() {
    let (spec, text) = imported("round_trip");
    let outcome = run(pages_of(DOCS), &spec, Mode::Write).unwrap();
    assert!(
        outcome.report.is_empty(),
        "{}",
        outcome.report.to_markdown()
    );
    assert!(!outcome.written);
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), text);
    // The same through the checkout: the spec's `sources:` names the pages.
    let mut options = Options::pages(Vec::new(), &spec);
    options.docs = Some(DOCS.into());
    let report = import::run(&options).unwrap().report;
    assert!(report.is_empty(), "{}", report.to_markdown());
    assert_eq!(report.pages.len(), pages_of(DOCS).len());
}

#[test]
fn same_pages_in_any_order_give_the_same_spec() {
    let (_, text) = imported("order_a");
    let spec = spec_file("order_b", &init_text());
    let mut pages = pages_of(DOCS);
    pages.reverse();
    run(pages, &spec, Mode::Write).unwrap();
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), text);
}

#[test]
fn docs_reads_the_sources_and_page_adds_one() {
    let spec = spec_file("docs_page", &init_text());
    let mut options = Options::pages(Vec::new(), &spec);
    options.docs = Some(DOCS.into());
    // No sources yet: say how to name them.
    let err = import::run(&options).unwrap_err().to_string();
    assert!(err.contains("--page NAME"), "{err}");
    options.mode = Mode::Write;
    options.add = vec!["driverecipient".into()];
    import::run(&options).unwrap();
    let text = std::fs::read_to_string(&spec).unwrap();
    assert!(
        text.contains("sources:\n  resources/driverecipient.md: [v1.0]\n"),
        "{text}"
    );
    assert!(text.contains("  driveRecipient:\n"), "{text}");
    options.add = vec!["no-such-page".into()];
    let err = import::run(&options).unwrap_err().to_string();
    assert!(err.contains("no page `no-such-page`"), "{err}");
}

#[test]
fn an_old_form_spec_is_refused_with_what_to_do() {
    let old = "info:\n  title: T\n  description: D\n  versions: [v1.0]\nscopes:\n  Files.Read: R.\nenums: {}\nresources: {}\nvariants:\n  drive:\n    path: /drives/{d}\n    parameters:\n      d: D.\noperations:\n  get:\n    summary: S\n    method: GET\n    path: /x\n    variants: [drive]\n    response:\n      shape: none\n      statuses:\n        204: N.\n    scopes:\n      delegated-work: [Files.Read]\n      delegated-personal: [Files.Read]\n      application: [Files.Read]\n";
    parse(old).unwrap();
    let spec = spec_file("old_form", old);
    let err = run(vec![loose("list.txt")], &spec, Mode::Report).unwrap_err();
    assert!(matches!(err, ImportError::OldForm { .. }), "{err}");
    assert!(err.to_string().contains("families:"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// The defects of real pages: one test per kind, on `wide/`. Each is a note with FILE:LINE that
// says what the page says and what the import took; none stops the import.

#[test]
fn real_ids_in_the_request_block_become_placeholders() {
    let page = wide("beta", "api/list-post-permissions.md");
    let mut pages = vec![wide("v1.0", "api/list-post-permissions.md"), page.clone()];
    pages.extend(wide_resources("v1.0"));
    let report = report_from_init("ids", pages);
    let n = note(&report, NoteKind::IdsInPath, &page);
    assert!(
        n.starts_with(&format!(
            "{}:24: the HTTP request block shows `/sites/0d6c2f4e-",
            page.display()
        )),
        "{n}"
    );
    assert!(
        n.contains("took `/sites/{site-id}/lists/{list-id}/permissions`"),
        "{n}"
    );
    // The other version's page writes the same path: it is named.
    assert!(n.contains("the v1.0 page (tests/import-fixtures/wide/api-reference/v1.0/api/list-post-permissions.md:25) writes `/sites/{site-id}/lists/{list-id}/permissions`"), "{n}");
    // One operation, in both versions.
    let d = added(&report, "families.list");
    assert!(
        d.contains("create: {method: POST, path: /permissions, variants: [site],"),
        "{d}"
    );
    assert!(!d.contains("f2d90359") && !d.contains("0d6c2f4e"), "{d}");
}

#[test]
fn another_resources_path_is_taken_from_the_pages_own_example() {
    let page = wide("v1.0", "api/listitem-list-permissions.md");
    let list = wide("v1.0", "api/list-list-permissions.md");
    let mut pages = vec![list, page.clone()];
    pages.extend(wide_resources("v1.0"));
    let report = report_from_init("foreign", pages);
    let n = note(&report, NoteKind::ForeignPath, &page);
    assert!(
        n.contains("shows `/sites/{site-id}/lists/{list-id}/permissions`, a list's path"),
        "{n}"
    );
    assert!(n.contains("its example request (line 35)"), "{n}");
    assert!(n.contains("took `/sites/{site-id}/lists/{list-id}/items/{item-id}/permissions` (the page's own example)"), "{n}");
    // Two operations of two families, neither rewriting the other.
    let items = added(&report, "families.listItem");
    assert!(
        items.contains("path: /sites/{site-id}/lists/{list-id}/items/{item-id}"),
        "{items}"
    );
    assert!(
        items.contains("list: {method: GET, path: /permissions"),
        "{items}"
    );
    let lists = added(&report, "families.list");
    assert!(lists.contains("query: {$select, $top}"), "{lists}");
    assert!(
        notes(&report, NoteKind::SamePage).is_empty(),
        "{}",
        report.to_markdown()
    );
}

#[test]
fn a_path_missing_a_segment_is_mended() {
    // Two placeholders with no collection between them.
    let page = wide("beta", "api/listitem-delete-permissions.md");
    let mut pages = vec![page.clone()];
    pages.extend(wide_resources("beta"));
    let report = report_from_init("missing_segment", pages);
    let n = note(&report, NoteKind::MissingSegment, &page);
    assert!(n.contains("`/sites/{site-id}/lists/{list-id}/items/{item-id}/{permissionId}` has two placeholders"), "{n}");
    assert!(
        n.contains(
            "took `/sites/{site-id}/lists/{list-id}/items/{item-id}/permissions/{permission-id}`"
        ),
        "{n}"
    );
    let d = added(&report, "families.listItem");
    assert!(
        d.contains("delete: {method: DELETE, path: /permissions/{permission-id}"),
        "{d}"
    );
    // A trailing `/` where the id of the one object the response returns belongs.
    let page = wide("beta", "api/list-get-permissions.md");
    let mut pages = vec![page.clone()];
    pages.extend(wide_resources("beta"));
    let report = report_from_init("trailing_slash", pages);
    let n = note(&report, NoteKind::MissingSegment, &page);
    assert!(n.starts_with(&format!("{}:26: the request path `/sites/{{site-id}}/lists/{{list-id}}/permissions/` ends in `/`", page.display())), "{n}");
    let d = added(&report, "families.list");
    assert!(
        d.contains("get: {method: GET, path: /permissions/{permission-id}"),
        "{d}"
    );
}

#[test]
fn a_title_naming_another_resource_is_mended_in_the_summary() {
    let page = wide("beta", "api/list-update-permissions.md");
    let report = report_from_init(
        "wrong_title",
        vec![
            page.clone(),
            wide("v1.0", "api/listitem-list-permissions.md"),
            wide("v1.0", "resources/permission.md"),
        ],
    );
    let n = note(&report, NoteKind::WrongTitle, &page);
    assert!(
        n.starts_with(&format!(
            "{}:6: the title \"Change a permission on a listItem\" names a listItem",
            page.display()
        )),
        "{n}"
    );
    assert!(
        n.contains("the summary takes \"Change a permission on a list\""),
        "{n}"
    );
    assert!(
        n.ends_with("(`families.list.operations.update.summary`)"),
        "{n}"
    );
    // Written, the operation's summary is the mended title.
    let spec = spec_file("wrong_title_written", &init_text());
    let mut pages = vec![page, wide("v1.0", "api/listitem-list-permissions.md")];
    pages.extend(wide_resources("beta"));
    run(pages, &spec, Mode::Write).unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(&spec).unwrap();
    assert!(
        text.contains("      update:\n        summary: Change a permission on a list\n"),
        "{text}"
    );
}

#[test]
fn a_scope_that_does_not_exist_is_never_taken() {
    let beta = wide("beta", "api/site-post-permissions.md");
    let v1 = wide("v1.0", "api/site-post-permissions.md");
    let mut pages = vec![
        v1.clone(),
        beta,
        wide("v1.0", "api/list-post-permissions.md"),
    ];
    pages.extend(wide_resources("v1.0"));
    let report = report_from_init("unknown_scope", pages);
    let include = Path::new(WIDE)
        .join("api-reference/beta/includes/permissions/site-post-permissions-permissions.md");
    let n = note(&report, NoteKind::UnknownScope, &include);
    assert!(n.contains(":8: the beta page's table names `Site.FullControl.All` for Delegated (work or school account), a scope that does not exist"), "{n}");
    assert!(
        n.contains("`Sites.FullControl.All` is one letter away"),
        "{n}"
    );
    // The v1.0 page's row is taken.
    let d = added(&report, "families.site");
    assert!(d.contains("scopes: {delegated-work: not supported, delegated-personal: not supported, application: [Sites.FullControl.All]}"), "{d}");
    assert!(!added(&report, "scopes.Sites.FullControl.All").is_empty());
    assert!(report
        .differences
        .iter()
        .all(|d| !d.at().contains("Site.FullControl.All")));
}

#[test]
fn a_scope_that_does_not_exist_alone_is_corrected_and_said() {
    // Without the v1.0 page, the misspelled row is all there is: the scope one letter away
    // (named by the other tables) is taken, and the note says so.
    let beta = wide("beta", "api/site-post-permissions.md");
    let mut pages = vec![beta, wide("v1.0", "api/list-post-permissions.md")];
    pages.extend(wide_resources("v1.0"));
    let report = report_from_init("unknown_scope_alone", pages);
    let taken = notes(&report, NoteKind::UnknownScope);
    assert_eq!(taken.len(), 2, "{taken:?}");
    assert!(
        taken[1].contains("no other table or data gives this row; took [Sites.FullControl.All]"),
        "{taken:?}"
    );
}

#[test]
fn a_table_with_no_rows_costs_that_table_alone() {
    let page = wide("beta", "api/listitem-post-permissions.md");
    let include = Path::new(WIDE)
        .join("api-reference/beta/includes/permissions/listitem-post-permissions-permissions.md");
    let report = report_from_init(
        "empty_table",
        vec![
            page.clone(),
            wide("beta", "api/listitem-delete-permissions.md"),
        ],
    );
    let n = note(&report, NoteKind::UnreadableTable, &include);
    assert!(n.contains(":1: the beta page's permission table cannot be read: no permission table in this included file"), "{n}");
    assert_eq!(report.skipped.len(), 1, "{:?}", report.skipped);
    assert!(report.skipped[0]
        .to_string()
        .starts_with(&format!("{}:1: no permission table", include.display())));
    // Without a table the operation is left out, said; the other operation is there.
    let left = note(&report, NoteKind::LeftOut, &page);
    assert!(left.contains("an operation needs its scopes, so it is left out (`--permissions DIR` fills such tables"), "{left}");
    let d = added(&report, "families.listItem");
    assert!(d.contains("delete:") && !d.contains("create:"), "{d}");
}

#[test]
fn a_request_example_with_no_request_is_said() {
    let page = wide("beta", "api/list-post-permissions.md");
    let report = report_from_init(
        "empty_example",
        vec![
            wide("v1.0", "api/list-post-permissions.md"),
            page.clone(),
            wide("v1.0", "resources/permission.md"),
        ],
    );
    let n = note(&report, NoteKind::EmptyExample, &page);
    assert!(n.starts_with(&format!("{}:39: the beta page's request example shows no request; nothing on this page says what the body accepts", page.display())), "{n}");
    // What the body accepts comes from the v1.0 page.
    let d = added(&report, "families.list");
    assert!(
        d.contains("body: {resource: permission, accepts: [roles, grantedToV2]}"),
        "{d}"
    );
}

#[test]
fn crlf_line_endings_are_read_and_said() {
    let dir = temp_dir("crlf").join("api-reference/v1.0/api");
    std::fs::create_dir_all(&dir).unwrap();
    let text = std::fs::read_to_string(wide("v1.0", "api/list-list-permissions.md")).unwrap();
    let page = dir.join("list-list-permissions.md");
    std::fs::write(&page, text.replace('\n', "\r\n")).unwrap();
    let report = report_from_init("crlf_spec", vec![page.clone()]);
    let n = note(&report, NoteKind::Crlf, &page);
    assert!(
        n.ends_with(":1: the page's lines end in CR LF; read as LF"),
        "{n}"
    );
    // Read as the LF page is.
    let lf = report_from_init(
        "crlf_lf",
        vec![wide("v1.0", "api/list-list-permissions.md")],
    );
    assert_eq!(differences(&report), differences(&lf));
}

#[test]
fn an_include_that_is_not_there_costs_that_table_alone() {
    let page = wide("beta", "api/list-post-permissions.md");
    let report = report_from_init(
        "missing_include",
        vec![
            wide("v1.0", "api/list-post-permissions.md"),
            page.clone(),
            wide("v1.0", "resources/permission.md"),
        ],
    );
    let n = note(&report, NoteKind::MissingInclude, &page);
    assert!(n.contains(":18: the permission table is included from `../includes/permissions/list-post-permissions-permissions.md`"), "{n}");
    assert!(
        n.contains("is not there; the scopes are not read from this page"),
        "{n}"
    );
    assert_eq!(report.skipped.len(), 1);
    // The v1.0 page's table is taken for the operation of both versions.
    let d = added(&report, "families.list");
    assert!(
        d.contains("scopes: {delegated-work: [Sites.Manage.All, Sites.FullControl.All]"),
        "{d}"
    );
    assert!(!d.contains("versions:"), "{d}");
}

#[test]
fn pages_that_disagree_between_versions_are_said() {
    // The beta page's example sends a property the v1.0 page says the call refuses; the scope
    // tables of the two versions differ.
    let dir = temp_dir("disagree");
    let copy = |version: &str, edit: &dyn Fn(String) -> String| {
        let to = dir.join("api-reference").join(version).join("api");
        std::fs::create_dir_all(&to).unwrap();
        let text = std::fs::read_to_string(wide(version, "api/site-post-permissions.md")).unwrap();
        std::fs::write(to.join("site-post-permissions.md"), edit(text)).unwrap();
        to.join("site-post-permissions.md")
    };
    let v1 = copy("v1.0", &|t| {
        t.replace(
            "supply a JSON representation of the [permission](../resources/permission.md) object.",
            "supply a JSON representation of the [permission](../resources/permission.md) object. The **grantedTo** property isn't accepted.",
        )
    });
    let beta = copy("beta", &|t| {
        t.replace("[!INCLUDE [permissions-table](../includes/permissions/site-post-permissions-permissions.md)]",
            "|Permission type|Permissions|\n|:---|:---|\n|Delegated (work or school account)|Not supported.|\n|Delegated (personal Microsoft account)|Not supported.|\n|Application|Sites.Manage.All, Sites.FullControl.All|")
            .replace("\"grantedToV2\"", "\"grantedTo\"")
    });
    let resources: Vec<PathBuf> = ["permission", "identityset", "identity"]
        .iter()
        .map(|r| wide("v1.0", &format!("resources/{r}.md")))
        .collect();
    let mut pages = vec![v1, beta.clone()];
    pages.extend(resources);
    let report = report_from_init("disagree_spec", pages);
    let n = note(&report, NoteKind::VersionsDisagree, &beta);
    assert!(n.contains("the beta page's table says [Sites.Manage.All, Sites.FullControl.All] for Application, the v1.0 page's"), "{n}");
    assert!(n.contains("takes the v1.0 page's"), "{n}");
    let n = note(&report, NoteKind::BodyProperty, &beta);
    assert!(
        n.contains("the beta page's request example sends `grantedTo`, which the v1.0 page"),
        "{n}"
    );
    assert!(n.contains("says the call does not accept; left out"), "{n}");
    let d = added(&report, "families.site");
    assert!(
        d.contains("body: {resource: permission, accepts: [roles, grantedToV2]}"),
        "{d}"
    );
}

#[test]
fn a_property_the_prose_names_that_the_resource_lacks_is_said() {
    let page = wide("beta", "api/list-update-permissions.md");
    let mut pages = vec![page.clone()];
    pages.extend(
        pages_of(WIDE)
            .into_iter()
            .filter(|p| p.to_string_lossy().contains("/beta/resources/")),
    );
    let report = report_from_init("prose_unknown", pages);
    let n = note(&report, NoteKind::BodyProperty, &page);
    assert!(n.contains(":31: the beta page's prose names `expiresOn`, which the `permission` resource does not have; left out"), "{n}");
    let d = added(&report, "families.list");
    assert!(
        d.contains("body: {resource: permission, accepts: [roles]}"),
        "{d}"
    );
}

#[test]
fn a_body_no_page_of_the_call_describes_is_what_the_same_call_accepts_elsewhere() {
    // The page names the body's resource, no property, and its request example shows no
    // request. Alone: nothing says what the body accepts, so the operation is left out, said.
    let page = wide("beta", "api/listitem-update-permissions.md");
    let mut pages = vec![page.clone()];
    pages.extend(wide_resources("beta"));
    let report = report_from_init("unsaid_body_alone", pages);
    let n = note(&report, NoteKind::LeftOut, &page);
    assert!(n.contains(":31: the request body is a `permission`, no page of the operation says which of its properties the call accepts (no property named in the prose, no request example with a body), and no other family's page of the same call says it either; the operation is left out"), "{n}");
    assert!(report
        .differences
        .iter()
        .all(|d| !d.at().starts_with("families")));

    // With the same call on a site (`roles`, `expirationDateTime`) and on a list (`roles`):
    // what both accept, said with where each says it.
    let site = wide("v1.0", "api/site-update-permission.md");
    let list = wide("beta", "api/list-update-permissions.md");
    let mut pages = vec![page.clone(), site.clone(), list.clone()];
    pages.extend(wide_resources("v1.0"));
    pages.extend(wide_resources("beta"));
    let spec = spec_file("unsaid_body", &init_text());
    let outcome = run(pages, &spec, Mode::Write).unwrap_or_else(|e| panic!("{e}"));
    let n = note(&outcome.report, NoteKind::BorrowedBody, &page);
    assert!(n.starts_with(&format!("{}:31: the request body is a `permission`, and no page of the operation says which of its properties the call accepts", page.display())), "{n}");
    assert!(
        n.contains(&format!(
            "; took what the same call (PATCH /permissions/{{permission-id}}) on a site ({}:39) and a list ({}:31) accepts, the properties all of them accept: [roles] (`families.listItem.operations.update.body.accepts`)",
            site.display(),
            list.display()
        )),
        "{n}"
    );
    let text = std::fs::read_to_string(&spec).unwrap();
    parse(&text).unwrap_or_else(|d| panic!("{d:?}\n{text}"));
    let item = text
        .split("  listItem:\n")
        .nth(1)
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        item.contains("          resource: permission\n          accepts: [roles]\n"),
        "{text}"
    );
    // The site's own body is what its page sends.
    assert!(
        text.contains("          accepts: [roles, expirationDateTime]\n"),
        "{text}"
    );
}

#[test]
fn a_response_of_a_resource_no_page_gives_leaves_the_operation_out() {
    // Without the permission page, the list's response names a resource the spec cannot
    // define: said, and the operation left out rather than written without its type.
    let page = page_in(
        CONTAINERS,
        "v1.0",
        "api/filestoragecontainer-list-permissions.md",
    );
    let report = report_from_init("unknown_response", vec![page.clone()]);
    let n = note(&report, NoteKind::LeftOut, &page);
    assert!(
        n.contains(":46: the response is a `permission`, a resource on no page read and not in the spec; import the page of `permission` too (`--page resources/permission.md`); the operation is left out"),
        "{n}"
    );
    assert!(report
        .differences
        .iter()
        .all(|d| !d.at().starts_with("families")));
}

// ---------------------------------------------------------------------------------------------
// Bodies, identities, partial writes, another family.

#[test]
fn a_prose_body_is_the_resource_with_what_the_call_accepts() {
    let spec = spec_file("prose_body", &init_text());
    let mut pages = vec![wide("v1.0", "api/list-post-permissions.md")];
    pages.extend(
        pages_of(WIDE)
            .into_iter()
            .filter(|p| p.to_string_lossy().contains("/v1.0/resources/")),
    );
    run(pages, &spec, Mode::Write).unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(&spec).unwrap();
    parse(&text).unwrap_or_else(|d| panic!("{d:?}\n{text}"));
    assert!(
        text.contains("        body:\n          description: In the request body, supply a JSON representation of the permission object.\n          resource: permission\n          accepts: [roles, grantedToV2]\n        response:\n"),
        "{text}"
    );
    // `required:` only where the page says so: this one does not.
    assert!(!text.contains("          required: ["), "{text}");
}

#[test]
fn a_page_of_another_resource_adds_an_operation_never_rewrites_one() {
    // The list's and the site's `list` are not the driveItem's `list`: same method, same own
    // path, another family. (Once, a site's page replaced the driveItem `list`'s variants.)
    let spec = spec_file("identity", &spec_text());
    let pages = vec![
        wide("v1.0", "api/list-list-permissions.md"),
        wide("v1.0", "api/site-list-permissions.md"),
    ];
    let outcome = run(pages, &spec, Mode::Write).unwrap_or_else(|e| panic!("{e}"));
    let report = &outcome.report;
    assert!(
        report.api_changes().next().is_none(),
        "{}",
        report.to_markdown()
    );
    // Nothing of the driveItem family changes; new families beside it.
    assert!(
        differences(report)
            .iter()
            .all(|(p, _)| !p.starts_with("families.driveItem")),
        "{}",
        report.to_markdown()
    );
    let d = added(report, "families.list");
    assert!(
        d.contains("{variants: {site: {primary: true, path: /sites/{site-id}/lists/{list-id}"),
        "{d}"
    );
    assert!(
        d.contains("operations: {list: {method: GET, path: /permissions, variants: [site]"),
        "{d}"
    );
    let written = std::fs::read_to_string(&spec).unwrap();
    parse(&written).unwrap_or_else(|d| panic!("{d:?}\n{written}"));
    let drive_item =
        |t: &str| t[t.find("  driveItem:\n").unwrap()..t.find("  share:\n").unwrap()].to_owned();
    assert_eq!(drive_item(&written), drive_item(&spec_text()));
    assert!(
        written.contains("  list:\n    variants:\n      site:\n        primary: true\n        path: /sites/{site-id}/lists/{list-id}\n"),
        "{written}"
    );
    assert!(
        written.contains("  site:\n    variants:\n      site:\n        primary: true\n        path: /sites/{site-id}\n"),
        "{written}"
    );
    assert_eq!(
        written.matches("      list:\n        summary:").count(),
        3,
        "{written}"
    );
}

#[test]
fn an_unreadable_part_costs_that_part_alone_and_the_rest_is_written() {
    // The containers' delete page includes a table that is not there: the other operations are
    // written, the skipped include is listed, the operation left out is said.
    let spec = spec_file("partial", &init_text());
    let outcome = run(pages_of(CONTAINERS), &spec, Mode::Write).unwrap_or_else(|e| panic!("{e}"));
    assert!(outcome.written);
    let report = &outcome.report;
    assert!(!report.is_complete());
    assert_eq!(report.skipped.len(), 1, "{:?}", report.skipped);
    assert!(report.skipped[0]
        .message
        .contains("filestoragecontainer-delete-permissions-permissions.md is not there"));
    assert!(report
        .to_markdown()
        .contains("## Skipped: could not be read (the rest was)\n\n- "));
    let left = notes(report, NoteKind::LeftOut);
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(left[0].contains("filestoragecontainer-delete-permissions.md:21: no page of the operation gives a permission table"), "{left:?}");
    let text = std::fs::read_to_string(&spec).unwrap();
    assert!(
        text.contains("      list:\n")
            && text.contains("      create:\n")
            && text.contains("      update:\n"),
        "{text}"
    );
    assert!(!text.contains("      delete:\n"), "{text}");
}

#[test]
fn another_family_imports_validates_and_generates() {
    let spec = spec_file("containers", &init_text());
    run(pages_of(CONTAINERS), &spec, Mode::Write).unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(&spec).unwrap();
    parse(&text).unwrap_or_else(|d| panic!("{d:?}\n{text}"));
    for expected in [
        // The family by the address and the resource the lead links.
        "families:\n  fileStorageContainer:\n    variants:\n      storage:\n        primary: true\n        path: /storage/fileStorage/containers/{container-id}\n",
        // The placeholder described by the page's "Path parameters" table.
        "          container-id: The id of the container, as its creation returned it.\n",
        "        query:\n          $top: This method supports the $top query parameter to page through the results.\n",
        // A prose body; `required:` where the page says so.
        "          resource: permission\n          accepts: [roles, grantedToV2]\n          required: [roles]\n",
        // A fields body typed by the resource's enumeration.
        "            roles:\n              type: Collection(role)\n              required: true\n",
        "          delegated-work: [FileStorageContainer.Selected]\n",
    ] {
        assert!(text.contains(expected), "missing:\n{expected}\nin:\n{text}");
    }
    let out = spec.parent().unwrap().join("api");
    let generated = Generator::new()
        .spec(&spec)
        .out_dir(&out)
        .generate()
        .unwrap();
    assert_eq!(generated.operations, 3);
    // Importing again: nothing to do.
    let again = run(pages_of(CONTAINERS), &spec, Mode::Report)
        .unwrap()
        .report;
    assert!(again.shown().next().is_none(), "{}", again.to_markdown());
}

// ---------------------------------------------------------------------------------------------
// Microsoft's permission data (`--permissions DIR`; a fixture in its shape).

const DATA: &str = "tests/import-fixtures/permissions-data";

fn run_with_data(pages: Vec<PathBuf>, spec: &Path, mode: Mode) -> import::Outcome {
    let mut options = Options::pages(pages, spec);
    options.mode = mode;
    options.permissions = Some(DATA.into());
    import::run(&options).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_data_fills_a_table_no_page_gives_and_says_so() {
    let spec = spec_file("data_fills", &init_text());
    let outcome = run_with_data(pages_of(CONTAINERS), &spec, Mode::Write);
    let page = page_in(
        CONTAINERS,
        "v1.0",
        "api/filestoragecontainer-delete-permissions.md",
    );
    let n = note(&outcome.report, NoteKind::FilledFromData, &page);
    assert!(n.contains(":21: no page gives a table that can be read for Delegated (work or school account), Delegated (personal Microsoft account), Application; filled from Microsoft's permission data (DELETE /storage/fileStorage/containers/{container-id}/permissions/{permission-id})"), "{n}");
    assert!(
        n.ends_with("(`families.fileStorageContainer.operations.delete.scopes`)"),
        "{n}"
    );
    // The include is still a part that could not be read.
    assert_eq!(outcome.report.skipped.len(), 1);
    let text = std::fs::read_to_string(&spec).unwrap();
    parse(&text).unwrap_or_else(|d| panic!("{d:?}\n{text}"));
    let delete = &text[text.find("      delete:\n").unwrap()..];
    assert!(delete.contains("        scopes:\n          delegated-work: [FileStorageContainer.Selected]\n          delegated-personal: not supported\n          application: [FileStorageContainer.Selected]\n"), "{delete}");
    // The empty table of the wide checkout, filled the same way.
    let mut pages = vec![wide("beta", "api/listitem-post-permissions.md")];
    pages.extend(wide_resources("beta"));
    let report = run_with_data(
        pages,
        &spec_file("data_fills_2", &init_text()),
        Mode::Report,
    )
    .report;
    let n = note(
        &report,
        NoteKind::FilledFromData,
        &wide("beta", "api/listitem-post-permissions.md"),
    );
    assert!(
        n.contains("(POST /sites/{site-id}/lists/{list-id}/items/{item-id}/permissions)"),
        "{n}"
    );
    let d = added(&report, "families.listItem");
    assert!(d.contains("scopes: {delegated-work: [Sites.Manage.All, Sites.FullControl.All], delegated-personal: not supported, application: [Sites.Manage.All, Sites.FullControl.All]}"), "{d}");
}

#[test]
fn the_data_says_where_a_pages_table_disagrees() {
    let page = wide("v1.0", "api/list-list-permissions.md");
    let mut pages = vec![page.clone()];
    pages.extend(wide_resources("v1.0"));
    let report = run_with_data(
        pages,
        &spec_file("data_disagrees", &init_text()),
        Mode::Report,
    )
    .report;
    let found = notes(&report, NoteKind::DataDisagrees);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with(&format!("{}:16: the v1.0 page's row for Delegated (work or school account) ([Sites.Read.All, Sites.Manage.All, Sites.FullControl.All]) lists `Sites.Manage.All` that the data does not: Microsoft's permission data says [Sites.Read.All, Sites.FullControl.All]", page.display())), "{found:?}");
    assert!(found[0].contains("the page's is taken"), "{found:?}");
    // The page's row is what the spec gets.
    let d = added(&report, "families.list");
    assert!(
        d.contains("delegated-work: [Sites.Read.All, Sites.Manage.All, Sites.FullControl.All]"),
        "{d}"
    );
}

#[test]
fn every_scope_gets_microsofts_description_and_none_is_made_up() {
    let with = spec_file("described", &init_text());
    run_with_data(pages_of(CONTAINERS), &with, Mode::Write);
    let text = std::fs::read_to_string(&with).unwrap();
    assert!(text.contains("scopes:\n  FileStorageContainer.Selected: Lets the app use the file storage containers it was given, as the signed-in user.\n"), "{text}");
    // Without the data: empty, never a text made from the name.
    let without = spec_file("undescribed", &init_text());
    run(pages_of(CONTAINERS), &without, Mode::Write).unwrap();
    let text = std::fs::read_to_string(&without).unwrap();
    assert!(
        text.contains("scopes:\n  FileStorageContainer.Selected: ''\n"),
        "{text}"
    );
    // The measure counts them.
    let expected = "resource permission\n";
    let e = import::expect(
        expected,
        &std::fs::read_to_string(&with).unwrap(),
        Some(&import::permission_data::PermissionData::load(Path::new(DATA)).unwrap()),
    )
    .unwrap();
    assert_eq!(e.described, Some((1, 1)));
    let e = import::expect(
        expected,
        &text,
        Some(&import::permission_data::PermissionData::load(Path::new(DATA)).unwrap()),
    )
    .unwrap();
    assert_eq!(e.described, Some((0, 1)));
}

#[test]
fn a_scope_the_data_does_not_know_is_said_with_the_data() {
    let include = Path::new(WIDE)
        .join("api-reference/beta/includes/permissions/site-post-permissions-permissions.md");
    let mut pages = vec![
        wide("v1.0", "api/site-post-permissions.md"),
        wide("beta", "api/site-post-permissions.md"),
    ];
    pages.extend(wide_resources("v1.0"));
    let report = run_with_data(
        pages,
        &spec_file("data_unknown", &init_text()),
        Mode::Report,
    )
    .report;
    let n = note(&report, NoteKind::UnknownScope, &include);
    assert!(
        n.contains(
            "a scope that does not exist: Microsoft's permission data has no scope of that name"
        ),
        "{n}"
    );
}

#[test]
fn data_that_cannot_be_read_stops_the_import_before_anything_is_written() {
    let spec = spec_file("bad_data", &init_text());
    let mut options = Options::pages(pages_of(CONTAINERS), &spec);
    options.mode = Mode::Write;
    options.permissions = Some("tests/import-fixtures/no-such-data".into());
    let err = import::run(&options).unwrap_err();
    assert!(matches!(err, ImportError::Data(_)), "{err}");
    assert!(
        err.to_string()
            .contains("cannot read Microsoft's permission data"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), init_text());
}

// ---------------------------------------------------------------------------------------------
// Writes into a spec: comments, keep comments, public API.

#[test]
fn writes_merge_keep_comments_and_validate() {
    // An operation without headers gains two: one `headers:` mapping.
    let text = spec_text();
    let start = text.find("      get:\n").unwrap();
    let headers = start + text[start..].find("        headers:\n").unwrap();
    let end = start + text[start..].find("        query:\n").unwrap();
    let without = format!("{}{}", &text[..headers], &text[end..]);
    parse(&without).unwrap();
    let spec = spec_file("merge", &without);
    run(
        vec![docs_page("v1.0", "api/permission-get.md")],
        &spec,
        Mode::Write,
    )
    .unwrap();
    let written = std::fs::read_to_string(&spec).unwrap();
    parse(&written).unwrap();
    let get = &written[written.find("      get:\n").unwrap()..];
    let get = &get[..get.find("      list:\n").unwrap_or(get.len())];
    assert_eq!(get.matches("        headers:\n").count(), 1, "{get}");
    assert!(
        get.contains("          Authorization:\n            required: true\n"),
        "{get}"
    );
    assert!(get.contains("            status: 304\n"), "{get}");
    // Every comment of the spec is still there.
    for line in without.lines().filter(|l| l.trim_start().starts_with('#')) {
        assert!(written.contains(line), "lost the comment {line}");
    }
}

#[test]
fn kept_differences_are_listed_apart_and_never_written() {
    let spec = spec_file("kept", &spec_text());
    let outcome = run(
        vec![loose("update.txt"), loose("list.txt")],
        &spec,
        Mode::WriteAndPrune,
    )
    .unwrap();
    let kept: Vec<String> = outcome.report.kept().map(|d| d.at()).collect();
    assert_eq!(
        kept,
        [
            "families.driveItem.operations.list.scopes.delegated-work",
            "families.driveItem.operations.list.scopes.delegated-personal",
            "families.driveItem.operations.update.body.fields.roles.required",
        ]
    );
    let md = outcome.report.to_markdown();
    assert!(
        md.contains("## Kept by the spec (`# import: keep`)"),
        "{md}"
    );
    assert!(
        md.contains("- `families.driveItem.operations.update.body.fields.roles.required`: the pages say false, the spec true (tests/import-fixtures/loose/update.txt:28) — kept: required; "),
        "{md}"
    );
    // Not among the differences to act on, even with --prune.
    assert!(
        !differences(&outcome.report)
            .iter()
            .any(|(p, _)| p.ends_with(".required") || p.contains(".scopes")),
        "{md}"
    );
    let written = std::fs::read_to_string(&spec).unwrap();
    let update = &written[written.find("      update:\n").unwrap()..];
    assert!(
        update.contains("              required: true\n"),
        "{update}"
    );
}

#[test]
fn a_keep_comment_about_an_order_never_hides_another_set() {
    // The list page now names other scopes: the keep comment about the order does not cover
    // them; they are shown, with a note.
    let dir = temp_dir("keep_order");
    let text = std::fs::read_to_string(loose("list.txt"))
        .unwrap()
        .replace(
            "Application Files.Read.All Files.ReadWrite.All, Sites.Read.All, Sites.ReadWrite.All",
            "Application Sites.FullControl.All",
        )
        .replace(
            "Delegated (work or school account) Files.Read Files.Read.All,",
            "Delegated (work or school account) Sites.FullControl.All Files.Read.All,",
        );
    let page = dir.join("list.txt");
    std::fs::write(&page, text).unwrap();
    let spec = spec_file("keep_order_spec", &spec_text());
    let report = run(vec![page], &spec, Mode::Report).unwrap().report;
    let shown = differences(&report);
    assert!(
        shown.contains(&(
            "families.driveItem.operations.list.scopes.application".to_owned(),
            "changed"
        )),
        "{shown:?}"
    );
    assert!(
        shown.contains(&(
            "families.driveItem.operations.list.scopes.delegated-work".to_owned(),
            "changed"
        )),
        "{shown:?}"
    );
    // The row that is only in another order stays kept.
    let kept: Vec<String> = report.kept().map(|d| d.at()).collect();
    assert!(
        kept.is_empty(),
        "a keep comment over differences of several kinds keeps none: {kept:?}"
    );
    let n = notes(&report, NoteKind::KeepMismatch);
    assert_eq!(n.len(), 1, "{n:?}");
    assert!(
        n[0].contains("the `# import: keep` comment at line 198 of the spec"),
        "{n:?}"
    );
    assert!(
        n[0].contains(
            "keeps one kind of difference, and the pages differ in several kinds under it"
        ),
        "{n:?}"
    );
    assert!(n[0].contains("shown, not kept"), "{n:?}");
    // Changed scopes are public API: listed first, written only with --prune.
    let md = report.to_markdown();
    assert!(
        md.find("## Not written: these remove or change public API")
            .unwrap()
            < md.find("## Notes").unwrap(),
        "{md}"
    );
}

#[test]
fn public_api_changes_are_written_only_with_prune_and_reported_first() {
    // The page lists fewer variants than the spec's `update`: removing endpoint functions.
    let dir = temp_dir("api_change");
    let text = std::fs::read_to_string(loose("update.txt"))
        .unwrap()
        .replace(
            "PATCH /groups/{group-id}/drive/items/{item-id}/permissions/{perm-id}\n",
            "",
        );
    let page = dir.join("update.txt");
    std::fs::write(&page, text).unwrap();
    let spec = spec_file("api_change_spec", &spec_text());
    let outcome = run(vec![page.clone()], &spec, Mode::Write).unwrap();
    let api: Vec<String> = outcome.report.api_changes().map(|d| d.at()).collect();
    assert_eq!(api, ["families.driveItem.operations.update.variants"]);
    let md = outcome.report.to_markdown();
    assert!(md.starts_with(&format!("# Import: 1 page against `{}`\n\n## Not written: these remove or change public API (`--prune` writes them)\n\n- `families.driveItem.operations.update.variants`: the pages say [drive, me, site, user], the spec [drive, group, me, site, user]", spec.display())), "{md}");
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), spec_text());
    // With --prune it is written, and the report still says so first.
    let outcome = run(vec![page], &spec, Mode::WriteAndPrune).unwrap();
    assert!(outcome
        .report
        .to_markdown()
        .contains("## Public API removed or changed (`--prune`)"));
    assert!(std::fs::read_to_string(&spec)
        .unwrap()
        .contains("        variants: [drive, me, site, user]\n"));
}

#[test]
fn prune_removes_a_property_with_its_facets() {
    // The loose permission page does not list grantedToV2, which a facet names.
    let spec = spec_file("prune", &spec_text());
    let outcome = run(vec![loose("permission.txt")], &spec, Mode::WriteAndPrune)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(outcome.written);
    let written = std::fs::read_to_string(&spec).unwrap();
    parse(&written).unwrap_or_else(|d| panic!("{d:?}"));
    assert!(!written.contains("grantedToV2:"), "{written}");
    assert!(!written.contains("- property: grantedToV2\n"), "{written}");
    assert!(written.contains("- property: link\n"), "{written}");
    // Without --prune, nothing the spec alone says is removed.
    let spec = spec_file("no_prune", &spec_text());
    run(vec![loose("permission.txt")], &spec, Mode::Write).unwrap();
    assert!(std::fs::read_to_string(&spec)
        .unwrap()
        .contains("grantedToV2:"));
}

#[test]
fn prune_removes_a_version_no_page_states() {
    // The grant operation's page is v1.0; read with a beta page of it, and pruned to beta.
    let spec = spec_file("prune_versions", &spec_text());
    let grant = |text: &str| text[text.find("      grant:\n").unwrap()..].to_owned();
    assert!(grant(&spec_text()).contains("        versions: [v1.0]\n"));
    let dir = temp_dir("beta_grant");
    let text = std::fs::read_to_string(loose("grant.txt"))
        .unwrap()
        .replace(
            "https://graph.microsoft.com/v1.0/",
            "https://graph.microsoft.com/beta/",
        );
    std::fs::write(dir.join("grant.txt"), text).unwrap();
    run(vec![dir.join("grant.txt")], &spec, Mode::WriteAndPrune).unwrap_or_else(|e| panic!("{e}"));
    let op = grant(&std::fs::read_to_string(&spec).unwrap());
    assert!(op.contains("        versions: [beta]\n"), "{op}");
}

#[test]
fn prune_refuses_what_would_not_validate_and_says_why() {
    // The fixture's driveRecipient page has no `alias`, which the spec's `one_of` names.
    let spec = spec_file("prune_refused", &spec_text());
    let page = docs_page("v1.0", "resources/driverecipient.md");
    let err = run(vec![page.clone()], &spec, Mode::WriteAndPrune).unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("would not validate, so nothing was written"),
        "{message}"
    );
    assert!(message.contains("alias"), "{message}");
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), spec_text());
    // Without --prune the same page writes (the spec keeps `alias`).
    run(vec![page], &spec, Mode::Write).unwrap();
    parse(&std::fs::read_to_string(&spec).unwrap()).unwrap();
}

// ---------------------------------------------------------------------------------------------
// Unreadable pages and the CLI.

#[test]
fn bad_pages_are_clear_errors() {
    for (name, line, start) in [
        ("binary.txt", 3, "this is a binary file"),
        ("empty.md", 1, "the page is empty"),
        ("no-http-request.txt", 5, "no HTTP request block"),
    ] {
        let path = fixture("bad", name);
        let err = import::read_page(&path).unwrap_err();
        let ImportError::Page {
            file,
            line: at,
            message,
        } = &err
        else {
            panic!("{err}")
        };
        assert_eq!(file, &path.display().to_string());
        assert_eq!(*at, line, "{err}");
        assert!(message.contains(start), "{err}");
    }
    // A request line that cannot be read is left out, not the page.
    let path = fixture("bad", "unbalanced-brace.txt");
    let f = facts(&path);
    assert_eq!(api(&f).paths.len(), 5);
    assert_eq!(f.skipped.len(), 1);
    assert!(
        f.skipped[0]
            .to_string()
            .starts_with(&format!("{}:22: unbalanced braces", path.display())),
        "{:?}",
        f.skipped
    );
}

#[test]
fn an_unreadable_page_is_listed_and_the_others_are_written() {
    let spec = spec_file("unreadable", &init_text());
    let bad = fixture("bad", "missing-row.txt");
    let mut pages = vec![
        loose("list.txt"),
        loose("update.txt"),
        loose("permission.txt"),
    ];
    pages.push(bad.clone());
    let outcome = run(pages, &spec, Mode::Write).unwrap_or_else(|e| panic!("{e}"));
    let report = &outcome.report;
    assert_eq!(report.pages.len(), 4);
    // A table without a row for a permission type: the table is skipped, not the page.
    assert!(report.unreadable.is_empty(), "{:?}", report.unreadable);
    assert_eq!(report.skipped.len(), 1, "{:?}", report.skipped);
    assert!(
        report.skipped[0].to_string().starts_with(&format!(
            "{}:5: the permission table has no row",
            bad.display()
        )),
        "{:?}",
        report.skipped
    );
    assert!(outcome.written);
    let text = std::fs::read_to_string(&spec).unwrap();
    assert!(
        text.contains("      list:\n") && text.contains("      update:\n"),
        "{text}"
    );
}

fn codegen(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_codegen"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn cli_exit_codes_say_what_was_read() {
    let dir = temp_dir("cli_codes");
    let spec = dir.join("spec.yaml");
    let spec_s = spec.to_str().unwrap();
    assert!(codegen(&["init", "--spec", spec_s]).status.success());
    // init never overwrites.
    assert_eq!(codegen(&["init", "--spec", spec_s]).status.code(), Some(1));
    // 0: every page and part read.
    let pages: Vec<String> = pages_of(DOCS)
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let mut args = vec!["import", "--write", "--spec", spec_s];
    args.extend(pages.iter().map(String::as_str));
    let out = codegen(&args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // 2: done, with a part skipped (listed on stderr too).
    let containers = temp_dir("cli_codes_2").join("spec.yaml");
    let c = containers.to_str().unwrap();
    assert!(codegen(&["init", "--spec", c]).status.success());
    let pages: Vec<String> = pages_of(CONTAINERS)
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let mut args = vec!["import", "--write", "--spec", c];
    args.extend(pages.iter().map(String::as_str));
    let out = codegen(&args);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("skipped tests/import-fixtures/containers/api-reference/v1.0/api/filestoragecontainer-delete-permissions.md:15:"), "{stderr}");
    assert!(stderr.contains(&format!("wrote {c}")), "{stderr}");
    // 1: nothing done (a spec that is not there).
    let out = codegen(&["import", "--spec", "no/such/spec.yaml", pages[0].as_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("nothing was written"));
}

#[test]
fn cli_import_then_measure() {
    let dir = temp_dir("cli_measure");
    let spec = dir.join("spec.yaml");
    let spec_s = spec.to_str().unwrap();
    assert!(codegen(&["init", "--spec", spec_s]).status.success());
    let pages: Vec<String> = pages_of(DOCS)
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let mut args = vec!["import", "--write", "--spec", spec_s];
    args.extend(pages.iter().map(String::as_str));
    assert!(codegen(&args).status.success());
    // Measured against itself: every pair and cell.
    let out = codegen(&[
        "import",
        "--spec",
        spec_s,
        "--docs",
        DOCS,
        "--measure",
        spec_s,
    ]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("pairs 4/4, scope cells 6/6"), "{stderr}");
    // Against the fixture spec: its pairs the docs do not have are missing, and it says so.
    let out = codegen(&[
        "import",
        "--spec",
        spec_s,
        "--docs",
        DOCS,
        "--measure",
        SPEC,
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("pairs 4/16, scope cells 6/15"), "{stderr}");
    assert!(
        stderr.contains("missing: pair (driveItem.list, drive) /drives/{}/items/{}/permissions"),
        "{stderr}"
    );
}

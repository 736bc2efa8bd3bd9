//! `codegen import`, on pages written for these tests (`import-fixtures/`): a small docs
//! checkout (`docs/api-reference/{v1.0,beta}/…`, each format quirk of the real docs once),
//! five loose pages (`loose/`: one Markdown source page, four plain-text renderings, outside
//! a checkout), bad pages, and single-edit pages.
//!
//! - From nothing: `init`, then `import --write` of the checkout gives a spec that
//!   validates and generates, with versions per version; importing again changes nothing.
//! - Writes into `spec/permissions.yaml`: merged into existing mappings, typed scalars,
//!   comments kept, `# import: keep` honoured, pruning with facets.
//!
//! Whether the spec says what Microsoft's own pages say is not a test: `.ci/import-seeds` and
//! `.ci/import-corpus` check that against `../shared/`, when it is there.
//! - Unreadable pages: reported with `FILE:LINE`, the others still compared, nothing written.
//!
//! Tests run in the package directory (`codegen/`), so paths are relative to it.

mod support;

use std::path::{Path, PathBuf};

use graph_permissions_codegen::import::{self, ImportError, Kind, Mode, Options, VersionFrom};
use graph_permissions_codegen::{parse, Generator};
use support::codegen;

/// The importer reads and writes the old form of the spec (top-level `variants:` and
/// `operations:`) until it learns the families form: these tests import into the project's
/// spec as it was in that form, kept here.
const SPEC: &str = "tests/import-fixtures/permissions-old-form.yaml";
const FIXTURES: &str = "tests/import-fixtures";
const DOCS: &str = "tests/import-fixtures/docs";

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

fn loose_pages() -> Vec<PathBuf> {
    LOOSE.iter().map(|name| loose(name)).collect()
}

fn fixture(dir: &str, name: &str) -> PathBuf {
    Path::new(FIXTURES).join(dir).join(name)
}

fn docs_page(version: &str, name: &str) -> PathBuf {
    Path::new(DOCS)
        .join("api-reference")
        .join(version)
        .join(name)
}

/// Every page of the fixture checkout (not the included files).
fn docs_pages() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for version in ["v1.0", "beta"] {
        for dir in ["api", "resources"] {
            let d = Path::new(DOCS)
                .join("api-reference")
                .join(version)
                .join(dir);
            for e in std::fs::read_dir(d).unwrap() {
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
    support::fresh_dir("import-tests", name)
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

fn facts(path: &Path) -> import::PageFacts {
    import::read_page(path).unwrap_or_else(|e| panic!("{e}"))
}

/// (path, kind word) of every reported difference.
fn differences(report: &import::Report) -> Vec<(String, &'static str)> {
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
    let import::PageKind::Api(api) = f.kind else {
        panic!("not an API page")
    };
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
    assert_eq!(api.query, [("$select".to_owned(), 30)]);
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
    let import::PageKind::Api(api) = f.kind else {
        panic!("not an API page")
    };
    match &api.scopes {
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
    let import::PageKind::Api(api) = f.kind else {
        panic!("not an API page")
    };
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
fn a_missing_include_is_reported_never_guessed() {
    let spec = spec_file("missing_include", &spec_text());
    let page = fixture("bad", "missing-include.md");
    let report = run(vec![page], &spec, Mode::Report).unwrap().report;
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.at == "operations.revokeGrants.scopes"
                && n.text.contains("permission-revokegrants-missing.md")
                && n.text.contains("is not there")),
        "{}",
        report.to_markdown()
    );
    // The spec's scopes are not reported as differing: the page says nothing of them.
    assert!(!differences(&report)
        .iter()
        .any(|(p, _)| p.contains(".scopes")));
}

// ---------------------------------------------------------------------------------------------
// From nothing.

/// `init`, then `import --write` of the fixture checkout.
fn imported(name: &str) -> (PathBuf, String) {
    let spec = spec_file(name, &init_text());
    let outcome = run(docs_pages(), &spec, Mode::Write).unwrap_or_else(|e| panic!("{e}"));
    assert!(outcome.written);
    let text = std::fs::read_to_string(&spec).unwrap();
    (spec, text)
}

#[test]
fn init_then_import_creates_the_spec() {
    let (_, text) = imported("from_nothing");
    parse(&text).unwrap_or_else(|d| panic!("{d:?}\n{text}"));
    for expected in [
        // Operations named by rule, variants by rule, the path after the item address.
        "  get:\n    summary: Get sharing permission\n",
        "    method: GET\n    path: /permissions/{perm-id}\n",
        "    variants: [drive, me]\n",
        "    variants: [drive, site-list-item]\n    versions: [beta]\n",
        // A variant through `/me` says it needs a signed-in user; others do not.
        "    path: /me/drive/items/{item-id}\n    signed_in_user: true\n",
        // `{siteId}` spelled as the spec spells placeholders.
        "    path: /sites/{site-id}/lists/{list-id}/items/{listItem-id}/driveItem\n",
        // Headers, one mapping; a conditional header's status; typed scalars.
        "      if-none-match:\n        description: If this header is included and the etag matches, a 304 Not Modified response is returned.\n        status: 304\n",
        "        grantees:\n          type: Collection(driveRecipient)\n          required: true\n",
        // Scopes in the page's order, not supported.
        "      delegated-work: [Files.Read, Files.ReadWrite, Files.Read.All]\n",
        "      delegated-personal: not supported\n",
        // Option tables → enumerations, values per version; the property typed by them.
        "      review:\n        description: A review link.\n        versions: [beta]\n",
        "        type: Collection(role)\n",
        "        type: sharingLinkType\n",
        // A property only the beta page has; a deprecated one and its V2 successor.
        "        description: When the permission expires.\n        versions: [beta]\n",
        "        deprecated:\n          replacement: grantedToV2\n",
        // An API page's option table: a string field typed by an enumeration named by rule.
        "        note:\n          type: revokeGrantsNote\n",
        "  revokeGrantsNote:\n    description: The values of the `note` field of revokeGrants.\n    values:\n      audit: Logged.\n      silent: Not logged.\n",
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
    assert_eq!(text.matches("\n    headers:\n").count(), 2, "{text}");
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
    let outcome = run(docs_pages(), &spec, Mode::Write).unwrap();
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
    assert_eq!(report.pages.len(), docs_pages().len());
}

#[test]
fn same_pages_in_any_order_give_the_same_spec() {
    let (_, text) = imported("order_a");
    let spec = spec_file("order_b", &init_text());
    let mut pages = docs_pages();
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

// ---------------------------------------------------------------------------------------------
// Unreadable pages.

#[test]
fn an_unreadable_page_is_reported_and_the_others_compared() {
    let spec = spec_file("unreadable", &spec_text());
    let bad = fixture("bad", "missing-row.txt");
    let mut pages = loose_pages();
    pages.push(bad.clone());
    let report = run(pages.clone(), &spec, Mode::Report).unwrap().report;
    assert_eq!(report.unreadable.len(), 1);
    assert!(
        report.unreadable[0].starts_with(&format!(
            "{}:5: the permission table has no row",
            bad.display()
        )),
        "{:?}",
        report.unreadable
    );
    assert_eq!(report.pages.len(), LOOSE.len());
    // The readable pages are still compared: each says something the spec does not.
    assert!(report.shown().next().is_some(), "{}", report.to_markdown());
    // --write writes nothing; --skip-unreadable writes what the others say.
    let before = std::fs::read_to_string(&spec).unwrap();
    match run(pages.clone(), &spec, Mode::Write) {
        Err(ImportError::Unreadable { count: 1, .. }) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), before);
    let mut options = Options::pages(pages, &spec);
    options.mode = Mode::Write;
    options.skip_unreadable = true;
    let outcome = import::run(&options).unwrap();
    assert_eq!(outcome.report.unreadable.len(), 1);
}

#[test]
fn bad_pages_are_clear_errors() {
    for (name, line, start) in [
        ("binary.txt", 3, "this is a binary file"),
        ("empty.md", 1, "the page is empty"),
        ("no-http-request.txt", 5, "no HTTP request block"),
        ("unbalanced-brace.txt", 22, "unbalanced braces"),
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
}

// ---------------------------------------------------------------------------------------------
// Writes into spec/permissions.yaml.

#[test]
fn writes_merge_keep_comments_and_validate() {
    // An operation without headers gains two: one `headers:` mapping.
    let text = spec_text();
    let start = text.find("  get:\n").unwrap();
    let end = start + text[start..].find("    query:\n").unwrap();
    let headers = text[start..end].find("    headers:\n").unwrap() + start;
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
    let get = &written[written.find("  get:\n").unwrap()..];
    let get = &get[..get.find("\n\n").unwrap_or(get.len())];
    assert_eq!(get.matches("    headers:\n").count(), 1, "{get}");
    assert!(
        get.contains("      Authorization:\n        required: true\n"),
        "{get}"
    );
    assert!(get.contains("        status: 304\n"), "{get}");
    // Every comment of the spec is still there.
    for line in without.lines().filter(|l| l.trim_start().starts_with('#')) {
        assert!(written.contains(line), "lost the comment {line}");
    }
}

/// The spec without its `# import: keep` comments.
fn unkept_spec_text() -> String {
    spec_text()
        .lines()
        .filter(|l| !l.contains("# import: keep"))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn kept_differences_are_listed_apart_and_never_written() {
    let spec = spec_file("kept", &spec_text());
    let outcome = run(
        vec![loose("update.txt"), loose("grant.txt")],
        &spec,
        Mode::Write,
    )
    .unwrap();
    let kept: Vec<String> = outcome.report.kept().map(|d| d.at()).collect();
    assert_eq!(
        kept,
        [
            "operations.grant.body.fields.recipients.required",
            "operations.grant.body.fields.roles.required",
            "operations.update.body.fields.roles.required",
        ]
    );
    let md = outcome.report.to_markdown();
    assert!(
        md.contains("## Kept by the spec (`# import: keep`)"),
        "{md}"
    );
    // Each listed with the page line that says otherwise and the spec's reason.
    assert!(
        md.contains(
            "- `operations.update.body.fields.roles.required`: the pages say false, the spec true \
             (tests/import-fixtures/loose/update.txt:28) — kept: required; "
        ),
        "{md}"
    );
    // Not among the differences to act on.
    assert!(
        !differences(&outcome.report)
            .iter()
            .any(|(p, _)| p.ends_with(".required")),
        "{md}"
    );
    let written = std::fs::read_to_string(&spec).unwrap();
    let update = &written[written.find("  update:\n").unwrap()..];
    assert!(update.contains("          required: true\n"), "{update}");
}

#[test]
fn required_false_is_written_typed() {
    let text = unkept_spec_text();
    let spec = spec_file("typed", &text);
    run(vec![loose("update.txt")], &spec, Mode::Write).unwrap();
    let written = std::fs::read_to_string(&spec).unwrap();
    let update = &written[written.find("  update:\n").unwrap()..];
    assert!(
        update.contains(
            "        roles:\n          type: Collection(role)\n          required: false\n"
        ),
        "{update}"
    );
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
    assert!(written.contains("- property: grantedTo\n"), "{written}");
    // Without --prune, nothing the spec alone says is removed.
    let spec = spec_file("no_prune", &spec_text());
    run(vec![loose("permission.txt")], &spec, Mode::Write).unwrap();
    assert!(std::fs::read_to_string(&spec)
        .unwrap()
        .contains("grantedToV2:"));
}

#[test]
fn prune_removes_a_version_no_page_states() {
    // revokeGrants lists v1.0 and beta; only its loose beta page is read.
    let spec = spec_file("prune_versions", &spec_text());
    let revoke_grants = |text: &str| text[text.find("  revokeGrants:\n").unwrap()..].to_owned();
    assert!(revoke_grants(&spec_text()).contains("    versions: [v1.0, beta]\n"));
    run(
        vec![loose("revokegrants-beta.md")],
        &spec,
        Mode::WriteAndPrune,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let op = revoke_grants(&std::fs::read_to_string(&spec).unwrap());
    assert!(op.contains("    versions: [beta]\n"), "{op}");
}

// ---------------------------------------------------------------------------------------------
// The CLI.

#[test]
fn cli_init_then_import_then_measure() {
    let dir = temp_dir("cli");
    let spec = dir.join("spec.yaml");
    let spec_s = spec.to_str().unwrap();
    let out = codegen(&["init", "--spec", spec_s]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // init never overwrites.
    assert_eq!(codegen(&["init", "--spec", spec_s]).status.code(), Some(1));
    let pages: Vec<String> = docs_pages()
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let mut args = vec!["import", "--write", "--spec", spec_s];
    args.extend(pages.iter().map(String::as_str));
    let out = codegen(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
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
    // Against the project's spec: most of its pairs are missing, and it says so.
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
    assert!(stderr.contains("pairs 4/38, scope cells 1/24"), "{stderr}");
    assert!(
        stderr.contains("missing: pair (list, drive) /drives/{}/items/{}/permissions"),
        "{stderr}"
    );
}

#[test]
fn cli_unreadable_page_exits_1() {
    let spec = spec_file("cli_bad", &spec_text());
    let page = fixture("bad", "missing-row.txt");
    let args = [
        "import",
        "--write",
        "--spec",
        spec.to_str().unwrap(),
        page.to_str().unwrap(),
    ];
    let out = codegen(&args);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("## Pages that could not be read"),
        "{stdout}"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), spec_text());
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

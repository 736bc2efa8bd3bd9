//! `codegen import` and the order of `scopes:` (least privileged first: what the generated
//! `Scope` enum, `BY_PRIVILEGE` and `minimal` follow), on the board pages and permission data
//! written for these tests (`import-fixtures/order/`, its README says what ranks what): the
//! order reported with why, written with each entry's comments, held by a keep comment, a new
//! scope in its place, and nothing left to report after the write.
//!
//! Tests run in the package directory (`codegen/`), so paths are relative to it.

mod support;

use std::path::{Path, PathBuf};

use graph_permissions_codegen::import::{self, Kind, Mode, Options, Report};
use graph_permissions_codegen::parse;
use support::codegen;

const ORDER: &str = "tests/import-fixtures/order";
const DATA: &str = "tests/import-fixtures/order/data";
const LIST: &str = "tests/import-fixtures/order/api-reference/v1.0/api/board-list-permissions.md";
const POST: &str = "tests/import-fixtures/order/api-reference/v1.0/api/board-post-permissions.md";
const PERMISSION: &str = "tests/import-fixtures/order/api-reference/v1.0/resources/permission.md";

/// The order the pages' rows and the data's privilege levels give (the fixture's README).
const RANKED: [&str; 7] = [
    "Boards.Read",
    "Boards.ReadWrite",
    "Boards.Read.All",
    "Boards.Selected",
    "Boards.ReadWrite.All",
    "Boards.Manage.All",
    "Boards.FullControl.All",
];

/// What the effect of writing a new order says, after the order.
const EFFECT: &str = "; written, this reorders the generated `scopes::Scope` variants and `scopes::BY_PRIVILEGE` (so `minimal` prefers another scope where several allow a call) and, with `typed-scopes`, the parameters of `scopes::Granted` (a major change: a `Granted` type spelled out by hand still compiles and grants other scopes; one written with `granted![…]` follows)";

fn all_pages() -> Vec<PathBuf> {
    [LIST, POST, PERMISSION].iter().map(PathBuf::from).collect()
}

fn run(spec: &Path, pages: Vec<PathBuf>, mode: Mode, data: bool) -> import::Outcome {
    let mut options = Options::pages(pages, spec);
    options.mode = mode;
    options.permissions = data.then(|| DATA.into());
    import::run(&options).unwrap_or_else(|e| panic!("{e}"))
}

/// A spec imported from `init` with `pages` and the data: `scopes:` in the ranked order.
fn imported(name: &str, pages: Vec<PathBuf>) -> (PathBuf, String) {
    let path = support::fresh_dir("import-order-tests", name).join("spec.yaml");
    std::fs::write(&path, import::init_text("Boards", "Board permissions.")).unwrap();
    run(&path, pages, Mode::Write, true);
    let text = std::fs::read_to_string(&path).unwrap();
    (path, text)
}

/// The text of `scopes:`'s entries (from the line after `scopes:` to `enums:`).
fn block(text: &str) -> &str {
    let start = text.find("\nscopes:\n").expect("a `scopes:` mapping") + "\nscopes:\n".len();
    let end = start + text[start..].find("\nenums:").expect("`enums:` after it") + 1;
    &text[start..end]
}

/// The spec's text with `scopes:`'s entries replaced by `lines`.
fn with_block(text: &str, lines: &str) -> String {
    text.replacen(block(text), lines, 1)
}

/// The line of a scope in `text`, as the import wrote it (with Microsoft's description).
fn line(text: &str, scope: &str) -> String {
    block(text)
        .lines()
        .find(|l| l.starts_with(&format!("  {scope}: ")))
        .unwrap_or_else(|| panic!("no {scope} in\n{text}"))
        .to_owned()
}

/// The lines of `scopes` in that order.
fn lines_of(text: &str, scopes: &[&str]) -> String {
    scopes.iter().map(|s| line(text, s) + "\n").collect()
}

fn names(text: &str) -> Vec<String> {
    block(text)
        .lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .map(|l| l.trim().split(": ").next().unwrap().to_owned())
        .collect()
}

fn shown(report: &Report) -> Vec<String> {
    report.shown().map(|d| d.render()).collect()
}

fn written(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
}

#[test]
fn an_order_the_pages_and_the_data_rank_otherwise_is_reported_with_why() {
    let (path, text) = imported("reported", all_pages());
    assert_eq!(names(&text), RANKED);
    // Read and ReadWrite swapped; Selected after ReadWrite.All; FullControl before Manage.
    let spec_order = [
        "Boards.ReadWrite",
        "Boards.Read",
        "Boards.Read.All",
        "Boards.ReadWrite.All",
        "Boards.Selected",
        "Boards.FullControl.All",
        "Boards.Manage.All",
    ];
    written(&path, &with_block(&text, &lines_of(&text, &spec_order)));
    let report = run(&path, all_pages(), Mode::Report, true).report;
    let spec_list = format!("[{}]", spec_order.join(", "));
    assert_eq!(
        shown(&report),
        [format!(
            "`scopes`: the pages say [{}], least privileged first (1 row names `Boards.Read` first with `Boards.ReadWrite` after it, e.g. {LIST}:17; Microsoft's privilege level, lower first: `Boards.Selected` 2, `Boards.ReadWrite.All` 3, `Boards.Manage.All` 4, `Boards.FullControl.All` 5), the spec {spec_list}{EFFECT}",
            RANKED.join(", ")
        )]
    );
    let d = report.shown().next().unwrap();
    assert!(matches!(d.kind, Kind::Changed { .. }));
    // Public API, as a row's order is: listed first, written only with `--prune`.
    assert_eq!(report.api_changes().count(), 1);
    assert_eq!(report.counts(), (0, 1, 0));
    let md = report.to_markdown();
    assert!(
        md.contains("## Not written: these remove or change public API (`--prune` writes them)\n\n- `scopes`: the pages say"),
        "{md}"
    );
    assert!(md.ends_with("0 added, 1 changed, 0 only in the spec (1 of them public API); 0 kept; 0 notes; 0 parts skipped.\n"), "{md}");

    // Without the data, only the rows rank: the spec's order stands where they do not.
    let report = run(&path, all_pages(), Mode::Report, false).report;
    let unranked = [
        "Boards.Read",
        "Boards.ReadWrite",
        "Boards.Read.All",
        "Boards.ReadWrite.All",
        "Boards.Selected",
        "Boards.FullControl.All",
        "Boards.Manage.All",
    ];
    assert_eq!(
        shown(&report),
        [format!(
            "`scopes`: the pages say [{}], least privileged first (1 row names `Boards.Read` first with `Boards.ReadWrite` after it, e.g. {LIST}:17), the spec {spec_list}{EFFECT}",
            unranked.join(", ")
        )]
    );
}

#[test]
fn written_the_entries_move_with_their_comments_and_nothing_else_changes() {
    let (path, text) = imported("written", all_pages());
    let l = |s: &str| line(&text, s);
    let before = format!(
        "  # Asked for first by the board app.\n{}   # tail\n{}\n\n  # Every board.\n  # (two lines)\n{}\n{}\n{}\n{}\n{}\n",
        l("Boards.ReadWrite"),
        l("Boards.Read"),
        l("Boards.Read.All"),
        l("Boards.ReadWrite.All"),
        l("Boards.Selected"),
        l("Boards.FullControl.All"),
        l("Boards.Manage.All"),
    );
    let spec = with_block(&text, &before);
    written(&path, &spec);
    // `--write` alone leaves the order: it changes public API.
    assert!(!run(&path, all_pages(), Mode::Write, true).written);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), spec);
    let outcome = run(&path, all_pages(), Mode::WriteAndPrune, true);
    assert!(outcome.written);
    let after = std::fs::read_to_string(&path).unwrap();
    parse(&after).unwrap_or_else(|d| panic!("{d:?}\n{after}"));
    // Each entry with the comments above it and at its end; the blank line stays in place.
    let expected = format!(
        "{}\n  # Asked for first by the board app.\n{}   # tail\n\n  # Every board.\n  # (two lines)\n{}\n{}\n{}\n{}\n{}\n",
        l("Boards.Read"),
        l("Boards.ReadWrite"),
        l("Boards.Read.All"),
        l("Boards.Selected"),
        l("Boards.ReadWrite.All"),
        l("Boards.Manage.All"),
        l("Boards.FullControl.All"),
    );
    assert_eq!(block(&after), expected);
    // Every other byte as it was.
    assert_eq!(with_block(&after, &before), spec);
    // Read again: nothing to report.
    let report = run(&path, all_pages(), Mode::Report, true).report;
    assert_eq!(shown(&report), Vec::<String>::new());
}

#[test]
fn a_keep_comment_on_scopes_holds_the_specs_order() {
    let (path, text) = imported("kept", all_pages());
    let swapped = lines_of(
        &text,
        &[
            "Boards.ReadWrite",
            "Boards.Read",
            "Boards.Read.All",
            "Boards.Selected",
            "Boards.ReadWrite.All",
            "Boards.Manage.All",
            "Boards.FullControl.All",
        ],
    );
    for comment in [
        "# import: keep: the board app asks for ReadWrite first\nscopes:\n",
        "scopes:  # import: keep order: the board app asks for ReadWrite first\n",
    ] {
        let spec = with_block(&text, &swapped).replacen("scopes:\n", comment, 1);
        written(&path, &spec);
        let outcome = run(&path, all_pages(), Mode::WriteAndPrune, true);
        let report = &outcome.report;
        assert_eq!(shown(report), Vec::<String>::new(), "{comment}");
        let kept: Vec<(String, Option<String>)> =
            report.kept().map(|d| (d.at(), d.kept.clone())).collect();
        assert_eq!(
            kept,
            [(
                "scopes".to_owned(),
                Some("the board app asks for ReadWrite first".to_owned())
            )]
        );
        assert!(report.to_markdown().contains(
            "## Kept by the spec (`# import: keep`)\n\n- `scopes`: the pages say [Boards.Read, "
        ));
        assert!(!outcome.written, "{comment}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), spec);
    }
}

#[test]
fn a_new_scope_goes_in_its_place_not_at_the_end() {
    // The list page alone names every scope but Boards.Manage.All.
    let (path, text) = imported("new_scope", vec![LIST.into(), PERMISSION.into()]);
    let (_, full) = imported("new_scope_full", all_pages());
    let without: Vec<&str> = RANKED
        .iter()
        .copied()
        .filter(|s| *s != "Boards.Manage.All")
        .collect();
    assert_eq!(names(&text), without);
    run(&path, all_pages(), Mode::Write, true);
    let after = std::fs::read_to_string(&path).unwrap();
    assert_eq!(block(&after), lines_of(&full, &RANKED));

    // In a spec whose order the write changes too: in its place all the same.
    let swapped: Vec<&str> = ["Boards.ReadWrite", "Boards.Read"]
        .into_iter()
        .chain(without[2..].iter().copied())
        .collect();
    written(&path, &with_block(&text, &lines_of(&text, &swapped)));
    let outcome = run(&path, all_pages(), Mode::WriteAndPrune, true);
    assert_eq!(
        outcome.report.counts(),
        (2, 1, 0),
        "{:?}",
        shown(&outcome.report)
    );
    let after = std::fs::read_to_string(&path).unwrap();
    parse(&after).unwrap_or_else(|d| panic!("{d:?}\n{after}"));
    assert_eq!(block(&after), lines_of(&full, &RANKED));
}

#[test]
fn import_docs_after_the_write_reports_no_differences() {
    let (path, text) = imported("docs", all_pages());
    let spec = path.to_str().unwrap();
    let mut reversed = RANKED;
    reversed.reverse();
    let lines: String = reversed
        .iter()
        .map(|s| format!("  # about {s}\n{}\n", line(&text, s)))
        .collect();
    written(&path, &with_block(&text, &lines));
    let args = [
        "import",
        "--spec",
        spec,
        "--docs",
        ORDER,
        "--permissions",
        DATA,
    ];
    let out = codegen(&[&args[..], &["--write", "--prune"]].concat());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout
            .contains("## Public API removed or changed (`--prune`)\n\n- `scopes`: the pages say"),
        "{stdout}"
    );
    assert!(stdout.ends_with("0 added, 1 changed, 0 only in the spec (1 of them public API); 0 kept; 0 notes; 0 parts skipped.\n"), "{stdout}");
    let after = std::fs::read_to_string(&path).unwrap();
    assert_eq!(names(&after), RANKED);
    for s in RANKED {
        assert!(
            after.contains(&format!("  # about {s}\n{}\n", line(&text, s))),
            "{after}"
        );
    }
    let out = codegen(&args);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains("No differences: the spec says what the pages say."),
        "{stdout}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), after);
}

#[test]
fn a_scopes_mapping_written_in_flow_style_is_a_clear_error_and_nothing_is_written() {
    let (path, text) = imported("flow", all_pages());
    let mut reversed = RANKED;
    reversed.reverse();
    let flow: Vec<String> = reversed
        .iter()
        .map(|s| line(&text, s).trim().to_owned())
        .collect();
    let spec = text.replacen(
        &format!("scopes:\n{}", block(&text)),
        &format!("scopes: {{{}}}\n", flow.join(", ")),
        1,
    );
    parse(&spec).unwrap_or_else(|d| panic!("{d:?}\n{spec}"));
    written(&path, &spec);
    let mut options = Options::pages(all_pages(), &path);
    options.mode = Mode::WriteAndPrune;
    options.permissions = Some(DATA.into());
    let err = import::run(&options).unwrap_err().to_string();
    let at = spec.lines().position(|l| l.starts_with("scopes:")).unwrap() + 1;
    assert_eq!(
        err,
        format!(
            "{}: `scopes` (line {at}) is not a block mapping; reorder it by hand",
            path.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), spec);
}

//! Mistakes in the families form of the spec, each one edit of `families/base.yaml` (whose
//! valid forms `families.rs` tests), refused by the runner with exactly one problem.

use graph_permissions_codegen::parse;

use crate::runner::refused;

const BASE: &str = include_str!("../families/base.yaml");

/// `BASE` with exactly one occurrence of `from` replaced.
fn with(from: &str, to: &str) -> String {
    assert_eq!(
        BASE.matches(from).count(),
        1,
        "{from:?} is not once in the base spec"
    );
    BASE.replacen(from, to, 1)
}

/// The one problem of a spec, as `line:col: message`.
#[track_caller]
fn only_problem(text: &str) -> String {
    let problems = refused(text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    problems[0].clone()
}

#[test]
fn names_that_clash_in_a_family_are_refused_at_the_second() {
    // `createMe` through `drive` (primary) is `create_me`, as `create` through `me` is.
    let create_me = BASE
        .split("      create:\n")
        .nth(1)
        .and_then(|rest| rest.split("  share:\n").next())
        .unwrap()
        .replace("variants: [drive, me]", "variants: [drive]");
    let text = with(
        "  share:\n",
        &format!("      createMe:\n{create_me}  share:\n"),
    );
    assert_eq!(
        only_problem(&text),
        "79:20: operation `driveItem.createMe` through path variant `drive` and operation `driveItem.create` through path variant `me` (at 55:27) both become the Rust name `create_me`; rename one of them"
    );
    // Families whose modules would be one, or the runtime's.
    let text = with("  share:\n", "  share-:\n");
    assert!(parse(&text).is_ok());
    let text = BASE.replacen("  share:\n", "  drive-item:\n", 1);
    assert_eq!(
        only_problem(&text),
        "75:3: family `drive-item` and family `driveItem` (at 36:3) both become the Rust name `drive_item`; rename one of them"
    );
    let text = BASE.replacen("  share:\n", "  rt:\n", 1);
    assert_eq!(
        only_problem(&text),
        "75:3: family `rt` becomes the module `rt`, the name every generated module gives the runtime; rename it"
    );
}

#[test]
fn body_mistakes_are_refused_where_they_are_written() {
    assert_eq!(
        only_problem(&with("required: [roles]", "required: [roles, link]")),
        "65:29: `required` of the body of operation `driveItem.create` names `link`, which is not in its `accepts`"
    );
    assert_eq!(
        only_problem(&with("          accepts: [roles]\n          required: [roles]\n", "")),
        "63:21: the body of operation `driveItem.create` is resource `permission` but has no `accepts`; list the properties of `permission` the call accepts (`accepts: [roles, …]`)"
    );
    assert_eq!(
        only_problem(&with("resource: permission", "resource: permissions")),
        "63:21: the body of operation `driveItem.create` is resource `permissions`, which is not a resource (resources: permission)"
    );
    assert_eq!(
        only_problem(&with("accepts: [roles]\n          required: [roles]", "accepts: []")),
        "62:9: the body of operation `driveItem.create` accepts no property of `permission`; list at least one in `accepts`"
    );
    assert_eq!(
        only_problem(&with("accepts: [roles]", "accepts: [roles, roles]")),
        "64:28: `accepts` of the body of operation `driveItem.create` lists `roles` twice"
    );
    assert_eq!(
        only_problem(&with("          required: [roles]\n", "          required: [roles]\n          description: x\n          fields: {}\n")),
        "67:11: the body of operation `driveItem.create` has both `fields` and `resource`; a body is either fields of its own or a resource with the properties the call `accepts`, not both"
    );
}

#[test]
fn header_mistakes_are_refused_where_they_are_written() {
    assert_eq!(
        only_problem(&with("          prefer:\n", "          if-match:\n")),
        "58:19: header `if-match` of operation `driveItem.create` has a `type`, but only a header the caller gives a value (prefer, consistencylevel) takes one"
    );
}

#[test]
fn a_family_with_both_forms_or_without_its_keys_is_refused() {
    let text = format!("{BASE}operations: {{}}\n");
    assert_eq!(
        only_problem(&text),
        "98:1: the spec has `families` (line 35) and a top-level `operations` here, two forms of one thing: write the path variants and operations under their family in `families`, or leave `families` out (the old form: top-level `variants` and `operations`, one family without a name)"
    );
    assert_eq!(
        only_problem(&with("  share:\n    variants:\n", "  share:\n    variant:\n")),
        "76:5: unknown key `variant` in family `share`; expected one of: description, variants, operations"
    );
}

#[test]
fn a_variant_path_may_not_be_empty() {
    // An operation's may (`families.rs`).
    assert_eq!(
        only_problem(&with(
            "        path: /shares/{share-id}",
            "        path: \"\""
        )),
        "79:9: `path` of path variant `shares` of family `share` is empty; expected a name"
    );
}

//! The families form of the spec (`families:` with nested `variants:` and `operations:`):
//! what it loads to, and each mistake it can hold, with the exact message and place. The spec
//! is `families/base.yaml`; each bad case is one edit of it.

use graph_permissions_codegen::model::{Model, QueryOption};
use graph_permissions_codegen::parse;

const BASE: &str = include_str!("families/base.yaml");

/// `BASE` with exactly one occurrence of `from` replaced.
fn with(from: &str, to: &str) -> String {
    assert_eq!(
        BASE.matches(from).count(),
        1,
        "{from:?} is not once in the base spec"
    );
    BASE.replacen(from, to, 1)
}

fn model(text: &str) -> Model {
    parse(text).unwrap_or_else(|d| panic!("{d:#?}"))
}

/// The one problem of a spec, as `line:col: message`.
fn only_problem(text: &str) -> String {
    let problems = parse(text).expect_err("the spec is refused");
    assert_eq!(problems.len(), 1, "{problems:#?}");
    format!("{}: {}", problems[0].span, problems[0].message)
}

#[test]
fn a_families_spec_loads_into_families_variants_and_operations() {
    let model = model(BASE);
    let families: Vec<_> = model.families.iter().map(|f| f.wire.clone()).collect();
    assert_eq!(
        families,
        [Some("driveItem".to_owned()), Some("share".to_owned())]
    );
    let names: Vec<_> = model
        .operations
        .iter()
        .map(|o| model.qualified_name(o))
        .collect();
    assert_eq!(names, ["driveItem.create", "share.get"]);
    let primary: Vec<_> = model
        .families
        .iter()
        .map(|f| f.primary.map(|v| model.variants[v].wire.as_str()))
        .collect();
    assert_eq!(primary, [Some("drive"), Some("shares")]);
    // An empty `path:` is the address itself.
    let get = &model.operations[model.find_operation("get").unwrap()];
    assert_eq!(get.path.to_string(), "");
    // Descriptions may be left out or empty.
    assert_eq!(model.scopes.get(1).unwrap().description, "");
    assert_eq!(model.enums.first().unwrap().values[1].description, "");
    assert_eq!(model.families.get(1).unwrap().description, "");
    assert_eq!(get.description, "");
}

#[test]
fn a_resource_body_holds_the_accepted_properties_with_the_resource_s_types() {
    let model = model(BASE);
    let create = &model.operations[model.find_operation("driveItem.create").unwrap()];
    let body = create.body.as_ref().unwrap();
    assert_eq!(
        body.resource.map(|r| model.resources[r].wire.as_str()),
        Some("permission")
    );
    let fields: Vec<_> = body
        .fields
        .iter()
        .map(|f| (f.wire.as_str(), f.required))
        .collect();
    assert_eq!(fields, [("roles", true)]);
    assert_eq!(body.fields[0].description, "The roles it grants.");
    // A read-only property the call accepts is sent.
    let text = with("accepts: [roles]", "accepts: [roles, id]");
    let model = self::model(&text);
    let create = &model.operations[model.find_operation("create").unwrap()];
    let id = &create.body.as_ref().unwrap().fields[1];
    assert_eq!(
        (id.wire.as_str(), id.read_only, id.required),
        ("id", false, false)
    );
}

#[test]
fn query_options_and_headers_with_a_value_type() {
    let model = model(BASE);
    let create = &model.operations[model.find_operation("create").unwrap()];
    let options: Vec<_> = create.query.iter().map(|q| q.option).collect();
    assert_eq!(options, [QueryOption::Top, QueryOption::OrderBy]);
    assert!(
        create.select.is_some(),
        "$orderby names the response's properties"
    );
    let prefer = &create.headers[0];
    assert_eq!(
        prefer.value.map(|e| model.enums[e].wire.as_str()),
        Some("preference")
    );
}

#[test]
fn a_selection_names_an_operation_by_family_or_alone_when_that_is_unambiguous() {
    let model = model(BASE);
    assert!(model.find_operation("driveItem.create").is_ok());
    assert!(model.find_operation("create").is_ok());
    assert_eq!(
        model.find_operation("share.create").unwrap_err(),
        "the spec has no operation `share.create` (it has: driveItem.create, share.get)"
    );
    // A second `get`, in driveItem: the bare name is ambiguous.
    let text = with("  share:\n", &format!("{SECOND_GET}  share:\n"));
    let model = self::model(&text);
    assert_eq!(
        model.find_operation("get").unwrap_err(),
        "operation `get` is in several families; name one of: `driveItem.get`, `share.get`"
    );
    assert!(model.find_operation("share.get").is_ok());
}

/// An operation `get` of family `driveItem`, through its primary variant, to put before
/// `  share:`.
const SECOND_GET: &str = "      get:\n        summary: Get an item\n        method: GET\n        path: \"\"\n        variants: [drive]\n        response:\n          shape: none\n          statuses:\n            204: Nothing.\n        scopes:\n          delegated-work: [Files.Read]\n          delegated-personal: [Files.Read]\n          application: [Files.Read]\n";

#[test]
fn rust_names_follow_the_family_and_the_primary_variant() {
    let text = with("  share:\n", &format!("{SECOND_GET}  share:\n"));
    let api = graph_permissions_codegen::api(&model(&text));
    let paths: Vec<String> = api
        .operations
        .iter()
        .flat_map(|op| {
            op.endpoints
                .iter()
                .map(move |e| op.item_path("endpoints", &e.ident))
        })
        .collect();
    assert_eq!(
        paths,
        [
            "endpoints::drive_item::create",
            "endpoints::drive_item::create_me",
            "endpoints::drive_item::get",
            "endpoints::share::get",
        ]
    );
    let markers: Vec<String> = api
        .operations
        .iter()
        .map(|op| op.item_path("operations", &op.marker))
        .collect();
    assert_eq!(
        markers,
        [
            "operations::drive_item::Create",
            "operations::drive_item::Get",
            "operations::share::Get"
        ]
    );
    let allows: Vec<String> = api
        .operations
        .iter()
        .map(|op| op.item_path("scopes", &op.allows))
        .collect();
    assert_eq!(allows[2], "scopes::share::AllowsGet");
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
fn an_operation_path_may_be_empty_but_a_variant_path_may_not() {
    assert_eq!(
        only_problem(&with(
            "        path: /shares/{share-id}",
            "        path: \"\""
        )),
        "79:9: `path` of path variant `shares` of family `share` is empty; expected a name"
    );
    // The old form's operations may have an empty path too.
    assert!(model(BASE)
        .operations
        .iter()
        .any(|o| o.path.to_string().is_empty()));
}

#[test]
fn the_old_form_is_one_family_without_a_name_and_may_mark_a_primary_variant() {
    let old = std::fs::read_to_string("../tests/fixtures/specs/minimal.yaml").unwrap();
    let model = model(&old);
    assert_eq!(model.families.len(), 1);
    assert_eq!(model.families.first().unwrap().wire, None);
    let list = model.find_operation("list").unwrap();
    assert_eq!(model.qualified_name(&model.operations[list]), "list");
    let api = graph_permissions_codegen::api(&model);
    let op = &api.operations[0];
    assert_eq!(
        op.item_path("endpoints", &op.endpoints[0].ident),
        "endpoints::list_root"
    );
    // Marked primary, its function takes the operation's name alone, at the module root.
    let marked = old.replacen("  root:\n", "  root:\n    primary: true\n", 1);
    assert_ne!(marked, old);
    let api = graph_permissions_codegen::api(&self::model(&marked));
    let op = &api.operations[0];
    assert_eq!(
        op.item_path("endpoints", &op.endpoints[0].ident),
        "endpoints::list"
    );
}

#[test]
fn a_selection_keeps_the_family_modules_of_the_operations_it_keeps() {
    use graph_permissions_codegen::Generator;
    let files = |generator: Generator| {
        generator
            .typed_scopes(true)
            .render_text(BASE)
            .unwrap_or_else(|e| panic!("{e}"))
            .files
    };
    let text = |files: &[graph_permissions_codegen::GeneratedFile], name: &str| {
        files
            .iter()
            .find(|f| f.name == name)
            .unwrap()
            .contents
            .clone()
    };
    let only_get = files(Generator::new().only_operations(["get"]));
    for module in ["endpoints.rs", "operations.rs", "scopes.rs"] {
        let text = text(&only_get, module);
        assert!(text.contains("pub mod share {"), "{module}");
        assert!(!text.contains("pub mod drive_item {"), "{module}: {text}");
    }
    // Resources alone: no operation, so no family module.
    let models = files(Generator::new().only_resources(["permission"]));
    for module in ["endpoints.rs", "operations.rs", "scopes.rs"] {
        let text = text(&models, module);
        assert!(
            !text.contains("pub mod share") && !text.contains("pub mod drive_item"),
            "{module}: {text}"
        );
    }
}

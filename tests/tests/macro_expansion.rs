//! `generate!` expands to what the `codegen` CLI writes: the macro calls
//! `Generator::tokens()`, and the modules that returns are, item by item, the committed
//! `generated/src/api/{models,operations,endpoints,scopes}.rs` (which `codegen check` keeps
//! equal to what the CLI renders) — but for the compile-time scope checks, which the CLI adds
//! behind the `typed-scopes` feature of `graph-permissions` and the macro leaves out. Items are compared as prettyplease prints them, alone: the
//! same syntax, whatever the layout (the CLI's files have the trailing commas prettyplease
//! adds; the tokens do not). `tests/downstream/macro-user` checks the same at run time, on the
//! macro's real expansion: the same operation metadata, the same requests.

mod support;

use std::path::Path;

use graph_permissions_codegen::Generator;
use quote::ToTokens;
use support::workspace_root;

fn tokens<T: ToTokens>(item: &T) -> String {
    item.to_token_stream().to_string()
}

/// An item as prettyplease prints it on its own.
fn printed(item: &syn::Item) -> String {
    prettyplease::unparse(&syn::File {
        shebang: None,
        attrs: Vec::new(),
        items: vec![item.clone()],
    })
}

/// The first difference between two lists of items, as a sentence, or `None`.
fn first_difference(what: &str, committed: &[String], expanded: &[String]) -> Option<String> {
    for (i, (c, e)) in committed.iter().zip(expanded).enumerate() {
        if c != e {
            return Some(format!(
                "{what}: item {i} differs:\n{}",
                similar::TextDiff::from_lines(c, e)
                    .unified_diff()
                    .context_radius(2)
                    .header("committed", "expanded")
            ));
        }
    }
    (committed.len() != expanded.len()).then(|| {
        format!(
            "{what}: {} items committed, {} expanded",
            committed.len(),
            expanded.len()
        )
    })
}

/// Whether an item is one of the compile-time scope checks, which the CLI adds behind
/// `#[cfg(feature = "typed-scopes")]` (`Generator::typed_scopes`) and the macro leaves out.
fn is_typed_scopes(item: &syn::Item) -> bool {
    let attrs = match item {
        syn::Item::Struct(i) => &i.attrs,
        syn::Item::Mod(i) => &i.attrs,
        syn::Item::Macro(i) => &i.attrs,
        syn::Item::Trait(i) => &i.attrs,
        syn::Item::Impl(i) => &i.attrs,
        syn::Item::Fn(i) => &i.attrs,
        syn::Item::Const(i) => &i.attrs,
        syn::Item::Type(i) => &i.attrs,
        _ => return false,
    };
    attrs
        .iter()
        .any(|a| a.path().is_ident("cfg") && tokens(a).contains("feature = \"typed-scopes\""))
}

/// The modules `generated/src/api/mod.rs` declares, in its order.
fn committed_modules(root: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(root.join("generated/src/api/mod.rs"))
        .expect("generated/src/api/mod.rs");
    text.lines()
        .filter_map(|line| line.strip_prefix("pub mod ")?.strip_suffix(';'))
        .map(str::to_owned)
        .collect()
}

/// Compares the generator's modules, made with `generator`, with the committed files; with
/// `all` false, without the committed files' typed-scope checks.
fn compare(generator: Generator, all: bool) -> Vec<String> {
    let root = workspace_root();
    let expansion = generator
        .spec(root.join("spec/permissions.yaml"))
        .spec_name("spec/permissions.yaml")
        .tokens()
        .unwrap_or_else(|e| panic!("spec/permissions.yaml does not generate: {e}"));
    let expansion: syn::File = syn::parse2(expansion).expect("the expansion parses");

    let modules: Vec<&syn::ItemMod> = expansion
        .items
        .iter()
        .map(|item| match item {
            syn::Item::Mod(module) => module,
            other => panic!("the expansion holds a non-module item: {}", tokens(other)),
        })
        .collect();
    let names: Vec<String> = modules.iter().map(|m| m.ident.to_string()).collect();
    assert_eq!(names, committed_modules(&root), "the expansion's modules");

    let mut problems = Vec::new();
    for module in modules {
        let name = module.ident.to_string();
        let shown = format!("generated/src/api/{name}.rs");
        let text = std::fs::read_to_string(root.join(&shown))
            .unwrap_or_else(|e| panic!("{shown}: cannot read: {e}"));
        let file: syn::File =
            syn::parse_file(&text).unwrap_or_else(|e| panic!("{shown}: does not parse: {e}"));

        // The module's documentation: the file's `//!` lines, the inline module's inner attributes.
        let committed: Vec<String> = file.attrs.iter().map(tokens).collect();
        let expanded: Vec<String> = module
            .attrs
            .iter()
            .filter(|a| matches!(a.style, syn::AttrStyle::Inner(_)))
            .map(tokens)
            .collect();
        problems.extend(first_difference(
            &format!("{shown} (module docs)"),
            &committed,
            &expanded,
        ));
        assert!(
            module
                .attrs
                .iter()
                .all(|a| matches!(a.style, syn::AttrStyle::Inner(_))),
            "module `{name}` of the expansion has outer attributes"
        );

        let committed: Vec<String> = file
            .items
            .iter()
            .filter(|item| all || !is_typed_scopes(item))
            .map(printed)
            .collect();
        let Some((_, items)) = &module.content else {
            panic!("module `{name}` of the expansion has no body");
        };
        let expanded: Vec<String> = items.iter().map(printed).collect();
        problems.extend(first_difference(&shown, &committed, &expanded));
    }
    problems
}

fn assert_same(problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "the generator's modules differ from the committed files (run `cargo run -p \
         graph-permissions-codegen -- generate` if the spec or the generator changed):\n{}",
        problems.join("\n")
    );
}

/// Exactly what the macro expands to (`generate!` calls `Generator::new()…tokens()`): every
/// item of the committed files but the typed-scope checks, in order.
#[test]
fn the_macro_expands_to_the_committed_generated_modules() {
    assert_same(compare(Generator::new(), false));
}

/// The same function in the CLI's configuration: every item of the committed files.
#[test]
fn the_tokens_in_the_cli_configuration_are_the_committed_files() {
    assert_same(compare(Generator::new().typed_scopes(true), true));
}

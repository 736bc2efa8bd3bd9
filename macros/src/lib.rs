//! `generate!`: the bindings of a spec, expanded where the macro is called.
//!
//! ```ignore
//! graph_permissions_macros::generate!("spec/my-api.yaml", module = my_api, operations = ["list", "get"]);
//! ```
//!
//! The expansion is what `codegen generate` writes for the same spec: one `Generator` makes
//! both (the CLI also adds the compile-time scope checks behind `graph-permissions`'
//! `typed-scopes` feature; the macro leaves them out). It names the runtime as
//! `::graph_permissions::rt`, so the calling crate depends on `graph-permissions`.
//!
//! What the spec publishes only in beta is behind `#[cfg(feature = "beta")]`, and that is the
//! *calling* crate's feature: declare `beta = ["graph-permissions/beta"]` in its `[features]`
//! (without it, beta items are left out and rustc warns about an unexpected `cfg`).
//!
//! # Where the spec is read from
//!
//! A relative path is looked up, in this order:
//! 1. relative to the calling crate's directory (`CARGO_MANIFEST_DIR`, where its `Cargo.toml`
//!    is) — the usual case: `generate!("spec/my-api.yaml")`;
//! 2. if no file is there, relative to the directory of the source file that calls the macro,
//!    as `include_str!` does (the compiler tells macros that file from Rust 1.88 on).
//!
//! The second rule is for code compiled away from its source tree, where `CARGO_MANIFEST_DIR`
//! says nothing about where the spec is: trybuild compiles each case as a crate of its own in
//! `$CARGO_TARGET_DIR/tests/trybuild/<package>/`, wherever the target directory is, but reads
//! the case file from the source tree, so a case names its spec relative to itself
//! (`generate!("../specs/bad.yaml")` from `tests/ui/macro-fail/`). An absolute path is read as
//! is.
//!
//! Cargo rebuilds the caller when the spec changes. Messages name the spec by the path as
//! written in the call, never by the absolute path it was read from.
//!
//! # Options
//!
//! All optional, after the path, each at most once:
//! - `module = name`: wrap the generated modules in `pub mod name { … }`;
//! - `operations = ["driveItem.list", …]`: only these operations, and what they need: each
//!   `family.operation`, or an operation's name alone when one family has it;
//! - `resources = ["permission", …]`: only these resources, and what they need;
//! - `derives = [Eq, Hash]`: derives added to every model struct and enum (one a model already
//!   derives, such as `Eq` on enums, is not repeated). Every field must allow it: `Eq` and
//!   `Hash` do not hold for a spec with `Double` (`f64`) properties.
//!
//! # Errors
//!
//! Every problem in the spec becomes a `compile_error!` at the path argument, carrying the
//! sentence the CLI prints: `spec/my-api.yaml:12:7: …`. A bad option is an error at the option,
//! and a name in `operations` or `resources` that the spec does not have, an error at the name.
//! The macro does not panic: were the generator to, the panic becomes a `compile_error!` too.

#![deny(missing_docs)]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use graph_permissions_codegen::{Error, Generator};
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{bracketed, Ident, LitStr, Token};

/// Expands a spec into `models`, `operations`, `endpoints` and `scopes` modules.
#[proc_macro]
pub fn generate(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let caller = Span::call_site().local_file();
    expand_tokens(input.into(), caller.as_deref()).into()
}

/// The whole macro, on `proc_macro2` tokens: parses, generates, and turns every failure
/// (a panic included) into `compile_error!`. `caller` is the file that calls the macro.
fn expand_tokens(input: TokenStream, caller: Option<&Path>) -> TokenStream {
    guarded(|| match syn::parse2::<Input>(input) {
        Ok(input) => expand(&input, caller),
        Err(e) => e.to_compile_error(),
    })
}

/// Runs `expand`, and turns a panic in it into a `compile_error!` that says what happened.
fn guarded(expand: impl FnOnce() -> TokenStream) -> TokenStream {
    catch_unwind(AssertUnwindSafe(expand)).unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".to_owned());
        let message = format!(
            "generate! failed unexpectedly ({what}); this is a bug in graph-permissions-macros, please report it with the spec and the macro call"
        );
        quote!(compile_error!(#message);)
    })
}

struct Input {
    spec: LitStr,
    module: Option<Ident>,
    operations: Option<Vec<LitStr>>,
    resources: Option<Vec<LitStr>>,
    derives: Option<Vec<syn::Path>>,
}

const OPTIONS: &str = "module, operations, resources, derives";

impl Parse for Input {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let spec: LitStr = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected the spec's path as a string, like `generate!(\"spec/my-api.yaml\")`",
            )
        })?;
        let mut out = Input {
            spec,
            module: None,
            operations: None,
            resources: None,
            derives: None,
        };
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let name: Ident = input.parse().map_err(|e| {
                syn::Error::new(
                    e.span(),
                    format!("expected an option, one of: {OPTIONS}; like `module = my_api`"),
                )
            })?;
            let option = name.to_string();
            if !matches!(
                option.as_str(),
                "module" | "operations" | "resources" | "derives"
            ) {
                return Err(syn::Error::new(
                    name.span(),
                    format!("unknown option `{option}`; expected one of: {OPTIONS}"),
                ));
            }
            input.parse::<Token![=]>().map_err(|e| {
                syn::Error::new(
                    e.span(),
                    format!("expected `=` after option `{option}`, like `{option} = …`"),
                )
            })?;
            let given_twice = match option.as_str() {
                "module" => out
                    .module
                    .replace(input.parse().map_err(|e| {
                        syn::Error::new(
                            e.span(),
                            "option `module` takes a module name, like `module = my_api`",
                        )
                    })?)
                    .is_some(),
                "operations" => out
                    .operations
                    .replace(names(input, "operations", "[\"list\", \"get\"]")?)
                    .is_some(),
                "resources" => out
                    .resources
                    .replace(names(input, "resources", "[\"permission\"]")?)
                    .is_some(),
                _ => out.derives.replace(derives(input)?).is_some(),
            };
            if given_twice {
                return Err(syn::Error::new(
                    name.span(),
                    format!("option `{option}` is given twice"),
                ));
            }
        }
        Ok(out)
    }
}

/// A bracketed list of string literals.
fn names(input: ParseStream, option: &str, example: &str) -> syn::Result<Vec<LitStr>> {
    let wrong = |span: Span| {
        syn::Error::new(
            span,
            format!("option `{option}` takes a list of spec names, like `{option} = {example}`"),
        )
    };
    if !input.peek(syn::token::Bracket) {
        return Err(wrong(input.span()));
    }
    let content;
    bracketed!(content in input);
    let list =
        Punctuated::<LitStr, Token![,]>::parse_terminated(&content).map_err(|e| wrong(e.span()))?;
    Ok(list.into_iter().collect())
}

/// A bracketed list of derive paths.
fn derives(input: ParseStream) -> syn::Result<Vec<syn::Path>> {
    let wrong = |span: Span| {
        syn::Error::new(
            span,
            "option `derives` takes a list of derive paths, like `derives = [Eq, Hash]`",
        )
    };
    if !input.peek(syn::token::Bracket) {
        return Err(wrong(input.span()));
    }
    let content;
    bracketed!(content in input);
    let list = Punctuated::<syn::Path, Token![,]>::parse_terminated(&content)
        .map_err(|e| wrong(e.span()))?;
    Ok(list.into_iter().collect())
}

fn expand(input: &Input, caller: Option<&Path>) -> TokenStream {
    let span = input.spec.span();
    let written = input.spec.value();
    let Some(path) = resolve(&written, caller) else {
        return quote_spanned!(span=>
            compile_error!("generate! needs CARGO_MANIFEST_DIR to find a relative spec path: build with cargo, or give an absolute path");
        );
    };
    let mut generator = Generator::new().spec(&path).spec_name(&written);
    if let Some(ops) = &input.operations {
        generator = generator.only_operations(ops.iter().map(LitStr::value));
    }
    if let Some(resources) = &input.resources {
        generator = generator.only_resources(resources.iter().map(LitStr::value));
    }
    for derive in input.derives.iter().flatten() {
        generator = generator.extra_derive(derive.clone());
    }
    let items = match generator.tokens() {
        Ok(items) => items,
        Err(error) => return errors(&error, error_span(&error, input)),
    };
    // Makes cargo rebuild the caller when the spec changes. `include_bytes!` resolves a
    // relative path against the calling file, so the path given to it is absolute.
    let body = match std::path::absolute(&path) {
        Ok(tracked) => {
            let tracked = tracked.display().to_string();
            quote!(const _: &[u8] = include_bytes!(#tracked); #items)
        }
        Err(_) => items,
    };
    match &input.module {
        Some(module) => quote!(pub mod #module { #body }),
        None => body,
    }
}

/// Where the spec named `written` is read from: relative to `CARGO_MANIFEST_DIR` when there is
/// a file there, else relative to the calling file's directory when there is a file there,
/// else (so that the error says the file is missing) relative to `CARGO_MANIFEST_DIR`.
/// `None` only when the path is relative and `CARGO_MANIFEST_DIR` is not set.
fn resolve(written: &str, caller: Option<&Path>) -> Option<PathBuf> {
    let written = Path::new(written);
    if written.is_absolute() {
        return Some(written.to_path_buf());
    }
    let in_crate =
        std::env::var_os("CARGO_MANIFEST_DIR").map(|dir| PathBuf::from(dir).join(written));
    if let Some(path) = in_crate.as_ref().filter(|p| p.is_file()) {
        return Some(path.clone());
    }
    let next_to_caller = caller
        .and_then(Path::parent)
        .map(|dir| dir.join(written))
        .filter(|p| p.is_file());
    next_to_caller.or(in_crate)
}

/// Where an error points: at the name in `operations` or `resources` that a selection error
/// is about, otherwise at the spec's path.
fn error_span(error: &Error, input: &Input) -> Span {
    if let Error::Selection { message, .. } = error {
        let named = input
            .operations
            .iter()
            .chain(&input.resources)
            .flatten()
            .find(|name| message.contains(&format!("`{}`", name.value())));
        if let Some(name) = named {
            return name.span();
        }
    }
    input.spec.span()
}

/// One `compile_error!` per problem, each the sentence the CLI prints, at `span`.
fn errors(error: &Error, span: Span) -> TokenStream {
    let messages: Vec<String> = match error {
        Error::Spec { path, diagnostics } => diagnostics
            .iter()
            .map(|d| format!("{}:{}: {}", path.display(), d.span, d.message))
            .collect(),
        Error::Read { source, .. } if source.kind() == std::io::ErrorKind::NotFound => vec![format!(
            "{error}; generate! looks for a relative path in the crate's directory (CARGO_MANIFEST_DIR), then in the directory of the file that calls it"
        )],
        other => vec![other.to_string()],
    };
    quote_spanned!(span=> #(compile_error!(#messages);)*)
}

#[cfg(test)]
mod tests {
    //! Odd inputs: every one expands to `compile_error!`, none panics. (The macro catches
    //! panics, so these tests look at the message: a caught panic would say "unexpectedly".)

    use super::*;

    fn expand_str(input: &str) -> String {
        let tokens: TokenStream = input.parse().expect("the test input is tokens");
        expand_tokens(tokens, None).to_string()
    }

    fn assert_error(input: &str, expected: &str) {
        let out = expand_str(input);
        assert!(out.contains("compile_error"), "{input}: no error in {out}");
        assert!(!out.contains("unexpectedly"), "{input}: panicked: {out}");
        assert!(
            out.contains(expected),
            "{input}: expected {expected:?} in {out}"
        );
        // The messages name paths as written: never the machine's absolute ones.
        let root = env!("CARGO_MANIFEST_DIR");
        assert!(!out.contains(root), "{input}: absolute path in {out}");
    }

    #[test]
    fn odd_macro_inputs_are_errors_not_panics() {
        let cases = [
            ("", "expected the spec's path"),
            ("42", "expected the spec's path"),
            ("spec", "expected the spec's path"),
            ("b\"spec.yaml\"", "expected the spec's path"),
            ("\"x.yaml\" module = a", "expected `,`"),
            ("\"x.yaml\",,", "expected an option"),
            ("\"x.yaml\", 7 = a", "expected an option"),
            ("\"x.yaml\", module", "expected `=` after option `module`"),
            (
                "\"x.yaml\", module =",
                "option `module` takes a module name",
            ),
            (
                "\"x.yaml\", module = \"api\"",
                "option `module` takes a module name",
            ),
            (
                "\"x.yaml\", module = a, module = b",
                "option `module` is given twice",
            ),
            (
                "\"x.yaml\", operations = \"list\"",
                "option `operations` takes a list",
            ),
            (
                "\"x.yaml\", operations = [list]",
                "option `operations` takes a list",
            ),
            (
                "\"x.yaml\", operations = [\"a\" \"b\"]",
                "option `operations` takes a list",
            ),
            (
                "\"x.yaml\", resources = {}",
                "option `resources` takes a list",
            ),
            ("\"x.yaml\", derives = Eq", "option `derives` takes a list"),
            (
                "\"x.yaml\", derives = [\"Eq\"]",
                "option `derives` takes a list",
            ),
            (
                "\"x.yaml\", derives = [::]",
                "option `derives` takes a list",
            ),
            ("\"x.yaml\", Module = a", "unknown option `Module`"),
            ("\"x.yaml\", r#type = a", "unknown option `r#type`"),
            ("\"\"", "cannot read the spec"),
            ("\".\"", "cannot read the spec"),
            ("\"src\"", "cannot read the spec"),
            ("\"no/such/dir/x.yaml\"", "cannot read the spec"),
            ("\"nul\\0byte.yaml\"", "cannot read the spec"),
            ("\"Cargo.toml\"", "Cargo.toml:"),
            ("\"src/lib.rs\"", "src/lib.rs:"),
            (
                "\"../spec/permissions.yaml\", operations = [\"nope\"]",
                "nope",
            ),
            (
                "\"../spec/permissions.yaml\", resources = [\"\"]",
                "../spec/permissions.yaml",
            ),
        ];
        for (input, expected) in cases {
            assert_error(input, expected);
        }
    }

    #[test]
    fn every_prefix_of_a_good_call_is_handled() {
        // Cutting a valid call short at every token, and at every character of its path.
        let call = r#""../spec/permissions.yaml", module = api, operations = ["driveItem.list", "grant"], resources = ["permission"], derives = [Eq, ::core::hash::Hash]"#;
        let tokens: Vec<proc_macro2::TokenTree> = call
            .parse::<TokenStream>()
            .expect("tokens")
            .into_iter()
            .collect();
        for n in 0..tokens.len() {
            let prefix: TokenStream = tokens[..n].iter().cloned().collect();
            let out = expand_tokens(prefix, None).to_string();
            assert!(!out.contains("unexpectedly"), "{n} tokens: {out}");
        }
        let path = "../spec/permissions.yaml";
        for n in 0..path.len() {
            let out = expand_str(&format!("{:?}", &path[..n]));
            assert!(!out.contains("unexpectedly"), "{:?}: {out}", &path[..n]);
        }
        assert!(!expand_str(call).contains("compile_error"));
    }

    #[test]
    fn a_relative_path_falls_back_to_the_calling_file() {
        let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs");
        // Not in the crate's directory, but next to the caller.
        let out = expand_tokens(quote!("lib.rs"), Some(&here)).to_string();
        assert!(out.contains("lib.rs:"), "{out}");
        // In the crate's directory first.
        let found = resolve("Cargo.toml", Some(&here)).expect("CARGO_MANIFEST_DIR is set");
        assert_eq!(
            found,
            Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")
        );
        // Missing from both: the crate's directory, for the message.
        let missing = resolve("nowhere.yaml", Some(&here)).expect("CARGO_MANIFEST_DIR is set");
        assert_eq!(
            missing,
            Path::new(env!("CARGO_MANIFEST_DIR")).join("nowhere.yaml")
        );
    }

    #[test]
    fn a_panic_becomes_a_compile_error() {
        // (The test harness prints this panic; under rustc, the proc-macro bridge hides it.)
        let out = guarded(|| panic!("boom {}", 1)).to_string();
        assert!(out.starts_with("compile_error"), "{out}");
        assert!(
            out.contains("generate! failed unexpectedly (boom 1)"),
            "{out}"
        );
    }
}

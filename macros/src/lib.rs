//! `generate!`: the bindings of a spec, expanded where the macro is called.
//!
//! ```ignore
//! graph_permissions_macros::generate!("spec/my-api.yaml", module = my_api, operations = ["list", "get"]);
//! ```
//!
//! The path is relative to the calling crate's `Cargo.toml`; cargo rebuilds the crate when the
//! spec changes. The expansion is what `codegen generate` writes for the same spec, and names
//! the runtime as `::graph_permissions::rt`, so the calling crate depends on `graph-permissions`.
//!
//! Options, all optional, after the path:
//! - `module = name`: wrap the generated modules in `pub mod name { … }`;
//! - `operations = ["list", …]`: only these operations (spec names), and what they need;
//! - `resources = ["permission", …]`: only these resources, and what they need;
//! - `derives = [Eq, Hash]`: derives added to every model struct and enum.

use std::path::PathBuf;

use graph_permissions_codegen::{Error, Generator};
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{bracketed, Ident, LitStr, Token};

/// Expands a spec into `models`, `operations`, `endpoints` and `scopes` modules.
#[proc_macro]
pub fn generate(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    match syn::parse::<Input>(input) {
        Ok(input) => expand(&input).into(),
        Err(e) => e.to_compile_error().into(),
    }
}

struct Input {
    spec: LitStr,
    module: Option<Ident>,
    operations: Option<Vec<LitStr>>,
    resources: Option<Vec<LitStr>>,
    derives: Vec<syn::Path>,
}

impl Parse for Input {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let spec: LitStr = input.parse().map_err(|e| {
            syn::Error::new(e.span(), "expected the spec's path as a string, like `generate!(\"spec/my-api.yaml\")`")
        })?;
        let mut out = Input {
            spec,
            module: None,
            operations: None,
            resources: None,
            derives: Vec::new(),
        };
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let name: Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            match name.to_string().as_str() {
                "module" => {
                    out.module = Some(input.parse().map_err(|e| {
                        syn::Error::new(e.span(), "option `module` takes a module name, like `module = my_api`")
                    })?)
                }
                "operations" => out.operations = Some(names(input, "operations", "[\"list\", \"get\"]")?),
                "resources" => out.resources = Some(names(input, "resources", "[\"permission\"]")?),
                "derives" => {
                    let content;
                    let wrong = |e: syn::Error| {
                        syn::Error::new(e.span(), "option `derives` takes a list of derive paths, like `derives = [Eq, Hash]`")
                    };
                    bracketed!(content in input);
                    let paths = Punctuated::<syn::Path, Token![,]>::parse_terminated(&content).map_err(wrong)?;
                    out.derives = paths.into_iter().collect();
                }
                other => {
                    return Err(syn::Error::new(
                        name.span(),
                        format!("unknown option `{other}`; expected one of: module, operations, resources, derives"),
                    ))
                }
            }
        }
        Ok(out)
    }
}

/// A bracketed list of string literals.
fn names(input: ParseStream, option: &str, example: &str) -> syn::Result<Vec<LitStr>> {
    let wrong = |span: Span| {
        syn::Error::new(span, format!("option `{option}` takes a list of spec names, like `{option} = {example}`"))
    };
    if !input.peek(syn::token::Bracket) {
        return Err(wrong(input.span()));
    }
    let content;
    bracketed!(content in input);
    let list = Punctuated::<LitStr, Token![,]>::parse_terminated(&content).map_err(|e| wrong(e.span()))?;
    Ok(list.into_iter().collect())
}

fn expand(input: &Input) -> TokenStream {
    let span = input.spec.span();
    let relative = input.spec.value();
    let Some(manifest_dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        return quote_spanned!(span=> compile_error!("generate! needs CARGO_MANIFEST_DIR: build with cargo"););
    };
    let path = PathBuf::from(manifest_dir).join(&relative);
    let mut generator = Generator::new().spec(&path).spec_name(&relative);
    if let Some(ops) = &input.operations {
        generator = generator.only_operations(ops.iter().map(LitStr::value));
    }
    if let Some(resources) = &input.resources {
        generator = generator.only_resources(resources.iter().map(LitStr::value));
    }
    for derive in &input.derives {
        generator = generator.extra_derive(derive.clone());
    }
    let items = match generator.tokens() {
        Ok(items) => items,
        Err(error) => return errors(&error, span),
    };
    // Makes cargo rebuild the caller when the spec changes.
    let tracked = path.display().to_string();
    let body = quote! {
        const _: &[u8] = include_bytes!(#tracked);
        #items
    };
    match &input.module {
        Some(module) => quote!(pub mod #module { #body }),
        None => body,
    }
}

/// One `compile_error!` per problem, each the sentence the CLI prints, at the spec argument.
fn errors(error: &Error, span: Span) -> TokenStream {
    let messages: Vec<String> = match error {
        Error::Spec { path, diagnostics } => diagnostics
            .iter()
            .map(|d| format!("{}:{}: {}", path.display(), d.span, d.message))
            .collect(),
        other => vec![other.to_string()],
    };
    quote_spanned!(span=> #(compile_error!(#messages);)*)
}

//! [`Api`] → Rust tokens, one module at a time. Every name and type was decided in
//! [`surface`](crate::surface); this only prints them.
//!
//! Generated code names std, core and the runtime by absolute paths, so that a spec may name
//! a resource `Option`, `String` or `Client` without breaking it. Endpoint functions are
//! thin and non-generic: the work is done once, in the runtime, not once per endpoint.

mod doc_text;
mod endpoints;
mod models;
mod operations;
mod scopes;

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::{Availability, PermissionType, ScopeRow};
use crate::surface::api::{Api, FamilyItem, OperationItem};
use crate::surface::{ModuleKind, Place};

/// The generated modules, in the order they are written.
pub const MODULES: [&str; 4] = ["models", "operations", "endpoints", "scopes"];

/// Choices that change what is emitted, not what the spec means. Kept as text, not tokens, so
/// that the modules can be emitted on several threads (tokens are not `Send`).
#[derive(Clone, Debug)]
pub struct EmitOptions {
    /// The path of the runtime module, e.g. `::graph_permissions::rt`.
    pub runtime: String,
    /// Derives added to every model struct and enum, e.g. `Eq`.
    pub extra_derives: Vec<String>,
    /// Emit the compile-time scope checks (`scopes::Granted`, `granted!`, `Allows*` traits),
    /// behind the `typed-scopes` cargo feature of the crate they land in.
    pub typed_scopes: bool,
}

impl Default for EmitOptions {
    fn default() -> Self {
        Self {
            runtime: "::graph_permissions::rt".to_owned(),
            extra_derives: Vec::new(),
            typed_scopes: false,
        }
    }
}

/// One generated module: its name and its items.
#[derive(Clone, Debug)]
pub struct Module {
    /// The module's file stem, e.g. `models`.
    pub name: &'static str,
    /// The module's items, before formatting.
    pub tokens: TokenStream,
}

/// Emits every module of the API.
pub fn emit(api: &Api, options: &EmitOptions) -> Vec<Module> {
    MODULES
        .iter()
        .map(|name| emit_module(api, options, name))
        .collect()
}

/// Emits one module of the API, by name (one of [`MODULES`]; any other is `scopes`).
pub fn emit_module(api: &Api, options: &EmitOptions, name: &'static str) -> Module {
    let header = module_header(api, options, name);
    let body = emit_items(api, options, &items(api, name));
    Module {
        name,
        tokens: quote!(#header #body),
    }
}

/// One top-level item (or group of items) of a module: the unit in which modules are
/// emitted, parsed and formatted, in chunks, on several threads.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Item {
    Enum(usize),
    Struct(usize),
    /// An operation at the module root (the old form).
    Operation(usize),
    /// (operation, endpoint), at the module root (the old form).
    Endpoint(usize, usize),
    /// A family's module of `operations` or `endpoints`, with all its items.
    Family(ModuleKind, usize),
    Scopes,
}

/// The indexes of a family's operations, in spec order.
fn family_operations<'a>(
    api: &'a Api,
    family: &'a FamilyItem,
) -> impl Iterator<Item = (usize, &'a OperationItem)> {
    api.operations
        .iter()
        .enumerate()
        .filter(move |(_, op)| op.module == family.module)
}

/// The items of a module, in the order they are written: a family's module is one item, the
/// old form's operations and endpoints are items of the module root.
pub(crate) fn items(api: &Api, module: &str) -> Vec<Item> {
    let kind = match module {
        "models" => {
            return (0..api.enums.len())
                .map(Item::Enum)
                .chain((0..api.structs.len()).map(Item::Struct))
                .collect()
        }
        "operations" => ModuleKind::Operations,
        "endpoints" => ModuleKind::Endpoints,
        _ => return vec![Item::Scopes],
    };
    let mut out = Vec::new();
    for (f, family) in api.families.iter().enumerate() {
        // A family without operations (all left out by a selection) has no module.
        if family.module.is_some() && family_operations(api, family).next().is_some() {
            out.push(Item::Family(kind, f));
            continue;
        }
        for (o, op) in family_operations(api, family) {
            match kind {
                ModuleKind::Operations => out.push(Item::Operation(o)),
                _ => out.extend((0..op.endpoints.len()).map(|e| Item::Endpoint(o, e))),
            }
        }
    }
    out
}

/// The module's doc and its `use` of the runtime. Each module names the runtime `rt`: no
/// generated type can take that name (types are UpperCamelCase), a family module may not
/// (`surface` refuses it), and an endpoint function named `rt` lives in the value namespace,
/// apart from modules.
pub(crate) fn module_header(api: &Api, options: &EmitOptions, name: &str) -> TokenStream {
    let title = &api.title;
    let about = match name {
        "models" => format!("The resources and enumerations of {title}."),
        "operations" => format!("The operations of {title}: a marker type each, with what the spec says about it."),
        "endpoints" => format!("The endpoint functions of {title}: one per operation and path variant. Each returns a request value and does no I/O."),
        _ => format!("The permission scopes of {title}, typed, and every operation's metadata in one list."),
    };
    let about = module_doc(&about);
    // The options were made from tokens, so they parse back.
    let runtime: TokenStream = options.runtime.parse().unwrap_or_default();
    quote!(#about use #runtime as rt;)
}

/// The tokens of some items of a module.
pub(crate) fn emit_items(api: &Api, options: &EmitOptions, items: &[Item]) -> TokenStream {
    let derives: Vec<TokenStream> = options
        .extra_derives
        .iter()
        .filter_map(|d| d.parse().ok())
        .collect();
    let cx = Cx {
        api,
        derives: &derives,
        typed_scopes: options.typed_scopes,
    };
    items
        .iter()
        .map(|item| match *item {
            Item::Enum(i) => models::wire_enum(&cx, &api.enums[i]),
            Item::Struct(i) => models::model_struct(&cx, &api.structs[i]),
            Item::Operation(i) => {
                operations::operation(&cx, &api.operations[i], ModuleKind::Operations.into())
            }
            Item::Endpoint(o, e) => {
                let op = &api.operations[o];
                endpoints::function(&cx, op, &op.endpoints[e], ModuleKind::Endpoints.into())
            }
            Item::Family(kind, f) => family_module(&cx, kind, &api.families[f]),
            Item::Scopes => scopes::emit(&cx),
        })
        .collect()
}

/// A family's module of `operations` or `endpoints`: its doc, the runtime, its items.
fn family_module(cx: &Cx, kind: ModuleKind, family: &FamilyItem) -> TokenStream {
    let Some(module) = &family.module else {
        return quote!();
    };
    let place = Place::family(kind);
    let wire = family.wire.as_deref().unwrap_or_default();
    let mut paragraphs = match kind {
        ModuleKind::Operations => vec![format!(
            "The operations of family `{wire}`: a marker type each, with what the spec says about it, and the body struct of each that sends one."
        )],
        _ => vec![format!(
            "The endpoint functions of family `{wire}`: one per operation and path variant."
        )],
    };
    paragraphs.push(family.description.clone());
    if kind == ModuleKind::Endpoints {
        paragraphs.push(naming_rule(cx.api, family));
    }
    let about = inner_doc(&paragraphs);
    let items: Vec<TokenStream> = family_operations(cx.api, family)
        .flat_map(|(_, op)| match kind {
            ModuleKind::Operations => vec![operations::operation(cx, op, place)],
            _ => op
                .endpoints
                .iter()
                .map(|e| endpoints::function(cx, op, e, place))
                .collect(),
        })
        .collect();
    quote! {
        pub mod #module {
            #about
            #[allow(unused_imports)]
            use super::rt;
            #(#items)*
        }
    }
}

/// How a family's endpoint functions are named, with examples from the family itself.
fn naming_rule(api: &Api, family: &FamilyItem) -> String {
    let endpoints: Vec<(&str, bool)> = family_operations(api, family)
        .flat_map(|(_, op)| op.endpoints.iter())
        .map(|e| {
            (
                e.ident.as_str(),
                family.primary.as_deref() == Some(e.variant.as_str()),
            )
        })
        .collect();
    let example = |primary: bool| {
        endpoints
            .iter()
            .find(|(_, p)| *p == primary)
            .map(|(name, _)| format!(" (`{name}`)"))
            .unwrap_or_default()
    };
    match &family.primary {
        Some(primary) => format!(
            "Through the primary variant `{primary}`, a function is named after the operation alone{}; through another variant, after the operation and the variant{}.",
            example(true),
            example(false)
        ),
        None => format!(
            "A function is named after the operation and the variant{}.",
            example(false)
        ),
    }
}

/// `label: description`, or the label alone when the spec gives no description.
pub(crate) fn labelled(label: &str, description: &str) -> String {
    if description.trim().is_empty() {
        label.to_owned()
    } else {
        format!("{label}: {description}")
    }
}

/// What every emitter needs at hand. Generated code names the runtime `rt` (see
/// [`module_header`]).
struct Cx<'a> {
    api: &'a Api,
    derives: &'a [TokenStream],
    typed_scopes: bool,
}

impl Cx<'_> {
    /// `#[cfg(feature = "beta")]` for what only beta publishes.
    fn cfg(&self, availability: &Availability) -> TokenStream {
        if availability.stable {
            quote!()
        } else {
            quote!(#[cfg(feature = "beta")])
        }
    }

    fn versions(&self, availability: &Availability) -> TokenStream {
        let versions = &availability.versions;
        quote!(&[#(#versions),*])
    }

    /// A doc line saying which API versions publish an item, when not all do.
    fn versions_doc(&self, availability: &Availability) -> Option<String> {
        (availability.versions != self.api.versions).then(|| {
            let versions: Vec<&str> = availability.versions.iter().map(|v| v.as_str()).collect();
            let mut line = format!("Published in: {}.", versions.join(", "));
            if !availability.stable {
                line.push_str(" Needs the `beta` feature.");
            }
            line
        })
    }

    /// An operation's permission table, as Markdown for a doc comment. Through
    /// `signed_in_user`, a variant whose path names the signed-in user, an application row
    /// that lists scopes says instead why they cannot be used there.
    fn scope_table(&self, op: &OperationItem, signed_in_user: Option<&str>) -> String {
        let mut out =
            String::from("| Permission type | Scopes, least privileged first |\n|---|---|\n");
        for (permission_type, row) in PermissionType::ALL.iter().zip(&op.scopes) {
            let label = permission_type.label();
            let cell = match (row, signed_in_user) {
                (ScopeRow::NotSupported, _) => "Not supported".to_owned(),
                (_, Some(variant)) if *permission_type == PermissionType::Application => {
                    format!(
                        "Not supported through `{}` (no signed-in user)",
                        crate::scope_table::cell(variant)
                    )
                }
                (ScopeRow::Scopes(list), _) => list
                    .iter()
                    .map(|&s| format!("`{}`", crate::scope_table::cell(&self.api.scopes[s].wire)))
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            out.push_str(&format!("| {label} | {cell} |\n"));
        }
        out
    }
}

/// Doc comment lines from paragraphs of text (code made safe by `doc_text`); empty
/// paragraphs are skipped.
fn doc_lines<S: AsRef<str>>(paragraphs: impl IntoIterator<Item = S>) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for paragraph in paragraphs {
        let paragraph = paragraph.as_ref().trim();
        if paragraph.is_empty() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(doc_text::lines(paragraph).into_iter().map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!(" {l}")
            }
        }));
    }
    lines
}

/// Doc attributes, one per line, from paragraphs of text; empty paragraphs are skipped.
fn doc<S: AsRef<str>>(paragraphs: impl IntoIterator<Item = S>) -> TokenStream {
    let lines = doc_lines(paragraphs);
    quote!(#(#[doc = #lines])*)
}

/// Inner doc attributes (`//!`) for a module written inline, from paragraphs of text.
fn inner_doc<S: AsRef<str>>(paragraphs: impl IntoIterator<Item = S>) -> TokenStream {
    let lines = doc_lines(paragraphs);
    quote!(#(#![doc = #lines])*)
}

/// Inner doc attributes for a module.
fn module_doc(text: &str) -> TokenStream {
    let lines: Vec<String> = text.lines().map(|l| format!(" {l}")).collect();
    quote!(#(#![doc = #lines])*)
}

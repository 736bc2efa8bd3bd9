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

use crate::model::Availability;
use crate::surface::api::{Api, FamilyItem, OperationItem};
use crate::surface::{ModuleKind, Place};

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

/// Emits every module of the API, in the order of [`ModuleKind::ALL`].
pub fn emit(api: &Api, options: &EmitOptions) -> Vec<Module> {
    ModuleKind::ALL
        .into_iter()
        .map(|kind| emit_module(api, options, kind))
        .collect()
}

/// Emits one module of the API.
pub fn emit_module(api: &Api, options: &EmitOptions, kind: ModuleKind) -> Module {
    let header = module_header(api, options, kind);
    let body = emit_items(api, options, &items(api, kind));
    Module {
        name: kind.name(),
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
    /// Items `from..to` of a family's module (see [`family_size`]), inside the module's
    /// `pub mod … {` (with its docs and `use` when `from` is 0): wrapped as in the whole
    /// module, they are indented and broken as there, and a large family is formatted in
    /// several chunks, on several threads, whose lines without the wrapper are the module's.
    FamilyPart(ModuleKind, usize, usize, usize),
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
pub(crate) fn items(api: &Api, kind: ModuleKind) -> Vec<Item> {
    match kind {
        ModuleKind::Models => {
            return (0..api.enums.len())
                .map(Item::Enum)
                .chain((0..api.structs.len()).map(Item::Struct))
                .collect()
        }
        ModuleKind::Operations | ModuleKind::Endpoints => {}
        ModuleKind::Scopes => return vec![Item::Scopes],
    }
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
pub(crate) fn module_header(api: &Api, options: &EmitOptions, kind: ModuleKind) -> TokenStream {
    let title = &api.title;
    let about = match kind {
        ModuleKind::Models => format!("The resources and enumerations of {title}."),
        ModuleKind::Operations => format!("The operations of {title}: a marker type each, with what the spec says about it."),
        ModuleKind::Endpoints => format!("The endpoint functions of {title}: one per operation and path variant. Each returns a request value and does no I/O."),
        ModuleKind::Scopes => format!("The permission scopes of {title}, typed, and every operation's metadata in one list."),
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
            Item::Family(kind, f) => {
                let size = family_size(api, kind, f);
                family_module(&cx, kind, &api.families[f], 0..size)
            }
            Item::FamilyPart(kind, f, from, to) => {
                family_module(&cx, kind, &api.families[f], from..to)
            }
            Item::Scopes => scopes::emit(&cx),
        })
        .collect()
}

/// How many items a family's module holds: its operations' marker types, or its endpoint
/// functions.
pub(crate) fn family_size(api: &Api, kind: ModuleKind, f: usize) -> usize {
    family_operations(api, &api.families[f])
        .map(|(_, op)| items_of(kind, op))
        .sum()
}

/// How many items an operation puts in its family's module: its marker type, or its
/// endpoint functions.
fn items_of(kind: ModuleKind, op: &OperationItem) -> usize {
    match kind {
        ModuleKind::Operations => 1,
        _ => op.endpoints.len(),
    }
}

/// A family's module of `operations` or `endpoints` with its items `items` (of
/// [`family_size`]): its doc and the runtime when the range starts at its first item.
fn family_module(
    cx: &Cx,
    kind: ModuleKind,
    family: &FamilyItem,
    items: std::ops::Range<usize>,
) -> TokenStream {
    let Some(module) = &family.module else {
        return quote!();
    };
    let place = Place::family(kind);
    let head = if items.start == 0 {
        family_head(cx, kind, family)
    } else {
        quote!()
    };
    let items: Vec<TokenStream> = family_operations(cx.api, family)
        .flat_map(|(_, op)| (0..items_of(kind, op)).map(move |e| (op, e)))
        .skip(items.start)
        .take(items.len())
        .map(|(op, e)| match kind {
            ModuleKind::Operations => operations::operation(cx, op, place),
            _ => endpoints::function(cx, op, &op.endpoints[e], place),
        })
        .collect();
    quote! {
        pub mod #module {
            #head
            #(#items)*
        }
    }
}

/// The start of a family's module: its doc and its `use` of the runtime.
fn family_head(cx: &Cx, kind: ModuleKind, family: &FamilyItem) -> TokenStream {
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
    quote! {
        #about
        #[allow(unused_imports)]
        use super::rt;
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
    let lines = lines.iter().map(|l| doc_literal(l));
    quote!(#(#[doc = #lines])*)
}

/// Inner doc attributes (`//!`) for a module written inline, from paragraphs of text.
fn inner_doc<S: AsRef<str>>(paragraphs: impl IntoIterator<Item = S>) -> TokenStream {
    let lines = doc_lines(paragraphs);
    let lines = lines.iter().map(|l| doc_literal(l));
    quote!(#(#![doc = #lines])*)
}

/// Inner doc attributes for a module: a line or two, as plain string literals (a file's
/// `//!` lines read back as those).
fn module_doc(text: &str) -> TokenStream {
    let lines: Vec<String> = text.lines().map(|l| format!(" {l}")).collect();
    quote!(#(#![doc = #lines])*)
}

/// A doc line as a raw string literal: `r" line"`, or `r#" line with "quotes""#`. syn and
/// prettyplease take a raw literal's text as it is, where a plain one is escaped here and
/// unescaped there, character by character, twice: for the docs, which are most of the
/// generated text, that was a tenth of the generator's work. The formatted `///` line is the
/// same either way.
fn doc_literal(line: &str) -> proc_macro2::Literal {
    // A raw string cannot hold a bare CR (docs are split into lines, so there is none).
    if line.contains('\r') {
        return proc_macro2::Literal::string(line);
    }
    // One `#` more than the longest run of them after a `"` in the text, none without a `"`.
    let hashes = line
        .match_indices('"')
        .map(|(at, _)| 1 + line[at + 1..].bytes().take_while(|&b| b == b'#').count())
        .max()
        .unwrap_or(0);
    let hashes = "#".repeat(hashes);
    format!("r{hashes}\"{line}\"{hashes}")
        .parse()
        .unwrap_or_else(|_| proc_macro2::Literal::string(line))
}

#[cfg(test)]
mod tests {
    use super::doc_literal;

    #[test]
    fn a_doc_line_is_a_raw_literal_that_reads_back_as_written() {
        for line in [
            " plain",
            " a \"quoted\" word",
            " \"# and \"## after quotes",
            " a\ttab and a back\\slash",
            " r\"#\" looks like a raw string",
        ] {
            let literal = doc_literal(line);
            assert!(literal.to_string().starts_with('r'), "{literal}");
            let read: syn::LitStr = syn::parse2(quote::quote!(#literal)).unwrap();
            assert_eq!(read.value(), line);
        }
        // A raw string cannot hold a bare CR: such a line stays an escaped literal.
        let literal = doc_literal(" a\rb");
        let read: syn::LitStr = syn::parse2(quote::quote!(#literal)).unwrap();
        assert_eq!(read.value(), " a\rb");
    }
}

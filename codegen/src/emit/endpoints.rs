//! One function per (operation, path variant): takes exactly that variant's path parameters
//! (and the body), returns a request value. Each is a single call into the runtime.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, labelled, Cx};
use crate::model::Shape;
use crate::model::{ParameterStyle, ParameterType, Part};
use crate::surface::api::{EndpointFn, OperationItem};
use crate::surface::{ModuleKind, Place, RustType};

/// The function of `op` through `endpoint`, written at `place` (the `endpoints` module, or a
/// family's module of it).
pub(super) fn function(
    cx: &Cx,
    op: &OperationItem,
    endpoint: &EndpointFn,
    place: Place,
) -> TokenStream {
    let name = &endpoint.ident;
    let marker = &op.marker;
    let cfg = cx.cfg(&op.availability);
    let template = endpoint.template.to_string();
    let variant_name = &endpoint.variant;
    let signed_in_user = endpoint.signed_in_user;
    let docs = doc(paragraphs(cx, op, endpoint, place));
    let mut args: Vec<TokenStream> = endpoint
        .args
        .iter()
        .map(|a| {
            let arg = &a.ident;
            let ty = a.ty.tokens(place);
            quote!(#arg: #ty)
        })
        .collect();
    let body_value = match &endpoint.body {
        Some(ty) => {
            let ty = ty.tokens(place);
            args.push(quote!(body: #ty));
            quote!(body)
        }
        None => quote!(()),
    };
    let parts = path_parts(endpoint);
    let operation = place.path_to(ModuleKind::Operations, op.module.as_ref(), marker);
    // Who can call the path, as a type, so that a typed client can refuse `/me` at compile time.
    let request = if signed_in_user {
        quote!(rt::Request<#operation, rt::SignedInUser>)
    } else {
        quote!(rt::Request<#operation>)
    };
    // The endpoint is a constant of its own: naming the operation's `META` here would make
    // every function carry (and the compiler evaluate) the whole operation table.
    quote! {
        #docs
        #cfg
        pub fn #name(#(#args),*) -> #request {
            rt::Request::new(
                &rt::Endpoint { variant: #variant_name, template: #template, signed_in_user: #signed_in_user },
                rt::__private::path(&[#(#parts),*]),
                #body_value,
            )
        }
    }
}

/// The function's doc: summary, description, request line, arguments, permissions.
fn paragraphs(cx: &Cx, op: &OperationItem, endpoint: &EndpointFn, place: Place) -> Vec<String> {
    let mut arguments: Vec<String> = endpoint
        .args
        .iter()
        .map(|a| labelled(&format!("- `{}`", a.ident.unraw()), &a.description))
        .collect();
    if let Some(b) = &op.body {
        arguments.push(format!(
            "- `body`: the request body, [`{}`]({}).",
            b.ident,
            place.doc_path(ModuleKind::Operations, op.module.as_ref(), &b.ident)
        ));
    }
    let mut paragraphs = vec![
        format!(
            "{} (through `{}`).",
            op.summary.trim_end_matches('.'),
            endpoint.variant
        ),
        op.description.clone(),
        format!("`{} {}`", op.method, endpoint.template),
        sending(op),
    ];
    if !arguments.is_empty() {
        paragraphs.push(format!("# Arguments\n{}", arguments.join("\n")));
    }
    let signed_in_user = endpoint.signed_in_user.then_some(endpoint.variant.as_str());
    let permissions = cx.scope_table(op, signed_in_user);
    paragraphs.push(format!("# Permissions\n{permissions}"));
    paragraphs.extend(cx.versions_doc(&op.availability));
    paragraphs
}

/// What the function returns and how to send it, in one line.
fn sending(op: &OperationItem) -> String {
    let request = "Returns the request, no I/O: send it with `client.send(request)`";
    match (op.shape, &op.output) {
        (Shape::Collection, RustType::Page(item)) => format!(
            "{request} for one page of `{item}`, or `client.collect_all(request)` for every page."
        ),
        (Shape::Single, output) => format!("{request}, which answers a `{output}`."),
        _ => format!("{request}; a success has no body."),
    }
}

/// The template's parts, adjacent literals joined: placeholders become their arguments.
fn path_parts(endpoint: &EndpointFn) -> Vec<TokenStream> {
    endpoint
        .template
        .parts()
        .iter()
        .filter_map(|part| match part {
            Part::Literal(text) => Some(quote!(rt::__private::PathPart::Literal(#text))),
            Part::Param(wire) => {
                // A checked template names only its parameters.
                let a = endpoint.args.iter().find(|a| a.wire == *wire)?;
                let arg = &a.ident;
                let arg = match a.param_type {
                    ParameterType::String => quote!(#arg),
                    ParameterType::SharingUrl => quote!(#arg.as_str()),
                };
                Some(match a.style {
                    ParameterStyle::Segment => {
                        quote!(rt::__private::PathPart::Segment(#wire, #arg))
                    }
                    ParameterStyle::Segments => {
                        quote!(rt::__private::PathPart::Segments(#wire, #arg))
                    }
                })
            }
        })
        .collect()
}

//! One function per (operation, path variant): takes exactly that variant's path parameters
//! (and the body), returns a request value. Each is a single call into the runtime.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, Cx};
use crate::model::*;

pub(super) fn function(cx: &Cx, op: &Operation, endpoint: &Endpoint) -> TokenStream {
    let rt = cx.rt;
    let variant = &cx.model.variants[endpoint.variant];
    let name = &endpoint.fn_ident;
    let marker = &op.type_ident;
    let cfg = cx.cfg(&op.availability);
    let template = cx.template(op, variant);
    let variant_name = &variant.wire;

    let params: Vec<&Parameter> = variant.parameters.iter().chain(&op.parameters).collect();
    let mut arguments: Vec<String> = params
        .iter()
        .map(|p| format!("- `{}`: {}", p.ident.unraw(), p.description))
        .collect();
    if let Some(b) = &op.body {
        arguments.push(format!(
            "- `body`: the request body, [`{0}`](super::operations::{0}).",
            b.ident
        ));
    }
    let mut paragraphs = vec![
        format!(
            "{} (through `{}`).",
            op.summary.trim_end_matches('.'),
            variant.wire
        ),
        op.description.clone(),
        format!("`{} {template}`", op.method.as_str()),
    ];
    if !arguments.is_empty() {
        paragraphs.push(format!("# Arguments\n{}", arguments.join("\n")));
    }
    paragraphs.push(format!("# Permissions\n{}", cx.scope_table(op)));
    paragraphs.extend(cx.versions_doc(&op.availability));
    let docs = doc(&paragraphs);

    let mut args: Vec<TokenStream> = params
        .iter()
        .map(|p| {
            let arg = &p.ident;
            match p.ty {
                ParameterType::String => quote!(#arg: &str),
                ParameterType::SharingUrl => quote!(#arg: &#rt::SharingUrl),
            }
        })
        .collect();
    let body_value = match &op.body {
        Some(b) => {
            let b = &b.ident;
            args.push(quote!(body: super::operations::#b));
            quote!(body)
        }
        None => quote!(()),
    };
    let parts = path_parts(op, variant);
    // The endpoint is a constant of its own: naming the operation's `META` here would make
    // every function carry (and the compiler evaluate) the whole operation table.
    quote! {
        #docs
        #cfg
        pub fn #name(#(#args),*) -> #rt::Request<super::operations::#marker> {
            #rt::Request::new(
                &#rt::Endpoint { variant: #variant_name, template: #template },
                #rt::path(&[#(#parts),*]),
                #body_value,
            )
        }
    }
}

/// The variant's path parts, then the operation's, with adjacent literals joined.
fn path_parts(op: &Operation, variant: &Variant) -> Vec<TokenStream> {
    let parameters: Vec<&Parameter> = variant.parameters.iter().chain(&op.parameters).collect();
    let path = variant.path.join(&op.path);
    path.parts()
        .iter()
        .map(|part| match part {
            Part::Literal(text) => quote!(rt::PathPart::Literal(#text)),
            Part::Param(wire) => {
                let Some(p) = parameters.iter().find(|p| p.wire == *wire) else {
                    unreachable!("a checked template names only its parameters")
                };
                let arg = &p.ident;
                let arg = match p.ty {
                    ParameterType::String => quote!(#arg),
                    ParameterType::SharingUrl => quote!(#arg.as_str()),
                };
                match p.style {
                    ParameterStyle::Segment => quote!(rt::PathPart::Segment(#wire, #arg)),
                    ParameterStyle::Segments => quote!(rt::PathPart::Segments(#wire, #arg)),
                }
            }
        })
        .collect()
}

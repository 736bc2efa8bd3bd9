//! One function per (operation, path variant): takes exactly that variant's path parameters
//! (and the body), returns a request value. Each is a single call into the runtime.

use proc_macro2::TokenStream;
use quote::quote;

use super::operations::operation_doc;
use super::{doc, Cx};
use crate::model::*;
use crate::names::ident;

pub(super) fn emit(cx: &Cx) -> TokenStream {
    let functions = cx.model.operations.iter().flat_map(|op| {
        op.endpoints
            .iter()
            .enumerate()
            .map(move |(index, e)| function(cx, op, index, e))
    });
    quote! {
        #(#functions)*
    }
}

fn function(cx: &Cx, op: &Operation, index: usize, endpoint: &Endpoint) -> TokenStream {
    let rt = cx.rt;
    let variant = &cx.model.variants[endpoint.variant];
    let name = ident(&endpoint.fn_ident);
    let marker = ident(&op.type_ident);
    let cfg = cx.cfg(&op.availability);
    let index = proc_macro2::Literal::usize_unsuffixed(index);

    let mut paragraphs = operation_doc(cx, op);
    paragraphs[0] = format!(
        "{} — through `{}`: {}",
        op.summary, variant.wire, variant.description
    );
    paragraphs[2] = format!("`{} {}`", op.method.as_str(), cx.template(op, variant));
    let params: Vec<&Parameter> = variant.parameters.iter().chain(&op.parameters).collect();
    let mut arguments: Vec<String> = params
        .iter()
        .map(|p| format!("- `{}`: {}", p.ident, p.description))
        .collect();
    if let Some(b) = &op.body {
        arguments.push(format!("- `body`: the request body, [`{}`].", b.ident));
    }
    if !arguments.is_empty() {
        paragraphs.insert(3, format!("# Arguments\n{}", arguments.join("\n")));
    }
    let docs = doc(&paragraphs);

    let mut args: Vec<TokenStream> = params
        .iter()
        .map(|p| {
            let arg = ident(&p.ident);
            quote!(#arg: &str)
        })
        .collect();
    let body_value = match &op.body {
        Some(b) => {
            let b = ident(&b.ident);
            args.push(quote!(body: super::operations::#b));
            quote!(body)
        }
        None => quote!(()),
    };
    let parts = path_parts(cx, &variant.path, &variant.parameters)
        .into_iter()
        .chain(path_parts(cx, &op.path, &op.parameters));
    quote! {
        #docs
        #cfg
        pub fn #name(#(#args),*) -> #rt::Request<super::operations::#marker> {
            #rt::Request::new(
                &<super::operations::#marker as #rt::Operation>::META.endpoints[#index],
                #rt::path(&[#(#parts),*]),
                #body_value,
            )
        }
    }
}

fn path_parts(cx: &Cx, parts: &[PathPart], parameters: &[Parameter]) -> Vec<TokenStream> {
    let rt = cx.rt;
    parts
        .iter()
        .map(|part| match part {
            PathPart::Literal(text) => quote!(#rt::PathPart::Literal(#text)),
            PathPart::Parameter(i) => {
                let p = &parameters[*i];
                let wire = &p.wire;
                let arg = ident(&p.ident);
                match p.style {
                    ParameterStyle::Segment => quote!(#rt::PathPart::Segment(#wire, #arg)),
                    ParameterStyle::Segments => quote!(#rt::PathPart::Segments(#wire, #arg)),
                }
            }
        })
        .collect()
}

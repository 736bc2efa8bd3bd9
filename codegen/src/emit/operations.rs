//! Operations → marker types with their metadata (method, endpoints, statuses, scope table),
//! request body structs, and the optional headers and query options each one accepts.

use proc_macro2::TokenStream;
use quote::quote;

use super::models::{deprecated_attr, extra_field, property_doc, property_type, write_fields};
use super::{doc, Cx};
use crate::model::*;
use crate::surface::ModuleKind;

/// The doc paragraphs every item of an operation starts with.
pub(super) fn operation_doc(cx: &Cx, op: &Operation) -> Vec<String> {
    let mut paragraphs = vec![op.summary.clone(), op.description.clone()];
    let templates: Vec<String> = op
        .endpoints
        .iter()
        .map(|e| {
            let variant = &cx.model.variants[e.variant];
            format!(
                "- `{} {}` ({})",
                op.method.as_str(),
                cx.template(op, variant),
                variant.wire
            )
        })
        .collect();
    paragraphs.push(format!("# Endpoints\n{}", templates.join("\n")));
    paragraphs.push(format!("# Permissions\n{}", cx.scope_table(op)));
    paragraphs.extend(cx.versions_doc(&op.availability));
    paragraphs
}

pub(super) fn operation(cx: &Cx, op: &Operation) -> TokenStream {
    let rt = cx.rt;
    let name = &op.type_ident;
    let cfg = cx.cfg(&op.availability);
    let docs = doc(operation_doc(cx, op));
    let wire = &op.wire;
    let summary = &op.summary;
    let method = op.method;
    let versions = cx.versions(&op.availability);
    let endpoints = op.endpoints.iter().map(|e| {
        let variant = &cx.model.variants[e.variant];
        let variant_name = &variant.wire;
        let template = cx.template(op, variant);
        quote!(#rt::Endpoint { variant: #variant_name, template: #template })
    });
    let shape = op.response.shape;
    let statuses = op.response.statuses.iter().map(|s| {
        let code = proc_macro2::Literal::u16_unsuffixed(s.code);
        let versions = cx.versions(&s.availability);
        quote!(#rt::SuccessStatus { code: #code, versions: #versions })
    });
    let scope_rows = op.scopes.iter().map(|row| match row {
        ScopeRow::NotSupported => quote!(#rt::None),
        ScopeRow::Scopes(list) => {
            let scopes = list.iter().map(|&s| cx.model.scopes[s].wire.as_str());
            quote!(#rt::Some(&[#(#scopes),*]))
        }
    });
    let [work, personal, application] =
        <[TokenStream; 3]>::try_from(scope_rows.collect::<Vec<_>>())
            .unwrap_or_else(|_| unreachable!("three permission types"));
    let output = match (op.response.shape, op.response.resource) {
        (Shape::Single, Some(r)) => {
            let r = &cx.model.resources[r].ident;
            quote!(super::models::#r)
        }
        (Shape::Collection, Some(r)) => {
            let r = &cx.model.resources[r].ident;
            quote!(#rt::Page<super::models::#r>)
        }
        _ => quote!(()),
    };
    let body_type = match &op.body {
        Some(b) => {
            let b = &b.ident;
            quote!(#b)
        }
        None => quote!(()),
    };
    let body = op.body.as_ref().map(|b| body(cx, op, b));
    let select = op.select.as_ref().map(|(r, description)| {
        let field = &cx.model.resources[*r].field_ident;
        let docs = doc([format!("`$select`: {description}")]);
        quote! {
            #docs
            #cfg
            impl #rt::Select for #name {
                type Field = super::models::#field;
            }
        }
    });
    let headers = op.headers.iter().filter_map(|h| {
        let marker = quote::format_ident!("{}", h.role.request_method()?.0);
        let docs = doc([format!("`{}`: {}", h.wire, h.description)]);
        Some(quote! {
            #docs
            #cfg
            impl #rt::#marker for #name {}
        })
    });
    quote! {
        #docs
        #cfg
        pub enum #name {}

        #cfg
        impl #rt::Operation for #name {
            type Body = #body_type;
            type Output = #output;
            const META: &'static #rt::OperationMeta = &#rt::OperationMeta {
                name: #wire,
                summary: #summary,
                method: #method,
                versions: #versions,
                endpoints: &[#(#endpoints),*],
                response: #shape,
                statuses: &[#(#statuses),*],
                scopes: #rt::ScopeTable {
                    delegated_work: #work,
                    delegated_personal: #personal,
                    application: #application,
                },
            };
        }

        #select
        #(#headers)*
        #body
    }
}

/// A request body: required fields by value, optional ones as `Option`, unknown ones kept.
fn body(cx: &Cx, op: &Operation, b: &Body) -> TokenStream {
    let rt = cx.rt;
    let name = &b.ident;
    let cfg = cx.cfg(&op.availability);
    let docs = doc([format!(
        "The body of [`{}`]. {}",
        op.type_ident, b.description
    )]);
    let fields = b.fields.iter().map(|p| {
        let field = &p.ident;
        let ty = property_type(cx, p).tokens(ModuleKind::Operations);
        let docs = property_doc(cx, p);
        let deprecated = deprecated_attr(p);
        let cfg = cx.cfg(&p.availability);
        quote!(#docs #deprecated #cfg pub #field: #ty,)
    });
    let extra = extra_field(cx);
    let required: Vec<&Property> = b.fields.iter().filter(|p| p.required).collect();
    let params = required.iter().map(|p| {
        let field = &p.ident;
        let ty = property_type(cx, p).tokens(ModuleKind::Operations);
        let cfg = cx.cfg(&p.availability);
        quote!(#cfg #field: #ty)
    });
    let inits = b.fields.iter().map(|p| {
        let field = &p.ident;
        let cfg = cx.cfg(&p.availability);
        if p.required {
            quote!(#cfg #field,)
        } else {
            quote!(#cfg #field: #rt::None,)
        }
    });
    let new_doc = doc([if required.is_empty() {
        "A body with every field unset.".to_owned()
    } else {
        format!(
            "A body with its required fields ({}); set the optional ones on the result.",
            required
                .iter()
                .map(|p| format!("`{}`", p.wire))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }]);
    let write = write_fields(cx, name, &b.fields, &cfg);
    quote! {
        #docs
        #cfg
        #[derive(Clone, Debug, PartialEq)]
        pub struct #name {
            #(#fields)*
            #extra
        }

        #cfg
        impl #name {
            #new_doc
            #[allow(deprecated)]
            pub fn new(#(#params),*) -> Self {
                Self {
                    #(#inits)*
                    extra: #rt::Map::new(),
                }
            }
        }

        #write
    }
}

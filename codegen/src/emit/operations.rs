//! Operations → marker types with their metadata (method, endpoints, statuses, scope table),
//! request body structs, and the request options (query options, optional headers) each one
//! accepts.

use proc_macro2::TokenStream;
use quote::quote;

use super::models::{
    deprecated_attr, extra_field, non_exhaustive, property_doc, setters, write_fields,
};
use super::{doc, Cx};
use crate::model::ScopeRow;
use crate::surface::api::{BodyStruct, Field, OperationItem, RequestOption};
use crate::surface::ModuleKind;

/// The doc paragraphs every item of an operation starts with.
pub(super) fn operation_doc(cx: &Cx, op: &OperationItem) -> Vec<String> {
    let mut paragraphs = vec![op.summary.clone(), op.description.clone()];
    let templates: Vec<String> = op
        .endpoints
        .iter()
        .map(|e| format!("- `{} {}` ({})", op.method, e.template, e.variant))
        .collect();
    paragraphs.push(format!("# Endpoints\n{}", templates.join("\n")));
    paragraphs.push(format!("# Permissions\n{}", cx.scope_table(op, None)));
    paragraphs.extend(cx.versions_doc(&op.availability));
    paragraphs
}

pub(super) fn operation(cx: &Cx, op: &OperationItem) -> TokenStream {
    let name = &op.marker;
    let cfg = cx.cfg(&op.availability);
    let docs = doc(operation_doc(cx, op));
    let wire = &op.wire;
    let summary = &op.summary;
    let method = op.method;
    let versions = cx.versions(&op.availability);
    let endpoints = op.endpoints.iter().map(|e| {
        let variant_name = &e.variant;
        let template = e.template.to_string();
        let signed_in_user = e.signed_in_user;
        quote!(rt::Endpoint { variant: #variant_name, template: #template, signed_in_user: #signed_in_user })
    });
    let shape = op.shape;
    let statuses = op.statuses.iter().map(|s| {
        let code = proc_macro2::Literal::u16_unsuffixed(s.code);
        let versions = cx.versions(&s.availability);
        quote!(rt::SuccessStatus { code: #code, versions: #versions })
    });
    let [work, personal, application] = op.scopes.clone().map(|row| match row {
        ScopeRow::NotSupported => quote!(rt::None),
        ScopeRow::Scopes(list) => {
            let scopes = list.iter().map(|&s| cx.api.scopes[s].wire.as_str());
            quote!(rt::Some(&[#(#scopes),*]))
        }
    });
    let output = op.output.tokens(ModuleKind::Operations);
    let body_type = match &op.body {
        Some(b) => {
            let b = &b.ident;
            quote!(#b)
        }
        None => quote!(()),
    };
    let body = op.body.as_ref().map(|b| body(cx, op, b));
    let options = op.options.iter().map(|o| option(op, o, &cfg));
    quote! {
        #docs
        #cfg
        pub enum #name {}

        #cfg
        impl rt::Operation for #name {
            type Body = #body_type;
            type Output = #output;
            const META: &'static rt::OperationMeta = &rt::OperationMeta {
                name: #wire,
                summary: #summary,
                method: #method,
                versions: #versions,
                endpoints: &[#(#endpoints),*],
                response: #shape,
                statuses: &[#(#statuses),*],
                scopes: rt::ScopeTable {
                    delegated_work: #work,
                    delegated_personal: #personal,
                    application: #application,
                },
            };
        }

        #(#options)*
        #body
    }
}

/// `impl rt::Select for List { type Field = …; }`, `impl rt::IfMatch for Update {}`: the
/// runtime trait that gives the operation's requests the option's method.
fn option(op: &OperationItem, o: &RequestOption, cfg: &TokenStream) -> TokenStream {
    let name = &op.marker;
    let docs = doc([format!("`{}`: {}", o.wire, o.description)]);
    let runtime_trait = quote::format_ident!("{}", o.runtime_trait);
    let items = o.field.as_ref().map(|field| {
        let field = field.tokens(ModuleKind::Operations);
        quote!(type Field = #field;)
    });
    match items {
        Some(items) => quote! {
            #docs
            #cfg
            impl rt::#runtime_trait for #name {
                #items
            }
        },
        None => quote! {
            #docs
            #cfg
            impl rt::#runtime_trait for #name {}
        },
    }
}

/// A request body: required fields by value, optional ones as `Option`, unknown ones kept.
fn body(cx: &Cx, op: &OperationItem, b: &BodyStruct) -> TokenStream {
    let name = &b.ident;
    let cfg = cx.cfg(&op.availability);
    let docs = doc([format!("The body of [`{}`]. {}", op.marker, b.description)]);
    let fields = b.fields.iter().map(|p| {
        let field = &p.ident;
        let ty = p.ty.tokens(ModuleKind::Operations);
        let docs = property_doc(cx, p);
        let deprecated = deprecated_attr(p);
        let cfg = cx.cfg(&p.availability);
        quote!(#docs #deprecated #cfg pub #field: #ty,)
    });
    let extra = extra_field();
    let required: Vec<&Field> = b.fields.iter().filter(|p| p.required).collect();
    let params = required.iter().map(|p| {
        let field = &p.ident;
        let ty = p.ty.tokens(ModuleKind::Operations);
        let cfg = cx.cfg(&p.availability);
        quote!(#cfg #field: #ty)
    });
    let inits = b.fields.iter().map(|p| {
        let field = &p.ident;
        let cfg = cx.cfg(&p.availability);
        if p.required {
            quote!(#cfg #field,)
        } else {
            quote!(#cfg #field: rt::None,)
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
    let setters = setters(
        cx,
        name,
        b.fields.iter(),
        (ModuleKind::Operations, cfg.clone()),
    );
    let derive = if b.default {
        quote!(#[derive(Clone, Debug, Default, PartialEq)])
    } else {
        quote!(#[derive(Clone, Debug, PartialEq)])
    };
    let non_exhaustive = non_exhaustive(b.exhaustive);
    quote! {
        #docs
        #cfg
        #derive
        #non_exhaustive
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
                    extra: rt::Map::new(),
                }
            }
        }

        #setters
        #write
    }
}

//! Operations → marker types with their metadata (method, endpoints, statuses, scope table),
//! request body structs, and the request options (query options, optional headers) each one
//! accepts.

use proc_macro2::TokenStream;
use quote::quote;

use super::models::{
    deprecated_attr, extra_field, non_exhaustive, property_doc, setters, write_fields,
};
use super::{doc, labelled, Cx};
use crate::model::ScopeRow;
use crate::surface::api::{BodyStruct, Field, OperationItem, RequestOption};
use crate::surface::Place;

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

/// An operation's items, written at `place` (the `operations` module, or a family's module of
/// it).
pub(super) fn operation(cx: &Cx, op: &OperationItem, place: Place) -> TokenStream {
    let name = &op.marker;
    let cfg = cx.cfg(&op.availability);
    let docs = doc(operation_doc(cx, op));
    let wire = &op.wire;
    let family = match &op.family {
        Some(family) => quote!(rt::Some(#family)),
        None => quote!(rt::None),
    };
    let qualified = op.qualified_name();
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
    let output = op.output.tokens(place);
    let body_type = match &op.body {
        Some(b) => {
            let b = &b.ident;
            quote!(#b)
        }
        None => quote!(()),
    };
    let body = op.body.as_ref().map(|b| body(cx, op, b, place));
    let options = op.options.iter().map(|o| option(op, o, &cfg, place));
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
                family: #family,
                qualified_name: #qualified,
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
fn option(op: &OperationItem, o: &RequestOption, cfg: &TokenStream, place: Place) -> TokenStream {
    let name = &op.marker;
    let required = if o.required { " Required." } else { "" };
    let docs = doc([format!(
        "{}{required}",
        labelled(&format!("`{}`", o.wire), &o.description)
    )]);
    let runtime_trait = quote::format_ident!("{}", o.runtime_trait);
    let items = o.field.as_ref().map(|(assoc, ty)| {
        let assoc = quote::format_ident!("{assoc}");
        let ty = ty.tokens(place);
        quote!(type #assoc = #ty;)
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
/// A body that is a resource says so, and why it is a struct of its own.
fn body(cx: &Cx, op: &OperationItem, b: &BodyStruct, place: Place) -> TokenStream {
    let name = &b.ident;
    let cfg = cx.cfg(&op.availability);
    let mut paragraphs = vec![format!("The body of [`{}`]. {}", op.marker, b.description)];
    if let Some(resource) = &b.resource {
        paragraphs.push(format!(
            "The `{resource}` resource with the properties this call accepts, and no others: the compiler refuses what the call does not accept (the whole resource would let through properties Graph rejects or ignores), and the required ones are the arguments of `new`."
        ));
    }
    let docs = doc(paragraphs);
    let fields = b.fields.iter().map(|p| {
        let field = &p.ident;
        let ty = p.ty.tokens(place);
        let docs = property_doc(cx, p);
        let deprecated = deprecated_attr(p);
        let cfg = cx.cfg(&p.availability);
        quote!(#docs #deprecated #cfg pub #field: #ty,)
    });
    let extra = extra_field();
    let required: Vec<&Field> = b.fields.iter().filter(|p| p.required).collect();
    let params = required.iter().map(|p| {
        let field = &p.ident;
        let ty = p.ty.tokens(place);
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
    let setters = setters(cx, name, b.fields.iter(), (place, cfg.clone()));
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

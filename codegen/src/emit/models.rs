//! Resources → structs, enums → enums that keep unknown values, and the `$select` and facet
//! kind enums.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, labelled, Cx};
use crate::surface::api::{Field, Struct, WireEnum};
use crate::surface::{Ident, ModuleKind, Place};

/// `#[derive(base, extra…)]`, without the extra derives the type already has: `Eq` asked for
/// every model is already on the enums. Derives are told apart by their last identifier, so
/// `::core::cmp::Eq` is `Eq` too (two derives of one name would implement one trait twice).
fn derives(cx: &Cx, base: TokenStream) -> TokenStream {
    let last_ident = |path: &TokenStream| {
        path.clone().into_iter().fold(None, |last, t| match t {
            proc_macro2::TokenTree::Ident(i) => Some(i.to_string()),
            _ => last,
        })
    };
    let mut present: Vec<String> = base
        .clone()
        .into_iter()
        .filter_map(|t| match t {
            proc_macro2::TokenTree::Ident(i) => Some(i.to_string()),
            _ => None,
        })
        .collect();
    let extra: Vec<&TokenStream> = cx
        .derives
        .iter()
        .filter(|path| match last_ident(path) {
            Some(last) if present.contains(&last) => false,
            Some(last) => {
                present.push(last);
                true
            }
            None => true,
        })
        .collect();
    if extra.is_empty() {
        quote!(#[derive(#base)])
    } else {
        quote!(#[derive(#base, #(#extra),*)])
    }
}

/// The spec's description, or, where the spec gives none (the importer writes no text a page
/// does not give), a sentence from the item's structure: every public item has a doc comment.
fn or_structural(description: &str, structural: impl FnOnce() -> String) -> String {
    if description.trim().is_empty() {
        structural()
    } else {
        description.to_owned()
    }
}

/// An enum whose unknown values are kept: Graph adds values over time.
pub(super) fn wire_enum(cx: &Cx, e: &WireEnum) -> TokenStream {
    let name = &e.ident;
    let docs = doc([or_structural(&e.description, || {
        format!(
            "The values of `{}` that the spec knows; Graph may send others.",
            e.wire
        )
    })]);
    let variants: Vec<_> = e.values.iter().map(|v| &v.ident).collect();
    let wires: Vec<_> = e.values.iter().map(|v| v.wire.as_str()).collect();
    let cfgs: Vec<_> = e.values.iter().map(|v| cx.cfg(&v.availability)).collect();
    let variant_docs = e.values.iter().map(|v| {
        let wire = labelled(&format!("`{}`", v.wire), &v.description);
        doc([Some(wire), cx.versions_doc(&v.availability)]
            .into_iter()
            .flatten())
    });
    let derive = derives(cx, quote!(Clone, Debug, PartialEq, Eq, Hash));
    quote! {
        #docs
        #derive
        #[non_exhaustive]
        pub enum #name {
            #( #variant_docs #cfgs #variants, )*
            /// A value this spec does not know, kept exactly as Graph sent it.
            Unknown(rt::String),
        }

        impl #name {
            /// The value as Graph spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    #( #cfgs Self::#variants => #wires, )*
                    Self::Unknown(value) => value,
                }
            }
        }

        impl rt::WireEnum for #name {
            fn from_wire(value: &str) -> Self {
                match value {
                    #( #cfgs #wires => Self::#variants, )*
                    _ => Self::Unknown(rt::String::from(value)),
                }
            }
        }

        impl rt::fmt::Display for #name {
            fn fmt(&self, f: &mut rt::fmt::Formatter<'_>) -> rt::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl rt::serde::Serialize for #name {
            fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> rt::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> rt::serde::Deserialize<'de> for #name {
            fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> rt::Result<Self, D::Error> {
                rt::__private::deserialize_enum(deserializer)
            }
        }
    }
}

/// The doc comment of a property or body field.
pub(super) fn property_doc(cx: &Cx, p: &Field) -> TokenStream {
    let mut notes = Vec::new();
    if p.required {
        notes.push("Required.".to_owned());
    }
    if p.read_only {
        notes.push("Read-only.".to_owned());
    }
    if let Some(d) = &p.deprecated {
        notes.push(format!("Deprecated: use `{}`.", d.replacement));
    }
    notes.extend(cx.versions_doc(&p.availability));
    let wire = labelled(&format!("`{}`", p.wire), &p.description);
    doc([wire, notes.join(" ")])
}

pub(super) fn deprecated_attr(p: &Field) -> TokenStream {
    match &p.deprecated {
        None => quote!(),
        Some(d) => {
            let note = match &d.note {
                Some(note) => format!("{note} (use `{}`)", d.replacement),
                None => format!("use `{}`", d.replacement),
            };
            quote!(#[deprecated(note = #note)])
        }
    }
}

/// `WriteFields` for a struct: set properties in spec order, then the unknown ones.
pub(super) fn write_fields(
    cx: &Cx,
    name: &Ident,
    properties: &[Field],
    cfg: &TokenStream,
) -> TokenStream {
    let writes = properties.iter().map(|p| {
        let field = &p.ident;
        let wire = &p.wire;
        let cfg = cx.cfg(&p.availability);
        if p.required {
            quote!(#cfg rt::serde::ser::SerializeMap::serialize_entry(map, #wire, &self.#field)?;)
        } else {
            quote!(#cfg rt::__private::write_field(map, #wire, &self.#field)?;)
        }
    });
    quote! {
        #cfg
        #[allow(deprecated)]
        impl rt::__private::WriteFields for #name {
            fn write_fields<S: rt::serde::ser::SerializeMap>(&self, map: &mut S) -> rt::Result<(), S::Error> {
                #(#writes)*
                rt::__private::write_extra(map, &self.extra)
            }
        }

        #cfg
        impl rt::serde::Serialize for #name {
            fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> rt::Result<S::Ok, S::Error> {
                rt::__private::serialize_model(self, serializer)
            }
        }
    }
}

/// The field every generated struct keeps unknown properties in.
pub(super) fn extra_field() -> TokenStream {
    quote! {
        /// JSON properties the spec does not know (`@odata.*` and `@deprecated.*` annotations
        /// among them) and known properties sent as `null`, kept so that nothing is lost.
        pub extra: rt::Map,
    }
}

pub(super) fn model_struct(cx: &Cx, r: &Struct) -> TokenStream {
    let name = &r.ident;
    let wire_name = &r.wire;
    let mut paragraphs = vec![or_structural(&r.description, || {
        format!("The `{}` resource.", r.wire)
    })];
    if !r.one_of.is_empty() {
        let names: Vec<String> = r
            .one_of
            .iter()
            .map(|&i| format!("`{}`", r.fields[i].ident))
            .collect();
        paragraphs.push(format!("Exactly one of {} is set.", names.join(", ")));
    }
    let docs = doc(&paragraphs);
    let fields = r.fields.iter().map(|p| {
        let field = &p.ident;
        let ty = p.ty.tokens(ModuleKind::Models);
        let docs = property_doc(cx, p);
        let deprecated = deprecated_attr(p);
        let cfg = cx.cfg(&p.availability);
        quote!(#docs #deprecated #cfg pub #field: #ty,)
    });
    let extra = extra_field();
    let reads = r.fields.iter().map(|p| {
        let field = &p.ident;
        let wire = &p.wire;
        let cfg = cx.cfg(&p.availability);
        quote!(#cfg #wire => rt::__private::read_field(&mut self.#field, key, map, &mut self.extra),)
    });
    let derive = derives(cx, quote!(Clone, Debug, Default, PartialEq));
    let write = write_fields(cx, name, &r.fields, &quote!());
    let constructors = one_of_constructors(cx, r);
    let setters = setters(
        cx,
        name,
        r.fields.iter(),
        (ModuleKind::Models.into(), quote!()),
    );
    let kind = kind(cx, r);
    let field_enum = field_enum(cx, r);
    let non_exhaustive = non_exhaustive(r.exhaustive);
    quote! {
        #docs
        #derive
        #non_exhaustive
        pub struct #name {
            #(#fields)*
            #extra
        }

        #[allow(deprecated)]
        impl rt::__private::ReadFields for #name {
            const NAME: &'static str = #wire_name;
            fn read_field<'de, A: rt::serde::de::MapAccess<'de>>(&mut self, key: rt::__private::Key<'de>, map: &mut A) -> rt::Result<(), A::Error> {
                match &*key {
                    #(#reads)*
                    _ => rt::__private::read_unknown(key, map, &mut self.extra),
                }
            }
        }

        impl<'de> rt::serde::Deserialize<'de> for #name {
            fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> rt::Result<Self, D::Error> {
                rt::__private::deserialize_model(deserializer)
            }
        }

        #write
        #constructors
        #setters
        #kind
        #field_enum
    }
}

/// `#[non_exhaustive]` for a struct that code outside the crate may not build with a literal.
pub(super) fn non_exhaustive(exhaustive: bool) -> TokenStream {
    if exhaustive {
        quote!()
    } else {
        quote!(#[non_exhaustive])
    }
}

/// One setter per field, builder-style: `permission.roles(vec![Role::Read])`. An optional
/// field's setter takes the value and sets it.
pub(super) fn setters<'f>(
    cx: &Cx,
    name: &Ident,
    fields: impl Iterator<Item = &'f Field>,
    (module, cfg): (Place, TokenStream),
) -> TokenStream {
    let setters: Vec<TokenStream> = fields
        .map(|p| {
            let field = &p.ident;
            let (ty, value) = if p.required {
                (p.ty.tokens(module), quote!(#field))
            } else {
                (p.value.tokens(module), quote!(rt::Some(#field)))
            };
            let docs = doc([format!("Sets `{}`.", p.wire)]);
            let deprecated = deprecated_attr(p);
            let field_cfg = cx.cfg(&p.availability);
            quote! {
                #docs
                #deprecated
                #field_cfg
                pub fn #field(mut self, #field: #ty) -> Self {
                    self.#field = #value;
                    self
                }
            }
        })
        .collect();
    quote! {
        #cfg
        #[allow(deprecated)]
        impl #name {
            #(#setters)*
            /// Sets the JSON properties the spec does not know (`@odata.type` among them).
            pub fn extra(mut self, extra: rt::Map) -> Self {
                self.extra = extra;
                self
            }
        }
    }
}

/// `from_email(…)` and the like, for a resource of which exactly one property is set.
fn one_of_constructors(cx: &Cx, r: &Struct) -> TokenStream {
    if r.one_of.is_empty() {
        return quote!();
    }
    let name = &r.ident;
    let constructors = r.one_of.iter().map(|&i| {
        let p = &r.fields[i];
        let field = &p.ident;
        let ctor = p.ident.with_prefix("from_");
        let ty = p.value.tokens(ModuleKind::Models);
        let docs = doc([format!("A `{}` given by its `{}`.", r.wire, p.wire)]);
        let cfg = cx.cfg(&p.availability);
        quote! {
            #docs
            #cfg
            pub fn #ctor(#field: #ty) -> Self {
                Self { #field: rt::Some(#field), ..rt::Default::default() }
            }
        }
    });
    quote! {
        impl #name {
            #(#constructors)*
        }
    }
}

/// The kind enum and `kind()` accessor of a resource with facets.
fn kind(cx: &Cx, r: &Struct) -> TokenStream {
    let Some(kind) = &r.kind else {
        return quote!();
    };
    let kind_name = &kind.ident;
    let name = &r.ident;
    let variants = kind.kinds.iter().enumerate().map(|(k, v)| {
        let ident = &v.ident;
        let signalled: Vec<String> = kind
            .facets
            .iter()
            .filter(|(_, of)| *of == k)
            .map(|(p, _)| format!("`{}`", r.fields[*p].wire))
            .collect();
        let docs = doc([format!(
            "`{}`: told by {}. {}",
            v.wire,
            signalled.join(" or "),
            v.description
        )]);
        quote!(#docs #ident,)
    });
    let checks = kind.facets.iter().map(|(p, k)| {
        let p = &r.fields[*p];
        let field = &p.ident;
        let v = &kind.kinds[*k].ident;
        let cfg = cx.cfg(&p.availability);
        quote!(#cfg if self.#field.is_some() { return rt::Some(#kind_name::#v); })
    });
    let order: Vec<String> = kind
        .facets
        .iter()
        .map(|(p, _)| format!("`{}`", r.fields[*p].wire))
        .collect();
    let kind_doc = doc([format!(
        "The kinds of `{}`, told by which facets are present.",
        r.wire
    )]);
    let accessor_doc = doc([
        format!(
            "What kind of `{}` this is: the kind of the first facet present, in this order: {}.",
            r.wire,
            order.join(", ")
        ),
        "`None` when no facet is present.".to_owned(),
    ]);
    let derive = derives(cx, quote!(Clone, Copy, Debug, PartialEq, Eq, Hash));
    quote! {
        #kind_doc
        #derive
        #[non_exhaustive]
        pub enum #kind_name {
            #(#variants)*
        }

        impl #name {
            #accessor_doc
            #[allow(deprecated)]
            pub fn kind(&self) -> rt::Option<#kind_name> {
                #(#checks)*
                rt::None
            }
        }
    }
}

/// The property names of a resource that `$select` picks from.
fn field_enum(cx: &Cx, r: &Struct) -> TokenStream {
    let Some(field_name) = &r.select else {
        return quote!();
    };
    let docs = doc([format!("The properties of [`{}`], for `$select`.", r.ident)]);
    let cfgs: Vec<_> = r.fields.iter().map(|p| cx.cfg(&p.availability)).collect();
    let variants: Vec<_> = r.fields.iter().map(|p| &p.select_variant).collect();
    let wires: Vec<_> = r.fields.iter().map(|p| p.wire.as_str()).collect();
    let variant_docs = r.fields.iter().map(|p| doc([format!("`{}`", p.wire)]));
    quote! {
        #docs
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #field_name {
            #( #variant_docs #cfgs #variants, )*
        }

        impl rt::FieldName for #field_name {
            fn as_str(self) -> &'static str {
                match self {
                    #( #cfgs Self::#variants => #wires, )*
                }
            }
        }
    }
}

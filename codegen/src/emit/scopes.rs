//! The scopes of the spec as a typed enum, and every operation's metadata in one list.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, Cx};
use crate::names::ident;

pub(super) fn emit(cx: &Cx) -> TokenStream {
    let rt = cx.rt;
    let variants: Vec<_> = cx.model.scopes.iter().map(|s| ident(&s.ident)).collect();
    let wires: Vec<_> = cx.model.scopes.iter().map(|s| s.wire.as_str()).collect();
    let variant_docs = cx
        .model
        .scopes
        .iter()
        .map(|s| doc([format!("`{}`: {}", s.wire, s.description)]));
    let operations = cx.model.operations.iter().map(|op| {
        let marker = ident(&op.type_ident);
        let cfg = cx.cfg(&op.availability);
        quote!(#cfg <super::operations::#marker as #rt::Operation>::META)
    });
    quote! {
        /// A Microsoft Graph permission scope.
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Scope {
            #( #variant_docs #variants, )*
            /// A scope this spec does not know, kept as written.
            Unknown(#rt::String),
        }

        impl Scope {
            /// The scope as Graph spells it, e.g. `Files.Read`.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #wires, )*
                    Self::Unknown(value) => value,
                }
            }
        }

        impl #rt::WireEnum for Scope {
            fn from_wire(value: &str) -> Self {
                match value {
                    #( #wires => Self::#variants, )*
                    _ => Self::Unknown(#rt::String::from(value)),
                }
            }
        }

        impl #rt::fmt::Display for Scope {
            fn fmt(&self, f: &mut #rt::fmt::Formatter<'_>) -> #rt::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        /// Every operation of the spec, in spec order.
        pub const OPERATIONS: &[&#rt::OperationMeta] = &[#(#operations),*];

        /// The scopes that allow `operation` with `permission_type`, least privileged first;
        /// `None` when that permission type cannot call it.
        pub fn scopes(operation: &#rt::OperationMeta, permission_type: #rt::PermissionType) -> #rt::Option<#rt::Vec<Scope>> {
            operation
                .scopes
                .get(permission_type)
                .map(|scopes| scopes.iter().map(|s| <Scope as #rt::WireEnum>::from_wire(s)).collect())
        }

        /// The least privileged scope that allows `operation` with `permission_type`; `None`
        /// when that permission type cannot call it.
        pub fn least_privileged(operation: &#rt::OperationMeta, permission_type: #rt::PermissionType) -> #rt::Option<Scope> {
            operation
                .scopes
                .least_privileged(permission_type)
                .map(<Scope as #rt::WireEnum>::from_wire)
        }
    }
}

//! The scopes of the spec as a typed enum, and every operation's metadata in one list.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, Cx};
use crate::model::{Id, PermissionType, ScopeRow};
use crate::surface::api::OperationItem;
use crate::surface::names::ident;
use crate::surface::{ModuleKind, Place};

pub(super) fn emit(cx: &Cx) -> TokenStream {
    let wires: Vec<_> = cx.api.scopes.iter().map(|s| s.wire.as_str()).collect();
    let here = Place::from(ModuleKind::Scopes);
    let operations = cx.api.operations.iter().map(|op| {
        let marker = here.path_to(ModuleKind::Operations, op.module.as_ref(), &op.marker);
        let cfg = cx.cfg(&op.availability);
        quote!(#cfg <#marker as rt::Operation>::META)
    });
    let scope = scope_enum(cx);
    let typed = if cx.typed_scopes { typed(cx) } else { quote!() };
    quote! {
        #scope
        /// Every scope of the spec as Graph spells it, least privileged first: the order in
        /// which [`minimal`] prefers them.
        pub const BY_PRIVILEGE: &[&str] = &[#(#wires),*];

        /// The smallest set of least-privileged scopes that allows every one of `operations`
        /// with `permission_type`, and which operation needs which scope.
        pub fn minimal(operations: &[&rt::OperationMeta], permission_type: rt::PermissionType) -> rt::Result<rt::ScopePlan, rt::NotSupported> {
            rt::minimal_scopes(operations, permission_type, BY_PRIVILEGE)
        }

        /// [`minimal`] for operations called through given endpoints (e.g.
        /// `List::META.through("me")`): an endpoint `permission_type` cannot reach is refused
        /// too, such as a path that names the signed-in user with application permissions.
        pub fn minimal_through(uses: &[(&rt::OperationMeta, &rt::Endpoint)], permission_type: rt::PermissionType) -> rt::Result<rt::ScopePlan, rt::NotSupported> {
            rt::minimal_scopes_through(uses, permission_type, BY_PRIVILEGE)
        }

        /// Every operation of the spec, in spec order.
        pub const OPERATIONS: &[&rt::OperationMeta] = &[#(#operations),*];

        /// The scopes that allow `operation` with `permission_type`, least privileged first;
        /// `None` when that permission type cannot call it.
        pub fn scopes(operation: &rt::OperationMeta, permission_type: rt::PermissionType) -> rt::Option<rt::Vec<Scope>> {
            operation
                .scopes
                .get(permission_type)
                .map(|scopes| scopes.iter().map(|s| <Scope as rt::WireEnum>::from_wire(s)).collect())
        }

        /// The least privileged scope that allows `operation` with `permission_type`; `None`
        /// when that permission type cannot call it.
        pub fn least_privileged(operation: &rt::OperationMeta, permission_type: rt::PermissionType) -> rt::Option<Scope> {
            operation
                .scopes
                .least_privileged(permission_type)
                .map(<Scope as rt::WireEnum>::from_wire)
        }
        #typed
    }
}

/// `Scope`: the scopes of the spec, and the ones it does not know.
fn scope_enum(cx: &Cx) -> TokenStream {
    let variants: Vec<_> = cx.api.scopes.iter().map(|s| &s.ident).collect();
    let wires: Vec<_> = cx.api.scopes.iter().map(|s| s.wire.as_str()).collect();
    let variant_docs = cx
        .api
        .scopes
        .iter()
        .map(|s| doc([super::labelled(&format!("`{}`", s.wire), &s.description)]));
    quote! {
        /// A Microsoft Graph permission scope.
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Scope {
            #( #variant_docs #variants, )*
            /// A scope this spec does not know, kept as written.
            Unknown(rt::String),
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

        impl rt::WireEnum for Scope {
            fn from_wire(value: &str) -> Self {
                match value {
                    #( #wires => Self::#variants, )*
                    _ => Self::Unknown(rt::String::from(value)),
                }
            }
        }

        impl rt::fmt::Display for Scope {
            fn fmt(&self, f: &mut rt::fmt::Formatter<'_>) -> rt::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    }
}

/// Compile-time scope checks (feature `typed-scopes`): `Granted<…>`, one `bool` per scope;
/// per operation a trait whose impls are the granted sets that allow it, each impl matching
/// "the first allowing scope of the table is granted", so that no two impls overlap.
fn typed(cx: &Cx) -> TokenStream {
    let cfg_typed = quote!(#[cfg(feature = "typed-scopes")]);
    let here = Place::from(ModuleKind::Scopes);
    let n = cx.api.scopes.len();
    let params: Vec<_> = cx
        .api
        .scopes
        .iter()
        .map(|s| const_param(s.ident.as_str()))
        .collect();
    let variants: Vec<_> = cx.api.scopes.iter().map(|s| &s.ident).collect();
    // One bit per scope: a `u64` each, or, past 64 scopes, a `[u64; words]` each, so that no
    // two scopes share a bit (granting one must not grant another).
    let words = n.div_ceil(64).max(1);
    let bit = |i: usize| proc_macro2::Literal::u64_unsuffixed(1u64 << (i % 64));
    let bits: Vec<TokenStream> = (0..n)
        .map(|i| {
            if words == 1 {
                let bit = bit(i);
                quote!(#bit)
            } else {
                let word = (0..words).map(|w| {
                    if w == i / 64 {
                        bit(i)
                    } else {
                        proc_macro2::Literal::u64_unsuffixed(0)
                    }
                });
                quote!([#(#word),*])
            }
        })
        .collect();
    let bits_type = if words == 1 {
        quote!(u64)
    } else {
        let words = proc_macro2::Literal::usize_unsuffixed(words);
        quote!([u64; #words])
    };
    // The old form's traits at the module root; a family's in a module of its own.
    let traits: Vec<TokenStream> = cx
        .api
        .families
        .iter()
        .map(|family| {
            let ops = cx
                .api
                .operations
                .iter()
                .filter(|op| op.module == family.module);
            let Some(module) = &family.module else {
                return ops.map(|op| allows_trait(cx, op, here)).collect();
            };
            let mut ops = ops.peekable();
            if ops.peek().is_none() {
                return quote!();
            }
            let place = Place::family(ModuleKind::Scopes);
            let traits = ops.map(|op| allows_trait(cx, op, place));
            let wire = family.wire.as_deref().unwrap_or_default();
            let about = super::inner_doc([format!(
                "The compile-time scope checks of family `{wire}`: per operation, the granted scopes that allow it."
            )]);
            quote! {
                #cfg_typed
                pub mod #module {
                    #about
                    #[allow(unused_imports)]
                    use super::rt;
                    #(#traits)*
                }
            }
        })
        .collect();
    let granted_doc = doc([
        "The scopes granted to an application, as a type: one `bool` per scope, in [`BY_PRIVILEGE`] order. Write it with [`granted!`](crate::granted).".to_owned(),
    ]);
    let macro_args = (0..n).map(|i| {
        let mask = bit(i);
        if words == 1 {
            quote!({ (0 $(| $crate::scopes::__bits::$scope)*) & #mask != 0 })
        } else {
            let word = proc_macro2::Literal::usize_unsuffixed(i / 64);
            quote!({ (0 $(| $crate::scopes::__bits::$scope[#word])*) & #mask != 0 })
        }
    });
    quote! {
        #granted_doc
        #cfg_typed
        pub struct Granted<#(const #params: bool),*>;

        #cfg_typed
        #[doc(hidden)]
        #[allow(non_upper_case_globals)]
        pub mod __bits {
            #(pub const #variants: #bits_type = #bits;)*
        }

        /// The [`Granted`](crate::scopes::Granted) type of a list of scopes, e.g. `granted![FilesRead, FilesReadWrite]`.
        #cfg_typed
        #[macro_export]
        macro_rules! granted {
            ($($scope:ident),* $(,)?) => {
                $crate::scopes::Granted<#(#macro_args),*>
            };
        }

        #(#traits)*
    }
}

/// The trait of the granted scope sets that allow an operation, and its impls, written at
/// `place` (the `scopes` module, or a family's module of it).
fn allows_trait(cx: &Cx, op: &OperationItem, place: Place) -> TokenStream {
    let cfg_typed = quote!(#[cfg(feature = "typed-scopes")]);
    let marker = place.path_to(ModuleKind::Operations, op.module.as_ref(), &op.marker);
    let marker_doc = place.doc_path(ModuleKind::Operations, op.module.as_ref(), &op.marker);
    let granted = if place.nested {
        quote!(super::Granted)
    } else {
        quote!(Granted)
    };
    let trait_name = &op.allows;
    let name = op.qualified_name();
    let cfg = cx.cfg(&op.availability);
    let needs: Vec<String> = PermissionType::ALL
        .iter()
        .zip(&op.scopes)
        .map(|(permission_type, row)| needs(cx, permission_type.label(), row))
        .collect();
    let message =
        format!("the scopes granted to this client do not allow `{name}` with `{{P}}` permissions");
    let label = format!("`{name}` needs a scope this client was not granted");
    let note = format!("to call `{name}`: {}", needs.join("; "));
    let impls: Vec<TokenStream> = PermissionType::ALL
        .iter()
        .zip(&op.scopes)
        .flat_map(|(permission_type, row)| {
            granted_impls(cx, (trait_name, &granted), *permission_type, row)
        })
        .collect();
    let docs = doc([format!(
        "The granted scopes that allow [`{}`]({marker_doc}), per permission type.",
        op.marker
    )]);
    quote! {
        #docs
        #cfg_typed
        #cfg
        #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
        pub trait #trait_name<P> {}

        #cfg_typed
        #cfg
        impl<P, S: #trait_name<P>> rt::typed::PermittedBy<P, S> for #marker {}

        #(#cfg_typed #cfg #impls)*
    }
}

/// What a permission type must be granted to call an operation, for the compile error.
fn needs(cx: &Cx, label: &str, row: &ScopeRow) -> String {
    let ScopeRow::Scopes(list) = row else {
        return format!("{label}: not supported at all");
    };
    let names: Vec<&str> = list
        .iter()
        .map(|&s| cx.api.scopes[s].wire.as_str())
        .collect();
    match names.split_first() {
        Some((least, [])) => format!("{label}: grant {least}"),
        Some((least, others)) => format!(
            "{label}: grant {least} (least privileged) or one of {}",
            others.join(", ")
        ),
        None => format!("{label}: not supported at all"),
    }
}

/// One impl per scope of a row: "the `k`-th scope is granted and none before it is", so that
/// no two impls overlap.
fn granted_impls(
    cx: &Cx,
    (trait_name, granted): (&crate::surface::Ident, &TokenStream),
    permission_type: PermissionType,
    row: &ScopeRow,
) -> Vec<TokenStream> {
    let n = cx.api.scopes.len();
    let generic = |i: usize| ident(&format!("B{i}"));
    let kind = permission_type.marker();
    let list: Vec<usize> = match row {
        ScopeRow::NotSupported => Vec::new(),
        ScopeRow::Scopes(list) => list.iter().map(|s| s.index()).collect(),
    };
    (0..list.len())
        .map(|k| {
            let args = (0..n).map(|i| {
                if list[..k].contains(&i) {
                    quote!(false)
                } else if list[k] == i {
                    quote!(true)
                } else {
                    let g = generic(i);
                    quote!(#g)
                }
            });
            let free: Vec<_> = (0..n)
                .filter(|i| !list[..=k].contains(i))
                .map(generic)
                .collect();
            quote! {
                impl<#(const #free: bool),*> #trait_name<#kind> for #granted<#(#args),*> {}
            }
        })
        .collect()
}

/// The const parameter of `Granted` for a scope: `FilesRead` → `FILES_READ`. heck drops the
/// `_` that makes `_1FilesRead` (scope `1Files.Read`) an identifier; it is put back.
fn const_param(scope_ident: &str) -> proc_macro2::Ident {
    let shouty = heck::ToShoutySnakeCase::to_shouty_snake_case(scope_ident);
    if shouty.starts_with(|c: char| c == '_' || unicode_ident::is_xid_start(c)) {
        ident(&shouty)
    } else {
        ident(&format!("_{shouty}"))
    }
}

//! The Rust type of a field, an argument or an output, decided once: emit prints it as
//! tokens, the changelog and the docs as text, so the two cannot disagree.

use std::fmt;

use proc_macro2::TokenStream;
use quote::quote;

use super::names::Ident;

/// A generated module: where an item lives, and so how another module names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ModuleKind {
    /// Resources and enumerations.
    Models,
    /// Operation marker types and request bodies.
    Operations,
    /// Endpoint functions.
    Endpoints,
    /// Scopes and the operation list.
    Scopes,
}

impl ModuleKind {
    /// Every module, in the order they are written.
    pub const ALL: [ModuleKind; 4] = [
        ModuleKind::Models,
        ModuleKind::Operations,
        ModuleKind::Endpoints,
        ModuleKind::Scopes,
    ];

    /// The module's name: its file and its `mod`.
    pub fn name(self) -> &'static str {
        match self {
            ModuleKind::Models => "models",
            ModuleKind::Operations => "operations",
            ModuleKind::Endpoints => "endpoints",
            ModuleKind::Scopes => "scopes",
        }
    }
}

/// Where generated code is written: a module, at its root or in a family's module inside it
/// (`endpoints::drive_item`), which names the other modules through one more `super`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Place {
    /// The generated module.
    pub module: ModuleKind,
    /// Inside a family's module of it.
    pub nested: bool,
}

impl From<ModuleKind> for Place {
    fn from(module: ModuleKind) -> Place {
        Place {
            module,
            nested: false,
        }
    }
}

impl Place {
    /// A family's module inside `module`.
    pub fn family(module: ModuleKind) -> Place {
        Place {
            module,
            nested: true,
        }
    }

    /// [`Place::path_to`] as an intra-doc link writes it: `super::operations::drive_item::X`.
    pub fn doc_path(self, module: ModuleKind, family: Option<&Ident>, ident: &Ident) -> String {
        let mut parts: Vec<String> = match (module == self.module, self.nested) {
            (true, false) => vec![],
            (true, true) => vec!["super".to_owned()],
            (false, false) => vec!["super".to_owned(), module.name().to_owned()],
            (false, true) => vec![
                "super".to_owned(),
                "super".to_owned(),
                module.name().to_owned(),
            ],
        };
        parts.extend(family.map(|f| f.to_string()));
        parts.push(ident.to_string());
        parts.join("::")
    }

    /// How code here names item `ident` of `module`, in the family module `family` of it
    /// when there is one.
    pub fn path_to(self, module: ModuleKind, family: Option<&Ident>, ident: &Ident) -> TokenStream {
        let name = quote::format_ident!("{}", module.name());
        let root = match (module == self.module, self.nested) {
            (true, false) => quote!(),
            (true, true) => quote!(super::),
            (false, false) => quote!(super::#name::),
            (false, true) => quote!(super::super::#name::),
        };
        match family {
            Some(family) => quote!(#root #family::#ident),
            None => quote!(#root #ident),
        }
    }
}

/// A Rust type as generated code writes it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RustType {
    /// A primitive: `bool`, `i32`, `i64`, `f64`.
    Primitive(&'static str),
    /// A std type the runtime re-exports (generated code names std through it, so that a
    /// resource may be called `String`): written `String`, emitted `rt::String`.
    Std(&'static str),
    /// A type of the runtime itself: written and emitted `rt::SharingUrl`.
    Runtime(&'static str),
    /// A generated type, and the module it is in.
    Generated(ModuleKind, Ident),
    /// A generated type in a family's module: the module kind, the family's module, the type.
    Nested(ModuleKind, Ident, Ident),
    /// `Vec<T>`.
    Vec(Box<RustType>),
    /// `Option<T>`.
    Option(Box<RustType>),
    /// `Box<T>`.
    Box(Box<RustType>),
    /// `rt::Page<T>`: one page of a collection.
    Page(Box<RustType>),
    /// `&T`.
    Ref(Box<RustType>),
    /// `str`.
    Str,
    /// `()`.
    Unit,
}

impl RustType {
    /// `Vec<self>`.
    pub fn vec(self) -> RustType {
        RustType::Vec(Box::new(self))
    }

    /// `Option<self>`.
    pub fn option(self) -> RustType {
        RustType::Option(Box::new(self))
    }

    /// `Box<self>`.
    pub fn boxed(self) -> RustType {
        RustType::Box(Box::new(self))
    }

    /// `rt::Page<self>`.
    pub fn page(self) -> RustType {
        RustType::Page(Box::new(self))
    }

    /// `&self`.
    pub fn by_ref(self) -> RustType {
        RustType::Ref(Box::new(self))
    }

    /// The tokens of the type in module `from` (a [`ModuleKind`], or a [`Place`] in a
    /// family's module): generated types of another module are named through `super::`,
    /// everything else by absolute or `rt::` paths.
    pub fn tokens(&self, from: impl Into<Place>) -> TokenStream {
        let from = from.into();
        match self {
            RustType::Primitive(name) => {
                let name = quote::format_ident!("{name}");
                quote!(#name)
            }
            RustType::Std(name) | RustType::Runtime(name) => {
                let name = quote::format_ident!("{name}");
                quote!(rt::#name)
            }
            RustType::Generated(module, ident) => from.path_to(*module, None, ident),
            RustType::Nested(module, family, ident) => from.path_to(*module, Some(family), ident),
            RustType::Vec(inner) => wrap("Vec", inner, from),
            RustType::Option(inner) => wrap("Option", inner, from),
            RustType::Box(inner) => wrap("Box", inner, from),
            RustType::Page(inner) => wrap("Page", inner, from),
            RustType::Ref(inner) => {
                let inner = inner.tokens(from);
                quote!(&#inner)
            }
            RustType::Str => quote!(str),
            RustType::Unit => quote!(()),
        }
    }
}

fn wrap(outer: &str, inner: &RustType, from: Place) -> TokenStream {
    let outer = quote::format_ident!("{outer}");
    let inner = inner.tokens(from);
    quote!(rt::#outer<#inner>)
}

/// The type as a user of the crate writes it: `Option<Vec<Role>>`, `&rt::SharingUrl`.
impl fmt::Display for RustType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RustType::Primitive(name) | RustType::Std(name) => f.write_str(name),
            RustType::Runtime(name) => write!(f, "rt::{name}"),
            RustType::Generated(_, ident) => write!(f, "{ident}"),
            RustType::Nested(_, family, ident) => write!(f, "{family}::{ident}"),
            RustType::Vec(inner) => write!(f, "Vec<{inner}>"),
            RustType::Option(inner) => write!(f, "Option<{inner}>"),
            RustType::Box(inner) => write!(f, "Box<{inner}>"),
            RustType::Page(inner) => write!(f, "rt::Page<{inner}>"),
            RustType::Ref(inner) => write!(f, "&{inner}"),
            RustType::Str => f.write_str("str"),
            RustType::Unit => f.write_str("()"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_text_agree() {
        let role = Ident::new_type("role").unwrap();
        let ty = RustType::Generated(ModuleKind::Models, role).vec().option();
        assert_eq!(ty.to_string(), "Option<Vec<Role>>");
        assert_eq!(
            ty.tokens(ModuleKind::Models).to_string(),
            "rt :: Option < rt :: Vec < Role > >"
        );
        assert_eq!(
            ty.tokens(ModuleKind::Operations).to_string(),
            "rt :: Option < rt :: Vec < super :: models :: Role > >"
        );
        let url = RustType::Runtime("SharingUrl").by_ref();
        assert_eq!(url.to_string(), "&rt::SharingUrl");
        assert_eq!(
            url.tokens(ModuleKind::Endpoints).to_string(),
            "& rt :: SharingUrl"
        );
        assert_eq!(RustType::Str.by_ref().to_string(), "&str");
        let body = RustType::Nested(
            ModuleKind::Operations,
            Ident::new_value("driveItem").unwrap(),
            Ident::new_type("updateBody").unwrap(),
        );
        assert_eq!(body.to_string(), "drive_item::UpdateBody");
        assert_eq!(
            body.tokens(Place::family(ModuleKind::Endpoints))
                .to_string(),
            "super :: super :: operations :: drive_item :: UpdateBody"
        );
        assert_eq!(
            body.tokens(ModuleKind::Endpoints).to_string(),
            "super :: operations :: drive_item :: UpdateBody"
        );
        assert_eq!(
            ty.tokens(Place::family(ModuleKind::Operations)).to_string(),
            "rt :: Option < rt :: Vec < super :: super :: models :: Role > >"
        );
    }
}

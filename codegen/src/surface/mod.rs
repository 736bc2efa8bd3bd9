//! The selected [`Model`] → [`Api`]: the crate's public Rust surface. Every Rust name is
//! chosen here (and checked: legal, and unique in its namespace), every field's and
//! argument's Rust type decided, cycles boxed, `$select` enums and request options attached
//! to their items. `emit` prints the result; `changelog` compares two of them.

pub mod api;
mod cycles;
mod models;
pub mod names;
mod namespaces;
mod operations;
pub mod rust_type;

pub use api::Api;
pub use names::Ident;
pub use rust_type::{ModuleKind, Place, RustType};

use crate::error::{Diagnostic, Span};
use crate::model::{Id, Model, Primitive, Type};
use namespaces::Namespace;

/// The Rust surface of a model, and every name that could not be made or clashes.
pub fn surface(model: &Model) -> (Api, Vec<Diagnostic>) {
    let mut builder = Builder {
        model,
        diagnostics: Vec::new(),
        types: Namespace::default(),
        boxed: cycles::boxed(model),
        enum_idents: Vec::new(),
        resource_idents: Vec::new(),
    };
    let api = builder.api();
    (api, builder.diagnostics)
}

/// What the passes share.
struct Builder<'m> {
    model: &'m Model,
    diagnostics: Vec<Diagnostic>,
    /// Rust type names taken so far, and what took them: all generated types share one
    /// namespace (they are used across modules).
    types: Namespace,
    /// Per resource, which properties are boxed.
    boxed: Vec<Vec<bool>>,
    enum_idents: Vec<Ident>,
    resource_idents: Vec<Ident>,
}

impl Builder<'_> {
    fn api(&mut self) -> Api {
        let model = self.model;
        self.claim_type(
            &Ident::fixed("Scope"),
            "the enum of scopes".to_owned(),
            model.scopes_span,
        );
        let scopes = self.scopes();
        let enums = self.enums();
        let mut structs = self.structs();
        let families = self.families();
        let variants = self.variants(&families);
        let operations = self.operations(&families, &variants, &mut structs);
        Api {
            title: model.title.clone(),
            versions: model.versions.clone(),
            scopes,
            enums,
            structs,
            families,
            variants: variants.into_iter().map(|(v, _)| v).collect(),
            operations,
        }
    }

    fn report(&mut self, result: Result<(), Diagnostic>) {
        if let Err(d) = result {
            self.diagnostics.push(d);
        }
    }

    /// A Rust name from a spec name, or a diagnostic saying why there is none.
    fn name(
        &mut self,
        wire: &str,
        span: Span,
        what: &str,
        case: fn(&str) -> Option<Ident>,
    ) -> Ident {
        case(wire).unwrap_or_else(|| {
            self.diagnostics.push(Diagnostic::new(
                span,
                format!("{what} `{wire}` has no letter or digit to make a Rust name from"),
            ));
            Ident::fixed("invalid")
        })
    }

    /// Claims a Rust type name in the one namespace all generated types share.
    fn claim_type(&mut self, rust: &Ident, what: String, span: Span) {
        let result = self.types.claim(rust, what, span);
        self.report(result);
    }

    /// The Rust type of a spec type.
    fn rust_type(&self, ty: &Type) -> RustType {
        match ty {
            Type::Primitive(p) => primitive(*p),
            Type::Enum(e) => self.generated(&self.enum_idents, e.index()),
            Type::Resource(r) => self.generated(&self.resource_idents, r.index()),
            Type::Collection(inner) => self.rust_type(inner).vec(),
        }
    }

    fn generated(&self, idents: &[Ident], index: usize) -> RustType {
        let ident = idents
            .get(index)
            .cloned()
            .unwrap_or_else(|| Ident::fixed("invalid"));
        RustType::Generated(ModuleKind::Models, ident)
    }
}

/// How generated code writes a primitive type.
fn primitive(p: Primitive) -> RustType {
    match p {
        Primitive::String => RustType::Std("String"),
        Primitive::Boolean => RustType::Primitive("bool"),
        Primitive::Int32 => RustType::Primitive("i32"),
        Primitive::Int64 => RustType::Primitive("i64"),
        Primitive::Double => RustType::Primitive("f64"),
        Primitive::DateTimeOffset => RustType::Runtime("DateTimeOffset"),
    }
}

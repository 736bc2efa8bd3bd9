//! The crate's public Rust surface: every item the generated code exports, its name and its
//! type, decided once.

pub mod names;
pub mod rust_type;

pub use names::Ident;
pub use rust_type::{ModuleKind, RustType};

use crate::model::{Model, Property, Type};

/// The Rust type of a spec type.
pub fn type_of(model: &Model, ty: &Type) -> RustType {
    match ty {
        Type::String => RustType::Std("String"),
        Type::Boolean => RustType::Primitive("bool"),
        Type::Int32 => RustType::Primitive("i32"),
        Type::Int64 => RustType::Primitive("i64"),
        Type::Double => RustType::Primitive("f64"),
        Type::DateTimeOffset => RustType::Runtime("DateTimeOffset"),
        Type::Enum(i) => RustType::Generated(ModuleKind::Models, model.enums[*i].ident.clone()),
        Type::Resource(i) => {
            RustType::Generated(ModuleKind::Models, model.resources[*i].ident.clone())
        }
        Type::Collection(inner) => type_of(model, inner).vec(),
    }
}

/// The type a property holds when set: boxed when recursive.
pub fn value_type(model: &Model, p: &Property) -> RustType {
    let ty = type_of(model, &p.ty);
    if p.boxed {
        ty.boxed()
    } else {
        ty
    }
}

/// The type of a property's field: optional unless a required body field.
pub fn field_type(model: &Model, p: &Property) -> RustType {
    let ty = value_type(model, p);
    if p.required {
        ty
    } else {
        ty.option()
    }
}

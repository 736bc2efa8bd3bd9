//! The type of a property or body field, resolved.

use super::{EnumId, Model, ResourceId};
use crate::vocab::{Primitive, COLLECTION};

#[derive(Clone, Debug, PartialEq, Eq)]
/// The type of a property or body field, with names resolved to ids in the model.
pub enum Type {
    /// A scalar, e.g. a string or a timestamp.
    Primitive(Primitive),
    /// An enum of the spec.
    Enum(EnumId),
    /// A resource of the spec, as a nested object.
    Resource(ResourceId),
    /// A list of values of the inner type.
    Collection(Box<Type>),
}

impl Type {
    /// The type as the spec writes it: `Collection(role)`.
    pub fn spec_name(&self, model: &Model) -> String {
        // Peeled in a loop: a type is at most a few collections deep, but no recursion is
        // needed to print it.
        let mut depth = 0;
        let mut ty = self;
        while let Type::Collection(inner) = ty {
            depth += 1;
            ty = inner;
        }
        let name = match ty {
            Type::Primitive(p) => p.as_str(),
            Type::Enum(e) => model.enums.get_id(*e).map_or("", |e| e.wire.as_str()),
            Type::Resource(r) => model.resources.get_id(*r).map_or("", |r| r.wire.as_str()),
            Type::Collection(_) => "",
        };
        format!(
            "{}{name}{}",
            COLLECTION.0.repeat(depth),
            COLLECTION.1.repeat(depth)
        )
    }

    /// The enum this type names, itself or as the element of collections.
    pub fn element_enum(&self) -> Option<EnumId> {
        match self {
            Type::Enum(e) => Some(*e),
            Type::Collection(inner) => inner.element_enum(),
            _ => None,
        }
    }
}

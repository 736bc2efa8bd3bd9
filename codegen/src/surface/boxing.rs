//! Which properties of a resource hold their value in a `Box`: every property whose type is
//! one resource (not a collection of them) — `Option<Box<IdentitySet>>`, never
//! `Option<IdentitySet>`.
//!
//! A struct that held its sub-objects inline would be as large as all of them together,
//! present or not, and so would every struct holding it: with the ten optional identities of
//! `identitySet` inline, a `Permission` took 3,120 bytes, a page of 10,000 of them 31 MB,
//! nearly all of it empty options that every decode writes, moves and frees (issue 22). Boxed,
//! an absent sub-object costs one pointer and a present one an allocation of its own size.
//!
//! The rule depends on the kind of the property's type only, never on a size: a property
//! Graph adds to a resource changes no field's type elsewhere. It also makes every cycle of
//! resources finite, since every edge of one passes through a box. Collections need no box
//! (a `Vec` is three words), and request bodies, built once and sent, hold their fields
//! inline.

use crate::model::{Property, Type};

/// Whether a property of a resource holds its value in a `Box`.
pub(super) fn boxed(p: &Property) -> bool {
    matches!(p.ty, Type::Resource(_))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Span;
    use crate::model::{Availability, Id, Primitive, ResourceId};

    fn property(ty: Type) -> Property {
        Property {
            wire: "p".to_owned(),
            ty,
            description: String::new(),
            read_only: false,
            required: false,
            deprecated: None,
            availability: Availability {
                versions: Vec::new(),
                stable: true,
            },
            span: Span::default(),
        }
    }

    #[test]
    fn one_resource_is_boxed_a_collection_or_a_primitive_is_not() {
        let resource = || Type::Resource(ResourceId::from_index(0));
        assert!(boxed(&property(resource())));
        assert!(!boxed(&property(Type::Collection(Box::new(resource())))));
        assert!(!boxed(&property(Type::Primitive(Primitive::String))));
    }
}

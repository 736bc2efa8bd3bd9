//! Property and body field types: `String`, an enum, a resource, `Collection(T)`.

use super::{listing, Checker};
use crate::error::Span;
use crate::model::{Primitive, Type};
use crate::spec::Name;
use crate::vocab::COLLECTION;

/// The deepest `Collection(Collection(…))` a type may be.
const MAX_COLLECTION_DEPTH: usize = 8;

impl Checker {
    pub(super) fn ty(&mut self, ty: &Name, what: &str) -> Type {
        // `Collection(…)` peeled in a loop, not by recursion: a type nested ten thousand deep
        // is an error, not a stack overflow.
        let mut text = ty.value.trim();
        let mut depth = 0;
        while let Some(inner) = text
            .strip_prefix(COLLECTION.0)
            .and_then(|t| t.strip_suffix(COLLECTION.1))
        {
            text = inner.trim();
            depth += 1;
        }
        if depth > MAX_COLLECTION_DEPTH {
            self.error(
                ty.span,
                format!("{what} nests `Collection(…)` {depth} deep; at most {MAX_COLLECTION_DEPTH} levels are supported"),
            );
            return Type::Primitive(Primitive::String);
        }
        let mut out = self.element_type(text, ty.span, what);
        for _ in 0..depth {
            out = Type::Collection(Box::new(out));
        }
        out
    }

    /// A type that is not a collection.
    fn element_type(&mut self, text: &str, span: Span, what: &str) -> Type {
        if let Some(p) = Primitive::parse(text) {
            return Type::Primitive(p);
        }
        if let Some(&e) = self.enums.get(text) {
            return Type::Enum(e);
        }
        if let Some(&r) = self.resources.get(text) {
            return Type::Resource(r);
        }
        let mut known: Vec<&str> = Primitive::spellings().collect();
        let mut defined: Vec<&str> = self
            .enums
            .keys()
            .chain(self.resources.keys())
            .map(String::as_str)
            .collect();
        defined.sort_unstable();
        known.extend(defined);
        let collection = format!("{}T{}", COLLECTION.0, COLLECTION.1);
        known.push(&collection);
        self.error(
            span,
            format!(
                "{what} has type `{text}`, which is not defined (known types: {})",
                listing(known)
            ),
        );
        Type::Primitive(Primitive::String)
    }
}

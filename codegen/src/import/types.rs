//! Type spellings as the spec writes them, through the vocabulary's `Collection(T)`.

use crate::vocab::COLLECTION;

/// `T` as a collection: `Collection(T)`.
pub(crate) fn collection_of(element: &str) -> String {
    format!("{}{element}{}", COLLECTION.0, COLLECTION.1)
}

/// The element of a type and whether it is a collection: `Collection(role)` → (`role`, true).
pub(crate) fn element(ty: &str) -> (&str, bool) {
    match ty
        .strip_prefix(COLLECTION.0)
        .and_then(|t| t.strip_suffix(COLLECTION.1))
    {
        Some(inner) => (inner, true),
        None => (ty, false),
    }
}

/// The element of a type: `Collection(role)` → `role`.
pub(crate) fn base(ty: &str) -> &str {
    element(ty).0
}

/// `ty` with its element replaced, keeping whether it is a collection.
pub(crate) fn with_element(ty: &str, element_name: &str) -> String {
    if element(ty).1 {
        collection_of(element_name)
    } else {
        element_name.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings() {
        assert_eq!(collection_of("role"), "Collection(role)");
        assert_eq!(element("Collection(role)"), ("role", true));
        assert_eq!(element("role"), ("role", false));
        assert_eq!(
            with_element("Collection(String)", "role"),
            "Collection(role)"
        );
    }
}

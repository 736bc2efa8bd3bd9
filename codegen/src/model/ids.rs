//! Typed references between the items of a [`Model`](super::Model): an enum is referred to by
//! an [`EnumId`], never by a bare index, and a list of items is indexed only by its own id.

use std::fmt;
use std::marker::PhantomData;
use std::ops::{Deref, Index, IndexMut};

/// Declares an id newtype.
macro_rules! ids {
    ($($(#[$meta:meta])* $name:ident;)+) => {
        $(
            $(#[$meta])*
            #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
            pub struct $name(u32);

            impl Id for $name {
                fn from_index(index: usize) -> Self {
                    Self(u32::try_from(index).unwrap_or(u32::MAX))
                }
                fn index(self) -> usize {
                    self.0 as usize
                }
            }
        )+
    };
}

ids! {
    /// An enumeration of [`Model::enums`](super::Model::enums).
    EnumId;
    /// A resource of [`Model::resources`](super::Model::resources).
    ResourceId;
    /// A family of [`Model::families`](super::Model::families).
    FamilyId;
    /// A path variant of [`Model::variants`](super::Model::variants).
    VariantId;
    /// A scope of [`Model::scopes`](super::Model::scopes).
    ScopeId;
    /// An operation of [`Model::operations`](super::Model::operations).
    OperationId;
    /// A property of its resource's [`properties`](super::Resource::properties).
    PropertyId;
}

/// What every id is: a position in the list of its items.
pub trait Id: Copy {
    /// The id of the item at `index`.
    fn from_index(index: usize) -> Self;
    /// The position of the item.
    fn index(self) -> usize;
}

/// A list of items indexed by their id: `model.enums[id]`. It reads as a slice.
#[derive(Clone, PartialEq, Eq)]
pub struct Items<I, T> {
    items: Vec<T>,
    id: PhantomData<fn(I)>,
}

impl<I: Id, T> Items<I, T> {
    /// The ids, in order.
    pub fn ids(&self) -> impl Iterator<Item = I> + '_ {
        (0..self.items.len()).map(I::from_index)
    }

    /// Every item with its id, in order.
    pub fn enumerate(&self) -> impl Iterator<Item = (I, &T)> {
        self.items
            .iter()
            .enumerate()
            .map(|(i, t)| (I::from_index(i), t))
    }

    /// The id of the first item that matches.
    pub fn find_id(&self, matches: impl Fn(&T) -> bool) -> Option<I> {
        self.items.iter().position(matches).map(I::from_index)
    }

    /// The item of `id`, if the list has it.
    pub fn get_id(&self, id: I) -> Option<&T> {
        self.items.get(id.index())
    }

    /// Adds an item; its id.
    pub fn push(&mut self, item: T) -> I {
        self.items.push(item);
        I::from_index(self.items.len() - 1)
    }

    /// Every item, mutably.
    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, T> {
        self.items.iter_mut()
    }
}

impl<I, T> Default for Items<I, T> {
    fn default() -> Self {
        Items {
            items: Vec::new(),
            id: PhantomData,
        }
    }
}

impl<I, T> From<Vec<T>> for Items<I, T> {
    fn from(items: Vec<T>) -> Self {
        Items {
            items,
            id: PhantomData,
        }
    }
}

impl<I, T> FromIterator<T> for Items<I, T> {
    fn from_iter<It: IntoIterator<Item = T>>(iter: It) -> Self {
        Vec::from_iter(iter).into()
    }
}

impl<I, T> Deref for Items<I, T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.items
    }
}

impl<I: Id, T> Index<I> for Items<I, T> {
    type Output = T;
    fn index(&self, id: I) -> &T {
        &self.items[id.index()]
    }
}

impl<I: Id, T> IndexMut<I> for Items<I, T> {
    fn index_mut(&mut self, id: I) -> &mut T {
        &mut self.items[id.index()]
    }
}

impl<'a, I, T> IntoIterator for &'a Items<I, T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<I, T: fmt::Debug> fmt::Debug for Items<I, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.items.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexed_by_their_own_id() {
        let mut enums: Items<EnumId, &str> = Items::default();
        let role = enums.push("role");
        let scope = enums.push("scope");
        assert_eq!(enums[role], "role");
        assert_eq!(enums.find_id(|e| *e == "scope"), Some(scope));
        assert_eq!(enums.ids().collect::<Vec<_>>(), [role, scope]);
        assert_eq!(enums.len(), 2);
    }
}

//! The size of the generated models. A property that holds one resource is boxed (the
//! generator's `surface/boxing.rs`), so a model is its own fields plus one pointer per
//! sub-object, however large the sub-objects grow. Before, `identitySet`'s ten optional
//! identities were inline and a `Permission` took 3,120 bytes (issue 22).
//!
//! The bounds come from the sizes measured on x86_64 on 2026-12-07 — `Permission` 216 bytes,
//! `IdentitySet` 104, `SharePointIdentitySet` 128 (with and without `beta`) — with room for a
//! property or two more, but not for one identity (72 bytes) held inline.

use std::mem::size_of;

use graph_permissions::models::{IdentitySet, Permission, SharePointIdentitySet};

#[test]
fn a_permission_holds_its_sub_objects_by_pointer() {
    let size = size_of::<Permission>();
    assert!(size <= 256, "Permission is {size} bytes, over 256");
}

#[test]
fn an_identity_set_holds_its_identities_by_pointer() {
    let size = size_of::<IdentitySet>();
    assert!(size <= 128, "IdentitySet is {size} bytes, over 128");
    let size = size_of::<SharePointIdentitySet>();
    assert!(
        size <= 160,
        "SharePointIdentitySet is {size} bytes, over 160"
    );
}

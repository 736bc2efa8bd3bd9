//! Model and body structs are `#[non_exhaustive]`: outside the crate they are built with
//! `Default` or `new` and setters, never with a struct literal, so that a property Graph adds
//! breaks no caller.

use graph_permissions::models::{Identity, Role};
use graph_permissions::operations::drive_item::UpdateBody;

fn main() {
    let _identity = Identity {
        display_name: None,
        id: None,
        extra: Default::default(),
    };
    let _body = UpdateBody {
        roles: vec![Role::Read],
        expiration_date_time: None,
        extra: Default::default(),
    };
    // What compiles instead.
    let _identity = Identity::default().display_name("Ryan".to_owned());
    let _body = UpdateBody::new(vec![Role::Read]);
}

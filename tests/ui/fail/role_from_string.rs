//! A role is a `Role`, not a string: a typo cannot reach the wire.

use graph_permissions::operations::drive_item::UpdateBody;

fn main() {
    let _ = UpdateBody::new(vec!["read"]);
}

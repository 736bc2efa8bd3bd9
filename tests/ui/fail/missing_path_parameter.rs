//! `drive_item::list` takes the drive id and the item id; one is not enough.

use graph_permissions::endpoints::drive_item::list;

fn main() {
    let _ = list("drive-1");
}

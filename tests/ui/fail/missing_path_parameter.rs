//! `list_drive` takes the drive id and the item id; one is not enough.

use graph_permissions::endpoints::list_drive;

fn main() {
    let _ = list_drive("drive-1");
}

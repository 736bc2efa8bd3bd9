//! `list` takes `if-none-match`, not `if-match`: the method is not there.

use graph_permissions::endpoints::drive_item::list;

fn main() {
    let _ = list("d", "i").if_match("x");
}

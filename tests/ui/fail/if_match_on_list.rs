//! `list` takes `if-none-match`, not `if-match`: the method is not there.

use graph_permissions::endpoints::list_drive;

fn main() {
    let _ = list_drive("d", "i").if_match("x");
}

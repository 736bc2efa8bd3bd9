//! Reading scopes do not allow deleting a permission.

use graph_permissions::endpoints;
use graph_permissions::rt::typed::{DelegatedWork, Scoped};
use graph_permissions::rt::Client;

type ReadOnly = graph_permissions::granted![FilesRead];

async fn delete(client: Client) {
    let client = Scoped::<DelegatedWork, ReadOnly>::new(client);
    let _ = client.send(endpoints::drive_item::delete_me("item", "perm")).await;
}

fn main() {
    let _ = delete;
}

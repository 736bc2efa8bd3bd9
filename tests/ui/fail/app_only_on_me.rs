//! An app-only token has no signed-in user: a request through `/me` does not compile, even with
//! every scope granted.

use graph_permissions::endpoints;
use graph_permissions::rt::typed::{Application, Scoped};
use graph_permissions::rt::Client;

type Everything = graph_permissions::granted![
    FilesRead,
    FilesReadAll,
    FilesReadWrite,
    FilesReadWriteAll,
    SitesReadAll,
    SitesReadWriteAll
];

async fn list(client: Client) {
    let client = Scoped::<Application, Everything>::new(client);
    let _ = client.send(endpoints::list_user("user", "item")).await; // fine
    let _ = client.send(endpoints::list_me("item")).await;
    let _ = client.send(endpoints::list_me_by_path("Documents/a.docx")).await;
}

fn main() {
    let _ = list;
}

//! A site's application grants take application permissions alone: a delegated client cannot
//! delete one, whatever it was granted.

use graph_permissions::endpoints;
use graph_permissions::rt::typed::{DelegatedWork, Scoped};
use graph_permissions::rt::Client;

type Everything = graph_permissions::granted![
    FilesRead,
    FilesReadWrite,
    FilesReadAll,
    FilesReadWriteAll,
    SitesReadAll,
    SitesReadWriteAll,
    FilesSelectedOperationsSelected,
    SitesFullControlAll,
    SitesManageAll,
    SitesSelected,
    ListsSelectedOperationsSelected,
    ListItemsSelectedOperationsSelected
];

async fn revoke(client: Client) {
    let client = Scoped::<DelegatedWork, Everything>::new(client);
    let _ = client.send(endpoints::site::delete("site", "grant")).await;
}

fn main() {
    let _ = revoke;
}

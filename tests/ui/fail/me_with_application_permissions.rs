//! An application token has no signed-in user: a `/me` request does not compile on a client
//! typed with application permissions, even when its scopes would allow the operation.

use graph_permissions::endpoints;
use graph_permissions::rt::typed::{Application, Scoped};
use graph_permissions::operations::drive_item::List;
use graph_permissions::rt::{Client, Request, SignedInUser};

type AppRead = graph_permissions::granted![FilesReadAll];

async fn list(client: Client) {
    let app = Scoped::<Application, AppRead>::new(client);
    let _ = app.send(endpoints::drive_item::list("drive", "item")).await;
    let _ = app.send(endpoints::drive_item::list_me("item")).await;
    // A request made to share a collection with `/me` requests is refused too.
    let shared: Request<List, SignedInUser> = endpoints::drive_item::list("drive", "item").into();
    let _ = app.send(shared).await;
}

fn main() {
    let _ = list;
}

//! With a personal Microsoft account, grant cannot be called whatever was granted.

use graph_permissions::endpoints;
use graph_permissions::models::{DriveRecipient, Role};
use graph_permissions::operations::share::GrantBody;
use graph_permissions::rt::typed::{DelegatedPersonal, Scoped};
use graph_permissions::rt::{Client, SharingUrl};

type Everything = graph_permissions::granted![FilesRead, FilesReadWrite, FilesReadAll, FilesReadWriteAll, SitesReadAll, SitesReadWriteAll];

async fn grant(client: Client) {
    let client = Scoped::<DelegatedPersonal, Everything>::new(client);
    let body = GrantBody::new(vec![DriveRecipient::from_email("a@b.c".into())], vec![Role::Read]);
    let share = SharingUrl::from_url("https://contoso.sharepoint.com/x");
    let _ = client.send(endpoints::share::grant(&share, body)).await;
}

fn main() {
    let _ = grant;
}

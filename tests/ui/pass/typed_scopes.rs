//! A client typed by its granted scopes compiles every call those scopes allow.

use graph_permissions::endpoints;
use graph_permissions::models::Role;
use graph_permissions::operations::drive_item::{CreateBody, UpdateBody};
use graph_permissions::rt::typed::{Application, DelegatedWork, Scoped};
use graph_permissions::rt::{Client, Error, StaticToken};

type ReadWrite = graph_permissions::granted![FilesReadWrite];
type AppRead = graph_permissions::granted![FilesReadAll, SitesReadAll];
type SiteOwner = graph_permissions::granted![SitesFullControlAll];
type Selected = graph_permissions::granted![SitesSelected];

#[allow(dead_code)]
async fn calls(client: Client) -> Result<(), Error> {
    let work = Scoped::<DelegatedWork, ReadWrite>::new(client.clone());
    work.send(endpoints::drive_item::list_me("item")).await?;
    let update = UpdateBody::new(vec![Role::Read]);
    work.send(endpoints::drive_item::update_me("item", "perm", update)).await?;
    work.send(endpoints::drive_item::delete_me("item", "perm")).await?;
    let app = Scoped::<Application, AppRead>::new(client.clone());
    app.send(endpoints::drive_item::get("drive", "item", "perm")).await?;
    // A site's application grants: Sites.FullControl.All, application permissions.
    let owner = Scoped::<Application, SiteOwner>::new(client.clone());
    owner.send(endpoints::site::list("site")).await?;
    owner.send(endpoints::site::delete("site", "grant")).await?;
    // Sites.Selected allows create on a driveItem, delegated or not.
    let body = || CreateBody::new().roles(vec![Role::Read]);
    let selected = Scoped::<DelegatedWork, Selected>::new(client.clone());
    selected.send(endpoints::drive_item::create("drive", "item", body())).await?;
    let selected = Scoped::<Application, Selected>::new(client);
    selected.send(endpoints::drive_item::create("drive", "item", body())).await?;
    // The untyped client stays available for calls decided at run time.
    app.untyped().send(endpoints::drive_item::delete_me("item", "perm")).await?;
    Ok(())
}

fn main() {
    let client = Client::builder().credential(StaticToken::new("t")).build().unwrap();
    let _ = calls(client);
}

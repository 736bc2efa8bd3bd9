//! The emulator reads a JWT's claims as Graph would check them (it cannot verify a
//! signature): an expired token is 401; scopes the permission table does not list are 403;
//! an application token on `/me` is 400. An opaque token is taken as allowing everything.

mod support;

use graph_emulator::{Config, Emulator, DRIVE_ID};
use graph_permissions::endpoints as ep;
use graph_permissions::models::Role;
use graph_permissions::operations::drive_item::UpdateBody;
use graph_permissions::rt::{Error, PermissionType};
use serde_json::json;
use support::{client_with, item, jwt};

#[tokio::test]
async fn an_expired_token_is_401() {
    let emulator = Emulator::start(Config::new(10)).await.unwrap();
    let expired = jwt(json!({ "scp": "Files.Read", "exp": 1_600_000_000 }));
    let error = client_with(&emulator, &expired)
        .send(ep::drive_item::list(DRIVE_ID, &item(1)))
        .await
        .unwrap_err();
    let graph = error.graph().unwrap();
    assert_eq!(
        (graph.status, graph.code.as_deref()),
        (401, Some("InvalidAuthenticationToken"))
    );
    assert!(
        error.to_string().contains("the token is expired"),
        "{error}"
    );
    let later = jwt(json!({ "scp": "Files.Read", "exp": 4_000_000_000u64 }));
    let page = client_with(&emulator, &later)
        .send(ep::drive_item::list(DRIVE_ID, &item(1)))
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
}

/// Without the client's own check, the emulator refuses what the token's scopes do not
/// allow, and the client adds what to grant.
#[tokio::test]
async fn scopes_the_table_does_not_list_are_403_with_the_hint() {
    let emulator = Emulator::start(Config::new(10)).await.unwrap();
    let client = client_with(&emulator, &jwt(json!({ "scp": "Files.Read" })));
    let read = client
        .send(ep::drive_item::get(DRIVE_ID, &item(1), "anon-1"))
        .await;
    assert!(read.is_ok(), "{read:?}");
    let update = ep::drive_item::update(
        DRIVE_ID,
        &item(1),
        "anon-1",
        UpdateBody::new(vec![Role::Write]),
    );
    let error = client.send(update).await.unwrap_err();
    let Error::Graph(graph) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(
        (graph.status, graph.code.as_deref()),
        (403, Some("accessDenied"))
    );
    let hint = graph.scope_hint.as_ref().expect("the client's hint");
    assert_eq!(hint.least_privileged(), Some("Files.ReadWrite"));
    assert_eq!(emulator.counters().requests, 2);
}

#[tokio::test]
async fn an_application_token_cannot_go_through_me() {
    let emulator = Emulator::start(Config::new(10)).await.unwrap();
    let client = client_with(&emulator, &jwt(json!({ "roles": ["Files.Read.All"] })));
    let error = client
        .send(ep::drive_item::list_me(&item(1)))
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(400));
    assert!(
        error
            .to_string()
            .contains("only valid with delegated authentication"),
        "{error}"
    );
    let page = client
        .send(ep::drive_item::list(DRIVE_ID, &item(1)))
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    // The same refusal before sending, when the client checks.
    let checking = graph_permissions::rt::Client::builder()
        .credential(graph_permissions::rt::StaticToken::new(jwt(
            json!({ "roles": ["Files.Read.All"] }),
        )))
        .base_url(emulator.base_url())
        .check_scopes(true)
        .build()
        .unwrap();
    let before = emulator.counters().requests;
    let refused = checking
        .send(ep::drive_item::list_me(&item(1)))
        .await
        .unwrap_err();
    assert!(
        matches!(&refused, Error::NotSupported(r) if r.permission_type == PermissionType::Application),
        "{refused:?}"
    );
    assert_eq!(emulator.counters().requests, before, "nothing was sent");
}

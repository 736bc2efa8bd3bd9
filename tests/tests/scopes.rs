//! Least privilege: minimal scope sets, token claims, and the client's refusal to send a call
//! its token cannot make.

use base64::Engine;
use graph_permissions::operations::{
    drive_item::{CreateLink, Delete, Get, Invite, List, RevokeGrants, Update},
    share::Grant,
};
use graph_permissions::rt::{self, Operation, PermissionType, TokenClaims};
use graph_permissions::scopes::{minimal, minimal_through, OPERATIONS};
use graph_permissions::{endpoints, models, operations};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use PermissionType::{Application, DelegatedPersonal, DelegatedWork};

fn plan(ops: &[&'static rt::OperationMeta], ty: PermissionType) -> Vec<&'static str> {
    minimal(ops, ty).expect("supported").scopes
}

/// The driveItem permission operations and grant: the files side of the surface.
fn files_operations() -> Vec<&'static rt::OperationMeta> {
    vec![
        List::META,
        Get::META,
        Update::META,
        Delete::META,
        CreateLink::META,
        Invite::META,
        RevokeGrants::META,
        Grant::META,
    ]
}

#[test]
fn the_examples_of_the_issue() {
    // list + update, delegated work: Files.ReadWrite allows both.
    let p = minimal(&[List::META, Update::META], DelegatedWork).unwrap();
    assert_eq!(p.scopes, ["Files.ReadWrite"]);
    let update = p
        .reasons
        .iter()
        .find(|r| r.operation == "driveItem.update")
        .unwrap();
    assert!(update.forces && update.allowed_by == "Files.ReadWrite");
    // list, application: Files.Read.All.
    assert_eq!(plan(&[List::META], Application), ["Files.Read.All"]);
    // grant, delegated personal: not supported, naming the operation.
    let e = minimal(&[List::META, Grant::META], DelegatedPersonal).unwrap_err();
    assert_eq!(
        (e.operation, e.permission_type),
        ("share.grant", DelegatedPersonal)
    );
    assert!(e
        .to_string()
        .contains("`share.grant` cannot be called with Delegated (personal Microsoft account)"));
}

#[test]
fn one_operation_alone_takes_its_least_privileged_scope() {
    for op in OPERATIONS {
        for ty in PermissionType::ALL {
            match op.scopes.get(ty) {
                None => assert!(minimal(&[op], ty).is_err(), "{} {ty}", op.name),
                Some(accepts) => {
                    let p = minimal(&[op], ty).unwrap();
                    assert_eq!(p.scopes, [accepts[0]], "{} {ty}", op.name);
                    assert_eq!(p.reasons[0].allowed_by, accepts[0]);
                    assert!(p.reasons[0].forces);
                }
            }
        }
    }
}

#[test]
fn every_operation_together_per_permission_type() {
    // Reading and writing every file permission with a work account: one scope allows it all.
    let all = files_operations();
    assert_eq!(plan(&all, DelegatedWork), ["Files.ReadWrite"]);
    assert_eq!(plan(&all, Application), ["Files.ReadWrite.All"]);
    assert!(
        minimal(&all, DelegatedPersonal).is_err(),
        "grant and revokeGrants"
    );
    let personal: Vec<_> = all
        .iter()
        .copied()
        .filter(|o| !matches!(o.name, "grant" | "revokeGrants"))
        .collect();
    assert_eq!(plan(&personal, DelegatedPersonal), ["Files.ReadWrite"]);
    // Reading only.
    assert_eq!(
        plan(&[List::META, Get::META], DelegatedWork),
        ["Files.Read"]
    );
    assert_eq!(
        plan(&[List::META, Get::META], Application),
        ["Files.Read.All"]
    );
    // Writing: one scope.
    for ty in [DelegatedWork, Application] {
        let writes = [
            Update::META,
            Delete::META,
            CreateLink::META,
            Invite::META,
            Grant::META,
            RevokeGrants::META,
        ];
        assert_eq!(plan(&writes, ty).len(), 1, "{ty}");
    }
}

#[test]
fn every_plan_allows_every_operation_and_is_minimal() {
    // Exhaustive over every non-empty set of the files operations, and over every set of up
    // to three of all operations, for every permission type.
    let files = files_operations();
    for mask in 1u32..(1 << files.len()) {
        let chosen: Vec<&'static rt::OperationMeta> = (0..files.len())
            .filter(|i| mask & (1 << i) != 0)
            .map(|i| files[i])
            .collect();
        check_plan(&chosen);
    }
    for (a, &first) in OPERATIONS.iter().enumerate() {
        check_plan(&[first]);
        for (b, &second) in OPERATIONS.iter().enumerate().skip(a + 1) {
            check_plan(&[first, second]);
            for &third in &OPERATIONS[b + 1..] {
                check_plan(&[first, second, third]);
            }
        }
    }
}

/// The plan of `chosen` allows each of them and no scope of it can be dropped.
fn check_plan(chosen: &[&'static rt::OperationMeta]) {
    for ty in PermissionType::ALL {
        let Ok(p) = minimal(chosen, ty) else {
            assert!(chosen.iter().any(|o| o.scopes.get(ty).is_none()));
            continue;
        };
        for op in chosen {
            let accepts = op.scopes.get(ty).unwrap();
            assert!(
                p.scopes.iter().any(|s| accepts.contains(s)),
                "{} {ty} {:?}",
                op.name,
                p.scopes
            );
        }
        // No scope of the plan can be dropped.
        for drop in &p.scopes {
            let rest: Vec<_> = p.scopes.iter().filter(|s| *s != drop).collect();
            let still = chosen
                .iter()
                .all(|o| o.scopes.get(ty).unwrap().iter().any(|a| rest.contains(&a)));
            assert!(!still, "{drop} is not needed in {:?}", p.scopes);
        }
    }
}

#[test]
fn the_plan_explains_itself() {
    let p = minimal(&[List::META, Update::META], DelegatedWork).unwrap();
    let text = p.to_string();
    assert!(
        text.contains("`driveItem.update` needs Files.ReadWrite"),
        "{text}"
    );
    assert!(
        text.contains("`driveItem.list` needs Files.ReadWrite"),
        "{text}"
    );
}

/// An unsigned JWT with these claims, as Azure AD shapes them.
fn token(claims: serde_json::Value) -> String {
    let b64 = |v: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v);
    format!(
        "{}.{}.{}",
        b64(br#"{"alg":"none","typ":"JWT"}"#),
        b64(claims.to_string().as_bytes()),
        b64(b"signature")
    )
}

#[test]
fn claims_of_delegated_and_application_tokens() {
    let work = TokenClaims::decode(&token(serde_json::json!({"scp": "Files.Read User.Read", "tid": "72f988bf-86f1-41af-91ab-2d7cd011db47"}))).unwrap();
    assert_eq!(work.permission_type, DelegatedWork);
    assert_eq!(work.scopes, ["Files.Read", "User.Read"]);
    let personal = TokenClaims::decode(&token(serde_json::json!({"scp": "Files.ReadWrite", "tid": "9188040d-6c67-4c5b-b112-36a304b66dad"}))).unwrap();
    assert_eq!(personal.permission_type, DelegatedPersonal);
    let app = TokenClaims::decode(&token(
        serde_json::json!({"roles": ["Files.Read.All", "Sites.Read.All"]}),
    ))
    .unwrap();
    assert_eq!(app.permission_type, Application);
    assert_eq!(app.scopes, ["Files.Read.All", "Sites.Read.All"]);
    // Not a JWT, or neither claim: nothing can be told.
    assert_eq!(TokenClaims::decode("opaque-token"), None);
    assert_eq!(
        TokenClaims::decode(&token(serde_json::json!({"aud": "x"}))),
        None
    );
    assert_eq!(TokenClaims::decode("a.!!!.c"), None);

    assert!(work.check(List::META).is_ok());
    let hint = work.check(Update::META).unwrap_err();
    assert_eq!(hint.least_privileged(), Some("Files.ReadWrite"));
    let text = hint.to_string();
    for part in [
        "`driveItem.update`",
        "Delegated (work or school account)",
        "Files.Read, User.Read",
        "add Files.ReadWrite",
    ] {
        assert!(text.contains(part), "{text}");
    }
    let hint = personal.check(Grant::META).unwrap_err();
    assert_eq!(hint.accepts, None);
    assert!(hint.to_string().contains(
        "cannot be called with Delegated (personal Microsoft account) permissions at all"
    ));
    assert!(app.check(Get::META).is_ok());
    assert!(app.check(Delete::META).is_err());
}

#[test]
fn application_permissions_cannot_go_through_me() {
    let me = List::META.through("me").unwrap();
    let by_path = List::META.through("me-by-path").unwrap();
    let user = List::META.through("user").unwrap();
    assert!(me.signed_in_user && by_path.signed_in_user && !user.signed_in_user);
    assert!(!me.allows(Application) && me.allows(DelegatedWork) && me.allows(DelegatedPersonal));
    // Every operation reached through `me` is refused with application permissions, naming
    // the operation and the variant; delegated permissions plan as before.
    for op in OPERATIONS {
        for endpoint in op.endpoints {
            let app = minimal_through(&[(*op, endpoint)], Application);
            let through = ["me", "me-by-path"].contains(&endpoint.variant);
            assert_eq!(endpoint.signed_in_user, through, "{}", endpoint.template);
            if through {
                let e = app.unwrap_err();
                assert_eq!(
                    (e.operation, e.permission_type, e.through),
                    (op.qualified_name, Application, Some(endpoint.variant))
                );
            } else {
                assert_eq!(
                    app.map(|p| p.scopes),
                    minimal(&[*op], Application).map(|p| p.scopes)
                );
            }
        }
    }
    let e = minimal_through(
        &[
            (List::META, user),
            (Update::META, Update::META.through("me").unwrap()),
        ],
        Application,
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "`driveItem.update` through `me` cannot be called with Application permissions: its path names the signed-in user, and an app-only token has none; call it through a variant that names the drive or user"
    );
    let plan = minimal_through(
        &[
            (List::META, me),
            (Update::META, Update::META.through("me").unwrap()),
        ],
        DelegatedWork,
    )
    .unwrap();
    assert_eq!(plan.scopes, ["Files.ReadWrite"]);
    // The operation-only plan cannot know the endpoint: it still allows `list` with an app.
    assert!(minimal(&[List::META], Application).is_ok());
}

#[test]
fn the_claims_of_an_application_token_cannot_reach_me() {
    let app = TokenClaims::decode(&token(
        serde_json::json!({"roles": ["Files.ReadWrite.All"]}),
    ))
    .unwrap();
    let work = TokenClaims::decode(&token(serde_json::json!({"scp": "Files.Read"}))).unwrap();
    let me = Get::META.through("me").unwrap();
    let refused = app.check_endpoint(Get::META, me).unwrap_err();
    assert_eq!(
        (refused.operation, refused.through),
        ("driveItem.get", Some("me"))
    );
    assert!(app
        .check_endpoint(Get::META, Get::META.through("drive").unwrap())
        .is_ok());
    assert!(work.check_endpoint(Get::META, me).is_ok());
}

async fn client(server: &MockServer, token_text: String) -> rt::Client {
    rt::Client::builder()
        .credential(rt::StaticToken::new(token_text))
        .base_url(server.uri())
        .check_scopes(true)
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_call_the_token_cannot_make_is_refused_and_nothing_is_sent() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"value": []})))
        .mount(&server)
        .await;
    let read_only = token(serde_json::json!({"scp": "Files.Read"}));
    let client = client(&server, read_only).await;
    let update = endpoints::drive_item::update_me(
        "item",
        "perm",
        operations::drive_item::UpdateBody::new(vec![models::Role::Read]),
    );
    let error = client.send(update).await.unwrap_err();
    let rt::Error::MissingScope(hint) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(hint.operation, "driveItem.update");
    assert_eq!(hint.permission_type, DelegatedWork);
    assert_eq!(hint.token_scopes, ["Files.Read"]);
    assert_eq!(hint.least_privileged(), Some("Files.ReadWrite"));
    assert!(
        error
            .to_string()
            .starts_with("refused before sending: `driveItem.update`"),
        "{error}"
    );
    assert!(
        server.received_requests().await.unwrap().is_empty(),
        "nothing is sent"
    );
    // What the token allows goes through.
    let page = client
        .send(endpoints::drive_item::list_me("item"))
        .await
        .unwrap();
    assert!(page.value().value.is_empty());
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn an_application_token_on_me_is_refused_with_the_reason_and_nothing_is_sent() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"value": []})))
        .mount(&server)
        .await;
    // Every scope there is: the refusal is about the path, not the scopes.
    let app = token(serde_json::json!({"roles": ["Files.ReadWrite.All", "Sites.ReadWrite.All"]}));
    let client = client(&server, app).await;
    let error = client
        .send(endpoints::drive_item::list_me("item"))
        .await
        .unwrap_err();
    let rt::Error::NotSupported(refusal) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(
        (refusal.operation, refusal.permission_type, refusal.through),
        ("driveItem.list", Application, Some("me"))
    );
    assert_eq!(
        error.to_string(),
        "refused before sending: `driveItem.list` through `me` cannot be called with Application permissions: its path names the signed-in user, and an app-only token has none; call it through a variant that names the drive or user"
    );
    let error = client
        .send(endpoints::drive_item::list_me_by_path("Documents/a.docx"))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, rt::Error::NotSupported(r) if r.through == Some("me-by-path")),
        "{error:?}"
    );
    assert!(
        server.received_requests().await.unwrap().is_empty(),
        "nothing is sent"
    );
    // The same call through a variant that names the user goes through.
    let page = client
        .send(endpoints::drive_item::list_user("u", "item"))
        .await
        .unwrap();
    assert!(page.value().value.is_empty());
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_403_from_graph_carries_the_same_hint() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(403).set_body_json(
            serde_json::json!({"error": {"code": "accessDenied", "message": "Access denied"}}),
        ))
        .mount(&server)
        .await;
    let app = token(serde_json::json!({"roles": ["Files.Read.All"]}));
    // Without the pre-check the call is sent, and the 403 says what is missing.
    let client = rt::Client::builder()
        .credential(rt::StaticToken::new(app))
        .base_url(server.uri())
        .build()
        .unwrap();
    let error = client
        .send(endpoints::drive_item::delete_me("item", "perm"))
        .await
        .unwrap_err();
    let rt::Error::Graph(graph) = &error else {
        panic!("{error:?}")
    };
    let hint = graph.scope_hint.as_ref().expect("a hint");
    assert_eq!(
        (hint.operation, hint.permission_type),
        ("driveItem.delete", Application)
    );
    assert_eq!(hint.least_privileged(), Some("Files.ReadWrite.All"));
    let text = error.to_string();
    assert!(
        text.contains("accessDenied") && text.contains("add Files.ReadWrite.All"),
        "{text}"
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

/// An application-only operation (every delegated row of its table `not supported`, as a
/// site's application grants are) refuses a delegated token before sending, as `/me`
/// refuses an application token; an application token goes through.
#[tokio::test]
async fn a_delegated_token_on_an_application_only_operation_is_refused_and_nothing_is_sent() {
    use fixture_everything::endpoints::document;
    use fixture_everything::models::Mode;
    use fixture_everything::operations::document::CreateBody;
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({"id": "d1"})))
        .mount(&server)
        .await;
    let body = || CreateBody::new("Report".to_owned(), Mode::Shared);
    // Every scope there is: the refusal is about the permission type, not the scopes.
    let work = token(serde_json::json!({"scp": "Files.ReadWrite.All Sites.Selected"}));
    let client = client(&server, work).await;
    let error = client
        .send(document::create("d", "i", body()))
        .await
        .unwrap_err();
    let rt::Error::NotSupported(refusal) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(
        (refusal.operation, refusal.permission_type, refusal.through),
        ("document.create", DelegatedWork, None)
    );
    assert!(
        error.to_string().contains(
            "`document.create` cannot be called with Delegated (work or school account) permissions (the docs say: not supported)"
        ),
        "{error}"
    );
    assert!(server.received_requests().await.unwrap().is_empty());
    let app = token(serde_json::json!({"roles": ["Sites.Selected"]}));
    let client = self::client(&server, app).await;
    let created = client
        .send(document::create("d", "i", body()))
        .await
        .unwrap();
    assert_eq!(created.value().id.as_deref(), Some("d1"));
}

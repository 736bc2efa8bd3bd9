//! The scopes the expansion brought (Sites.FullControl.All, Sites.Manage.All, Sites.Selected,
//! Files/Lists/ListItems.SelectedOperations.Selected) and the application-only operations
//! (a site's grants): a token passes or fails exactly as the spec's rows say, in the run-time
//! check and in the client (nothing sent when refused); the typed client's cases are in
//! `ui/pass/typed_scopes.rs` and `ui/fail/site_grant_delegated.rs`.

use base64::Engine;
use graph_permissions::endpoints as ep;
use graph_permissions::models::{Identity, IdentitySet, Role};
use graph_permissions::operations::{drive_item, list, list_item, share, site};
use graph_permissions::rt::{self, Operation, OperationMeta, PermissionType, TokenClaims};
use graph_permissions::scopes::{minimal, Scope, BY_PRIVILEGE, OPERATIONS};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use PermissionType::{Application, DelegatedPersonal, DelegatedWork};

const NEW_SCOPES: [&str; 6] = [
    "Files.SelectedOperations.Selected",
    "Sites.FullControl.All",
    "Sites.Manage.All",
    "Sites.Selected",
    "Lists.SelectedOperations.Selected",
    "ListItems.SelectedOperations.Selected",
];

#[test]
fn the_new_scopes_are_known_because_the_spec_lists_them() {
    for scope in NEW_SCOPES {
        assert!(BY_PRIVILEGE.contains(&scope), "{scope}");
        let typed = <Scope as rt::WireEnum>::from_wire(scope);
        assert!(!matches!(typed, Scope::Unknown(_)), "{scope}");
        assert_eq!(typed.as_str(), scope);
    }
    let used: Vec<&str> = OPERATIONS
        .iter()
        .flat_map(|op| PermissionType::ALL.map(|ty| op.scopes.get(ty)))
        .flatten()
        .flatten()
        .copied()
        .collect();
    for scope in NEW_SCOPES {
        assert!(used.contains(&scope), "{scope} allows some operation");
    }
}

/// `scopes:` is least privileged first as the pages' rows and Microsoft's privilege levels
/// rank it (`codegen import`): a scope limited to what the app was given before the `.All`
/// scope that does as much everywhere. Where a call accepts both, `minimal` takes the first.
#[test]
fn minimal_prefers_a_selected_scope_to_full_control() {
    let at = |s: &str| BY_PRIVILEGE.iter().position(|p| *p == s).unwrap();
    for selected in [
        "Files.SelectedOperations.Selected",
        "ListItems.SelectedOperations.Selected",
        "Sites.Selected",
        "Lists.SelectedOperations.Selected",
    ] {
        assert!(at(selected) < at("Sites.FullControl.All"), "{selected}");
        assert!(at(selected) < at("Sites.Manage.All"), "{selected}");
    }
    // Every row of the spec that has Sites.Selected also has a lower scope; a row as a page
    // might give it, with only these two, shows the choice.
    let meta = OperationMeta {
        scopes: rt::ScopeTable {
            delegated_work: Some(&["Sites.FullControl.All", "Sites.Selected"]),
            delegated_personal: None,
            application: Some(&["Sites.FullControl.All", "Sites.Selected"]),
        },
        ..*site::List::META
    };
    for ty in [DelegatedWork, Application] {
        assert_eq!(
            minimal(&[&meta], ty).unwrap().scopes,
            ["Sites.Selected"],
            "{ty}"
        );
    }
}

fn claims(permission_type: PermissionType, scope: &str) -> TokenClaims {
    TokenClaims {
        permission_type,
        scopes: vec![scope.to_owned()],
    }
}

/// (operation, permission type, the token's one scope, whether the spec's row allows it),
/// written from the rows of `spec/permissions.yaml`.
fn rows() -> Vec<(&'static OperationMeta, PermissionType, &'static str, bool)> {
    let create = drive_item::Create::META;
    vec![
        (
            create,
            DelegatedWork,
            "Files.SelectedOperations.Selected",
            true,
        ),
        (create, DelegatedWork, "Sites.Selected", true),
        (
            create,
            DelegatedWork,
            "ListItems.SelectedOperations.Selected",
            true,
        ),
        (create, DelegatedWork, "Files.Read", false),
        (create, DelegatedPersonal, "Sites.Selected", false),
        (create, DelegatedPersonal, "Files.ReadWrite", true),
        (create, Application, "Sites.Selected", true),
        (create, Application, "Sites.Manage.All", true),
        (create, Application, "Files.Read.All", false),
        (
            site::List::META,
            DelegatedWork,
            "Sites.FullControl.All",
            true,
        ),
        (
            site::List::META,
            DelegatedWork,
            "Sites.ReadWrite.All",
            false,
        ),
        (site::List::META, Application, "Sites.FullControl.All", true),
        (site::List::META, Application, "Sites.Selected", false),
        (
            site::Create::META,
            Application,
            "Sites.FullControl.All",
            true,
        ),
        (site::Create::META, Application, "Sites.Manage.All", false),
        (
            site::Create::META,
            DelegatedWork,
            "Sites.FullControl.All",
            false,
        ),
        (
            list::Update::META,
            DelegatedWork,
            "Lists.SelectedOperations.Selected",
            true,
        ),
        (list::Update::META, Application, "Sites.Selected", true),
        (
            list::Create::META,
            DelegatedWork,
            "Lists.SelectedOperations.Selected",
            false,
        ),
        (list::Create::META, DelegatedWork, "Sites.Manage.All", true),
        (
            list::List::META,
            DelegatedPersonal,
            "Sites.FullControl.All",
            false,
        ),
        (
            list_item::Update::META,
            DelegatedWork,
            "ListItems.SelectedOperations.Selected",
            false,
        ),
        (list_item::Get::META, Application, "Sites.Read.All", true),
        (share::Get::META, DelegatedPersonal, "Files.ReadWrite", true),
        (share::Get::META, DelegatedPersonal, "Files.Read", false),
    ]
}

#[test]
fn a_token_passes_or_fails_as_the_spec_rows_say() {
    for (op, ty, scope, allowed) in rows() {
        let what = format!("{} {ty} {scope}", op.qualified_name);
        assert_eq!(claims(ty, scope).check(op).is_ok(), allowed, "{what}");
        // Graph's scope names are case-insensitive.
        let lower = claims(ty, &scope.to_ascii_lowercase());
        assert_eq!(lower.check(op).is_ok(), allowed, "{what}, lower case");
    }
    // And exactly the row: every scope of the spec against every row of every operation.
    for op in OPERATIONS {
        for ty in PermissionType::ALL {
            for scope in BY_PRIVILEGE {
                let listed = op.scopes.get(ty).is_some_and(|row| row.contains(scope));
                let passes = claims(ty, scope).check(op).is_ok();
                assert_eq!(passes, listed, "{} {ty} {scope}", op.qualified_name);
            }
        }
    }
}

/// The site grants' calls other than list support no delegated permission type: a delegated
/// token cannot reach them whatever its scopes, as an application token cannot reach `/me`.
#[test]
fn the_site_grants_are_application_only_but_list() {
    let everything = TokenClaims {
        permission_type: DelegatedWork,
        scopes: BY_PRIVILEGE.iter().map(|s| s.to_string()).collect(),
    };
    let site_endpoint = |op: &'static OperationMeta| op.through("site").unwrap();
    for op in [
        site::Get::META,
        site::Create::META,
        site::Update::META,
        site::Delete::META,
    ] {
        let refusal = everything
            .check_endpoint(op, site_endpoint(op))
            .unwrap_err();
        assert_eq!(
            (refusal.operation, refusal.through),
            (op.qualified_name, None)
        );
        assert!(minimal(&[op], DelegatedWork).is_err());
        assert_eq!(
            minimal(&[op], Application).unwrap().scopes,
            ["Sites.FullControl.All"]
        );
    }
    let list = site::List::META;
    assert!(everything.check_endpoint(list, site_endpoint(list)).is_ok());
    let application_only: Vec<&str> = OPERATIONS
        .iter()
        .filter(|op| op.scopes.delegated_work.is_none() && op.scopes.delegated_personal.is_none())
        .map(|op| op.qualified_name)
        .collect();
    assert_eq!(
        application_only,
        ["site.delete", "site.get", "site.create", "site.update"]
    );
}

fn token(claims: serde_json::Value) -> String {
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    format!("e30.{}.sig", engine.encode(claims.to_string()))
}

async fn checking_client(server: &MockServer, claims: serde_json::Value) -> rt::Client {
    rt::Client::builder()
        .credential(rt::StaticToken::new(token(claims)))
        .base_url(server.uri())
        .check_scopes(true)
        .build()
        .unwrap()
}

fn grant_body() -> site::CreateBody {
    let app = IdentitySet::default().application(Identity::default().id("app-1".to_owned()));
    #[allow(deprecated)] // site.create takes `grantedToIdentities` alone, a deprecated property
    site::CreateBody::new()
        .roles(vec![Role::Read])
        .granted_to_identities(vec![app])
}

#[tokio::test]
async fn the_client_refuses_before_sending_what_the_rows_refuse() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({"id": "g"})))
        .mount(&server)
        .await;
    let sent = || async { server.received_requests().await.unwrap().len() };

    // Sites.Selected does not allow a site grant; the hint names the scope that does.
    let selected = checking_client(&server, serde_json::json!({"roles": ["Sites.Selected"]})).await;
    let error = selected
        .send(ep::site::create("s", grant_body()))
        .await
        .unwrap_err();
    let rt::Error::MissingScope(hint) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(hint.operation, "site.create");
    assert_eq!(hint.least_privileged(), Some("Sites.FullControl.All"));
    assert_eq!(sent().await, 0);
    // But it allows create on a driveItem.
    let body = drive_item::CreateBody::new().roles(vec![Role::Read]);
    selected
        .send(ep::drive_item::create("d", "i", body))
        .await
        .unwrap();
    assert_eq!(sent().await, 1);

    let full = checking_client(
        &server,
        serde_json::json!({"roles": ["Sites.FullControl.All"]}),
    )
    .await;
    full.send(ep::site::create("s", grant_body()))
        .await
        .unwrap();
    assert_eq!(sent().await, 2);

    // A delegated token with every scope: refused for the grants, whatever they are…
    let delegated =
        checking_client(&server, serde_json::json!({"scp": BY_PRIVILEGE.join(" ")})).await;
    let error = delegated
        .send(ep::site::create("s", grant_body()))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, rt::Error::NotSupported(r) if r.operation == "site.create" && r.through.is_none()),
        "{error:?}"
    );
    assert!(
        error
            .to_string()
            .contains("`site.create` cannot be called with Delegated (work or school account) permissions (the docs say: not supported)"),
        "{error}"
    );
    let error = delegated
        .send(ep::site::delete("s", "g"))
        .await
        .unwrap_err();
    assert!(matches!(error, rt::Error::NotSupported(_)), "{error:?}");
    assert_eq!(sent().await, 2);
    // …but not for listing them.
    let listing = delegated.send(ep::site::list("s")).await;
    assert!(
        !matches!(
            listing,
            Err(rt::Error::NotSupported(_) | rt::Error::MissingScope(_))
        ),
        "{listing:?}"
    );
    assert_eq!(sent().await, 3);

    // A personal account cannot list a list's permissions at all: no scope would do.
    let personal = checking_client(
        &server,
        serde_json::json!({"scp": "Sites.FullControl.All", "tid": "9188040d-6c67-4c5b-b112-36a304b66dad"}),
    )
    .await;
    let error = personal.send(ep::list::list("s", "l")).await.unwrap_err();
    let rt::Error::MissingScope(hint) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(
        (hint.permission_type, hint.accepts),
        (DelegatedPersonal, None)
    );
    assert_eq!(sent().await, 3);
}

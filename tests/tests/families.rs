//! The operations the expansion of the spec brought, against a loopback server (wiremock),
//! one path variant per family: create on a driveItem, share.get with and without `Prefer`,
//! and every call of the site, list and listItem families. For each: the method, the
//! percent-encoded path (beta-only calls go to `/beta`), the query, the headers, the JSON body
//! the server received, and the typed result, written back, equal to what the server sent.

use std::collections::BTreeSet;

use graph_permissions::endpoints as ep;
use graph_permissions::models::{
    Identity, IdentitySet, PermissionField, Prefer, Role, SharePointIdentitySet,
};
use graph_permissions::operations::{drive_item, list, list_item, site};
use graph_permissions::rt::{self, Client, Decode, Operation, Request, Response, SharingUrl};
use serde::Serialize;
use serde_json::{json, Value};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request as Received, ResponseTemplate};

const TOKEN: &str = "families-token";
// Path parameters holding `/`, `?`, `#` and a space, and what each must be on the wire.
const DRIVE: &str = "b!d/1?x#y z";
const DRIVE_E: &str = "b!d%2F1%3Fx%23y%20z";
const ITEM: &str = "01 I/T?E#M";
const ITEM_E: &str = "01%20I%2FT%3FE%23M";
const SITE: &str = "contoso.sharepoint.com,a/b?c#d e";
const SITE_E: &str = "contoso.sharepoint.com,a%2Fb%3Fc%23d%20e";
const LIST: &str = "l/1?#";
const LIST_E: &str = "l%2F1%3F%23";
const LIST_ITEM: &str = "li 2/#?";
const LIST_ITEM_E: &str = "li%202%2F%23%3F";
const PERM: &str = "p/1?#";
const PERM_E: &str = "p%2F1%3F%23";
const SHARING_URL: &str = "https://northwind.sharepoint.example/:w:/s/ops/Ek3Vd9QmT0aP";
/// `u!` + the URL in base64url without padding, computed independently.
const SHARING_URL_E: &str =
    "u!aHR0cHM6Ly9ub3J0aHdpbmQuc2hhcmVwb2ludC5leGFtcGxlLzp3Oi9zL29wcy9FazNWZDlRbVQwYVA";

/// What the server must have received.
struct Expect {
    method: &'static str,
    path: String,
    query: &'static [(&'static str, &'static str)],
    /// Headers the request must carry (besides authorization and content-type).
    headers: &'static [(&'static str, &'static str)],
    /// Headers it must not carry.
    absent: &'static [&'static str],
    body: Option<Value>,
}

fn expect(method: &'static str, path: String) -> Expect {
    Expect {
        method,
        path,
        query: &[],
        headers: &[],
        absent: &[],
        body: None,
    }
}

/// The operations sent so far, by qualified name.
#[derive(Default)]
struct Sent {
    covered: BTreeSet<&'static str>,
}

impl Sent {
    /// Sends `request` to a server that answers `status` with `answer`; checks what it
    /// received against `expected`, and that the typed result written back is `answer`.
    async fn send<O, C>(
        &mut self,
        request: Request<O, C>,
        expected: Expect,
        status: u16,
        answer: Option<Value>,
    ) -> Response<O::Output>
    where
        O: Operation,
        C: rt::Caller,
        O::Body: Serialize,
        O::Output: Decode + Serialize,
    {
        let name = request.operation().qualified_name;
        self.covered.insert(name);
        let server = MockServer::start().await;
        let mut template = ResponseTemplate::new(status).insert_header("request-id", "req-f");
        if let Some(answer) = &answer {
            template = template.set_body_json(answer);
        }
        Mock::given(any())
            .respond_with(template)
            .mount(&server)
            .await;
        let client = Client::builder()
            .credential(rt::StaticToken::new(TOKEN))
            .base_url(server.uri())
            .build()
            .unwrap();
        let response = client
            .send(request)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let received = server.received_requests().await.unwrap();
        assert_eq!(received.len(), 1, "{name}: one request");
        check(name, &received[0], &expected);
        assert_eq!(response.status(), status, "{name}: status");
        assert_eq!(response.request_id(), Some("req-f"), "{name}: request-id");
        let written = serde_json::to_value(response.value()).unwrap();
        assert_eq!(
            written,
            answer.unwrap_or(Value::Null),
            "{name}: typed result"
        );
        response
    }
}

fn header<'a>(request: &'a Received, name: &str) -> Option<&'a str> {
    request.headers.get(name).map(|v| v.to_str().unwrap())
}

fn check(name: &str, request: &Received, expected: &Expect) {
    assert_eq!(request.method.as_str(), expected.method, "{name}: method");
    assert_eq!(request.url.path(), expected.path, "{name}: path");
    let query: Vec<(String, String)> = request.url.query_pairs().into_owned().collect();
    let wanted: Vec<(String, String)> = expected
        .query
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert_eq!(query, wanted, "{name}: query");
    let bearer = format!("Bearer {TOKEN}");
    assert_eq!(header(request, "authorization"), Some(bearer.as_str()));
    for (header_name, value) in expected.headers {
        assert_eq!(
            header(request, header_name),
            Some(*value),
            "{name}: {header_name}"
        );
    }
    for header_name in expected.absent {
        assert_eq!(header(request, header_name), None, "{name}: {header_name}");
    }
    match &expected.body {
        Some(body) => {
            assert_eq!(
                header(request, "content-type"),
                Some("application/json"),
                "{name}: content-type"
            );
            let sent: Value = serde_json::from_slice(&request.body).unwrap();
            assert_eq!(&sent, body, "{name}: body");
        }
        None => {
            assert_eq!(header(request, "content-type"), None, "{name}");
            assert!(request.body.is_empty(), "{name}: no body");
        }
    }
}

fn user(id: &str, name: &str) -> SharePointIdentitySet {
    SharePointIdentitySet::default().user(
        Identity::default()
            .id(id.to_owned())
            .display_name(name.to_owned()),
    )
}

/// A permission as Graph answers a create or an update on a list or an item.
fn granted(id: &str, role: &str) -> Value {
    json!({
        "id": id,
        "roles": [role],
        "grantedToV2": { "user": { "id": "u-7", "displayName": "Dana Reyes" } },
    })
}

/// A site's application grant as Graph answers it.
fn app_grant(id: &str, role: &str) -> Value {
    let apps = json!([{ "application": { "id": "4c1f-archiver", "displayName": "Archiver" } }]);
    json!({ "id": id, "roles": [role], "grantedToIdentities": apps, "grantedToIdentitiesV2": apps })
}

async fn create_on_a_drive_item(sent: &mut Sent) {
    let body = drive_item::CreateBody::new()
        .roles(vec![Role::Write])
        .granted_to_v2(user("u-7", "Dana Reyes"));
    let mut expected = expect(
        "POST",
        format!("/v1.0/drives/{DRIVE_E}/items/{ITEM_E}/permissions"),
    );
    expected.body = Some(json!({
        "roles": ["write"],
        "grantedToV2": { "user": { "id": "u-7", "displayName": "Dana Reyes" } },
    }));
    let created = sent
        .send(
            ep::drive_item::create(DRIVE, ITEM, body),
            expected,
            201,
            Some(granted("p-new", "write")),
        )
        .await;
    assert!(created.is_created());
    let permission = created.into_value();
    assert_eq!(permission.roles, Some(vec![Role::Write]));
    let user = permission.granted_to_v2.unwrap().user.unwrap();
    assert_eq!(user.display_name.as_deref(), Some("Dana Reyes"));
}

/// `Prefer` is sent only when asked for.
async fn share_get(sent: &mut Sent) {
    let shared = json!({
        "id": SHARING_URL_E,
        "name": "Ops runbook.docx",
        "owner": { "user": { "id": "u-3", "displayName": "Kai Moreno" } },
    });
    let url = SharingUrl::from_url(SHARING_URL);
    let mut expected = expect("GET", format!("/v1.0/shares/{SHARING_URL_E}"));
    expected.headers = &[("prefer", "redeemSharingLinkIfNecessary")];
    let got = sent
        .send(
            ep::share::get(&url).prefer(Prefer::RedeemSharingLinkIfNecessary),
            expected,
            200,
            Some(shared.clone()),
        )
        .await
        .into_value();
    assert_eq!(got.name.as_deref(), Some("Ops runbook.docx"));
    let owner = got.owner.unwrap().user.unwrap();
    assert_eq!(owner.display_name.as_deref(), Some("Kai Moreno"));

    let mut expected = expect("GET", "/v1.0/shares/s!Q2%2Fx".to_owned());
    expected.absent = &["prefer"];
    let by_id = SharingUrl::from_share_id("s!Q2/x");
    sent.send(ep::share::get(&by_id), expected, 200, Some(shared))
        .await;
}

async fn site_calls(sent: &mut Sent) {
    let base = format!("/v1.0/sites/{SITE_E}/permissions");
    let page = json!({ "value": [app_grant("g1", "read"), app_grant("g2", "write")] });
    let listed = sent
        .send(
            ep::site::list(SITE),
            expect("GET", base.clone()),
            200,
            Some(page),
        )
        .await
        .into_value();
    assert_eq!(listed.value.len(), 2);
    let one = format!("{base}/{PERM_E}");
    sent.send(
        ep::site::get(SITE, PERM),
        expect("GET", one.clone()),
        200,
        Some(app_grant("g1", "read")),
    )
    .await;
    #[allow(deprecated)] // site.create takes `grantedToIdentities` alone, a deprecated property
    let body = site::CreateBody::new()
        .roles(vec![Role::Write])
        .granted_to_identities(vec![IdentitySet::default().application(
            Identity::default()
                .id("4c1f-archiver".to_owned())
                .display_name("Archiver".to_owned()),
        )]);
    let mut expected = expect("POST", base);
    expected.body = Some(json!({
        "roles": ["write"],
        "grantedToIdentities": [{ "application": { "id": "4c1f-archiver", "displayName": "Archiver" } }],
    }));
    let created = sent
        .send(
            ep::site::create(SITE, body),
            expected,
            201,
            Some(app_grant("g3", "write")),
        )
        .await
        .into_value();
    let app = created.granted_to_identities_v2.unwrap()[0]
        .application
        .clone()
        .unwrap();
    assert_eq!(app.id.as_deref(), Some("4c1f-archiver"));
    let mut expected = expect("PATCH", one.clone());
    expected.body = Some(json!({ "roles": ["read"] }));
    let body = site::UpdateBody::new().roles(vec![Role::Read]);
    sent.send(
        ep::site::update(SITE, PERM, body),
        expected,
        200,
        Some(app_grant("g3", "read")),
    )
    .await;
    sent.send(
        ep::site::delete(SITE, PERM),
        expect("DELETE", one),
        204,
        None,
    )
    .await;
}

async fn list_calls(sent: &mut Sent) {
    let v1 = format!("/v1.0/sites/{SITE_E}/lists/{LIST_E}/permissions");
    let beta = format!("/beta/sites/{SITE_E}/lists/{LIST_E}/permissions/{PERM_E}");
    let page = json!({ "value": [granted("p1", "read")], "@odata.count": 1 });
    let mut expected = expect("GET", v1.clone());
    expected.query = &[
        ("$top", "5"),
        ("$count", "true"),
        ("$filter", "roles/any(r:r eq 'read')"),
        ("$select", "id,roles"),
    ];
    let request = ep::list::list(SITE, LIST)
        .top(5)
        .count(true)
        .filter("roles/any(r:r eq 'read')")
        .select(&[PermissionField::Id, PermissionField::Roles]);
    let listed = sent.send(request, expected, 200, Some(page)).await;
    assert_eq!(listed.value().count(), Some(1));
    let body = list::CreateBody::new()
        .roles(vec![Role::Read])
        .granted_to_v2(user("u-7", "Dana Reyes"));
    let mut expected = expect("POST", v1);
    expected.body = Some(json!({
        "roles": ["read"],
        "grantedToV2": { "user": { "id": "u-7", "displayName": "Dana Reyes" } },
    }));
    sent.send(
        ep::list::create(SITE, LIST, body),
        expected,
        201,
        Some(granted("p2", "read")),
    )
    .await;
    // get, update and delete are published in beta alone.
    sent.send(
        ep::list::get(SITE, LIST, PERM),
        expect("GET", beta.clone()),
        200,
        Some(granted("p2", "read")),
    )
    .await;
    let mut expected = expect("PATCH", beta.clone());
    expected.body = Some(json!({ "roles": ["write"] }));
    let body = list::UpdateBody::new().roles(vec![Role::Write]);
    sent.send(
        ep::list::update(SITE, LIST, PERM, body),
        expected,
        200,
        Some(granted("p2", "write")),
    )
    .await;
    sent.send(
        ep::list::delete(SITE, LIST, PERM),
        expect("DELETE", beta),
        204,
        None,
    )
    .await;
}

async fn list_item_calls(sent: &mut Sent) {
    let item = format!("/sites/{SITE_E}/lists/{LIST_E}/items/{LIST_ITEM_E}/permissions");
    let v1 = format!("/v1.0{item}");
    let beta = format!("/beta{item}/{PERM_E}");
    let page = json!({ "value": [granted("p1", "write")] });
    sent.send(
        ep::list_item::list(SITE, LIST, LIST_ITEM),
        expect("GET", v1.clone()),
        200,
        Some(page),
    )
    .await;
    let body = list_item::CreateBody::new()
        .roles(vec![Role::Write])
        .granted_to_v2(user("u-7", "Dana Reyes"));
    let mut expected = expect("POST", v1);
    expected.body = Some(json!({
        "roles": ["write"],
        "grantedToV2": { "user": { "id": "u-7", "displayName": "Dana Reyes" } },
    }));
    sent.send(
        ep::list_item::create(SITE, LIST, LIST_ITEM, body),
        expected,
        201,
        Some(granted("p3", "write")),
    )
    .await;
    sent.send(
        ep::list_item::get(SITE, LIST, LIST_ITEM, PERM),
        expect("GET", beta.clone()),
        200,
        Some(granted("p3", "write")),
    )
    .await;
    let mut expected = expect("PATCH", beta.clone());
    expected.body = Some(json!({ "roles": ["read"] }));
    let body = list_item::UpdateBody::new().roles(vec![Role::Read]);
    sent.send(
        ep::list_item::update(SITE, LIST, LIST_ITEM, PERM, body),
        expected,
        200,
        Some(granted("p3", "read")),
    )
    .await;
    sent.send(
        ep::list_item::delete(SITE, LIST, LIST_ITEM, PERM),
        expect("DELETE", beta),
        204,
        None,
    )
    .await;
}

/// The operations of the spec before the expansion, sent by `client.rs`.
const ORIGINAL: &[&str] = &[
    "driveItem.list",
    "driveItem.get",
    "driveItem.update",
    "driveItem.delete",
    "driveItem.createLink",
    "driveItem.invite",
    "driveItem.revokeGrants",
    "share.grant",
];

#[tokio::test]
async fn every_operation_the_expansion_brought_sends_and_decodes_exactly() {
    let mut sent = Sent::default();
    create_on_a_drive_item(&mut sent).await;
    share_get(&mut sent).await;
    site_calls(&mut sent).await;
    list_calls(&mut sent).await;
    list_item_calls(&mut sent).await;
    let new: BTreeSet<&str> = graph_permissions::scopes::OPERATIONS
        .iter()
        .map(|meta| meta.qualified_name)
        .filter(|name| !ORIGINAL.contains(name))
        .collect();
    assert_eq!(sent.covered, new, "every new operation is sent here");
    assert_eq!(new.len(), 17);
}

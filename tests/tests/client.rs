//! The client of `graph-permissions` against a real HTTP server on loopback (wiremock).
//!
//! First, for every (operation, path variant) endpoint function: the method, percent-encoded
//! path, query, headers and JSON body the server received, and the typed result decoded from
//! the example responses written for the tests (`tests/fixtures/examples/`). Then every failure mode:
//! Graph errors, 412, 304, 201/200, 207, throttling, proxies, bad JSON, timeouts, refused
//! connections, foreign next links, paging, refused paths and headers; and that the token
//! never shows in an error, a `Debug` output or a log line.
//!
//! Every wait is short: the whole file runs in a few seconds.

use std::collections::BTreeSet;
use std::future::Future;
use std::io;
use std::pin::{pin, Pin};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use graph_permissions::endpoints as ep;
use graph_permissions::models::{
    DriveRecipient, PermissionField as F, Role, SharingLinkScope, SharingLinkType,
};
use graph_permissions::operations::{
    self as ops,
    drive_item::{CreateLinkBody, InviteBody, RevokeGrantsBody, UpdateBody},
    share::GrantBody,
};
use graph_permissions::rt::{
    self, ApiVersion, Client, DateTimeOffset, Error, GraphError, Modified, Operation, RetryPolicy,
    SharingUrl,
};
use serde::Serialize;
use serde_json::{json, Value};
use wiremock::matchers::{any, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request as Received, Respond, ResponseTemplate};

/// The access token of every client here; no error, `Debug` output or log line may show it.
const TOKEN: &str = "super-secret-token";

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("../fixtures/examples/", $name))
    };
}

// Path parameters holding `/`, `?`, `#` and a space, and what each must be on the wire.
const DRIVE: &str = "b!d/1?x#y z";
const DRIVE_E: &str = "b!d%2F1%3Fx%23y%20z";
const GROUP: &str = "g/1 ?#";
const GROUP_E: &str = "g%2F1%20%3F%23";
const SITE: &str = "contoso.sharepoint.com,a/b?c#d e";
const SITE_E: &str = "contoso.sharepoint.com,a%2Fb%3Fc%23d%20e";
const USER: &str = "u@contoso.com/x?y#z w";
const USER_E: &str = "u@contoso.com%2Fx%3Fy%23z%20w";
const ITEM: &str = "01 I/T?E#M";
const ITEM_E: &str = "01%20I%2FT%3FE%23M";
const PERM: &str = "p/1?#";
const PERM_E: &str = "p%2F1%3F%23";
const LIST: &str = "l/1?#";
const LIST_E: &str = "l%2F1%3F%23";
const LIST_ITEM: &str = "li 2/#?";
const LIST_ITEM_E: &str = "li%202%2F%23%3F";
/// An item path keeps its `/`s; everything else is encoded.
const PATH: &str = "Documents/Q1 report#2?.docx";
const PATH_E: &str = "Documents/Q1%20report%232%3F.docx";
const SHARING_URL: &str =
    "https://fabrikam.sharepoint.example/:t:/g/research/Qm7pLx2VwR9sKd4TnBf8Ha1CyZ0uJe6WoP3gXq5MrN";
/// `u!` + the URL in base64url without padding, computed independently.
const SHARING_URL_E: &str = "u!aHR0cHM6Ly9mYWJyaWthbS5zaGFyZXBvaW50LmV4YW1wbGUvOnQ6L2cvcmVzZWFyY2gvUW03cEx4MlZ3UjlzS2Q0VG5CZjhIYTFDeVowdUplNldvUDNnWHE1TXJO";

fn parse(text: &str) -> Value {
    serde_json::from_str(text).expect("valid JSON")
}

/// Retries that wait milliseconds, not seconds.
fn fast_retry(max_attempts: u32) -> RetryPolicy {
    RetryPolicy {
        max_attempts,
        max_elapsed: Duration::from_secs(5),
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(20),
        max_retry_after: Duration::from_secs(1),
    }
}

fn builder(base: &str) -> rt::ClientBuilder {
    Client::builder()
        .credential(rt::StaticToken::new(TOKEN))
        .base_url(base)
        .retry(fast_retry(3))
        .timeout(Duration::from_secs(5))
}

fn client_for(server: &MockServer) -> Client {
    builder(&server.uri()).build().expect("a client")
}

/// Asserts that neither the token nor the word "secret" is in the error's `Display` or
/// `Debug`, nor in those of its sources.
fn assert_no_secret(error: &(dyn std::error::Error + 'static)) {
    let mut next = Some(error);
    while let Some(e) = next {
        for text in [e.to_string(), format!("{e:?}"), format!("{e:#?}")] {
            assert!(
                !text.contains(TOKEN) && !text.contains("secret"),
                "the token shows: {text}"
            );
        }
        next = e.source();
    }
}

/// The error of a call that must fail, checked for the token.
#[track_caller]
fn failure<T: std::fmt::Debug>(result: Result<T, Error>) -> Error {
    let error = result.expect_err("the call should fail");
    assert_no_secret(&error);
    error
}

async fn received(server: &MockServer) -> Vec<Received> {
    server
        .received_requests()
        .await
        .expect("request recording is on")
}

fn header<'a>(request: &'a Received, name: &str) -> Option<&'a str> {
    request
        .headers
        .get(name)
        .map(|v| v.to_str().expect("an ASCII header"))
}

/// Graph's error JSON.
fn graph_error(code: &str) -> Value {
    json!({"error": {
        "code": code,
        "message": format!("{code}: something went wrong"),
        "innerError": {"request-id": "r1", "client-request-id": "c1", "date": "2026-01-01T00:00:00"}
    }})
}

fn ok_json(body: impl Into<String>) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(body.into(), "application/json")
}

/// Answers with each template in turn, then with the last one again and again.
struct Sequence(Mutex<Vec<ResponseTemplate>>);

impl Sequence {
    fn new(templates: Vec<ResponseTemplate>) -> Self {
        Self(Mutex::new(templates))
    }
}

impl Respond for Sequence {
    fn respond(&self, _: &Received) -> ResponseTemplate {
        let mut templates = self.0.lock().unwrap();
        if templates.len() > 1 {
            templates.remove(0)
        } else {
            templates[0].clone()
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Every endpoint function: what the server received, what the caller got
// ---------------------------------------------------------------------------------------------

/// What a call returned: status, `request-id`, and the typed value written back as JSON.
struct Got {
    status: u16,
    request_id: Option<String>,
    value: Value,
}

type Call = Box<dyn FnOnce(Client) -> Pin<Box<dyn Future<Output = Result<Got, Error>>>>>;

/// One endpoint function's request, sent, and the server's expected view of it.
struct Case {
    /// (operation, path variant)
    endpoint: (&'static str, &'static str),
    call: Call,
    method: &'static str,
    path: String,
    query: &'static [(&'static str, &'static str)],
    /// The `if-match` / `if-none-match` headers expected; any other of the two must be absent.
    conditional: &'static [(&'static str, &'static str)],
    body: Option<Value>,
    status: u16,
    response: Option<String>,
}

fn case<O, C: rt::Caller + 'static>(
    request: rt::Request<O, C>,
    convert: fn(O::Output) -> Value,
) -> Case
where
    O: Operation + 'static,
    O::Body: Serialize + 'static,
    O::Output: rt::Decode,
{
    let endpoint = (request.operation().name, request.endpoint().variant);
    Case {
        endpoint,
        call: Box::new(move |client: Client| {
            Box::pin(async move {
                let response = client.send(request).await?;
                Ok(Got {
                    status: response.status(),
                    request_id: response.request_id().map(str::to_owned),
                    value: convert(response.into_value()),
                })
            })
        }),
        method: "",
        path: String::new(),
        query: &[],
        conditional: &[],
        body: None,
        status: 200,
        response: None,
    }
}

fn to_json<T: Serialize>(value: T) -> Value {
    serde_json::to_value(value).expect("serializes")
}

fn send<O, C: rt::Caller + 'static>(request: rt::Request<O, C>) -> Case
where
    O: Operation + 'static,
    O::Body: Serialize + 'static,
    O::Output: rt::Decode + Serialize,
{
    case(request, to_json::<O::Output>)
}

/// For requests sent with `if-none-match`: a changed item is its JSON, "not modified" a string.
fn send_modified<O, C: rt::Caller + 'static>(request: rt::Request<O, C>) -> Case
where
    O: Operation<Output = Modified<rt::Page<graph_permissions::models::Permission>>> + 'static,
    O::Body: Serialize + 'static,
{
    case(request, |output| match output {
        Modified::Modified(page) => to_json(page),
        Modified::NotModified => json!("not modified"),
    })
}

impl Case {
    fn expect(mut self, method: &'static str, path: String) -> Self {
        self.method = method;
        self.path = path;
        self
    }
    fn query(mut self, query: &'static [(&'static str, &'static str)]) -> Self {
        self.query = query;
        self
    }
    fn conditional(mut self, headers: &'static [(&'static str, &'static str)]) -> Self {
        self.conditional = headers;
        self
    }
    fn body(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }
    fn answer(mut self, status: u16, response: Option<&str>) -> Self {
        self.status = status;
        self.response = response.map(str::to_owned);
        self
    }
}

fn update_body() -> UpdateBody {
    UpdateBody::new(vec![Role::Write])
}

fn create_link_edit() -> (CreateLinkBody, Value) {
    let mut body = CreateLinkBody::new(SharingLinkType::Edit);
    body.scope = Some(SharingLinkScope::Organization);
    (body, json!({"type": "edit", "scope": "organization"}))
}

fn create_link_view() -> (CreateLinkBody, Value) {
    let mut body = CreateLinkBody::new(SharingLinkType::View);
    body.scope = Some(SharingLinkScope::Anonymous);
    body.expiration_date_time = Some(DateTimeOffset::new("2026-07-15T14:00:00Z"));
    body.password = Some("ThisIsMyPrivatePassword".to_owned());
    body.retain_inherited_permissions = Some(false);
    let json = json!({
        "type": "view",
        "scope": "anonymous",
        "expirationDateTime": "2026-07-15T14:00:00Z",
        "password": "ThisIsMyPrivatePassword",
        "retainInheritedPermissions": false
    });
    (body, json)
}

fn invite_body() -> (InviteBody, Value) {
    let mut body = InviteBody::new(vec![DriveRecipient::from_email(
        "robin@contoso.org".to_owned(),
    )]);
    body.message = Some("Here's the file that we're collaborating on.".to_owned());
    body.require_sign_in = Some(true);
    body.send_invitation = Some(true);
    body.roles = Some(vec![Role::Write]);
    let json = json!({
        "recipients": [{"email": "robin@contoso.org"}],
        "message": "Here's the file that we're collaborating on.",
        "requireSignIn": true,
        "sendInvitation": true,
        "roles": ["write"]
    });
    (body, json)
}

fn grant_body() -> GrantBody {
    GrantBody::new(
        vec![
            DriveRecipient::from_email("avery.quinn@fabrikam.example".to_owned()),
            DriveRecipient::from_email("sam.okafor@northwind.example".to_owned()),
        ],
        vec![Role::Read],
    )
}

fn revoke_body() -> RevokeGrantsBody {
    RevokeGrantsBody::new(vec![DriveRecipient::from_email(
        "jordan.lee@fabrikam.example".to_owned(),
    )])
}

/// One case per endpoint function (and a second for grant, by share id).
fn cases() -> Vec<Case> {
    let list = Some(fixture!("list-response.json"));
    let update_req = parse(fixture!("update-request.json"));
    let update_res = Some(fixture!("update-response.json"));
    let invite_res = format!("{{\"value\": [{}]}}", fixture!("invitation.json"));
    let invite_res = Some(invite_res.as_str());
    let revoke_req = parse(fixture!("revoke-grants-request.json"));
    let revoke_res = Some(fixture!("revoke-grants-response.json"));
    let (edit, edit_json) = create_link_edit();
    let (view, view_json) = create_link_view();
    let (invite, invite_json) = invite_body();
    let v = "/v1.0";
    vec![
        // list
        send(ep::drive_item::list(DRIVE, ITEM).select(&[F::Id, F::Roles, F::Link]))
            .expect("GET", format!("{v}/drives/{DRIVE_E}/items/{ITEM_E}/permissions"))
            .query(&[("$select", "id,roles,link")])
            .answer(200, list),
        send_modified(ep::drive_item::list_group(GROUP, ITEM).if_none_match("\"etag-g\""))
            .expect("GET", format!("{v}/groups/{GROUP_E}/drive/items/{ITEM_E}/permissions"))
            .conditional(&[("if-none-match", "\"etag-g\"")])
            .answer(200, list),
        send(ep::drive_item::list_me(ITEM))
            .expect("GET", format!("{v}/me/drive/items/{ITEM_E}/permissions"))
            .answer(200, list),
        send(ep::drive_item::list_me_by_path(PATH).select(&[F::GrantedToV2]))
            .expect("GET", format!("{v}/me/drive/root:/{PATH_E}:/permissions"))
            .query(&[("$select", "grantedToV2")])
            .answer(200, list),
        send(ep::drive_item::list_site(SITE, ITEM))
            .expect("GET", format!("{v}/sites/{SITE_E}/drive/items/{ITEM_E}/permissions"))
            .answer(200, list),
        send_modified(
            ep::drive_item::list_user(USER, ITEM)
                .select(&[F::InheritedFrom, F::ShareId])
                .if_none_match("W/\"etag-u\""),
        )
        .expect("GET", format!("{v}/users/{USER_E}/drive/items/{ITEM_E}/permissions"))
        .query(&[("$select", "inheritedFrom,shareId")])
        .conditional(&[("if-none-match", "W/\"etag-u\"")])
        .answer(200, list),
        // get
        send(ep::drive_item::get(DRIVE, ITEM, PERM).select(&[F::Link, F::Roles]))
            .expect("GET", format!("{v}/drives/{DRIVE_E}/items/{ITEM_E}/permissions/{PERM_E}"))
            .query(&[("$select", "link,roles")])
            .answer(200, Some(fixture!("view-link-anonymous.json"))),
        send(ep::drive_item::get_group(GROUP, ITEM, PERM))
            .expect("GET", format!("{v}/groups/{GROUP_E}/drive/items/{ITEM_E}/permissions/{PERM_E}"))
            .answer(200, Some(fixture!("edit-link-organization.json"))),
        send(ep::drive_item::get_me(ITEM, PERM).select(&[F::GrantedToIdentities, F::HasPassword]))
            .expect("GET", format!("{v}/me/drive/items/{ITEM_E}/permissions/{PERM_E}"))
            .query(&[("$select", "grantedToIdentities,hasPassword")])
            .answer(200, Some(fixture!("specific-people-link.json"))),
        send(ep::drive_item::get_site(SITE, ITEM, PERM))
            .expect("GET", format!("{v}/sites/{SITE_E}/drive/items/{ITEM_E}/permissions/{PERM_E}"))
            .answer(200, Some(fixture!("invitation.json"))),
        send(ep::drive_item::get_user(USER, ITEM, PERM).select(&[F::Invitation, F::GrantedTo]))
            .expect("GET", format!("{v}/users/{USER_E}/drive/items/{ITEM_E}/permissions/{PERM_E}"))
            .query(&[("$select", "invitation,grantedTo")])
            .answer(200, Some(fixture!("invitation-redeemed.json"))),
        // update
        send(ep::drive_item::update(DRIVE, ITEM, PERM, update_body()).if_match("\"etag-1\""))
            .expect("PATCH", format!("{v}/drives/{DRIVE_E}/items/{ITEM_E}/permissions/{PERM_E}"))
            .conditional(&[("if-match", "\"etag-1\"")])
            .body(update_req.clone())
            .answer(200, update_res),
        send(ep::drive_item::update_group(GROUP, ITEM, PERM, update_body()))
            .expect("PATCH", format!("{v}/groups/{GROUP_E}/drive/items/{ITEM_E}/permissions/{PERM_E}"))
            .body(update_req.clone())
            .answer(200, update_res),
        send(ep::drive_item::update_me(ITEM, PERM, update_body()).if_match("*"))
            .expect("PATCH", format!("{v}/me/drive/items/{ITEM_E}/permissions/{PERM_E}"))
            .conditional(&[("if-match", "*")])
            .body(update_req.clone())
            .answer(200, update_res),
        send(ep::drive_item::update_site(SITE, ITEM, PERM, update_body()))
            .expect("PATCH", format!("{v}/sites/{SITE_E}/drive/items/{ITEM_E}/permissions/{PERM_E}"))
            .body(update_req.clone())
            .answer(200, update_res),
        send(ep::drive_item::update_user(USER, ITEM, PERM, update_body()).if_match("W/\"etag-2\""))
            .expect("PATCH", format!("{v}/users/{USER_E}/drive/items/{ITEM_E}/permissions/{PERM_E}"))
            .conditional(&[("if-match", "W/\"etag-2\"")])
            .body(update_req)
            .answer(200, update_res),
        // delete
        send(ep::drive_item::delete(DRIVE, ITEM, PERM).if_match("\"etag-3\""))
            .expect("DELETE", format!("{v}/drives/{DRIVE_E}/items/{ITEM_E}/permissions/{PERM_E}"))
            .conditional(&[("if-match", "\"etag-3\"")])
            .answer(204, None),
        send(ep::drive_item::delete_group(GROUP, ITEM, PERM))
            .expect("DELETE", format!("{v}/groups/{GROUP_E}/drive/items/{ITEM_E}/permissions/{PERM_E}"))
            .answer(204, None),
        send(ep::drive_item::delete_me(ITEM, PERM))
            .expect("DELETE", format!("{v}/me/drive/items/{ITEM_E}/permissions/{PERM_E}"))
            .answer(204, None),
        send(ep::drive_item::delete_site(SITE, ITEM, PERM).if_match("*"))
            .expect("DELETE", format!("{v}/sites/{SITE_E}/drive/items/{ITEM_E}/permissions/{PERM_E}"))
            .conditional(&[("if-match", "*")])
            .answer(204, None),
        send(ep::drive_item::delete_user(USER, ITEM, PERM))
            .expect("DELETE", format!("{v}/users/{USER_E}/drive/items/{ITEM_E}/permissions/{PERM_E}"))
            .answer(204, None),
        // createLink: 201 for a new link, 200 for an existing one
        send(ep::drive_item::create_link(DRIVE, ITEM, edit.clone()))
            .expect("POST", format!("{v}/drives/{DRIVE_E}/items/{ITEM_E}/createLink"))
            .body(edit_json.clone())
            .answer(201, Some(fixture!("edit-link-organization.json"))),
        send(ep::drive_item::create_link_group(GROUP, ITEM, view.clone()))
            .expect("POST", format!("{v}/groups/{GROUP_E}/drive/items/{ITEM_E}/createLink"))
            .body(view_json.clone())
            .answer(200, Some(fixture!("view-link-anonymous.json"))),
        send(ep::drive_item::create_link_me(ITEM, edit.clone()))
            .expect("POST", format!("{v}/me/drive/items/{ITEM_E}/createLink"))
            .body(edit_json.clone())
            .answer(200, Some(fixture!("edit-link-organization.json"))),
        send(ep::drive_item::create_link_site(SITE, ITEM, view))
            .expect("POST", format!("{v}/sites/{SITE_E}/drive/items/{ITEM_E}/createLink"))
            .body(view_json)
            .answer(201, Some(fixture!("view-link-anonymous.json"))),
        send(ep::drive_item::create_link_user(USER, ITEM, edit))
            .expect("POST", format!("{v}/users/{USER_E}/drive/items/{ITEM_E}/createLink"))
            .body(edit_json)
            .answer(201, Some(fixture!("edit-link-organization.json"))),
        // invite
        send(ep::drive_item::invite(DRIVE, ITEM, invite.clone()))
            .expect("POST", format!("{v}/drives/{DRIVE_E}/items/{ITEM_E}/invite"))
            .body(invite_json.clone())
            .answer(200, invite_res),
        send(ep::drive_item::invite_group(GROUP, ITEM, invite.clone()))
            .expect("POST", format!("{v}/groups/{GROUP_E}/drive/items/{ITEM_E}/invite"))
            .body(invite_json.clone())
            .answer(200, invite_res),
        send(ep::drive_item::invite_me(ITEM, invite.clone()))
            .expect("POST", format!("{v}/me/drive/items/{ITEM_E}/invite"))
            .body(invite_json.clone())
            .answer(200, invite_res),
        send(ep::drive_item::invite_site(SITE, ITEM, invite.clone()))
            .expect("POST", format!("{v}/sites/{SITE_E}/drive/items/{ITEM_E}/invite"))
            .body(invite_json.clone())
            .answer(200, invite_res),
        send(ep::drive_item::invite_user(USER, ITEM, invite))
            .expect("POST", format!("{v}/users/{USER_E}/drive/items/{ITEM_E}/invite"))
            .body(invite_json)
            .answer(200, invite_res),
        // grant, by sharing URL and by share id
        send(ep::share::grant(&SharingUrl::from_url(SHARING_URL), grant_body()))
            .expect("POST", format!("{v}/shares/{SHARING_URL_E}/permission/grant"))
            .body(parse(fixture!("grant-request.json")))
            .answer(200, Some(fixture!("grant-response.json"))),
        send(ep::share::grant(&SharingUrl::from_share_id("s!Ab/c"), grant_body()))
            .expect("POST", format!("{v}/shares/s!Ab%2Fc/permission/grant"))
            .body(parse(fixture!("grant-request.json")))
            .answer(200, Some(fixture!("grant-response-existing-access.json"))),
        // revokeGrants
        send(ep::drive_item::revoke_grants(DRIVE, ITEM, PERM, revoke_body()))
            .expect("POST", format!("{v}/drives/{DRIVE_E}/items/{ITEM_E}/permissions/{PERM_E}/revokeGrants"))
            .body(revoke_req.clone())
            .answer(200, revoke_res),
        send(ep::drive_item::revoke_grants_group(GROUP, ITEM, PERM, revoke_body()))
            .expect("POST", format!("{v}/groups/{GROUP_E}/drive/items/{ITEM_E}/permissions/{PERM_E}/revokeGrants"))
            .body(revoke_req.clone())
            .answer(200, revoke_res),
        send(ep::drive_item::revoke_grants_me(ITEM, PERM, revoke_body()))
            .expect("POST", format!("{v}/me/drive/items/{ITEM_E}/permissions/{PERM_E}/revokeGrants"))
            .body(revoke_req.clone())
            .answer(200, revoke_res),
        send(ep::drive_item::revoke_grants_site(SITE, ITEM, PERM, revoke_body()))
            .expect("POST", format!("{v}/sites/{SITE_E}/drive/items/{ITEM_E}/permissions/{PERM_E}/revokeGrants"))
            .body(revoke_req.clone())
            .answer(200, revoke_res),
        send(ep::drive_item::revoke_grants_site_list_item(SITE, LIST, LIST_ITEM, PERM, revoke_body()))
            .expect(
                "POST",
                format!("{v}/sites/{SITE_E}/lists/{LIST_E}/items/{LIST_ITEM_E}/driveItem/permissions/{PERM_E}/revokeGrants"),
            )
            .body(revoke_req.clone())
            .answer(200, revoke_res),
        send(ep::drive_item::revoke_grants_user(USER, ITEM, PERM, revoke_body()))
            .expect("POST", format!("{v}/users/{USER_E}/drive/items/{ITEM_E}/permissions/{PERM_E}/revokeGrants"))
            .body(revoke_req)
            .answer(200, revoke_res),
    ]
}

/// Every (operation, path variant) of the API, from the operations' metadata.
fn all_endpoints() -> BTreeSet<(&'static str, &'static str)> {
    [
        ops::drive_item::List::META,
        ops::drive_item::Get::META,
        ops::drive_item::Update::META,
        ops::drive_item::Delete::META,
        ops::drive_item::CreateLink::META,
        ops::drive_item::Invite::META,
        ops::share::Grant::META,
        ops::drive_item::RevokeGrants::META,
    ]
    .iter()
    .flat_map(|meta| meta.endpoints.iter().map(|e| (meta.name, e.variant)))
    .collect()
}

#[tokio::test]
async fn every_endpoint_sends_exactly_what_graph_expects_and_decodes_the_example_responses() {
    let server = MockServer::start().await;
    let client = client_for(&server);
    let cases = cases();
    let covered: BTreeSet<_> = cases.iter().map(|c| c.endpoint).collect();
    assert_eq!(
        covered,
        all_endpoints(),
        "every endpoint function has a case"
    );
    assert_eq!(covered.len(), 38);

    for case in cases {
        let name = format!("{}/{}", case.endpoint.0, case.endpoint.1);
        server.reset().await;
        let mut template = ResponseTemplate::new(case.status).insert_header("request-id", "req-7");
        if let Some(body) = &case.response {
            template = template.set_body_raw(body.clone(), "application/json");
        }
        Mock::given(any())
            .respond_with(template)
            .mount(&server)
            .await;

        let got = (case.call)(client.clone())
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));

        let requests = received(&server).await;
        assert_eq!(requests.len(), 1, "{name}: one request");
        let request = &requests[0];
        assert_eq!(request.method.as_str(), case.method, "{name}: method");
        assert_eq!(request.url.path(), case.path, "{name}: path");
        let query: Vec<(String, String)> = request.url.query_pairs().into_owned().collect();
        let expected: Vec<(String, String)> = case
            .query
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(query, expected, "{name}: query");

        let bearer = format!("Bearer {TOKEN}");
        assert_eq!(
            header(request, "authorization"),
            Some(bearer.as_str()),
            "{name}: authorization"
        );
        let user_agent = header(request, "user-agent").unwrap_or_default();
        assert!(
            user_agent.starts_with("graph-permissions/"),
            "{name}: user-agent {user_agent}"
        );
        for conditional in ["if-match", "if-none-match"] {
            let expected = case
                .conditional
                .iter()
                .find(|(n, _)| *n == conditional)
                .map(|(_, v)| *v);
            assert_eq!(
                header(request, conditional),
                expected,
                "{name}: {conditional}"
            );
        }
        match &case.body {
            Some(body) => {
                assert_eq!(
                    header(request, "content-type"),
                    Some("application/json"),
                    "{name}: content-type"
                );
                let sent: Value = serde_json::from_slice(&request.body)
                    .unwrap_or_else(|e| panic!("{name}: the body is not JSON: {e}"));
                assert_eq!(&sent, body, "{name}: body");
            }
            None => {
                assert_eq!(
                    header(request, "content-type"),
                    None,
                    "{name}: content-type"
                );
                assert!(request.body.is_empty(), "{name}: no body");
            }
        }

        assert_eq!(got.status, case.status, "{name}: status");
        assert_eq!(
            got.request_id.as_deref(),
            Some("req-7"),
            "{name}: request-id"
        );
        // The typed value, written back, is exactly the example response: nothing lost.
        let expected = case.response.as_deref().map(parse).unwrap_or(Value::Null);
        assert_eq!(got.value, expected, "{name}: typed result");
    }
}

#[tokio::test]
async fn typed_results_hold_the_example_values() {
    let server = MockServer::start().await;
    let client = client_for(&server);
    Mock::given(any())
        .respond_with(ok_json(fixture!("list-response.json")))
        .mount(&server)
        .await;
    let page = client
        .send(ep::drive_item::list_me(ITEM))
        .await
        .unwrap()
        .into_value();
    assert_eq!(page.next_link, None);
    let ids: Vec<_> = page
        .value
        .iter()
        .map(|p| p.id.as_deref().unwrap())
        .collect();
    assert_eq!(ids, ["101", "102", "103"]);
    assert_eq!(page.value[0].roles.as_deref(), Some(&[Role::Write][..]));
    assert_eq!(
        page.value[0].link.as_ref().unwrap().r#type,
        Some(SharingLinkType::Edit)
    );
    let inherited = page.value[1].inherited_from.as_ref().unwrap();
    assert_eq!(inherited.path.as_deref(), Some("/drive/root:/Field Notes"));
    assert_eq!(
        page.value[1].extra.get("@deprecated.GrantedTo"),
        Some(json!("GrantedTo has been deprecated. Refer to GrantedToV2"))
    );

    server.reset().await;
    Mock::given(any())
        .respond_with(ok_json(fixture!("update-response.json")))
        .mount(&server)
        .await;
    let updated = client
        .send(ep::drive_item::update_me(ITEM, PERM, update_body()))
        .await
        .unwrap()
        .into_value();
    assert_eq!(updated.id.as_deref(), Some("4"));
    assert_eq!(updated.roles, Some(vec![Role::Write]));
    #[allow(deprecated)] // the example uses `grantedTo`
    let user = updated.granted_to.unwrap().user.unwrap();
    assert_eq!(user.display_name.as_deref(), Some("Avery Quinn"));
}

// ---------------------------------------------------------------------------------------------
// Statuses
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn error_statuses_are_graph_errors_with_every_field() {
    let server = MockServer::start().await;
    let client = client_for(&server);
    for (status, code) in [
        (400, "invalidRequest"),
        (401, "InvalidAuthenticationToken"),
        (403, "accessDenied"),
        (404, "itemNotFound"),
    ] {
        server.reset().await;
        Mock::given(any())
            .respond_with(
                ResponseTemplate::new(status)
                    .insert_header("request-id", "header-id")
                    .set_body_json(graph_error(code)),
            )
            .mount(&server)
            .await;
        let error = failure(client.send(ep::drive_item::get_me(ITEM, PERM)).await);
        let Error::Graph(graph) = &error else {
            panic!("{status}: {error:?}")
        };
        let message = format!("{code}: something went wrong");
        assert_eq!(
            **graph,
            GraphError {
                status,
                code: Some(code.to_owned()),
                message: Some(message.clone()),
                request_id: Some("r1".to_owned()),
                client_request_id: Some("c1".to_owned()),
                date: Some("2026-01-01T00:00:00".to_owned()),
                raw_body: None,
                scope_hint: None,
            }
        );
        let shown = error.to_string();
        for part in [status.to_string().as_str(), code, &message, "r1"] {
            assert!(shown.contains(part), "{shown}");
        }
        assert_eq!(received(&server).await.len(), 1, "{status} is not retried");
    }
}

#[tokio::test]
async fn precondition_failed_after_if_match() {
    let server = MockServer::start().await;
    let client = client_for(&server);
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(412)
                .insert_header("request-id", "r412")
                .set_body_json(json!({"error": {
                    "code": "preconditionFailed",
                    "message": "ETag does not match.",
                    "innerError": {"request-id": "r412-body"}
                }})),
        )
        .mount(&server)
        .await;
    let request = ep::drive_item::update_me(ITEM, PERM, update_body()).if_match("\"etag-old\"");
    let error = failure(client.send(request).await);
    let Error::PreconditionFailed(graph) = &error else {
        panic!("{error:?}")
    };
    // The body is read as for any other error status.
    assert_eq!(graph.status, 412);
    assert_eq!(graph.code.as_deref(), Some("preconditionFailed"));
    assert_eq!(error.status(), Some(412));
    assert_eq!(error.request_id(), Some("r412-body"));
    assert_eq!(
        error.to_string(),
        "412 Precondition Failed: the item changed since the etag given to `if_match`: \
         preconditionFailed: ETag does not match. (request-id r412-body)"
    );
    let requests = received(&server).await;
    assert_eq!(header(&requests[0], "if-match"), Some("\"etag-old\""));
    assert_eq!(
        graph.client_request_id.as_deref(),
        header(&requests[0], "client-request-id")
    );
}

#[tokio::test]
async fn not_modified_after_if_none_match() {
    let server = MockServer::start().await;
    let client = client_for(&server);
    Mock::given(any())
        .respond_with(ResponseTemplate::new(304).insert_header("request-id", "r304"))
        .mount(&server)
        .await;
    let response = client
        .send(ep::drive_item::list_me(ITEM).if_none_match("\"etag-1\""))
        .await
        .unwrap();
    assert_eq!(response.status(), 304);
    assert_eq!(response.request_id(), Some("r304"));
    assert_eq!(response.into_value(), Modified::NotModified);
    let requests = received(&server).await;
    assert_eq!(header(&requests[0], "if-none-match"), Some("\"etag-1\""));
}

#[tokio::test]
async fn create_link_tells_new_from_existing() {
    let server = MockServer::start().await;
    let client = client_for(&server);
    for (status, created) in [(201, true), (200, false)] {
        server.reset().await;
        Mock::given(any())
            .respond_with(
                ResponseTemplate::new(status)
                    .set_body_raw(fixture!("edit-link-organization.json"), "application/json"),
            )
            .mount(&server)
            .await;
        let response = client
            .send(ep::drive_item::create_link_me(ITEM, create_link_edit().0))
            .await
            .unwrap();
        assert_eq!(response.status(), status);
        assert_eq!(response.is_created(), created, "{status}");
        assert!(!response.is_partial());
        let link = response.value().link.as_ref().unwrap();
        assert_eq!(link.r#type, Some(SharingLinkType::Edit));
        assert_eq!(link.scope, Some(SharingLinkScope::Organization));
    }
}

#[tokio::test]
async fn invite_multi_status_hands_back_successes_and_failures() {
    let server = MockServer::start().await;
    let client = client_for(&server);
    let failed = json!({
        "error": {"code": "notAllowed", "message": "The recipient is outside the organization"},
        "grantedTo": {"user": {"email": "blocked@external.com"}}
    });
    let body = json!({"value": [parse(fixture!("invitation.json")), failed]});
    Mock::given(any())
        .respond_with(ResponseTemplate::new(207).set_body_json(body))
        .mount(&server)
        .await;
    let response = client
        .send_to(
            ApiVersion::Beta,
            ep::drive_item::invite_me(ITEM, invite_body().0),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), 207);
    assert!(response.is_partial());
    let ok = &response.value().value;
    assert_eq!(ok.len(), 1);
    assert_eq!(
        ok[0].invitation.as_ref().unwrap().email.as_deref(),
        Some("avery.quinn@fabrikam.example")
    );
    let failures = response.failures();
    assert_eq!(failures.len(), 1);
    assert_eq!(failures[0].code.as_deref(), Some("notAllowed"));
    assert_eq!(
        failures[0].message.as_deref(),
        Some("The recipient is outside the organization")
    );
    assert_eq!(
        failures[0].item["grantedTo"]["user"]["email"],
        "blocked@external.com"
    );
    let requests = received(&server).await;
    assert_eq!(
        requests[0].url.path(),
        format!("/beta/me/drive/items/{ITEM_E}/invite")
    );
}

// ---------------------------------------------------------------------------------------------
// Throttling
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn throttled_then_success_honours_retry_after() {
    let server = MockServer::start().await;
    let client = client_for(&server);
    let throttled = ResponseTemplate::new(429).set_body_json(graph_error("activityLimitReached"));
    Mock::given(any())
        .respond_with(Sequence::new(vec![
            // Retry-After in seconds, then none (exponential back-off of a few ms).
            throttled.clone().insert_header("Retry-After", "1"),
            throttled,
            ok_json(fixture!("list-response.json")),
        ]))
        .mount(&server)
        .await;
    let started = Instant::now();
    let response = client.send(ep::drive_item::list_me(ITEM)).await.unwrap();
    let elapsed = started.elapsed();
    assert_eq!(response.status(), 200);
    assert_eq!(response.value().value.len(), 3);
    assert_eq!(received(&server).await.len(), 3, "two 429s and the 200");
    assert!(
        elapsed >= Duration::from_millis(950),
        "Retry-After: 1 was not honoured: {elapsed:?}"
    );
    assert!(
        elapsed < Duration::from_secs(3),
        "waited too long: {elapsed:?}"
    );
}

#[tokio::test]
async fn retry_after_as_an_http_date_in_the_past_retries_at_once() {
    let server = MockServer::start().await;
    let client = client_for(&server);
    Mock::given(any())
        .respond_with(Sequence::new(vec![
            ResponseTemplate::new(503)
                .insert_header("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"),
            ok_json(fixture!("invitation.json")),
        ]))
        .mount(&server)
        .await;
    let started = Instant::now();
    let response = client
        .send(ep::drive_item::get_me(ITEM, PERM))
        .await
        .unwrap();
    assert_eq!(response.value().id.as_deref(), Some("21"));
    assert_eq!(received(&server).await.len(), 2);
    assert!(
        started.elapsed() < Duration::from_millis(900),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn throttling_until_retries_run_out() {
    let server = MockServer::start().await;
    let policy = fast_retry(3);
    let client = builder(&server.uri())
        .retry(policy.clone())
        .build()
        .unwrap();
    for status in [429, 503, 504] {
        server.reset().await;
        Mock::given(any())
            .respond_with(
                ResponseTemplate::new(status)
                    .insert_header("request-id", "r-busy")
                    .set_body_json(graph_error("serviceNotAvailable")),
            )
            .mount(&server)
            .await;
        let error = failure(client.send(ep::drive_item::list_me(ITEM)).await);
        let Error::Throttled {
            status: got,
            attempts,
            elapsed,
            last,
        } = &error
        else {
            panic!("{status}: {error:?}")
        };
        assert_eq!(*got, status);
        assert_eq!(*attempts, policy.max_attempts);
        assert!(*elapsed < Duration::from_secs(1), "{elapsed:?}");
        assert_eq!(last.status, status);
        assert_eq!(last.code.as_deref(), Some("serviceNotAvailable"));
        assert_eq!(last.request_id.as_deref(), Some("r1"));
        assert_eq!(received(&server).await.len(), policy.max_attempts as usize);
    }
}

#[tokio::test]
async fn a_long_retry_after_beyond_the_time_budget_gives_up_at_once() {
    let server = MockServer::start().await;
    let policy = RetryPolicy {
        max_elapsed: Duration::from_millis(500),
        max_retry_after: Duration::from_secs(3600),
        ..fast_retry(5)
    };
    let client = builder(&server.uri()).retry(policy).build().unwrap();
    Mock::given(any())
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "120"))
        .mount(&server)
        .await;
    let started = Instant::now();
    let error = failure(client.send(ep::drive_item::list_me(ITEM)).await);
    assert!(
        matches!(
            error,
            Error::Throttled {
                attempts: 1,
                status: 429,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(started.elapsed() < Duration::from_millis(500));
    assert_eq!(received(&server).await.len(), 1);
}

#[tokio::test]
async fn an_enormous_retry_after_with_no_cap_does_not_panic() {
    let server = MockServer::start().await;
    let policy = RetryPolicy {
        max_elapsed: Duration::from_millis(500),
        max_retry_after: Duration::MAX,
        ..fast_retry(5)
    };
    let client = builder(&server.uri()).retry(policy).build().unwrap();
    Mock::given(any())
        .respond_with(
            // A second in, `elapsed + Retry-After` no longer fits a `Duration`.
            ResponseTemplate::new(503)
                .insert_header("Retry-After", u64::MAX.to_string())
                .set_delay(Duration::from_millis(1050)),
        )
        .mount(&server)
        .await;
    let error = failure(client.send(ep::drive_item::list_me(ITEM)).await);
    assert!(
        matches!(
            error,
            Error::Throttled {
                attempts: 1,
                status: 503,
                ..
            }
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn with_retrying_off_the_first_503_is_the_error() {
    let server = MockServer::start().await;
    let client = builder(&server.uri())
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    Mock::given(any())
        .respond_with(ResponseTemplate::new(503).set_body_json(graph_error("serviceNotAvailable")))
        .mount(&server)
        .await;
    let error = failure(client.send(ep::drive_item::list_me(ITEM)).await);
    let Error::Throttled {
        status: 503,
        attempts: 1,
        last,
        ..
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!(last.code.as_deref(), Some("serviceNotAvailable"));
    assert_eq!(received(&server).await.len(), 1);
}

#[tokio::test]
async fn nothing_but_429_503_and_504_is_retried() {
    let server = MockServer::start().await;
    let client = client_for(&server);
    for status in [500, 502, 409] {
        server.reset().await;
        Mock::given(any())
            .respond_with(
                ResponseTemplate::new(status).set_body_json(graph_error("generalException")),
            )
            .mount(&server)
            .await;
        let error = failure(client.send(ep::drive_item::list_me(ITEM)).await);
        assert!(
            matches!(&error, Error::Graph(g) if g.status == status),
            "{error:?}"
        );
        assert_eq!(received(&server).await.len(), 1, "{status}");
    }
}

// ---------------------------------------------------------------------------------------------
// Bodies and transport
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn an_html_error_page_from_a_proxy_is_kept_raw() {
    let server = MockServer::start().await;
    let client = client_for(&server);
    let html = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";
    Mock::given(any())
        .respond_with(ResponseTemplate::new(502).set_body_raw(html, "text/html"))
        .mount(&server)
        .await;
    let error = failure(client.send(ep::drive_item::get_me(ITEM, PERM)).await);
    let Error::Graph(graph) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(graph.status, 502);
    assert_eq!(graph.code, None);
    assert_eq!(graph.message, None);
    assert_eq!(graph.raw_body.as_deref(), Some(html));
    assert!(error.to_string().contains("502 Bad Gateway"), "{error}");
}

#[tokio::test]
async fn malformed_json_on_success_is_a_decode_error() {
    let server = MockServer::start().await;
    let client = client_for(&server);
    let broken = r#"{"id": "1", "roles": ["write""#;
    Mock::given(any())
        .respond_with(ok_json(broken))
        .mount(&server)
        .await;
    let error = failure(client.send(ep::drive_item::get_me(ITEM, PERM)).await);
    let Error::Decode {
        status,
        expected,
        body,
        ..
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!(
        (*status, *expected, body.as_str()),
        (200, "driveItem.get", broken)
    );
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused() {
    let server = MockServer::start().await;
    let client = builder(&server.uri())
        .max_response_bytes(100)
        .build()
        .unwrap();
    Mock::given(any())
        .respond_with(ok_json(fixture!("list-response.json")))
        .mount(&server)
        .await;
    let error = failure(client.send(ep::drive_item::list_me(ITEM)).await);
    assert!(matches!(error, Error::TooLarge { limit: 100 }), "{error:?}");
}

#[tokio::test]
async fn a_slow_server_hits_the_timeout() {
    let server = MockServer::start().await;
    let timeout = Duration::from_millis(150);
    let client = builder(&server.uri()).timeout(timeout).build().unwrap();
    Mock::given(any())
        .respond_with(ok_json(fixture!("invitation.json")).set_delay(Duration::from_secs(2)))
        .mount(&server)
        .await;
    let started = Instant::now();
    let error = failure(client.send(ep::drive_item::get_me(ITEM, PERM)).await);
    assert!(
        matches!(error, Error::Timeout(t) if t == timeout),
        "{error:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_refused_connection_is_a_connect_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let client = builder(&format!("http://127.0.0.1:{port}"))
        .build()
        .unwrap();
    let error = failure(client.send(ep::drive_item::list_me(ITEM)).await);
    assert!(
        matches!(&error, Error::Connect { host, .. } if host == "127.0.0.1"),
        "{error:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Paging
// ---------------------------------------------------------------------------------------------

fn page(ids: &[&str], next: Option<String>) -> ResponseTemplate {
    let value: Vec<Value> = ids
        .iter()
        .map(|id| json!({"id": id, "roles": ["read"]}))
        .collect();
    let mut body = json!({"value": value});
    if let Some(next) = next {
        body["@odata.nextLink"] = json!(next);
    }
    ResponseTemplate::new(200).set_body_json(body)
}

#[tokio::test]
async fn paging_follows_next_links_across_three_pages() {
    let server = MockServer::start().await;
    let client = client_for(&server);
    let base = format!(
        "{}/v1.0/drives/{DRIVE_E}/items/{ITEM_E}/permissions",
        server.uri()
    );
    Mock::given(query_param_is_missing("$skiptoken"))
        .respond_with(page(&["1"], Some(format!("{base}?$skiptoken=p2"))))
        .mount(&server)
        .await;
    Mock::given(query_param("$skiptoken", "p2"))
        .respond_with(page(&["2", "3"], Some(format!("{base}?$skiptoken=p3"))))
        .mount(&server)
        .await;
    Mock::given(query_param("$skiptoken", "p3"))
        .respond_with(page(&["4"], None))
        .mount(&server)
        .await;
    let ids = |perms: Vec<graph_permissions::models::Permission>| -> Vec<String> {
        perms.into_iter().map(|p| p.id.unwrap()).collect()
    };

    let request = || ep::drive_item::list(DRIVE, ITEM).select(&[F::Id, F::Roles]);
    let all = client.collect_all(request()).await.unwrap();
    assert_eq!(ids(all), ["1", "2", "3", "4"]);
    let requests = received(&server).await;
    assert_eq!(requests.len(), 3);
    let path = format!("/v1.0/drives/{DRIVE_E}/items/{ITEM_E}/permissions");
    let bearer = format!("Bearer {TOKEN}");
    for request in &requests {
        assert_eq!(request.url.path(), path);
        assert_eq!(header(request, "authorization"), Some(bearer.as_str()));
    }
    assert_eq!(requests[0].url.query(), Some("%24select=id%2Croles"));
    assert_eq!(requests[1].url.query(), Some("$skiptoken=p2"));
    assert_eq!(requests[2].url.query(), Some("$skiptoken=p3"));

    server.reset().await;
    Mock::given(query_param_is_missing("$skiptoken"))
        .respond_with(page(&["1"], Some(format!("{base}?$skiptoken=p2"))))
        .mount(&server)
        .await;
    Mock::given(query_param("$skiptoken", "p2"))
        .respond_with(page(&["2", "3"], Some(format!("{base}?$skiptoken=p3"))))
        .mount(&server)
        .await;
    Mock::given(query_param("$skiptoken", "p3"))
        .respond_with(page(&["4"], None))
        .mount(&server)
        .await;
    let mut items = pin!(client.items(request()));
    let mut streamed = Vec::new();
    while let Some(item) = items.next().await {
        streamed.push(item.unwrap());
    }
    assert_eq!(ids(streamed), ["1", "2", "3", "4"]);
    assert_eq!(received(&server).await.len(), 3);
}

#[tokio::test]
async fn a_next_link_to_another_host_is_refused_and_gets_no_token() {
    let server = MockServer::start().await;
    let other = MockServer::start().await;
    Mock::given(any())
        .respond_with(page(&["9"], None))
        .mount(&other)
        .await;
    let client = client_for(&server);
    let port = server.address().port();
    let foreign = [
        // another port of the same host: another server
        format!(
            "{}/v1.0/me/drive/items/x/permissions?$skiptoken=2",
            other.uri()
        ),
        // the same port under another host name
        format!("http://localhost:{port}/v1.0/me/drive/items/x/permissions?$skiptoken=2"),
        // another scheme
        format!("https://127.0.0.1:{port}/v1.0/me/drive/items/x/permissions?$skiptoken=2"),
    ];
    for link in foreign {
        server.reset().await;
        Mock::given(any())
            .respond_with(page(&["1"], Some(link.clone())))
            .mount(&server)
            .await;
        let error = failure(client.collect_all(ep::drive_item::list_me(ITEM)).await);
        let Error::ForeignNextLink {
            link: refused,
            host,
        } = &error
        else {
            panic!("{link}: {error:?}")
        };
        assert_eq!(refused, &link);
        assert_eq!(host, &server.uri());

        // The stream hands out the first page, then the refusal, then ends.
        let mut items = pin!(client.items(ep::drive_item::list_me(ITEM)));
        let first = items.next().await.unwrap().unwrap();
        assert_eq!(first.id.as_deref(), Some("1"));
        let error = items.next().await.unwrap().unwrap_err();
        assert_no_secret(&error);
        assert!(matches!(error, Error::ForeignNextLink { .. }), "{error:?}");
        assert!(items.next().await.is_none());

        assert_eq!(received(&server).await.len(), 2, "one first page per call");
    }
    assert!(
        received(&other).await.is_empty(),
        "the other server received nothing"
    );
}

#[tokio::test]
async fn a_repeated_next_link_stops_the_loop() {
    let server = MockServer::start().await;
    let client = client_for(&server);
    let link = format!(
        "{}/v1.0/me/drive/items/x/permissions?$skiptoken=again",
        server.uri()
    );
    Mock::given(any())
        .respond_with(page(&["1"], Some(link.clone())))
        .mount(&server)
        .await;
    let error = failure(client.collect_all(ep::drive_item::list_me(ITEM)).await);
    assert!(
        matches!(&error, Error::RepeatedNextLink { link: l } if *l == link),
        "{error:?}"
    );
    assert_eq!(received(&server).await.len(), 2);
}

// ---------------------------------------------------------------------------------------------
// A base URL that ends in a version
// ---------------------------------------------------------------------------------------------

/// Graph's documentation and most SDKs write the base URL with the version: the client takes it
/// as the version of requests that do not choose one, and never writes it twice.
#[tokio::test]
async fn a_base_url_ending_in_a_version_is_the_version_of_requests_that_do_not_choose() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(page(&[], None))
        .mount(&server)
        .await;
    let root = server.uri();
    let bases = [
        format!("{root}/v1.0"),
        format!("{root}/v1.0/"),
        format!("{root}/beta"),
        format!("{root}/Beta/"),
        // A gateway's prefix stays; only the last segment is a version.
        format!("{root}/graph/beta"),
        format!("{root}/beta/graph"),
    ];
    for base in &bases {
        let client = builder(base).build().expect("a client");
        client
            .send(ep::drive_item::list(DRIVE, ITEM))
            .await
            .expect(base);
    }
    // A version the caller chooses still wins.
    let beta = builder(&format!("{root}/beta/")).build().unwrap();
    beta.send_to(ApiVersion::V1_0, ep::drive_item::list(DRIVE, ITEM))
        .await
        .unwrap();
    // An operation not published in the base URL's version goes to its own (v1.0 only here).
    beta.send(fixture_minimal::endpoints::list_root())
        .await
        .unwrap();
    let paths: Vec<String> = received(&server)
        .await
        .iter()
        .map(|r| r.url.path().to_owned())
        .collect();
    let item = format!("/drives/{DRIVE_E}/items/{ITEM_E}/permissions");
    assert_eq!(
        paths,
        [
            format!("/v1.0{item}"),
            format!("/v1.0{item}"),
            format!("/beta{item}"),
            format!("/beta{item}"),
            format!("/graph/beta{item}"),
            format!("/beta/graph/v1.0{item}"),
            format!("/v1.0{item}"),
            "/v1.0/widgets/all".to_owned(),
        ]
    );
    assert!(
        format!("{beta:?}").contains("version: Some(Beta)"),
        "{beta:?}"
    );
}

#[tokio::test]
async fn paging_from_a_base_url_ending_in_a_version_follows_its_next_links() {
    let server = MockServer::start().await;
    let base = format!("{}/beta", server.uri());
    let first = format!("/beta/me/drive/items/{ITEM_E}/permissions");
    let next = format!("{base}/me/drive/items/{ITEM_E}/permissions?$skiptoken=p2");
    Mock::given(query_param_is_missing("$skiptoken"))
        .respond_with(page(&["1"], Some(next)))
        .mount(&server)
        .await;
    Mock::given(query_param("$skiptoken", "p2"))
        .respond_with(page(&["2"], None))
        .mount(&server)
        .await;
    let client = builder(&format!("{base}/")).build().unwrap();
    let ids: Vec<_> = client
        .collect_all(ep::drive_item::list_me(ITEM))
        .await
        .unwrap()
        .into_iter()
        .map(|p| p.id.unwrap())
        .collect();
    assert_eq!(ids, ["1", "2"]);
    assert_eq!(received(&server).await[0].url.path(), first);
}

// ---------------------------------------------------------------------------------------------
// Refused before sending
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_dot_dot_path_id_is_refused_and_nothing_is_sent() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(page(&["1"], None))
        .mount(&server)
        .await;
    let client = client_for(&server);
    for id in ["..", ".", ""] {
        let error = failure(client.send(ep::drive_item::get_me(id, PERM)).await);
        let Error::InvalidPath(path) = &error else {
            panic!("{id:?}: {error:?}")
        };
        assert_eq!(path.parameter, "item-id");
        let error = failure(client.collect_all(ep::drive_item::list(DRIVE, id)).await);
        assert!(matches!(error, Error::InvalidPath(_)), "{error:?}");
    }
    let error = failure(
        client
            .send(ep::drive_item::list_me_by_path("Documents/../private.docx"))
            .await,
    );
    assert!(matches!(error, Error::InvalidPath(_)), "{error:?}");
    assert!(received(&server).await.is_empty());
}

#[tokio::test]
async fn a_header_with_cr_lf_is_refused_and_nothing_is_sent() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(page(&["1"], None))
        .mount(&server)
        .await;
    let client = client_for(&server);
    let request =
        ep::drive_item::update_me(ITEM, PERM, update_body()).if_match("\"e\"\r\nX-Injected: 1");
    let error = failure(client.send(request).await);
    assert!(
        matches!(&error, Error::InvalidHeader { name, .. } if name == "if-match"),
        "{error:?}"
    );
    let request = ep::drive_item::list_me(ITEM).if_none_match("\"e\"\nX-Injected: 1");
    let error = failure(client.send(request).await);
    assert!(
        matches!(&error, Error::InvalidHeader { name, .. } if name == "if-none-match"),
        "{error:?}"
    );
    assert!(received(&server).await.is_empty());
}

// ---------------------------------------------------------------------------------------------
// The token stays hidden
// ---------------------------------------------------------------------------------------------

#[test]
fn debug_output_never_shows_the_token() {
    let builder = builder("http://127.0.0.1:9");
    let shown = [format!("{builder:?}"), format!("{builder:#?}")];
    let client = builder.build().unwrap();
    let credential = rt::StaticToken::new(TOKEN);
    let blocking = rt::blocking::Client::new(client.clone()).unwrap();
    for text in shown.into_iter().chain([
        format!("{client:?}"),
        format!("{client:#?}"),
        format!("{credential:?}"),
        format!("{blocking:?}"),
        format!("{:?}", rt::Secret::new(TOKEN)),
        rt::Secret::new(TOKEN).to_string(),
    ]) {
        assert!(!text.contains(TOKEN) && !text.contains("secret"), "{text}");
    }
}

/// Collects what a tracing subscriber writes.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl io::Write for Capture {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

// The default, current-thread runtime: the subscriber set for this thread sees every span.
#[tokio::test]
async fn tracing_has_span_fields_and_never_the_token() {
    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::FULL)
        .finish();
    let guard = tracing::subscriber::set_default(subscriber);

    let server = MockServer::start().await;
    let client = client_for(&server);
    Mock::given(any())
        .respond_with(Sequence::new(vec![
            ResponseTemplate::new(429)
                .insert_header("Retry-After", "0")
                .insert_header("request-id", "req-throttled"),
            ResponseTemplate::new(404)
                .insert_header("request-id", "req-404")
                .set_body_json(graph_error("itemNotFound")),
        ]))
        .mount(&server)
        .await;
    let error = failure(client.send(ep::drive_item::get_me(ITEM, PERM)).await);
    assert!(
        matches!(&error, Error::Graph(g) if g.status == 404),
        "{error:?}"
    );
    drop(guard);

    let logs = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(
        !logs.contains(TOKEN) && !logs.contains("secret"),
        "the token shows:\n{logs}"
    );
    for field in [
        "graph.request",
        "method=GET",
        "path=\"/me/drive/items/{item-id}/permissions/{perm-id}\"",
        "attempt=1",
        "attempt=2",
        "status=429",
        "status=404",
        "request_id=\"req-throttled\"",
        "request_id=\"req-404\"",
    ] {
        assert!(logs.contains(field), "no `{field}` in:\n{logs}");
    }
    // Both attempts send one client-request-id, and their spans show it.
    let requests = received(&server).await;
    let id = header(&requests[0], "client-request-id").expect("a client-request-id");
    assert_eq!(header(&requests[1], "client-request-id"), Some(id));
    let field = format!("client_request_id=\"{id}\"");
    assert!(
        logs.matches(&field).count() >= 2,
        "`{field}` not on both attempts:\n{logs}"
    );
}

// ---------------------------------------------------------------------------------------------
// Without async
// ---------------------------------------------------------------------------------------------

#[test]
fn the_blocking_client_lists() {
    // The server runs on a runtime of the test's; the blocking client has its own.
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(async {
        let server = MockServer::start().await;
        Mock::given(any())
            .respond_with(ok_json(fixture!("list-response.json")))
            .mount(&server)
            .await;
        server
    });
    let client = rt::blocking::Client::new(client_for(&server)).unwrap();

    let all = client.collect_all(ep::drive_item::list_me(ITEM)).unwrap();
    assert_eq!(all.len(), 3);
    let response = client
        .send(ep::drive_item::list_me(ITEM).select(&[F::Id]))
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        to_json(response.into_value()),
        parse(fixture!("list-response.json"))
    );

    let requests = runtime.block_on(received(&server));
    assert_eq!(requests.len(), 2);
    let bearer = format!("Bearer {TOKEN}");
    for request in &requests {
        assert_eq!(request.method.as_str(), "GET");
        assert_eq!(
            request.url.path(),
            format!("/v1.0/me/drive/items/{ITEM_E}/permissions")
        );
        assert_eq!(header(request, "authorization"), Some(bearer.as_str()));
    }
    drop(client);
    runtime.block_on(async move { drop(server) });
}

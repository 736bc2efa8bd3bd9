//! The HTTP conventions of Graph SDKs, against a loopback server (wiremock): gzip responses
//! and the size cap on what they inflate to, the headers every request carries, the ETag of a
//! read handed to `if_match`, and the message of each error that is not about Graph's answer.

use std::io::Write;
use std::sync::Mutex;
use std::time::Duration;

use flate2::write::GzEncoder;
use flate2::Compression;
use graph_permissions::endpoints as ep;
use graph_permissions::models::Role;
use graph_permissions::operations::drive_item::UpdateBody;
use graph_permissions::rt::{self, Client, Error, RetryPolicy, StaticToken};
use serde_json::json;
use wiremock::matchers::{any, method};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const TOKEN: &str = "http-test-token";

fn client(server: &MockServer) -> rt::ClientBuilder {
    Client::builder()
        .credential(StaticToken::new(TOKEN))
        .base_url(server.uri())
        .retry(RetryPolicy::none())
        .timeout(Duration::from_secs(5))
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

fn gzipped_json(bytes: &[u8]) -> ResponseTemplate {
    ResponseTemplate::new(200)
        .insert_header("content-encoding", "gzip")
        .set_body_raw(gzip(bytes), "application/json")
}

/// Answers with `templates` in turn, then with the last one.
struct Sequence(Mutex<Vec<ResponseTemplate>>);

impl Respond for Sequence {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let mut templates = self.0.lock().unwrap();
        if templates.len() > 1 {
            templates.remove(0)
        } else {
            templates[0].clone()
        }
    }
}

fn header_of<'a>(request: &'a Request, name: &str) -> &'a str {
    request
        .headers
        .get(name)
        .unwrap_or_else(|| panic!("no `{name}` header"))
        .to_str()
        .unwrap()
}

#[tokio::test]
async fn a_gzip_response_is_decompressed() {
    let server = MockServer::start().await;
    let body = json!({"value": [{"id": "1", "roles": ["read"]}, {"id": "2", "roles": ["write"]}]});
    Mock::given(method("GET"))
        .respond_with(gzipped_json(body.to_string().as_bytes()))
        .mount(&server)
        .await;
    let client = client(&server).build().unwrap();
    let permissions = client
        .collect_all(ep::drive_item::list("d", "i"))
        .await
        .expect("the gzip body, decoded");
    let ids: Vec<_> = permissions.iter().map(|p| p.id.as_deref()).collect();
    assert_eq!(ids, [Some("1"), Some("2")]);
    let requests = server.received_requests().await.unwrap();
    assert!(header_of(&requests[0], "accept-encoding").contains("gzip"));
}

#[tokio::test]
async fn a_gzip_bomb_is_too_large_by_its_decompressed_size() {
    let server = MockServer::start().await;
    // 16 MiB of `[` inflates from about 16 KiB: under the limit on the wire, far over it inflated.
    let inflated = vec![b'['; 16 << 20];
    let limit = 1 << 20;
    let on_the_wire = gzip(&inflated).len();
    assert!(on_the_wire < limit / 4, "{on_the_wire} bytes");
    Mock::given(any())
        .respond_with(gzipped_json(&inflated))
        .mount(&server)
        .await;
    let client = client(&server).max_response_bytes(limit).build().unwrap();
    let error = client
        .send(ep::drive_item::get_me("i", "p"))
        .await
        .expect_err("refused");
    assert!(
        matches!(error, Error::TooLarge { limit: l } if l == limit),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "the response body is larger than the 1048576-byte limit (counted after decompression)"
    );
}

#[tokio::test]
async fn every_request_carries_a_client_request_id_kept_across_retries_and_in_errors() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(Sequence(Mutex::new(vec![
            ResponseTemplate::new(503).insert_header("retry-after", "0"),
            ResponseTemplate::new(404)
                .insert_header("request-id", "req-404")
                .set_body_json(
                    json!({"error": {"code": "itemNotFound", "message": "Item not found"}}),
                ),
        ])))
        .mount(&server)
        .await;
    let client = client(&server)
        .retry(RetryPolicy {
            base_delay: Duration::from_millis(1),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let error = client
        .send(ep::drive_item::get_me("i", "p"))
        .await
        .expect_err("404");
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    let id = header_of(&requests[0], "client-request-id");
    let uuid = uuid::Uuid::parse_str(id).expect("a UUID");
    assert_eq!(uuid.get_version_num(), 4);
    assert_eq!(
        header_of(&requests[1], "client-request-id"),
        id,
        "same on the retry"
    );
    assert_eq!(error.client_request_id(), Some(id));
    assert_eq!(error.request_id(), Some("req-404"));
    assert_eq!(error.status(), Some(404));
    assert!(error.is_not_found());
    assert_eq!(
        error.to_string(),
        "404 from Graph: itemNotFound: Item not found (request-id req-404)"
    );

    // Each call has its own.
    let _ = client.send(ep::drive_item::get_me("i", "p")).await;
    let requests = server.received_requests().await.unwrap();
    assert_ne!(header_of(&requests[2], "client-request-id"), id);
    for request in &requests {
        assert_eq!(
            header_of(request, "authorization"),
            format!("Bearer {TOKEN}")
        );
        assert!(header_of(request, "accept-encoding").contains("gzip"));
        assert!(header_of(request, "user-agent").starts_with("graph-permissions/"));
    }
}

#[tokio::test]
async fn the_etag_of_a_read_is_what_if_match_sends() {
    let server = MockServer::start().await;
    let etag = "\"{A1B2C3},4\"";
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("etag", etag)
                .insert_header("request-id", "req-get")
                .set_body_json(json!({"id": "p", "roles": ["write"]})),
        )
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"id": "p", "roles": ["read"]})),
        )
        .mount(&server)
        .await;
    let client = client(&server).build().unwrap();
    let read = client.send(ep::drive_item::get_me("i", "p")).await.unwrap();
    assert_eq!(read.etag(), Some(etag));
    assert_eq!(read.headers()["request-id"], "req-get");
    assert_eq!(read.request_id(), Some("req-get"));
    uuid::Uuid::parse_str(read.client_request_id()).expect("a UUID");

    let update = ep::drive_item::update_me("i", "p", UpdateBody::new(vec![Role::Read]))
        .if_match(read.etag().unwrap());
    let updated = client.send(update).await.expect("the etag matched");
    assert_eq!(updated.value().roles.as_deref(), Some(&[Role::Read][..]));
    let requests = server.received_requests().await.unwrap();
    assert_eq!(header_of(&requests[1], "if-match"), etag);
}

#[tokio::test]
async fn a_token_with_cr_lf_is_unusable_and_nothing_is_sent() {
    let server = MockServer::start().await;
    let client = Client::builder()
        .credential(StaticToken::new("abc\r\nX-Injected: 1"))
        .base_url(server.uri())
        .build()
        .unwrap();
    let error = client
        .send(ep::drive_item::get_me("i", "p"))
        .await
        .expect_err("refused");
    assert!(matches!(error, Error::Auth(_)), "{error:?}");
    let text = error.to_string();
    assert_eq!(
        text,
        "could not get an access token: the credential returned an access token that cannot be \
         sent: it holds CR, LF or another character not allowed in an HTTP header; nothing was sent"
    );
    assert!(
        !format!("{text} {error:?}").contains("abc"),
        "the token shows"
    );
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[test]
fn a_client_without_a_credential_is_a_configuration_error() {
    let error = Client::builder().build().expect_err("no credential");
    assert!(matches!(error, Error::Config { .. }), "{error:?}");
    assert_eq!(
        error.to_string(),
        "the client is not usable: no credential: call `credential(…)` on the builder"
    );
}

#[tokio::test]
async fn one_throttled_attempt_is_one_attempt() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(429).set_body_json(
                json!({"error": {"code": "TooManyRequests", "message": "Slow down."}}),
            ),
        )
        .mount(&server)
        .await;
    let client = client(&server).build().unwrap();
    let error = client
        .send(ep::drive_item::get_me("i", "p"))
        .await
        .expect_err("throttled");
    let text = error.to_string();
    assert!(
        text.starts_with("429 from Graph after 1 attempt in "),
        "{text}"
    );
    assert!(
        text.ends_with(": 429 from Graph: TooManyRequests: Slow down."),
        "{text}"
    );
    assert_eq!(error.status(), Some(429));
}

/// A body whose `Serialize` fails, as a map with non-string keys does.
struct Unencodable;

impl serde::Serialize for Unencodable {
    fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("key must be a string"))
    }
}

struct Custom;

impl rt::Operation for Custom {
    type Body = Unencodable;
    type Output = ();
    const META: &'static rt::OperationMeta =
        <graph_permissions::operations::drive_item::Update as rt::Operation>::META;
}

#[tokio::test]
async fn a_body_that_cannot_be_encoded_is_an_encode_error_and_nothing_is_sent() {
    let server = MockServer::start().await;
    let client = client(&server).build().unwrap();
    let template = ep::drive_item::update_me("i", "p", UpdateBody::new(vec![Role::Read]));
    let request = rt::Request::<Custom>::new(
        template.endpoint(),
        (template.path().to_owned(), None),
        Unencodable,
    );
    let error = client.send(request).await.expect_err("not encodable");
    assert!(
        matches!(
            error,
            Error::Encode {
                operation: "driveItem.update",
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "the request body of `driveItem.update` cannot be encoded as JSON: key must be a string; nothing was sent"
    );
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_server_that_never_accepts_hits_the_connect_timeout() {
    // A listening socket whose accept queue is full: the kernel drops further handshakes, so a
    // connection is never made (nothing is refused either).
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let address = socket.local_addr().unwrap();
    let _listener = socket.listen(0).unwrap();
    let mut queued = Vec::new();
    loop {
        let connect = tokio::net::TcpStream::connect(address);
        match tokio::time::timeout(Duration::from_millis(200), connect).await {
            Ok(stream) => queued.push(stream.unwrap()),
            Err(_) => break,
        }
        assert!(queued.len() < 64, "the accept queue never filled");
    }
    let connect_timeout = Duration::from_millis(300);
    let client = Client::builder()
        .credential(StaticToken::new(TOKEN))
        .base_url(format!("http://{address}"))
        .retry(RetryPolicy::none())
        .connect_timeout(connect_timeout)
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let error = client
        .send(ep::drive_item::get_me("i", "p"))
        .await
        .expect_err("no connection");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(
        error.to_string(),
        "cannot connect to 127.0.0.1: no connection within 300ms"
    );
}

/// The query options and headers the families fixture offers, sent: each value
/// percent-encoded into the URL, `Prefer` and `ConsistencyLevel` as headers, and the page's
/// `@odata.count` read back. A header value with CR or LF is refused before sending.
#[tokio::test]
async fn query_options_and_prefer_headers_are_sent_encoded() {
    use fixture_everything::endpoints::{document, share};
    use fixture_everything::models::{DocumentField, Preference};
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"@odata.count": 42, "value": [{"id": "1", "name": "a b"}]})),
        )
        .mount(&server)
        .await;
    let client = client(&server).build().unwrap();
    let request = document::list("d", "i")
        .filter("name eq 'a&b'")
        .count(true)
        .top(2)
        .skip(4)
        .order_by(&[(DocumentField::Name, rt::Order::Descending)])
        .expand(&[DocumentField::Parent])
        .search("\"q#1\"")
        .consistency_level("eventual");
    let page = client.send(request).await.unwrap().into_value();
    assert_eq!(page.count(), Some(42));
    assert_eq!(page.value[0].name.as_deref(), Some("a b"));
    let requests = server.received_requests().await.unwrap();
    let url = &requests[0].url;
    assert_eq!(url.path(), "/v1.0/drives/d/items/i/documents");
    // Every value is encoded: `&`, `#` and `'` cannot end or change the query.
    let query = url.query().unwrap();
    assert!(!query.contains('#') && !query.contains("'a&"), "{query}");
    let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    let expected = [
        ("$filter", "name eq 'a&b'"),
        ("$count", "true"),
        ("$top", "2"),
        ("$skip", "4"),
        ("$orderby", "name desc"),
        ("$expand", "parent"),
        ("$search", "\"q#1\""),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert_eq!(pairs, expected);
    assert_eq!(header_of(&requests[0], "consistencylevel"), "eventual");

    // `Prefer` takes the spec's enum, sent as Graph spells it.
    let token = rt::SharingUrl::from_share_id("s!abc");
    let shared = share::get(&token).prefer(Preference::RedeemSharingLinkIfNecessary);
    let _ = client.send(shared).await;
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests[1].url.path(), "/v1.0/shares/s!abc");
    assert_eq!(
        header_of(&requests[1], "prefer"),
        "redeemSharingLinkIfNecessary"
    );

    // A text header with a line break is refused; nothing more is sent.
    let smuggled = document::list("d", "i").consistency_level("eventual\r\nx-evil: 1");
    let error = client.send(smuggled).await.unwrap_err();
    assert!(matches!(error, Error::InvalidHeader { .. }), "{error:?}");
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

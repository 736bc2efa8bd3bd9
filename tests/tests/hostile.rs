//! Hostile responses, each from a server on loopback: the client must neither crash, hang,
//! exhaust memory, loop, nor leak its token, whatever a server answers.
//!
//! - a body over `max_response_bytes` (with a `Content-Length` that says so, and chunked
//!   without one, endless) → `Error::TooLarge`, without reading the rest;
//! - a body that trickles a byte every 100 ms forever → `Error::Timeout`;
//! - JSON nested 10,000 deep (as the body, inside a property, in an error body) → an error,
//!   not a stack overflow;
//! - a next link back to a page already seen → `Error::RepeatedNextLink`, not a loop;
//! - next links that never end (new ones each page, or ever longer) → `Error::TooManyPages`
//!   at `PagingLimits` (pages, bytes, time), memory flat;
//! - a next link with userinfo, or leaving the base URL's path (`..`, `%2e%2e`, `..%2F`) →
//!   `Error::NextLinkRefused`, not followed, no Basic credentials sent;
//! - userinfo in the base URL → refused by `build`, shown in no `Debug` or error;
//! - an empty 200 body → `Error::Decode` saying "empty body";
//! - `Retry-After` as a date in the past → the first back-off, not an immediate retry;
//! - `Retry-After` of ten years → capped by `max_retry_after`, then `Error::Throttled`;
//! - a redirect to another host → not followed: that host receives nothing, the token least;
//! - a token-like string in an error body → kept in the typed error only; the client's own
//!   token is in no `Debug`, `Display` or tracing output (all of it, at TRACE, `log` records
//!   of the HTTP stack included).
//!
//! Raw `tokio::net::TcpListener` servers write exactly the bytes a test needs; wiremock serves
//! the well-formed answers. Every wait is short: the file runs in a few seconds.

use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use graph_permissions::endpoints as ep;
use graph_permissions::rt::{self, Client, Error, RetryPolicy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use wiremock::matchers::{any, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(base: &str, token: &str) -> rt::ClientBuilder {
    Client::builder()
        .credential(rt::StaticToken::new(token))
        .base_url(base)
        .retry(RetryPolicy::none())
        .timeout(Duration::from_secs(5))
}

/// A raw HTTP/1.1 server on loopback: for each connection, reads the request head, then runs
/// `respond` with the socket. Counts the bytes `respond` managed to write, over all
/// connections.
async fn raw_server<F, Fut>(respond: F) -> (String, Arc<AtomicUsize>)
where
    F: Fn(tokio::net::TcpStream, Arc<AtomicUsize>) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("an address"));
    let written = Arc::new(AtomicUsize::new(0));
    let counter = written.clone();
    let respond = Arc::new(respond);
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let respond = respond.clone();
            let counter = counter.clone();
            tokio::spawn(async move {
                // The request head, up to the blank line (no request here has a body).
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") {
                    match socket.read(&mut byte).await {
                        Ok(1) => head.push(byte[0]),
                        _ => return,
                    }
                }
                respond(socket, counter).await;
            });
        }
    });
    (base, written)
}

/// Writes `bytes`, counting them; false once the client has gone.
async fn write(socket: &mut tokio::net::TcpStream, counter: &AtomicUsize, bytes: &[u8]) -> bool {
    match socket.write_all(bytes).await {
        Ok(()) => {
            counter.fetch_add(bytes.len(), Ordering::SeqCst);
            true
        }
        Err(_) => false,
    }
}

// ---------------------------------------------------------------------------------------------
// Too large
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_body_announced_larger_than_the_cap_is_refused_before_it_is_read() {
    // Ten gigabytes announced; one kilobyte sent, then the server waits. Reading it all would
    // hang until the timeout; the client must stop at the header.
    let (base, _) = raw_server(|mut socket, counter| async move {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10000000000\r\n\r\n";
        if write(&mut socket, &counter, head.as_bytes()).await {
            write(&mut socket, &counter, &[b' '; 1024]).await;
            tokio::time::sleep(Duration::from_secs(30)).await;
        }
    })
    .await;
    let client = client(&base, "token-too-large")
        .max_response_bytes(64 * 1024)
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client
        .send(ep::drive_item::list_me("item"))
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::TooLarge { limit: 65536 }),
        "{error:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn an_endless_chunked_body_is_cut_at_the_cap() {
    // No Content-Length: chunks of 16 KiB, forever, until the client hangs up.
    let (base, written) = raw_server(|mut socket, counter| async move {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        if !write(&mut socket, &counter, head.as_bytes()).await {
            return;
        }
        let chunk = format!("4000\r\n{}\r\n", " ".repeat(0x4000));
        while write(&mut socket, &counter, chunk.as_bytes()).await {}
    })
    .await;
    let limit = 256 * 1024;
    let client = client(&base, "token-chunked")
        .max_response_bytes(limit)
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client
        .send(ep::drive_item::list_me("item"))
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::TooLarge { limit: l } if l == limit),
        "{error:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    // Stopped near the cap: what the socket buffers held past it, not the whole stream.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let sent = written.load(Ordering::SeqCst);
    assert!(sent < 64 * 1024 * 1024, "the server wrote {sent} bytes");
}

// ---------------------------------------------------------------------------------------------
// Slow
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_body_that_trickles_forever_times_out() {
    // Headers at once, then one byte of a body that never ends, every 100 ms: each read makes
    // progress, so only a limit on the whole attempt stops it.
    let (base, _) = raw_server(|mut socket, counter| async move {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        if !write(&mut socket, &counter, head.as_bytes()).await {
            return;
        }
        while write(&mut socket, &counter, b"1\r\n \r\n").await {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
    .await;
    let timeout = Duration::from_millis(700);
    let client = client(&base, "token-trickle")
        .timeout(timeout)
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client
        .send(ep::drive_item::list_me("item"))
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    assert!(
        matches!(error, Error::Timeout(t) if t == timeout),
        "{error:?}"
    );
    assert!(
        elapsed >= timeout && elapsed < timeout + Duration::from_secs(1),
        "{elapsed:?}"
    );
}

#[tokio::test]
async fn headers_that_trickle_forever_time_out() {
    let (base, _) = raw_server(|mut socket, counter| async move {
        if !write(&mut socket, &counter, b"HTTP/1.1 200 OK\r\n").await {
            return;
        }
        while write(&mut socket, &counter, b"X-Slow: a\r\n").await {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
    .await;
    let timeout = Duration::from_millis(500);
    let client = client(&base, "token-slow-headers")
        .timeout(timeout)
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client
        .send(ep::drive_item::get_me("item", "perm"))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    assert!(started.elapsed() < timeout + Duration::from_secs(1));
}

// ---------------------------------------------------------------------------------------------
// Deep JSON
// ---------------------------------------------------------------------------------------------

fn nested(depth: usize, open: &str, close: &str, inner: &str) -> String {
    format!("{}{inner}{}", open.repeat(depth), close.repeat(depth))
}

#[tokio::test]
async fn json_nested_ten_thousand_deep_is_an_error_not_a_stack_overflow() {
    let server = MockServer::start().await;
    let deep_list = nested(10_000, "[", "]", "");
    let deep_object = nested(10_000, "{\"a\":", "}", "1");
    let cases = [
        // The whole body.
        (
            "/v1.0/me/drive/items/a/permissions/p",
            deep_list.clone(),
            200,
        ),
        // Inside a property the model knows, and inside one it keeps in `extra`.
        (
            "/v1.0/me/drive/items/b/permissions/p",
            format!("{{\"id\":\"1\",\"grantedTo\":{deep_object}}}"),
            200,
        ),
        (
            "/v1.0/me/drive/items/c/permissions/p",
            format!("{{\"id\":\"1\",\"unknown\":{deep_list}}}"),
            200,
        ),
        // In a page's items, and in an error body.
        (
            "/v1.0/me/drive/items/d/permissions",
            format!("{{\"value\":[{deep_object}]}}"),
            200,
        ),
        (
            "/v1.0/me/drive/items/e/permissions/p",
            format!("{{\"error\":{deep_object}}}"),
            400,
        ),
    ];
    for (at, body, status) in &cases {
        Mock::given(path(*at))
            .respond_with(
                ResponseTemplate::new(*status)
                    .insert_header("Content-Type", "application/json")
                    .set_body_string(body.clone()),
            )
            .mount(&server)
            .await;
    }
    let client = client(&server.uri(), "token-deep").build().unwrap();
    // A list where an object belongs: refused at the first `[`.
    let error = client
        .send(ep::drive_item::get_me("a", "p"))
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Decode { status: 200, .. }),
        "{error:?}"
    );
    // Deep inside an object, where the model keeps what it does not know: either refused at
    // serde_json's depth limit (128), or kept as the text it was, without being parsed (the
    // runtime may keep unknown properties as raw JSON). Never a stack overflow.
    for (item, (_, body, _)) in ["b", "c"].iter().zip(&cases[1..3]) {
        match client.send(ep::drive_item::get_me(item, "p")).await {
            Err(Error::Decode {
                status: 200,
                message,
                ..
            }) => assert!(message.contains("recursion limit"), "{item}: {message}"),
            Ok(response) => {
                let back = serde_json::to_string(response.value()).expect("encodes");
                assert_eq!(&back, body, "{item}: not kept as sent");
                assert!(format!("{response:?}").len() > 10_000);
            }
            Err(other) => panic!("{item}: {other:?}"),
        }
    }
    let error = client.send(ep::drive_item::list_me("d")).await;
    assert!(
        matches!(error, Err(Error::Decode { .. })) || error.is_ok(),
        "{error:?}"
    );
    // Not Graph's error JSON as far as a parser with a depth limit can tell: kept raw.
    let error = client
        .send(ep::drive_item::get_me("e", "p"))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Graph(g) if g.status == 400 && g.raw_body.is_some()),
        "{error:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Paging
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_next_link_back_to_a_page_already_seen_stops_with_an_error() {
    // Page 1 → page 2 → page 1 again: a loop of two pages.
    let server = MockServer::start().await;
    let first = format!(
        "{}/v1.0/me/drive/items/x/permissions?$skiptoken=1",
        server.uri()
    );
    let second = format!(
        "{}/v1.0/me/drive/items/x/permissions?$skiptoken=2",
        server.uri()
    );
    let page = |id: &str, next: &str| {
        ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "value": [{"id": id}],
            "@odata.nextLink": next,
        }))
    };
    Mock::given(wiremock::matchers::query_param("$skiptoken", "2"))
        .respond_with(page("3", &first))
        .mount(&server)
        .await;
    Mock::given(wiremock::matchers::query_param("$skiptoken", "1"))
        .respond_with(page("2", &second))
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(page("1", &first))
        .mount(&server)
        .await;
    let client = client(&server.uri(), "token-paging").build().unwrap();
    let started = Instant::now();
    let error = client
        .collect_all(ep::drive_item::list_me("x"))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::RepeatedNextLink { link } if *link == first),
        "{error:?}"
    );
    // The first request, then page 1 and page 2 once each; not page 1 again.
    let received = server.received_requests().await.unwrap();
    assert_eq!(received.len(), 3);
    assert!(started.elapsed() < Duration::from_secs(2));
}

/// A page of one permission whose next link is `link(n)`, for the `n`th page served.
struct EndlessPages {
    count: AtomicUsize,
    link: Box<dyn Fn(usize) -> String + Send + Sync>,
}

impl wiremock::Respond for EndlessPages {
    fn respond(&self, _: &wiremock::Request) -> ResponseTemplate {
        let n = self.count.fetch_add(1, Ordering::SeqCst);
        ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "value": [{"id": n.to_string()}],
            "@odata.nextLink": (self.link)(n + 1),
        }))
    }
}

/// Mounts pages that never end, each linking to a new `link(n)`.
async fn endless(server: &MockServer, link: impl Fn(usize) -> String + Send + Sync + 'static) {
    Mock::given(any())
        .respond_with(EndlessPages {
            count: AtomicUsize::new(0),
            link: Box::new(link),
        })
        .mount(server)
        .await;
}

/// Collects every page, or fails the test when paging does not end within ten seconds.
async fn collect_within_ten_seconds(client: &Client) -> Result<Vec<serde_json::Value>, Error> {
    let paging = client.collect_all(ep::drive_item::list_me("x"));
    match tokio::time::timeout(Duration::from_secs(10), paging).await {
        Ok(result) => result.map(|items| {
            items
                .iter()
                .map(|p: &graph_permissions::models::Permission| serde_json::to_value(p).unwrap())
                .collect()
        }),
        Err(_) => panic!("paging did not end within ten seconds"),
    }
}

#[tokio::test]
async fn endless_distinct_next_links_stop_at_the_page_limit() {
    let server = MockServer::start().await;
    let uri = server.uri();
    endless(&server, move |n| {
        format!("{uri}/v1.0/me/drive/items/x/permissions?$skiptoken={n}")
    })
    .await;
    let client = client(&server.uri(), "token-endless")
        .paging(rt::PagingLimits {
            max_pages: 50,
            ..rt::PagingLimits::default()
        })
        .build()
        .unwrap();
    let error = collect_within_ten_seconds(&client).await.unwrap_err();
    assert!(
        matches!(&error, Error::TooManyPages { pages: 50, limit, .. } if limit == "50 pages"),
        "{error:?}"
    );
    assert!(error.to_string().contains("after 50 pages"), "{error}");
    assert_eq!(server.received_requests().await.unwrap().len(), 50);
}

#[tokio::test]
async fn ever_longer_next_links_stop_at_the_byte_limit() {
    // Each link a kilobyte longer than the one before: the bytes grow as the square of the
    // pages, and so would the memory of every link seen.
    let server = MockServer::start().await;
    let uri = server.uri();
    endless(&server, move |n| {
        format!(
            "{uri}/v1.0/me/drive/items/x/permissions?$skiptoken={}",
            "a".repeat(1024 * n)
        )
    })
    .await;
    let client = client(&server.uri(), "token-longer")
        .paging(rt::PagingLimits {
            max_bytes: 256 * 1024,
            ..rt::PagingLimits::default()
        })
        .build()
        .unwrap();
    let error = collect_within_ten_seconds(&client).await.unwrap_err();
    let Error::TooManyPages { pages, bytes, .. } = error else {
        panic!("{error:?}");
    };
    // 1 + 2 + … + 23 KiB = 276 KiB: the 23rd page passes the limit, the 24th is not asked.
    assert_eq!(pages, 23);
    assert!(bytes >= 256 * 1024, "{bytes}");
    assert_eq!(server.received_requests().await.unwrap().len(), 23);
}

#[tokio::test]
async fn the_default_limits_end_endless_paging_too() {
    let server = MockServer::start().await;
    let uri = server.uri();
    endless(&server, move |n| {
        format!("{uri}/v1.0/me/drive/items/x/permissions?$skiptoken={n}")
    })
    .await;
    let client = client(&server.uri(), "token-defaults")
        .paging(rt::PagingLimits {
            // The default pages would take minutes of a debug build; the time limit, tried
            // here, ends first.
            max_elapsed: Duration::from_millis(500),
            ..rt::PagingLimits::default()
        })
        .build()
        .unwrap();
    let started = Instant::now();
    let error = collect_within_ten_seconds(&client).await.unwrap_err();
    assert!(
        matches!(&error, Error::TooManyPages { limit, .. } if limit == "500ms"),
        "{error:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(rt::PagingLimits::default().max_pages, 10_000);
}

#[tokio::test]
async fn a_next_link_with_userinfo_is_refused_and_no_basic_credentials_are_sent() {
    let server = MockServer::start().await;
    let link = server
        .uri()
        .replacen("http://", "http://graph-user:s3cret-pass@", 1)
        + "/v1.0/me/drive/items/x/permissions?$skiptoken=2";
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "value": [{"id": "1"}],
            "@odata.nextLink": link,
        })))
        .mount(&server)
        .await;
    let client = client(&server.uri(), "token-userinfo").build().unwrap();
    let error = client
        .collect_all(ep::drive_item::list_me("x"))
        .await
        .unwrap_err();
    assert!(matches!(&error, Error::NextLinkRefused { .. }), "{error:?}");
    for shown in [error.to_string(), format!("{error:?}")] {
        assert!(
            !shown.contains("s3cret-pass") && !shown.contains("graph-user"),
            "{shown}"
        );
    }
    let received = server.received_requests().await.unwrap();
    assert_eq!(received.len(), 1, "the next link was followed");
    for request in &received {
        let auth = request.headers.get_all("authorization").iter().count();
        assert_eq!(auth, 1, "one Authorization header, the bearer one");
    }
}

#[tokio::test]
async fn a_next_link_leaving_the_base_path_is_refused() {
    // The base URL has a path of its own (a gateway's prefix, say): a next link on the same
    // host must stay under it, however it spells `..`.
    for escape in [
        "/graph/../admin/keys",
        "/graph/%2e%2E/admin/keys",
        "/graph/v1.0/..%2F..%2Fadmin/keys",
        "/admin/keys",
    ] {
        let server = MockServer::start().await;
        let base = format!("{}/graph", server.uri());
        Mock::given(any())
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "value": [{"id": "1"}],
                "@odata.nextLink": format!("{}{escape}", server.uri()),
            })))
            .mount(&server)
            .await;
        let client = client(&base, "token-dot-dot").build().unwrap();
        let error = client
            .collect_all(ep::drive_item::list_me("x"))
            .await
            .unwrap_err();
        assert!(
            matches!(&error, Error::NextLinkRefused { reason, .. } if reason.contains("`/graph`")),
            "{escape}: {error:?}"
        );
        let received = server.received_requests().await.unwrap();
        assert_eq!(received.len(), 1, "{escape}: the next link was followed");
        assert!(received[0].url.path().starts_with("/graph/v1.0/"));
    }
}

// ---------------------------------------------------------------------------------------------
// Userinfo in the base URL, empty bodies
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn userinfo_in_the_base_url_is_refused_and_shown_nowhere() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_string("{}"))
        .mount(&server)
        .await;
    let base = server.uri().replacen("http://", "http://admin:hunter2@", 1);
    let builder = client(&base, "token-base-userinfo");
    let debug = format!("{builder:?}");
    assert!(
        !debug.contains("hunter2") && !debug.contains("admin"),
        "{debug}"
    );
    assert!(debug.contains("***@127.0.0.1"), "{debug}");
    let error = builder.build().unwrap_err();
    assert!(matches!(&error, Error::InvalidUrl { .. }), "{error:?}");
    for shown in [error.to_string(), format!("{error:?}")] {
        assert!(!shown.contains("hunter2"), "{shown}");
    }
    assert!(server.received_requests().await.unwrap().is_empty());
    // A client's own Debug shows its base URL, which has no userinfo to show.
    let client = client(&server.uri(), "token-debug").build().unwrap();
    assert!(format!("{client:?}").contains(&server.uri()));
}

#[tokio::test]
async fn an_empty_200_body_is_called_an_empty_body() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client = client(&server.uri(), "token-empty").build().unwrap();
    let error = client
        .send(ep::drive_item::get_me("item", "perm"))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Decode { status: 200, message, .. } if message == "empty body"),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "200 response is not a valid driveItem.get: empty body"
    );
    // A page, too.
    let error = client
        .collect_all(ep::drive_item::list_me("x"))
        .await
        .unwrap_err();
    assert!(error.to_string().ends_with(": empty body"), "{error}");
}

// ---------------------------------------------------------------------------------------------
// Retry-After
// ---------------------------------------------------------------------------------------------

const TEN_YEARS: &str = "315360000";

/// One request to a server that always answers `status` with `Retry-After: retry_after`, sent
/// under `policy`: the error, how long it took, and how many attempts the server saw.
async fn always_throttled(
    status: u16,
    retry_after: &str,
    policy: RetryPolicy,
) -> (Error, Duration, usize) {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(status).insert_header("Retry-After", retry_after))
        .mount(&server)
        .await;
    let client = client(&server.uri(), "token-retry")
        .retry(policy)
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client
        .send(ep::drive_item::get_me("item", "perm"))
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    let attempts = server.received_requests().await.unwrap().len();
    (error, elapsed, attempts)
}

#[tokio::test]
async fn retry_after_as_a_date_in_the_past_waits_the_first_back_off() {
    let policy = RetryPolicy {
        max_attempts: 4,
        max_elapsed: Duration::from_secs(10),
        base_delay: Duration::from_millis(100),
        max_delay: Duration::from_secs(1),
        max_retry_after: Duration::from_secs(1),
    };
    let (error, elapsed, _) = always_throttled(503, "Wed, 21 Oct 2015 07:28:00 GMT", policy).await;
    assert!(
        matches!(
            error,
            Error::Throttled {
                status: 503,
                attempts: 4,
                ..
            }
        ),
        "{error:?}"
    );
    // Three waits of at least the first back-off each, not four attempts at once.
    assert!(elapsed >= Duration::from_millis(300), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[tokio::test]
async fn retry_after_of_ten_years_is_capped_then_the_retry_error() {
    let policy = RetryPolicy {
        max_attempts: 3,
        max_elapsed: Duration::from_secs(10),
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(20),
        max_retry_after: Duration::from_millis(150),
    };
    let (error, elapsed, attempts) = always_throttled(429, TEN_YEARS, policy).await;
    assert!(
        matches!(
            error,
            Error::Throttled {
                status: 429,
                attempts: 3,
                ..
            }
        ),
        "{error:?}"
    );
    // Two waits, each cut to 150 ms.
    assert!(
        elapsed >= Duration::from_millis(300) && elapsed < Duration::from_secs(2),
        "{elapsed:?}"
    );
    assert_eq!(attempts, 3);
}

#[tokio::test]
async fn retry_after_of_ten_years_with_the_default_policy_gives_up_at_once() {
    // Capped to a minute, which does not fit the minute's budget: no wait at all.
    let (error, elapsed, _) = always_throttled(503, TEN_YEARS, RetryPolicy::default()).await;
    assert!(
        matches!(
            error,
            Error::Throttled {
                status: 503,
                attempts: 1,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(elapsed < Duration::from_secs(1), "{elapsed:?}");
}

// ---------------------------------------------------------------------------------------------
// Redirects
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_redirect_to_another_host_is_not_followed_and_gets_no_token() {
    let elsewhere = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_string("{}"))
        .mount(&elsewhere)
        .await;
    let server = MockServer::start().await;
    let location = format!("{}/steal", elsewhere.uri());
    for status in [301, 302, 303, 307, 308] {
        Mock::given(path(format!("/v1.0/me/drive/items/{status}/permissions/p")))
            .respond_with(
                ResponseTemplate::new(status).insert_header("Location", location.as_str()),
            )
            .mount(&server)
            .await;
    }
    let client = client(&server.uri(), "token-redirect").build().unwrap();
    for status in [301, 302, 303, 307, 308] {
        let error = client
            .send(ep::drive_item::get_me(&status.to_string(), "p"))
            .await
            .unwrap_err();
        assert!(
            matches!(&error, Error::Graph(g) if g.status == status),
            "{status}: {error:?}"
        );
    }
    assert!(
        elsewhere.received_requests().await.unwrap().is_empty(),
        "the other host was reached"
    );
    // Each answered once: the client did not retry the redirect either.
    assert_eq!(server.received_requests().await.unwrap().len(), 5);
}

// ---------------------------------------------------------------------------------------------
// Secrets
// ---------------------------------------------------------------------------------------------

/// Everything every subscriber and `log` logger in this test binary writes, at TRACE.
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

/// The one global subscriber of this binary: every thread, every runtime worker, and `log`
/// records (reqwest, hyper-util) through `tracing-log`.
fn capture() -> &'static Capture {
    static CAPTURE: OnceLock<Capture> = OnceLock::new();
    CAPTURE.get_or_init(|| {
        use tracing_subscriber::util::SubscriberInitExt;
        let capture = Capture::default();
        let writer = capture.clone();
        tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .with_max_level(tracing::Level::TRACE)
            .with_span_events(tracing_subscriber::fmt::format::FmtSpan::FULL)
            .finish()
            .try_init()
            .expect("the only global subscriber of this binary");
        capture
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_in_an_error_body_stays_in_the_typed_error_and_ours_shows_nowhere() {
    let capture = capture();
    // Ours: an opaque token nobody else writes. Theirs: a token-like string in the body.
    let own = "own-token-5f0c2b9e-b1d4-4c52-9a57-0d1e3c7a9f44";
    let theirs = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.theirs.signature";
    let server = MockServer::start().await;
    let body = serde_json::json!({
        "error": {
            "code": "InvalidAuthenticationToken",
            "message": format!("Access token {theirs} has expired."),
            "innerError": {"request-id": "req-1", "date": "2024-01-01T00:00:00"}
        }
    });
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(401)
                .insert_header("request-id", "req-1")
                .insert_header(
                    "WWW-Authenticate",
                    format!("Bearer error=\"{theirs}\"").as_str(),
                )
                .set_body_json(body),
        )
        .mount(&server)
        .await;
    let client = client(&server.uri(), own)
        .retry(RetryPolicy {
            max_attempts: 2,
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let result = client.send(ep::drive_item::get_me("item", "perm")).await;
    let error = result.as_ref().unwrap_err();
    // The server saw our token: the test would prove nothing otherwise.
    let received = server.received_requests().await.unwrap();
    assert_eq!(
        received[0]
            .headers
            .get("authorization")
            .map(|v| v.to_str().unwrap().to_owned()),
        Some(format!("Bearer {own}"))
    );
    // Theirs is kept, in the typed error only.
    match error {
        Error::Graph(g) => {
            assert_eq!(g.status, 401);
            assert_eq!(g.code.as_deref(), Some("InvalidAuthenticationToken"));
            assert!(g.message.as_deref().unwrap_or_default().contains(theirs));
        }
        other => panic!("{other:?}"),
    }
    // Ours, nowhere.
    let mut shown = vec![
        format!("{error}"),
        format!("{error:?}"),
        format!("{error:#?}"),
        format!("{client:?}"),
        format!("{result:?}"),
    ];
    let mut source = std::error::Error::source(error);
    while let Some(e) = source {
        shown.push(format!("{e} {e:?}"));
        source = e.source();
    }
    drop(client);
    tokio::time::sleep(Duration::from_millis(50)).await;
    let logs = String::from_utf8_lossy(&capture.0.lock().unwrap()).into_owned();
    assert!(
        logs.contains("graph.request"),
        "the subscriber saw nothing:\n{logs}"
    );
    shown.push(logs);
    for text in &shown {
        assert!(!text.contains(own), "our token shows:\n{text}");
        // Nor any part of it long enough to matter.
        assert!(
            !text.contains(&own[10..30]),
            "part of our token shows:\n{text}"
        );
    }
}

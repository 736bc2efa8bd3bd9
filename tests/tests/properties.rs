//! Property tests (proptest) of what callers pass in:
//!
//! - any string as any path parameter of any endpoint function — `/ ? # % ..`, `\`, NUL,
//!   CR/LF, non-ASCII — stays inside its own segment(s): the path's other segments and the
//!   host are unchanged, the URL parser changes nothing, and the segment decodes back to the
//!   string. A segment that is exactly empty, `.` or `..` cannot be protected by any encoding
//!   and is refused (`path_error`) instead; the client then sends nothing.
//! - a header value holding CR or LF is refused before sending (`Error::InvalidHeader`), and a
//!   loopback server receives nothing.

use graph_permissions::endpoints as ep;
use graph_permissions::models::{DriveRecipient, Role, SharingLinkType};
use graph_permissions::operations as ops;
use graph_permissions::operations::drive_item::{
    CreateLinkBody, InviteBody, RevokeGrantsBody, UpdateBody,
};
use graph_permissions::rt::__private::{path, PathPart};
use graph_permissions::rt::{self, Client, Error, Operation, PathError, SharingUrl};
use proptest::prelude::*;

/// A request reduced to what these properties look at.
struct Built {
    template: &'static str,
    path: String,
    error: Option<PathError>,
}

fn built<O: Operation, C: rt::Caller>(request: &rt::Request<O, C>) -> Built {
    Built {
        template: request.endpoint().template,
        path: request.path().to_owned(),
        error: request.path_error().cloned(),
    }
}

type Call = fn(&[&str]) -> Built;

/// `(name, call with this many string arguments)` for an endpoint function.
macro_rules! e {
    ($m:ident::$f:ident, [$($a:ident),+] $(, $body:expr)?) => {
        (
            concat!(stringify!($m), "::", stringify!($f)),
            (|v: &[&str]| {
                let &[$($a),+] = v else { unreachable!("arity") };
                built(&ep::$m::$f($($a),+ $(, $body)?))
            }) as Call,
            [$(stringify!($a)),+].len(),
        )
    };
}

fn update() -> UpdateBody {
    UpdateBody::new(vec![Role::Read])
}
fn create_link() -> CreateLinkBody {
    CreateLinkBody::new(SharingLinkType::View)
}
fn invite() -> InviteBody {
    InviteBody::new(vec![DriveRecipient::default()])
}
fn revoke() -> RevokeGrantsBody {
    RevokeGrantsBody::new(vec![DriveRecipient::default()])
}

/// Every endpoint function; `share::grant`, whose parameter is a `SharingUrl`, by share id.
fn endpoints() -> Vec<(&'static str, Call, usize)> {
    vec![
        e!(drive_item::list, [a, b]),
        e!(drive_item::list_group, [a, b]),
        e!(drive_item::list_me, [a]),
        e!(drive_item::list_me_by_path, [a]),
        e!(drive_item::list_site, [a, b]),
        e!(drive_item::list_user, [a, b]),
        e!(drive_item::get, [a, b, c]),
        e!(drive_item::get_group, [a, b, c]),
        e!(drive_item::get_me, [a, b]),
        e!(drive_item::get_site, [a, b, c]),
        e!(drive_item::get_user, [a, b, c]),
        e!(drive_item::update, [a, b, c], update()),
        e!(drive_item::update_group, [a, b, c], update()),
        e!(drive_item::update_me, [a, b], update()),
        e!(drive_item::update_site, [a, b, c], update()),
        e!(drive_item::update_user, [a, b, c], update()),
        e!(drive_item::delete, [a, b, c]),
        e!(drive_item::delete_group, [a, b, c]),
        e!(drive_item::delete_me, [a, b]),
        e!(drive_item::delete_site, [a, b, c]),
        e!(drive_item::delete_user, [a, b, c]),
        e!(drive_item::create_link, [a, b], create_link()),
        e!(drive_item::create_link_group, [a, b], create_link()),
        e!(drive_item::create_link_me, [a], create_link()),
        e!(drive_item::create_link_site, [a, b], create_link()),
        e!(drive_item::create_link_user, [a, b], create_link()),
        e!(drive_item::invite, [a, b], invite()),
        e!(drive_item::invite_group, [a, b], invite()),
        e!(drive_item::invite_me, [a], invite()),
        e!(drive_item::invite_site, [a, b], invite()),
        e!(drive_item::invite_user, [a, b], invite()),
        (
            "share::grant",
            (|v: &[&str]| {
                let &[id] = v else { unreachable!("arity") };
                built(&ep::share::grant(
                    &SharingUrl::from_share_id(id),
                    graph_permissions::operations::share::GrantBody::new(
                        vec![DriveRecipient::default()],
                        vec![Role::Read],
                    ),
                ))
            }) as Call,
            1,
        ),
        e!(drive_item::revoke_grants, [a, b, c], revoke()),
        e!(drive_item::revoke_grants_group, [a, b, c], revoke()),
        e!(drive_item::revoke_grants_me, [a, b], revoke()),
        e!(drive_item::revoke_grants_site, [a, b, c], revoke()),
        e!(
            drive_item::revoke_grants_site_list_item,
            [a, b, c, d],
            revoke()
        ),
        e!(drive_item::revoke_grants_user, [a, b, c], revoke()),
        e!(
            drive_item::create,
            [a, b],
            ops::drive_item::CreateBody::new()
        ),
        e!(
            drive_item::create_group,
            [a, b],
            ops::drive_item::CreateBody::new()
        ),
        e!(
            drive_item::create_me,
            [a],
            ops::drive_item::CreateBody::new()
        ),
        e!(
            drive_item::create_site,
            [a, b],
            ops::drive_item::CreateBody::new()
        ),
        e!(
            drive_item::create_user,
            [a, b],
            ops::drive_item::CreateBody::new()
        ),
        e!(list::list, [a, b]),
        e!(list::create, [a, b], ops::list::CreateBody::new()),
        e!(list::get, [a, b, c]),
        e!(list::update, [a, b, c], ops::list::UpdateBody::new()),
        e!(list::delete, [a, b, c]),
        e!(list_item::list, [a, b, c]),
        e!(
            list_item::create,
            [a, b, c],
            ops::list_item::CreateBody::new()
        ),
        e!(list_item::get, [a, b, c, d]),
        e!(
            list_item::update,
            [a, b, c, d],
            ops::list_item::UpdateBody::new()
        ),
        e!(list_item::delete, [a, b, c, d]),
        (
            "share::get",
            (|v: &[&str]| {
                let &[id] = v else { unreachable!("arity") };
                built(&ep::share::get(&SharingUrl::from_share_id(id)))
            }) as Call,
            1,
        ),
        e!(site::list, [a]),
        e!(site::create, [a], ops::site::CreateBody::new()),
        e!(site::get, [a, b]),
        e!(site::update, [a, b], ops::site::UpdateBody::new()),
        e!(site::delete, [a, b]),
    ]
}

/// Parameters whose value is a `/`-separated item path (`style: segments` in the spec).
const SEGMENTS: &[&str] = &["path"];

/// The placeholders of a template, in order.
fn placeholders(template: &str) -> Vec<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name))
        .collect()
}

fn decode(segment: &str) -> String {
    percent_encoding::percent_decode_str(segment)
        .decode_utf8()
        .unwrap_or_else(|e| panic!("`{segment}` does not decode to UTF-8: {e}"))
        .into_owned()
}

/// What a value must be refused for, as one segment: nothing, or what a URL parser resolves.
fn unprotectable(piece: &str) -> bool {
    matches!(piece, "" | "." | "..")
}

/// Checks one endpoint with `value` as its parameter number `hostile` and `x` as the others.
fn check(name: &str, call: Call, arity: usize, hostile: usize, value: &str) {
    let mut args = vec!["x"; arity];
    args[hostile] = value;
    let built = call(&args);
    let names = placeholders(built.template);
    assert_eq!(names.len(), arity, "{name}: {}", built.template);
    let param = names[hostile];
    let segments = SEGMENTS.contains(&param);
    let pieces: Vec<&str> = if segments {
        value.split('/').collect()
    } else {
        vec![value]
    };
    if pieces.iter().any(|p| unprotectable(p)) {
        let error = built
            .error
            .unwrap_or_else(|| panic!("{name}: `{param}` = {value:?} was not refused"));
        assert_eq!(error.parameter, param, "{name}");
        assert_eq!(error.value, value, "{name}");
        return;
    }
    assert!(
        built.error.is_none(),
        "{name}: `{param}` = {value:?} was refused: {:?}",
        built.error
    );
    // The template with the other placeholders as `x`, split at the hostile one.
    let mut expected = built.template.to_owned();
    for (i, other) in names.iter().enumerate() {
        if i != hostile {
            expected = expected.replacen(&format!("{{{other}}}"), "x", 1);
        }
    }
    let (prefix, suffix) = expected
        .split_once(&format!("{{{param}}}"))
        .expect("the placeholder");
    let path = &built.path;
    assert!(
        path.starts_with(prefix)
            && path.ends_with(suffix)
            && path.len() >= prefix.len() + suffix.len(),
        "{name}: `{param}` = {value:?} changed the rest of the path: {path}"
    );
    let middle = &path[prefix.len()..path.len() - suffix.len()];
    // Nothing in the encoded value a URL would read as anything but path text.
    assert!(
        middle
            .bytes()
            .all(|b| b.is_ascii_graphic() && !matches!(b, b'?' | b'#' | b'\\')),
        "{name}: `{param}` = {value:?} is sent as {middle:?}"
    );
    let encoded: Vec<&str> = middle.split('/').collect();
    assert_eq!(
        encoded.len(),
        pieces.len(),
        "{name}: `{param}` = {value:?} spans {} segments: {path}",
        encoded.len()
    );
    for (e, p) in encoded.iter().zip(&pieces) {
        assert_eq!(decode(e), *p, "{name}: `{param}` = {value:?}");
    }
    // The URL the client builds: same host, and the parser keeps the path as it is.
    let url = url::Url::parse(&format!("https://graph.microsoft.com/v1.0{path}"))
        .unwrap_or_else(|e| panic!("{name}: `{param}` = {value:?}: {e}"));
    assert_eq!(url.host_str(), Some("graph.microsoft.com"), "{name}");
    assert_eq!(url.path(), format!("/v1.0{path}"), "{name}: {value:?}");
    assert_eq!(url.query(), None, "{name}: {value:?}");
    assert_eq!(url.fragment(), None, "{name}: {value:?}");
}

/// Strings made of what breaks paths, and any string at all.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[/?#%.\\\\\\x00\\r\\n \t+&;=:@!$'()*,~\\[\\]{}|^`\"<>éü日🎉\u{200b}\u{feff}aZ0-]{0,16}",
        prop::sample::select(vec![
            "",
            ".",
            "..",
            "...",
            "./",
            "../",
            "/..",
            "a/../b",
            "%2e%2e",
            "%2F",
            "%",
            "%zz",
            "%00",
            "?",
            "#",
            "\\",
            "\\..",
            "..\\..",
            "\0",
            "\r\n",
            "a\r\nHost: evil",
            "//evil.example",
            "@evil.example",
            "http://evil.example/",
            ":",
            "a:b",
            "%25",
            "%252F",
        ])
        .prop_map(str::to_owned),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Any string as any path parameter of any endpoint.
    #[test]
    fn any_string_as_any_path_parameter_stays_in_its_segments(value in hostile()) {
        for (name, call, arity) in endpoints() {
            for hostile in 0..arity {
                check(name, call, arity, hostile, &value);
            }
        }
    }

    /// The runtime's path builder on its own, for any parameter name and both styles.
    #[test]
    fn the_path_builder_keeps_every_value_in_its_segments(a in hostile(), b in hostile()) {
        let (path, error) = path(&[
            PathPart::Literal("/one/"),
            PathPart::Segment("a", &a),
            PathPart::Literal("/two/"),
            PathPart::Segments("b", &b),
            PathPart::Literal(":/three"),
        ]);
        let refused_a = unprotectable(&a);
        let refused_b = b.split('/').any(unprotectable);
        match error {
            Some(e) => {
                prop_assert!(refused_a || refused_b, "refused {e:?}");
                // The first parameter that cannot be sent is the one named.
                prop_assert_eq!(e.parameter, if refused_a { "a" } else { "b" });
            }
            None => {
                prop_assert!(!refused_a && !refused_b);
                let rest = path.strip_prefix("/one/").expect("the first literal");
                let (first, rest) = rest.split_once("/two/").expect("the second literal");
                let second = rest.strip_suffix(":/three").expect("the last literal");
                prop_assert_eq!(decode(first), a);
                let pieces: Vec<String> = second.split('/').map(decode).collect();
                prop_assert_eq!(pieces.join("/"), b);
            }
        }
    }
}

/// A loopback server that records what it receives, and a client for it.
fn server_and_client(runtime: &tokio::runtime::Runtime) -> (wiremock::MockServer, Client) {
    runtime.block_on(async {
        let server = wiremock::MockServer::start().await;
        wiremock::Mock::given(wiremock::matchers::any())
            .respond_with(wiremock::ResponseTemplate::new(200).set_body_string(r#"{"value":[]}"#))
            .mount(&server)
            .await;
        let client = Client::builder()
            .credential(rt::StaticToken::new("property-test-token"))
            .base_url(server.uri())
            .retry(rt::RetryPolicy::none())
            .build()
            .expect("a client");
        (server, client)
    })
}

/// A string with CR or LF somewhere in it.
fn with_line_break() -> impl Strategy<Value = String> {
    (
        any::<String>(),
        any::<String>(),
        prop::sample::select(vec!["\r", "\n", "\r\n"]),
    )
        .prop_map(|(a, b, brk)| format!("{a}{brk}{b}"))
}

#[test]
fn a_header_value_with_cr_or_lf_is_refused_before_sending() {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let (server, client) = server_and_client(&runtime);
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: 256,
        ..ProptestConfig::default()
    });
    runner
        .run(&with_line_break(), |value| {
            runtime.block_on(async {
                let matched = client
                    .send(ep::drive_item::update_me("item", "perm", update()).if_match(&value))
                    .await;
                prop_assert!(
                    matches!(&matched, Err(Error::InvalidHeader { name, .. }) if name == "if-match"),
                    "if-match {value:?}: {matched:?}"
                );
                let none_matched = client
                    .send(ep::drive_item::list_me("item").if_none_match(&value))
                    .await;
                prop_assert!(
                    matches!(&none_matched, Err(Error::InvalidHeader { name, .. }) if name == "if-none-match"),
                    "if-none-match {value:?}: {none_matched:?}"
                );
                Ok(())
            })
        })
        .unwrap_or_else(|e| panic!("{e}"));
    let received = runtime
        .block_on(server.received_requests())
        .unwrap_or_default();
    assert!(
        received.is_empty(),
        "the server received {} requests",
        received.len()
    );
}

/// The control case: a header value without CR or LF is sent, as given.
#[test]
fn a_header_value_without_line_breaks_is_sent_as_given() {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let (server, client) = server_and_client(&runtime);
    let value = "\"{etag-1},3\" é";
    let sent = runtime.block_on(client.send(ep::drive_item::list_me("item").if_none_match(value)));
    assert!(sent.is_ok(), "{sent:?}");
    let received = runtime
        .block_on(server.received_requests())
        .unwrap_or_default();
    assert_eq!(received.len(), 1);
    assert_eq!(
        received[0]
            .headers
            .get("if-none-match")
            .map(|v| v.as_bytes()),
        Some(value.as_bytes())
    );
}

/// The list above holds every endpoint function of the generated crate.
#[test]
fn every_endpoint_is_checked() {
    let checked: std::collections::BTreeSet<&str> = endpoints()
        .into_iter()
        .map(|(_, call, arity)| call(&vec!["x"; arity]).template)
        .collect();
    let all: std::collections::BTreeSet<&str> = graph_permissions::scopes::OPERATIONS
        .iter()
        .flat_map(|op| op.endpoints.iter().map(|e| e.template))
        .collect();
    assert_eq!(checked, all);
}

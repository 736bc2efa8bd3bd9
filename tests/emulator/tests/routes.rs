//! The emulator keeps up with the spec: every operation of `graph_permissions` has a handler,
//! and every endpoint of every operation is routed to it; anything else gets Graph's answer
//! for an unknown segment, a wrong method or a missing version.

mod support;

use graph_emulator::{
    unhandled_operations, Config, Emulator, DOCUMENTS_LIST_ID, DRIVE_ID, GROUP_ID, SITE_ID, USER_ID,
};
use graph_permissions::rt::{Method, SharingUrl};
use graph_permissions::scopes::OPERATIONS;
use support::raw;

#[test]
fn every_operation_of_the_spec_has_a_handler() {
    assert!(!OPERATIONS.is_empty());
    assert_eq!(
        unhandled_operations(),
        Vec::<&str>::new(),
        "operations of the spec the emulator does not answer: add them to src/handlers/mod.rs"
    );
}

/// A value the emulator knows for each path parameter of the spec: item 4 is a folder with a
/// link for specific people (`users-4`), and list item 4 of the document library; the site
/// grants an application `grant-backup`, and the lists hold `group-members`.
fn value_of(family: Option<&str>, parameter: &str, template: &str) -> String {
    let value = match (family, parameter) {
        (Some("listItem"), "item-id") => "4",
        (Some("site"), "permission-id") => "grant-backup",
        (Some("list"), "permission-id") => "group-members",
        (Some("listItem"), "permission-id") => "users-4",
        (_, parameter) => plain_value(parameter, template),
    };
    value.replace(' ', "%20")
}

fn plain_value(parameter: &str, template: &str) -> &'static str {
    match parameter {
        "drive-id" => DRIVE_ID,
        "group-id" => GROUP_ID,
        "user-id" => USER_ID,
        "site-id" => SITE_ID,
        "list-id" => DOCUMENTS_LIST_ID,
        "item-id" => "I000004",
        "listItem-id" => "4",
        "path" => "Folder 4",
        "perm-id" => "users-4",
        "encoded-sharing-url" => SHARE,
        other => panic!(
            "`{template}` has a parameter `{other}` this test has no value for: teach it (and src/places.rs) what it names"
        ),
    }
}

/// `u!` + the base64url of item 4's link for specific people, `https://contoso.sharepoint.com/:e:/u/I000004`.
const SHARE: &str = "u!aHR0cHM6Ly9jb250b3NvLnNoYXJlcG9pbnQuY29tLzplOi91L0kwMDAwMDQ";

#[test]
fn the_share_token_is_the_links_url_encoded() {
    let url = SharingUrl::from_url("https://contoso.sharepoint.com/:e:/u/I000004");
    assert_eq!(url.as_str(), SHARE);
}

fn fill(family: Option<&str>, template: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = open + rest[open..].find('}').unwrap();
        out.push_str(&rest[..open]);
        out.push_str(&value_of(family, &rest[open + 1..close], template));
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_endpoint_of_every_operation_reaches_its_handler() {
    let emulator = Emulator::start(Config::new(300)).await.unwrap();
    let mut reached = 0;
    // Deletions last, so that every other call finds what it names.
    let mut operations = OPERATIONS.to_vec();
    operations.sort_by_key(|meta| meta.method == Method::Delete);
    for meta in operations {
        let version = meta.default_version();
        for endpoint in meta.endpoints {
            let target = format!("/{version}{}", fill(meta.family, endpoint.template));
            let method = meta.method.as_str();
            let body = matches!(meta.method, Method::Post | Method::Patch).then_some("{}");
            let answer = raw(&emulator, method, &target, &[], body).await;
            let what = format!("{} {method} {target}: {answer:?}", meta.qualified_name);
            assert!(
                !matches!(answer.status, 405 | 501) && answer.code() != "BadRequest",
                "{what}"
            );
            match meta.method {
                Method::Get => assert_eq!(answer.status, 200, "{what}"),
                // An empty body is refused by the handler, naming what is missing.
                Method::Post | Method::Patch if answer.status == 400 => {
                    assert_eq!(answer.code(), "invalidRequest", "{what}");
                    assert!(answer.message().contains("required property"), "{what}");
                }
                _ => assert!(answer.status < 300 || answer.status == 404, "{what}"),
            }
            reached += 1;
        }
    }
    let endpoints: usize = OPERATIONS.iter().map(|m| m.endpoints.len()).sum();
    assert_eq!(reached, endpoints);
}

#[tokio::test]
async fn what_no_route_has_is_answered_as_graph_does() {
    let emulator = Emulator::start(Config::new(30)).await.unwrap();
    let base = format!("/v1.0/drives/{DRIVE_ID}/items/I000001");
    let unknown = raw(&emulator, "GET", &format!("{base}/permissionz"), &[], None).await;
    assert_eq!((unknown.status, unknown.code()), (400, "BadRequest"));
    assert_eq!(
        unknown.message(),
        "Resource not found for the segment 'permissionz'."
    );
    assert!(unknown.header("request-id").is_some());
    let wrong = raw(&emulator, "PUT", &format!("{base}/permissions"), &[], None).await;
    assert_eq!(wrong.status, 405);
    let no_version = raw(
        &emulator,
        "GET",
        &format!("/drives/{DRIVE_ID}/root"),
        &[],
        None,
    )
    .await;
    assert_eq!(no_version.status, 400);
    let other_drive = raw(
        &emulator,
        "GET",
        "/v1.0/drives/b!other/items/I000001/permissions",
        &[],
        None,
    )
    .await;
    assert_eq!(
        (other_drive.status, other_drive.code()),
        (404, "itemNotFound")
    );
    let other_user = raw(
        &emulator,
        "GET",
        "/v1.0/users/u-nobody/drive/items/I000001/permissions",
        &[],
        None,
    )
    .await;
    assert_eq!(other_user.status, 404);
    let by_path = raw(
        &emulator,
        "GET",
        "/v1.0/me/drive/root:/Folder%201/File%2011.txt:/permissions",
        &[],
        None,
    )
    .await;
    assert_eq!(by_path.status, 200, "{by_path:?}");
    let missing_path = raw(
        &emulator,
        "GET",
        "/v1.0/me/drive/root:/Folder%202/File%2011.txt:/permissions",
        &[],
        None,
    )
    .await;
    assert_eq!(missing_path.status, 404, "item 11 is in Folder 1");
}

/// An operation published in beta alone is not in v1.0.
#[tokio::test]
async fn a_beta_operation_is_not_in_v1() {
    let emulator = Emulator::start(Config::new(10)).await.unwrap();
    let beta_only: Vec<_> = OPERATIONS
        .iter()
        .filter(|m| {
            !m.versions
                .contains(&graph_permissions::rt::ApiVersion::V1_0)
        })
        .collect();
    for meta in beta_only {
        let endpoint = &meta.endpoints[0];
        let target = format!("/v1.0{}", fill(meta.family, endpoint.template));
        let answer = raw(&emulator, meta.method.as_str(), &target, &[], Some("{}")).await;
        assert_eq!(
            (answer.status, answer.code()),
            (400, "BadRequest"),
            "{target}"
        );
        assert!(answer.message().contains(meta.qualified_name), "{answer:?}");
    }
}

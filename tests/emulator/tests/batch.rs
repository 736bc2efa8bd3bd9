//! Typed `$batch` against the emulator: chunks, order, per-request errors, retries of
//! throttled requests, `dependsOn`, the version rule and the body limit.

use std::time::{Duration, Instant};

use graph_emulator::{Config, Emulator, DRIVE_ID};
use graph_permissions::endpoints as ep;
use graph_permissions::models::Permission;
use graph_permissions::rt::{ApiVersion, BatchError, Client, Error, Page, Response, StaticToken};

fn client(emulator: &Emulator) -> Client {
    Client::builder()
        .credential(StaticToken::new("token"))
        .base_url(emulator.base_url())
        .max_response_bytes(4096)
        .build()
        .unwrap()
}

fn item(i: usize) -> String {
    format!("I{i:06}")
}

/// The item's own permission (not the owner's, not inherited) is named after the item.
fn own_ids(page: &Response<Page<Permission>>) -> Vec<String> {
    page.value()
        .value
        .iter()
        .filter(|p| p.inherited_from.is_none())
        .filter_map(|p| p.id.clone())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forty_five_mixed_requests_each_get_their_own_typed_result() {
    let mut config = Config::new(300);
    let throttled = format!("/drives/{DRIVE_ID}/items/{}/permissions", item(3));
    config.throttle_once = vec![throttled];
    config.padded_items = vec![(item(10), 8000)];
    let emulator = Emulator::start(config).await.unwrap();
    let client = client(&emulator);

    let mut batch = client.batch();
    // 40 listings: item 3 is throttled once, item 10 answers more than the 4 KiB limit.
    let lists: Vec<_> = (1..=40)
        .map(|i| batch.add(ep::drive_item::list(DRIVE_ID, &item(i))).unwrap())
        .collect();
    let missing = batch
        .add(ep::drive_item::list(DRIVE_ID, "I999999"))
        .unwrap();
    let after_missing = batch
        .add_after(
            &[missing.id()],
            ep::drive_item::delete(DRIVE_ID, &item(13), "anon-13"),
        )
        .unwrap();
    let after_first = batch
        .add_after(
            &[lists[0].id()],
            ep::drive_item::get(DRIVE_ID, &item(1), "anon-1"),
        )
        .unwrap();
    let delete = batch
        .add(ep::drive_item::delete(DRIVE_ID, &item(43), "anon-43"))
        .unwrap();
    let no_such_permission = batch
        .add(ep::drive_item::get(DRIVE_ID, &item(2), "nope"))
        .unwrap();
    assert_eq!(batch.len(), 45);

    let started = Instant::now();
    let mut results = batch.send().await;
    let mut lists = lists.into_iter();
    for i in 1..=40 {
        let result = results.take(lists.next().unwrap());
        if i == 10 {
            assert!(
                matches!(result, Err(Error::TooLarge { limit: 4096 })),
                "{result:?}"
            );
            continue;
        }
        // Graph answered in reverse order: each result is still the listing of its own item.
        let page = result.unwrap_or_else(|e| panic!("item {i}: {e}"));
        let expected = match i % 6 {
            1 => "anon",
            2 => "anonx",
            3 => "org",
            4 => "users",
            5 => "inv",
            _ => "user",
        };
        assert_eq!(own_ids(&page), [format!("{expected}-{i}")], "item {i}");
    }
    match results.take(missing) {
        Err(Error::Graph(graph)) => {
            assert_eq!(graph.status, 404);
            assert_eq!(graph.code.as_deref(), Some("itemNotFound"));
            assert!(graph.request_id.is_some());
        }
        other => panic!("{other:?}"),
    }
    match results.take(after_missing) {
        Err(Error::Graph(graph)) => assert_eq!(graph.status, 424),
        other => panic!("{other:?}"),
    }
    let got = results.take(after_first).unwrap();
    assert_eq!(got.value().id.as_deref(), Some("anon-1"));
    assert_eq!(results.take(delete).unwrap().status(), 204);
    assert!(matches!(results.take(no_such_permission), Err(Error::Graph(g)) if g.status == 404));

    let counters = emulator.counters();
    // Three calls of at most 20, then one more for the request that was throttled.
    assert_eq!(counters.batches, 4, "{counters:?}");
    assert_eq!(counters.sub_requests, 46, "{counters:?}");
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "Retry-After: 1 was not waited for"
    );
    assert_eq!(
        emulator.deleted(),
        [(item(43), "anon-43".to_owned())],
        "the delete that depended on a failed request was not run"
    );
}

#[tokio::test]
async fn a_batch_goes_to_one_version() {
    let emulator = Emulator::start(Config::new(10)).await.unwrap();
    let client = client(&emulator);
    let mut batch = client.batch();
    let _first = batch.add(ep::drive_item::list(DRIVE_ID, &item(1))).unwrap();
    let error = batch
        .add_to(ApiVersion::Beta, ep::drive_item::list(DRIVE_ID, &item(2)))
        .err()
        .expect("a beta request in a v1.0 batch is refused");
    assert!(
        matches!(error, BatchError::MixedVersions { .. }),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        format!("`driveItem.list` at `/drives/{DRIVE_ID}/items/I000002/permissions` goes to beta, but this batch goes to v1.0: a $batch call reaches one API version, so send it in a batch of its own")
    );
    assert_eq!(batch.len(), 1);
}

#[tokio::test]
async fn a_next_link_joins_a_batch_as_a_relative_request_on_the_clients_host_only() {
    let emulator = Emulator::start(Config::new(10)).await.unwrap();
    let client = client(&emulator);
    type List = graph_permissions::operations::drive_item::List;
    let mut batch = client.batch();
    let error = batch
        .add_next_page::<List>("https://elsewhere.example/v1.0/drives/x/items/y/permissions")
        .err()
        .unwrap();
    assert!(
        matches!(error, BatchError::NextLink(Error::ForeignNextLink { .. })),
        "{error:?}"
    );
    let link = format!(
        "{}/v1.0/drives/{DRIVE_ID}/items/{}/permissions",
        emulator.base_url(),
        item(2)
    );
    let handle = batch.add_next_page::<List>(&link).unwrap();
    assert_eq!(batch.version(), Some(ApiVersion::V1_0));
    let mut results = batch.send().await;
    assert_eq!(own_ids(&results.take(handle).unwrap()), ["anonx-2"]);
    assert_eq!(emulator.counters().batches, 1);
}

#[tokio::test]
async fn the_scope_check_applies_to_every_request_of_a_batch() {
    use base64::Engine;
    let emulator = Emulator::start(Config::new(10)).await.unwrap();
    let payload =
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(r#"{"scp":"Files.Read"}"#);
    let client = Client::builder()
        .credential(StaticToken::new(format!("e30.{payload}.sig")))
        .base_url(emulator.base_url())
        .check_scopes(true)
        .build()
        .unwrap();
    let mut batch = client.batch();
    let list = batch.add(ep::drive_item::list(DRIVE_ID, &item(1))).unwrap();
    let delete = batch
        .add(ep::drive_item::delete(DRIVE_ID, &item(1), "anon-1"))
        .unwrap();
    let after_delete = batch
        .add_after(
            &[delete.id()],
            ep::drive_item::get(DRIVE_ID, &item(1), "anon-1"),
        )
        .unwrap();
    let mut results = batch.send().await;
    assert_eq!(own_ids(&results.take(list).unwrap()), ["anon-1"]);
    match results.take(delete) {
        Err(Error::MissingScope(hint)) => assert_eq!(hint.operation, "driveItem.delete"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(results.take(after_delete), Err(Error::Graph(g)) if g.status == 424));
    // Only the listing was sent.
    assert_eq!(emulator.counters().sub_requests, 1);
    assert!(emulator.deleted().is_empty());
}

#[tokio::test]
async fn a_handle_of_another_batch_is_refused_by_name() {
    let emulator = Emulator::start(Config::new(10)).await.unwrap();
    let client = client(&emulator);
    let mut first = client.batch();
    let mut second = client.batch();
    let theirs = first.add(ep::drive_item::list(DRIVE_ID, &item(1))).unwrap();
    let ours = second
        .add(ep::drive_item::list(DRIVE_ID, &item(2)))
        .unwrap();

    let error = second
        .add_after(
            &[theirs.id()],
            ep::drive_item::get(DRIVE_ID, &item(2), "anon-2"),
        )
        .err()
        .expect("a dependency on another batch's request is refused");
    assert!(
        matches!(
            error,
            BatchError::ForeignHandle {
                operation: "driveItem.get",
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(second.len(), 1);

    let mut results = second.send().await;
    let error = results.take(theirs).unwrap_err();
    assert!(
        matches!(
            error,
            Error::ForeignHandle {
                operation: "driveItem.list"
            }
        ),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "the handle of `driveItem.list` belongs to another batch: take its result from the results of the batch it was added to"
    );
    assert_eq!(own_ids(&results.take(ours).unwrap()), ["anonx-2"]);
    assert_eq!(
        emulator.counters().sub_requests,
        1,
        "the first batch was never sent"
    );
}

#[tokio::test]
async fn a_batch_goes_to_the_version_the_base_url_ends_in() {
    let emulator = Emulator::start(Config::new(10)).await.unwrap();
    for (suffix, version) in [("/v1.0/", ApiVersion::V1_0), ("/beta", ApiVersion::Beta)] {
        let client = Client::builder()
            .credential(StaticToken::new("token"))
            .base_url(format!("{}{suffix}", emulator.base_url()))
            .build()
            .unwrap();
        let mut batch = client.batch();
        let list = batch.add(ep::drive_item::list(DRIVE_ID, &item(1))).unwrap();
        assert_eq!(batch.version(), Some(version), "{suffix}");
        let link = format!(
            "{}/{version}/drives/{DRIVE_ID}/items/{}/permissions",
            emulator.base_url(),
            item(2)
        );
        let next = batch.add_next_page::<graph_permissions::operations::drive_item::List>(&link);
        let mut results = batch.send().await;
        assert_eq!(
            own_ids(&results.take(list).unwrap()),
            ["anon-1"],
            "{suffix}"
        );
        assert_eq!(own_ids(&results.take(next.unwrap()).unwrap()), ["anonx-2"]);
    }
    assert_eq!(emulator.counters().batches, 2);
}

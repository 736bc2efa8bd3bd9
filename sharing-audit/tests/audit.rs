//! The `sharing-audit` command against the emulator: the records of a 300-item tree, the dry
//! run and `--apply` of `--remove-anonymous`, a failing item, and bad usage.

mod support;

use std::collections::BTreeSet;
use std::process::Output;

use graph_emulator::{Config, Drive, Emulator, DRIVE_ID};
use serde_json::{json, Value};

const ITEMS: usize = 300;

/// Runs the command against the emulator (in a blocking thread: the emulator serves meanwhile).
async fn audit(emulator: &Emulator, args: &[&str]) -> Output {
    let base_url = emulator.base_url();
    let mut all = vec!["--drive", DRIVE_ID, "--base-url", &base_url];
    all.extend(args);
    command(&all, "emulator-token").await
}

/// Runs the command with these arguments alone and a token.
async fn command(args: &[&str], token: &str) -> Output {
    let mut command = support::command();
    command.args(args).env("GRAPH_TOKEN", token);
    support::output(command).await
}

fn sorted(mut records: Vec<Value>) -> Vec<Value> {
    records.sort_by_key(|r| (r["item_id"].to_string(), r["permission_id"].to_string()));
    records
}

/// What the audit must say about one permission, worked out from the JSON the emulator serves
/// (not through the generated models the audit uses).
fn expected_record(drive: &Drive, index: usize, p: &Value) -> Value {
    let kind = if p.get("invitation").is_some() {
        "invitation"
    } else if p.get("link").is_some() || p.get("grantedToIdentitiesV2").is_some() {
        "link"
    } else if p.get("grantedToV2").is_some() {
        "user"
    } else {
        "inherited"
    };
    let person = |set: &Value| {
        let user = &set["user"];
        let login = set["siteUser"]["loginName"].as_str().unwrap_or_default();
        json!({
            "display_name": user["displayName"],
            "email": user["email"],
            "external": user.get("id").is_none() || login.contains("#ext#"),
        })
    };
    let mut granted: Vec<Value> = p.get("grantedToV2").map(person).into_iter().collect();
    if let Some(sets) = p["grantedToIdentitiesV2"].as_array() {
        granted.extend(sets.iter().map(person));
    }
    let opt = |v: &Value| if v.is_null() { Value::Null } else { v.clone() };
    json!({
        "scope": "item",
        "item_id": drive.id(index),
        "item_path": drive.path(index),
        "permission_id": p["id"],
        "kind": kind,
        "roles": p["roles"],
        "link_type": opt(&p["link"]["type"]),
        "link_scope": opt(&p["link"]["scope"]),
        "expiration_date_time": opt(&p["expirationDateTime"]),
        "has_password": opt(&p["hasPassword"]),
        "granted_to": granted,
        "inherited_from": opt(&p["inheritedFrom"]["id"]),
    })
}

fn expected_records(drive: &Drive, skip: Option<usize>) -> Vec<Value> {
    let records = (0..drive.len())
        .filter(|i| Some(*i) != skip)
        .flat_map(|i| {
            drive
                .permissions(i)
                .into_iter()
                .map(move |p| expected_record(drive, i, &p))
        })
        .collect();
    sorted(records)
}

/// The item's own anonymous links, which `--remove-anonymous --apply` deletes.
fn own_anonymous(drive: &Drive, only_without_expiry: bool) -> Vec<(String, String)> {
    let mut out: Vec<_> = (1..drive.len())
        .flat_map(|i| drive.permissions(i).into_iter().map(move |p| (i, p)))
        .filter(|(_, p)| p["link"]["scope"] == "anonymous" && p.get("inheritedFrom").is_none())
        .filter(|(_, p)| !only_without_expiry || p.get("expirationDateTime").is_none())
        .map(|(i, p)| (drive.id(i), p["id"].as_str().unwrap().to_owned()))
        .collect();
    out.sort();
    out
}

/// A small page size, so that children come in several pages fetched in later batches.
fn config() -> Config {
    let mut config = Config::new(ITEMS);
    config.page_size = 4;
    config
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_300_item_tree_gives_exactly_the_expected_records() {
    let emulator = Emulator::start(config()).await.unwrap();
    let output = audit(&emulator, &["--format", "jsonl", "--concurrency", "3"]).await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let drive = emulator.config().drive;
    let got = sorted(support::records(&output));
    let expected = expected_records(&drive, None);
    assert_eq!(got.len(), expected.len());
    for (got, expected) in got.iter().zip(&expected) {
        assert_eq!(got, expected);
    }
    // Every kind is there, and one record in full, as a reader would check it.
    let kinds: BTreeSet<&str> = got.iter().filter_map(|r| r["kind"].as_str()).collect();
    assert_eq!(kinds, BTreeSet::from(["invitation", "link", "user"]));
    let invitation = got.iter().find(|r| r["permission_id"] == "inv-5").unwrap();
    assert_eq!(
        invitation,
        &json!({
            "scope": "item", "item_id": "I000005", "item_path": "/Folder 5", "permission_id": "inv-5",
            "kind": "invitation", "roles": ["read"], "link_type": null, "link_scope": null,
            "expiration_date_time": null, "has_password": null,
            "granted_to": [{ "display_name": "Gina Guest", "email": "gina@fabrikam.com", "external": true }],
            "inherited_from": null,
        })
    );
    assert!(got
        .iter()
        .any(|r| r["inherited_from"] == "I000001" && r["permission_id"] == "anon-1"));
    assert!(
        stderr.contains(&format!(
            "sharing-audit: {} items ({} audited)",
            ITEMS + 1,
            ITEMS + 1
        )),
        "{stderr}"
    );
    assert!(stderr.contains("2 external recipients"), "{stderr}");
    let counters = emulator.counters();
    assert!(counters.max_in_flight <= 3, "{counters:?}");
    // Batched: far fewer HTTP requests than requests inside them.
    assert!(
        counters.requests * 10 < counters.sub_requests,
        "{counters:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dry_run_deletes_nothing_and_apply_deletes_exactly_the_own_anonymous_links() {
    let emulator = Emulator::start(config()).await.unwrap();
    let drive = emulator.config().drive;
    let output = audit(&emulator, &["--remove-anonymous", "--output", "/dev/null"]).await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(emulator.counters().deletes, 0);
    let planned = stderr
        .lines()
        .filter(|l| l.starts_with("would delete "))
        .count();
    assert_eq!(planned, own_anonymous(&drive, false).len());
    assert!(
        stderr.contains("would delete anonymous link anon-1 on /Folder 1 (I000001)"),
        "{stderr}"
    );

    let output = audit(
        &emulator,
        &[
            "--remove-anonymous",
            "--only-without-expiry",
            "--apply",
            "--output",
            "/dev/null",
        ],
    )
    .await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(emulator.deleted(), own_anonymous(&drive, true));

    let output = audit(&emulator, &["--remove-anonymous", "--apply"]).await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(emulator.deleted(), own_anonymous(&drive, false));
    // The links were read before they were deleted; a new audit finds none.
    let output = audit(&emulator, &[]).await;
    assert!(support::records(&output)
        .iter()
        .all(|r| r["link_scope"] != "anonymous"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_item_is_an_error_record_and_exit_code_2() {
    let mut config = config();
    config.failing_items = vec!["I000007".to_owned()];
    let emulator = Emulator::start(config).await.unwrap();
    let output = audit(&emulator, &[]).await;
    assert_eq!(output.status.code(), Some(2));
    let (errors, permissions): (Vec<_>, Vec<_>) = support::records(&output)
        .into_iter()
        .partition(|r| r.get("error").is_some());
    assert_eq!(errors.len(), 1);
    let error = &errors[0];
    assert_eq!(error["scope"], "item");
    assert_eq!(error["item_id"], "I000007");
    assert_eq!(error["error"]["status"], 403);
    assert_eq!(error["error"]["code"], "accessDenied");
    assert_eq!(error["error"]["request_id"], "emulator-403-accessDenied");
    // The audit went on: everything else is there, the children of the failed item included.
    let drive = emulator.config().drive;
    assert_eq!(sorted(permissions), expected_records(&drive, Some(7)));
    assert!(String::from_utf8_lossy(&output.stderr).contains("errors: 1"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_usage_is_exit_code_1() {
    let emulator = Emulator::start(Config::new(3)).await.unwrap();
    for args in [
        &["--apply"][..],
        &["--only-without-expiry"],
        &["--format", "xml"],
        &["--api-version", "v2"],
        &["--concurrency", "0"],
        &["--site", "s"],
    ] {
        let output = audit(&emulator, args).await;
        assert_eq!(output.status.code(), Some(1), "{args:?}");
    }
    let mut no_token = support::command();
    no_token
        .args(["--drive", DRIVE_ID])
        .env_remove("GRAPH_TOKEN");
    let output = support::output(no_token).await;
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("set GRAPH_TOKEN"));
    let output = support::output(support::command()).await;
    assert_eq!(
        output.status.code(),
        Some(1),
        "--drive or --site is required"
    );
    let mut site_item = support::command();
    site_item.args(["--site", "s", "--item", "i"]);
    let output = support::output(site_item).await;
    assert_eq!(output.status.code(), Some(1), "--item needs --drive");
    assert_eq!(emulator.counters().requests, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_item_is_audited_with_its_subtree_only_under_its_path_from_the_root() {
    let emulator = Emulator::start(config()).await.unwrap();
    let drive = emulator.config().drive;
    let output = audit(&emulator, &["--item", "I000002", "--api-version", "beta"]).await;
    assert_eq!(output.status.code(), Some(0));
    let mut subtree = vec![2];
    let mut at = 0;
    while at < subtree.len() {
        subtree.extend(drive.children(subtree[at]));
        at += 1;
    }
    let expected = sorted(
        subtree
            .iter()
            .flat_map(|&i| {
                drive
                    .permissions(i)
                    .into_iter()
                    .map(move |p| expected_record(&drive, i, &p))
            })
            .collect(),
    );
    assert_eq!(
        subtree.len(),
        1 + 10 + 90,
        "items 21 to 29 are folders; 30 has no children in 300"
    );
    assert_eq!(sorted(support::records(&output)), expected);
}

/// A run that cannot start — the drive or item does not exist, the server cannot be reached,
/// the token is refused — is exit 1 with the cause on stderr, and writes no record.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_that_cannot_start_is_exit_code_1_with_the_cause_on_stderr() {
    let emulator = Emulator::start(config()).await.unwrap();
    let base_url = emulator.base_url();
    let expired = format!(
        "e30.{}.sig",
        base64_url(r#"{"scp":"Files.Read","exp":1600000000}"#)
    );
    // A port nothing listens on: bound, then let go.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let unreachable = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["--drive", "b!nowhere", "--base-url", &base_url],
            "emulator-token",
            "sharing-audit: cannot start: could not get the root of drive b!nowhere: 404 from Graph: itemNotFound: The drive could not be found.",
        ),
        (
            &["--drive", DRIVE_ID, "--item", "I999999", "--base-url", &base_url],
            "emulator-token",
            "sharing-audit: cannot start: could not get item I999999 of drive b!emulated-drive: 404 from Graph: itemNotFound: The item could not be found.",
        ),
        (
            &["--drive", DRIVE_ID, "--base-url", &unreachable],
            "emulator-token",
            "sharing-audit: cannot start: could not get the root of drive b!emulated-drive: the $batch call that carried this request failed: cannot connect to 127.0.0.1",
        ),
        (
            &["--drive", DRIVE_ID, "--base-url", &base_url],
            &expired,
            "sharing-audit: cannot start: could not get the root of drive b!emulated-drive: the $batch call that carried this request failed: 401 from Graph: InvalidAuthenticationToken: Lifetime validation failed, the token is expired.",
        ),
    ];
    for (args, token, cause) in cases {
        let output = command(args, token).await;
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.starts_with(cause), "{args:?}: {stderr}");
        assert!(output.stdout.is_empty(), "{args:?}: no record");
    }
    assert!(
        emulator.counters().requests >= 3,
        "the emulator was asked: {:?}",
        emulator.counters()
    );
}

fn base64_url(text: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text)
}

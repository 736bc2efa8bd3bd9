//! `sharing-audit --site` against the emulator: the site's application grants, the
//! permissions of each of its lists and every item of its default drive, in the same record
//! format with `scope`; what a delegated token may not list is an error record; a site that
//! does not exist is exit 1.

mod support;

use std::process::Output;

use base64::Engine;
use graph_emulator::places::{site_grants, LISTS};
use graph_emulator::{Config, Emulator, SITE_ID};
use serde_json::{json, Value};

async fn audit(emulator: &Emulator, token: &str, args: &[&str]) -> Output {
    let mut command = support::command();
    command
        .args(["--site", SITE_ID, "--base-url", &emulator.base_url()])
        .args(args)
        .env("GRAPH_TOKEN", token);
    support::output(command).await
}

fn of_scope<'a>(records: &'a [Value], scope: &str) -> Vec<&'a Value> {
    records.iter().filter(|r| r["scope"] == scope).collect()
}

/// Who a grant or a list permission names, as the emulator serves it (worked out from its
/// JSON, not through the audit's models).
fn named(permission: &Value) -> Value {
    let sets = match &permission["grantedToIdentitiesV2"] {
        Value::Array(sets) => sets.clone(),
        _ => vec![permission["grantedToV2"].clone()],
    };
    sets.iter()
        .map(|set| {
            let who = ["user", "application", "siteGroup"]
                .iter()
                .map(|kind| &set[*kind])
                .find(|identity| identity.is_object())
                .unwrap();
            let login = set["siteUser"]["loginName"].as_str().unwrap_or_default();
            json!({
                "display_name": who["displayName"],
                "email": who["email"],
                "external": (set["user"].is_object() && who.get("id").is_none()) || login.contains("#ext#"),
            })
        })
        .collect()
}

fn jwt(claims: Value) -> String {
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    format!("e30.{}.sig", engine.encode(claims.to_string()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_site_is_its_grants_its_lists_and_its_drive() {
    let emulator = Emulator::start(Config::new(60)).await.unwrap();
    let output = audit(&emulator, "emulator-token", &["--concurrency", "2"]).await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let records = support::records(&output);

    let grants = of_scope(&records, "site");
    let expected = site_grants();
    assert_eq!(grants.len(), expected.len());
    for (record, grant) in grants.iter().zip(&expected) {
        assert_eq!(record["item_id"], SITE_ID);
        assert_eq!(record["item_path"], "");
        assert_eq!(record["permission_id"], grant["id"]);
        assert_eq!(record["kind"], "application");
        assert_eq!(record["roles"], grant["roles"]);
        assert_eq!(record["granted_to"], named(grant));
    }

    let lists = of_scope(&records, "list");
    let mut expected = Vec::new();
    for list in LISTS {
        for permission in list.permissions() {
            expected.push((list.id, list.display_name, permission));
        }
    }
    assert_eq!(lists.len(), expected.len());
    for (record, (id, name, permission)) in lists.iter().zip(&expected) {
        assert_eq!(record["item_id"], *id);
        assert_eq!(record["item_path"], *name);
        assert_eq!(record["permission_id"], permission["id"]);
        assert_eq!(record["granted_to"], named(permission), "{record}");
    }
    let guest = lists
        .iter()
        .find(|r| r["permission_id"] == "guest-vera")
        .unwrap();
    assert_eq!(guest["granted_to"][0]["external"], true);

    // The drive's items as `--drive` gives them.
    let drive = emulator.config().drive;
    let items = of_scope(&records, "item");
    let expected: usize = (0..drive.len()).map(|i| drive.permissions(i).len()).sum();
    assert_eq!(items.len(), expected);
    assert!(items
        .iter()
        .any(|r| r["item_path"] == "/Folder 4" && r["permission_id"] == "users-4"));
    assert!(
        stderr.contains(&format!(
            "  site {SITE_ID}: 2 application grants; 3 lists, 9 list permissions"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("61 items (61 audited)"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn records_of_a_site_in_csv_and_the_table() {
    let emulator = Emulator::start(Config::new(3)).await.unwrap();
    let csv = audit(&emulator, "emulator-token", &["--format", "csv"]).await;
    let text = String::from_utf8_lossy(&csv.stdout);
    let mut lines = text.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("scope,item_id,item_path,permission_id,kind,"));
    let first = lines.next().unwrap();
    assert!(
        first.starts_with(&format!(
            "site,\"{SITE_ID}\",,grant-backup,application,read,"
        )),
        "{first}"
    );
    let table = audit(&emulator, "emulator-token", &["--format", "table"]).await;
    let text = String::from_utf8_lossy(&table.stdout);
    let line = text.lines().find(|l| l.contains("guest-vera")).unwrap();
    assert!(line.starts_with("list Vendor contracts "), "{line}");
    assert!(
        line.ends_with("Vera Vendor <vera@northwind.example> (external)"),
        "{line}"
    );
}

/// A delegated token with read scopes: Graph lists a site's grants only for
/// Sites.FullControl.All, so that listing is an error record (exit 2) and the rest is audited.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_the_token_may_not_list_is_an_error_record() {
    let emulator = Emulator::start(Config::new(20)).await.unwrap();
    let token = jwt(json!({ "scp": "Files.Read Sites.Read.All" }));
    let output = audit(&emulator, &token, &[]).await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    let records = support::records(&output);
    let errors: Vec<_> = records
        .iter()
        .filter(|r| r.get("error").is_some())
        .collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0]["scope"], "site");
    assert_eq!(errors[0]["item_id"], SITE_ID);
    assert_eq!(errors[0]["error"]["status"], 403);
    assert_eq!(errors[0]["error"]["during"], "list permissions");
    assert!(errors[0]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("add Sites.FullControl.All"));
    assert_eq!(of_scope(&records, "list").len(), 9);
    assert!(of_scope(&records, "item").len() > 20);
    assert!(stderr.contains("errors: 1"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_site_that_does_not_exist_cannot_start() {
    let emulator = Emulator::start(Config::new(3)).await.unwrap();
    let mut command = support::command();
    command
        .args(["--site", "contoso.sharepoint.com,nowhere,none"])
        .args(["--base-url", &emulator.base_url()])
        .env("GRAPH_TOKEN", "emulator-token");
    let output = support::output(command).await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.starts_with("sharing-audit: cannot start: could not get the default drive of site contoso.sharepoint.com,nowhere,none: 404 from Graph: itemNotFound: The site could not be found."),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());
}

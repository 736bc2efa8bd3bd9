//! Lists the sharing permissions of a drive item, then sets the roles of the first one that is
//! the item's own (inherited permissions cannot be changed on the item) to read-only.
//!
//! ```text
//! GRAPH_TOKEN=eyJ0… GRAPH_DRIVE_ID=b!… GRAPH_ITEM_ID=01… \
//!     cargo run -p graph-permissions --example list_and_update
//! ```
//!
//! - `GRAPH_BASE_URL`: the Graph deployment (default `https://graph.microsoft.com`; a national
//!   cloud such as `https://graph.microsoft.us`, or a test server);
//! - `GRAPH_TOKEN`: an access token for it, with `Files.ReadWrite` (delegated) or
//!   `Files.ReadWrite.All` (application);
//! - `GRAPH_DRIVE_ID`, `GRAPH_ITEM_ID`: the drive and the item in it.

use std::process::ExitCode;

use graph_permissions::endpoints;
use graph_permissions::models::{Permission, Role};
use graph_permissions::operations::drive_item::UpdateBody;
use graph_permissions::rt::{self, Client, Error, PermissionType, ScopeTable};

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), String> {
    let base_url =
        std::env::var("GRAPH_BASE_URL").unwrap_or_else(|_| rt::Cloud::Global.base_url().to_owned());
    let token = required("GRAPH_TOKEN", "an access token for Microsoft Graph")?;
    let drive_id = required("GRAPH_DRIVE_ID", "the id of the drive that holds the item")?;
    let item_id = required("GRAPH_ITEM_ID", "the id of the drive item")?;

    let client = Client::builder()
        .credential(rt::StaticToken::new(token))
        .base_url(&base_url)
        .build()
        .map_err(|e| format!("GRAPH_BASE_URL: {e}"))?;

    // Every permission, page after page.
    let list = endpoints::drive_item::list(&drive_id, &item_id);
    let scopes = list.operation().scopes;
    let permissions = client
        .collect_all(list)
        .await
        .map_err(|e| explain("listing the permissions", &e, &base_url, scopes))?;
    println!("{} permission(s) on item {item_id}:", permissions.len());
    for permission in &permissions {
        println!("  {}", describe(permission));
    }

    let Some(id) = permissions
        .iter()
        .filter(|p| p.inherited_from.is_none())
        .find_map(|p| p.id.as_deref())
    else {
        println!("No permission of the item's own to update (inherited ones are changed where they are set).");
        return Ok(());
    };

    let update =
        endpoints::drive_item::update(&drive_id, &item_id, id, UpdateBody::new(vec![Role::Read]));
    let scopes = update.operation().scopes;
    let updated = client
        .send(update)
        .await
        .map_err(|e| explain(&format!("updating permission {id}"), &e, &base_url, scopes))?
        .into_value();
    println!("Updated: {}", describe(&updated));
    Ok(())
}

fn required(name: &str, what: &str) -> Result<String, String> {
    match std::env::var(name) {
        Ok(value) if !value.trim().is_empty() => Ok(value),
        _ => Err(format!(
            "set {name} to {what} (see the top of examples/list_and_update.rs)"
        )),
    }
}

/// One line about a permission: id, roles, kind and what it is for.
fn describe(permission: &Permission) -> String {
    let roles = permission
        .roles
        .iter()
        .flatten()
        .map(Role::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    let kind = permission
        .kind()
        .map_or_else(|| "unknown".to_owned(), |k| format!("{k:?}").to_lowercase());
    let mut line = format!(
        "{} [{roles}] {kind}",
        permission.id.as_deref().unwrap_or("(no id)")
    );
    if let Some(link) = &permission.link {
        if let Some(url) = &link.web_url {
            line.push_str(&format!(" {url}"));
        }
    }
    let user = permission
        .granted_to_v2
        .as_ref()
        .and_then(|g| g.user.as_ref());
    if let Some(name) = user.and_then(|u| u.display_name.as_deref()) {
        line.push_str(&format!(" for {name}"));
    }
    if let Some(from) = permission
        .inherited_from
        .as_ref()
        .and_then(|i| i.path.as_deref())
    {
        line.push_str(&format!(" (inherited from {from})"));
    }
    line
}

/// The error, and what the caller can do about it.
fn explain(doing: &str, error: &Error, base_url: &str, scopes: ScopeTable) -> String {
    let hint = match error {
        Error::Graph(graph) if graph.status == 401 => {
            "the token was refused: it may have expired, or be for another cloud than GRAPH_BASE_URL".to_owned()
        }
        Error::Graph(graph) if graph.status == 403 => format!(
            "the token lacks a scope: {} (delegated) or {} (application) is enough",
            scopes.least_privileged(PermissionType::DelegatedWork).unwrap_or("none"),
            scopes.least_privileged(PermissionType::Application).unwrap_or("none"),
        ),
        Error::Graph(graph) if graph.status == 404 => {
            "check GRAPH_DRIVE_ID and GRAPH_ITEM_ID".to_owned()
        }
        Error::Graph(graph) => match (&graph.request_id, &graph.date) {
            (Some(id), Some(date)) => format!("give request-id {id} ({date}) to Microsoft support"),
            _ => String::new(),
        },
        Error::Connect { .. } | Error::Timeout(_) => {
            format!("is GRAPH_BASE_URL ({base_url}) right and reachable?")
        }
        Error::Throttled { .. } => "Graph is busy; try again later".to_owned(),
        Error::InvalidPath(_) => "check GRAPH_DRIVE_ID and GRAPH_ITEM_ID".to_owned(),
        _ => String::new(),
    };
    let mut out = format!("{doing}: {error}");
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        let text = cause.to_string();
        if !out.contains(&text) {
            out.push_str(&format!("\n  caused by: {text}"));
        }
        source = cause.source();
    }
    if !hint.is_empty() {
        out.push_str(&format!("\n  {hint}"));
    }
    out
}

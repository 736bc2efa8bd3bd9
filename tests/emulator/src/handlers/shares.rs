//! The share family: a sharing link reached through its token (`u!` + the link's URL in
//! base64url, or a share id the emulator issued with createLink): what it shares, and grants
//! through it.

use graph_permissions::models::Prefer;
use graph_permissions::rt::{self, WireEnum};
use serde_json::{json, Value};

use super::Reply;
use crate::answer::{invalid, not_found, Answer};
use crate::body::Body;
use crate::call::Call;
use crate::store::Store;

/// The (item, link) the token of the path reaches, or 404.
fn shared(call: &Call, store: &Store) -> Result<(usize, Value), Answer> {
    let drive = &call.state.config.drive;
    let token = call.param("encoded-sharing-url").unwrap_or_default();
    let (item, id) = store
        .resolve_share(drive, token)
        .ok_or_else(|| not_found("sharing link"))?;
    let link = store
        .permission(drive, item, &id)
        .ok_or_else(|| not_found("sharing link"))?;
    Ok((item, link))
}

/// `POST /shares/{token}/permission/grant`: the recipients join the link; for an
/// `existingAccess` link each gets a permission of its own with the roles asked for. The
/// answer always holds the link.
pub(crate) fn grant(call: &Call) -> Reply {
    let body = Body::read(call, &["recipients", "roles"], &["recipients", "roles"])?;
    let recipients = body.recipients("recipients")?.unwrap_or_default();
    let roles = body.roles("roles")?.unwrap_or_default();
    let mut store = call.state.store();
    let (item, mut link) = shared(call, &store)?;
    let mut value = Vec::new();
    if link["link"]["scope"] == "existingAccess" {
        for recipient in &recipients {
            let permission = json!({
                "id": store.new_id("grant"),
                "roles": roles,
                "grantedToV2": recipient.identity(),
            });
            store.add(item, permission.clone());
            value.push(permission);
        }
    } else {
        if link["roles"] != json!(roles) {
            return Err(invalid(&format!(
                "The roles must match the role of the link ({}).",
                link["roles"]
            )));
        }
        let sets = link["grantedToIdentitiesV2"].as_array().cloned();
        let mut sets = sets.unwrap_or_default();
        for recipient in &recipients {
            if !sets.iter().any(|set| recipient.is(set)) {
                sets.push(recipient.identity());
            }
        }
        link["grantedToIdentitiesV2"] = Value::Array(sets);
        store.put(item, link.clone());
    }
    value.push(link);
    Ok(Answer::json(200, &json!({ "value": value })))
}

/// `GET /shares/{token}`: the sharedDriveItem the token reaches. `Prefer` takes the values of
/// the spec's `prefer` enum (the emulator grants nothing more for a redeemed link, and says
/// the preference was applied).
pub(crate) fn get<O: rt::Prefer<Value = Prefer>>(call: &Call) -> Reply {
    let prefer = call.header("prefer");
    if let Some(value) = prefer {
        debug_assert_eq!(
            call.operation.map(|(meta, _)| meta.name),
            Some(O::META.name)
        );
        if matches!(Prefer::from_wire(value), Prefer::Unknown(_)) {
            return Err(invalid(&format!(
                "'{value}' is not a value of the Prefer header."
            )));
        }
    }
    let store = call.state.store();
    let (item, _) = shared(call, &store)?;
    let drive = &call.state.config.drive;
    let token = call.param("encoded-sharing-url").unwrap_or_default();
    let shared = json!({
        "id": token,
        "name": drive.name(item),
        "owner": { "user": { "id": "u-olivia", "displayName": "Olivia Owner" } },
        "driveItem": drive.item(item),
    });
    let mut answer = Answer::json(200, &call.query.select(shared));
    if let Some(value) = prefer {
        answer = answer.header("preference-applied", value);
    }
    Ok(answer)
}

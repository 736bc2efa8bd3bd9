//! The driveItem family: an item's permissions listed, read, changed and deleted (with ETags,
//! `if-match` and `if-none-match`), and the calls that create them (create, createLink,
//! invite) or take recipients off a link (revokeGrants).

use std::sync::atomic::Ordering;

use graph_permissions::rt::{IfMatch, IfNoneMatch};
use serde_json::{json, Value};

use super::Reply;
use crate::answer::{denied, error, invalid, not_found, Answer};
use crate::body::{Body, Recipient};
use crate::call::Call;
use crate::places;
use crate::store::{etag, id_of, Store};

/// `GET …/permissions`: every permission of the item, inherited ones with `inheritedFrom`;
/// 304 when `if-none-match` names the listing's ETag.
pub(crate) fn list<O: IfNoneMatch>(call: &Call) -> Reply {
    let item = places::drive_item(call)?;
    let state = call.state;
    let drive = &state.config.drive;
    let id = drive.id(item);
    if state.config.failing_items.contains(&id) {
        return Err(denied(
            "The caller does not have permission to perform the action.",
        ));
    }
    let mut value = state.store().permissions(drive, item);
    let tag = etag(&Value::Array(value.clone()));
    if if_none_match::<O>(call) == Some(tag.as_str()) {
        return Ok(Answer::empty(304).header("etag", tag));
    }
    if let Some((_, bytes)) = state.config.padded_items.iter().find(|(i, _)| *i == id) {
        if let Some(first) = value.first_mut() {
            first["padding"] = Value::String("x".repeat(*bytes));
        }
    }
    let value: Vec<Value> = value.into_iter().map(|p| call.query.select(p)).collect();
    Ok(Answer::json(200, &json!({ "value": value })).header("etag", tag))
}

/// `GET …/permissions/{perm-id}`, with its ETag.
pub(crate) fn get(call: &Call) -> Reply {
    let item = places::drive_item(call)?;
    let drive = &call.state.config.drive;
    let permission = call
        .state
        .store()
        .permission(drive, item, perm_id(call))
        .ok_or_else(|| not_found("permission"))?;
    let tag = etag(&permission);
    Ok(Answer::json(200, &call.query.select(permission)).header("etag", tag))
}

/// `PATCH …/permissions/{perm-id}`: new roles (and, for an anonymous link, a new expiry).
pub(crate) fn update<O: IfMatch>(call: &Call) -> Reply {
    let item = places::drive_item(call)?;
    let body = Body::read(call, &["roles", "expirationDateTime"], &["roles"])?;
    let roles = body.roles("roles")?.unwrap_or_default();
    let expiration = body.date_time("expirationDateTime")?;
    let mut store = call.state.store();
    let mut permission = own(call, &store, item, "changed")?;
    if_match::<O>(call, &permission)?;
    if expiration.is_some() && permission["link"]["scope"] != "anonymous" {
        return Err(invalid(
            "expirationDateTime can be changed on anonymous links only.",
        ));
    }
    permission["roles"] = json!(roles);
    if let Some(expiration) = expiration {
        permission["expirationDateTime"] = Value::String(expiration);
    }
    store.put(item, permission.clone());
    Ok(Answer::json(200, &permission).header("etag", etag(&permission)))
}

/// `DELETE …/permissions/{perm-id}`: the item's own permission, once.
pub(crate) fn delete<O: IfMatch>(call: &Call) -> Reply {
    let item = places::drive_item(call)?;
    let mut store = call.state.store();
    let permission = own(call, &store, item, "deleted")?;
    if_match::<O>(call, &permission)?;
    if !store.remove(item, id_of(&permission)) {
        return Err(not_found("permission"));
    }
    call.state.deletes.fetch_add(1, Ordering::Relaxed);
    Ok(Answer::empty(204))
}

/// `POST …/permissions`: a permission for the identity given, 201.
pub(crate) fn create(call: &Call) -> Reply {
    let item = places::drive_item(call)?;
    let body = Body::read(call, &["grantedToV2", "roles"], &["grantedToV2", "roles"])?;
    let roles = body.roles("roles")?.unwrap_or_default();
    let granted = body.identities("grantedToV2", false)?;
    let mut store = call.state.store();
    let permission = json!({ "id": store.new_id("perm"), "roles": roles, "grantedToV2": granted });
    store.add(item, permission.clone());
    Ok(Answer::json(201, &permission).header("etag", etag(&permission)))
}

const CREATE_LINK_ACCEPTS: &[&str] = &[
    "type",
    "scope",
    "expirationDateTime",
    "password",
    "recipients",
    "retainInheritedPermissions",
    "sendNotification",
];

/// `POST …/createLink`: 201 with a new link, or 200 with the item's link of that type and
/// scope when it has one.
pub(crate) fn create_link(call: &Call) -> Reply {
    let item = places::drive_item(call)?;
    let body = Body::read(call, CREATE_LINK_ACCEPTS, &["type"])?;
    let link_type = body.link_type("type")?.unwrap_or_default();
    let scope = body
        .link_scope("scope")?
        .unwrap_or_else(|| "organization".to_owned());
    let expiration = body.date_time("expirationDateTime")?;
    let password = body.string("password")?;
    let recipients = body.recipients("recipients")?.unwrap_or_default();
    body.boolean("retainInheritedPermissions")?;
    body.boolean("sendNotification")?;
    let drive = &call.state.config.drive;
    let mut store = call.state.store();
    let existing = store.permissions(drive, item).into_iter().find(|p| {
        p.get("inheritedFrom").is_none()
            && p["link"]["type"] == link_type.as_str()
            && p["link"]["scope"] == scope.as_str()
    });
    if let Some(existing) = existing {
        return Ok(Answer::json(200, &existing).header("etag", etag(&existing)));
    }
    let id = store.new_id("link");
    let item_id = drive.id(item);
    let letter = link_type.chars().next().unwrap_or('v');
    let share_id = format!("s!{id}");
    let mut link = json!({
        "id": id,
        "roles": [if matches!(link_type.as_str(), "edit" | "createOnly") { "write" } else { "read" }],
        "shareId": share_id,
        "hasPassword": password.is_some(),
        "link": {
            "type": link_type,
            "scope": scope,
            "webUrl": format!("https://contoso.sharepoint.com/:{letter}:/s/emulated/{id}/{item_id}"),
        },
    });
    if let Some(expiration) = expiration {
        link["expirationDateTime"] = Value::String(expiration);
    }
    if !recipients.is_empty() {
        link["grantedToIdentitiesV2"] = recipients.iter().map(Recipient::identity).collect();
    }
    store.issue_share(&share_id, item, &id);
    store.add(item, link.clone());
    Ok(Answer::json(201, &link).header("etag", etag(&link)))
}

const INVITE_ACCEPTS: &[&str] = &[
    "recipients",
    "message",
    "requireSignIn",
    "sendInvitation",
    "roles",
    "expirationDateTime",
    "password",
    "retainInheritedPermissions",
];

/// `POST …/invite`: one permission per recipient; an external recipient's is an invitation.
pub(crate) fn invite(call: &Call) -> Reply {
    let item = places::drive_item(call)?;
    let body = Body::read(call, INVITE_ACCEPTS, &["recipients"])?;
    let recipients = body.recipients("recipients")?.unwrap_or_default();
    if body
        .string("message")?
        .is_some_and(|m| m.chars().count() > 2000)
    {
        return Err(invalid("The message is longer than 2000 characters."));
    }
    let roles = body
        .roles("roles")?
        .unwrap_or_else(|| vec!["read".to_owned()]);
    let sign_in = body.boolean("requireSignIn")?.unwrap_or(true);
    let expiration = body.date_time("expirationDateTime")?;
    body.boolean("sendInvitation")?;
    body.string("password")?;
    body.boolean("retainInheritedPermissions")?;
    let mut store = call.state.store();
    let mut granted = Vec::new();
    for recipient in &recipients {
        let mut permission = json!({
            "id": store.new_id("invite"),
            "roles": roles,
            "grantedToV2": recipient.identity(),
        });
        if let (true, Some(email)) = (recipient.is_external(), recipient.email()) {
            permission["invitation"] = json!({ "email": email, "signInRequired": sign_in });
        }
        if let Some(expiration) = &expiration {
            permission["expirationDateTime"] = Value::String(expiration.clone());
        }
        store.add(item, permission.clone());
        granted.push(permission);
    }
    Ok(Answer::json(200, &json!({ "value": granted })))
}

/// `POST …/permissions/{perm-id}/revokeGrants`: takes recipients off a link scoped to users.
pub(crate) fn revoke_grants(call: &Call) -> Reply {
    let item = places::drive_item(call)?;
    let body = Body::read(call, &["grantees"], &["grantees"])?;
    let grantees = body.recipients("grantees")?.unwrap_or_default();
    let mut store = call.state.store();
    let mut link = own(call, &store, item, "changed")?;
    if link["link"]["scope"] != "users" {
        return Err(invalid(
            "revokeGrants is only available for sharing links scoped to users.",
        ));
    }
    if let Some(sets) = link["grantedToIdentitiesV2"].as_array_mut() {
        sets.retain(|set| !grantees.iter().any(|g| g.is(set)));
    }
    store.put(item, link.clone());
    Ok(Answer::json(200, &link).header("etag", etag(&link)))
}

fn perm_id<'c>(call: &'c Call) -> &'c str {
    call.param("perm-id").unwrap_or_default()
}

/// The item's own permission named by the path: 404 when it has none, 403 when it is
/// inherited (only an item's own permissions can be `what`: changed or deleted) or the
/// owner's.
pub(crate) fn own(call: &Call, store: &Store, item: usize, what: &str) -> Result<Value, Answer> {
    let drive = &call.state.config.drive;
    let permission = store
        .permission(drive, item, perm_id(call))
        .ok_or_else(|| not_found("permission"))?;
    if permission.get("inheritedFrom").is_some() {
        return Err(denied(&format!(
            "Only sharing permissions that are not inherited can be {what}."
        )));
    }
    if permission["roles"] == json!(["owner"]) {
        return Err(denied(&format!("The owner's permission cannot be {what}.")));
    }
    Ok(permission)
}

/// `if-none-match`, read only for an operation whose spec lists it.
fn if_none_match<'c, O: IfNoneMatch>(call: &'c Call) -> Option<&'c str> {
    debug_assert_eq!(
        call.operation.map(|(meta, _)| meta.name),
        Some(O::META.name)
    );
    call.header("if-none-match")
}

/// `if-match`, for an operation whose spec lists it: 412 unless it is `*` or the
/// permission's ETag.
pub(crate) fn if_match<O: IfMatch>(call: &Call, permission: &Value) -> Result<(), Answer> {
    debug_assert_eq!(
        call.operation.map(|(meta, _)| meta.name),
        Some(O::META.name)
    );
    match call.header("if-match") {
        Some(tag) if tag != "*" && tag != etag(permission) => Err(error(
            412,
            "preconditionFailed",
            "The permission changed since the ETag given in if-match was read.",
        )),
        _ => Ok(()),
    }
}

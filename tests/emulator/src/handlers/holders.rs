//! The permissions of a site (its application grants), of a list and of a list item (the
//! families `site`, `list` and `listItem`): listed, read, created, changed, deleted. A list
//! item of the document library is the drive's item of that number, so its permissions are
//! the driveItem's; the others are kept by the store, seeded on first use.

use serde_json::{json, Value};

use super::Reply;
use crate::answer::{invalid, not_found, Answer};
use crate::body::Body;
use crate::call::Call;
use crate::places::{self, Holder};
use crate::store::{etag, id_of};

/// What a family's permissions are held by, and what its create call accepts.
pub(crate) trait Holds {
    /// The holder the path names, or 404.
    fn holder(call: &Call) -> Result<Holder, Answer>;
    /// The properties create accepts; all of them are required.
    const CREATE: &'static [&'static str];
}

pub(crate) struct Site;
pub(crate) struct List;
pub(crate) struct ListItem;

impl Holds for Site {
    fn holder(call: &Call) -> Result<Holder, Answer> {
        places::site(call).map(|()| Holder::Site)
    }
    const CREATE: &'static [&'static str] = &["roles", "grantedToIdentities"];
}

impl Holds for List {
    fn holder(call: &Call) -> Result<Holder, Answer> {
        places::list(call).map(Holder::List)
    }
    const CREATE: &'static [&'static str] = &["roles", "grantedToV2"];
}

impl Holds for ListItem {
    fn holder(call: &Call) -> Result<Holder, Answer> {
        places::list_item(call)
    }
    const CREATE: &'static [&'static str] = &["roles", "grantedToV2"];
}

fn permission_id<'c>(call: &'c Call) -> &'c str {
    call.param("permission-id").unwrap_or_default()
}

/// `GET …/permissions`.
pub(crate) fn list<H: Holds>(call: &Call) -> Reply {
    let holder = H::holder(call)?;
    let value = call.state.store().held(&call.state.config.drive, &holder);
    let tag = etag(&Value::Array(value.clone()));
    let value: Vec<Value> = value.into_iter().map(|p| call.query.select(p)).collect();
    Ok(Answer::json(200, &json!({ "value": value })).header("etag", tag))
}

/// `GET …/permissions/{permission-id}`.
pub(crate) fn get<H: Holds>(call: &Call) -> Reply {
    let holder = H::holder(call)?;
    let store = call.state.store();
    let permission = store
        .held(&call.state.config.drive, &holder)
        .into_iter()
        .find(|p| id_of(p) == permission_id(call))
        .ok_or_else(|| not_found("permission"))?;
    let tag = etag(&permission);
    Ok(Answer::json(200, &call.query.select(permission)).header("etag", tag))
}

/// `POST …/permissions`: 201 with the new permission.
pub(crate) fn create<H: Holds>(call: &Call) -> Reply {
    let holder = H::holder(call)?;
    let body = Body::read(call, H::CREATE, H::CREATE)?;
    let roles = body.roles("roles")?.unwrap_or_default();
    let mut permission = json!({ "roles": roles });
    for name in H::CREATE.iter().filter(|n| **n != "roles") {
        permission[*name] = body.identities(name, *name == "grantedToIdentities")?;
    }
    if let Some(apps) = permission.get("grantedToIdentities").cloned() {
        // Graph answers a site grant with both forms.
        permission["grantedToIdentitiesV2"] = apps;
    }
    let mut store = call.state.store();
    permission["id"] = Value::String(store.new_id("perm"));
    store.hold(&call.state.config.drive, &holder, permission.clone());
    Ok(Answer::json(201, &permission).header("etag", etag(&permission)))
}

/// `PATCH …/permissions/{permission-id}`: new roles.
pub(crate) fn update<H: Holds>(call: &Call) -> Reply {
    let holder = H::holder(call)?;
    let body = Body::read(call, &["roles"], &["roles"])?;
    let roles = body.roles("roles")?.unwrap_or_default();
    let drive = &call.state.config.drive;
    let mut store = call.state.store();
    let mut permission = store
        .held(drive, &holder)
        .into_iter()
        .find(|p| id_of(p) == permission_id(call))
        .ok_or_else(|| not_found("permission"))?;
    if permission.get("inheritedFrom").is_some() {
        return Err(invalid("An inherited permission cannot be changed here."));
    }
    permission["roles"] = json!(roles);
    store.hold(drive, &holder, permission.clone());
    Ok(Answer::json(200, &permission).header("etag", etag(&permission)))
}

/// `DELETE …/permissions/{permission-id}`: 204, once.
pub(crate) fn delete<H: Holds>(call: &Call) -> Reply {
    let holder = H::holder(call)?;
    let drive = &call.state.config.drive;
    let mut store = call.state.store();
    match store.release(drive, &holder, permission_id(call)) {
        true => Ok(Answer::empty(204)),
        false => Err(not_found("permission")),
    }
}

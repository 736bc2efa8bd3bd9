//! The calls that walk a drive and a site, which are not permission calls and so not in the
//! permission spec (`sharing-audit/spec/drive-items.yaml` has them): an item or the root, a
//! folder's children (paged), a site's default drive and its lists (paged).

use serde_json::{json, Value};

use super::{Handler, Reply};
use crate::answer::{not_found, Answer};
use crate::call::Call;
use crate::drive::DRIVE_ID;
use crate::places::{self, LISTS};

/// (method, path template, handler)
pub(crate) const ROUTES: &[(&str, &str, Handler)] = &[
    ("GET", "/drives/{drive-id}/root", root),
    ("GET", "/drives/{drive-id}/items/{item-id}", item),
    ("GET", "/drives/{drive-id}/root/children", root_children),
    (
        "GET",
        "/drives/{drive-id}/items/{item-id}/children",
        children,
    ),
    ("GET", "/sites/{site-id}/drive", site_drive),
    ("GET", "/sites/{site-id}/lists", lists),
];

/// The item number of the path's `item-id` (the root without one), in the emulated drive.
fn item_of(call: &Call) -> Result<usize, Answer> {
    if call.param("drive-id") != Some(DRIVE_ID) {
        return Err(not_found("drive"));
    }
    match call.param("item-id") {
        None => Ok(0),
        Some(id) => call
            .state
            .config
            .drive
            .index(id)
            .ok_or_else(|| not_found("item")),
    }
}

fn root(call: &Call) -> Reply {
    item(call)
}

fn item(call: &Call) -> Reply {
    let index = item_of(call)?;
    let value = call.state.config.drive.item(index);
    Ok(Answer::json(200, &call.query.select(value)))
}

fn root_children(call: &Call) -> Reply {
    children(call)
}

/// A page of a folder's children (`$top`, `$select`; `$skiptoken` in the next link).
fn children(call: &Call) -> Reply {
    let index = item_of(call)?;
    let drive = &call.state.config.drive;
    let all = match drive.is_folder(index) {
        true => drive.children(index),
        false => 0..0,
    };
    Ok(page(call, all.len(), |i| drive.item(all.start + i)))
}

fn site_drive(call: &Call) -> Reply {
    places::site(call)?;
    Ok(Answer::json(
        200,
        &call.query.select(places::default_drive()),
    ))
}

/// A page of the site's lists.
fn lists(call: &Call) -> Reply {
    places::site(call)?;
    Ok(page(call, LISTS.len(), |i| LISTS[i].json()))
}

/// A page of `len` values, `$top` (or the configured page size) at a time from `$skiptoken`.
fn page(call: &Call, len: usize, value: impl Fn(usize) -> Value) -> Answer {
    let query = &call.query;
    let size = query.top.unwrap_or(call.state.config.page_size).max(1);
    let start = query.skip.min(len);
    let end = (start + size).min(len);
    let values: Vec<Value> = (start..end).map(|i| query.select(value(i))).collect();
    let mut body = json!({ "value": values });
    if end < len {
        let mut link = format!(
            "{}{}{}?$skiptoken={end}",
            call.state.base_url,
            call.version_prefix(),
            call.path
        );
        if let Some(select) = &query.select {
            link.push_str(&format!("&$select={select}"));
        }
        if let Some(top) = query.top {
            link.push_str(&format!("&$top={top}"));
        }
        body["@odata.nextLink"] = Value::String(link);
    }
    Answer::json(200, &body)
}

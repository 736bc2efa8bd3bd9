//! What the calls changed: the drive itself is computed ([`crate::drive`]) and costs no
//! memory; the store holds only the permissions that were updated, deleted or created, and the
//! share ids the emulator issued. A permission's ETag is a hash of its JSON, so that any change
//! gives a new one.

use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};

use base64::Engine;
use serde_json::Value;

use crate::drive::Drive;
use crate::places::Holder;

#[derive(Default)]
pub(crate) struct Store {
    /// (owning item, permission id): computed permissions deleted (and created ones, for the log).
    pub(crate) deleted: HashSet<(usize, String)>,
    /// (owning item, permission id) → the permission as it is now.
    replaced: HashMap<(usize, String), Value>,
    /// Permissions created on an item, in order.
    added: HashMap<usize, Vec<Value>>,
    /// Share ids the emulator issued → (item, permission id).
    shares: HashMap<String, (usize, String)>,
    /// The permissions of a site, a list or a list item ([`Holder::key`]), once a call
    /// changed them.
    collections: HashMap<String, Vec<Value>>,
    next: u64,
}

impl Store {
    /// Every permission of an item as it is now: computed, with what calls changed.
    pub(crate) fn permissions(&self, drive: &Drive, item: usize) -> Vec<Value> {
        let mut out = Vec::new();
        for computed in drive.permissions(item) {
            let key = (owner(drive, item, &computed), id_of(&computed).to_owned());
            if self.deleted.contains(&key) {
                // A deleted link is gone from its item and from the items that inherit it.
                continue;
            }
            match self.replaced.get(&key) {
                Some(now) if key.0 != item => {
                    let mut inherited = now.clone();
                    inherited["inheritedFrom"] = computed["inheritedFrom"].clone();
                    out.push(inherited);
                }
                Some(now) => out.push(now.clone()),
                None => out.push(computed),
            }
        }
        out.extend(self.added.get(&item).into_iter().flatten().cloned());
        out
    }

    /// The item's permission `id` (its own or inherited).
    pub(crate) fn permission(&self, drive: &Drive, item: usize, id: &str) -> Option<Value> {
        self.permissions(drive, item)
            .into_iter()
            .find(|p| id_of(p) == id)
    }

    /// Replaces the item's own permission of the same id.
    pub(crate) fn put(&mut self, item: usize, permission: Value) {
        let id = id_of(&permission).to_owned();
        if let Some(slot) = self
            .added
            .get_mut(&item)
            .and_then(|added| added.iter_mut().find(|p| id_of(p) == id))
        {
            *slot = permission;
            return;
        }
        self.replaced.insert((item, id), permission);
    }

    /// Deletes the item's own permission `id`; `false` when it was already gone.
    pub(crate) fn remove(&mut self, item: usize, id: &str) -> bool {
        if let Some(added) = self.added.get_mut(&item) {
            added.retain(|p| id_of(p) != id);
        }
        self.replaced.remove(&(item, id.to_owned()));
        self.deleted.insert((item, id.to_owned()))
    }

    /// Adds a permission to the item.
    pub(crate) fn add(&mut self, item: usize, permission: Value) {
        self.added.entry(item).or_default().push(permission);
    }

    /// The permissions a holder has now.
    pub(crate) fn held(&self, drive: &Drive, holder: &Holder) -> Vec<Value> {
        match holder {
            Holder::DriveItem(item) => self.permissions(drive, *item),
            _ => self
                .collections
                .get(&holder.key())
                .cloned()
                .unwrap_or_else(|| holder.seed()),
        }
    }

    /// Puts a permission on a holder: replaces the one of the same id, or adds it.
    pub(crate) fn hold(&mut self, drive: &Drive, holder: &Holder, permission: Value) {
        if let Holder::DriveItem(item) = holder {
            match self.permission(drive, *item, id_of(&permission)) {
                Some(_) => self.put(*item, permission),
                None => self.add(*item, permission),
            }
            return;
        }
        let held = self
            .collections
            .entry(holder.key())
            .or_insert_with(|| holder.seed());
        match held.iter_mut().find(|p| id_of(p) == id_of(&permission)) {
            Some(slot) => *slot = permission,
            None => held.push(permission),
        }
    }

    /// Takes a permission off a holder; `false` when it has none of that id (or, on a drive
    /// item, when it is inherited).
    pub(crate) fn release(&mut self, drive: &Drive, holder: &Holder, id: &str) -> bool {
        if let Holder::DriveItem(item) = holder {
            let own = self
                .permission(drive, *item, id)
                .is_some_and(|p| p.get("inheritedFrom").is_none());
            return own && self.remove(*item, id);
        }
        let held = self
            .collections
            .entry(holder.key())
            .or_insert_with(|| holder.seed());
        let before = held.len();
        held.retain(|p| id_of(p) != id);
        held.len() < before
    }

    /// A new permission id, never used before in this emulator.
    pub(crate) fn new_id(&mut self, prefix: &str) -> String {
        self.next += 1;
        format!("{prefix}-{}", self.next)
    }

    /// Remembers a share id the emulator issued for the item's permission.
    pub(crate) fn issue_share(&mut self, share_id: &str, item: usize, permission: &str) {
        self.shares
            .insert(share_id.to_owned(), (item, permission.to_owned()));
    }

    /// The (item, permission) a sharing token reaches: a share id the emulator issued, or
    /// `u!` + the unpadded base64url of a link's URL. A link's URL ends with the id of the
    /// item that holds it.
    pub(crate) fn resolve_share(&self, drive: &Drive, token: &str) -> Option<(usize, String)> {
        if let Some(found) = self.shares.get(token) {
            return Some(found.clone());
        }
        let encoded = token.strip_prefix("u!")?;
        let url = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(encoded.trim_end_matches('='))
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())?;
        let item = drive.index(url.rsplit('/').next()?)?;
        let link = self
            .permissions(drive, item)
            .into_iter()
            .find(|p| p["link"]["webUrl"] == url.as_str() && p.get("inheritedFrom").is_none())?;
        Some((item, id_of(&link).to_owned()))
    }
}

/// The permission's id.
pub(crate) fn id_of(permission: &Value) -> &str {
    permission["id"].as_str().unwrap_or_default()
}

/// The item that holds a permission of `item`: the ancestor it is inherited from, or itself.
fn owner(drive: &Drive, item: usize, permission: &Value) -> usize {
    permission["inheritedFrom"]["id"]
        .as_str()
        .and_then(|from| drive.index(from))
        .unwrap_or(item)
}

/// The ETag of a JSON value (a permission, or a listing): a hash of its text, quoted.
pub(crate) fn etag(value: &Value) -> String {
    let mut hasher = DefaultHasher::new();
    value.to_string().hash(&mut hasher);
    format!("\"{:016x}\"", hasher.finish())
}

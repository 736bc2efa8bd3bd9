//! The synthetic drive: a tree of folders and files, each with permissions of every kind,
//! computed from the item's number so that a drive of 100,000 items costs no memory.
//!
//! Item 0 is the root; the parent of item `i` is `(i - 1) / fanout`. The permissions of item
//! `i` (besides the owner's, inherited from the root by every other item) follow `i % 6`:
//! 1 an anonymous view link without expiry, 2 an anonymous edit link with expiry and password,
//! 3 an organization link, 4 a specific-people link with an external and an internal recipient,
//! 5 an invitation of an external guest, 0 a direct grant to an internal user. The children of
//! a folder with an anonymous link inherit it.

use serde_json::{json, Value};

/// The drive id the emulator serves.
pub const DRIVE_ID: &str = "b!emulated-drive";
/// The id of the root item.
pub const ROOT_ID: &str = "ROOT";

/// A drive of `items` items under the root, `fanout` children per folder.
#[derive(Clone, Copy, Debug)]
pub struct Drive {
    pub items: usize,
    pub fanout: usize,
}

impl Drive {
    /// Every item number, the root (0) included.
    pub fn len(&self) -> usize {
        self.items + 1
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    pub fn id(&self, index: usize) -> String {
        if index == 0 {
            ROOT_ID.to_owned()
        } else {
            format!("I{index:06}")
        }
    }

    /// The item number of an id, when the drive has it.
    pub fn index(&self, id: &str) -> Option<usize> {
        if id == ROOT_ID {
            return Some(0);
        }
        let index: usize = id.strip_prefix('I')?.parse().ok()?;
        (index >= 1 && index <= self.items && self.id(index) == id).then_some(index)
    }

    /// The item at a path from the root (`Folder 1/File 12.txt`), when the drive has it.
    pub fn find_path(&self, path: &str) -> Option<usize> {
        let mut at = 0;
        for name in path.split('/').filter(|n| !n.is_empty()) {
            let number = name
                .strip_prefix("Folder ")
                .or_else(|| name.strip_prefix("File ")?.strip_suffix(".txt"))?;
            let child: usize = number.parse().ok()?;
            let fits = (1..self.len()).contains(&child) && self.parent(child) == Some(at);
            if !fits || self.name(child) != name {
                return None;
            }
            at = child;
        }
        Some(at)
    }

    pub fn parent(&self, index: usize) -> Option<usize> {
        (index > 0).then(|| (index - 1) / self.fanout)
    }

    /// The children of an item, in order (none for a file).
    pub fn children(&self, index: usize) -> std::ops::Range<usize> {
        let first = index.saturating_mul(self.fanout).saturating_add(1);
        let end = first.saturating_add(self.fanout).min(self.items + 1);
        first.min(end)..end
    }

    pub fn is_folder(&self, index: usize) -> bool {
        !self.children(index).is_empty() || index == 0
    }

    pub fn name(&self, index: usize) -> String {
        match index {
            0 => "root".to_owned(),
            i if self.is_folder(i) => format!("Folder {i}"),
            i => format!("File {i}.txt"),
        }
    }

    /// The path from the root, `/` for the root itself: `/Folder 1/File 12.txt`.
    pub fn path(&self, index: usize) -> String {
        let mut names = Vec::new();
        let mut at = index;
        while let Some(parent) = self.parent(at) {
            names.push(self.name(at));
            at = parent;
        }
        names.reverse();
        format!("/{}", names.join("/"))
    }

    /// The driveItem as Graph sends it.
    pub fn item(&self, index: usize) -> Value {
        let mut item = json!({
            "id": self.id(index),
            "name": self.name(index),
            "webUrl": format!("https://contoso.sharepoint.com/emulated{}", self.path(index)),
            "size": 1024 * (index % 7 + 1),
        });
        if self.is_folder(index) {
            item["folder"] = json!({ "childCount": self.children(index).len() });
        } else {
            item["file"] = json!({ "mimeType": "text/plain" });
        }
        if let Some(parent) = self.parent(index) {
            let parent_path = match parent {
                0 => "/drive/root:".to_owned(),
                p => format!("/drive/root:{}", self.path(p)),
            };
            item["parentReference"] = json!({
                "driveId": DRIVE_ID,
                "driveType": "business",
                "id": self.id(parent),
                "path": parent_path,
            });
        }
        item
    }

    /// Every permission of the item, as Graph lists them.
    pub fn permissions(&self, index: usize) -> Vec<Value> {
        let mut permissions = vec![self.owner(index)];
        if index > 0 {
            permissions.extend(self.own_permission(index));
        }
        if let Some(parent) = self.parent(index).filter(|&p| p > 0 && p % 6 == 1) {
            let mut inherited = anonymous_view(&self.id(parent), parent);
            inherited["inheritedFrom"] = self.reference(parent);
            permissions.push(inherited);
        }
        permissions
    }

    /// Whether the permission `id` of the item is its own (not inherited): only those can be
    /// deleted.
    pub fn owns(&self, index: usize, permission: &str) -> Option<bool> {
        self.permissions(index)
            .iter()
            .find(|p| p["id"] == permission)
            .map(|p| p.get("inheritedFrom").is_none())
    }

    fn reference(&self, index: usize) -> Value {
        json!({ "driveId": DRIVE_ID, "id": self.id(index), "path": format!("/drive/root:{}", self.path(index)) })
    }

    fn owner(&self, index: usize) -> Value {
        let mut owner = json!({
            "id": "owner",
            "roles": ["owner"],
            "grantedToV2": { "user": { "id": "u-olivia", "displayName": "Olivia Owner", "email": "olivia@contoso.com" } },
        });
        if index > 0 {
            owner["inheritedFrom"] = self.reference(0);
        }
        owner
    }

    fn own_permission(&self, index: usize) -> Option<Value> {
        let id = self.id(index);
        let permission = match index % 6 {
            1 => anonymous_view(&id, index),
            2 => json!({
                "id": format!("anonx-{index}"),
                "roles": ["write"],
                "hasPassword": true,
                "expirationDateTime": "2030-01-01T00:00:00Z",
                "link": { "type": "edit", "scope": "anonymous", "webUrl": format!("https://1drv.ms/e/{id}") },
            }),
            3 => json!({
                "id": format!("org-{index}"),
                "roles": ["read"],
                "link": { "type": "view", "scope": "organization", "webUrl": format!("https://contoso.sharepoint.com/:v:/o/{id}") },
            }),
            4 => json!({
                "id": format!("users-{index}"),
                "roles": ["write"],
                "link": { "type": "edit", "scope": "users", "webUrl": format!("https://contoso.sharepoint.com/:e:/u/{id}") },
                "grantedToIdentitiesV2": [
                    { "user": { "displayName": "Erin External", "email": "erin@fabrikam.com" } },
                    { "user": { "id": "u-ian", "displayName": "Ian Insider", "email": "ian@contoso.com" } },
                ],
            }),
            5 => json!({
                "id": format!("inv-{index}"),
                "roles": ["read"],
                "invitation": { "email": "gina@fabrikam.com", "signInRequired": true },
                "grantedToV2": {
                    "user": { "id": "u-gina", "displayName": "Gina Guest", "email": "gina@fabrikam.com" },
                    "siteUser": { "id": "7", "displayName": "Gina Guest", "loginName": "i:0#.f|membership|gina_fabrikam.com#ext#@contoso.onmicrosoft.com" },
                },
            }),
            _ => json!({
                "id": format!("user-{index}"),
                "roles": ["write"],
                "grantedToV2": { "user": { "id": "u-ian", "displayName": "Ian Insider", "email": "ian@contoso.com" } },
            }),
        };
        Some(permission)
    }
}

fn anonymous_view(id: &str, index: usize) -> Value {
    json!({
        "id": format!("anon-{index}"),
        "roles": ["read"],
        "hasPassword": false,
        "link": { "type": "view", "scope": "anonymous", "webUrl": format!("https://1drv.ms/v/{id}") },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tree_is_consistent() {
        let drive = Drive {
            items: 300,
            fanout: 10,
        };
        for i in 1..drive.len() {
            let parent = drive.parent(i).unwrap();
            assert!(drive.children(parent).contains(&i), "{i}");
            assert_eq!(drive.index(&drive.id(i)), Some(i));
        }
        assert_eq!(drive.index("I000301"), None);
        assert_eq!(drive.path(12), "/Folder 1/Folder 12");
        assert_eq!(drive.path(35), "/Folder 3/File 35.txt");
        assert_eq!(drive.children(30).len(), 0);
        assert_eq!(drive.find_path("Folder 3/File 35.txt"), Some(35));
        assert_eq!(drive.find_path("/"), Some(0));
        assert_eq!(drive.find_path("Folder 3/Folder 35"), None);
        assert_eq!(drive.find_path("Folder 4/File 35.txt"), None);
    }
}

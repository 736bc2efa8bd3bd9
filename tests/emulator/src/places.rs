//! Where an address leads. The emulated drive is the default drive of one site, one group,
//! one user (Olivia, the owner of every item) and of the signed-in user (`/me`); the site has
//! lists, the first of which is the drive's document library (its list item `n` is the drive's
//! item `n`). Any other drive, site, group, user or list is 404 `itemNotFound`.

use serde_json::{json, Value};

use crate::answer::{not_found, Answer};
use crate::call::Call;
use crate::drive::DRIVE_ID;

/// The site whose default drive is the emulated drive.
pub const SITE_ID: &str = "contoso.sharepoint.com,e2c0a1f4-site,7d3b9c22-web";
/// The group whose default drive is the emulated drive.
pub const GROUP_ID: &str = "g-emulated";
/// The user whose drive is the emulated drive (by id or by email), also the signed-in user.
pub const USER_ID: &str = "u-olivia";
/// The same user, by email.
pub const USER_EMAIL: &str = "olivia@contoso.com";
/// The site's document library: the list whose items are the drive's items.
pub const DOCUMENTS_LIST_ID: &str = "L-documents";

/// A list of the site: id, name, display name, template.
pub struct SiteList {
    pub id: &'static str,
    pub name: &'static str,
    pub display_name: &'static str,
    pub template: &'static str,
}

/// The site's lists, in the order Graph lists them.
pub const LISTS: &[SiteList] = &[
    SiteList {
        id: DOCUMENTS_LIST_ID,
        name: "Shared Documents",
        display_name: "Documents",
        template: "documentLibrary",
    },
    SiteList {
        id: "L-announcements",
        name: "Announcements",
        display_name: "Announcements",
        template: "announcements",
    },
    SiteList {
        id: "L-vendors",
        name: "Vendors",
        display_name: "Vendor contracts",
        template: "genericList",
    },
];

impl SiteList {
    /// The list as Graph sends it.
    pub fn json(&self) -> Value {
        json!({
            "id": self.id,
            "name": self.name,
            "displayName": self.display_name,
            "webUrl": format!("https://contoso.sharepoint.com/sites/emulated/{}", self.name),
            "list": { "template": self.template, "hidden": false },
        })
    }
}

/// The site's default drive as Graph sends it.
pub fn default_drive() -> Value {
    json!({
        "id": DRIVE_ID,
        "name": "Documents",
        "driveType": "documentLibrary",
        "webUrl": "https://contoso.sharepoint.com/sites/emulated/Shared Documents",
    })
}

/// The site of the address, or 404.
pub(crate) fn site(call: &Call) -> Result<(), Answer> {
    match call.param("site-id") {
        Some(SITE_ID) | None => Ok(()),
        Some(_) => Err(not_found("site")),
    }
}

/// The list of the address, or 404.
pub(crate) fn list(call: &Call) -> Result<&'static SiteList, Answer> {
    site(call)?;
    let id = call.param("list-id").unwrap_or_default();
    LISTS
        .iter()
        .find(|l| l.id == id)
        .ok_or_else(|| not_found("list"))
}

/// The drive item an address of the driveItem family reaches: through the drive, the group,
/// the user, the signed-in user or the site (and its document library's list item), by id or
/// by path.
pub(crate) fn drive_item(call: &Call) -> Result<usize, Answer> {
    let drive_known = if let Some(drive) = call.param("drive-id") {
        drive == DRIVE_ID
    } else if let Some(group) = call.param("group-id") {
        group == GROUP_ID
    } else if let Some(user) = call.param("user-id") {
        user == USER_ID || user.eq_ignore_ascii_case(USER_EMAIL)
    } else if call.param("list-id").is_some() {
        list(call)?.id == DOCUMENTS_LIST_ID
    } else {
        site(call).is_ok()
    };
    if !drive_known {
        return Err(not_found("drive"));
    }
    let drive = &call.state.config.drive;
    let item = if let Some(id) = call.param("item-id") {
        drive.index(id)
    } else if let Some(number) = call.param("listItem-id") {
        list_item_of(drive, number)
    } else {
        call.param("path").and_then(|path| drive.find_path(path))
    };
    item.ok_or_else(|| not_found("item"))
}

/// The drive item of a list item of the document library: list item `n` is item `n`.
fn list_item_of(drive: &crate::Drive, number: &str) -> Option<usize> {
    let n: usize = number.parse().ok()?;
    (n >= 1 && n < drive.len() && number == n.to_string()).then_some(n)
}

/// What holds a collection of permissions outside the drive (or a list item of the document
/// library, which is the drive's item).
pub(crate) enum Holder {
    Site,
    List(&'static SiteList),
    /// A list item of a list that is not the document library.
    ListItem(&'static SiteList, String),
    DriveItem(usize),
}

/// The items of a list that is not the document library.
pub const LIST_ITEMS: &[&str] = &["1", "2", "3"];

/// The list item of the address (`item-id` of the listItem family), or 404.
pub(crate) fn list_item(call: &Call) -> Result<Holder, Answer> {
    let list = list(call)?;
    let id = call.param("item-id").unwrap_or_default();
    if list.id == DOCUMENTS_LIST_ID {
        let drive = &call.state.config.drive;
        return list_item_of(drive, id)
            .map(Holder::DriveItem)
            .ok_or_else(|| not_found("item"));
    }
    match LIST_ITEMS.contains(&id) {
        true => Ok(Holder::ListItem(list, id.to_owned())),
        false => Err(not_found("item")),
    }
}

impl Holder {
    /// The key the store keeps its permissions under (not for a drive item).
    pub(crate) fn key(&self) -> String {
        match self {
            Holder::Site => "site".to_owned(),
            Holder::List(list) => format!("list {}", list.id),
            Holder::ListItem(list, item) => format!("item {} {item}", list.id),
            Holder::DriveItem(item) => format!("drive item {item}"),
        }
    }

    /// The permissions it has before any call changed them.
    pub(crate) fn seed(&self) -> Vec<Value> {
        match self {
            Holder::Site => site_grants(),
            Holder::List(list) | Holder::ListItem(list, _) => list.permissions(),
            Holder::DriveItem(_) => Vec::new(),
        }
    }
}

/// The site's application grants before any call changed them.
pub fn site_grants() -> Vec<Value> {
    vec![
        app_grant("grant-backup", "read", "a0c1-backup", "Contoso Backup"),
        app_grant("grant-sync", "write", "f7e2-sync", "Fabrikam Sync"),
    ]
}

impl SiteList {
    /// The list's permissions (and each of its items') before any call changed them: the
    /// site's owners and members, and its visitors or, in a generic list, an external guest.
    pub fn permissions(&self) -> Vec<Value> {
        let mut permissions = vec![
            group("group-owners", "owner", "3", "Emulated Owners"),
            group("group-members", "write", "5", "Emulated Members"),
        ];
        match self.template {
            "genericList" => permissions.push(json!({
                "id": "guest-vera",
                "roles": ["read"],
                "grantedToV2": {
                    "user": { "displayName": "Vera Vendor", "email": "vera@northwind.example" },
                    "siteUser": { "id": "12", "displayName": "Vera Vendor", "loginName": "i:0#.f|membership|vera_northwind.example#ext#@contoso.onmicrosoft.com" },
                },
            })),
            _ => permissions.push(group("group-visitors", "read", "4", "Emulated Visitors")),
        }
        permissions
    }
}

fn app_grant(id: &str, role: &str, app: &str, name: &str) -> Value {
    let apps = json!([{ "application": { "id": app, "displayName": name } }]);
    json!({ "id": id, "roles": [role], "grantedToIdentities": apps, "grantedToIdentitiesV2": apps })
}

fn group(id: &str, role: &str, group: &str, name: &str) -> Value {
    json!({
        "id": id,
        "roles": [role],
        "grantedToV2": { "siteGroup": { "id": group, "displayName": name, "loginName": name } },
    })
}

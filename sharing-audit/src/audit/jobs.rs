//! The calls of an audit: what a job asks Graph, in a `$batch` or alone, and what it got.

use std::sync::Arc;

use graph_permissions::endpoints as permission_endpoints;
use graph_permissions::models::Permission;
use graph_permissions::operations::{drive_item, list, site};
use graph_permissions::rt::{
    Batch, BatchError, BatchResults, Client, Decode, Error, Handle, Operation, Page, Request,
    Response,
};
use serde::Serialize;

use super::{Options, Target};
use crate::api::drive::endpoints as item_endpoints;
use crate::api::drive::models::{Drive, DriveField, DriveItem, DriveItemField, List, ListField};
use crate::api::drive::operations::{
    GetDefaultDrive, GetItem, GetRoot, ListChildren, ListLists, ListRootChildren,
};
use crate::record::Scope;

/// Something that holds permissions: an item of a drive, a list, or the site.
pub(crate) struct Node {
    pub(crate) scope: Scope,
    /// The drive an item is in; the site of a list or of the site itself.
    pub(crate) within: Arc<str>,
    pub(crate) id: String,
    /// An item's path from the drive's root; a list's name; empty for the site.
    pub(crate) path: String,
    /// The drive's root reached as `/root` (its children are listed through `/root/children`).
    pub(crate) is_root: bool,
}

pub(crate) enum Job {
    /// The call that starts the audit: the audited item or the drive's root (`--drive`), or the
    /// site's default drive (`--site`).
    Start,
    /// The root of a drive found by the start of a site's audit.
    Root(Arc<str>),
    Children(Arc<Node>, Option<String>),
    /// A site's lists (in the site `Arc<str>`), and the next page's link.
    Lists(Arc<str>, Option<String>),
    Permissions(Arc<Node>, Option<String>),
    Delete(Arc<Node>, String),
}

/// A job's request, typed.
enum Call {
    Item(Request<GetItem>),
    Root(Request<GetRoot>),
    Children(Request<ListChildren>),
    RootChildren(Request<ListRootChildren>),
    SiteDrive(Request<GetDefaultDrive>),
    Lists(Request<ListLists>),
    ItemPermissions(Request<drive_item::List>),
    ListPermissions(Request<list::List>),
    SitePermissions(Request<site::List>),
    Delete(Request<drive_item::Delete>),
    /// A next page of a listing (only a batch takes a next link).
    Next(Listing, String),
}

/// What a next page lists.
#[derive(Clone, Copy)]
enum Listing {
    Children,
    Lists,
    Permissions(Scope),
}

/// A job's request in a batch.
enum Slot {
    Item(Handle<GetItem>),
    Root(Handle<GetRoot>),
    Children(Handle<ListChildren>),
    RootChildren(Handle<ListRootChildren>),
    SiteDrive(Handle<GetDefaultDrive>),
    Lists(Handle<ListLists>),
    ItemPermissions(Handle<drive_item::List>),
    ListPermissions(Handle<list::List>),
    SitePermissions(Handle<site::List>),
    Delete(Handle<drive_item::Delete>),
}

pub(crate) enum Outcome {
    Item(Result<DriveItem, Error>),
    Drive(Result<Drive, Error>),
    Children(Result<Page<DriveItem>, Error>),
    Lists(Result<Page<List>, Error>),
    Permissions(Result<Page<Permission>, Error>),
    Deleted(Result<(), Error>),
    /// The request could not join a batch.
    Refused(String),
}

const ITEM_FIELDS: &[DriveItemField] = &[
    DriveItemField::Id,
    DriveItemField::Name,
    DriveItemField::Folder,
    DriveItemField::File,
    DriveItemField::ParentReference,
];

const LIST_FIELDS: &[ListField] = &[ListField::Id, ListField::Name, ListField::DisplayName];

/// Sends jobs; holds nothing mutable, so that calls can be in flight together.
pub(crate) struct Caller<'a> {
    pub(crate) client: &'a Client,
    pub(crate) options: &'a Options,
}

impl Caller<'_> {
    pub(crate) async fn call(&self, jobs: Vec<Job>) -> Vec<(Job, Outcome)> {
        let calls: Vec<Call> = jobs.iter().map(|job| self.request(job)).collect();
        if !self.options.batching && calls.len() == 1 && !matches!(calls[0], Call::Next(..)) {
            let outcome = self
                .alone(calls.into_iter().next().expect("one call"))
                .await;
            return jobs.into_iter().zip([outcome]).collect();
        }
        let mut batch = self.client.batch();
        let slots: Vec<Result<Slot, String>> = calls
            .into_iter()
            .map(|call| self.add(&mut batch, call).map_err(|e| e.to_string()))
            .collect();
        let mut results = batch.send().await;
        jobs.into_iter()
            .zip(slots)
            .map(|(job, slot)| {
                let outcome = match slot {
                    Ok(slot) => take(&mut results, slot),
                    Err(message) => Outcome::Refused(message),
                };
                (job, outcome)
            })
            .collect()
    }

    /// The request of a job.
    fn request(&self, job: &Job) -> Call {
        match job {
            Job::Start => match &self.options.target {
                Target::Drive { drive, item: None } => Call::Root(root(drive)),
                Target::Drive {
                    drive,
                    item: Some(id),
                } => Call::Item(item_endpoints::get_item_drive(drive, id).select(ITEM_FIELDS)),
                Target::Site(site) => Call::SiteDrive(
                    item_endpoints::get_default_drive_site(site).select(&[DriveField::Id]),
                ),
            },
            Job::Root(drive) => Call::Root(root(drive)),
            Job::Children(_, Some(link)) => Call::Next(Listing::Children, link.clone()),
            Job::Lists(_, Some(link)) => Call::Next(Listing::Lists, link.clone()),
            Job::Permissions(node, Some(link)) => {
                Call::Next(Listing::Permissions(node.scope), link.clone())
            }
            Job::Children(node, None) if node.is_root => Call::RootChildren(
                item_endpoints::list_root_children_drive(&node.within).select(ITEM_FIELDS),
            ),
            Job::Children(node, None) => Call::Children(
                item_endpoints::list_children_drive(&node.within, &node.id).select(ITEM_FIELDS),
            ),
            Job::Lists(site, None) => {
                Call::Lists(item_endpoints::list_lists_site(site).select(LIST_FIELDS))
            }
            Job::Permissions(node, None) => match node.scope {
                Scope::Item => Call::ItemPermissions(permission_endpoints::drive_item::list(
                    &node.within,
                    &node.id,
                )),
                Scope::List => {
                    Call::ListPermissions(permission_endpoints::list::list(&node.within, &node.id))
                }
                Scope::Site => Call::SitePermissions(permission_endpoints::site::list(&node.id)),
            },
            Job::Delete(node, permission) => Call::Delete(
                permission_endpoints::drive_item::delete(&node.within, &node.id, permission),
            ),
        }
    }

    fn add(&self, batch: &mut Batch, call: Call) -> Result<Slot, BatchError> {
        let version = self.options.version;
        Ok(match call {
            Call::Item(request) => Slot::Item(batch.add_to(version, request)?),
            Call::Root(request) => Slot::Root(batch.add_to(version, request)?),
            Call::Children(request) => Slot::Children(batch.add_to(version, request)?),
            Call::RootChildren(request) => Slot::RootChildren(batch.add_to(version, request)?),
            Call::SiteDrive(request) => Slot::SiteDrive(batch.add_to(version, request)?),
            Call::Lists(request) => Slot::Lists(batch.add_to(version, request)?),
            Call::ItemPermissions(request) => {
                Slot::ItemPermissions(batch.add_to(version, request)?)
            }
            Call::ListPermissions(request) => {
                Slot::ListPermissions(batch.add_to(version, request)?)
            }
            Call::SitePermissions(request) => {
                Slot::SitePermissions(batch.add_to(version, request)?)
            }
            Call::Delete(request) => Slot::Delete(batch.add_to(version, request)?),
            Call::Next(listing, link) => match listing {
                Listing::Children => Slot::Children(batch.add_next_page(&link)?),
                Listing::Lists => Slot::Lists(batch.add_next_page(&link)?),
                Listing::Permissions(Scope::Item) => {
                    Slot::ItemPermissions(batch.add_next_page(&link)?)
                }
                Listing::Permissions(Scope::List) => {
                    Slot::ListPermissions(batch.add_next_page(&link)?)
                }
                Listing::Permissions(Scope::Site) => {
                    Slot::SitePermissions(batch.add_next_page(&link)?)
                }
            },
        })
    }

    /// One call as its own HTTP request, without `$batch` (next pages always go in a batch).
    async fn alone(&self, call: Call) -> Outcome {
        match call {
            Call::Item(request) => Outcome::Item(self.one(request).await),
            Call::Root(request) => Outcome::Item(self.one(request).await),
            Call::Children(request) => Outcome::Children(self.one(request).await),
            Call::RootChildren(request) => Outcome::Children(self.one(request).await),
            Call::SiteDrive(request) => Outcome::Drive(self.one(request).await),
            Call::Lists(request) => Outcome::Lists(self.one(request).await),
            Call::ItemPermissions(request) => Outcome::Permissions(self.one(request).await),
            Call::ListPermissions(request) => Outcome::Permissions(self.one(request).await),
            Call::SitePermissions(request) => Outcome::Permissions(self.one(request).await),
            Call::Delete(request) => Outcome::Deleted(self.one(request).await),
            Call::Next(..) => Outcome::Refused("a next page goes in a batch".to_owned()),
        }
    }

    async fn one<O: Operation>(&self, request: Request<O>) -> Result<O::Output, Error>
    where
        O::Body: Serialize,
        O::Output: Decode,
    {
        self.client
            .send_to(self.options.version, request)
            .await
            .map(Response::into_value)
    }
}

fn root(drive: &str) -> Request<GetRoot> {
    item_endpoints::get_root_drive(drive).select(ITEM_FIELDS)
}

fn take(results: &mut BatchResults, slot: Slot) -> Outcome {
    match slot {
        Slot::Item(h) => Outcome::Item(results.take(h).map(Response::into_value)),
        Slot::Root(h) => Outcome::Item(results.take(h).map(Response::into_value)),
        Slot::Children(h) => Outcome::Children(results.take(h).map(Response::into_value)),
        Slot::RootChildren(h) => Outcome::Children(results.take(h).map(Response::into_value)),
        Slot::SiteDrive(h) => Outcome::Drive(results.take(h).map(Response::into_value)),
        Slot::Lists(h) => Outcome::Lists(results.take(h).map(Response::into_value)),
        Slot::ItemPermissions(h) => Outcome::Permissions(results.take(h).map(Response::into_value)),
        Slot::ListPermissions(h) => Outcome::Permissions(results.take(h).map(Response::into_value)),
        Slot::SitePermissions(h) => Outcome::Permissions(results.take(h).map(Response::into_value)),
        Slot::Delete(h) => Outcome::Deleted(results.take(h).map(Response::into_value)),
    }
}

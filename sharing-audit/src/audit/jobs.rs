//! The calls of an audit: what a job asks Graph, in a `$batch` or alone, and what it got.

use std::sync::Arc;

use graph_permissions::endpoints as permission_endpoints;
use graph_permissions::models::Permission;
use graph_permissions::operations::drive_item::{Delete, List};
use graph_permissions::rt::{
    Batch, BatchError, BatchResults, Caller as PathCaller, Client, Decode, Error, Handle,
    Operation, Page, Request, Response,
};
use serde::Serialize;

use super::{Options, Target};
use crate::api::drive::endpoints as item_endpoints;
use crate::api::drive::models::{DriveItem, DriveItemField};
use crate::api::drive::operations::{GetItem, GetRoot, ListChildren, ListRootChildren};
use crate::record::Scope;

/// Something that holds permissions: an item of the drive.
pub(crate) struct Node {
    pub(crate) scope: Scope,
    /// The drive an item is in.
    pub(crate) within: Arc<str>,
    pub(crate) id: String,
    /// An item's path from the drive's root.
    pub(crate) path: String,
    /// The drive's root reached as `/root` (its children are listed through `/root/children`).
    pub(crate) is_root: bool,
}

pub(crate) enum Job {
    /// The audited item (or the drive's root): the call that starts the audit.
    Start,
    Children(Arc<Node>, Option<String>),
    Permissions(Arc<Node>, Option<String>),
    Delete(Arc<Node>, String),
}

impl Job {
    fn is_next_page(&self) -> bool {
        matches!(
            self,
            Job::Children(_, Some(_)) | Job::Permissions(_, Some(_))
        )
    }
}

/// A job's request in a batch.
enum Slot {
    Item(Handle<GetItem>),
    Root(Handle<GetRoot>),
    Children(Handle<ListChildren>),
    RootChildren(Handle<ListRootChildren>),
    Permissions(Handle<List>),
    Delete(Handle<Delete>),
}

pub(crate) enum Outcome {
    Item(Result<DriveItem, Error>),
    Children(Result<Page<DriveItem>, Error>),
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

/// Sends jobs; holds nothing mutable, so that calls can be in flight together.
pub(crate) struct Caller<'a> {
    pub(crate) client: &'a Client,
    pub(crate) options: &'a Options,
}

impl Caller<'_> {
    pub(crate) async fn call(&self, jobs: Vec<Job>) -> Vec<(Job, Outcome)> {
        if !self.options.batching && jobs.len() == 1 && !jobs[0].is_next_page() {
            let outcome = self.alone(&jobs[0]).await;
            return jobs.into_iter().zip([outcome]).collect();
        }
        let mut batch = self.client.batch();
        let slots: Vec<Result<Slot, String>> = jobs
            .iter()
            .map(|job| self.add(&mut batch, job).map_err(|e| e.to_string()))
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

    /// The drive the audit starts in, and the item it starts at (the root when `None`).
    fn start(&self) -> (&str, Option<&str>) {
        match &self.options.target {
            Target::Drive { drive, item } => (drive, item.as_deref()),
        }
    }

    fn add(&self, batch: &mut Batch, job: &Job) -> Result<Slot, BatchError> {
        let version = self.options.version;
        Ok(match job {
            Job::Start => match self.start() {
                (drive, Some(id)) => Slot::Item(batch.add_to(
                    version,
                    item_endpoints::get_item_drive(drive, id).select(ITEM_FIELDS),
                )?),
                (drive, None) => Slot::Root(batch.add_to(
                    version,
                    item_endpoints::get_root_drive(drive).select(ITEM_FIELDS),
                )?),
            },
            Job::Children(_, Some(link)) => Slot::Children(batch.add_next_page(link)?),
            Job::Children(node, None) if node.is_root => Slot::RootChildren(batch.add_to(
                version,
                item_endpoints::list_root_children_drive(&node.within).select(ITEM_FIELDS),
            )?),
            Job::Children(node, None) => Slot::Children(batch.add_to(
                version,
                item_endpoints::list_children_drive(&node.within, &node.id).select(ITEM_FIELDS),
            )?),
            Job::Permissions(_, Some(link)) => Slot::Permissions(batch.add_next_page(link)?),
            Job::Permissions(node, None) => Slot::Permissions(batch.add_to(
                version,
                permission_endpoints::drive_item::list(&node.within, &node.id),
            )?),
            Job::Delete(node, permission) => Slot::Delete(batch.add_to(
                version,
                permission_endpoints::drive_item::delete(&node.within, &node.id, permission),
            )?),
        })
    }

    /// One job as its own HTTP request, without `$batch` (next pages always go in a batch).
    async fn alone(&self, job: &Job) -> Outcome {
        match job {
            Job::Start => Outcome::Item(match self.start() {
                (drive, Some(id)) => {
                    self.one(item_endpoints::get_item_drive(drive, id).select(ITEM_FIELDS))
                        .await
                }
                (drive, None) => {
                    self.one(item_endpoints::get_root_drive(drive).select(ITEM_FIELDS))
                        .await
                }
            }),
            Job::Children(node, _) if node.is_root => Outcome::Children(
                self.one(
                    item_endpoints::list_root_children_drive(&node.within).select(ITEM_FIELDS),
                )
                .await,
            ),
            Job::Children(node, _) => Outcome::Children(
                self.one(
                    item_endpoints::list_children_drive(&node.within, &node.id).select(ITEM_FIELDS),
                )
                .await,
            ),
            Job::Permissions(node, _) => Outcome::Permissions(
                self.one(permission_endpoints::drive_item::list(
                    &node.within,
                    &node.id,
                ))
                .await,
            ),
            Job::Delete(node, permission) => Outcome::Deleted(
                self.one(permission_endpoints::drive_item::delete(
                    &node.within,
                    &node.id,
                    permission,
                ))
                .await,
            ),
        }
    }

    async fn one<O: Operation, C: PathCaller>(
        &self,
        request: Request<O, C>,
    ) -> Result<O::Output, Error>
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

fn take(results: &mut BatchResults, slot: Slot) -> Outcome {
    match slot {
        Slot::Item(h) => Outcome::Item(results.take(h).map(|r| r.into_value())),
        Slot::Root(h) => Outcome::Item(results.take(h).map(|r| r.into_value())),
        Slot::Children(h) => Outcome::Children(results.take(h).map(|r| r.into_value())),
        Slot::RootChildren(h) => Outcome::Children(results.take(h).map(|r| r.into_value())),
        Slot::Permissions(h) => Outcome::Permissions(results.take(h).map(|r| r.into_value())),
        Slot::Delete(h) => Outcome::Deleted(results.take(h).map(|r| r.into_value())),
    }
}

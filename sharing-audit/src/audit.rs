//! The audit: walks the folder tree under an item, lists the permissions of every item, and
//! writes a record for each as soon as it arrives. Calls go in `$batch`es of up to 20, several
//! batches in flight; next pages are fetched in later batches.

use std::collections::{HashSet, VecDeque};
use std::io;
use std::sync::Arc;

use futures_util::stream::{FuturesUnordered, StreamExt};
use graph_permissions::endpoints as permission_endpoints;
use graph_permissions::models::Permission;
use graph_permissions::operations::drive_item::{Delete, List};
use graph_permissions::rt::{
    ApiVersion, Batch, BatchResults, Client, Error, Handle, Page, Response,
};

use crate::api::drive::endpoints as item_endpoints;
use crate::api::drive::models::{DriveItem, DriveItemField};
use crate::api::drive::operations::{GetItem, GetRoot, ListChildren, ListRootChildren};
use crate::output::Sink;
use crate::record::{ErrorDetail, ErrorRecord, PermissionRecord};

/// What to audit, and how.
#[derive(Clone, Debug)]
pub struct Options {
    pub drive: String,
    /// The item whose tree is audited; the drive's root when `None`.
    pub item: Option<String>,
    pub version: ApiVersion,
    /// Calls in flight at once.
    pub concurrency: usize,
    /// `false`: one request per HTTP call, without `$batch` (the baseline of the benchmark).
    pub batching: bool,
    pub removal: Option<Removal>,
}

/// `--remove-anonymous`.
#[derive(Clone, Copy, Debug)]
pub struct Removal {
    /// Only links without an expiration date.
    pub only_without_expiry: bool,
    /// Delete; otherwise only say what would be deleted.
    pub apply: bool,
}

/// What the audit found and did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Items found in the tree, the audited item included.
    pub items: u64,
    /// Items whose every permission was listed.
    pub audited: u64,
    pub permissions: u64,
    pub anonymous_links: u64,
    pub organization_links: u64,
    pub users_links: u64,
    /// Distinct external recipients (by email, or name without one).
    pub external_recipients: u64,
    /// Error records: items (or folders' children) that could not be listed.
    pub errors: u64,
    pub would_delete: u64,
    pub deleted: u64,
    pub delete_failures: u64,
}

impl Summary {
    /// Everything audited, every deletion done.
    pub fn complete(&self) -> bool {
        self.errors == 0 && self.delete_failures == 0
    }
}

/// Something the caller may show as it happens.
pub enum Event<'a> {
    /// `found` items so far, `audited` of them done.
    Progress { found: u64, audited: u64 },
    /// A line about a removal: planned, done or failed.
    Removal(&'a str),
}

/// An item of the tree.
struct Node {
    id: String,
    path: String,
    /// The drive's root reached as `/root` (its children are listed through `/root/children`).
    is_root: bool,
}

enum Job {
    Start,
    Children(Arc<Node>, Option<String>),
    Permissions(Arc<Node>, Option<String>),
    Delete(Arc<Node>, String),
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

enum Outcome {
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

/// Runs the audit, writing records to `sink`.
pub async fn run(
    client: &Client,
    options: &Options,
    sink: &mut Sink,
    events: &mut dyn FnMut(Event<'_>),
) -> io::Result<Summary> {
    let caller = Caller { client, options };
    let mut state = State {
        options,
        sink,
        events,
        summary: Summary::default(),
        external: HashSet::new(),
        urgent: VecDeque::new(),
        walk: VecDeque::from([Job::Start]),
    };
    let per_call = if options.batching { 20 } else { 1 };
    let mut in_flight = FuturesUnordered::new();
    loop {
        while in_flight.len() < options.concurrency.max(1) {
            let jobs = state.next_jobs(per_call);
            if jobs.is_empty() {
                break;
            }
            in_flight.push(caller.call(jobs));
        }
        let Some(done) = in_flight.next().await else {
            break;
        };
        for (job, outcome) in done {
            state.settle(job, outcome)?;
        }
    }
    Ok(state.summary)
}

/// Sends jobs; holds nothing mutable, so that calls can be in flight together.
struct Caller<'a> {
    client: &'a Client,
    options: &'a Options,
}

impl Caller<'_> {
    async fn call(&self, jobs: Vec<Job>) -> Vec<(Job, Outcome)> {
        if !self.options.batching && jobs.len() == 1 && !is_next_page(&jobs[0]) {
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

    fn add(&self, batch: &mut Batch, job: &Job) -> Result<Slot, graph_permissions::rt::BatchError> {
        let (drive, version) = (self.options.drive.as_str(), self.options.version);
        Ok(match job {
            Job::Start => match &self.options.item {
                Some(id) => Slot::Item(batch.add_to(
                    version,
                    item_endpoints::get_item_drive(drive, id).select(ITEM_FIELDS),
                )?),
                None => Slot::Root(batch.add_to(
                    version,
                    item_endpoints::get_root_drive(drive).select(ITEM_FIELDS),
                )?),
            },
            Job::Children(_, Some(link)) => Slot::Children(batch.add_next_page(link)?),
            Job::Children(node, None) if node.is_root => Slot::RootChildren(batch.add_to(
                version,
                item_endpoints::list_root_children_drive(drive).select(ITEM_FIELDS),
            )?),
            Job::Children(node, None) => Slot::Children(batch.add_to(
                version,
                item_endpoints::list_children_drive(drive, &node.id).select(ITEM_FIELDS),
            )?),
            Job::Permissions(_, Some(link)) => Slot::Permissions(batch.add_next_page(link)?),
            Job::Permissions(node, None) => Slot::Permissions(batch.add_to(
                version,
                permission_endpoints::drive_item::list(drive, &node.id),
            )?),
            Job::Delete(node, permission) => Slot::Delete(batch.add_to(
                version,
                permission_endpoints::drive_item::delete(drive, &node.id, permission),
            )?),
        })
    }

    /// One job as its own HTTP request, without `$batch`.
    async fn alone(&self, job: &Job) -> Outcome {
        let (client, drive, version) = (
            self.client,
            self.options.drive.as_str(),
            self.options.version,
        );
        match job {
            Job::Start => Outcome::Item(match &self.options.item {
                Some(id) => client
                    .send_to(
                        version,
                        item_endpoints::get_item_drive(drive, id).select(ITEM_FIELDS),
                    )
                    .await
                    .map(Response::into_value),
                None => client
                    .send_to(
                        version,
                        item_endpoints::get_root_drive(drive).select(ITEM_FIELDS),
                    )
                    .await
                    .map(Response::into_value),
            }),
            Job::Children(node, _) if node.is_root => Outcome::Children(
                client
                    .send_to(
                        version,
                        item_endpoints::list_root_children_drive(drive).select(ITEM_FIELDS),
                    )
                    .await
                    .map(Response::into_value),
            ),
            Job::Children(node, _) => Outcome::Children(
                client
                    .send_to(
                        version,
                        item_endpoints::list_children_drive(drive, &node.id).select(ITEM_FIELDS),
                    )
                    .await
                    .map(Response::into_value),
            ),
            Job::Permissions(node, _) => Outcome::Permissions(
                client
                    .send_to(
                        version,
                        permission_endpoints::drive_item::list(drive, &node.id),
                    )
                    .await
                    .map(Response::into_value),
            ),
            Job::Delete(node, permission) => Outcome::Deleted(
                client
                    .send_to(
                        version,
                        permission_endpoints::drive_item::delete(drive, &node.id, permission),
                    )
                    .await
                    .map(Response::into_value),
            ),
        }
    }
}

/// `/Folder/name`; `/name` under the root.
fn child_path(parent: &str, name: &str) -> String {
    match parent {
        "/" => format!("/{name}"),
        parent => format!("{parent}/{name}"),
    }
}

/// The audited item's path from the drive's root: its parent's `path` (`/drive/root:/A%20B`,
/// percent-encoded) without the drive part, and its name; `/` for the root.
fn path_from_root(item: &DriveItem) -> String {
    let parent = item
        .parent_reference
        .as_ref()
        .and_then(|p| p.path.as_deref())
        .and_then(|p| p.split_once(':'))
        .map(|(_, rest)| percent_encoding::percent_decode_str(rest).decode_utf8_lossy());
    match (parent, item.name.as_deref()) {
        (Some(parent), Some(name)) => {
            child_path(if parent.is_empty() { "/" } else { &parent }, name)
        }
        _ => "/".to_owned(),
    }
}

fn is_next_page(job: &Job) -> bool {
    matches!(
        job,
        Job::Children(_, Some(_)) | Job::Permissions(_, Some(_))
    )
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

/// What the audit knows: the jobs to do and the counts so far.
struct State<'a> {
    options: &'a Options,
    sink: &'a mut Sink,
    events: &'a mut dyn FnMut(Event<'_>),
    summary: Summary,
    external: HashSet<String>,
    /// Permission listings and deletions: done first, so that few items wait in memory.
    urgent: VecDeque<Job>,
    /// Children listings.
    walk: VecDeque<Job>,
}

impl State<'_> {
    fn next_jobs(&mut self, n: usize) -> Vec<Job> {
        let mut jobs = Vec::with_capacity(n);
        while jobs.len() < n {
            match self.urgent.pop_front().or_else(|| self.walk.pop_front()) {
                Some(job) => jobs.push(job),
                None => break,
            }
        }
        jobs
    }

    fn settle(&mut self, job: Job, outcome: Outcome) -> io::Result<()> {
        match (job, outcome) {
            (Job::Start, Outcome::Item(Ok(item))) => {
                let node = Node {
                    id: item.id.clone().unwrap_or_default(),
                    path: path_from_root(&item),
                    is_root: self.options.item.is_none(),
                };
                self.found(node, item.folder.is_some());
            }
            (Job::Children(parent, _), Outcome::Children(Ok(page))) => {
                for child in page.value {
                    let name = child.name.as_deref().unwrap_or_default();
                    let path = child_path(&parent.path, name);
                    let node = Node {
                        id: child.id.clone().unwrap_or_default(),
                        path,
                        is_root: false,
                    };
                    self.found(node, child.folder.is_some());
                }
                if let Some(next) = page.next_link {
                    self.walk.push_back(Job::Children(parent, Some(next)));
                }
            }
            (Job::Permissions(node, _), Outcome::Permissions(Ok(page))) => {
                for permission in &page.value {
                    self.permission(
                        &node,
                        PermissionRecord::new(&node.id, &node.path, permission),
                    )?;
                }
                match page.next_link {
                    Some(next) => self.urgent.push_back(Job::Permissions(node, Some(next))),
                    None => {
                        self.summary.audited += 1;
                        self.progress();
                    }
                }
            }
            (Job::Delete(node, permission), Outcome::Deleted(result)) => {
                let line = match result {
                    Ok(()) => {
                        self.summary.deleted += 1;
                        format!(
                            "deleted anonymous link {permission} on {} ({})",
                            node.path, node.id
                        )
                    }
                    Err(error) => {
                        self.summary.delete_failures += 1;
                        format!(
                            "could not delete anonymous link {permission} on {} ({}): {error}",
                            node.path, node.id
                        )
                    }
                };
                (self.events)(Event::Removal(&line));
            }
            (job, outcome) => self.failed(job, outcome)?,
        }
        Ok(())
    }

    fn found(&mut self, node: Node, is_folder: bool) {
        let node = Arc::new(node);
        self.summary.items += 1;
        self.urgent.push_back(Job::Permissions(node.clone(), None));
        if is_folder {
            self.walk.push_back(Job::Children(node, None));
        }
        self.progress();
    }

    fn permission(&mut self, node: &Arc<Node>, record: PermissionRecord) -> io::Result<()> {
        self.sink.permission(&record)?;
        let s = &mut self.summary;
        s.permissions += 1;
        match record.link_scope.as_deref() {
            Some("anonymous") => s.anonymous_links += 1,
            Some("organization") => s.organization_links += 1,
            Some("users") => s.users_links += 1,
            _ => {}
        }
        for grantee in record.granted_to.iter().filter(|g| g.external) {
            let key = grantee
                .email
                .clone()
                .or_else(|| grantee.display_name.clone());
            if key.is_some_and(|k| self.external.insert(k)) {
                s.external_recipients += 1;
            }
        }
        let Some(removal) = self.options.removal else {
            return Ok(());
        };
        let removable = record.is_own_anonymous_link()
            && (!removal.only_without_expiry || record.expiration_date_time.is_none());
        let Some(id) = record.permission_id.filter(|_| removable) else {
            return Ok(());
        };
        if removal.apply {
            self.urgent.push_front(Job::Delete(node.clone(), id));
        } else {
            self.summary.would_delete += 1;
            let line = format!(
                "would delete anonymous link {id} on {} ({})",
                node.path, node.id
            );
            (self.events)(Event::Removal(&line));
        }
        Ok(())
    }

    /// An error record for a listing that failed; the audit goes on.
    fn failed(&mut self, job: Job, outcome: Outcome) -> io::Result<()> {
        let (item_id, item_path, during) = match &job {
            Job::Start => (
                self.options
                    .item
                    .clone()
                    .unwrap_or_else(|| "root".to_owned()),
                "/".to_owned(),
                "get the item",
            ),
            Job::Children(node, _) => (node.id.clone(), node.path.clone(), "list children"),
            Job::Permissions(node, _) => (node.id.clone(), node.path.clone(), "list permissions"),
            Job::Delete(node, _) => (node.id.clone(), node.path.clone(), "delete a permission"),
        };
        let error = match outcome {
            Outcome::Item(Err(e)) | Outcome::Children(Err(e)) | Outcome::Permissions(Err(e)) => {
                ErrorDetail::new(&e, during)
            }
            Outcome::Refused(message) => ErrorDetail {
                status: None,
                code: None,
                request_id: None,
                message,
                during,
            },
            _ => ErrorDetail {
                status: None,
                code: None,
                request_id: None,
                message: "the answer does not fit the request".to_owned(),
                during,
            },
        };
        self.summary.errors += 1;
        self.sink.error(&ErrorRecord {
            item_id,
            item_path,
            error,
        })?;
        self.progress();
        Ok(())
    }

    fn progress(&mut self) {
        let (found, audited) = (self.summary.items, self.summary.audited);
        (self.events)(Event::Progress { found, audited });
    }
}

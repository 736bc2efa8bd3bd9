//! What the audit knows: the jobs still to do, the counts so far; and what each answer adds
//! to it (records, new jobs, or the failure that stops the run).

use std::collections::{HashSet, VecDeque};
use std::io;
use std::sync::Arc;

use super::jobs::{Job, Node, Outcome};
use super::{Event, Failure, Options, Summary, Target};
use graph_permissions::models::Permission;
use graph_permissions::rt::{Error, Page};

use crate::api::drive::models::{Drive, DriveItem, List};
use crate::output::Sink;
use crate::record::{ErrorDetail, ErrorRecord, PermissionRecord, Scope};

/// What the audit knows: the jobs to do and the counts so far.
pub(crate) struct State<'a> {
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

impl<'a> State<'a> {
    pub(crate) fn new(
        options: &'a Options,
        sink: &'a mut Sink,
        events: &'a mut dyn FnMut(Event<'_>),
        walk: VecDeque<Job>,
    ) -> Self {
        Self {
            options,
            sink,
            events,
            summary: Summary::default(),
            external: HashSet::new(),
            urgent: VecDeque::new(),
            walk,
        }
    }

    pub(crate) fn into_summary(self) -> Summary {
        self.summary
    }

    pub(crate) fn next_jobs(&mut self, n: usize) -> Vec<Job> {
        let mut jobs = Vec::with_capacity(n);
        while jobs.len() < n {
            match self.urgent.pop_front().or_else(|| self.walk.pop_front()) {
                Some(job) => jobs.push(job),
                None => break,
            }
        }
        jobs
    }

    /// What an answer adds; `Err` when it stops the run.
    pub(crate) fn settle(&mut self, job: Job, outcome: Outcome) -> Result<(), Failure> {
        match (job, outcome) {
            (Job::Start, Outcome::Item(Ok(item))) => {
                let (drive, is_root) = match &self.options.target {
                    Target::Drive { drive, item } => (drive.as_str(), item.is_none()),
                    Target::Site(_) => ("", false),
                };
                self.item(drive.into(), item, is_root)
            }
            (Job::Start, Outcome::Drive(Ok(drive))) => self.site(drive),
            (Job::Start, outcome) => return Err(self.cannot_start(outcome)),
            (Job::Root(drive), Outcome::Item(Ok(item))) => self.item(drive, item, true),
            (Job::Lists(site, _), Outcome::Lists(Ok(page))) => self.lists(site, page),
            (Job::Children(parent, _), Outcome::Children(Ok(page))) => self.children(parent, page),
            (Job::Permissions(node, _), Outcome::Permissions(Ok(page))) => {
                self.permissions(node, page)?
            }
            (Job::Delete(node, permission), Outcome::Deleted(result)) => {
                self.deleted(&node, &permission, result)
            }
            (job, outcome) => self.failed(job, outcome)?,
        }
        Ok(())
    }

    /// The item the audit starts at (or the root of the site's drive).
    fn item(&mut self, drive: Arc<str>, item: DriveItem, is_root: bool) {
        let node = Node {
            scope: Scope::Item,
            within: drive,
            id: item.id.clone().unwrap_or_default(),
            path: path_from_root(&item),
            is_root,
        };
        self.found(node, item.folder.is_some());
    }

    /// A site's default drive: the site's grants are listed first, then its lists, then the
    /// drive's tree from its root.
    fn site(&mut self, drive: Drive) {
        let Target::Site(site) = &self.options.target else {
            return;
        };
        let site: Arc<str> = site.as_str().into();
        let node = Node {
            scope: Scope::Site,
            within: site.clone(),
            id: site.to_string(),
            path: String::new(),
            is_root: false,
        };
        self.urgent
            .push_back(Job::Permissions(Arc::new(node), None));
        self.walk.push_back(Job::Lists(site, None));
        let drive = drive.id.unwrap_or_default();
        self.walk.push_back(Job::Root(drive.as_str().into()));
    }

    /// A page of the site's lists: the permissions of each are listed.
    fn lists(&mut self, site: Arc<str>, page: Page<List>) {
        for list in page.value {
            self.summary.lists += 1;
            let node = Node {
                scope: Scope::List,
                within: site.clone(),
                id: list.id.clone().unwrap_or_default(),
                path: list.display_name.or(list.name).unwrap_or_default(),
                is_root: false,
            };
            self.urgent
                .push_back(Job::Permissions(Arc::new(node), None));
        }
        if let Some(next) = page.next_link {
            self.walk.push_back(Job::Lists(site, Some(next)));
        }
    }

    /// A page of a folder's children: each is found, the next page asked for.
    fn children(&mut self, parent: Arc<Node>, page: Page<DriveItem>) {
        for child in page.value {
            let name = child.name.as_deref().unwrap_or_default();
            let node = Node {
                scope: Scope::Item,
                within: parent.within.clone(),
                id: child.id.clone().unwrap_or_default(),
                path: child_path(&parent.path, name),
                is_root: false,
            };
            self.found(node, child.folder.is_some());
        }
        if let Some(next) = page.next_link {
            self.walk.push_back(Job::Children(parent, Some(next)));
        }
    }

    /// A page of a node's permissions: a record each; the node is audited after its last page.
    fn permissions(&mut self, node: Arc<Node>, page: Page<Permission>) -> io::Result<()> {
        for permission in &page.value {
            let record = PermissionRecord::new(node.scope, &node.id, &node.path, permission);
            self.permission(&node, record)?;
        }
        match page.next_link {
            Some(next) => self.urgent.push_back(Job::Permissions(node, Some(next))),
            None if node.scope == Scope::Item => {
                self.summary.audited += 1;
                self.progress();
            }
            None => {}
        }
        Ok(())
    }

    fn deleted(&mut self, node: &Node, permission: &str, result: Result<(), Error>) {
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

    /// The first call failed: what it was for, and why.
    fn cannot_start(&self, outcome: Outcome) -> Failure {
        let during = match &self.options.target {
            Target::Drive {
                drive,
                item: Some(item),
            } => format!("get item {item} of drive {drive}"),
            Target::Drive { drive, item: None } => format!("get the root of drive {drive}"),
            Target::Site(site) => format!("get the default drive of site {site}"),
        };
        let cause = match outcome {
            Outcome::Item(Err(error)) | Outcome::Drive(Err(error)) => error.to_string(),
            Outcome::Refused(message) => message,
            _ => "the answer does not fit the request".to_owned(),
        };
        Failure::CannotStart { during, cause }
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
        match record.scope {
            Scope::Site => s.site_permissions += 1,
            Scope::List => s.list_permissions += 1,
            Scope::Item => {}
        }
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
        let (scope, item_id, item_path, during) = match &job {
            Job::Children(node, _) => (
                node.scope,
                node.id.clone(),
                node.path.clone(),
                "list children",
            ),
            Job::Permissions(node, _) => (
                node.scope,
                node.id.clone(),
                node.path.clone(),
                "list permissions",
            ),
            Job::Delete(node, _) => (
                node.scope,
                node.id.clone(),
                node.path.clone(),
                "delete a permission",
            ),
            Job::Root(drive) => (
                Scope::Item,
                drive.to_string(),
                "/".to_owned(),
                "get the root",
            ),
            Job::Lists(site, _) => (
                Scope::Site,
                site.to_string(),
                String::new(),
                "list the lists",
            ),
            // Not reached: a failed start stops the run (`cannot_start`).
            Job::Start => (Scope::Item, String::new(), "/".to_owned(), "get the item"),
        };
        let error = match outcome {
            Outcome::Item(Err(e))
            | Outcome::Children(Err(e))
            | Outcome::Lists(Err(e))
            | Outcome::Permissions(Err(e)) => ErrorDetail::new(&e, during),
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
            scope,
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

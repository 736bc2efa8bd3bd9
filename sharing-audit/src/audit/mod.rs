//! The audit: walks the folder tree under an item, lists the permissions of every item, and
//! writes a record for each as soon as it arrives; for a site, also the site's application
//! grants and the permissions of each of its lists, and the tree of its default drive. Calls
//! go in `$batch`es of up to 20, several batches in flight; next pages are fetched in later
//! batches.
//!
//! A run whose first call fails (the drive, site or item does not exist, Graph cannot be
//! reached, the token is refused) stops with [`Failure::CannotStart`]; any later failure is an
//! error record, and the audit goes on.

mod jobs;
mod state;

use std::collections::VecDeque;
use std::fmt;
use std::io;

use futures_util::stream::{FuturesUnordered, StreamExt};
use graph_permissions::rt::{ApiVersion, Client};

use crate::output::Sink;
use jobs::{Caller, Job};
use state::State;

/// What to audit, and how.
#[derive(Clone, Debug)]
pub struct Options {
    pub target: Target,
    pub version: ApiVersion,
    /// Calls in flight at once.
    pub concurrency: usize,
    /// `false`: one request per HTTP call, without `$batch` (the baseline of the benchmark).
    pub batching: bool,
    pub removal: Option<Removal>,
}

/// Where the audit looks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// The tree under an item of a drive (the root when `item` is `None`).
    Drive { drive: String, item: Option<String> },
    /// A site: its application grants, its lists, and the tree of its default drive.
    Site(String),
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
    /// Every permission: of items, lists and the site.
    pub permissions: u64,
    /// The site's permissions: its application grants (`--site`).
    pub site_permissions: u64,
    /// The site's lists (`--site`), and their permissions.
    pub lists: u64,
    pub list_permissions: u64,
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

/// Why an audit stopped before its end.
#[derive(Debug)]
pub enum Failure {
    /// The first call failed, so nothing could be audited: the drive, site or item does not
    /// exist, Graph cannot be reached, or the token is refused.
    CannotStart {
        /// What the first call was for, e.g. `get the root of drive b!x`.
        during: String,
        /// Why it failed, as the client says it.
        cause: String,
    },
    /// Records could not be written.
    Write(io::Error),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::CannotStart { during, cause } => {
                write!(f, "cannot start: could not {during}: {cause}")
            }
            Failure::Write(error) => write!(f, "cannot write records: {error}"),
        }
    }
}

impl std::error::Error for Failure {}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        Failure::Write(error)
    }
}

/// Runs the audit, writing records to `sink`.
pub async fn run(
    client: &Client,
    options: &Options,
    sink: &mut Sink,
    events: &mut dyn FnMut(Event<'_>),
) -> Result<Summary, Failure> {
    let caller = Caller { client, options };
    let mut state = State::new(options, sink, events, VecDeque::from([Job::Start]));
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
    Ok(state.into_summary())
}

//! A Microsoft Graph emulator on loopback, for tests and benchmarks: a synthetic drive
//! ([`drive`]) in a site ([`places`]), served through every endpoint of the permission spec
//! (routed from the generated operation metadata, [`unhandled_operations`] says which have no
//! handler), the calls that walk a drive and `$batch`, with a latency per HTTP request,
//! throttling above a request rate, injected faults, and counters of what it saw.

mod answer;
mod auth;
mod batch;
mod body;
mod call;
pub mod drive;
mod handlers;
pub mod places;
mod rate;
mod router;
mod routes;
mod store;

use std::collections::HashSet;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

pub use drive::{Drive, DRIVE_ID, ROOT_ID};
pub use places::{DOCUMENTS_LIST_ID, GROUP_ID, SITE_ID, USER_EMAIL, USER_ID};
pub use rate::Throttling;
pub use router::unhandled_operations;

/// What the emulator serves and how it behaves.
#[derive(Clone, Debug)]
pub struct Config {
    pub drive: Drive,
    /// Children per page of a children listing (`@odata.nextLink` for the rest).
    pub page_size: usize,
    /// Added to every HTTP request (a `$batch` is one) before it is answered.
    pub latency: Duration,
    pub throttling: Option<Throttling>,
    /// Item ids whose permission listing answers 403 accessDenied.
    pub failing_items: Vec<String>,
    /// Paths (without version and query) answered 429 with `Retry-After: 1` the first time.
    pub throttle_once: Vec<String>,
    /// Item ids whose permission listing carries this many bytes of padding.
    pub padded_items: Vec<(String, usize)>,
}

impl Config {
    /// A drive of `items` items, 10 children per folder, 100 per page, no latency.
    pub fn new(items: usize) -> Self {
        Self {
            drive: Drive { items, fanout: 10 },
            page_size: 100,
            latency: Duration::ZERO,
            throttling: None,
            failing_items: Vec::new(),
            throttle_once: Vec::new(),
            padded_items: Vec::new(),
        }
    }
}

/// What the emulator saw.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    /// HTTP requests (a `$batch` is one).
    pub requests: u64,
    /// `$batch` calls.
    pub batches: u64,
    /// Requests inside `$batch` calls.
    pub sub_requests: u64,
    /// The most HTTP requests in flight at once.
    pub max_in_flight: u64,
    /// 429 answers, inside batches or not.
    pub throttled: u64,
    /// HTTP requests that arrived while a `Retry-After` pause was in force (after a grace
    /// of 25 ms for requests already on their way when the 429 left).
    pub during_pause: u64,
    /// Permissions deleted.
    pub deletes: u64,
}

/// The shared state of a running emulator.
pub(crate) struct State {
    pub(crate) config: Config,
    pub(crate) base_url: String,
    pub(crate) rate: rate::Rate,
    store: Mutex<store::Store>,
    pub(crate) throttled_once: Mutex<HashSet<String>>,
    requests: AtomicU64,
    pub(crate) batches: AtomicU64,
    pub(crate) sub_requests: AtomicU64,
    in_flight: AtomicU64,
    max_in_flight: AtomicU64,
    pub(crate) throttled: AtomicU64,
    pub(crate) deletes: AtomicU64,
}

impl State {
    /// What calls changed, locked.
    pub(crate) fn store(&self) -> std::sync::MutexGuard<'_, store::Store> {
        self.store.lock().unwrap()
    }
}

/// A running emulator; it stops when dropped.
pub struct Emulator {
    state: Arc<State>,
    addr: SocketAddr,
    server: tokio::task::JoinHandle<()>,
}

impl Emulator {
    /// Serves `config` on a free loopback port.
    pub async fn start(config: Config) -> std::io::Result<Self> {
        Self::start_on(config, 0).await
    }

    /// Serves `config` on a given loopback port (0: any free one).
    pub async fn start_on(config: Config, port: u16) -> std::io::Result<Self> {
        let listener = TcpListener::bind(("127.0.0.1", port)).await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(State {
            rate: rate::Rate::new(config.throttling),
            config,
            base_url: format!("http://{addr}"),
            store: Mutex::new(store::Store::default()),
            throttled_once: Mutex::new(HashSet::new()),
            requests: AtomicU64::new(0),
            batches: AtomicU64::new(0),
            sub_requests: AtomicU64::new(0),
            in_flight: AtomicU64::new(0),
            max_in_flight: AtomicU64::new(0),
            throttled: AtomicU64::new(0),
            deletes: AtomicU64::new(0),
        });
        let server = tokio::spawn(serve(listener, state.clone()));
        Ok(Self {
            state,
            addr,
            server,
        })
    }

    /// `http://127.0.0.1:PORT`, for `ClientBuilder::base_url`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn config(&self) -> &Config {
        &self.state.config
    }

    pub fn counters(&self) -> Counters {
        let s = &*self.state;
        Counters {
            requests: s.requests.load(Ordering::Relaxed),
            batches: s.batches.load(Ordering::Relaxed),
            sub_requests: s.sub_requests.load(Ordering::Relaxed),
            max_in_flight: s.max_in_flight.load(Ordering::Relaxed),
            throttled: s.throttled.load(Ordering::Relaxed),
            during_pause: s.rate.during_pause(),
            deletes: s.deletes.load(Ordering::Relaxed),
        }
    }

    /// The permissions deleted so far, as (item id, permission id), sorted.
    pub fn deleted(&self) -> Vec<(String, String)> {
        let store = self.state.store();
        let mut out: Vec<_> = store
            .deleted
            .iter()
            .map(|(item, id)| (self.state.config.drive.id(*item), id.clone()))
            .collect();
        out.sort();
        out
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.server.abort();
    }
}

async fn serve(listener: TcpListener, state: Arc<State>) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let state = state.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request| {
                let state = state.clone();
                async move { Ok::<_, Infallible>(handle(&state, request).await) }
            });
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// One HTTP request: counted, delayed by the latency, answered.
async fn handle(state: &State, request: hyper::Request<Incoming>) -> hyper::Response<Full<Bytes>> {
    state.requests.fetch_add(1, Ordering::Relaxed);
    let now = state.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
    state.max_in_flight.fetch_max(now, Ordering::SeqCst);
    // Counted on arrival; answered after the latency, so that a pause a 429 begins starts
    // when the 429 leaves.
    let paused = state.rate.arrived();
    if !state.config.latency.is_zero() {
        tokio::time::sleep(state.config.latency).await;
    }
    let answer = match paused {
        true => routes::throttled(state, state.rate.remaining_secs()),
        false => answer(state, request).await,
    };
    state.in_flight.fetch_sub(1, Ordering::SeqCst);
    let mut response = hyper::Response::builder().status(answer.status);
    for (name, value) in &answer.headers {
        response = response.header(name.as_str(), value.as_str());
    }
    response
        .body(Full::new(Bytes::from(answer.body)))
        .expect("valid response parts")
}

async fn answer(state: &State, request: hyper::Request<Incoming>) -> answer::Answer {
    let (parts, body) = request.into_parts();
    let authorization = parts
        .headers
        .get("authorization")
        .and_then(|v| v.to_str().ok());
    let claims = match auth::read(authorization) {
        Ok(claims) => claims,
        Err(refused) => return refused,
    };
    let body = match body.collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => return answer::error(400, "BadRequest", "The body could not be read."),
    };
    let target = parts
        .uri
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    let headers: Vec<(String, String)> = parts
        .headers
        .iter()
        .filter_map(|(name, value)| {
            Some((name.as_str().to_owned(), value.to_str().ok()?.to_owned()))
        })
        .collect();
    let incoming = routes::Incoming {
        method: parts.method.as_str(),
        target: &target,
        headers: &headers,
        body: &body,
    };
    routes::route(state, &incoming, claims.as_ref(), true)
}

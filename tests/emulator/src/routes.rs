//! One request, from its target to its answer: the version, `$batch`, throttling, the route
//! ([`crate::router`]), the token's claims against the operation, and the handler.

use std::sync::atomic::Ordering;

use graph_permissions::rt::{ApiVersion, TokenClaims};

use crate::answer::{error, Answer};
use crate::call::{Call, Query};
use crate::router::{self, Found, Target};
use crate::{auth, batch, State};

/// A request as it arrived (alone, or inside a batch).
pub(crate) struct Incoming<'a> {
    pub(crate) method: &'a str,
    /// The path and query, e.g. `/v1.0/drives/d/root?$select=id`.
    pub(crate) target: &'a str,
    /// Header names in lower case.
    pub(crate) headers: &'a [(String, String)],
    pub(crate) body: &'a [u8],
}

pub(crate) fn throttled(state: &State, retry_after: u64) -> Answer {
    state.throttled.fetch_add(1, Ordering::Relaxed);
    error(
        429,
        "TooManyRequests",
        "Please retry after the time in Retry-After.",
    )
    .header("retry-after", retry_after.to_string())
}

/// One request (`top` when it is an HTTP request, not one inside a batch), made with a token
/// whose claims are `claims` (`None` for an opaque token).
pub(crate) fn route(
    state: &State,
    request: &Incoming,
    claims: Option<&TokenClaims>,
    top: bool,
) -> Answer {
    let target = request.target;
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let (version, rest) = match (path.strip_prefix("/v1.0"), path.strip_prefix("/beta")) {
        (Some(rest), _) => (ApiVersion::V1_0, rest),
        (_, Some(rest)) => (ApiVersion::Beta, rest),
        _ => {
            return error(
                400,
                "BadRequest",
                "Invalid version: expected /v1.0 or /beta.",
            )
        }
    };
    if rest == "/$batch" {
        return match (request.method, top) {
            ("POST", true) => batch::run(state, version, request.body, claims),
            _ => error(400, "BadRequest", "$batch is a POST, and cannot be nested."),
        };
    }
    let once = state.config.throttle_once.iter().any(|p| p == rest)
        && state.throttled_once.lock().unwrap().insert(rest.to_owned());
    if once {
        return throttled(state, 1);
    }
    if let Some(retry_after) = state.rate.take() {
        return throttled(state, retry_after);
    }
    let call = Call {
        state,
        version,
        path: rest,
        params: Vec::new(),
        query: Query::parse(query),
        headers: request.headers,
        body: request.body,
        operation: None,
    };
    dispatch(call, request.method, claims)
}

/// The routed request, answered by its handler once its version and the token allow it.
fn dispatch(mut call: Call, method: &str, claims: Option<&TokenClaims>) -> Answer {
    let (version, rest) = (call.version, call.path);
    let (route, params) = match router::find(method, rest) {
        Found::Route(route, params) => (route, params),
        Found::WrongMethod => {
            return error(
                405,
                "invalidRequest",
                "The method is not allowed on this resource.",
            )
        }
        Found::Unknown(segment) => {
            return error(
                400,
                "BadRequest",
                &format!("Resource not found for the segment '{segment}'."),
            )
        }
    };
    call.params = params;
    let handler = match route.target {
        Target::Walk(handler) => handler,
        Target::Operation {
            meta,
            endpoint,
            handler,
        } => {
            if !meta.versions.contains(&version) {
                return error(
                    400,
                    "BadRequest",
                    &format!(
                        "Resource not found for the segment '{}': `{}` is not in {version}.",
                        rest.rsplit('/').next().unwrap_or_default(),
                        meta.qualified_name
                    ),
                );
            }
            if let Some(refused) = claims.and_then(|c| auth::allows(c, meta, endpoint).err()) {
                return refused;
            }
            call.operation = Some((meta, endpoint));
            let Some(handler) = handler else {
                return error(
                    501,
                    "notImplemented",
                    &format!("The emulator has no handler for `{}`.", meta.qualified_name),
                );
            };
            handler
        }
    };
    handler(&call).unwrap_or_else(|answer| answer)
}

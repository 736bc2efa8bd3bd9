//! The bearer token, as Graph checks it. Any non-empty token is accepted; a JWT is read (not
//! verified, as the emulator has no keys): an expired one (`exp` in the past) is refused with
//! 401, and its `scp` (delegated) or `roles` (application) claim must allow the operation by
//! the spec's permission table, or the call is refused with 403 — and an application token on
//! a `/me` path with 400, as Graph does.

use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine;
use graph_permissions::rt::{Endpoint, OperationMeta, TokenClaims};

use crate::answer::{denied, error, Answer};

/// What the `Authorization` header says: the claims of a JWT, `None` for an opaque token.
pub(crate) fn read(authorization: Option<&str>) -> Result<Option<TokenClaims>, Answer> {
    let token = authorization
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let Some(token) = token else {
        return Err(error(
            401,
            "InvalidAuthenticationToken",
            "Access token is empty.",
        ));
    };
    if expired(token) {
        return Err(error(
            401,
            "InvalidAuthenticationToken",
            "Lifetime validation failed, the token is expired.",
        ));
    }
    Ok(TokenClaims::decode(token))
}

/// Whether the claims allow the operation through the endpoint.
pub(crate) fn allows(
    claims: &TokenClaims,
    meta: &OperationMeta,
    endpoint: &Endpoint,
) -> Result<(), Answer> {
    if let Err(refusal) = claims.check_endpoint(meta, endpoint) {
        return Err(match refusal.through {
            Some(_) => error(
                400,
                "BadRequest",
                "/me request is only valid with delegated authentication flow.",
            ),
            None => denied(&format!(
                "`{}` takes application permissions only; the token is delegated.",
                meta.qualified_name
            )),
        });
    }
    claims.check(meta).map_err(|hint| {
        denied(&format!(
            "Either scp or roles claim need to be present in the token and allow the call: {hint}."
        ))
    })
}

/// A JWT whose `exp` (seconds since the epoch) has passed.
fn expired(token: &str) -> bool {
    let Some(payload) = token.split('.').nth(1) else {
        return false;
    };
    let Ok(bytes) =
        base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload.trim_end_matches('='))
    else {
        return false;
    };
    let exp = serde_json::from_slice::<serde_json::Value>(&bytes)
        .ok()
        .and_then(|claims| claims.get("exp").and_then(serde_json::Value::as_u64));
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    exp.is_some_and(|exp| exp <= now)
}

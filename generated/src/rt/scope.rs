//! Which permission scopes an operation needs, per permission type.

use std::fmt;

/// How an application is authorized to call Microsoft Graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PermissionType {
    /// Delegated, signed in with a work or school account.
    DelegatedWork,
    /// Delegated, signed in with a personal Microsoft account.
    DelegatedPersonal,
    /// Application permissions, with no signed-in user.
    Application,
}

impl PermissionType {
    /// The three, in the documentation's order.
    pub const ALL: [PermissionType; 3] = [
        PermissionType::DelegatedWork,
        PermissionType::DelegatedPersonal,
        PermissionType::Application,
    ];

    /// The name the Graph documentation uses.
    pub const fn as_str(self) -> &'static str {
        match self {
            PermissionType::DelegatedWork => "Delegated (work or school account)",
            PermissionType::DelegatedPersonal => "Delegated (personal Microsoft account)",
            PermissionType::Application => "Application",
        }
    }
}

impl fmt::Display for PermissionType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An operation's permission table: per permission type, the scopes that allow the call,
/// least privileged first, or `None` when that type cannot make it at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScopeTable {
    /// Delegated, work or school account.
    pub delegated_work: Option<&'static [&'static str]>,
    /// Delegated, personal Microsoft account.
    pub delegated_personal: Option<&'static [&'static str]>,
    /// Application, no signed-in user.
    pub application: Option<&'static [&'static str]>,
}

impl ScopeTable {
    /// The scopes for `ty`, least privileged first; `None` when `ty` is not supported.
    pub const fn get(&self, ty: PermissionType) -> Option<&'static [&'static str]> {
        match ty {
            PermissionType::DelegatedWork => self.delegated_work,
            PermissionType::DelegatedPersonal => self.delegated_personal,
            PermissionType::Application => self.application,
        }
    }

    /// The least privileged scope that allows the call with `ty`.
    pub fn least_privileged(&self, ty: PermissionType) -> Option<&'static str> {
        self.get(ty).and_then(|scopes| scopes.first().copied())
    }
}

/// Why a set of operations cannot be called with a permission type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotSupported {
    /// The operation, e.g. `share.grant` (`grant` in a spec without families).
    pub operation: &'static str,
    /// The permission type that cannot call it.
    pub permission_type: PermissionType,
    /// The path variant that refuses it, e.g. `me`; `None`: the operation refuses it through
    /// every variant (its permission table says "not supported").
    pub through: Option<&'static str>,
}

impl fmt::Display for NotSupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.through {
            None => write!(
                f,
                "`{}` cannot be called with {} permissions (the docs say: not supported)",
                self.operation, self.permission_type
            ),
            Some(variant) => write!(
                f,
                "`{}` through `{variant}` cannot be called with {} permissions: its path names the signed-in user, and an app-only token has none; call it through a variant that names the drive or user",
                self.operation, self.permission_type
            ),
        }
    }
}

impl std::error::Error for NotSupported {}

/// [`minimal_scopes`] for operations called through given endpoints: an endpoint that
/// `permission_type` cannot reach (application permissions on `/me`) is refused too.
pub fn minimal_scopes_through(
    uses: &[(&super::OperationMeta, &super::Endpoint)],
    permission_type: PermissionType,
    privilege: &[&'static str],
) -> Result<ScopePlan, NotSupported> {
    if let Some((op, endpoint)) = uses.iter().find(|(_, e)| !e.allows(permission_type)) {
        return Err(NotSupported {
            operation: op.qualified_name,
            permission_type,
            through: Some(endpoint.variant),
        });
    }
    let operations: Vec<&super::OperationMeta> = uses.iter().map(|(op, _)| *op).collect();
    minimal_scopes(&operations, permission_type, privilege)
}

/// The smallest set of least-privileged scopes that allows a set of operations, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScopePlan {
    /// The permission type the plan is for.
    pub permission_type: PermissionType,
    /// Least privileged first.
    pub scopes: Vec<&'static str>,
    /// For each operation, the scope of the plan that allows it.
    pub reasons: Vec<Reason>,
}

/// How one operation is allowed by a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    /// The operation.
    pub operation: &'static str,
    /// The least privileged scope of the plan that allows the operation.
    pub allowed_by: &'static str,
    /// The plan has no other scope that allows it: this operation is why `allowed_by` is there.
    pub forces: bool,
    /// Every scope that would allow it, least privileged first.
    pub accepts: &'static [&'static str],
}

impl fmt::Display for ScopePlan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}: {}", self.permission_type, self.scopes.join(", "))?;
        for r in &self.reasons {
            let how = if r.forces {
                "needs"
            } else {
                "is also allowed by"
            };
            writeln!(
                f,
                "- `{}` {how} {} (it accepts {})",
                r.operation,
                r.allowed_by,
                r.accepts.join(", ")
            )?;
        }
        Ok(())
    }
}

/// The smallest set of scopes that allows every one of `operations` with `permission_type`:
/// fewest scopes first, then the least privileged ones, by `privilege` (every scope of the
/// spec, least privileged first).
pub fn minimal_scopes(
    operations: &[&super::OperationMeta],
    permission_type: PermissionType,
    privilege: &[&'static str],
) -> Result<ScopePlan, NotSupported> {
    let mut needs: Vec<(&'static str, &'static [&'static str])> = Vec::new();
    for op in operations {
        match op.scopes.get(permission_type) {
            Some(scopes) => needs.push((op.qualified_name, scopes)),
            None => {
                return Err(NotSupported {
                    operation: op.qualified_name,
                    permission_type,
                    through: None,
                })
            }
        }
    }
    let rank = |scope: &str| {
        privilege
            .iter()
            .position(|p| *p == scope)
            .unwrap_or(privilege.len())
    };
    // Every scope some operation accepts, least privileged first.
    let mut candidates: Vec<&'static str> =
        needs.iter().flat_map(|(_, s)| s.iter().copied()).collect();
    candidates.sort_by_key(|s| (rank(s), *s));
    candidates.dedup();
    let covers = |set: &[&'static str]| {
        needs
            .iter()
            .all(|(_, accepts)| accepts.iter().any(|s| set.contains(s)))
    };
    let chosen = if candidates.len() <= 16 {
        // Exhaustive: fewest scopes, then the lowest ranks (compared most privileged first).
        let mut best: Option<(usize, Vec<usize>, Vec<&'static str>)> = None;
        for mask in 1u32..(1 << candidates.len()) {
            let set: Vec<&'static str> = (0..candidates.len())
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| candidates[i])
                .collect();
            if !covers(&set) {
                continue;
            }
            let mut ranks: Vec<usize> = set.iter().map(|s| rank(s)).collect();
            ranks.sort_unstable_by(|a, b| b.cmp(a));
            let key = (set.len(), ranks);
            if best
                .as_ref()
                .is_none_or(|(len, ranks, _)| (key.0, &key.1) < (*len, ranks))
            {
                best = Some((key.0, key.1, set));
            }
        }
        best.map(|(_, _, set)| set).unwrap_or_default()
    } else {
        // Greedy for large universes: each uncovered operation takes its least privileged scope.
        let mut set: Vec<&'static str> = Vec::new();
        for (_, accepts) in &needs {
            if !accepts.iter().any(|s| set.contains(s)) {
                if let Some(first) = accepts.iter().min_by_key(|s| rank(s)) {
                    set.push(first);
                }
            }
        }
        set
    };
    let mut scopes = chosen;
    scopes.sort_by_key(|s| (rank(s), *s));
    let reasons = needs
        .iter()
        .map(|(operation, accepts)| {
            let allowing: Vec<&'static str> = scopes
                .iter()
                .copied()
                .filter(|s| accepts.contains(s))
                .collect();
            Reason {
                operation,
                allowed_by: allowing.first().copied().unwrap_or_default(),
                forces: allowing.len() == 1,
                accepts,
            }
        })
        .collect();
    Ok(ScopePlan {
        permission_type,
        scopes,
        reasons,
    })
}

/// What an access token says about itself: read from its claims, NOT verified (no signature
/// check: Graph does that). Good for refusing a call the token cannot make before sending it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenClaims {
    /// Application when the token has `roles`; delegated when it has `scp` (personal when its
    /// tenant is the consumer tenant).
    pub permission_type: PermissionType,
    /// `scp` (delegated) or `roles` (application).
    pub scopes: Vec<String>,
}

/// The tenant id of personal Microsoft accounts.
const CONSUMER_TENANT: &str = "9188040d-6c67-4c5b-b112-36a304b66dad";

impl TokenClaims {
    /// Decodes the payload of a JWT access token; `None` when it is not one, or has neither
    /// `scp` nor `roles` (then nothing can be told from it).
    pub fn decode(token: &str) -> Option<Self> {
        use base64::Engine;
        let payload = token.split('.').nth(1)?;
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(payload.trim_end_matches('='))
            .ok()?;
        let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
        if let Some(scp) = claims.get("scp").and_then(|v| v.as_str()) {
            let personal = claims.get("tid").and_then(|v| v.as_str()) == Some(CONSUMER_TENANT);
            return Some(Self {
                permission_type: if personal {
                    PermissionType::DelegatedPersonal
                } else {
                    PermissionType::DelegatedWork
                },
                scopes: scp.split_whitespace().map(str::to_owned).collect(),
            });
        }
        let roles = claims.get("roles")?.as_array()?;
        Some(Self {
            permission_type: PermissionType::Application,
            scopes: roles
                .iter()
                .filter_map(|r| r.as_str().map(str::to_owned))
                .collect(),
        })
    }

    /// Whether a token with these claims can reach `operation` through `endpoint` at all:
    /// an application token cannot call a path that names the signed-in user, and a delegated
    /// token cannot call an application-only operation (one whose permission table supports
    /// no delegated permission type, such as a site's application grants).
    pub fn check_endpoint(
        &self,
        operation: &super::OperationMeta,
        endpoint: &super::Endpoint,
    ) -> Result<(), NotSupported> {
        let delegated = self.permission_type != PermissionType::Application;
        let application_only = operation.scopes.delegated_work.is_none()
            && operation.scopes.delegated_personal.is_none();
        if delegated && application_only {
            return Err(NotSupported {
                operation: operation.qualified_name,
                permission_type: self.permission_type,
                through: None,
            });
        }
        if endpoint.allows(self.permission_type) {
            Ok(())
        } else {
            Err(NotSupported {
                operation: operation.qualified_name,
                permission_type: self.permission_type,
                through: Some(endpoint.variant),
            })
        }
    }

    /// Whether these claims allow an operation; if not, what is missing.
    pub fn check(&self, operation: &super::OperationMeta) -> Result<(), ScopeHint> {
        let accepts = operation.scopes.get(self.permission_type);
        let allowed = accepts.is_some_and(|accepts| {
            accepts
                .iter()
                .any(|a| self.scopes.iter().any(|s| s.eq_ignore_ascii_case(a)))
        });
        if allowed {
            Ok(())
        } else {
            Err(ScopeHint {
                operation: operation.qualified_name,
                permission_type: self.permission_type,
                token_scopes: self.scopes.clone(),
                accepts,
            })
        }
    }
}

/// Why a token cannot make a call: the operation, the token's permission type and scopes, and
/// what would allow it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScopeHint {
    /// The operation refused.
    pub operation: &'static str,
    /// The token's permission type.
    pub permission_type: PermissionType,
    /// The scopes the token has.
    pub token_scopes: Vec<String>,
    /// The scopes that would allow it, least privileged first; `None`: not supported at all.
    pub accepts: Option<&'static [&'static str]>,
}

impl ScopeHint {
    /// The scope to add: the least privileged one that allows the call.
    pub fn least_privileged(&self) -> Option<&'static str> {
        self.accepts.and_then(|a| a.first().copied())
    }
}

impl fmt::Display for ScopeHint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let has = if self.token_scopes.is_empty() {
            "none".to_owned()
        } else {
            self.token_scopes.join(", ")
        };
        match self.accepts {
            None => write!(
                f,
                "`{}` cannot be called with {} permissions at all (the token has: {has})",
                self.operation, self.permission_type
            ),
            Some(accepts) => write!(
                f,
                "`{}` with {} permissions needs one of {}; the token has: {has}; add {}, the least privileged",
                self.operation,
                self.permission_type,
                accepts.join(", "),
                accepts.first().copied().unwrap_or_default()
            ),
        }
    }
}

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
    pub delegated_work: Option<&'static [&'static str]>,
    pub delegated_personal: Option<&'static [&'static str]>,
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

//! Loading: the two files' JSON, and the index built from it once (scopes by name, each
//! path key's calls, least-privileged marks per permission type).

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use serde::Deserialize;

use super::key::path_key;
use super::{Entry, Grant, LoadError, PermissionData, Scope};
use crate::vocab::{Method, PermissionType};

impl PermissionData {
    pub(super) fn index(
        permissions: PermissionsFile,
        descriptions: DescriptionsFile,
    ) -> PermissionData {
        let scopes = scopes(&permissions, &descriptions);
        let by_name: HashMap<String, usize> = scopes
            .iter()
            .enumerate()
            .map(|(i, s)| (s.name.clone(), i))
            .collect();
        let mut by_lower: HashMap<String, usize> = HashMap::new();
        for (i, s) in scopes.iter().enumerate() {
            by_lower.entry(s.name.to_lowercase()).or_insert(i);
        }
        let mut calls = Calls::default();
        for (name, scope) in &permissions.permissions {
            let id = by_name[name.as_ref()];
            for set in &scope.path_sets {
                calls.add(id, set);
            }
        }
        let Calls {
            keys,
            mut calls,
            spellings,
            ..
        } = calls;
        for methods in &mut calls {
            methods.sort_by_key(|(m, _)| *m);
            for (_, entry) in methods {
                entry
                    .spellings
                    .sort_by(|&a, &b| spellings[a].cmp(&spellings[b]));
            }
        }
        PermissionData {
            scopes,
            by_name,
            by_lower,
            keys,
            calls,
            spellings,
        }
    }
}

/// Every scope either file names, sorted by name, with its description (the rule of
/// [`PermissionData::description`]) and privilege levels.
fn scopes(permissions: &PermissionsFile, descriptions: &DescriptionsFile) -> Vec<Scope> {
    let names: BTreeSet<&str> = permissions
        .permissions
        .keys()
        .chain(descriptions.delegated.iter().map(|d| &d.value))
        .chain(descriptions.application.iter().map(|d| &d.value))
        .map(|name| name.as_ref())
        .collect();
    // The first entry of a name wins, should a list hold it twice.
    let mut delegated: HashMap<&str, &ScopeText> = HashMap::new();
    for d in &descriptions.delegated {
        delegated.entry(d.value.as_ref()).or_insert(d);
    }
    let mut application: HashMap<&str, &ScopeText> = HashMap::new();
    for d in &descriptions.application {
        application.entry(d.value.as_ref()).or_insert(d);
    }
    names
        .iter()
        .map(|&name| {
            let entry = permissions.permissions.get(name);
            let scheme = |t: PermissionType| entry.and_then(|e| e.schemes.get(scheme_key(t)));
            let listed = [delegated.get(name), application.get(name)]
                .into_iter()
                .flatten()
                .map(|d| d.admin_consent_description.as_deref());
            let described = PermissionType::ALL
                .iter()
                .map(|&t| scheme(t).and_then(|s| s.admin_description.as_deref()));
            Scope {
                name: name.to_owned(),
                description: listed
                    .chain(described)
                    .flatten()
                    .map(str::trim)
                    .find(|text| !text.is_empty())
                    .map(str::to_owned),
                privilege: per_type(|t| scheme(t).and_then(|s| s.privilege_level)),
            }
        })
        .collect()
}

/// The calls of the data as they are indexed: each path key's methods and what they allow.
#[derive(Default)]
struct Calls<'f> {
    keys: HashMap<String, usize>,
    calls: Vec<Vec<(Method, Entry)>>,
    spellings: Vec<String>,
    /// A data path's key and spelling, normalized once however many scopes name it.
    seen: HashMap<&'f str, (usize, usize)>,
}

impl<'f> Calls<'f> {
    /// What one path set of scope `id` allows, on each of its paths and methods.
    fn add(&mut self, id: usize, set: &'f PathSet<'f>) {
        let allows = per_type(|t| set.scheme_keys.iter().any(|k| scheme_of(k) == Some(t)));
        // Only schemes a scope table has no row for: nothing to say about any row.
        if allows == [false; 3] {
            return;
        }
        // Methods the vocabulary has no word for cannot be an operation's: left out.
        let methods: Vec<Method> = set
            .methods
            .iter()
            .filter_map(|m| Method::parse(&m.to_ascii_uppercase()))
            .collect();
        for (path, marks) in &set.paths {
            let least = least_marks(marks);
            let (key, spelling) = self.key(path);
            for &method in &methods {
                let calls = &mut self.calls[key];
                let at = match calls.iter().position(|(m, _)| *m == method) {
                    Some(at) => at,
                    None => {
                        calls.push((method, Entry::default()));
                        calls.len() - 1
                    }
                };
                let entry = &mut calls[at].1;
                if !entry.spellings.contains(&spelling) {
                    entry.spellings.push(spelling);
                }
                match entry.grants.iter_mut().find(|g| g.scope == id) {
                    Some(grant) => {
                        for k in 0..3 {
                            grant.allows[k] |= allows[k];
                            grant.least[k] |= allows[k] && least[k];
                        }
                    }
                    None => entry.grants.push(Grant {
                        scope: id,
                        allows,
                        least: [0, 1, 2].map(|k| allows[k] && least[k]),
                    }),
                }
            }
        }
    }

    /// A data path's key index and spelling index, made when new.
    fn key(&mut self, path: &'f str) -> (usize, usize) {
        if let Some(&known) = self.seen.get(path) {
            return known;
        }
        let next = self.keys.len();
        let key = *self.keys.entry(path_key(path)).or_insert(next);
        if key == self.calls.len() {
            self.calls.push(Vec::new());
        }
        self.spellings.push(path.to_owned());
        let found = (key, self.spellings.len() - 1);
        self.seen.insert(path, found);
        found
    }
}

/// One value per permission type, in `PermissionType::ALL` order: a scope table's rows.
pub(super) fn per_type<T>(mut f: impl FnMut(PermissionType) -> T) -> [T; 3] {
    std::array::from_fn(|k| f(PermissionType::ALL[k]))
}

/// Microsoft's name of a permission type's scheme in `permissions.json`.
fn scheme_key(t: PermissionType) -> &'static str {
    match t {
        PermissionType::DelegatedWork => "DelegatedWork",
        PermissionType::DelegatedPersonal => "DelegatedPersonal",
        PermissionType::Application => "Application",
    }
}

/// The permission type of a scheme name; `None` for one a scope table has no row for.
fn scheme_of(key: &str) -> Option<PermissionType> {
    PermissionType::ALL
        .iter()
        .copied()
        .find(|&t| scheme_key(t) == key)
}

/// The permission types a path's value marks least privileged:
/// `least=DelegatedWork,Application;AlsoRequires=…` (other keys are not about order).
fn least_marks(value: &str) -> [bool; 3] {
    let mut least = [false; 3];
    for part in value.split(';') {
        let Some((key, schemes)) = part.split_once('=') else {
            continue;
        };
        if key.trim().eq_ignore_ascii_case("least") {
            for scheme in schemes.split(',') {
                if let Some(t) = scheme_of(scheme.trim()) {
                    least[t.index()] = true;
                }
            }
        }
    }
    least
}

/// A file's JSON into `T`, or where and why it is not.
pub(super) fn parse<'a, T: Deserialize<'a>>(path: &Path, bytes: &'a [u8]) -> Result<T, LoadError> {
    serde_json::from_slice(bytes).map_err(|e| {
        let full = e.to_string();
        let at = format!(" at line {} column {}", e.line(), e.column());
        LoadError::Json {
            path: path.to_owned(),
            line: e.line(),
            column: e.column(),
            message: full.strip_suffix(&at).unwrap_or(&full).to_owned(),
        }
    })
}

/// `permissions.json`, as much of it as the tables need. Its strings borrow from the file's
/// bytes where they can (loading allocates little), hence the `Cow`s.
#[derive(Deserialize)]
pub(super) struct PermissionsFile<'a> {
    #[serde(borrow)]
    permissions: BTreeMap<Cow<'a, str>, ScopeEntry<'a>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ScopeEntry<'a> {
    #[serde(default, borrow)]
    schemes: BTreeMap<Cow<'a, str>, Scheme<'a>>,
    #[serde(default, borrow)]
    path_sets: Vec<PathSet<'a>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Scheme<'a> {
    #[serde(default, borrow)]
    admin_description: Option<Cow<'a, str>>,
    #[serde(default)]
    privilege_level: Option<u32>,
}

/// Which methods on which paths a scope allows, for which schemes; each path's value holds
/// its `least=` marks.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PathSet<'a> {
    #[serde(default, borrow)]
    scheme_keys: Vec<Cow<'a, str>>,
    #[serde(default, borrow)]
    methods: Vec<Cow<'a, str>>,
    #[serde(default, borrow)]
    paths: BTreeMap<Cow<'a, str>, Cow<'a, str>>,
}

/// `permissions-descriptions.json`.
#[derive(Deserialize)]
pub(super) struct DescriptionsFile<'a> {
    #[serde(rename = "delegatedScopesList", borrow)]
    delegated: Vec<ScopeText<'a>>,
    #[serde(rename = "applicationScopesList", borrow)]
    application: Vec<ScopeText<'a>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ScopeText<'a> {
    #[serde(borrow)]
    value: Cow<'a, str>,
    /// `null` or absent for some scopes.
    #[serde(default, borrow)]
    admin_consent_description: Option<Cow<'a, str>>,
}

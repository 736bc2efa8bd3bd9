//! Microsoft's permission data for Graph (`permissions.json` and
//! `permissions-descriptions.json`, from `microsoftgraph/microsoft-graph-devx-content`): the
//! scope table of a method on a path, and each scope's own description.
//!
//! `codegen import --permissions DIR` reads it to fill a scope table no page gives, to report
//! where a page's table and the data disagree, and to describe every scope in Microsoft's own
//! words, so that no description is ever made up.
//!
//! ```no_run
//! use graph_permissions_codegen::import::permission_data::{Agreement, PermissionData};
//! use graph_permissions_codegen::vocab::{Method, PermissionType};
//!
//! let data = PermissionData::load("../shared/graph-permissions-data".as_ref())?;
//! let table = data.table(Method::Get, "/sites/{site-id}/permissions").expect("known path");
//! let application = table.row(PermissionType::Application);
//! assert_eq!(application.compare(&["Sites.FullControl.All"]), Agreement::Same);
//! println!("{:?}", data.description("Sites.FullControl.All"));
//! # Ok::<(), graph_permissions_codegen::import::permission_data::LoadError>(())
//! ```
//!
//! # Matching paths
//!
//! The data writes every placeholder `{id}` (sometimes `{sharesId}`, `{drive-id}` …), has no
//! API version, writes actions in lower case (`/createlink`), and spells the same path in
//! several cases in places; a page writes `{drive-id}`, `/v1.0/…` and `/createLink`, or a
//! whole URL. Both sides become one [`path_key`]: each `{…}` (also quoted, `'{…}'`) is one
//! token, letters are lower case, whitespace and a trailing `/` are dropped, and so are a
//! URL's scheme and host and a leading API version segment. Everything else stays as written,
//! so `root:/{path}:` matches `root:/{id}:` and `permissions(email='{address}')` matches
//! `permissions(email={email})`, while a segment more or less, or a real id in place of a
//! placeholder, does not match: [`PermissionData::near_paths`] finds the path such a page
//! meant. Data paths with the same key are one path: their scopes are merged.
//!
//! # Ordering a row
//!
//! The data marks, per path, which scopes are least privileged for which permission type
//! (`least=DelegatedWork,Application`); it does not order the others. A row lists the scopes
//! marked least first, then the others, each group by the scope's `privilegeLevel` for that
//! permission type (lower first; a scope without one last), then by name. A page orders its
//! higher-privileged scopes its own way, so only the least ones can be compared by place (see
//! [`DataRow::compare`]). One path set of the data can hold several methods, so a scope marked
//! least for one of them is marked for all, and a row may have several least scopes.

mod index;
mod key;
mod row;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::vocab::{Method, PermissionType};
use index::{parse, per_type, DescriptionsFile, PermissionsFile};
pub use key::path_key;
use key::{one_segment_apart, values_for_placeholders};
pub use row::{Agreement, DataRow};

/// The file of scopes, their schemes and the paths they allow.
pub const PERMISSIONS_FILE: &str = "permissions.json";
/// The file of every scope's consent texts.
pub const DESCRIPTIONS_FILE: &str = "permissions-descriptions.json";

/// Why the data could not be loaded: a file that is not there or not readable, or not the
/// JSON expected, named with the line and column serde_json stopped at.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// A file could not be read (a missing file names the path it was looked for at).
    #[error("{}: cannot read Microsoft's permission data: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// A file is not JSON, or not of the shape Microsoft's data has.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Json {
        /// The file.
        path: PathBuf,
        /// The 1-based line serde_json stopped at.
        line: usize,
        /// The 1-based column serde_json stopped at.
        column: usize,
        /// What was wrong there, as serde_json says it.
        message: String,
    },
}

/// Microsoft's permission data, indexed once: scopes by name, tables by method and path key.
#[derive(Clone, Debug)]
pub struct PermissionData {
    /// Every scope either file names, sorted by name; a `Grant` points into it.
    scopes: Vec<Scope>,
    /// A scope's index by its exact name.
    by_name: HashMap<String, usize>,
    /// A scope's index by its lower-case name, to find the data's spelling of a scope.
    by_lower: HashMap<String, usize>,
    /// Each path key's index in `calls`.
    keys: HashMap<String, usize>,
    /// Per path key, what each method the data knows there allows, in method order.
    calls: Vec<Vec<(Method, Entry)>>,
    /// The data's paths as written; an `Entry` points into it.
    spellings: Vec<String>,
}

/// A scope as the tables and the descriptions need it.
#[derive(Clone, Debug)]
struct Scope {
    name: String,
    /// Chosen at load by [`PermissionData::description`]'s rule.
    description: Option<String>,
    /// `privilegeLevel` per permission type, in `PermissionType::ALL` order.
    privilege: [Option<u32>; 3],
}

/// The scopes of one method on one path key, with the data's spellings of that path.
#[derive(Clone, Debug, Default)]
struct Entry {
    /// Every data path with this key and method, sorted by their text.
    spellings: Vec<usize>,
    grants: Vec<Grant>,
}

/// One scope on one path: for which permission types it allows the call, and for which it is
/// marked least privileged.
#[derive(Clone, Copy, Debug)]
struct Grant {
    scope: usize,
    allows: [bool; 3],
    least: [bool; 3],
}

impl PermissionData {
    /// Reads `permissions.json` and `permissions-descriptions.json` from `dir` and indexes
    /// them, so that each later question is a hash lookup.
    pub fn load(dir: &Path) -> Result<PermissionData, LoadError> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read(&path)
                .map(|bytes| (path.clone(), bytes))
                .map_err(|source| LoadError::Read { path, source })
        };
        let (permissions_path, permissions) = read(PERMISSIONS_FILE)?;
        let (descriptions_path, descriptions) = read(DESCRIPTIONS_FILE)?;
        let permissions: PermissionsFile = parse(&permissions_path, &permissions)?;
        let descriptions: DescriptionsFile = parse(&descriptions_path, &descriptions)?;
        Ok(PermissionData::index(permissions, descriptions))
    }

    /// Microsoft's own description of `scope`, trimmed; `None` when the data has none (the
    /// spec then leaves it empty: no text is made up). The first non-empty of: the
    /// `adminConsentDescription` of the scope's delegated entry in
    /// `permissions-descriptions.json` (a scope that is both delegated and application gets
    /// the delegated text: one text per scope, chosen the same way every time), that of its
    /// application entry, then the `adminDescription` of its `DelegatedWork`, `DelegatedPersonal` and
    /// `Application` schemes in `permissions.json` (Microsoft's text too, for the scopes whose
    /// consent entry is empty).
    pub fn description(&self, scope: &str) -> Option<&str> {
        self.scope(scope)?.description.as_deref()
    }

    /// Whether either file names `scope`, spelled exactly so: a page naming a scope the data
    /// does not know has a typo or names a scope that does not exist.
    pub fn known_scope(&self, scope: &str) -> bool {
        self.by_name.contains_key(scope)
    }

    /// The data's spelling of `scope`, found ignoring case: tells a page's miscased scope
    /// (`Files.ReadWrite.all`) from an unknown one.
    pub fn scope_spelling(&self, scope: &str) -> Option<&str> {
        let &i = self.by_lower.get(&scope.to_lowercase())?;
        Some(&self.scopes[i].name)
    }

    /// The data's path for `method` on a page's `path` (matched by [`path_key`]), the first
    /// of its spellings; `None` when the data does not know the call there (a path missing a
    /// segment, or with a real id in place of a placeholder, or a call the data leaves out).
    pub fn data_path(&self, method: Method, path: &str) -> Option<&str> {
        self.entry(method, path)
            .and_then(|e| e.spellings.first())
            .map(|&i| self.spellings[i].as_str())
    }

    /// The data's paths for `method` that a page's `path` would match but for one defect a
    /// page makes: a segment left out (`/drives/{drive-id}/{item-id}/permissions`) or one too
    /// many, not the last, or real values where the data has placeholders
    /// (`/drives/b!x9/items/{item-id}`, `permissions(email=ada@example.com)`). Sorted; empty
    /// when nothing is that close, and when `path` matches as it is (see
    /// [`PermissionData::data_path`]). Several paths mean the defect does not tell which one
    /// the page meant. Scans every path: for the few paths the data does not know.
    pub fn near_paths(&self, method: Method, path: &str) -> Vec<&str> {
        let key = path_key(path);
        let page: Vec<&str> = key.split('/').collect();
        let mut near: Vec<&str> = self
            .keys
            .iter()
            .filter(|(data, _)| {
                let data: Vec<&str> = data.split('/').collect();
                one_segment_apart(&page, &data)
                    || one_segment_apart(&data, &page)
                    || values_for_placeholders(&page, &data)
            })
            .filter_map(|(_, &k)| self.calls[k].iter().find(|(m, _)| *m == method))
            .filter_map(|(_, entry)| entry.spellings.first())
            .map(|&i| self.spellings[i].as_str())
            .collect();
        near.sort_unstable();
        near
    }

    /// The methods the data knows on `path`: tells a path the data lacks from a method it
    /// lacks on a path it knows.
    pub fn methods_at(&self, path: &str) -> Vec<Method> {
        match self.keys.get(&path_key(path)) {
            Some(&key) => self.calls[key].iter().map(|(m, _)| *m).collect(),
            None => Vec::new(),
        }
    }

    /// The scopes the data gives for `method` on `path`, a row per permission type, each least
    /// privileged first (see the module's docs for the order); `None` when the data does not
    /// know the call there.
    pub fn table(&self, method: Method, path: &str) -> Option<DataTable<'_>> {
        let entry = self.entry(method, path)?;
        let rows = per_type(|t| {
            let k = t.index();
            let mut granted: Vec<(bool, Option<u32>, &str)> = entry
                .grants
                .iter()
                .filter(|g| g.allows[k])
                .map(|g| {
                    let scope = &self.scopes[g.scope];
                    (g.least[k], scope.privilege[k], scope.name.as_str())
                })
                .collect();
            // Least first; then the lower privilege level; a scope without one last; by name.
            granted.sort_by(|a, b| {
                (!a.0, a.1.is_none(), a.1, a.2).cmp(&(!b.0, b.1.is_none(), b.1, b.2))
            });
            DataRow {
                least: granted.iter().filter(|g| g.0).count(),
                scopes: granted.into_iter().map(|g| g.2).collect(),
            }
        });
        Some(DataTable {
            paths: entry
                .spellings
                .iter()
                .map(|&i| self.spellings[i].as_str())
                .collect(),
            rows,
        })
    }

    /// How many scopes either file names: a figure for the import's summary.
    pub fn scope_count(&self) -> usize {
        self.scopes.len()
    }

    /// The highest `privilegeLevel` the data gives the scope, over its permission types:
    /// where the pages' tables do not rank two scopes, this does (`Sites.Selected` 3 below
    /// `Sites.FullControl.All` 4). `None` for a scope the data does not know or rank.
    pub fn privilege_level(&self, scope: &str) -> Option<u32> {
        self.scope(scope)?.privilege.iter().flatten().copied().max()
    }

    fn scope(&self, name: &str) -> Option<&Scope> {
        self.by_name.get(name).map(|&i| &self.scopes[i])
    }

    fn entry(&self, method: Method, path: &str) -> Option<&Entry> {
        let &key = self.keys.get(&path_key(path))?;
        self.calls[key]
            .iter()
            .find(|(m, _)| *m == method)
            .map(|(_, entry)| entry)
    }
}

/// What the data gives for one method on one path: a row per permission type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataTable<'a> {
    paths: Vec<&'a str>,
    rows: [DataRow<'a>; 3],
}

impl<'a> DataTable<'a> {
    /// The row of a permission type.
    pub fn row(&self, permission_type: PermissionType) -> &DataRow<'a> {
        &self.rows[permission_type.index()]
    }

    /// The rows, in `PermissionType::ALL` order, as a scope table has them.
    pub fn rows(&self) -> &[DataRow<'a>; 3] {
        &self.rows
    }

    /// The data's spellings of the path, sorted (several when the data writes one path in
    /// several ways): for a note that says where the table came from.
    pub fn paths(&self) -> &[&'a str] {
        &self.paths
    }
}

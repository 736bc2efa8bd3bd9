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

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::vocab::{ApiVersion, Method, PermissionType};

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

    fn index(permissions: PermissionsFile, descriptions: DescriptionsFile) -> PermissionData {
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
        let scopes: Vec<Scope> = names
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
            .collect();
        let by_name: HashMap<String, usize> = scopes
            .iter()
            .enumerate()
            .map(|(i, s)| (s.name.clone(), i))
            .collect();
        let mut by_lower: HashMap<String, usize> = HashMap::new();
        for (i, s) in scopes.iter().enumerate() {
            by_lower.entry(s.name.to_lowercase()).or_insert(i);
        }
        let mut keys: HashMap<String, usize> = HashMap::new();
        let mut calls: Vec<Vec<(Method, Entry)>> = Vec::new();
        let mut spellings: Vec<String> = Vec::new();
        // A data path's key and spelling, normalized once however many scopes name it.
        let mut seen: HashMap<&str, (usize, usize)> = HashMap::new();
        for (name, scope) in &permissions.permissions {
            let id = by_name[name.as_ref()];
            for set in &scope.path_sets {
                let allows = per_type(|t| set.scheme_keys.iter().any(|k| scheme_of(k) == Some(t)));
                // Only schemes a scope table has no row for: nothing to say about any row.
                if allows == [false; 3] {
                    continue;
                }
                // Methods the vocabulary has no word for cannot be an operation's: left out.
                let methods: Vec<Method> = set
                    .methods
                    .iter()
                    .filter_map(|m| Method::parse(&m.to_ascii_uppercase()))
                    .collect();
                for (path, marks) in &set.paths {
                    let least = least_marks(marks);
                    let (key, spelling) = *seen.entry(path.as_ref()).or_insert_with(|| {
                        let next = keys.len();
                        let key = *keys.entry(path_key(path)).or_insert(next);
                        if key == calls.len() {
                            calls.push(Vec::new());
                        }
                        spellings.push(path.to_string());
                        (key, spellings.len() - 1)
                    });
                    for &method in &methods {
                        let at = match calls[key].iter().position(|(m, _)| *m == method) {
                            Some(at) => at,
                            None => {
                                calls[key].push((method, Entry::default()));
                                calls[key].len() - 1
                            }
                        };
                        let entry = &mut calls[key][at].1;
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
        }
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

/// The scopes of one permission type, least privileged first; none means "not supported".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataRow<'a> {
    scopes: Vec<&'a str>,
    /// How many of `scopes`, from the first, the data marks least privileged.
    least: usize,
}

impl<'a> DataRow<'a> {
    /// Whether this permission type can make the call at all.
    pub fn is_supported(&self) -> bool {
        !self.scopes.is_empty()
    }

    /// Every scope, least privileged first.
    pub fn scopes(&self) -> &[&'a str] {
        &self.scopes
    }

    /// The scopes the data marks least privileged (usually one; none when the data marks
    /// none for this permission type).
    pub fn least(&self) -> &[&'a str] {
        &self.scopes[..self.least]
    }

    /// The other scopes, in the order of the module's docs (not a page's).
    pub fn higher(&self) -> &[&'a str] {
        &self.scopes[self.least..]
    }

    /// How a page's row (its scopes least privileged first; none for "Not supported")
    /// agrees with this one. A scope the page repeats counts once.
    pub fn compare<S: AsRef<str>>(&self, page: &[S]) -> Agreement {
        let mut page_scopes: Vec<&str> = Vec::with_capacity(page.len());
        for s in page {
            if !page_scopes.contains(&s.as_ref()) {
                page_scopes.push(s.as_ref());
            }
        }
        if page_scopes == self.scopes {
            return Agreement::Same;
        }
        let only_page: Vec<String> = page_scopes
            .iter()
            .filter(|s| !self.scopes.contains(s))
            .map(|s| s.to_string())
            .collect();
        let only_data: Vec<String> = self
            .scopes
            .iter()
            .filter(|s| !page_scopes.contains(s))
            .map(|s| s.to_string())
            .collect();
        if !only_page.is_empty() || !only_data.is_empty() {
            return Agreement::OtherScopes {
                only_page,
                only_data,
            };
        }
        match page_scopes.first() {
            Some(first) if self.least > 0 && !self.least().contains(first) => {
                Agreement::OtherLeast {
                    page: first.to_string(),
                    data: self.least().iter().map(|s| s.to_string()).collect(),
                }
            }
            _ => Agreement::Reordered,
        }
    }
}

/// How a page's row of a scope table agrees with the data's row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Agreement {
    /// The same scopes in the same order (both "not supported" included).
    Same,
    /// The same scopes; the page's first is one the data marks least privileged (or the data
    /// marks none), and only the order of the others differs, which the data does not give:
    /// nothing to report.
    Reordered,
    /// The same scopes, but the page's least privileged one is not one the data marks so.
    OtherLeast {
        /// The page's first scope.
        page: String,
        /// The scopes the data marks least privileged.
        data: Vec<String>,
    },
    /// Different scopes. A page saying "not supported" where the data has scopes has them all
    /// in `only_data`; the other way round, all in `only_page`.
    OtherScopes {
        /// Scopes the page lists and the data does not, in the page's order.
        only_page: Vec<String>,
        /// Scopes the data lists and the page does not, in the data's order.
        only_data: Vec<String>,
    },
}

impl fmt::Display for Agreement {
    /// The agreement as the end of a sentence that starts "the page's row …".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |names: &[String]| {
            names
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Agreement::Same => f.write_str("is the data's"),
            Agreement::Reordered => f.write_str(
                "has the data's scopes, its higher-privileged ones in another order (the data does not order them)",
            ),
            Agreement::OtherLeast { page, data } => write!(
                f,
                "has the data's scopes, but puts `{page}` first where the data marks {} least privileged",
                list(data)
            ),
            Agreement::OtherScopes {
                only_page,
                only_data,
            } => match (only_page.is_empty(), only_data.is_empty()) {
                (false, true) => write!(f, "lists {} that the data does not", list(only_page)),
                (true, false) => write!(f, "lacks {} that the data lists", list(only_data)),
                _ => write!(
                    f,
                    "lists {} that the data does not, and lacks {} that the data lists",
                    list(only_page),
                    list(only_data)
                ),
            },
        }
    }
}

/// The key a path is matched by, on the page's side and the data's: each `{…}` placeholder
/// (also quoted, `'{…}'`) becomes `{}`, letters become lower case, whitespace and trailing
/// `/` go, a URL's scheme and host and a leading API version segment (`/v1.0`, `/beta`) go,
/// and the path starts with `/`. A query string stays: the importer takes it off first.
/// `/v1.0/Drives/{drive-id}/items/{item-id}/createLink/` → `/drives/{}/items/{}/createlink`.
pub fn path_key(path: &str) -> String {
    let path = path.trim();
    // A whole URL, as a page's example writes it: its path.
    let path = match path.split_once("://") {
        Some((_, url)) => url.find('/').map_or("", |slash| &url[slash..]),
        None => path,
    };
    let path = path.strip_prefix('/').unwrap_or(path);
    let path = match path.split_once('/') {
        Some((first, rest)) if ApiVersion::parse(first).is_some() => rest,
        None if ApiVersion::parse(path).is_some() => "",
        _ => path,
    };
    let mut key = String::with_capacity(path.len() + 1);
    key.push('/');
    let mut rest = path;
    // From one placeholder to the next; a `{` without its `}` is text.
    while let Some((open, close)) = rest
        .find('{')
        .and_then(|open| Some((open, open + rest[open..].find('}')?)))
    {
        let (mut text, mut after) = (&rest[..open], &rest[close + 1..]);
        if let (Some(t), Some(a)) = (text.strip_suffix('\''), after.strip_prefix('\'')) {
            (text, after) = (t, a);
        }
        push_text(&mut key, text);
        key.push_str("{}");
        rest = after;
    }
    push_text(&mut key, rest);
    while key.len() > 1 && key.ends_with('/') {
        key.pop();
    }
    key
}

/// Whether `longer` is `shorter` with one segment more, not the last: the last is the call's
/// own (`/permissions`, `/invite`), so a path with another last segment is another call,
/// which the data may simply lack.
fn one_segment_apart(shorter: &[&str], longer: &[&str]) -> bool {
    longer.len() == shorter.len() + 1
        && (0..longer.len() - 1)
            .any(|skip| longer[..skip] == shorter[..skip] && longer[skip + 1..] == shorter[skip..])
}

/// Whether `page` is `data` with a value in place of at least one of its placeholders, and
/// otherwise the same, segment by segment.
fn values_for_placeholders(page: &[&str], data: &[&str]) -> bool {
    page.len() == data.len()
        && page != data
        && page.iter().zip(data).all(|(p, d)| p == d || fills(p, d))
}

/// Whether `segment` is `pattern` with each `{}` of it replaced by some text, not all of it
/// placeholders (a page's `{}` where the data has text is another path, not a value).
fn fills(segment: &str, pattern: &str) -> bool {
    if !pattern.contains("{}") || segment.contains("{}") {
        return false;
    }
    let mut parts = pattern.split("{}");
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = segment.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    let (last, middle) = parts.split_last().unwrap_or((&"", &[]));
    for part in middle {
        // Each value is at least one character.
        match rest.get(1..).and_then(|r| r.find(part)) {
            Some(at) => rest = &rest[1 + at + part.len()..],
            None => return false,
        }
    }
    rest.len() > last.len() && rest.ends_with(last)
}

/// `text` lower case and without whitespace, onto `key`.
fn push_text(key: &mut String, text: &str) {
    if text.is_ascii() {
        // The usual case, byte by byte.
        key.extend(
            text.bytes()
                .filter(|b| !b.is_ascii_whitespace())
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
    } else {
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            key.extend(c.to_lowercase());
        }
    }
}

/// One value per permission type, in `PermissionType::ALL` order: a scope table's rows.
fn per_type<T>(mut f: impl FnMut(PermissionType) -> T) -> [T; 3] {
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
fn parse<'a, T: Deserialize<'a>>(path: &Path, bytes: &'a [u8]) -> Result<T, LoadError> {
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
struct PermissionsFile<'a> {
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
struct DescriptionsFile<'a> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn fixture(dir: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/import-fixtures/permission-data")
            .join(dir)
    }

    fn data() -> PermissionData {
        PermissionData::load(&fixture("good")).unwrap()
    }

    fn rows(data: &PermissionData, method: Method, path: &str) -> [Vec<String>; 3] {
        let table = data.table(method, path).unwrap();
        table
            .rows()
            .clone()
            .map(|r| r.scopes().iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn description_is_delegated_first_then_application_then_scheme_text() {
        let data = data();
        // Whitespace around Microsoft's text goes; the text is otherwise as written.
        assert_eq!(
            data.description("Shelf.Read"),
            Some("Lets the app read the shelves of the signed-in user.")
        );
        // Delegated and application: the delegated text.
        assert_eq!(
            data.description("Shelf.Read.All"),
            Some("Lets the app read every shelf the signed-in user can reach.")
        );
        // Application only.
        assert_eq!(
            data.description("Library.Selected"),
            Some(
                "Lets the app reach the libraries an administrator picked, with no signed-in user."
            )
        );
        // The delegated entry's text is null: the application one.
        assert_eq!(
            data.description("Shelf.ReadWrite.All"),
            Some("Lets the app change every shelf, with no signed-in user.")
        );
        // In neither consent list: the scheme's text in permissions.json.
        assert_eq!(
            data.description("Archive.Manage.All"),
            Some("Lets the app manage every archive the signed-in user can reach.")
        );
        // Empty everywhere: none, never a text made from the name.
        assert_eq!(data.description("Library.Manage.All"), None);
        assert_eq!(data.description("Nothing.Like.This"), None);
    }

    #[test]
    fn known_scopes_come_from_either_file() {
        let data = data();
        assert!(data.known_scope("Shelf.Read"));
        // Only in the consent list, on no path.
        assert!(data.known_scope("Ghost.Read"));
        assert!(!data.known_scope("shelf.read"));
        assert_eq!(data.scope_spelling("shelf.READ"), Some("Shelf.Read"));
        assert_eq!(data.scope_spelling("Shelf.Write"), None);
        assert!(!data.known_scope("Shelf.Write"));
        assert_eq!(data.scope_count(), 10);
    }

    #[test]
    fn rows_put_least_first_then_privilege_level_then_name() {
        let data = data();
        let [work, personal, application] = rows(
            &data,
            Method::Get,
            "/drives/{drive-id}/items/{item-id}/permissions",
        );
        // Shelf.Read is least (level 1); Archive.Read.All (2) before the level-3 ones, which
        // go by name; Archive.Manage.All (level 4) after them though its name comes first;
        // Scroll.Read has no level, so it is last.
        assert_eq!(
            work,
            [
                "Shelf.Read",
                "Archive.Read.All",
                "Shelf.Read.All",
                "Shelf.ReadWrite.All",
                "Archive.Manage.All",
                "Scroll.Read"
            ]
        );
        assert_eq!(personal, ["Shelf.Read", "Shelf.Read.All"]);
        // Shelf.Read.All is marked least for Application only; level 4 like the others.
        assert_eq!(
            application,
            [
                "Shelf.Read.All",
                "Archive.Manage.All",
                "Shelf.ReadWrite.All"
            ]
        );
        let table = data
            .table(
                Method::Get,
                "/drives/{drive-id}/items/{item-id}/permissions",
            )
            .unwrap();
        let work = table.row(PermissionType::DelegatedWork);
        assert_eq!(work.least(), ["Shelf.Read"]);
        assert_eq!(work.higher().len(), 5);
    }

    #[test]
    fn several_least_scopes_when_a_path_set_holds_several_methods() {
        let data = data();
        let table = data
            .table(Method::Get, "/sites/{site-id}/lists/{list-id}")
            .unwrap();
        let work = table.row(PermissionType::DelegatedWork);
        assert_eq!(work.least(), ["Archive.Read.All", "Shelf.ReadWrite.All"]);
    }

    #[test]
    fn a_permission_type_without_scopes_is_not_supported() {
        let data = data();
        let table = data
            .table(Method::Post, "/sites/{site-id}/permissions")
            .unwrap();
        assert!(!table.row(PermissionType::DelegatedWork).is_supported());
        assert!(!table.row(PermissionType::DelegatedPersonal).is_supported());
        let application = table.row(PermissionType::Application);
        assert!(application.is_supported());
        assert_eq!(application.scopes(), ["Library.Selected"]);
        assert_eq!(
            table
                .row(PermissionType::DelegatedWork)
                .compare::<&str>(&[]),
            Agreement::Same
        );
    }

    #[test]
    fn page_paths_match_the_data_spelling() {
        let data = data();
        // `{drive-id}` against `{id}`.
        assert_eq!(
            data.data_path(
                Method::Get,
                "/drives/{drive-id}/items/{item-id}/permissions"
            ),
            Some("/drives/{id}/items/{id}/permissions")
        );
        // An action's case and a version segment.
        let table = data
            .table(
                Method::Post,
                "/v1.0/drives/{drive-id}/items/{item-id}/createLink",
            )
            .unwrap();
        assert!(table
            .paths()
            .contains(&"/drives/{id}/items/{id}/createlink"));
        // `root:/{path}:` against `root:/{id}:`.
        assert_eq!(
            data.data_path(Method::Get, "/me/drive/root:/{item-path}:/permissions"),
            Some("/me/drive/root:/{id}:/permissions")
        );
        // A trailing slash on either side.
        assert_eq!(
            data.data_path(Method::Get, "/sites/{site-id}/lists/{list-id}/"),
            Some("/sites/{id}/lists/{id}")
        );
        assert_eq!(
            data.data_path(Method::Get, "/sites/{site-id}/lists"),
            Some("/sites/{id}/lists/")
        );
        // A key segment, quoted on the page.
        assert_eq!(
            data.data_path(
                Method::Patch,
                "/containers/{container-id}/permissions(email='{address}')"
            ),
            Some("/containers/{id}/permissions(email={email})")
        );
        // The data's named placeholder against the page's.
        assert_eq!(
            data.data_path(Method::Get, "/shares/{shareIdOrEncodedSharingUrl}"),
            Some("/shares/{sharesId}")
        );
    }

    #[test]
    fn spellings_of_one_path_merge() {
        let data = data();
        let table = data
            .table(
                Method::Post,
                "/drives/{drive-id}/items/{item-id}/createLink",
            )
            .unwrap();
        assert_eq!(
            table.paths(),
            [
                "/drives/{driveId}/items/{itemId}/createLink",
                "/drives/{id}/items/{id}/createlink"
            ]
        );
        assert_eq!(
            table.row(PermissionType::DelegatedWork).scopes(),
            ["Shelf.ReadWrite.All", "Library.Manage.All"]
        );
    }

    #[test]
    fn paths_the_data_does_not_know() {
        let data = data();
        // A segment missing.
        assert!(data
            .data_path(Method::Get, "/drives/{drive-id}/{item-id}/permissions")
            .is_none());
        // A real id in place of a placeholder.
        assert!(data
            .data_path(Method::Get, "/drives/b!x9/items/01AB/permissions")
            .is_none());
        // A known path, but not with this method.
        assert!(data
            .table(
                Method::Delete,
                "/drives/{drive-id}/items/{item-id}/permissions"
            )
            .is_none());
        assert_eq!(
            data.methods_at("/drives/{drive-id}/items/{item-id}/permissions"),
            [Method::Get]
        );
        assert_eq!(
            data.methods_at("/sites/{site-id}/permissions"),
            [Method::Get, Method::Post]
        );
        // A scheme and a method a table has no place for are left out, not an error.
        assert_eq!(data.methods_at("/shares/{share-id}"), [Method::Get]);
        assert!(data.data_path(Method::Get, "/guests/{guest-id}").is_none());
        assert_eq!(
            rows(&data, Method::Get, "/shares/{share-id}"),
            // Shelf.Read is marked least for DelegatedWork only, but allows DelegatedPersonal.
            [
                vec!["Shelf.Read", "Scroll.Read"],
                vec!["Shelf.Read"],
                vec![]
            ]
        );
    }

    #[test]
    fn near_paths_for_a_page_defect() {
        let data = data();
        // A segment left out, and one too many.
        assert_eq!(
            data.near_paths(Method::Get, "/drives/{drive-id}/{item-id}/permissions"),
            ["/drives/{id}/items/{id}/permissions"]
        );
        assert_eq!(
            data.near_paths(
                Method::Get,
                "/drives/{drive-id}/root/items/{item-id}/permissions"
            ),
            ["/drives/{id}/items/{id}/permissions"]
        );
        // A last segment more or less is another call, which the data may lack.
        assert!(data
            .near_paths(
                Method::Get,
                "/drives/{drive-id}/items/{item-id}/permissions/all"
            )
            .is_empty());
        assert!(data
            .near_paths(Method::Get, "/drives/{drive-id}/items/{item-id}")
            .is_empty());
        // Real values for placeholders, also inside a key segment.
        assert_eq!(
            data.near_paths(Method::Get, "/drives/b!x9/items/{item-id}/permissions"),
            ["/drives/{id}/items/{id}/permissions"]
        );
        assert_eq!(
            data.near_paths(
                Method::Patch,
                "/containers/{container-id}/permissions(email=ada@example.com)"
            ),
            ["/containers/{id}/permissions(email={email})"]
        );
        // Only paths with the method; a path that matches is not near; nothing close.
        assert!(data
            .near_paths(Method::Delete, "/drives/{drive-id}/{item-id}/permissions")
            .is_empty());
        assert!(data
            .near_paths(
                Method::Get,
                "/drives/{drive-id}/items/{item-id}/permissions"
            )
            .is_empty());
        assert!(data
            .near_paths(
                Method::Get,
                "/drives/{drive-id}/children/{child-id}/invitations"
            )
            .is_empty());
        // A placeholder where the data has text is another path, not a value.
        assert!(data
            .near_paths(Method::Get, "/drives/{drive-id}/{x}/{item-id}/permissions")
            .is_empty());
        assert!(fills("permissions(email=a@b)", "permissions(email={})"));
        assert!(!fills("permissions(email=)", "permissions(email={})"));
        assert!(fills("x(a=1,b=2)", "x(a={},b={})"));
        assert!(!fills("x(a=1)", "x(a={},b={})"));
    }

    #[test]
    fn keys() {
        assert_eq!(
            path_key(" /v1.0/Drives/{drive-id}/items/{item-id}/createLink/ "),
            "/drives/{}/items/{}/createlink"
        );
        assert_eq!(path_key("beta/me/drive"), "/me/drive");
        assert_eq!(
            path_key("https://graph.example.com/v1.0/me/drive/items/{item-id}"),
            "/me/drive/items/{}"
        );
        assert_eq!(path_key("https://graph.example.com"), "/");
        assert_eq!(path_key("/v1.0"), "/");
        assert_eq!(
            path_key("/x/resize(rows={value}, columns={value})"),
            "/x/resize(rows={},columns={})"
        );
        assert_eq!(path_key("/x(id='{id}')"), path_key("/x(id={key})"));
        // A brace left open, a lone quote: as written.
        assert_eq!(path_key("/x/{open"), "/x/{open");
        assert_eq!(path_key("/x('{id})"), "/x('{})");
        // Only a leading segment is a version.
        assert_eq!(path_key("/sites/beta"), "/sites/beta");
    }

    #[test]
    fn comparing_a_page_row() {
        let data = data();
        let table = data
            .table(
                Method::Get,
                "/drives/{drive-id}/items/{item-id}/permissions",
            )
            .unwrap();
        let work = table.row(PermissionType::DelegatedWork);
        let same = work.scopes().to_vec();
        assert_eq!(work.compare(&same), Agreement::Same);
        let mut reordered = same.clone();
        reordered[1..].reverse();
        assert_eq!(work.compare(&reordered), Agreement::Reordered);
        let mut other_least = same.clone();
        other_least.swap(0, 1);
        let agreement = work.compare(&other_least);
        assert_eq!(
            agreement,
            Agreement::OtherLeast {
                page: "Archive.Read.All".into(),
                data: vec!["Shelf.Read".into()],
            }
        );
        assert_eq!(
            agreement.to_string(),
            "has the data's scopes, but puts `Archive.Read.All` first where the data marks \
             `Shelf.Read` least privileged"
        );
        let other = ["Shelf.Read", "Shelf.Write.All", "Shelf.Read"];
        let agreement = work.compare(&other);
        assert_eq!(
            agreement,
            Agreement::OtherScopes {
                only_page: vec!["Shelf.Write.All".into()],
                only_data: vec![
                    "Archive.Read.All".into(),
                    "Shelf.Read.All".into(),
                    "Shelf.ReadWrite.All".into(),
                    "Archive.Manage.All".into(),
                    "Scroll.Read".into()
                ],
            }
        );
        assert_eq!(
            agreement.to_string(),
            "lists `Shelf.Write.All` that the data does not, and lacks `Archive.Read.All`, \
             `Shelf.Read.All`, `Shelf.ReadWrite.All`, `Archive.Manage.All`, `Scroll.Read` that \
             the data lists"
        );
        // "Not supported" on the page where the data has scopes.
        let personal = table.row(PermissionType::DelegatedPersonal);
        assert_eq!(
            personal.compare::<String>(&[]).to_string(),
            "lacks `Shelf.Read`, `Shelf.Read.All` that the data lists"
        );
    }

    #[test]
    fn bad_json_names_the_file_line_and_column() {
        let dir = fixture("bad-json");
        let error = PermissionData::load(&dir).unwrap_err();
        let path = dir.join(PERMISSIONS_FILE);
        assert_eq!(
            error.to_string(),
            format!("{}:9:21: expected `:`", path.display())
        );
        assert!(matches!(
            error,
            LoadError::Json {
                line: 9,
                column: 21,
                ..
            }
        ));
    }

    #[test]
    fn a_shape_error_names_the_file_line_and_column() {
        let dir = fixture("bad-shape");
        let error = PermissionData::load(&dir).unwrap_err().to_string();
        let path = dir.join(DESCRIPTIONS_FILE);
        assert_eq!(
            error,
            format!("{}:7:5: missing field `value`", path.display())
        );
    }

    #[test]
    fn a_missing_file_names_its_path() {
        let dir = fixture("no-descriptions");
        let error = PermissionData::load(&dir).unwrap_err();
        let path = dir.join(DESCRIPTIONS_FILE);
        assert!(
            error.to_string().starts_with(&format!(
                "{}: cannot read Microsoft's permission data: ",
                path.display()
            )),
            "{error}"
        );
        assert!(matches!(
            error,
            LoadError::Read { ref source, .. } if source.kind() == std::io::ErrorKind::NotFound
        ));
    }

    /// This thread's CPU time so far.
    #[cfg(unix)]
    fn thread_cpu() -> Duration {
        let mut t = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `t` is a valid timespec for the call to fill.
        let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
        assert_eq!(status, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
    }

    /// Where the thread's CPU time cannot be read: none, so only wall time is meaningful.
    #[cfg(not(unix))]
    fn thread_cpu() -> Duration {
        Duration::ZERO
    }

    /// Microsoft's data parses and answers: `GRAPH_PERMISSIONS_DATA=DIR cargo test -p
    /// graph-permissions-codegen --release --lib permission_data -- --ignored --nocapture`
    /// prints the load time and three tables.
    #[test]
    #[ignore = "reads Microsoft's data from the folder GRAPH_PERMISSIONS_DATA names"]
    fn microsoft_data() {
        let dir = std::env::var_os("GRAPH_PERMISSIONS_DATA")
            .expect("GRAPH_PERMISSIONS_DATA names the folder of Microsoft's permission data");
        let dir = Path::new(&dir);
        // Wall time and this thread's CPU time (other processes on the machine inflate the
        // first, not the second); the fastest of five loads.
        let mut best = (Duration::MAX, Duration::MAX);
        let mut data = None;
        for _ in 0..5 {
            let (wall, cpu) = (Instant::now(), thread_cpu());
            data = Some(PermissionData::load(dir).unwrap());
            best.0 = best.0.min(wall.elapsed());
            best.1 = best.1.min(thread_cpu().saturating_sub(cpu));
        }
        let data = data.unwrap();
        println!(
            "loaded {} scopes and {} method+path pairs: {:?} wall, {:?} CPU",
            data.scope_count(),
            data.calls.iter().map(Vec::len).sum::<usize>(),
            best.0,
            best.1
        );
        // The same steps one by one, in CPU time, to see where it goes.
        let start = thread_cpu();
        let permissions = std::fs::read(dir.join(PERMISSIONS_FILE)).unwrap();
        let descriptions = std::fs::read(dir.join(DESCRIPTIONS_FILE)).unwrap();
        let read = thread_cpu();
        let permissions: PermissionsFile = parse(dir, &permissions).unwrap();
        let descriptions: DescriptionsFile = parse(dir, &descriptions).unwrap();
        let parsed = thread_cpu();
        PermissionData::index(permissions, descriptions);
        let indexed = thread_cpu();
        println!(
            "read {:?}, parsed {:?}, indexed {:?} (CPU)",
            read - start,
            parsed - read,
            indexed - parsed
        );
        for (method, path) in [
            (Method::Get, "/sites/{site-id}/permissions"),
            (
                Method::Post,
                "/drives/{drive-id}/items/{item-id}/permissions",
            ),
            (Method::Get, "/shares/{token}"),
            (Method::Get, "/drives/{drive-id}/{item-id}/permissions"),
        ] {
            println!("{method} {path}:");
            match data.table(method, path) {
                None => println!(
                    "  not in the data (methods there: {:?}; near paths: {:?})",
                    data.methods_at(path),
                    data.near_paths(method, path)
                ),
                Some(table) => {
                    println!("  data paths: {:?}", table.paths());
                    for t in PermissionType::ALL {
                        let row = table.row(*t);
                        println!(
                            "  {}: least {:?}, higher {:?}",
                            t,
                            row.least(),
                            row.higher()
                        );
                    }
                }
            }
        }
        assert!(data.known_scope("Sites.Selected"));
        assert!(data.table(Method::Get, "/shares/{token}").is_some());
    }
}

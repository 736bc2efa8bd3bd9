//! What a page says, as facts: an API page → one operation, a resource page → a resource's
//! properties and enumerations. Read from a [`Page`]; the spec is not consulted here.

use std::path::{Path, PathBuf};

use super::page::{clean, space_header, Page, Table};
use super::PageError;
use crate::model::{Method, PermissionType};

/// The facts of one page.
#[derive(Clone, Debug)]
pub struct PageFacts {
    /// The page as named on the command line.
    pub file: String,
    pub title: Option<String>,
    /// `v1.0`, or `beta` when the page says `/beta` or carries the beta notice.
    pub version: String,
    pub kind: PageKind,
}

#[derive(Clone, Debug)]
pub enum PageKind {
    Api(Box<ApiFacts>),
    Resource(ResourceFacts),
}

#[derive(Clone, Debug)]
pub struct ApiFacts {
    pub method: Method,
    /// Every path of the HTTP request block, in order.
    pub paths: Vec<PathFact>,
    pub scopes: ScopesFact,
    pub headers: Vec<HeaderFact>,
    /// Query options such as `$select`, with the line that names them.
    pub query: Vec<(String, usize)>,
    /// `None` when the page shows no body table (and does not say there is no body).
    pub body: Option<BodyFact>,
    pub response: Option<ResponseFact>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathFact {
    /// As written, without host, version or query.
    pub path: String,
    pub line: usize,
}

#[derive(Clone, Debug)]
pub enum ScopesFact {
    /// The three rows, in `PermissionType::ALL` order; `file` is where the table is (the page,
    /// or the included file).
    Table {
        rows: [ScopeRowFact; 3],
        file: String,
        lines: [usize; 3],
    },
    /// `[!INCLUDE [permissions-table](target)]` whose file is not there.
    MissingInclude {
        target: String,
        looked_at: String,
        line: usize,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScopeRowFact {
    NotSupported,
    /// Least privileged first.
    Scopes(Vec<String>),
}

impl ScopeRowFact {
    pub fn render(&self) -> String {
        match self {
            ScopeRowFact::NotSupported => "not supported".to_owned(),
            ScopeRowFact::Scopes(s) => format!("[{}]", s.join(", ")),
        }
    }
}

#[derive(Clone, Debug)]
pub struct HeaderFact {
    pub name: String,
    pub description: String,
    pub required: bool,
    pub line: usize,
}

#[derive(Clone, Debug)]
pub struct BodyFact {
    pub description: Option<String>,
    pub fields: Vec<FieldFact>,
    pub line: usize,
}

/// A body field or a resource property.
#[derive(Clone, Debug)]
pub struct FieldFact {
    pub name: String,
    pub ty: TypeFact,
    pub description: String,
    /// What the page says about it: `Required.`/`Optional.` or a Required column; `None` when
    /// it says nothing.
    pub required: Option<bool>,
    pub read_only: bool,
    pub deprecated: Option<DeprecationFact>,
    pub line: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeFact {
    /// As the page spells it: `String`, `IdentitySet`, `driveRecipient`.
    pub base: String,
    pub collection: bool,
}

impl TypeFact {
    pub fn render(&self) -> String {
        if self.collection {
            format!("Collection({})", self.base)
        } else {
            self.base.clone()
        }
    }
}

#[derive(Clone, Debug)]
pub struct DeprecationFact {
    /// The property the page says to use instead, when it names one.
    pub replacement: Option<String>,
    /// The sentence that says so.
    pub note: Option<String>,
}

#[derive(Clone, Debug)]
pub struct ResponseFact {
    pub status: u16,
    /// `None` when the sentence does not say.
    pub shape: Option<Shape>,
    /// The words after the status, to find the resource in.
    pub words: Vec<String>,
    pub sentence: String,
    pub line: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Single,
    Collection,
    None,
}

impl Shape {
    pub fn as_str(self) -> &'static str {
        match self {
            Shape::Single => "single",
            Shape::Collection => "collection",
            Shape::None => "none",
        }
    }
}

#[derive(Clone, Debug)]
pub struct ResourceFacts {
    /// The title without ` resource type`.
    pub name: String,
    pub title_line: usize,
    pub properties: Vec<FieldFact>,
    pub enums: Vec<EnumFact>,
}

#[derive(Clone, Debug)]
pub struct EnumFact {
    /// The heading's first word: `Roles` of "Roles enumeration".
    pub name: String,
    pub line: usize,
    pub values: Vec<EnumValueFact>,
}

#[derive(Clone, Debug)]
pub struct EnumValueFact {
    pub value: String,
    pub description: String,
    pub line: usize,
}

/// An error in a page or a file it includes.
pub(crate) struct FileError {
    pub file: String,
    pub error: PageError,
}

type Result<T> = std::result::Result<T, FileError>;

/// Reads a page. `shown` names it in messages; includes are read relative to `path`.
pub(crate) fn read(path: &Path, shown: &str, bytes: &[u8]) -> Result<PageFacts> {
    let at = |error: PageError| FileError {
        file: shown.to_owned(),
        error,
    };
    let page = Page::new(bytes).map_err(at)?;
    let title = page.title();
    let version = if says_beta(&page) { "beta" } else { "v1.0" }.to_owned();
    let title_text = title.as_ref().map(|(_, t)| t.to_lowercase());
    let resource_title = title_text
        .as_deref()
        .is_some_and(|t| t.ends_with("resource type"));
    let has_request = page.section(&["http request"]).is_some();
    let doc_type = page.doc_type.as_deref().unwrap_or("").to_lowercase();
    let kind = if doc_type == "resourcepagetype"
        || (!has_request && (resource_title || page.section(&["properties"]).is_some()))
    {
        PageKind::Resource(resource(&page, title.as_ref()).map_err(at)?)
    } else if has_request
        || doc_type == "apipagetype"
        || permission_table(&page).is_some()
        || include_line(&page).is_some()
    {
        PageKind::Api(Box::new(api(&page, path, shown)?))
    } else {
        return Err(at(PageError::new(
            1,
            "cannot tell what this page documents; expected an API page (with an \"HTTP request\" section of `METHOD /path` lines and a permission table) or a resource page (titled \"… resource type\", with a \"Properties\" table)",
        )));
    };
    Ok(PageFacts {
        file: shown.to_owned(),
        title: title.map(|(_, t)| t),
        version,
        kind,
    })
}

/// The beta notice, or a `/beta` URL.
fn says_beta(page: &Page) -> bool {
    page.lines.iter().any(|l| {
        let t = &l.text;
        let mut from = 0;
        while let Some(p) = t[from..].find("/beta") {
            let at = from + p;
            let after = t[at + 5..].chars().next();
            if !after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
                return true;
            }
            from = at + 5;
        }
        false
    })
}

fn api(page: &Page, path: &Path, shown: &str) -> Result<ApiFacts> {
    let at = |error: PageError| FileError {
        file: shown.to_owned(),
        error,
    };
    let (method, paths) = http_request(page).map_err(at)?;
    let scopes = scopes(page, path, shown)?;
    let headers = headers(page);
    let query = query(page);
    let body = body(page).map_err(at)?;
    let response = response(page);
    Ok(ApiFacts {
        method,
        paths,
        scopes,
        headers,
        query,
        body,
        response,
    })
}

/// The HTTP request block: one method, at least one path.
fn http_request(page: &Page) -> std::result::Result<(Method, Vec<PathFact>), PageError> {
    let Some((heading, range)) = page.section(&["http request"]) else {
        let line = permission_table(page)
            .map(|t| t.line)
            .or_else(|| page.section(&["permissions"]).map(|(h, _)| h.index + 1))
            .unwrap_or(1);
        return Err(PageError::new(
            line,
            "no HTTP request block on this API page; expected a section \"HTTP request\" with one `METHOD /path` line per path, e.g. `GET /me/drive/items/{item-id}/permissions`",
        ));
    };
    // The first code fence of the section (Markdown), or its leading lines (plain text).
    let mut candidates: Vec<(usize, &str)> = Vec::new();
    let fence_start = range.clone().find(|&i| page.lines[i].fence);
    if let Some(start) = fence_start {
        for i in start + 1..range.end {
            let l = &page.lines[i];
            if !l.fenced {
                break;
            }
            if !l.text.trim().is_empty() {
                candidates.push((i, l.text.as_str()));
            }
        }
    } else {
        for i in range.clone() {
            let t = page.lines[i].text.trim();
            if t.is_empty() {
                continue;
            }
            if method_of(t).is_none() {
                break;
            }
            candidates.push((i, page.lines[i].text.as_str()));
        }
    }
    if candidates.is_empty() {
        return Err(PageError::new(
            heading.index + 1,
            "the \"HTTP request\" section has no request line; expected `METHOD /path` lines, e.g. `GET /me/drive/items/{item-id}/permissions`",
        ));
    }
    let mut method = None;
    let mut paths = Vec::new();
    for (i, text) in candidates {
        let line = i + 1;
        let text = text.trim();
        let Some((m, target)) = method_of(text) else {
            return Err(PageError::new(
                line,
                format!("`{text}` is not a request line; expected `METHOD /path` with METHOD one of GET, POST, PUT, PATCH, DELETE"),
            ));
        };
        match method {
            None => method = Some(m),
            Some(first) if first != m => {
                return Err(PageError::new(
                    line,
                    format!(
                        "this HTTP request block mixes {} and {}; expected one operation (one method) per page",
                        first.as_str(),
                        m.as_str()
                    ),
                ))
            }
            Some(_) => {}
        }
        let path = request_path(target).map_err(|m| PageError::new(line, m))?;
        paths.push(PathFact { path, line });
    }
    let method = method.unwrap_or(Method::Get);
    Ok((method, paths))
}

/// `PATCH /x` → (Patch, "/x").
fn method_of(line: &str) -> Option<(Method, &str)> {
    let (m, rest) = line.split_once(char::is_whitespace)?;
    let method = Method::parse(m)?;
    Some((method, rest.trim()))
}

/// The path of a request target: host, version, query and `HTTP/1.1` off; braces checked.
fn request_path(target: &str) -> std::result::Result<String, String> {
    let mut t = target.split_whitespace().next().unwrap_or("");
    for host in ["https://graph.microsoft.com", "http://graph.microsoft.com"] {
        if let Some(rest) = t.strip_prefix(host) {
            t = rest;
        }
    }
    for version in ["/v1.0/", "/beta/"] {
        if t.starts_with(version) {
            // Keep the `/` that starts the path.
            t = &t[version.len() - 1..];
            break;
        }
    }
    let t = t.split('?').next().unwrap_or("");
    if !t.starts_with('/') {
        return Err(format!(
            "`{target}` is not a path; expected a path starting with `/`, e.g. `/me/drive/items/{{item-id}}/permissions`"
        ));
    }
    let mut open = false;
    for c in t.chars() {
        match c {
            '{' if open => {
                return Err(format!(
                    "unbalanced braces in the path `{t}`: a `{{` inside a placeholder; expected placeholders written `{{name}}`"
                ))
            }
            '{' => open = true,
            '}' if !open => {
                return Err(format!(
                    "unbalanced braces in the path `{t}`: a `}}` with no `{{` before it; expected placeholders written `{{name}}`"
                ))
            }
            '}' => open = false,
            _ => {}
        }
    }
    if open {
        return Err(format!(
            "unbalanced braces in the path `{t}`: a `{{` that is never closed; expected placeholders written `{{name}}`"
        ));
    }
    if t.contains("{}") {
        return Err(format!(
            "the path `{t}` has an empty placeholder `{{}}`; expected placeholders written `{{name}}`"
        ));
    }
    Ok(t.to_owned())
}

/// "Permission type | Permissions (from least to most privileged)", or "… | Least privileged
/// permissions | Higher privileged permissions"; not "Permission Type | Property | Type" (a
/// body table of some update pages).
fn is_permission_header(cells: &[String]) -> bool {
    let (first, rest): (String, Vec<String>) = match cells {
        [one, two, rest @ ..] if one == "permission" && two == "type" => {
            ("permission type".to_owned(), rest.to_vec())
        }
        [one, rest @ ..] => (one.clone(), rest.to_vec()),
        [] => return false,
    };
    first.starts_with("permission type")
        && rest
            .iter()
            .any(|c| c.contains("permission") || c.contains("privileged"))
}

/// The first permission table of the page.
fn permission_table(page: &Page) -> Option<Table> {
    page.table(0..page.lines.len(), is_permission_header)
}

/// `[!INCLUDE [permissions-table](target)]`: the line and the target.
fn include_line(page: &Page) -> Option<(usize, String)> {
    for (i, l) in page.lines.iter().enumerate() {
        if l.fenced || l.fence {
            continue;
        }
        let t = l.text.trim();
        let Some(p) = t.find("[!INCLUDE") else {
            continue;
        };
        let rest = &t[p + "[!INCLUDE".len()..];
        let rest = rest.trim_start();
        let Some(rest) = rest.strip_prefix('[') else {
            continue;
        };
        let Some(close) = rest.find(']') else {
            continue;
        };
        let label = &rest[..close];
        let Some(after) = rest[close + 1..].strip_prefix('(') else {
            continue;
        };
        let Some(end) = after.find(')') else {
            continue;
        };
        let target = after[..end].trim();
        if label.eq_ignore_ascii_case("permissions-table") || target.contains("permissions/") {
            return Some((i + 1, target.to_owned()));
        }
    }
    None
}

/// A path with its `.` and `a/..` taken out, `/`-separated: how messages show it.
fn lexical(path: &Path) -> String {
    use std::path::Component;
    let mut parts: Vec<String> = Vec::new();
    let mut root = String::new();
    for c in path.components() {
        match c {
            Component::Prefix(p) => root = p.as_os_str().to_string_lossy().into_owned(),
            Component::RootDir => root.push('/'),
            Component::CurDir => {}
            Component::ParentDir => {
                if parts.last().is_some_and(|p| p != "..") {
                    parts.pop();
                } else {
                    parts.push("..".to_owned());
                }
            }
            Component::Normal(n) => parts.push(n.to_string_lossy().into_owned()),
        }
    }
    format!("{root}{}", parts.join("/"))
}

fn scopes(page: &Page, path: &Path, shown: &str) -> Result<ScopesFact> {
    if let Some((line, target)) = include_line(page) {
        let dir = path.parent().unwrap_or(Path::new(""));
        let file: PathBuf = dir.join(&target);
        let shown_dir = Path::new(shown).parent().unwrap_or(Path::new(""));
        let shown_file = lexical(&shown_dir.join(&target));
        if !file.is_file() {
            return Ok(ScopesFact::MissingInclude {
                target,
                looked_at: shown_file,
                line,
            });
        }
        let at = |error: PageError| FileError {
            file: shown_file.clone(),
            error,
        };
        let bytes = std::fs::read(&file).map_err(|e| {
            at(PageError::new(
                1,
                format!("cannot read the included permission table: {e}"),
            ))
        })?;
        let included = Page::new(&bytes).map_err(at)?;
        let Some(table) = permission_table(&included) else {
            return Err(at(PageError::new(
                1,
                "no permission table in this included file; expected a table whose first column is \"Permission type\", with one row per permission type",
            )));
        };
        let (rows, lines) = scope_rows(&table).map_err(at)?;
        return Ok(ScopesFact::Table {
            rows,
            file: shown_file,
            lines,
        });
    }
    let at = |error: PageError| FileError {
        file: shown.to_owned(),
        error,
    };
    let Some(table) = permission_table(page) else {
        let line = page
            .section(&["permissions"])
            .map(|(h, _)| h.index + 1)
            .unwrap_or(1);
        return Err(at(PageError::new(
            line,
            "no permission table; expected a table whose first column is \"Permission type\", with one row per permission type, or a line `[!INCLUDE [permissions-table](../includes/permissions/NAME.md)]`",
        )));
    };
    let (rows, lines) = scope_rows(&table).map_err(at)?;
    Ok(ScopesFact::Table {
        rows,
        file: shown.to_owned(),
        lines,
    })
}

/// The three rows of a permission table, in `PermissionType::ALL` order.
fn scope_rows(table: &Table) -> std::result::Result<([ScopeRowFact; 3], [usize; 3]), PageError> {
    let labels: Vec<String> = PermissionType::ALL
        .iter()
        .map(|t| t.label().to_lowercase())
        .collect();
    let expected = PermissionType::ALL
        .iter()
        .map(|t| format!("\"{}\"", t.label()))
        .collect::<Vec<_>>()
        .join(", ");
    let mut rows: [Option<(ScopeRowFact, usize)>; 3] = [None, None, None];
    for row in &table.rows {
        let (label, rest) = if table.piped {
            let label = row.cells.first().cloned().unwrap_or_default();
            (label, row.cells[1.min(row.cells.len())..].join(", "))
        } else {
            let text = row.cells.first().cloned().unwrap_or_default();
            // ASCII case only: the byte offsets of `text` and `lower` must agree.
            let lower = text.to_ascii_lowercase();
            match labels.iter().find(|l| lower.starts_with(l.as_str())) {
                Some(l) => (text[..l.len()].to_owned(), text[l.len()..].to_owned()),
                None => (text.clone(), String::new()),
            }
        };
        let Some(k) = labels
            .iter()
            .position(|l| *l == label.trim().to_lowercase())
        else {
            return Err(PageError::new(
                row.line,
                format!(
                    "`{}` is not a permission type; expected a row for each of {expected}",
                    label.trim()
                ),
            ));
        };
        if rows[k].is_some() {
            return Err(PageError::new(
                row.line,
                format!(
                    "a second row for \"{}\"; expected one row for each of {expected}",
                    PermissionType::ALL[k].label()
                ),
            ));
        }
        let scopes = scope_names(&rest);
        let lower = rest.to_lowercase();
        let fact = if !scopes.is_empty() {
            ScopeRowFact::Scopes(scopes)
        } else if lower.contains("not supported") || lower.contains("not available") {
            ScopeRowFact::NotSupported
        } else {
            return Err(PageError::new(
                row.line,
                format!(
                    "no scopes for \"{}\"; expected scope names such as `Files.Read`, least privileged first, or \"Not supported\"",
                    PermissionType::ALL[k].label()
                ),
            ));
        };
        rows[k] = Some((fact, row.line));
    }
    let missing: Vec<String> = rows
        .iter()
        .zip(PermissionType::ALL)
        .filter(|(r, _)| r.is_none())
        .map(|(_, t)| format!("\"{}\"", t.label()))
        .collect();
    if !missing.is_empty() {
        return Err(PageError::new(
            table.line,
            format!(
                "the permission table has no row for {}; expected one row for each of {expected}",
                missing.join(" and ")
            ),
        ));
    }
    let [a, b, c] = rows.map(|r| r.unwrap_or((ScopeRowFact::NotSupported, table.line)));
    Ok(([a.0, b.0, c.0], [a.1, b.1, c.1]))
}

/// Scope names in order of appearance: words with a dot, such as `Files.ReadWrite.All`.
fn scope_names(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split(|c: char| c == ',' || c.is_whitespace() || c == '|') {
        let w = word.trim_matches(|c: char| matches!(c, '.' | ',' | ';' | ':' | '(' | ')' | '*'));
        let is_scope = w.contains('.')
            && w.starts_with(|c: char| c.is_ascii_alphabetic())
            && w.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_' || c == '-');
        if is_scope && !out.iter().any(|s| s == w) {
            out.push(w.to_owned());
        }
    }
    out
}

fn headers(page: &Page) -> Vec<HeaderFact> {
    let mut out: Vec<HeaderFact> = Vec::new();
    let sections = page.sections(|t| t == "request headers" || t == "optional request headers");
    for (heading, range) in sections {
        let optional = heading.text.starts_with("optional");
        let Some(table) = page.table(range, |h| {
            matches!(
                h.first().map(String::as_str),
                Some("name" | "header" | "request header")
            ) && h.len() >= 2
                && (h.iter().any(|c| c == "description" || c == "value") || space_header(h))
        }) else {
            continue;
        };
        let columns = table.columns();
        let desc_col = columns
            .iter()
            .position(|c| c == "description" || c == "value")
            .unwrap_or(columns.len().saturating_sub(1));
        for row in &table.rows {
            let cells = table.cells(row);
            let name = cells.first().map(|c| clean(c)).unwrap_or_default();
            if name.is_empty() || name.contains(' ') {
                continue;
            }
            let description = cells.get(desc_col).cloned().unwrap_or_default();
            let required = !optional && says_required(&description) == Some(true);
            if out.iter().any(|h| h.name.eq_ignore_ascii_case(&name)) {
                continue;
            }
            out.push(HeaderFact {
                name,
                description,
                required,
                line: row.line,
            });
        }
    }
    out
}

/// `Required.` → true, `Optional.` → false, else nothing.
fn says_required(description: &str) -> Option<bool> {
    let lower = description.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphabetic() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    if words.first() == Some(&"optional") || lower.contains("optional.") {
        Some(false)
    } else if words.first() == Some(&"required") || lower.contains("required.") {
        Some(true)
    } else {
        None
    }
}

fn query(page: &Page) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for (_, range) in page.sections(|t| t == "optional query parameters" || t == "query parameters")
    {
        for (i, text) in page.prose(range) {
            let chars: Vec<char> = text.chars().collect();
            let mut k = 0;
            while k < chars.len() {
                if chars[k] == '$' {
                    let name: String = chars[k + 1..]
                        .iter()
                        .take_while(|c| c.is_ascii_alphabetic())
                        .collect();
                    if !name.is_empty() {
                        let option = format!("${name}");
                        if !out.iter().any(|(o, _)| *o == option) {
                            out.push((option, i + 1));
                        }
                    }
                }
                k += 1;
            }
        }
    }
    out
}

/// The column of a field table that names the field: Property, Parameter or Name (not always
/// the first: "Permission Type | Property | Type | Description").
fn name_column(h: &[String]) -> Option<usize> {
    h.iter()
        .position(|c| matches!(c.as_str(), "property" | "parameter" | "name"))
}

fn is_field_header(h: &[String]) -> bool {
    name_column(h).is_some() && h.iter().any(|c| c == "type")
}

fn body(page: &Page) -> std::result::Result<Option<BodyFact>, PageError> {
    let Some((heading, range)) = page.section(&["request body"]) else {
        return Ok(None);
    };
    let description = page
        .prose(range.clone())
        .map(|(_, t)| clean(t))
        .find(|t| !t.is_empty() && !t.starts_with('|') && !t.starts_with('{'));
    match page.table(range.clone(), is_field_header) {
        Some(table) => Ok(Some(BodyFact {
            description,
            fields: fields(&table, false)?,
            line: table.line,
        })),
        None => {
            let says_none = page.prose(range).any(|(_, t)| {
                let t = t.to_lowercase();
                t.contains("don't supply a request body")
                    || t.contains("do not supply a request body")
                    || t.contains("no request body")
            });
            Ok(says_none.then(|| BodyFact {
                description: None,
                fields: Vec::new(),
                line: heading.index + 1,
            }))
        }
    }
}

/// The rows of a Property/Parameter table.
fn fields(table: &Table, resource: bool) -> std::result::Result<Vec<FieldFact>, PageError> {
    let columns = table.columns();
    let name_col = name_column(&columns).unwrap_or(0);
    let type_col = columns.iter().position(|c| c == "type").unwrap_or(1);
    let desc_col = columns
        .iter()
        .position(|c| c == "description" || c == "details")
        .unwrap_or(columns.len().saturating_sub(1));
    let required_col = columns.iter().position(|c| c == "required");
    let mut out: Vec<FieldFact> = Vec::new();
    for row in &table.rows {
        let cells = table.cells(row);
        let raw_name = cells.get(name_col).cloned().unwrap_or_default();
        let mut name = raw_name.clone();
        let mut deprecated_name = false;
        if let Some(p) = name.to_ascii_lowercase().find("(deprecated)") {
            name = name[..p].trim().to_owned();
            deprecated_name = true;
        }
        let name = name.trim().trim_matches('`').to_owned();
        if name.is_empty() {
            continue;
        }
        if !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '@' | '.' | '_' | '-'))
        {
            return Err(PageError::new(
                row.line,
                format!("`{raw_name}` is not a property name; expected a name such as `grantedToV2` in the first column"),
            ));
        }
        let ty_text = cells.get(type_col).cloned().unwrap_or_default();
        let Some(ty) = parse_type(&ty_text) else {
            return Err(PageError::new(
                row.line,
                format!("`{ty_text}` is not a type; expected a type such as `String`, `identitySet`, `Collection(identitySet)` or `String collection` in the Type column"),
            ));
        };
        let description = cells.get(desc_col).cloned().unwrap_or_default();
        let required = match required_col.and_then(|k| cells.get(k)) {
            Some(c) => {
                let c = c.to_lowercase();
                Some(c.starts_with('y') || c.starts_with("true") || c.starts_with("required"))
            }
            None if resource => None,
            None => says_required(&description),
        };
        let read_only = description.to_lowercase().contains("read-only")
            || description.to_lowercase().contains("read only");
        let deprecated = deprecation(&description, deprecated_name);
        if out.iter().any(|f| f.name == name) {
            return Err(PageError::new(
                row.line,
                format!("a second row for `{name}`; expected each property once"),
            ));
        }
        out.push(FieldFact {
            name,
            ty,
            description: strip_notes(&description),
            required,
            read_only,
            deprecated,
            line: row.line,
        });
    }
    Ok(out)
}

/// `Collection(IdentitySet)`, `String collection`, `identitySet` → a type.
fn parse_type(text: &str) -> Option<TypeFact> {
    let t = text.trim();
    let (base, collection) = if let Some(inner) = t
        .strip_prefix("Collection(")
        .or_else(|| t.strip_prefix("collection("))
    {
        (inner.strip_suffix(')')?.trim(), true)
    } else if let Some(base) = t
        .strip_suffix(" collection")
        .or_else(|| t.strip_suffix(" Collection"))
        .or_else(|| t.strip_prefix("Collection of "))
        .or_else(|| t.strip_prefix("collection of "))
    {
        (base.trim(), true)
    } else {
        (t, false)
    };
    let base = base.trim_start_matches("microsoft.graph.");
    let ok = !base.is_empty()
        && base.starts_with(|c: char| c.is_ascii_alphabetic())
        && base
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_');
    ok.then(|| TypeFact {
        base: base.to_owned(),
        collection,
    })
}

/// The description without the notes the spec keeps as flags.
fn strip_notes(description: &str) -> String {
    let mut d = description.trim().to_owned();
    for note in ["Read-only.", "Read only.", "Required.", "Optional."] {
        if let Some(rest) = d.strip_suffix(note) {
            d = rest.trim().to_owned();
        }
        if let Some(rest) = d.strip_prefix(note) {
            d = rest.trim().to_owned();
        }
    }
    d
}

/// A deprecation the description (or `(deprecated)` after the name) states, and what it names
/// instead: "Refer to X", "Use X instead", "replaced by X", "in favor of X".
fn deprecation(description: &str, by_name: bool) -> Option<DeprecationFact> {
    let lower = description.to_lowercase();
    if !by_name && !lower.contains("deprecated") {
        return None;
    }
    let sentence = description
        .split_inclusive(". ")
        .find(|s| s.to_lowercase().contains("deprecated"))
        .map(|s| s.trim().to_owned());
    let mut replacement = None;
    let words: Vec<&str> = description.split_whitespace().collect();
    for (k, w) in words.iter().enumerate() {
        let lw = w.to_lowercase();
        let next = |n: usize| words.get(k + n).copied();
        let candidate = match lw.as_str() {
            "use" => next(1),
            "refer" if next(1).is_some_and(|n| n.eq_ignore_ascii_case("to")) => next(2),
            "replaced" if next(1).is_some_and(|n| n.eq_ignore_ascii_case("by")) => next(2),
            "favor" | "favour"
                if words
                    .get(k.wrapping_sub(1))
                    .is_some_and(|p| p.eq_ignore_ascii_case("in")) =>
            {
                next(1)
                    .filter(|n| n.eq_ignore_ascii_case("of"))
                    .and(next(2))
            }
            _ => None,
        };
        if let Some(c) = candidate {
            let c = c.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            if !c.is_empty()
                && c.starts_with(|ch: char| ch.is_ascii_alphabetic())
                && c.chars().all(|ch| ch.is_ascii_alphanumeric())
                && !matches!(
                    c.to_lowercase().as_str(),
                    "the" | "a" | "an" | "this" | "instead"
                )
            {
                replacement = Some(c.to_owned());
                break;
            }
        }
    }
    Some(DeprecationFact {
        replacement,
        note: sentence,
    })
}

/// "If successful, this method returns a 200 OK response code and …".
fn response(page: &Page) -> Option<ResponseFact> {
    let start = page
        .section(&["http request"])
        .map(|(h, _)| h.index)
        .unwrap_or(0);
    for (i, text) in page.prose(start..page.lines.len()) {
        let text = clean(text);
        let lower = text.to_ascii_lowercase();
        let Some(p) = lower.find("if successful") else {
            continue;
        };
        let Some(r) = lower[p..].find("returns").map(|r| r + p) else {
            continue;
        };
        let after = &text[r..];
        let words: Vec<&str> = after.split_whitespace().collect();
        let Some((k, status)) = words.iter().enumerate().find_map(|(k, w)| {
            let w = w.trim_matches(|c: char| !c.is_ascii_digit());
            (w.len() == 3)
                .then(|| w.parse::<u16>().ok())
                .flatten()
                .filter(|s| (100..600).contains(s))
                .map(|s| (k, s))
        }) else {
            continue;
        };
        let rest: Vec<String> = words[k + 1..].iter().map(|w| (*w).to_owned()).collect();
        let rest_lower = rest.join(" ").to_lowercase();
        let shape = if rest_lower.contains("collection") {
            Some(Shape::Collection)
        } else if status == 204
            || rest_lower.contains("doesn't return anything")
            || rest_lower.contains("does not return anything")
            || rest_lower.contains("no content")
        {
            Some(Shape::None)
        } else if rest_lower.contains("object")
            || rest_lower.contains("resource")
            || rest_lower.contains("in the response body")
        {
            Some(Shape::Single)
        } else {
            None
        };
        let sentence = text[p..]
            .split_inclusive(". ")
            .next()
            .unwrap_or(&text[p..])
            .trim()
            .to_owned();
        return Some(ResponseFact {
            status,
            shape,
            words: rest
                .iter()
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_ascii_alphanumeric())
                        .to_owned()
                })
                .filter(|w| !w.is_empty())
                .collect(),
            sentence,
            line: i + 1,
        });
    }
    None
}

fn resource(
    page: &Page,
    title: Option<&(usize, String)>,
) -> std::result::Result<ResourceFacts, PageError> {
    let Some((title_line, title)) = title else {
        return Err(PageError::new(
            1,
            "a resource page without a title; expected a title such as \"permission resource type\"",
        ));
    };
    let lower = title.to_ascii_lowercase();
    let Some(name) = lower
        .strip_suffix("resource type")
        .map(|n| title[..n.len()].trim().to_owned())
        .filter(|n| !n.is_empty())
    else {
        return Err(PageError::new(
            *title_line,
            format!(
                "the title \"{title}\" does not name a resource; expected \"NAME resource type\""
            ),
        ));
    };
    let Some((heading, range)) = page.section(&["properties"]) else {
        return Err(PageError::new(
            *title_line,
            "a resource page without a \"Properties\" section; expected a section \"Properties\" with a table Property | Type | Description",
        ));
    };
    let Some(table) = page.table(range, is_field_header) else {
        return Err(PageError::new(
            heading.index + 1,
            "the \"Properties\" section has no table; expected a table with the columns Property, Type and Description",
        ));
    };
    let properties = fields(&table, true)?;
    let mut enums = Vec::new();
    let is_enum_heading = |t: &str| {
        t.ends_with(" enumeration")
            || t.ends_with(" enumeration values")
            || t.ends_with(" values")
            || t.ends_with(" enum")
    };
    for (heading, range) in page.sections(is_enum_heading) {
        let name = heading
            .text
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_owned();
        let Some(table) = page.table(range, |h| {
            h.len() >= 2
                && matches!(
                    h[0].as_str(),
                    "value" | "values" | "member" | "role" | "name" | "roles"
                )
                || space_header(h)
        }) else {
            continue;
        };
        let mut values: Vec<EnumValueFact> = Vec::new();
        for row in &table.rows {
            let cells = table.cells(row);
            let value = cells
                .first()
                .map(|c| c.trim().trim_matches('`').to_owned())
                .unwrap_or_default();
            if value.is_empty() || value == "unknownFutureValue" {
                continue;
            }
            if value.contains(' ') {
                return Err(PageError::new(
                    row.line,
                    format!("`{value}` is not an enumeration value; expected one value (such as `read` or `sp.owner`) in the first column"),
                ));
            }
            if values.iter().any(|v| v.value == value) {
                continue;
            }
            values.push(EnumValueFact {
                value,
                description: cells[1.min(cells.len())..].join(" ").trim().to_owned(),
                line: row.line,
            });
        }
        enums.push(EnumFact {
            name,
            line: heading.index + 1,
            values,
        });
    }
    Ok(ResourceFacts {
        name,
        title_line: *title_line,
        properties,
        enums,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types() {
        let t = |s| parse_type(s).map(|t| t.render());
        assert_eq!(
            t("Collection(IdentitySet)").as_deref(),
            Some("Collection(IdentitySet)")
        );
        assert_eq!(
            t("String collection").as_deref(),
            Some("Collection(String)")
        );
        assert_eq!(
            t("driveRecipient collection").as_deref(),
            Some("Collection(driveRecipient)")
        );
        assert_eq!(t("Collection(x").as_deref(), None);
        assert_eq!(t("").as_deref(), None);
    }

    #[test]
    fn scope_words() {
        assert_eq!(
            scope_names("Files.Read Files.Read.All, Files.ReadWrite"),
            vec!["Files.Read", "Files.Read.All", "Files.ReadWrite"]
        );
        assert!(scope_names("Not supported.").is_empty());
    }

    #[test]
    fn deprecations() {
        let d = deprecation(
            "Read-only. GrantedTo has been deprecated. Refer to GrantedToV2",
            false,
        )
        .unwrap();
        assert_eq!(d.replacement.as_deref(), Some("GrantedToV2"));
        let d = deprecation("Deprecated: use link instead.", false).unwrap();
        assert_eq!(d.replacement.as_deref(), Some("link"));
        assert!(deprecation("Nothing here.", false).is_none());
    }

    #[test]
    fn paths() {
        assert_eq!(request_path("/a/{b}/c?$x=1").unwrap(), "/a/{b}/c");
        assert_eq!(
            request_path("https://graph.microsoft.com/v1.0/shares/{x}/permission/grant").unwrap(),
            "/shares/{x}/permission/grant"
        );
        assert!(request_path("/a/{b/c").is_err());
        assert!(request_path("/a/b}/c").is_err());
        assert!(request_path("/a/{{b}}").is_err());
        assert!(request_path("a/b").is_err());
    }
}

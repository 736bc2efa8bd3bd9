//! What a page says, as facts: an API page → one operation, a resource page → a resource's
//! properties and the option tables of their values. Read from a [`Page`]; the spec is not
//! consulted here.

mod api;
mod body;
mod examples;
mod fields;
pub(crate) mod resource;
mod scopes;

use std::path::{Component, Path};

use super::page::Page;
use super::PageError;
pub use crate::vocab::Shape;
use crate::vocab::{ApiVersion, Method, NOT_SUPPORTED};

/// The facts of one page.
#[derive(Clone, Debug)]
pub struct PageFacts {
    /// The page as named on the command line.
    pub file: String,
    /// Its name in a docs checkout, `api/permission-get.md`: the path under
    /// `api-reference/VERSION/`. `None` for a page outside that layout.
    pub name: Option<String>,
    /// The page's `# ` title, when it has one.
    pub title: Option<String>,
    /// The title's line (1 when it comes from the front matter).
    pub title_line: usize,
    /// The first paragraph under the title: what the page documents.
    pub lead: Option<String>,
    /// The resources the lead links to, in order, as their link text names them
    /// (`[permission](../resources/permission.md)` → `permission`), first letter lower case.
    pub lead_links: Vec<String>,
    /// The first line that ends in CR LF, when the page has such lines.
    pub crlf: Option<usize>,
    /// Parts of the page (or of a file it includes) that could not be read: each costs that
    /// part alone.
    pub skipped: Vec<Skipped>,
    /// The API version the page documents: see [`VersionFrom`] for how it is told.
    pub version: ApiVersion,
    /// How the version was told.
    pub version_from: VersionFrom,
    /// What the page documents: an API call or a resource type.
    pub kind: PageKind,
}

/// A part of a page that could not be read: a table, a row, an include.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The page or included file.
    pub file: String,
    /// The 1-based line.
    pub line: usize,
    /// What was expected there, and what is left out because of it.
    pub message: String,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// What a page documents.
#[derive(Clone, Debug)]
pub enum PageKind {
    /// An API call page (`api/permission-get.md`).
    Api(Box<ApiFacts>),
    /// A resource type page (`resources/permission.md`).
    Resource(ResourceFacts),
}

/// What an API call page says.
#[derive(Clone, Debug)]
pub struct ApiFacts {
    /// The HTTP method of the request block.
    pub method: Method,
    /// Every path of the HTTP request block, in order.
    pub paths: Vec<PathFact>,
    /// The "Path parameters" table: name as written, description, line.
    pub path_parameters: Vec<(String, String, usize)>,
    /// The permissions table.
    pub scopes: ScopesFact,
    /// The "Request headers" table.
    pub headers: Vec<HeaderFact>,
    /// The value tables of headers ("Prefer header values"): the header's name, lower case,
    /// and its values.
    pub header_values: Vec<(String, EnumFact)>,
    /// Query options such as `$select`: the option, the sentence that names it, its line.
    pub query: Vec<(String, String, usize)>,
    /// The request examples, in order.
    pub examples: Vec<RequestExample>,
    /// The lines of request-example annotations that no request follows.
    pub empty_examples: Vec<usize>,
    /// `None` when the page shows no body table (and does not say there is no body).
    pub body: Option<BodyFact>,
    /// The "Response" section, when the page has one.
    pub response: Option<ResponseFact>,
    /// Option tables of body fields ("Link types": the values of `type`).
    pub enums: Vec<EnumFact>,
}

/// A request of the page's examples: `METHOD URL`, headers, and a JSON body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestExample {
    /// The method, when the request line names one the spec knows.
    pub method: Option<Method>,
    /// The path without host, version or query, as written.
    pub path: String,
    /// The request line's line.
    pub line: usize,
    /// The top-level keys of the JSON body, in order.
    pub keys: Vec<String>,
}

/// A path of the HTTP request block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathFact {
    /// As written, without host, version or query.
    pub path: String,
    /// The line it is written on.
    pub line: usize,
}

/// The permissions table of an API page, or why it is not there.
#[derive(Clone, Debug)]
pub enum ScopesFact {
    /// The three rows, in `PermissionType::ALL` order; `file` is where the table is (the page,
    /// or the included file).
    Table {
        /// Delegated (work or school), delegated (personal), application.
        rows: [ScopeRowFact; 3],
        /// The file the table is in.
        file: String,
        /// Each row's line in `file`.
        lines: [usize; 3],
    },
    /// A table that is there but cannot be read (no rows, a row that is not a permission
    /// type): `file:line: why`.
    Unreadable(Skipped),
    /// No permission table and no include on the page.
    Absent {
        /// The "Permissions" heading's line, or 1.
        line: usize,
    },
    /// `[!INCLUDE [permissions-table](target)]` whose file is not there.
    MissingInclude {
        /// The include's target, as written.
        target: String,
        /// The path it was looked for at.
        looked_at: String,
        /// The include's line.
        line: usize,
    },
}

/// One row of a permissions table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScopeRowFact {
    /// `Not supported.`: the call cannot be made with this permission type.
    NotSupported,
    /// Least privileged first.
    Scopes(Vec<String>),
}

impl ScopeRowFact {
    /// The row as the spec writes it: `[Files.Read, Files.ReadWrite]` or `not supported`.
    pub fn render(&self) -> String {
        match self {
            ScopeRowFact::NotSupported => NOT_SUPPORTED.to_owned(),
            ScopeRowFact::Scopes(s) => format!("[{}]", s.join(", ")),
        }
    }
}

/// A row of the "Request headers" table.
#[derive(Clone, Debug)]
pub struct HeaderFact {
    /// The header's name, lowercase, e.g. `if-match`.
    pub name: String,
    /// The row's description.
    pub description: String,
    /// Whether the row says the header is required.
    pub required: bool,
    /// The row's line.
    pub line: usize,
}

/// The "Request body" section: its lead and its table, or the resource its prose names.
#[derive(Clone, Debug)]
pub struct BodyFact {
    /// The sentence before the table, when there is one.
    pub description: Option<String>,
    /// The table's rows, in order.
    pub fields: Vec<FieldFact>,
    /// The line of the section's heading.
    pub line: usize,
    /// "Supply a JSON representation of the [permission](…) object": the resource, and
    /// the line that says so.
    pub resource: Option<(String, usize)>,
    /// Properties the section's prose says the call accepts (`**grantedToV2**` in "only
    /// accepts …", or `grantedToV2.siteGroup` in the request body): name and line.
    pub accepted: Vec<(String, usize)>,
    /// Properties the prose says the call does not accept ("… aren't accepted").
    pub rejected: Vec<(String, usize)>,
    /// Properties the prose says are required.
    pub required: Vec<(String, usize)>,
}

/// A body field or a resource property.
#[derive(Clone, Debug)]
pub struct FieldFact {
    /// The name as the page writes it, e.g. `expirationDateTime`.
    pub name: String,
    /// The type as the page writes it.
    pub ty: TypeFact,
    /// The row's description, without the required/read-only notes.
    pub description: String,
    /// What the page says about it: `Required.`/`Optional.` or a Required column; `None` when
    /// it says nothing.
    pub required: Option<bool>,
    /// Whether the page says it is read-only.
    pub read_only: bool,
    /// Set when the page says it is deprecated.
    pub deprecated: Option<DeprecationFact>,
    /// The row's line.
    pub line: usize,
}

/// A type as a page writes it, e.g. `driveRecipient collection`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeFact {
    /// As the page spells it: `String`, `IdentitySet`, `driveRecipient`.
    pub base: String,
    /// Whether it is a collection of `base`.
    pub collection: bool,
}

impl TypeFact {
    /// The type as the spec writes it, e.g. `Collection(driveRecipient)`.
    pub fn render(&self) -> String {
        if self.collection {
            super::types::collection_of(&self.base)
        } else {
            self.base.clone()
        }
    }
}

/// What a page says about a deprecated property.
#[derive(Clone, Debug)]
pub struct DeprecationFact {
    /// The property the page says to use instead, when it names one.
    pub replacement: Option<String>,
    /// The sentence that says so.
    pub note: Option<String>,
}

/// The "Response" section of an API page.
#[derive(Clone, Debug)]
pub struct ResponseFact {
    /// The first success status the section names; 0 when it names none.
    pub status: u16,
    /// Every success status the "Response" section names: code, sentence, line.
    pub statuses: Vec<(u16, String, usize)>,
    /// `None` when the sentence does not say.
    pub shape: Option<Shape>,
    /// The words after the status, to find the resource in.
    pub words: Vec<String>,
    /// The resource the sentence links to (`[permission](../resources/permission.md)`,
    /// `[permission][]`), first letter lower case.
    pub linked: Option<String>,
    /// The sentence that names the status.
    pub sentence: String,
    /// The sentence's line.
    pub line: usize,
}

/// What a resource type page says.
#[derive(Clone, Debug)]
pub struct ResourceFacts {
    /// The title without ` resource type` or ` resource`, first letter lower case as Graph
    /// names types (`DriveRecipient resource` → `driveRecipient`).
    pub name: String,
    /// The title's line.
    pub title_line: usize,
    /// The name the page's resource annotation gives (`"@odata.type":
    /// "microsoft.graph.sharepointIds"` → `sharepointIds`) and its line.
    pub annotated: Option<(String, usize)>,
    /// The "Properties" table's rows, in order.
    pub properties: Vec<FieldFact>,
    /// The option tables of its properties.
    pub enums: Vec<EnumFact>,
}

/// An option table: the values one property takes ("Roles property values", "Type options",
/// "Scope options", "Roles enumeration").
#[derive(Clone, Debug)]
pub struct EnumFact {
    /// The property the values are for, as the resource spells it (`roles`, `type`).
    pub property: String,
    /// The table's line.
    pub line: usize,
    /// The table's rows, in order.
    pub values: Vec<EnumValueFact>,
}

/// A row of an option table.
#[derive(Clone, Debug)]
pub struct EnumValueFact {
    /// The value as sent, e.g. `read`.
    pub value: String,
    /// The row's description.
    pub description: String,
    /// The row's line.
    pub line: usize,
}

/// How a page's version was told, most trusted first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionFrom {
    /// The page sits under `…/beta/…` or `…/v1.0/…` (a docs checkout).
    Path,
    /// The page includes `beta-disclaimer`, or shows the notice it renders to: beta.
    Disclaimer,
    /// Outside a docs checkout and without the notice: the request lines' `/beta/` or
    /// `/v1.0/` prefix, else v1.0.
    RequestUrl,
}

/// An error in a page or a file it includes.
pub(crate) struct FileError {
    pub file: String,
    pub error: PageError,
}

type Result<T> = std::result::Result<T, FileError>;

/// Reads a page. `shown` names it in messages; includes are read relative to `path`. A page
/// whose kind cannot be told, or an API page without a request block, is an error; a part of a
/// page that cannot be read is listed in [`PageFacts::skipped`] and the rest is read.
pub(crate) fn read(path: &Path, shown: &str, bytes: &[u8]) -> Result<PageFacts> {
    let at = |error: PageError| FileError {
        file: shown.to_owned(),
        error,
    };
    let page = Page::new(bytes).map_err(at)?;
    let title = page.title();
    let (version, version_from) = version(path, &page);
    let title_text = title.as_ref().map(|(_, t)| t.to_lowercase());
    let resource_title = title_text
        .as_deref()
        .is_some_and(|t| t.ends_with(" resource type") || t.ends_with(" resource"));
    let has_request = page.section(&["http request"]).is_some();
    let doc_type = page.doc_type.as_deref().unwrap_or("").to_lowercase();
    let mut skipped = Vec::new();
    let kind = if doc_type == "resourcepagetype"
        || (!has_request && (resource_title || page.section(&["properties"]).is_some()))
    {
        PageKind::Resource(resource::read(&page, title.as_ref(), shown, &mut skipped).map_err(at)?)
    } else if has_request || doc_type == "apipagetype" || scopes::on_page(&page) {
        PageKind::Api(Box::new(api::read(&page, path, shown, &mut skipped)?))
    } else {
        return Err(at(PageError::new(
            1,
            "cannot tell what this page documents; expected an API page (with an \"HTTP request\" section of `METHOD /path` lines and a permission table) or a resource page (titled \"… resource type\", with a \"Properties\" table)",
        )));
    };
    Ok(PageFacts {
        file: shown.to_owned(),
        name: docs_name(path),
        title_line: title.as_ref().map(|(l, _)| *l).unwrap_or(1),
        title: title.map(|(_, t)| t),
        lead: page.lead(),
        lead_links: page.lead_links().iter().map(|l| lower_first(l)).collect(),
        crlf: page.crlf,
        skipped,
        version,
        version_from,
        kind,
    })
}

/// `DriveItem` → `driveItem`: Graph's type names start lower case whatever the prose's capitals.
pub(crate) fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) => c.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// The version folder of a docs checkout, the beta notice, or (for a loose page) the request
/// URLs; never the prose, which links to both versions.
fn version(path: &Path, page: &Page) -> (ApiVersion, VersionFrom) {
    for c in path.components().rev().skip(1) {
        if let Some(v) = c.as_os_str().to_str().and_then(ApiVersion::parse) {
            return (v, VersionFrom::Path);
        }
    }
    let preview = ApiVersion::ALL
        .iter()
        .copied()
        .find(|v| *v != ApiVersion::STABLE)
        .unwrap_or(ApiVersion::STABLE);
    let p = preview.as_str();
    // The include, or the notice it renders to on the web page.
    let notice = page.lines.iter().any(|l| {
        l.text.contains(&format!(
            "APIs under the `/{p}` version in Microsoft Graph are subject to change"
        )) || l.text.contains(&format!(
            "APIs under the /{p} version in Microsoft Graph are subject to change"
        ))
    });
    if notice
        || page
            .includes()
            .iter()
            .any(|(_, label, _)| *label == format!("{p}-disclaimer"))
    {
        return (preview, VersionFrom::Disclaimer);
    }
    let prefixed = |t: &str| {
        t.starts_with(&format!("/{p}/"))
            || t.starts_with(&format!("https://graph.microsoft.com/{p}/"))
    };
    let in_url = page.lines.iter().filter(|l| l.fenced).any(|l| {
        let t = l.text.trim_start();
        prefixed(t.split_whitespace().nth(1).unwrap_or(""))
    });
    let plain = !page.markdown
        && page
            .lines
            .iter()
            .any(|l| l.text.contains(&format!("graph.microsoft.com/{p}/")));
    let version = if in_url || plain {
        preview
    } else {
        ApiVersion::STABLE
    };
    (version, VersionFrom::RequestUrl)
}

/// `…/api-reference/beta/api/permission-get.md` → `api/permission-get.md`.
pub(crate) fn docs_name(path: &Path) -> Option<String> {
    let parts: Vec<String> = path
        .components()
        .filter_map(|c| match c {
            Component::Normal(n) => Some(n.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    let at = parts
        .iter()
        .rposition(|p| ApiVersion::parse(p).is_some())
        .filter(|&k| k > 0 && parts[k - 1] == "api-reference")?;
    let rest = &parts[at + 1..];
    (rest.len() >= 2).then(|| rest.join("/"))
}

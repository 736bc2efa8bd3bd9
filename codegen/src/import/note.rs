//! Notes: what the pages say that the spec cannot hold as said, a page that is wrong, or a page
//! that disagrees with another — each with the page line, what the page says, what the import
//! took and why. Reported, never a reason to stop.

use super::doc::Source;

/// What a note is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NoteKind {
    /// An HTTP request block shows real ids where placeholders belong.
    IdsInPath,
    /// An HTTP request block shows another resource's path (the page's own example and title
    /// say which resource the page is about).
    ForeignPath,
    /// A request path misses a segment (`{item-id}/{permissionId}`, a trailing `/`).
    MissingSegment,
    /// A title names another resource than the page's path reaches.
    WrongTitle,
    /// A permission table names a scope that does not exist.
    UnknownScope,
    /// A permission table (or the file an include names) has no rows, or rows that cannot be
    /// read.
    UnreadableTable,
    /// An include names a file that is not there.
    MissingInclude,
    /// A page has no permission table at all.
    NoTable,
    /// A request example with no request.
    EmptyExample,
    /// A page with CR LF line endings.
    Crlf,
    /// The pages of the two versions say different things; one is taken.
    VersionsDisagree,
    /// Only one version's page says something the spec cannot tell apart by version.
    OneVersion,
    /// A scope table filled from Microsoft's permission data.
    FilledFromData,
    /// A page's scope table and Microsoft's permission data disagree.
    DataDisagrees,
    /// A body's prose or example names a property the resource does not have, or one the
    /// other version's page refuses.
    BodyProperty,
    /// A body whose pages name its resource but none of the properties the call accepts:
    /// what the same call on another family accepts is taken.
    BorrowedBody,
    /// An operation, variant or property left out: what it needs is on no page read.
    LeftOut,
    /// Two pages of one version document the same operation or resource.
    SamePage,
    /// A header or query option the spec format does not know.
    Unsupported,
    /// A line, row or table that could not be read (also listed under "Skipped").
    Unreadable,
    /// A name the rules give clashes with another; a suffix is added.
    NameClash,
    /// A `# import: keep` comment that does not cover a difference under it: the difference is
    /// of another kind than the one the comment keeps.
    KeepMismatch,
}

/// A note of the import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// What it is about.
    pub kind: NoteKind,
    /// The page line it is about, when there is one.
    pub from: Option<Source>,
    /// Where in the spec: `families.site.operations.create.scopes`; empty when nowhere.
    pub at: String,
    /// What the page says, what the import took and why, as sentences.
    pub text: String,
}

impl Note {
    pub(crate) fn new(
        kind: NoteKind,
        from: Option<Source>,
        at: impl Into<String>,
        text: impl Into<String>,
    ) -> Note {
        Note {
            kind,
            from,
            at: at.into(),
            text: text.into(),
        }
    }

    /// `FILE:LINE: text (at KEY)`, one line.
    pub fn render(&self) -> String {
        let at = if self.at.is_empty() {
            String::new()
        } else {
            format!(" (`{}`)", self.at)
        };
        match &self.from {
            Some(s) => format!("{s}: {}{at}", self.text),
            None => format!("{}{at}", self.text),
        }
    }
}

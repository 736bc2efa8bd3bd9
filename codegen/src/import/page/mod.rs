//! A documentation page as text: its lines (HTML comments blanked, code fences marked), its
//! headings and sections, and the tables in them, in either format the Graph docs come in —
//! the Markdown source or the plain-text rendering of the web page.
//!
//! Nothing here knows what a permission or a property is; `facts` reads those out of this.

use std::ops::Range;

use super::PageError;

mod inline;

pub(crate) use inline::clean;
use inline::{is_separator, split_pipes, unquote};

/// One line of a page.
#[derive(Clone, Debug)]
pub(crate) struct Line {
    /// The text, with HTML comments replaced by nothing and `\r` removed.
    pub text: String,
    /// Inside a code fence (not the fence line itself).
    pub fenced: bool,
    /// A fence line (```` ``` ```` or `~~~`).
    pub fence: bool,
}

/// A heading: a Markdown `#` line, or in plain text a line that is a known section title.
#[derive(Clone, Debug)]
pub(crate) struct Heading {
    /// 0-based index into `Page::lines`.
    pub index: usize,
    pub level: usize,
    /// Lower case, markup removed.
    pub text: String,
}

#[derive(Clone, Debug)]
pub(crate) struct Page {
    pub lines: Vec<Line>,
    pub markdown: bool,
    /// `title:` of the front matter.
    pub front_title: Option<String>,
    /// `doc_type:` of the front matter.
    pub doc_type: Option<String>,
    pub headings: Vec<Heading>,
    /// The `<!-- { … } -->` annotations of the Markdown source, in order.
    pub annotations: Vec<Annotation>,
    /// The 1-based line of the first line that ends in CR LF, when one does.
    pub crlf: Option<usize>,
}

/// An HTML comment holding a JSON object, as the docs' Markdown writes its annotations:
/// `<!-- { "blockType": "request", "name": "…" } -->`.
#[derive(Clone, Debug)]
pub(crate) struct Annotation {
    /// 1-based line of the `<!--`.
    pub line: usize,
    /// 0-based index of the line of the `-->`.
    pub end: usize,
    /// The comment's text between `<!--` and `-->`.
    pub text: String,
}

impl Annotation {
    /// The string value of a key, `"blockType": "request"` → `request`. Read from the text, not
    /// parsed as JSON: the docs' annotations are not always valid JSON.
    pub fn get(&self, key: &str) -> Option<String> {
        let quoted = format!("\"{key}\"");
        let at = self.text.find(&quoted)? + quoted.len();
        let rest = self.text[at..].trim_start().strip_prefix(':')?.trim_start();
        let rest = rest.strip_prefix('"')?;
        let end = rest.find('"')?;
        Some(rest[..end].to_owned())
    }
}

/// A table: pipe-separated (Markdown, and some plain-text renderings) or space-separated.
#[derive(Clone, Debug)]
pub(crate) struct Table {
    /// 1-based line of the header row.
    pub line: usize,
    /// The header's cells (pipe tables) or words (space tables), cleaned.
    pub header: Vec<String>,
    pub piped: bool,
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug)]
pub(crate) struct Row {
    /// 1-based line.
    pub line: usize,
    /// The cells of a pipe table, cleaned; for a space table, the whole row as one cell.
    pub cells: Vec<String>,
}

/// Section titles the plain-text rendering shows as lines of their own.
const PLAIN_HEADINGS: &[&str] = &[
    "permissions",
    "http request",
    "path parameters",
    "request headers",
    "optional request headers",
    "request body",
    "response",
    "responses",
    "optional query parameters",
    "query parameters",
    "properties",
    "relationships",
    "json representation",
    "methods",
    "example",
    "examples",
    "request",
    "remarks",
    "error responses",
    "sdk sample code",
    "feedback",
    "functions",
    "actions",
];

/// Words that may head a column of a space-separated table.
const COLUMN_WORDS: &[&str] = &[
    "property",
    "parameter",
    "name",
    "type",
    "description",
    "details",
    "value",
    "values",
    "member",
    "role",
    "required",
    "header",
    "notes",
];

impl Page {
    /// Reads a page from its bytes. `what` names it in errors.
    pub fn new(bytes: &[u8]) -> Result<Page, PageError> {
        let text = page_text(bytes)?;
        let raw: Vec<&str> = text
            .split('\n')
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
            .collect();
        let (front_title, doc_type, body_start) = front_matter(&raw)?;
        let lines = marked_lines(&raw, body_start);
        let markdown = body_start > 0
            || lines.iter().any(|l| l.fence)
            || lines
                .iter()
                .any(|l| !l.fenced && markdown_heading(&l.text).is_some());

        let headings = headings(&lines, markdown);
        let annotations = annotations(&raw, body_start);
        let crlf = text
            .split_inclusive('\n')
            .position(|l| l.ends_with("\r\n"))
            .map(|i| i + 1);
        Ok(Page {
            lines,
            markdown,
            front_title,
            doc_type,
            headings,
            annotations,
            crlf,
        })
    }

    /// The page's title: the first `#` heading (else the front matter's `title:`), or in plain
    /// text the first line of more than one word (stray navigation words are single words).
    pub fn title(&self) -> Option<(usize, String)> {
        self.shown_title()
            .or_else(|| self.front_title.as_ref().map(|t| (1, t.clone())))
    }

    /// The first paragraph under the title that is prose: not a heading, table, include,
    /// code or the "Namespace:" line. Pages open with what they document.
    pub fn lead(&self) -> Option<String> {
        let text = self
            .lead_lines()
            .iter()
            .map(|l| clean(l))
            .collect::<Vec<_>>()
            .join(" ");
        (!text.is_empty()).then_some(text)
    }

    /// The resources the lead links to, by their link text: `[permission](../resources/permission.md)`
    /// → `permission`; links to other API pages are not resources.
    pub fn lead_links(&self) -> Vec<String> {
        let mut out = Vec::new();
        for line in self.lead_lines() {
            let mut rest = line.as_str();
            while let Some(open) = rest.find('[') {
                let after = &rest[open + 1..];
                let Some(close) = after.find("](") else { break };
                let text = &after[..close];
                let target_start = &after[close + 2..];
                let Some(end) = target_start.find(')') else {
                    break;
                };
                let target = &target_start[..end];
                let text = clean(text);
                if target.contains("resources/") && !text.is_empty() && !text.contains(' ') {
                    out.push(text);
                }
                rest = &target_start[end..];
            }
        }
        out
    }

    /// The lines of the lead paragraph, as written.
    fn lead_lines(&self) -> Vec<String> {
        let Some((title_line, _)) = self.shown_title() else {
            return Vec::new();
        };
        let mut out: Vec<String> = Vec::new();
        for (i, l) in self.lines.iter().enumerate().skip(title_line) {
            let t = l.text.trim();
            let heading = self.headings.iter().any(|h| h.index == i);
            if l.fenced || l.fence || heading || t.starts_with('#') || t.starts_with('|') {
                if out.is_empty() {
                    continue;
                }
                break;
            }
            let skip =
                t.starts_with("[!INCLUDE") || t.starts_with("Namespace:") || t.starts_with('>');
            if t.is_empty() || skip {
                if !out.is_empty() {
                    break;
                }
                continue;
            }
            out.push(t.to_owned());
        }
        out
    }

    /// The title the page shows: its first `#` heading, or its first line of several words.
    fn shown_title(&self) -> Option<(usize, String)> {
        for (i, l) in self.lines.iter().enumerate() {
            if l.fenced || l.fence {
                continue;
            }
            if self.markdown {
                if let Some((1, text)) = markdown_heading(&l.text) {
                    return Some((i + 1, clean(&text)));
                }
            } else {
                let text = clean(&l.text);
                if text.split_whitespace().count() > 1 {
                    return Some((i + 1, text));
                }
            }
        }
        None
    }

    /// Every `[!INCLUDE [label](target)]` outside code fences: its 1-based line, label and target.
    pub fn includes(&self) -> Vec<(usize, String, String)> {
        let mut out = Vec::new();
        for (i, l) in self.lines.iter().enumerate() {
            if l.fenced || l.fence {
                continue;
            }
            let mut rest = l.text.as_str();
            while let Some(p) = rest.find("[!INCLUDE") {
                rest = rest[p + "[!INCLUDE".len()..].trim_start();
                let Some(inner) = rest.strip_prefix('[') else {
                    continue;
                };
                let Some(close) = inner.find(']') else {
                    break;
                };
                let label = inner[..close].trim().to_owned();
                let Some(after) = inner[close + 1..].strip_prefix('(') else {
                    continue;
                };
                let Some(end) = after.find(')') else {
                    break;
                };
                out.push((i + 1, label, after[..end].trim().to_owned()));
                rest = &after[end..];
            }
        }
        out
    }

    /// The first section whose heading is one of `names` (lower case): the heading and the
    /// range of line indices under it.
    pub fn section(&self, names: &[&str]) -> Option<(&Heading, Range<usize>)> {
        self.sections(|t| names.contains(&t)).into_iter().next()
    }

    /// Every section whose heading satisfies `pred`.
    pub fn sections(&self, pred: impl Fn(&str) -> bool) -> Vec<(&Heading, Range<usize>)> {
        let mut out = Vec::new();
        for (n, h) in self.headings.iter().enumerate() {
            if !pred(&h.text) {
                continue;
            }
            let end = self.headings[n + 1..]
                .iter()
                .find(|next| next.level <= h.level)
                .map(|next| next.index)
                .unwrap_or(self.lines.len());
            out.push((h, h.index + 1..end));
        }
        out
    }

    /// The lines of `range` that are prose: not fenced, not fences.
    pub fn prose(&self, range: Range<usize>) -> impl Iterator<Item = (usize, &str)> {
        range.filter_map(move |i| {
            let l = self.lines.get(i)?;
            (!l.fenced && !l.fence).then_some((i, l.text.as_str()))
        })
    }

    /// The first table in `range` whose header satisfies `header` (given the header's cells
    /// or words, lower case).
    pub fn table(&self, range: Range<usize>, header: impl Fn(&[String]) -> bool) -> Option<Table> {
        let mut i = range.start;
        while i < range.end.min(self.lines.len()) {
            let l = &self.lines[i];
            if l.fenced || l.fence {
                i += 1;
                continue;
            }
            let trimmed = l.text.trim();
            if trimmed.starts_with('|') {
                let start = i;
                let mut end = i;
                while end < range.end.min(self.lines.len())
                    && !self.lines[end].fenced
                    && self.lines[end].text.trim().starts_with('|')
                {
                    end += 1;
                }
                let cells = split_pipes(trimmed);
                let lower: Vec<String> = cells.iter().map(|c| c.to_lowercase()).collect();
                if header(&lower) {
                    let mut rows = Vec::new();
                    for j in start + 1..end {
                        let cells = split_pipes(self.lines[j].text.trim());
                        if is_separator(&cells) {
                            continue;
                        }
                        rows.push(Row { line: j + 1, cells });
                    }
                    return Some(Table {
                        line: start + 1,
                        header: cells,
                        piped: true,
                        rows,
                    });
                }
                i = end;
                continue;
            }
            // A header is a few words: long lines are not cleaned to find out.
            if trimmed.len() > 200 {
                i += 1;
                continue;
            }
            let words: Vec<String> = clean(trimmed)
                .split_whitespace()
                .map(|w| w.to_lowercase())
                .collect();
            if !words.is_empty() && header(&words) {
                let mut rows = Vec::new();
                let mut j = i + 1;
                while j < range.end.min(self.lines.len()) {
                    let row = &self.lines[j];
                    if row.fenced
                        || row.fence
                        || row.text.trim().is_empty()
                        || self.headings.iter().any(|h| h.index == j)
                    {
                        break;
                    }
                    rows.push(Row {
                        line: j + 1,
                        cells: vec![clean(&row.text)],
                    });
                    j += 1;
                }
                return Some(Table {
                    line: i + 1,
                    header: clean(trimmed)
                        .split_whitespace()
                        .map(str::to_owned)
                        .collect(),
                    piped: false,
                    rows,
                });
            }
            i += 1;
        }
        None
    }
}

impl Table {
    /// The columns of the header, lower case: the cells of a pipe table; for a space table, its
    /// words (a space table's header is a list of one-word column names).
    pub fn columns(&self) -> Vec<String> {
        self.header.iter().map(|c| c.to_lowercase()).collect()
    }

    /// The cells of a row. Pipe tables have them; a space table's row is split by its header:
    /// one word per column (two for a type written `X collection`, and a name followed by
    /// `(deprecated)`), the rest of the line for the last column.
    pub fn cells(&self, row: &Row) -> Vec<String> {
        if self.piped {
            let mut cells = row.cells.clone();
            cells.resize(self.header.len().max(cells.len()), String::new());
            return cells;
        }
        let columns = self.columns();
        let text = row.cells.first().map(String::as_str).unwrap_or("");
        let mut words = text.split_whitespace().peekable();
        let mut cells = Vec::with_capacity(columns.len());
        for (k, column) in columns.iter().enumerate() {
            if k + 1 == columns.len() {
                cells.push(words.by_ref().collect::<Vec<_>>().join(" "));
                break;
            }
            let mut cell = words.next().unwrap_or("").to_owned();
            if k == 0 {
                if let Some(next) = words.peek() {
                    if next.eq_ignore_ascii_case("(deprecated)") {
                        cell.push(' ');
                        cell.push_str(next);
                        words.next();
                    }
                }
            }
            if column == "type" {
                if let Some(next) = words.peek() {
                    if next.eq_ignore_ascii_case("collection") {
                        cell.push(' ');
                        cell.push_str(next);
                        words.next();
                    }
                }
            }
            cells.push(cell);
        }
        cells
    }
}

/// The bytes as text: not binary, UTF-8, not empty; a byte-order mark dropped.
fn page_text(bytes: &[u8]) -> Result<&str, PageError> {
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(PageError::new(
            line_of(bytes, at),
            "this is a binary file, not a documentation page; expected the Markdown source or the plain text of a Graph API or resource page",
        ));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            return Err(PageError::new(
                line_of(bytes, e.valid_up_to()),
                "the page is not UTF-8 text; expected the Markdown source or the plain text of a Graph API or resource page",
            ))
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(PageError::new(
            1,
            "the page is empty; expected the Markdown source or the plain text of a Graph API or resource page",
        ));
    }
    Ok(text)
}

/// `title:` and `doc_type:` of the front matter, and the index of the first line after it.
#[allow(clippy::type_complexity)]
fn front_matter(raw: &[&str]) -> Result<(Option<String>, Option<String>, usize), PageError> {
    let mut front_title = None;
    let mut doc_type = None;
    let mut body_start = 0;
    if raw.first().map(|l| l.trim_end()) == Some("---") {
        let Some(end) = raw.iter().skip(1).position(|l| l.trim_end() == "---") else {
            return Err(PageError::new(
                1,
                "the front matter opened here is never closed; expected a line `---` after it",
            ));
        };
        for l in &raw[1..=end] {
            if let Some((key, value)) = l.split_once(':') {
                let value = unquote(value.trim());
                match key.trim() {
                    "title" => front_title = Some(value),
                    "doc_type" => doc_type = Some(value),
                    _ => {}
                }
            }
        }
        body_start = end + 2;
    }
    Ok((front_title, doc_type, body_start))
}

/// The lines with HTML comments taken out and code fences marked; the front matter blank.
fn marked_lines(raw: &[&str], body_start: usize) -> Vec<Line> {
    let mut lines = Vec::with_capacity(raw.len());
    let mut in_comment = false;
    let mut fence: Option<String> = None;
    for (i, l) in raw.iter().enumerate() {
        if i < body_start {
            lines.push(Line {
                text: String::new(),
                fenced: false,
                fence: false,
            });
            continue;
        }
        let mut text = String::new();
        let mut rest: &str = l;
        loop {
            if in_comment {
                match rest.find("-->") {
                    Some(end) => {
                        rest = &rest[end + 3..];
                        in_comment = false;
                    }
                    None => break,
                }
            } else {
                match rest.find("<!--") {
                    Some(start) if fence.is_none() => {
                        text.push_str(&rest[..start]);
                        rest = &rest[start + 4..];
                        in_comment = true;
                    }
                    _ => {
                        text.push_str(rest);
                        break;
                    }
                }
            }
        }
        let trimmed = text.trim_start();
        let marker = if trimmed.starts_with("```") {
            Some("```")
        } else if trimmed.starts_with("~~~") {
            Some("~~~")
        } else {
            None
        };
        match (&fence, marker) {
            (None, Some(m)) => {
                fence = Some(m.to_owned());
                lines.push(Line {
                    text,
                    fenced: false,
                    fence: true,
                });
            }
            (Some(open), Some(m)) if open == m => {
                fence = None;
                lines.push(Line {
                    text,
                    fenced: false,
                    fence: true,
                });
            }
            (Some(_), _) => lines.push(Line {
                text,
                fenced: true,
                fence: false,
            }),
            (None, None) => lines.push(Line {
                text,
                fenced: false,
                fence: false,
            }),
        }
    }
    lines
}

/// The `<!-- { … } -->` comments outside code fences.
fn annotations(raw: &[&str], body_start: usize) -> Vec<Annotation> {
    let mut out = Vec::new();
    let mut fence: Option<&str> = None;
    let mut i = body_start;
    while i < raw.len() {
        let t = raw[i].trim_start();
        for marker in ["```", "~~~"] {
            if t.starts_with(marker) {
                fence = match fence {
                    None => Some(marker),
                    Some(open) if open == marker => None,
                    other => other,
                };
            }
        }
        if fence.is_none() {
            if let Some(start) = raw[i].find("<!--") {
                let mut text = String::new();
                let mut j = i;
                let mut rest = &raw[i][start + 4..];
                loop {
                    if let Some(end) = rest.find("-->") {
                        text.push_str(&rest[..end]);
                        break;
                    }
                    text.push_str(rest);
                    text.push('\n');
                    j += 1;
                    match raw.get(j) {
                        Some(next) => rest = next,
                        None => break,
                    }
                }
                if text.trim_start().starts_with('{') {
                    out.push(Annotation {
                        line: i + 1,
                        end: j.min(raw.len() - 1),
                        text,
                    });
                }
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// The headings: `#` lines of Markdown, known section titles of plain text.
fn headings(lines: &[Line], markdown: bool) -> Vec<Heading> {
    let mut headings = Vec::new();
    for (index, l) in lines.iter().enumerate() {
        if l.fenced || l.fence {
            continue;
        }
        if markdown {
            if let Some((level, text)) = markdown_heading(&l.text) {
                headings.push(Heading {
                    index,
                    level,
                    text: heading_text(&text),
                });
            }
        } else {
            let text = heading_text(&l.text);
            if is_plain_heading(&text) {
                headings.push(Heading {
                    index,
                    level: 2,
                    text,
                });
            }
        }
    }
    headings
}

/// True when `words` (lower case) look like the header of a space-separated table: at least
/// two words, every one a column name.
pub(crate) fn space_header(words: &[String]) -> bool {
    words.len() >= 2 && words.iter().all(|w| COLUMN_WORDS.contains(&w.as_str()))
}

fn is_plain_heading(text: &str) -> bool {
    PLAIN_HEADINGS.contains(&text)
        || (text.ends_with(" enumeration")
            || text.ends_with(" enumeration values")
            || text.ends_with(" property values"))
            && text.split_whitespace().count() <= 4
}

/// `## Text` → (2, "Text"); tab markers (`# [C#](#tab/csharp)`) are not headings.
fn markdown_heading(line: &str) -> Option<(usize, String)> {
    let trimmed = line.trim_start();
    if line.len() - trimmed.len() > 3 {
        return None;
    }
    let level = trimmed.chars().take_while(|&c| c == '#').count();
    if level == 0 || level > 6 {
        return None;
    }
    let rest = &trimmed[level..];
    if !rest.starts_with(' ') && !rest.is_empty() {
        return None;
    }
    let text = rest.trim().trim_end_matches('#').trim();
    if text.is_empty() || (text.starts_with('[') && text.contains("](#tab/")) {
        return None;
    }
    Some((level, text.to_owned()))
}

fn heading_text(text: &str) -> String {
    clean(text).trim_end_matches(':').trim().to_lowercase()
}

/// The 1-based line of a byte offset.
fn line_of(bytes: &[u8], at: usize) -> usize {
    bytes[..at.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

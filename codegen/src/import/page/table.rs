//! The tables of a page: pipe-separated (Markdown, and some plain-text renderings) or
//! space-separated (the plain text of a web page), and their cells.

use std::ops::Range;

use super::inline::{clean, is_separator, split_pipes};
use super::Page;

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

/// True when `words` (lower case) look like the header of a space-separated table: at least
/// two words, every one a column name.
pub(crate) fn space_header(words: &[String]) -> bool {
    words.len() >= 2 && words.iter().all(|w| COLUMN_WORDS.contains(&w.as_str()))
}

impl Page {
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

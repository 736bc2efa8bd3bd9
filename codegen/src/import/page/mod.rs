//! A documentation page as text: its lines (HTML comments blanked, code fences marked), its
//! headings and sections, and the tables in them, in either format the Graph docs come in —
//! the Markdown source or the plain-text rendering of the web page.
//!
//! Nothing here knows what a permission or a property is; `facts` reads those out of this.

use std::ops::Range;

use super::PageError;

mod inline;
mod lines;
mod table;

pub(crate) use inline::clean;
use lines::{annotations, front_matter, headings, markdown_heading, marked_lines, page_text};
pub(crate) use table::{space_header, Table};

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
}

//! Surgical edits of the spec's text: marked-yaml says where each key and value is, and the
//! edits replace or insert text at exactly those places, so that every comment, blank line and
//! hand-written value elsewhere stays as it was.

use std::ops::Range;

use marked_yaml::types::MarkedScalarNode;
use marked_yaml::Node;

/// The spec's text and its nodes.
pub(crate) struct YamlDoc<'t> {
    text: &'t str,
    root: Node,
    /// The byte offset of each line's start.
    starts: Vec<usize>,
}

/// A key of a mapping and its value.
#[derive(Clone, Copy)]
pub(crate) struct Entry<'d> {
    pub key: &'d MarkedScalarNode,
    pub value: &'d Node,
}

impl Entry<'_> {
    pub fn name(&self) -> &str {
        self.key.as_str()
    }
}

/// Replacements and insertions, applied at once.
#[derive(Default)]
pub(crate) struct Edits {
    edits: Vec<(Range<usize>, String)>,
}

impl Edits {
    pub fn replace(&mut self, range: Range<usize>, text: String) {
        self.edits.push((range, text));
    }

    pub fn insert(&mut self, at: usize, text: String) {
        self.edits.push((at..at, text));
    }

    /// The text with every edit made. Insertions at one place keep the order they were made
    /// in; overlapping replacements are refused.
    pub fn apply(mut self, text: &str) -> Result<String, String> {
        // Stable: same start → the order of the calls.
        self.edits.sort_by_key(|(r, _)| (r.start, r.end));
        let mut out = String::with_capacity(text.len() + 256);
        let mut at = 0;
        for (range, new) in &self.edits {
            if range.start < at || range.end > text.len() || range.start > range.end {
                return Err(format!(
                    "two edits of the spec overlap at byte {}; import the pages one at a time",
                    range.start
                ));
            }
            out.push_str(&text[at..range.start]);
            if range.start == text.len()
                && !text.is_empty()
                && !text.ends_with('\n')
                && !new.is_empty()
                && range.is_empty()
            {
                out.push('\n');
            }
            out.push_str(new);
            at = range.end;
        }
        out.push_str(&text[at..]);
        Ok(out)
    }
}

impl<'t> YamlDoc<'t> {
    pub fn parse(text: &'t str) -> Result<Self, String> {
        let root = marked_yaml::parse_yaml(0, text).map_err(|e| e.to_string())?;
        let mut starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
            }
        }
        Ok(YamlDoc { text, root, starts })
    }

    /// The entry at a path of keys.
    pub fn entry(&self, path: &[&str]) -> Option<Entry<'_>> {
        let mut node = &self.root;
        let mut found = None;
        for key in path {
            let map = node.as_mapping()?;
            let (k, v) = map.iter().find(|(k, _)| k.as_str() == *key)?;
            found = Some(Entry { key: k, value: v });
            node = v;
        }
        found
    }

    /// 0-based line of a key.
    fn key_line(&self, e: &Entry) -> usize {
        e.key
            .span()
            .start()
            .map(|m| m.line().saturating_sub(1))
            .unwrap_or(0)
    }

    /// The column (0-based, in characters) of a key: its indentation.
    pub fn key_indent(&self, e: &Entry) -> usize {
        e.key
            .span()
            .start()
            .map(|m| m.column().saturating_sub(1))
            .unwrap_or(0)
    }

    fn line(&self, i: usize) -> &'t str {
        let start = self.starts.get(i).copied().unwrap_or(self.text.len());
        let end = self
            .starts
            .get(i + 1)
            .map(|e| e - 1)
            .unwrap_or(self.text.len());
        self.text[start..end.max(start)].trim_end_matches('\r')
    }

    fn line_count(&self) -> usize {
        self.starts.len()
    }

    fn indent(line: &str) -> usize {
        line.chars().take_while(|&c| c == ' ').count()
    }

    fn is_blank_or_comment(line: &str) -> bool {
        let t = line.trim();
        t.is_empty() || t.starts_with('#')
    }

    /// The last line (0-based) of an entry's block: its key line and every deeper line after
    /// it, without the blank and comment lines that end it (they belong to what follows).
    fn last_line(&self, e: &Entry) -> usize {
        let first = self.key_line(e);
        let indent = self.key_indent(e);
        let sequence = matches!(e.value, Node::Sequence(_));
        let mut last = first;
        for i in first + 1..self.line_count() {
            let l = self.line(i);
            if Self::is_blank_or_comment(l) {
                continue;
            }
            let ind = Self::indent(l);
            if ind < indent || (ind == indent && !(sequence && l.trim_start().starts_with("- "))) {
                break;
            }
            last = i;
        }
        last
    }

    /// The byte offset just after an entry's block (after its last line's newline).
    pub fn entry_end(&self, e: &Entry) -> usize {
        let last = self.last_line(e);
        self.starts
            .get(last + 1)
            .copied()
            .unwrap_or(self.text.len())
    }

    /// The byte offset of the start of an entry's key line, moved up over the comment lines
    /// directly above it (they describe it).
    pub fn entry_start(&self, e: &Entry) -> usize {
        let mut first = self.key_line(e);
        let indent = self.key_indent(e);
        while first > 0 {
            let above = self.line(first - 1);
            let t = above.trim_start();
            if t.starts_with('#') && Self::indent(above) == indent {
                first -= 1;
            } else {
                break;
            }
        }
        self.starts[first]
    }

    /// The whole block of an entry, from its key line to its end (comments above it kept).
    pub fn entry_range(&self, e: &Entry) -> Range<usize> {
        self.starts[self.key_line(e)]..self.entry_end(e)
    }

    /// The indentation of an entry's children: that of its first child key, or two more
    /// than its own.
    pub fn child_indent(&self, e: &Entry) -> usize {
        if let Some(map) = e.value.as_mapping() {
            if let Some((k, _)) = map.iter().next() {
                if let Some(m) = k.span().start() {
                    return m.column().saturating_sub(1);
                }
            }
        }
        self.key_indent(e) + 2
    }

    /// The byte offset of a 1-based line and character column.
    fn offset(&self, line: usize, column: usize) -> usize {
        let start = self
            .starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(self.text.len());
        let l = self.line(line.saturating_sub(1));
        let within = l
            .char_indices()
            .nth(column.saturating_sub(1))
            .map(|(b, _)| b)
            .unwrap_or(l.len());
        start + within
    }

    /// Where a single-line scalar or a flow list is written.
    pub fn value_range(&self, e: &Entry) -> Result<Range<usize>, String> {
        let what = format!(
            "the value of `{}` (line {})",
            e.name(),
            self.key_line(e) + 1
        );
        let start = match e.value.span().start() {
            Some(m) => self.offset(m.line(), m.column()),
            None => return Err(format!("{what} has no position")),
        };
        let line_end = self.text[start..]
            .find('\n')
            .map(|p| start + p)
            .unwrap_or(self.text.len());
        let first = self.text[start..].chars().next().unwrap_or('\n');
        match (e.value, first) {
            (Node::Scalar(s), '"' | '\'') => {
                let bytes = self.text.as_bytes();
                let mut i = start + 1;
                while i < line_end {
                    let c = bytes[i] as char;
                    if first == '"' && c == '\\' {
                        i += 2;
                        continue;
                    }
                    if c == first {
                        if first == '\'' && bytes.get(i + 1) == Some(&b'\'') {
                            i += 2;
                            continue;
                        }
                        let _ = s;
                        return Ok(start..i + 1);
                    }
                    i += 1;
                }
                Err(format!(
                    "{what} is a quoted value over several lines; edit it by hand"
                ))
            }
            (Node::Scalar(s), _) => {
                let rest = &self.text[start..line_end];
                let cut = rest.find(" #").unwrap_or(rest.len());
                let value = rest[..cut].trim_end();
                if value != s.as_str() || value.is_empty() {
                    return Err(format!(
                        "{what} is not a plain value on one line; edit it by hand"
                    ));
                }
                Ok(start..start + value.len())
            }
            (Node::Sequence(_), '[') => {
                let mut depth = 0usize;
                let mut quote: Option<char> = None;
                for (k, c) in self.text[start..].char_indices() {
                    match (quote, c) {
                        (Some(q), c) if c == q => quote = None,
                        (Some(_), _) => {}
                        (None, '"' | '\'') => quote = Some(c),
                        (None, '[') => depth += 1,
                        (None, ']') => {
                            depth -= 1;
                            if depth == 0 {
                                return Ok(start..start + k + 1);
                            }
                        }
                        _ => {}
                    }
                }
                Err(format!("{what} is a list that is never closed"))
            }
            _ => Err(format!(
                "{what} is not a single value or a `[…]` list; edit it by hand"
            )),
        }
    }

    /// Replaces the value of a list entry with `items`, keeping its style (flow `[a, b]` or a
    /// block of `- a` lines), or a scalar (`not supported`) with a flow list.
    pub fn replace_list(
        &self,
        edits: &mut Edits,
        e: &Entry,
        items: &[String],
    ) -> Result<(), String> {
        let flow = || {
            format!(
                "[{}]",
                items
                    .iter()
                    .map(|i| flow_scalar(i))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        match e.value {
            Node::Sequence(seq) if !seq.is_empty() => {
                let first = seq
                    .first()
                    .and_then(|n| n.span().start())
                    .map(|m| (m.line(), m.column()));
                let start = e
                    .value
                    .span()
                    .start()
                    .map(|m| self.offset(m.line(), m.column()));
                let is_flow = start.is_some_and(|s| self.text[s..].starts_with('['));
                if is_flow {
                    let range = self.value_range(e)?;
                    edits.replace(range, flow());
                } else {
                    let Some((line, column)) = first else {
                        return Err(format!("the list `{}` has no position", e.name()));
                    };
                    // `- item`: the dash two columns before the item.
                    let indent = column.saturating_sub(3);
                    let from = self.starts[line.saturating_sub(1)];
                    let to = self.entry_end(e);
                    let text: String = items
                        .iter()
                        .map(|i| format!("{}- {}\n", " ".repeat(indent), flow_scalar(i)))
                        .collect();
                    edits.replace(from..to, text);
                }
            }
            _ => {
                let range = self.value_range(e)?;
                edits.replace(range, flow());
            }
        }
        Ok(())
    }

    /// The offset at which a new child of the mapping `parent` goes: after the child `after`
    /// when given and present, else after the last child (`at_end`) or before the first.
    pub fn child_insert_point(
        &self,
        parent: &Entry,
        after: Option<&str>,
        at_end: bool,
    ) -> Result<(usize, usize), String> {
        let indent = self.child_indent(parent);
        match parent.value {
            Node::Mapping(map) if !map.is_empty() => {
                let children: Vec<Entry> = map
                    .iter()
                    .map(|(k, v)| Entry { key: k, value: v })
                    .collect();
                if let Some(name) = after {
                    if let Some(c) = children.iter().find(|c| c.name() == name) {
                        return Ok((self.entry_end(c), indent));
                    }
                }
                if at_end {
                    let last = children.last().copied().unwrap_or(*parent);
                    Ok((self.entry_end(&last), indent))
                } else {
                    Ok((self.entry_start(&children[0]), indent))
                }
            }
            Node::Scalar(s) if s.as_str().is_empty() => {
                // `key:` with nothing after it: children go on the next line.
                let line = self.key_line(parent);
                let end = self
                    .starts
                    .get(line + 1)
                    .copied()
                    .unwrap_or(self.text.len());
                Ok((end, indent))
            }
            _ => Err(format!(
                "`{}` (line {}) is not a block mapping; edit it by hand",
                parent.name(),
                self.key_line(parent) + 1
            )),
        }
    }

    /// Moves the entries of the block mapping `parent` into `order`: each entry's lines go
    /// with the comment lines directly above it, the lines between entries (blank lines,
    /// comments at another indentation) stay where they are, and a name the mapping lacks
    /// gets `new(name, indent)`. Every entry of the mapping must be in `order`.
    pub fn reorder(
        &self,
        edits: &mut Edits,
        parent: &Entry,
        order: &[String],
        new: impl Fn(&str, usize) -> Option<String>,
    ) -> Result<(), String> {
        let what = format!("`{}` (line {})", parent.name(), self.key_line(parent) + 1);
        let Node::Mapping(map) = parent.value else {
            return Err(format!("{what} is not a mapping; reorder it by hand"));
        };
        let children: Vec<Entry> = map
            .iter()
            .map(|(k, v)| Entry { key: k, value: v })
            .collect();
        let Some(first) = children.first() else {
            return Ok(());
        };
        let parent_line = self.key_line(parent);
        if children.iter().any(|c| self.key_line(c) <= parent_line) {
            return Err(format!("{what} is not a block mapping; reorder it by hand"));
        }
        if let Some(c) = children
            .iter()
            .find(|c| !order.contains(&c.name().to_owned()))
        {
            return Err(format!("{what}: the new order leaves out `{}`", c.name()));
        }
        let spans: Vec<Range<usize>> = children
            .iter()
            .map(|c| self.entry_start(c)..self.entry_end(c))
            .collect();
        let gaps: Vec<&str> = spans
            .windows(2)
            .map(|w| &self.text[w[0].end..w[1].start])
            .collect();
        let indent = self.key_indent(first);
        let mut out = String::new();
        for (k, name) in order.iter().enumerate() {
            let block = match children.iter().position(|c| c.name() == name) {
                Some(i) => self.text[spans[i].clone()].to_owned(),
                None => new(name, indent)
                    .ok_or_else(|| format!("{what}: nothing to write for `{name}`"))?,
            };
            out.push_str(&block);
            if !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(gaps.get(k).copied().unwrap_or_default());
        }
        let range = spans[0].start..spans[spans.len() - 1].end;
        if !self.text[range.clone()].ends_with('\n') {
            out.pop();
        }
        edits.replace(range, out);
        Ok(())
    }

    /// The top-level entries, in order.
    pub fn top(&self) -> Vec<Entry<'_>> {
        self.root
            .as_mapping()
            .map(|m| m.iter().map(|(k, v)| Entry { key: k, value: v }).collect())
            .unwrap_or_default()
    }

    /// The byte offset where an entry's value starts.
    pub fn value_start(&self, e: &Entry) -> Option<usize> {
        let m = e.value.span().start()?;
        Some(self.offset(m.line(), m.column()))
    }

    /// Where an empty flow mapping `{}` is written.
    pub fn empty_flow_map(&self, e: &Entry) -> Option<Range<usize>> {
        let start = self.value_start(e)?;
        let rest = &self.text[start..];
        let inner = rest.strip_prefix('{')?;
        let close = inner.find('}')?;
        // From just after the key's colon: the block starts on the next line.
        let from = self.text[..start].trim_end_matches(' ').len();
        inner[..close]
            .trim()
            .is_empty()
            .then(|| from..start + close + 2)
    }

    /// The lines of item `index` of a block sequence (`- …` and the lines under it).
    pub fn sequence_item(&self, e: &Entry, index: usize) -> Option<Range<usize>> {
        let seq = e.value.as_sequence()?;
        let item = seq.get(index)?;
        let line = item.span().start()?.line().saturating_sub(1);
        let dash = Self::indent(self.line(line));
        let mut end = line + 1;
        while end < self.line_count() {
            let l = self.line(end);
            if !Self::is_blank_or_comment(l) && Self::indent(l) <= dash {
                break;
            }
            end += 1;
        }
        while end > line + 1 && Self::is_blank_or_comment(self.line(end - 1)) {
            end -= 1;
        }
        let to = self.starts.get(end).copied().unwrap_or(self.text.len());
        Some(self.starts[line]..to)
    }
}

/// A scalar as YAML writes it: plain when that reads back the same, single-quoted otherwise.
pub(crate) fn scalar(value: &str) -> String {
    let v: String = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if plain_ok(&v, false) {
        v
    } else {
        format!("'{}'", v.replace('\'', "''"))
    }
}

/// A scalar inside a flow list: also quoted when it holds `,`, `[`, `]`, `{` or `}`.
pub(crate) fn flow_scalar(value: &str) -> String {
    if plain_ok(value, true) {
        value.to_owned()
    } else {
        format!("'{}'", value.replace('\'', "''"))
    }
}

fn plain_ok(v: &str, flow: bool) -> bool {
    let Some(first) = v.chars().next() else {
        return false;
    };
    if v != v.trim() || v.contains('\n') || v.contains('\t') {
        return false;
    }
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        return false;
    }
    if v.contains(": ") || v.contains(" #") || v.ends_with(':') {
        return false;
    }
    if flow && v.contains([',', '[', ']', '{', '}']) {
        return false;
    }
    let lower = v.to_lowercase();
    if matches!(
        lower.as_str(),
        "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "~" | "y" | "n"
    ) {
        return false;
    }
    if v.parse::<f64>().is_ok() || v.starts_with("0x") || v.starts_with("0o") {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars() {
        assert_eq!(scalar("plain text"), "plain text");
        assert_eq!(scalar("a: b"), "'a: b'");
        assert_eq!(scalar("it's"), "it's");
        assert_eq!(scalar("'quoted'"), "'''quoted'''");
        assert_eq!(scalar("true"), "'true'");
        assert_eq!(scalar("200"), "'200'");
        assert_eq!(flow_scalar("a,b"), "'a,b'");
    }

    #[test]
    fn edits_keep_comments() {
        let text = "a:\n  # about b\n  b: [x, y]   # tail\n  c: plain  # note\n  d:\n    - 1\n    - 2\n# top\ne: f\n";
        let doc = YamlDoc::parse(text).unwrap();
        let mut edits = Edits::default();
        let b = doc.entry(&["a", "b"]).unwrap();
        doc.replace_list(&mut edits, &b, &["x".into(), "z".into()])
            .unwrap();
        let c = doc.entry(&["a", "c"]).unwrap();
        edits.replace(doc.value_range(&c).unwrap(), scalar("other: value"));
        let d = doc.entry(&["a", "d"]).unwrap();
        doc.replace_list(&mut edits, &d, &["p".into()]).unwrap();
        let a = doc.entry(&["a"]).unwrap();
        let (at, indent) = doc.child_insert_point(&a, None, true).unwrap();
        edits.insert(at, format!("{}n: new\n", " ".repeat(indent)));
        let out = edits.apply(text).unwrap();
        assert_eq!(
            out,
            "a:\n  # about b\n  b: [x, z]   # tail\n  c: 'other: value'  # note\n  d:\n    - p\n  n: new\n# top\ne: f\n"
        );
    }
}

//! Spec text → doc comment lines that rustdoc shows as written but never compiles.
//!
//! A description may hold Markdown code: a fenced block (```` ``` ```` or `~~~`) or a block
//! indented by four spaces. Left as is, rustdoc would compile each as a doc test of the
//! generated crate, and `cargo test` would fail on a JSON example. Fences that rustdoc would
//! take for Rust get the info string `text`; indented blocks are fenced as `text`; a fence left
//! open is closed, so that it cannot swallow what follows. A CR ends a line, as LF does: a
//! doc comment cannot hold one (rustc: "bare CR not allowed in doc-comment").

/// Info strings (words of) that make rustdoc read a fenced block as Rust.
const RUST_WORDS: &[&str] = &[
    "rust",
    "ignore",
    "no_run",
    "should_panic",
    "compile_fail",
    "test_harness",
    "standalone_crate",
    "allow_fail",
];

/// The lines of one paragraph of doc text, each as written unless it is code.
pub(super) fn lines(text: &str) -> Vec<String> {
    let source: Vec<&str> = text
        .split('\n')
        .flat_map(|line| line.strip_suffix('\r').unwrap_or(line).split('\r'))
        .collect();
    let source = match source.split_last() {
        // `lines`: a final line break ends the last line rather than starting another.
        Some((&"", rest)) => rest.to_vec(),
        _ => source,
    };
    let mut out = Vec::with_capacity(source.len());
    // The open fence: its character and length.
    let mut fence: Option<(char, usize)> = None;
    let mut blank_before = true;
    let mut i = 0;
    while i < source.len() {
        let line = source[i];
        i += 1;
        let (indent, rest) = indentation(line);
        if let Some((c, n)) = fence {
            if indent < 4 && closes(rest, c, n) {
                fence = None;
            }
            out.push(line.to_owned());
            blank_before = line.trim().is_empty();
            continue;
        }
        if indent < 4 {
            if let Some((c, n, info)) = opens(rest) {
                fence = Some((c, n));
                let marker: String = std::iter::repeat_n(c, n).collect();
                let info = if is_rust(info) { "text" } else { info.trim() };
                out.push(format!(
                    "{}{marker}{info}",
                    &line[..line.len() - rest.len()]
                ));
                blank_before = false;
                continue;
            }
        }
        if indent >= 4 && blank_before && !rest.is_empty() {
            // An indented code block: it and the indented or blank lines after it, up to the
            // last indented one.
            let mut end = i;
            let mut last = i;
            while end < source.len() {
                let (indent, rest) = indentation(source[end]);
                if rest.is_empty() {
                    end += 1;
                } else if indent >= 4 {
                    end += 1;
                    last = end;
                } else {
                    break;
                }
            }
            out.push("```text".to_owned());
            for code in std::iter::once(line).chain(source[i..last].iter().copied()) {
                out.push(dedent(code, 4));
            }
            out.push("```".to_owned());
            i = last;
            blank_before = false;
            continue;
        }
        out.push(line.to_owned());
        blank_before = rest.is_empty();
    }
    if let Some((c, n)) = fence {
        out.push(std::iter::repeat_n(c, n).collect());
    }
    out
}

/// The width of a line's indentation (a tab to the next multiple of 4) and the rest.
fn indentation(line: &str) -> (usize, &str) {
    let mut width = 0;
    for (at, c) in line.char_indices() {
        match c {
            ' ' => width += 1,
            '\t' => width += 4 - width % 4,
            _ => return (width, &line[at..]),
        }
    }
    (width, "")
}

/// The line without up to `columns` columns of indentation.
fn dedent(line: &str, columns: usize) -> String {
    let mut width = 0;
    for (at, c) in line.char_indices() {
        if width >= columns {
            return line[at..].to_owned();
        }
        match c {
            ' ' => width += 1,
            '\t' => width += 4 - width % 4,
            _ => return line[at..].to_owned(),
        }
    }
    String::new()
}

/// An opening fence: three or more backticks or tildes, then an info string (which, after
/// backticks, holds no backtick: "```code```" is inline code, not a fence).
fn opens(rest: &str) -> Option<(char, usize, &str)> {
    let c = rest.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let n = rest.chars().take_while(|&d| d == c).count();
    let info = &rest[n..];
    (n >= 3 && !(c == '`' && info.contains('`'))).then_some((c, n, info))
}

/// A closing fence for an opening one of `n` times `c`.
fn closes(rest: &str, c: char, n: usize) -> bool {
    let run = rest.chars().take_while(|&d| d == c).count();
    run >= n && rest[run..].trim().is_empty()
}

/// Whether rustdoc would compile a fenced block with this info string as Rust.
fn is_rust(info: &str) -> bool {
    let words: Vec<&str> = info
        .split(|c: char| c == ',' || c.is_whitespace() || c == '{' || c == '}' || c == '.')
        .filter(|w| !w.is_empty())
        .collect();
    words.is_empty()
        || words.iter().any(|w| {
            RUST_WORDS.contains(w)
                || w.starts_with("edition")
                || (w.starts_with('E')
                    && w.len() == 5
                    && w[1..].bytes().all(|b| b.is_ascii_digit()))
        })
}

#[cfg(test)]
mod tests {
    use super::lines;

    #[test]
    fn prose_is_kept() {
        let text = "One line.\n\n- a list\n  continued\n\nAnd `code` inline, ```not a fence```.";
        assert_eq!(lines(text), text.lines().collect::<Vec<_>>());
    }

    #[test]
    fn fences_that_rustdoc_would_compile_become_text() {
        assert_eq!(
            lines("Example:\n```\n{ \"a\": 1\n```\nAfter."),
            ["Example:", "```text", "{ \"a\": 1", "```", "After."]
        );
        assert_eq!(lines("~~~rust\nx\n~~~"), ["~~~text", "x", "~~~"]);
        assert_eq!(lines("```no_run\nx\n```"), ["```text", "x", "```"]);
        assert_eq!(lines("```json\n{\n```"), ["```json", "{", "```"]);
    }

    #[test]
    fn a_cr_ends_a_line() {
        assert_eq!(lines("one\rtwo\r\nthree\n"), ["one", "two", "three"]);
    }

    #[test]
    fn an_open_fence_is_closed() {
        assert_eq!(lines("````\nx\n```"), ["````text", "x", "```", "````"]);
    }

    #[test]
    fn indented_blocks_are_fenced() {
        assert_eq!(
            lines("Run:\n\n    f(x {\n\n\tg()\n\nDone.\n    not code: a continuation"),
            [
                "Run:",
                "",
                "```text",
                "f(x {",
                "",
                "g()",
                "```",
                "",
                "Done.",
                "    not code: a continuation"
            ]
        );
        assert_eq!(
            lines("    starts indented"),
            ["```text", "starts indented", "```"]
        );
    }
}

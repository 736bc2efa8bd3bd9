//! Tokens → formatted source text, with the header every generated file starts with.

use proc_macro2::TokenStream;

use crate::error::Error;

/// Formats complete items (prettyplease), without the file's header or spacing: the text of
/// several chunks of one module, concatenated, is the text of the whole module.
pub fn unparse(tokens: TokenStream, context: &str) -> Result<String, Error> {
    let parsed: syn::File = syn::parse2(tokens).map_err(|e| Error::Emit {
        context: context.to_owned(),
        message: e.to_string(),
    })?;
    Ok(prettyplease::unparse(&parsed))
}

/// The first lines of the single file a build script writes into `OUT_DIR`.
pub fn build_header(spec_name: &str) -> String {
    format!(
        "// Generated from {spec_name} by graph-permissions-codegen in a build script. Do not\n\
         // edit: it is written again whenever the spec changes.\n"
    )
}

/// A name (the spec's path) as a line comment can hold it: a line break would end the comment,
/// and rustc refuses a CR alone and the bidirectional text controls in comments. Those, and
/// every other control character, are written as Rust escapes (`\u{202e}`).
pub fn comment_safe(name: &str) -> String {
    name.chars()
        .map(|c| {
            let bidi = crate::load::BIDI_CONTROLS.contains(&c);
            if c.is_control() || bidi || matches!(c, '\u{2028}' | '\u{2029}') {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// The first lines of every generated file.
pub fn header(spec_name: &str) -> String {
    format!(
        "// Generated from {spec_name} by graph-permissions-codegen. Do not edit: change the spec\n\
         // and run `cargo run -p graph-permissions-codegen -- generate`.\n\n"
    )
}

/// Puts a blank line between top-level items, which prettyplease writes back to back, and
/// between the items of a module written inline (a family's `pub mod drive_item { … }`). It
/// reads a module's text in pieces, in order, remembering the line before each piece and
/// whether it is inside such a module.
#[derive(Default)]
pub struct Spacer {
    previous: String,
    /// Inside a module written inline: its items are indented one level (four spaces).
    inside: bool,
    /// Whether `previous` was inside one.
    previous_inside: bool,
    /// The previous line opened a module inline: it is one whose items are spaced when it
    /// starts with its own docs (`//!`), as a family's module does.
    opened: bool,
}

/// A line as its module sees it: top-level lines as written, an inline module's lines
/// without their first level of indentation (`None` for one that has none).
fn at_item_level(line: &str, inside: bool) -> Option<&str> {
    if inside {
        line.strip_prefix("    ")
    } else {
        Some(line)
    }
}

impl Spacer {
    /// The next piece of the module's text, spaced.
    pub fn space(&mut self, code: &str) -> String {
        let mut out = String::with_capacity(code.len() + code.len() / 16);
        let mut previous = std::mem::take(&mut self.previous);
        for line in code.lines() {
            if std::mem::take(&mut self.opened) && line.starts_with("    //!") {
                self.inside = true;
            }
            // The `}` that closes an inline module is a top-level line.
            let line_inside = self.inside && line != "}";
            let levels = (
                at_item_level(line, line_inside),
                at_item_level(&previous, self.previous_inside),
            );
            if let (Some(line), Some(previous)) = levels {
                // A module's docs are one block: a `//!` line continues the one before.
                let continues_docs = line.starts_with("//!") && previous.starts_with("//!");
                let item_start =
                    !line.starts_with([' ', '}', ')', ']']) && !line.is_empty() && !continues_docs;
                let top_level = !previous.starts_with([' ', '/', '#']);
                let after_item = previous.starts_with('}')
                    || previous.starts_with("//!")
                    || (top_level && (previous.ends_with(';') || previous.ends_with('}')));
                if item_start && after_item {
                    out.push('\n');
                }
            }
            out.push_str(line);
            out.push('\n');
            self.previous_inside = line_inside;
            if !self.inside && line.starts_with("pub mod ") && line.ends_with('{') {
                self.opened = true;
            } else if self.inside && line == "}" {
                self.inside = false;
            }
            previous.clear();
            previous.push_str(line);
        }
        self.previous = previous;
        out
    }
}

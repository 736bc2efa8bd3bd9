//! Tokens → formatted source text, with the header every generated file starts with.

use proc_macro2::TokenStream;

use crate::error::Error;

/// Formats one module's tokens as a file that says where it came from.
pub fn file(tokens: TokenStream, spec_name: &str, context: &str) -> Result<String, Error> {
    let parsed: syn::File = syn::parse2(tokens).map_err(|e| Error::Emit {
        context: context.to_owned(),
        message: e.to_string(),
    })?;
    Ok(format!(
        "{}{}",
        header(spec_name),
        space_items(&prettyplease::unparse(&parsed))
    ))
}

/// Puts a blank line between top-level items, which prettyplease writes back to back.
fn space_items(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 16);
    let mut previous = "";
    for line in code.lines() {
        let item_start = !line.starts_with([' ', '}', ')', ']']) && !line.is_empty();
        let top_level = !previous.starts_with([' ', '/', '#']);
        let after_item = previous.starts_with('}')
            || previous.starts_with("//!")
            || (top_level && (previous.ends_with(';') || previous.ends_with('}')));
        if item_start && after_item {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = line;
    }
    out
}

/// The first lines of every generated file.
pub fn header(spec_name: &str) -> String {
    format!(
        "// Generated from {spec_name} by graph-permissions-codegen. Do not edit: change the spec\n\
         // and run `cargo run -p graph-permissions-codegen -- generate`.\n\n"
    )
}

//! Spec names → Rust names: heck for the case, then whatever makes the result a legal identifier.
//!
//! An [`Ident`] is made only here, so every one is legal: emit turns it into tokens without
//! checking again, and a keyword's `r#` is handled inside.

use std::fmt;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// A legal Rust identifier, possibly raw (`r#type`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ident(String);

impl Ident {
    /// `sharePointIdentitySet` → `SharePointIdentitySet`; `None` when nothing usable is left.
    pub fn new_type(wire: &str) -> Option<Ident> {
        type_name(wire).map(Ident)
    }

    /// `grantedToV2` → `granted_to_v2`; `None` when nothing usable is left.
    pub fn new_value(wire: &str) -> Option<Ident> {
        value_name(wire).map(Ident)
    }

    /// `revokeGrants` + `site-list-item` → `revoke_grants_site_list_item`.
    pub fn joined_value(first: &str, second: &str) -> Option<Ident> {
        joined_value_name(first, second).map(Ident)
    }

    /// A name the generator itself gives (`Scope`, `Unknown`); it must be legal as written.
    pub fn fixed(name: &'static str) -> Ident {
        debug_assert!(legal(name.to_owned()).as_deref() == Some(name));
        Ident(name.to_owned())
    }

    /// `Permission` + `Kind` → `PermissionKind`.
    pub fn with_suffix(&self, suffix: &str) -> Ident {
        Ident(with_suffix(&self.0, suffix))
    }

    /// `from_` + `email` → `from_email`.
    pub fn with_prefix(&self, prefix: &str) -> Ident {
        Ident(with_prefix(prefix, &self.0))
    }

    /// The identifier as written in code, `r#` included.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The identifier without its `r#`: how rustdoc and a reader name it.
    pub fn unraw(&self) -> &str {
        self.0.trim_start_matches("r#")
    }
}

impl fmt::Display for Ident {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Ident {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Ident {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Ident {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl quote::ToTokens for Ident {
    fn to_tokens(&self, tokens: &mut proc_macro2::TokenStream) {
        tokens.extend([proc_macro2::TokenTree::Ident(ident(&self.0))]);
    }
}

/// Keywords that can be written as raw identifiers (`r#type`).
const RAW_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers: they get a trailing underscore instead.
const PLAIN_KEYWORDS: &[&str] = &["self", "Self", "super", "crate", "_"];

/// `sharePointIdentitySet` → `SharePointIdentitySet`; `None` when nothing usable is left.
fn type_name(wire: &str) -> Option<String> {
    legal(wire.to_upper_camel_case())
}

/// `grantedToV2` → `granted_to_v2`, `type` → `r#type`; `None` when nothing usable is left.
fn value_name(wire: &str) -> Option<String> {
    legal(wire.to_snake_case())
}

/// `revokeGrants` + `site-list-item` → `revoke_grants_site_list_item`.
fn joined_value_name(first: &str, second: &str) -> Option<String> {
    legal(format!(
        "{}_{}",
        first.to_snake_case(),
        second.to_snake_case()
    ))
}

/// Makes a cased name a legal identifier: a leading digit gets an underscore before it, a
/// keyword is escaped. A name with no character an identifier may hold is refused.
fn legal(name: String) -> Option<String> {
    let mut chars = name.chars();
    let first = chars.next()?;
    if !(unicode_ident::is_xid_start(first) || first == '_' || first.is_ascii_digit())
        || !chars.all(unicode_ident::is_xid_continue)
        || name.chars().all(|c| c == '_')
    {
        return None;
    }
    Some(if first.is_ascii_digit() {
        format!("_{name}")
    } else if PLAIN_KEYWORDS.contains(&name.as_str()) {
        format!("{name}_")
    } else if RAW_KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    })
}

/// A type name made of a type name and a suffix: `Permission` + `Kind` → `PermissionKind`.
/// The `_` that kept a keyword apart (`Self_`) is not needed before the suffix, and would make
/// the name not UpperCamelCase.
fn with_suffix(type_name: &str, suffix: &str) -> String {
    format!("{}{suffix}", type_name.trim_end_matches('_'))
}

/// A name made of a prefix and a name: `Allows` + `_3d` → `Allows3d`, `from_` + `_1drive` →
/// `from_1drive`. The `_` that kept a leading digit legal is not needed after the prefix (and
/// `from__1drive` would not be snake_case); nor is the `r#` of a keyword.
fn with_prefix(prefix: &str, name: &str) -> String {
    let name = name.strip_prefix("r#").unwrap_or(name);
    format!("{prefix}{}", name.strip_prefix('_').unwrap_or(name))
}

/// An identifier (possibly raw) as a token. Also for names the generator composes itself
/// (`B0`, `FILES_READ`).
pub fn ident(name: &str) -> proc_macro2::Ident {
    match name.strip_prefix("r#") {
        Some(raw) => proc_macro2::Ident::new_raw(raw, proc_macro2::Span::call_site()),
        None => proc_macro2::Ident::new(name, proc_macro2::Span::call_site()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_and_keywords() {
        assert_eq!(
            type_name("sharePointIdentitySet").as_deref(),
            Some("SharePointIdentitySet")
        );
        assert_eq!(type_name("sp.owner").as_deref(), Some("SpOwner"));
        assert_eq!(value_name("grantedToV2").as_deref(), Some("granted_to_v2"));
        assert_eq!(value_name("listItem-id").as_deref(), Some("list_item_id"));
        assert_eq!(value_name("type").as_deref(), Some("r#type"));
        assert_eq!(value_name("self").as_deref(), Some("self_"));
        assert_eq!(type_name("self").as_deref(), Some("Self_"));
        assert_eq!(value_name("async").as_deref(), Some("r#async"));
        assert_eq!(type_name("1drive").as_deref(), Some("_1drive"));
        assert_eq!(value_name("ÄÖ-name").as_deref(), Some("äö_name"));
        assert_eq!(value_name("...").as_deref(), None);
        assert_eq!(value_name("").as_deref(), None);
        assert_eq!(
            joined_value_name("revokeGrants", "site-list-item").as_deref(),
            Some("revoke_grants_site_list_item")
        );
        assert_eq!(ident("r#type").to_string(), "r#type");
        assert_eq!(with_suffix("Self_", "Kind"), "SelfKind");
        assert_eq!(with_suffix("Permission", "Field"), "PermissionField");
        assert_eq!(with_prefix("Allows", "_3d"), "Allows3d");
        assert_eq!(with_prefix("from_", "_1drive"), "from_1drive");
        assert_eq!(with_prefix("from_", "r#type"), "from_type");
        assert_eq!(with_prefix("from_", "self_"), "from_self_");
    }
}

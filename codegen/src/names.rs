//! Spec names → Rust names: heck for the case, then whatever makes the result a legal identifier.

use heck::{ToSnakeCase, ToUpperCamelCase};

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
pub fn type_name(wire: &str) -> Option<String> {
    legal(wire.to_upper_camel_case())
}

/// `grantedToV2` → `granted_to_v2`, `type` → `r#type`; `None` when nothing usable is left.
pub fn value_name(wire: &str) -> Option<String> {
    legal(wire.to_snake_case())
}

/// `revokeGrants` + `site-list-item` → `revoke_grants_site_list_item`.
pub fn joined_value_name(first: &str, second: &str) -> Option<String> {
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
pub fn with_suffix(type_name: &str, suffix: &str) -> String {
    format!("{}{suffix}", type_name.trim_end_matches('_'))
}

/// A name made of a prefix and a name: `Allows` + `_3d` → `Allows3d`, `from_` + `_1drive` →
/// `from_1drive`. The `_` that kept a leading digit legal is not needed after the prefix (and
/// `from__1drive` would not be snake_case); nor is the `r#` of a keyword.
pub fn with_prefix(prefix: &str, name: &str) -> String {
    let name = name.strip_prefix("r#").unwrap_or(name);
    format!("{prefix}{}", name.strip_prefix('_').unwrap_or(name))
}

/// An identifier made by this module (possibly raw) as a token.
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

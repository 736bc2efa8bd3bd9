//! A docs checkout as input: the spec's `sources:` names the pages it was imported from
//! (`api/permission-get.md: [v1.0, beta]`), and `--docs DIR` reads exactly those, in both
//! versions, from `DIR/api-reference/VERSION/`; `--page NAME` adds one.

use std::path::{Path, PathBuf};

use marked_yaml::Node;

use crate::vocab::ApiVersion;

/// The text of a new spec: `info` and empty sections, for `import --write` to fill.
pub fn init_text(title: &str, description: &str) -> String {
    use super::yaml_edit::scalar;
    format!(
        "# Written by `codegen init`; `codegen import --write` fills it from the docs.\n\
         info:\n  title: {}\n  description: {}\n  versions: [{}]\n\n\
         sources: {{}}\nscopes: {{}}\nenums: {{}}\nresources: {{}}\nfamilies: {{}}\n",
        scalar(title),
        scalar(description),
        ApiVersion::spellings().collect::<Vec<_>>().join(", ")
    )
}

/// `permission-get` → `api/permission-get.md` (or `resources/…`), whichever the checkout has.
fn page_name(dir: &Path, name: &str) -> Result<String, String> {
    let with_md = if name.ends_with(".md") {
        name.to_owned()
    } else {
        format!("{name}.md")
    };
    let candidates: Vec<String> = if with_md.contains('/') {
        vec![with_md]
    } else {
        vec![format!("api/{with_md}"), format!("resources/{with_md}")]
    };
    for c in &candidates {
        if ApiVersion::ALL
            .iter()
            .any(|v| version_dir(dir, v.as_str()).join(c).is_file())
        {
            return Ok(c.clone());
        }
    }
    Err(format!(
        "{}: no page `{name}` in either version (looked for {})",
        dir.display(),
        candidates.join(", ")
    ))
}

fn version_dir(dir: &Path, version: &str) -> PathBuf {
    dir.join("api-reference").join(version)
}

/// The files to read: every page of `sources:` and of `add`, in every version the checkout
/// has it in. A source page the checkout has in no version is an error.
pub fn pages_of_checkout(dir: &Path, spec: &Node, add: &[String]) -> Result<Vec<PathBuf>, String> {
    if !dir.join("api-reference").is_dir() {
        return Err(format!(
            "{}: not a docs checkout; expected a folder `api-reference/` with `v1.0/` and `beta/` in it",
            dir.display()
        ));
    }
    let mut names: Vec<String> = spec
        .as_mapping()
        .and_then(|m| m.get_node("sources"))
        .and_then(Node::as_mapping)
        .map(|m| m.iter().map(|(k, _)| k.as_str().to_owned()).collect())
        .unwrap_or_default();
    for a in add {
        let name = page_name(dir, a)?;
        if !names.contains(&name) {
            names.push(name);
        }
    }
    if names.is_empty() {
        return Err(format!(
            "the spec names no source pages; add them once with `--page NAME` (e.g. `--page api/permission-get.md`) and {} is read from then on",
            dir.display()
        ));
    }
    let mut out = Vec::new();
    for name in &names {
        let found: Vec<PathBuf> = ApiVersion::ALL
            .iter()
            .map(|v| version_dir(dir, v.as_str()).join(name))
            .filter(|p| p.is_file())
            .collect();
        if found.is_empty() {
            return Err(format!(
                "{}: the spec's source page `{name}` is in neither version of the checkout; remove it from `sources:` or check the checkout",
                dir.display()
            ));
        }
        out.extend(found);
    }
    Ok(out)
}

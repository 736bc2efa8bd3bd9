//! YAML text → [`Spec`]: syntax, shapes and keys. Names are resolved later, in `check`.
//!
//! The YAML is read into marked-yaml nodes, which keep the line and column of every key and
//! value, so that a mistake found here or later can be pointed at. Anchors and aliases are
//! refused by the loader (no alias bombs), and so are duplicate keys.
//!
//! Before the loader runs, what could make it costly is refused, each with its place: a spec
//! larger than [`MAX_SPEC_BYTES`] (not even read in full), text that is not UTF-8, and YAML
//! nested deeper than [`MAX_DEPTH`] (marked-yaml builds its tree by recursion, which ten
//! thousand levels would overflow). `text` has what is done to the text, `scalar` what makes
//! a value, `operation` the path variants and operations of a family.

mod operation;
mod scalar;
mod text;

use marked_yaml::{LoaderOptions, Node};

use crate::error::{Diagnostic, Span};
use crate::spec::*;
use operation::{operation, variant};
pub(crate) use scalar::BIDI_CONTROLS;
use scalar::*;
pub(crate) use text::within;
use text::*;

type Result<T> = std::result::Result<T, Diagnostic>;

/// The largest spec read, in bytes: about three hundred times the size of the real one (56 KB
/// for the whole sharing surface), so that the 100× spec of the performance figures is read.
/// A larger file is refused before it is read in full.
pub const MAX_SPEC_BYTES: usize = 16 * 1024 * 1024;

/// The deepest nesting of mappings and lists a spec may have. The format needs 8; the YAML
/// loader recurses once per level, so a deeper document could overflow the stack.
pub const MAX_DEPTH: usize = 64;

/// Reads a spec file as text: at most [`MAX_SPEC_BYTES`], and UTF-8, or a diagnostic at the
/// place that is not; the I/O error when the file cannot be read at all.
pub fn read(path: &std::path::Path) -> std::result::Result<String, ReadError> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    // A file that says it is too large is not read at all; one that cannot say (a pipe) is
    // read up to one byte past the limit.
    let size = file
        .metadata()
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len());
    if size.is_some_and(|size| size > MAX_SPEC_BYTES as u64) {
        return Err(ReadError::Spec(too_large()));
    }
    let mut bytes = Vec::with_capacity(size.map_or(0, |size| size as usize + 1));
    file.take(MAX_SPEC_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() > MAX_SPEC_BYTES {
        return Err(ReadError::Spec(too_large()));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        // Valid up to here, so this is text.
        let before = std::str::from_utf8(valid).unwrap_or_default();
        let lines: Vec<&str> = yaml_lines(before).collect();
        let line = lines.len().max(1);
        let column = lines.last().map_or(0, |l| l.chars().count()) + 1;
        let byte = e.as_bytes()[valid.len()];
        ReadError::Spec(Diagnostic::new(
            Span { line, column },
            format!(
                "the spec is not UTF-8 text: byte 0x{byte:02x} here does not start a character"
            ),
        ))
    })
}

/// Why a spec file could not be read.
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    Spec(Diagnostic),
}

fn too_large() -> Diagnostic {
    Diagnostic::new(
        Span { line: 1, column: 1 },
        format!(
            "the spec is larger than {} MiB, which no spec needs; it was not read",
            MAX_SPEC_BYTES / (1024 * 1024)
        ),
    )
}

/// Reads a spec from YAML text. The first problem stops the reading: what follows a wrong
/// shape cannot be read with any confidence.
pub fn load(text: &str) -> Result<Spec> {
    if text.len() > MAX_SPEC_BYTES {
        return Err(too_large());
    }
    let text = without_bom(text);
    if yaml_lines(text).all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
        return Err(Diagnostic::new(
            Span { line: 1, column: 1 },
            "the spec is empty; expected a YAML mapping with the keys `info`, `scopes`, `enums`, `resources` and `families` (or, in the old form, `variants` and `operations`)",
        ));
    }
    forbidden_characters(text)?;
    let text = &*tabs_after_colons(text);
    check_depth(text)?;
    if let Some(line) = second_document(text) {
        return Err(Diagnostic::new(
            Span { line, column: 1 },
            "a spec is one YAML document, but a second one starts here",
        ));
    }
    let options = LoaderOptions::default()
        .error_on_duplicate_keys(true)
        .prevent_coercion(true)
        .toplevel_mapping();
    let root =
        marked_yaml::parse_yaml_with_options(0, text, options).map_err(|e| load_error(e, text))?;
    check_characters(&root)?;
    let start = Span { line: 1, column: 1 };
    let top = Fields::new(
        &root,
        "the spec",
        start,
        &[
            "info",
            "sources",
            "scopes",
            "enums",
            "resources",
            "families",
            "variants",
            "operations",
        ],
    )?;
    let (info_node, info_at) = top.req("info")?;
    let section = |key: &str| top.req(key);
    let (scopes, scopes_at) = section("scopes")?;
    let (enums, enums_at) = section("enums")?;
    let (resources, resources_at) = section("resources")?;
    let families = families(&top)?;
    // `sources:` is checked here, but kept by nothing: only the importer reads it, from the
    // YAML (`import/docs.rs`).
    if let Some((node, at)) = top.opt("sources") {
        entries(node, "`sources`", at, |node, page| {
            names(
                node,
                &format!("the versions of source page `{}`", page.value),
                page.span,
            )
        })?;
    }
    Ok(Spec {
        info: info(info_node, info_at)?,
        scopes: entries(scopes, "`scopes`", scopes_at, |node, name| {
            description_of(
                node,
                &format!("the description of scope `{}`", name.value),
                name.span,
            )
        })?,
        scopes_span: scopes_at,
        enums: entries(enums, "`enums`", enums_at, enum_spec)?,
        resources: entries(resources, "`resources`", resources_at, resource)?,
        families,
    })
}

/// The families: each of `families:`, or the one family without a name of the old form
/// (top-level `variants:` and `operations:`). A spec has one form or the other; the second
/// key of the other form is refused where it is written.
fn families(top: &Fields) -> Result<Vec<FamilySpec>> {
    let old_form = ["variants", "operations"]
        .into_iter()
        .filter_map(|key| top.opt(key).map(|(_, at)| (key, at)))
        .min_by_key(|(_, at)| *at);
    let Some((node, at)) = top.opt("families") else {
        let (variants, variants_at) = top.req("variants")?;
        let (operations, operations_at) = top.req("operations")?;
        return Ok(vec![FamilySpec {
            name: None,
            description: String::new(),
            variants: entries(variants, "`variants`", variants_at, |node, name| {
                variant(node, name, None)
            })?,
            operations: entries(operations, "`operations`", operations_at, |node, name| {
                operation(node, name, None)
            })?,
            span: variants_at,
        }]);
    };
    if let Some((old, old_at)) = old_form {
        let (second, first) = if old_at > at {
            (
                old_at,
                format!("`families` (line {}) and a top-level `{old}` here", at.line),
            )
        } else {
            (
                at,
                format!(
                    "a top-level `{old}` (line {}) and `families` here",
                    old_at.line
                ),
            )
        };
        return Err(Diagnostic::new(
            second,
            format!(
                "the spec has {first}, two forms of one thing: write the path variants and operations under their family in `families`, or leave `families` out (the old form: top-level `variants` and `operations`, one family without a name)"
            ),
        ));
    }
    entries(node, "`families`", at, |node, name| {
        let what = format!("family `{}`", name.value);
        let f = Fields::new(
            node,
            &what,
            name.span,
            &["description", "variants", "operations"],
        )?;
        let (variants, variants_at) = f.req("variants")?;
        let (operations, operations_at) = f.req("operations")?;
        Ok(FamilySpec {
            name: Some(name.clone()),
            description: f.desc("description")?,
            variants: entries(
                variants,
                &format!("the variants of {what}"),
                variants_at,
                |node, v| variant(node, v, Some(name)),
            )?,
            operations: entries(
                operations,
                &format!("the operations of {what}"),
                operations_at,
                |node, op| operation(node, op, Some(name)),
            )?,
            span: name.span,
        })
    })
    .map(|families| families.into_iter().map(|(_, f)| f).collect())
}

fn info(node: &Node, at: Span) -> Result<Info> {
    let f = Fields::new(node, "`info`", at, &["title", "description", "versions"])?;
    let (versions, versions_at) = f.req("versions")?;
    Ok(Info {
        title: f.req_line("title")?,
        description: f.req_text("description")?,
        versions: names(versions, "`versions` of `info`", versions_at)?,
        span: versions_at,
    })
}

fn enum_spec(node: &Node, name: &Name) -> Result<EnumSpec> {
    let what = format!("enum `{}`", name.value);
    let f = Fields::new(node, &what, name.span, &["description", "values"])?;
    let (values, values_at) = f.req("values")?;
    Ok(EnumSpec {
        description: f.desc("description")?,
        values: entries(
            values,
            &format!("the values of {what}"),
            values_at,
            |node, value| {
                short_or_long(
                    node,
                    &format!("value `{}` of {what}", value.value),
                    value.span,
                    &["description", "versions"],
                    |description| EnumValueSpec {
                        description,
                        versions: None,
                    },
                    |f| {
                        Ok(EnumValueSpec {
                            description: f.desc("description")?,
                            versions: f.names("versions")?,
                        })
                    },
                )
            },
        )?,
        span: values_at,
    })
}

fn resource(node: &Node, name: &Name) -> Result<ResourceSpec> {
    let what = format!("resource `{}`", name.value);
    let f = Fields::new(
        node,
        &what,
        name.span,
        &["description", "extends", "one_of", "properties", "facets"],
    )?;
    let (properties, properties_at) = f.req("properties")?;
    Ok(ResourceSpec {
        description: f.desc("description")?,
        extends: f.opt_name("extends")?,
        one_of: f.names("one_of")?.unwrap_or_default(),
        properties: entries(
            properties,
            &format!("the properties of {what}"),
            properties_at,
            |node, prop| {
                property(
                    node,
                    &format!("property `{}` of {what}", prop.value),
                    prop.span,
                    false,
                )
            },
        )?,
        facets: match f.opt("facets") {
            None => Vec::new(),
            Some((Node::Sequence(items), _)) => items
                .iter()
                .map(|item| facet(item, &format!("a facet of {what}"), span(item)))
                .collect::<Result<_>>()?,
            Some((other, at)) => {
                return Err(Diagnostic::new(
                    value_span(other, at),
                    format!(
                        "expected a list of facets for {what}, found {}",
                        kind(other)
                    ),
                ))
            }
        },
    })
}

/// A resource property (`body_field` false) or a request body field (`body_field` true).
fn property(node: &Node, what: &str, at: Span, body_field: bool) -> Result<PropertySpec> {
    let keys: &[&str] = if body_field {
        &["type", "description", "required", "deprecated", "versions"]
    } else {
        &["type", "description", "read_only", "deprecated", "versions"]
    };
    let f = Fields::new(node, what, at, keys)?;
    Ok(PropertySpec {
        ty: f.req_name("type")?,
        description: f.desc("description")?,
        read_only: !body_field && f.flag("read_only")?,
        required: body_field && f.flag("required")?,
        deprecated: f
            .opt("deprecated")
            .map(|(node, at)| {
                let what = format!("`deprecated` of {what}");
                let d = Fields::new(node, &what, at, &["replacement", "note"])?;
                Ok(DeprecationSpec {
                    replacement: d.req_name("replacement")?,
                    note: d.opt_text("note")?,
                })
            })
            .transpose()?,
        versions: f.names("versions")?,
    })
}

fn facet(node: &Node, what: &str, at: Span) -> Result<FacetSpec> {
    let f = Fields::new(node, what, at, &["property", "kind", "description"])?;
    Ok(FacetSpec {
        property: f.req_name("property")?,
        kind: f.req_name("kind")?,
        description: f.desc("description")?,
    })
}

//! `--write`: the differences a page shows, made in the spec's text at the places marked-yaml
//! gives, so that names, notes, comments and everything else hand-written stay as they are.

use super::compare::{self, Change, Owner, Section, Side, Subject};
use super::facts::{PageFacts, PageKind, ScopeRowFact};
use super::yaml_edit::{scalar, Edits, Entry, YamlDoc};
use crate::model::{KnownHeader, Model, PermissionType};

/// The spec's text with every page's differences made, one page after the other, and what
/// could not be made.
pub(crate) fn apply(
    text: &str,
    pages: &[PageFacts],
    prune: bool,
) -> Result<(String, Vec<String>), String> {
    let mut current = text.to_owned();
    let mut skipped = Vec::new();
    for page in pages {
        let model = crate::parse(&current).map_err(|d| {
            let first = d
                .first()
                .map(|d| format!("{}: {}", d.span, d.message))
                .unwrap_or_default();
            format!(
                "the spec does not validate before `{}` is applied: {first}",
                page.file
            )
        })?;
        let section = compare::section(&model, page);
        let doc = YamlDoc::parse(&current).map_err(|e| format!("the spec is not YAML: {e}"))?;
        let mut plan = Plan {
            doc: &doc,
            model: &model,
            edits: Edits::default(),
            skipped: Vec::new(),
            new_scopes: Vec::new(),
            page: &page.file,
            body_description: match &page.kind {
                PageKind::Api(api) => api.body.as_ref().and_then(|b| b.description.clone()),
                PageKind::Resource(_) => None,
            },
        };
        plan.section(&section, prune)?;
        let Plan {
            edits,
            skipped: mut page_skipped,
            ..
        } = plan;
        if edits.is_empty() {
            skipped.append(&mut page_skipped);
            continue;
        }
        let next = edits.apply(&current)?;
        if let Err(diagnostics) = crate::parse(&next) {
            let lines: Vec<String> = diagnostics
                .iter()
                .map(|d| format!("{}: {}", d.span, d.message))
                .collect();
            return Err(format!(
                "after the changes from `{}` the spec would not validate (in the edited text: {}); nothing was written",
                page.file,
                lines.join("; ")
            ));
        }
        skipped.append(&mut page_skipped);
        current = next;
    }
    Ok((current, skipped))
}

struct Plan<'a> {
    doc: &'a YamlDoc<'a>,
    model: &'a Model,
    edits: Edits,
    skipped: Vec<String>,
    new_scopes: Vec<String>,
    page: &'a str,
    /// The first sentence of the page's "Request body" section, for a new `body:`.
    body_description: Option<String>,
}

fn pad(n: usize) -> String {
    " ".repeat(n)
}

/// A path as the spec writes paths: double-quoted.
fn quoted(path: &str) -> String {
    format!("\"{}\"", path.replace('\\', "\\\\").replace('"', "\\\""))
}

fn flow_list(items: &[String]) -> String {
    format!(
        "[{}]",
        items
            .iter()
            .map(|i| super::yaml_edit::flow_scalar(i))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

impl<'a> Plan<'a> {
    fn skip(&mut self, message: String) {
        self.skipped
            .push(format!("{}: not applied: {message}", self.page));
    }

    fn entry(&self, path: &[&str]) -> Result<Entry<'a>, String> {
        self.doc
            .entry(path)
            .ok_or_else(|| format!("the spec has no `{}`", path.join(".")))
    }

    fn section(&mut self, section: &Section, prune: bool) -> Result<(), String> {
        let applied: Vec<&Change> = section
            .differences
            .iter()
            .filter(|d| d.side == Side::Page || prune)
            .map(|d| &d.change)
            .collect();
        if applied.is_empty() {
            return Ok(());
        }
        match &section.subject {
            Subject::Operation { name, .. } => self.operation(name, &applied),
            Subject::Resource { name, .. } => self.resource(name, &applied),
            Subject::Unmatched { .. } => Ok(()),
        }
    }

    fn operation(&mut self, op: &str, changes: &[&Change]) -> Result<(), String> {
        let base = ["operations", op];
        // Path variants: one new list.
        let op_entry = self.entry(&base)?;
        let variants_entry = self.entry(&["operations", op, "variants"])?;
        let mut list: Vec<String> = match variants_entry.value.as_sequence() {
            Some(seq) => seq
                .iter()
                .filter_map(|n| n.as_scalar().map(|s| s.as_str().to_owned()))
                .collect(),
            None => Vec::new(),
        };
        let mut list_changed = false;
        let mut body_fields: Vec<&Change> = Vec::new();
        for change in changes {
            match change {
                Change::Version { version } => {
                    if let Some(e) = self.doc.entry(&["operations", op, "versions"]) {
                        let mut have: Vec<String> = e
                            .value
                            .as_sequence()
                            .map(|s| {
                                s.iter()
                                    .filter_map(|n| n.as_scalar().map(|s| s.as_str().to_owned()))
                                    .collect()
                            })
                            .unwrap_or_default();
                        have.push(version.clone());
                        let ordered: Vec<String> = self
                            .model
                            .versions
                            .iter()
                            .map(|v| v.as_str().to_owned())
                            .filter(|v| have.contains(v))
                            .collect();
                        self.doc.replace_list(&mut self.edits, &e, &ordered)?;
                    }
                }
                Change::VariantAdded { variant, .. } if !list.contains(variant) => {
                    list.push(variant.clone());
                    list_changed = true;
                }
                Change::NewVariant { variant, .. } => {
                    if !list.contains(&variant.name) {
                        list.push(variant.name.clone());
                        list_changed = true;
                    }
                    let variants = self.entry(&["variants"])?;
                    let (at, ind) = self.doc.child_insert_point(&variants, None, true)?;
                    let mut text = format!(
                        "{}{}:\n{}description: {}\n{}path: {}\n",
                        pad(ind),
                        scalar(&variant.name),
                        pad(ind + 2),
                        scalar(&format!(
                            "The item at {}; added by codegen import from {}.",
                            variant.path, self.page
                        )),
                        pad(ind + 2),
                        quoted(&variant.path)
                    );
                    if !variant.parameters.is_empty() {
                        text.push_str(&format!("{}parameters:\n", pad(ind + 2)));
                        for (name, p) in &variant.parameters {
                            if p.style.is_none() && p.ty.is_none() {
                                text.push_str(&format!(
                                    "{}{}: {}\n",
                                    pad(ind + 4),
                                    scalar(name),
                                    scalar(&p.description)
                                ));
                            } else {
                                text.push_str(&format!(
                                    "{}{}:\n{}description: {}\n",
                                    pad(ind + 4),
                                    scalar(name),
                                    pad(ind + 6),
                                    scalar(&p.description)
                                ));
                                if let Some(s) = &p.style {
                                    text.push_str(&format!("{}style: {s}\n", pad(ind + 6)));
                                }
                                if let Some(t) = &p.ty {
                                    text.push_str(&format!("{}type: {t}\n", pad(ind + 6)));
                                }
                            }
                        }
                    }
                    self.edits.insert(at, text);
                }
                Change::VariantRemoved { variant, .. } => {
                    if let Some(k) = list.iter().position(|v| v == variant) {
                        list.remove(k);
                        list_changed = true;
                    }
                }
                Change::Scopes { row, page, .. } => {
                    let wire = PermissionType::ALL[*row].as_str();
                    let e = self.entry(&["operations", op, "scopes", wire])?;
                    match page {
                        ScopeRowFact::NotSupported => {
                            let range = self.doc.value_range(&e)?;
                            self.edits.replace(range, "not supported".to_owned());
                        }
                        ScopeRowFact::Scopes(scopes) => {
                            for s in scopes {
                                if !self.model.scopes.iter().any(|m| m.wire == *s)
                                    && !self.new_scopes.contains(s)
                                {
                                    self.new_scopes.push(s.clone());
                                    let scopes_entry = self.entry(&["scopes"])?;
                                    let (at, ind) =
                                        self.doc.child_insert_point(&scopes_entry, None, true)?;
                                    self.edits.insert(
                                        at,
                                        format!(
                                            "{}{}: {}\n",
                                            pad(ind),
                                            scalar(s),
                                            scalar(&format!(
                                                "Added by codegen import from {}; say what it grants.",
                                                self.page
                                            ))
                                        ),
                                    );
                                }
                            }
                            self.doc.replace_list(&mut self.edits, &e, scopes)?;
                        }
                    }
                }
                Change::HeaderAdded {
                    name,
                    description,
                    required,
                } => {
                    let conditional =
                        KnownHeader::parse_ignoring_case(name).and_then(|r| r.status());
                    let mut fields = Vec::new();
                    if *required {
                        fields.push("required: true".to_owned());
                    }
                    fields.push(format!("description: {}", scalar(description)));
                    if let Some(status) = conditional {
                        fields.push(format!("status: {status}"));
                    }
                    self.add_child(
                        op_entry,
                        "headers",
                        &["query", "body", "response", "scopes"],
                        name,
                        &fields,
                        None,
                        true,
                    )?;
                }
                Change::HeaderRemoved { name } => {
                    let e = self.entry(&["operations", op, "headers", name])?;
                    self.edits.replace(self.doc.entry_range(&e), String::new());
                }
                Change::HeaderRequired { name, required } => {
                    let e = self.entry(&["operations", op, "headers", name])?;
                    self.set_flag(&e, "required", *required, None)?;
                }
                Change::QueryAdded { name } => {
                    let resource = self
                        .model
                        .operations
                        .iter()
                        .find(|o| o.wire == op)
                        .and_then(|o| o.response.resource)
                        .map(|r| self.model.resources[r].wire.clone())
                        .unwrap_or_default();
                    let description = format!("Selects the properties of the returned {resource}.");
                    self.add_child(
                        op_entry,
                        "query",
                        &["body", "response", "scopes"],
                        name,
                        &[],
                        Some(&description),
                        true,
                    )?;
                }
                Change::QueryRemoved { name } => {
                    let e = self.entry(&["operations", op, "query", name])?;
                    self.edits.replace(self.doc.entry_range(&e), String::new());
                }
                Change::FieldAdded { .. } => body_fields.push(change),
                Change::FieldRemoved { name, .. } => {
                    let e = self.entry(&["operations", op, "body", "fields", name])?;
                    self.edits.replace(self.doc.entry_range(&e), String::new());
                }
                Change::FieldRetyped { name, ty, page, .. } => match ty {
                    Some(ty) => {
                        let e = self.entry(&["operations", op, "body", "fields", name, "type"])?;
                        self.doc.replace_scalar(&mut self.edits, &e, ty)?;
                    }
                    None => self.skip(format!(
                        "body field `{name}` of `{op}`: the type `{page}` is not one the spec knows"
                    )),
                },
                Change::FieldRequired { name, required } => {
                    let e = self.entry(&["operations", op, "body", "fields", name])?;
                    self.set_flag(&e, "required", *required, Some("type"))?;
                }
                Change::StatusAdded { code, description } => {
                    let e = self.entry(&["operations", op, "response", "statuses"])?;
                    let (at, ind) = self.doc.child_insert_point(&e, None, true)?;
                    self.edits
                        .insert(at, format!("{}{code}: {}\n", pad(ind), scalar(description)));
                }
                Change::Shape { page, spec } => {
                    use super::facts::Shape;
                    if *page == Shape::None || *spec == Shape::None {
                        self.skip(format!(
                            "the response shape of `{op}` changes from `{}` to `{}`; that changes its type too, so edit it by hand",
                            spec.as_str(),
                            page.as_str()
                        ));
                    } else {
                        let e = self.entry(&["operations", op, "response", "shape"])?;
                        self.doc
                            .replace_scalar(&mut self.edits, &e, page.as_str())?;
                    }
                }
                Change::ResponseType { page, .. } => {
                    let e = self.entry(&["operations", op, "response", "type"])?;
                    self.doc.replace_scalar(&mut self.edits, &e, page)?;
                }
                _ => {}
            }
        }
        if list_changed {
            self.doc
                .replace_list(&mut self.edits, &variants_entry, &list)?;
        }
        if !body_fields.is_empty() {
            self.body_fields(op, op_entry, &body_fields)?;
        }
        Ok(())
    }

    /// New body fields; a `body:` when the operation has none.
    fn body_fields(
        &mut self,
        op: &str,
        op_entry: Entry<'a>,
        changes: &[&Change],
    ) -> Result<(), String> {
        let body = self.doc.entry(&["operations", op, "body"]);
        let mut new_body = String::new();
        let mut ind = self.doc.child_indent(&op_entry) + 4;
        if body.is_none() {
            let description = self
                .body_description
                .clone()
                .unwrap_or_else(|| "The request body.".to_owned());
            new_body = format!(
                "{}body:\n{}description: {}\n{}fields:\n",
                pad(ind - 4),
                pad(ind - 2),
                scalar(&description),
                pad(ind - 2)
            );
        }
        for change in changes {
            let Change::FieldAdded {
                name,
                ty,
                page_ty,
                description,
                required,
                after,
                versions,
                ..
            } = change
            else {
                continue;
            };
            let Some(ty) = ty else {
                self.skip(format!(
                    "body field `{name}` of `{op}`: the type `{page_ty}` is not one the spec knows"
                ));
                continue;
            };
            let mut fields = vec![format!("type: {}", scalar(ty))];
            if *required {
                fields.push("required: true".to_owned());
            }
            fields.push(format!("description: {}", scalar(description)));
            if let Some(v) = versions {
                fields.push(format!("versions: {}", flow_list(v)));
            }
            match body {
                Some(_) => {
                    let parent = self.entry(&["operations", op, "body", "fields"])?;
                    let (at, i) = self
                        .doc
                        .child_insert_point(&parent, after.as_deref(), false)?;
                    ind = i;
                    self.edits.insert(at, entry_text(ind, name, &fields));
                }
                None => new_body.push_str(&entry_text(ind, name, &fields)),
            }
        }
        if body.is_none() && new_body.lines().count() > 3 {
            let at = self.insert_point_before(op, &["response", "scopes"], op_entry)?;
            self.edits.insert(at, new_body);
        }
        Ok(())
    }

    /// Where a new key of an operation goes: before the first of `before` it has.
    fn insert_point_before(
        &self,
        op: &str,
        before: &[&str],
        op_entry: Entry<'a>,
    ) -> Result<usize, String> {
        for key in before {
            if let Some(e) = self.doc.entry(&["operations", op, key]) {
                return Ok(self.doc.before_point(&e));
            }
        }
        Ok(self.doc.entry_end(&op_entry))
    }

    /// Adds `name` with `fields` (or the short form `name: short`) to the mapping `key` of an
    /// operation, creating the mapping before the first of `before` when it is not there.
    #[allow(clippy::too_many_arguments)]
    fn add_child(
        &mut self,
        op_entry: Entry<'a>,
        key: &str,
        before: &[&str],
        name: &str,
        fields: &[String],
        short: Option<&str>,
        at_end: bool,
    ) -> Result<(), String> {
        let op = op_entry.name().to_owned();
        let text_at = |ind: usize| match short {
            Some(s) => format!("{}{}: {}\n", pad(ind), scalar(name), scalar(s)),
            None => entry_text(ind, name, fields),
        };
        match self.doc.entry(&["operations", &op, key]) {
            Some(parent) => {
                let (at, ind) = self.doc.child_insert_point(&parent, None, at_end)?;
                self.edits.insert(at, text_at(ind));
            }
            None => {
                let ind = self.doc.child_indent(&op_entry);
                let at = self.insert_point_before(&op, before, op_entry)?;
                self.edits
                    .insert(at, format!("{}{key}:\n{}", pad(ind), text_at(ind + 2)));
            }
        }
        Ok(())
    }

    /// Sets `flag: true|false` of an entry: replaced when written, else added after the child
    /// `after` (or the key line).
    fn set_flag(
        &mut self,
        e: &Entry<'a>,
        flag: &str,
        value: bool,
        after: Option<&str>,
    ) -> Result<(), String> {
        let map = e.value.as_mapping();
        let existing = map.and_then(|m| m.iter().find(|(k, _)| k.as_str() == flag));
        match existing {
            Some((k, v)) => {
                let child = Entry { key: k, value: v };
                self.doc.replace_scalar(
                    &mut self.edits,
                    &child,
                    if value { "true" } else { "false" },
                )
            }
            None if !value => Ok(()),
            None => {
                let (at, ind) = self.doc.child_insert_point(e, after, false)?;
                self.edits.insert(at, format!("{}{flag}: true\n", pad(ind)));
                Ok(())
            }
        }
    }

    fn resource(&mut self, res: &str, changes: &[&Change]) -> Result<(), String> {
        for change in changes {
            match change {
                Change::FieldAdded {
                    owner: Owner::Resource,
                    name,
                    ty,
                    page_ty,
                    description,
                    read_only,
                    deprecated,
                    after,
                    versions,
                    ..
                } => {
                    let Some(ty) = ty else {
                        self.skip(format!(
                            "property `{name}` of `{res}`: the type `{page_ty}` is not one the spec knows"
                        ));
                        continue;
                    };
                    let mut fields = vec![
                        format!("type: {}", scalar(ty)),
                        format!("description: {}", scalar(description)),
                    ];
                    if *read_only {
                        fields.push("read_only: true".to_owned());
                    }
                    if let Some((replacement, note)) = deprecated {
                        match replacement {
                            Some(r) => {
                                fields.push("deprecated:".to_owned());
                                fields.push(format!("  replacement: {}", scalar(r)));
                                if let Some(n) = note {
                                    fields.push(format!("  note: {}", scalar(n)));
                                }
                            }
                            None => self.skip(format!(
                                "property `{name}` of `{res}` is deprecated, but the page names no replacement; add `deprecated:` by hand"
                            )),
                        }
                    }
                    if let Some(v) = versions {
                        fields.push(format!("versions: {}", flow_list(v)));
                    }
                    let parent = self.entry(&["resources", res, "properties"])?;
                    let (at, ind) = self.doc.child_insert_point(&parent, after.as_deref(), false)?;
                    self.edits.insert(at, entry_text(ind, name, &fields));
                }
                Change::FieldRemoved { name, .. } => match self.doc.entry(&["resources", res, "properties", name]) {
                    Some(e) => self.edits.replace(self.doc.entry_range(&e), String::new()),
                    None => self.skip(format!(
                        "property `{name}` of `{res}` is inherited; remove it from the resource it comes from"
                    )),
                },
                Change::FieldRetyped { name, ty, page, .. } => {
                    match (ty, self.doc.entry(&["resources", res, "properties", name, "type"])) {
                        (Some(ty), Some(e)) => self.doc.replace_scalar(&mut self.edits, &e, ty)?,
                        (None, _) => self.skip(format!(
                            "property `{name}` of `{res}`: the type `{page}` is not one the spec knows"
                        )),
                        (_, None) => self.skip(format!(
                            "property `{name}` of `{res}` is inherited; retype it in the resource it comes from"
                        )),
                    }
                }
                Change::ReadOnly { name, read_only } => {
                    match self.doc.entry(&["resources", res, "properties", name]) {
                        Some(e) => self.set_flag(&e, "read_only", *read_only, Some("description"))?,
                        None => self.skip(format!("property `{name}` of `{res}` is inherited")),
                    }
                }
                Change::Deprecated {
                    name,
                    replacement,
                    note,
                } => {
                    let Some(replacement) = replacement else {
                        self.skip(format!(
                            "property `{name}` of `{res}` is deprecated, but the page names no replacement the resource has; add `deprecated:` by hand"
                        ));
                        continue;
                    };
                    let Some(e) = self.doc.entry(&["resources", res, "properties", name]) else {
                        self.skip(format!("property `{name}` of `{res}` is inherited"));
                        continue;
                    };
                    let ind = self.doc.child_indent(&e);
                    let mut text = format!(
                        "{}deprecated:\n{}replacement: {}\n",
                        pad(ind),
                        pad(ind + 2),
                        scalar(replacement)
                    );
                    if let Some(n) = note {
                        text.push_str(&format!("{}note: {}\n", pad(ind + 2), scalar(n)));
                    }
                    self.edits.insert(self.doc.entry_end(&e), text);
                }
                Change::DeprecatedInSpec { name, .. } => {
                    if let Some(e) = self.doc.entry(&["resources", res, "properties", name, "deprecated"]) {
                        self.edits.replace(self.doc.entry_range(&e), String::new());
                    }
                }
                Change::EnumValueAdded {
                    r#enum,
                    value,
                    description,
                    after,
                    versions,
                } => {
                    let parent = self.entry(&["enums", r#enum, "values"])?;
                    let (at, ind) = self.doc.child_insert_point(&parent, after.as_deref(), false)?;
                    let description = if description.is_empty() {
                        format!("(added by codegen import from {}; describe it)", self.page)
                    } else {
                        description.clone()
                    };
                    let text = match versions {
                        None => format!("{}{}: {}\n", pad(ind), scalar(value), scalar(&description)),
                        Some(v) => entry_text(
                            ind,
                            value,
                            &[
                                format!("description: {}", scalar(&description)),
                                format!("versions: {}", flow_list(v)),
                            ],
                        ),
                    };
                    self.edits.insert(at, text);
                }
                Change::EnumValueRemoved { r#enum, value } => {
                    let e = self.entry(&["enums", r#enum, "values", value])?;
                    self.edits.replace(self.doc.entry_range(&e), String::new());
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// `name:` and its fields, one per line, indented under it.
fn entry_text(ind: usize, name: &str, fields: &[String]) -> String {
    let mut text = format!("{}{}:\n", pad(ind), scalar(name));
    for f in fields {
        text.push_str(&format!("{}{f}\n", pad(ind + 2)));
    }
    text
}

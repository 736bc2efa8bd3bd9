//! Narrows a model to some operations and resources (for a downstream crate that wants a
//! subset), keeping everything those need: the resources and enums their types refer to.

use std::collections::BTreeSet;

use crate::model::*;

/// Which operations and resources to keep; `None` keeps all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub operations: Option<Vec<String>>,
    pub resources: Option<Vec<String>>,
}

impl Selection {
    pub fn is_everything(&self) -> bool {
        self.operations.is_none() && self.resources.is_none()
    }
}

/// Keeps the selected operations and resources and what they refer to. A name the model
/// does not have is an error that lists the names it has.
pub fn select(model: &Model, selection: &Selection) -> Result<Model, String> {
    if selection.is_everything() {
        return Ok(model.clone());
    }
    let operations: Vec<usize> = match &selection.operations {
        // Resources alone select models only.
        None if selection.resources.is_some() => Vec::new(),
        None => (0..model.operations.len()).collect(),
        Some(names) => indices(names, &model.operations, |o| &o.wire, "operation")?,
    };
    let mut resources: BTreeSet<usize> = match &selection.resources {
        None => BTreeSet::new(),
        Some(names) => indices(names, &model.resources, |r| &r.wire, "resource")?
            .into_iter()
            .collect(),
    };
    let mut enums = BTreeSet::new();
    let mut pending: Vec<Type> = Vec::new();
    for &o in &operations {
        let op = &model.operations[o];
        if let Some(r) = op.response.resource {
            pending.push(Type::Resource(r));
        }
        if let Some(body) = &op.body {
            pending.extend(body.fields.iter().map(|f| f.ty.clone()));
        }
    }
    pending.extend(resources.iter().map(|&r| Type::Resource(r)));
    let mut seen = BTreeSet::new();
    while let Some(ty) = pending.pop() {
        match ty {
            Type::Collection(inner) => pending.push(*inner),
            Type::Enum(e) => {
                enums.insert(e);
            }
            Type::Resource(r) => {
                resources.insert(r);
                if seen.insert(r) {
                    pending.extend(model.resources[r].properties.iter().map(|p| p.ty.clone()));
                }
            }
            _ => {}
        }
    }
    let enum_map = remap(model.enums.len(), &enums);
    let resource_map = remap(model.resources.len(), &resources);
    let retype = |p: &Property| Property {
        ty: retype(&p.ty, &enum_map, &resource_map),
        ..p.clone()
    };
    let mut out = model.clone();
    out.enums = enums.iter().map(|&e| model.enums[e].clone()).collect();
    out.resources = resources
        .iter()
        .map(|&r| {
            let mut resource = model.resources[r].clone();
            resource.properties = resource.properties.iter().map(retype).collect();
            resource
        })
        .collect();
    out.operations = operations
        .iter()
        .map(|&o| {
            let mut op = model.operations[o].clone();
            op.response.resource = op.response.resource.and_then(|r| resource_map[r]);
            op.select = op.select.and_then(|(r, d)| resource_map[r].map(|r| (r, d)));
            if let Some(body) = &mut op.body {
                body.fields = body.fields.iter().map(retype).collect();
            }
            op
        })
        .collect();
    // A `$select` enum is emitted only for a resource some kept operation selects.
    for resource in &mut out.resources {
        resource.field_ident = None;
    }
    for op in &out.operations {
        if let Some((r, _)) = op.select {
            out.resources[r].field_ident = Some(out.resources[r].ident.with_suffix("Field"));
        }
    }
    Ok(out)
}

fn indices<T>(
    names: &[String],
    items: &[T],
    name: impl Fn(&T) -> &String,
    what: &str,
) -> Result<Vec<usize>, String> {
    let mut out = Vec::new();
    for wanted in names {
        match items.iter().position(|item| name(item) == wanted) {
            Some(i) if !out.contains(&i) => out.push(i),
            Some(_) => {}
            None => {
                let known: Vec<&str> = items.iter().map(|i| name(i).as_str()).collect();
                return Err(format!(
                    "the spec has no {what} `{wanted}` (it has: {})",
                    known.join(", ")
                ));
            }
        }
    }
    out.sort_unstable();
    Ok(out)
}

/// Old index → new index, for the kept ones.
fn remap(len: usize, kept: &BTreeSet<usize>) -> Vec<Option<usize>> {
    let mut map = vec![None; len];
    for (new, &old) in kept.iter().enumerate() {
        map[old] = Some(new);
    }
    map
}

fn retype(ty: &Type, enums: &[Option<usize>], resources: &[Option<usize>]) -> Type {
    match ty {
        Type::Enum(e) => Type::Enum(enums[*e].unwrap_or(*e)),
        Type::Resource(r) => Type::Resource(resources[*r].unwrap_or(*r)),
        Type::Collection(inner) => Type::Collection(Box::new(retype(inner, enums, resources))),
        other => other.clone(),
    }
}

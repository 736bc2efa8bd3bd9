//! Narrows a model to some operations and resources (for a downstream crate that wants a
//! subset), keeping everything those need: the resources and enums their types refer to.
//! It works on the semantic model, before any Rust name is chosen, so nothing derived from
//! the whole spec (a `$select` enum no kept operation uses) survives it.

use std::collections::BTreeSet;

use crate::model::*;

/// Which operations and resources to keep; `None` keeps all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// The operations to keep: `family.operation` (e.g. `driveItem.createLink`), or an
    /// operation's name alone when exactly one family has it.
    pub operations: Option<Vec<String>>,
    /// The names of the resources to keep, e.g. `permission`.
    pub resources: Option<Vec<String>>,
}

impl Selection {
    /// Whether this selection keeps the whole spec.
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
    let operations: Vec<OperationId> = match &selection.operations {
        // Resources alone select models only.
        None if selection.resources.is_some() => Vec::new(),
        None => model.operations.ids().collect(),
        Some(names) => {
            let mut ids = names
                .iter()
                .map(|name| model.find_operation(name))
                .collect::<Result<Vec<_>, _>>()?;
            ids.sort_unstable();
            ids.dedup();
            ids
        }
    };
    let resources: BTreeSet<ResourceId> = match &selection.resources {
        None => BTreeSet::new(),
        Some(names) => ids(names, &model.resources, |r| &r.wire, "resource")?
            .into_iter()
            .collect(),
    };
    let (enums, resources) = needed(model, &operations, resources);
    Ok(narrowed(model, &operations, &enums, &resources))
}

/// The enums and resources the kept operations and resources refer to, through every
/// property, body field and header value, and those themselves.
fn needed(
    model: &Model,
    operations: &[OperationId],
    mut resources: BTreeSet<ResourceId>,
) -> (BTreeSet<EnumId>, BTreeSet<ResourceId>) {
    let mut enums = BTreeSet::new();
    let mut pending: Vec<Type> = Vec::new();
    for &o in operations {
        let op = &model.operations[o];
        if let Some(r) = op.response.resource {
            pending.push(Type::Resource(r));
        }
        if let Some(body) = &op.body {
            pending.extend(body.fields.iter().map(|f| f.ty.clone()));
            // A body that is a resource names it in its docs: the resource is kept too.
            pending.extend(body.resource.map(Type::Resource));
        }
        pending.extend(op.headers.iter().filter_map(|h| h.value.map(Type::Enum)));
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
    (enums, resources)
}

/// The model with the kept items only, renumbered, and every reference to them too.
fn narrowed(
    model: &Model,
    operations: &[OperationId],
    enums: &BTreeSet<EnumId>,
    resources: &BTreeSet<ResourceId>,
) -> Model {
    let map = Remap {
        enums: Renumber::new(enums),
        resources: Renumber::new(resources),
    };
    let retype = |p: &Property| Property {
        ty: map.retype(&p.ty),
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
            op.response.resource = op.response.resource.map(|r| map.resources.get(r));
            if let Some(select) = &mut op.select {
                select.resource = map.resources.get(select.resource);
            }
            if let Some(body) = &mut op.body {
                body.fields = body.fields.iter().map(retype).collect();
                body.resource = body.resource.map(|r| map.resources.get(r));
            }
            for header in &mut op.headers {
                header.value = header.value.map(|e| map.enums.get(e));
            }
            op
        })
        .collect();
    out
}

fn ids<I: Id, T>(
    names: &[String],
    items: &Items<I, T>,
    name: impl Fn(&T) -> &String,
    what: &str,
) -> Result<Vec<I>, String> {
    let mut out: Vec<usize> = Vec::new();
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
    Ok(out.into_iter().map(I::from_index).collect())
}

/// Old ids → new ids, for the kept items. Every type a kept item refers to is kept (that is
/// how they were collected), so a lookup always finds its id.
struct Renumber<I> {
    new: std::collections::BTreeMap<I, I>,
}

impl<I: Id + Ord> Renumber<I> {
    fn new(kept: &BTreeSet<I>) -> Self {
        Renumber {
            new: kept
                .iter()
                .enumerate()
                .map(|(new, &old)| (old, I::from_index(new)))
                .collect(),
        }
    }

    fn get(&self, old: I) -> I {
        match self.new.get(&old) {
            Some(&new) => new,
            None => unreachable!("a kept item refers only to kept items"),
        }
    }
}

struct Remap {
    enums: Renumber<EnumId>,
    resources: Renumber<ResourceId>,
}

impl Remap {
    fn retype(&self, ty: &Type) -> Type {
        match ty {
            Type::Enum(e) => Type::Enum(self.enums.get(*e)),
            Type::Resource(r) => Type::Resource(self.resources.get(*r)),
            Type::Collection(inner) => Type::Collection(Box::new(self.retype(inner))),
            other => other.clone(),
        }
    }
}

//! Resources: inherited properties, `one_of`, facets and deprecations.

use super::{listing, Checker};
use crate::model::{Deprecation, Facet, Id, Items, Property, PropertyId, Resource, ResourceId};
use crate::spec::{self, Name};

/// The longest chain of `extends` (a resource, its parent, its grandparent, …).
const MAX_EXTENDS_DEPTH: usize = 16;

impl Checker {
    pub(super) fn resources(
        &mut self,
        specs: &spec::Entries<spec::ResourceSpec>,
    ) -> Items<ResourceId, Resource> {
        specs
            .iter()
            .map(|(name, r)| self.resource(specs, name, r))
            .collect()
    }

    fn resource(
        &mut self,
        specs: &spec::Entries<spec::ResourceSpec>,
        name: &Name,
        r: &spec::ResourceSpec,
    ) -> Resource {
        let what = format!("resource `{}`", name.value);
        let properties: Items<PropertyId, Property> = self
            .inherited(specs, name)
            .into_iter()
            .map(|(pname, p)| self.property(pname, p, "property", &what))
            .collect();
        // Checked where each deprecation is written: on the resource's own properties.
        for (pname, p) in &r.properties {
            if let Some(d) = &p.deprecated {
                if !properties.iter().any(|q| q.wire == d.replacement.value) {
                    self.error(
                        d.replacement.span,
                        format!(
                            "property `{}` of {what} is deprecated in favour of `{}`, which {what} does not have",
                            pname.value, d.replacement.value
                        ),
                    );
                }
            }
        }
        let one_of = r
            .one_of
            .iter()
            .filter_map(|n| self.find_property(&properties, n, "`one_of`", &what))
            .collect();
        let facets = r
            .facets
            .iter()
            .filter_map(|f| {
                let property = self.find_property(&properties, &f.property, "a facet", &what)?;
                Some(Facet {
                    property,
                    kind_wire: f.kind.value.clone(),
                    kind_span: f.kind.span,
                    description: f.description.clone(),
                })
            })
            .collect();
        Resource {
            wire: name.value.clone(),
            description: r.description.clone(),
            properties,
            one_of,
            facets,
            span: name.span,
        }
    }

    /// The property a `one_of` or a facet names.
    fn find_property(
        &mut self,
        properties: &Items<PropertyId, Property>,
        n: &Name,
        role: &str,
        what: &str,
    ) -> Option<PropertyId> {
        let found = properties.find_id(|p| p.wire == n.value);
        if found.is_none() {
            self.error(
                n.span,
                format!(
                    "{role} of {what} names property `{}`, which {what} does not have (it has: {})",
                    n.value,
                    listing(properties.iter().map(|p| p.wire.as_str()))
                ),
            );
        }
        found
    }

    /// A resource property or a body field: `kind` (property, body field) `name` of
    /// `owner`, as messages about it call it.
    pub(super) fn property(
        &mut self,
        name: &Name,
        p: &spec::PropertySpec,
        kind: &str,
        owner: &str,
    ) -> Property {
        let what = format!("{kind} `{}` of {owner}", name.value);
        Property {
            wire: name.value.clone(),
            ty: self.ty(&p.ty, &what),
            description: p.description.clone(),
            read_only: p.read_only,
            required: p.required,
            deprecated: p.deprecated.as_ref().map(|d| Deprecation {
                replacement_wire: d.replacement.value.clone(),
                note: d.note.clone(),
            }),
            availability: self.availability(&p.versions, &what),
            span: name.span,
        }
    }

    /// The property specs of a resource, its ancestors' first. Reports an unknown or cyclic
    /// `extends` once, where it is written.
    fn inherited<'s>(
        &mut self,
        specs: &'s spec::Entries<spec::ResourceSpec>,
        name: &'s Name,
    ) -> Vec<(&'s Name, &'s spec::PropertySpec)> {
        let chain = self.ancestry(specs, name);
        chain
            .iter()
            .rev()
            .filter_map(|n| {
                self.resources
                    .get(&n.value)
                    .and_then(|id| specs.get(id.index()))
            })
            .flat_map(|(_, r)| r.properties.iter().map(|(pn, p)| (pn, p)))
            .collect()
    }

    /// A resource and the resources it extends, itself first.
    fn ancestry<'s>(
        &mut self,
        specs: &'s spec::Entries<spec::ResourceSpec>,
        name: &'s Name,
    ) -> Vec<&'s Name> {
        let spec_of =
            |n: &str, c: &Checker| c.resources.get(n).and_then(|id| specs.get(id.index()));
        let mut chain: Vec<&'s Name> = vec![name];
        let Some(mut current) = spec_of(&name.value, self).map(|(_, r)| r) else {
            return chain;
        };
        while let Some(parent) = &current.extends {
            if chain.len() > MAX_EXTENDS_DEPTH {
                // Bounded, so that a chain of thousands costs thousands of steps, not millions.
                self.error(
                    name.span,
                    format!(
                        "resource `{}` has more than {MAX_EXTENDS_DEPTH} levels of `extends` above it; at most {MAX_EXTENDS_DEPTH} are supported",
                        name.value
                    ),
                );
                break;
            }
            match spec_of(&parent.value, self) {
                None => {
                    self.error(
                        parent.span,
                        format!(
                            "resource `{}` extends `{}`, which is not a resource (resources: {})",
                            chain.last().map(|n| n.value.as_str()).unwrap_or_default(),
                            parent.value,
                            listing(specs.iter().map(|(n, _)| n.value.as_str()))
                        ),
                    );
                    break;
                }
                Some((pname, _)) if chain.iter().any(|n| n.value == pname.value) => {
                    if chain[0].value == pname.value || chain.len() == 1 {
                        self.error(
                            parent.span,
                            format!(
                                "resource `{}` extends itself through {}",
                                name.value,
                                chain
                                    .iter()
                                    .map(|n| format!("`{}`", n.value))
                                    .collect::<Vec<_>>()
                                    .join(" → ")
                            ),
                        );
                    }
                    break;
                }
                Some((pname, pspec)) => {
                    chain.push(pname);
                    current = pspec;
                }
            }
        }
        chain
    }
}

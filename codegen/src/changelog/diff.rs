//! The comparisons: item by item, matched by wire name, each change with its semver level.
//! Operations, their functions, options and scopes are in `operations.rs`.

use super::{Entry, Kind, Level};
use crate::model::{ApiVersion, Availability};
use crate::surface::api::{Api, Field, Struct};

/// Every change between two surfaces: scopes, enums, models, families, path variants,
/// operations.
pub(super) fn compare(old: &Api, new: &Api) -> Vec<Entry> {
    let mut out = Out(Vec::new());
    out.scopes(old, new);
    out.enums(old, new);
    out.structs(old, new);
    out.families(old, new);
    out.variants(old, new);
    let pairs = super::operations::pair(old, new);
    for (o, n) in &pairs {
        match (o, n) {
            (Some(o), Some(n)) => out.operation(old, &old.operations[*o], new, &new.operations[*n]),
            (Some(o), None) => out.operation_removed(&old.operations[*o]),
            (None, Some(n)) => out.operation_added(&new.operations[*n]),
            (None, None) => {}
        }
    }
    out.0
}

/// The entries found so far.
pub(super) struct Out(pub(super) Vec<Entry>);

fn versions_text(versions: &[ApiVersion]) -> String {
    versions
        .iter()
        .map(|v| v.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn beta_note(a: &Availability) -> String {
    if a.stable {
        String::new()
    } else {
        format!(
            ", only in {} (behind the `beta` feature)",
            versions_text(&a.versions)
        )
    }
}

impl Out {
    pub(super) fn push(
        &mut self,
        level: Level,
        kind: Kind,
        item: impl Into<String>,
        detail: impl Into<String>,
    ) {
        self.0.push(Entry {
            level,
            kind,
            item: item.into(),
            renamed_to: None,
            detail: detail.into(),
        });
    }

    /// A public item that now has another path (major: code naming the old path breaks).
    pub(super) fn renamed(&mut self, old: &str, new: &str, detail: impl Into<String>) {
        if old == new {
            return;
        }
        self.0.push(Entry {
            level: Level::Major,
            kind: Kind::Renamed,
            item: old.to_owned(),
            renamed_to: Some(new.to_owned()),
            detail: detail.into(),
        });
    }

    /// Availability: leaving the stable version hides an item behind `beta` (major); reaching
    /// it is an addition (minor).
    pub(super) fn availability(&mut self, item: &str, old: &Availability, new: &Availability) {
        if old.stable && !new.stable {
            let detail = format!(
                "now only in {} (behind the `beta` feature)",
                versions_text(&new.versions)
            );
            self.push(Level::Major, Kind::Removed, item, detail);
        } else if !old.stable && new.stable {
            self.push(
                Level::Minor,
                Kind::Added,
                item,
                "now in the stable API (no longer behind the `beta` feature)",
            );
        } else if old.versions != new.versions {
            let detail = format!(
                "versions {} → {}",
                versions_text(&old.versions),
                versions_text(&new.versions)
            );
            self.push(Level::Minor, Kind::Changed, item, detail);
        }
    }

    pub(super) fn described(&mut self, item: &str, what: &str, old: &str, new: &str) {
        if old != new {
            self.push(
                Level::Patch,
                Kind::Described,
                item,
                format!("{what} changed"),
            );
        }
    }

    fn scopes(&mut self, old: &Api, new: &Api) {
        for s in &old.scopes {
            let item = format!("scopes::Scope::{}", s.ident);
            match new.scopes.iter().find(|n| n.wire == s.wire) {
                None => self.push(
                    Level::Major,
                    Kind::Removed,
                    item,
                    format!("scope `{}`", s.wire),
                ),
                Some(n) => self.described(&item, "description", &s.description, &n.description),
            }
        }
        for n in &new.scopes {
            if !old.scopes.iter().any(|s| s.wire == n.wire) {
                let item = format!("scopes::Scope::{}", n.ident);
                self.push(
                    Level::Minor,
                    Kind::Added,
                    item,
                    format!("scope `{}`", n.wire),
                );
            }
        }
        self.scope_order(old, new);
    }

    /// The order of `scopes:`: `BY_PRIVILEGE` (what `minimal` prefers), the `Scope` enum's
    /// variants and `Granted`'s parameters follow it.
    fn scope_order(&mut self, old: &Api, new: &Api) {
        let wires = |api: &Api| {
            api.scopes
                .iter()
                .map(|s| s.wire.clone())
                .collect::<Vec<_>>()
        };
        let (old_wires, new_wires) = (wires(old), wires(new));
        if old_wires == new_wires {
            return;
        }
        let shown = |list: &[String]| format!("[{}]", list.join(", "));
        // The scopes both have, each in its spec's order.
        let kept_old: Vec<String> = old_wires
            .iter()
            .filter(|w| new_wires.contains(w))
            .cloned()
            .collect();
        let kept_new: Vec<String> = new_wires
            .iter()
            .filter(|w| old_wires.contains(w))
            .cloned()
            .collect();
        if kept_old != kept_new {
            self.push(
                Level::Minor,
                Kind::Reordered,
                "scopes::BY_PRIVILEGE",
                format!(
                    "least privileged first, {} → {}: where several scopes allow a call, `minimal` now prefers the one earlier here",
                    shown(&kept_old),
                    shown(&kept_new)
                ),
            );
            self.push(
                Level::Patch,
                Kind::Reordered,
                "scopes::Scope",
                "its variants follow the new order (their order in the docs only: the enum has no discriminants and no `Ord`)",
            );
        }
        // `Granted` has one `bool` parameter per scope, in the spec's order: written with
        // `granted![…]`, as its docs say, it follows. Spelled out by hand, another number of
        // parameters no longer compiles; the same number in another order still compiles and
        // names other scopes, silently.
        if old_wires.len() == new_wires.len() {
            self.push(
                Level::Major,
                Kind::Reordered,
                "scopes::Granted",
                format!(
                    "with `typed-scopes`: its `bool` parameters, one per scope, {} → {}; a type written with `granted![…]` follows, one spelled out by hand still compiles and grants other scopes",
                    shown(&old_wires),
                    shown(&new_wires)
                ),
            );
        } else {
            self.push(
                Level::Minor,
                Kind::Changed,
                "scopes::Granted",
                format!(
                    "with `typed-scopes`: one `bool` parameter per scope, {} → {}; a type written with `granted![…]` is unchanged, one spelled out by hand is not",
                    old.scopes.len(),
                    new.scopes.len()
                ),
            );
        }
    }

    fn enums(&mut self, old: &Api, new: &Api) {
        for e in &old.enums {
            let item = format!("models::{}", e.ident);
            let Some(n) = new.enums.iter().find(|n| n.wire == e.wire) else {
                self.push(
                    Level::Major,
                    Kind::Removed,
                    item,
                    format!("enum `{}`", e.wire),
                );
                continue;
            };
            self.described(&item, "description", &e.description, &n.description);
            for v in &e.values {
                let vitem = format!("{item}::{}", v.ident);
                match n.values.iter().find(|x| x.wire == v.wire) {
                    None => self.push(
                        Level::Major,
                        Kind::Removed,
                        vitem,
                        format!("value `{}`", v.wire),
                    ),
                    Some(x) => {
                        self.availability(&vitem, &v.availability, &x.availability);
                        self.described(&vitem, "description", &v.description, &x.description);
                    }
                }
            }
            // The enums keep unknown values and are `#[non_exhaustive]`: a value is minor.
            for x in n
                .values
                .iter()
                .filter(|x| !e.values.iter().any(|v| v.wire == x.wire))
            {
                let detail = format!("value `{}`{}", x.wire, beta_note(&x.availability));
                self.push(
                    Level::Minor,
                    Kind::Added,
                    format!("{item}::{}", x.ident),
                    detail,
                );
            }
        }
        for n in new
            .enums
            .iter()
            .filter(|n| !old.enums.iter().any(|e| e.wire == n.wire))
        {
            let detail = format!("enum `{}` ({} values)", n.wire, n.values.len());
            self.push(
                Level::Minor,
                Kind::Added,
                format!("models::{}", n.ident),
                detail,
            );
        }
    }

    fn structs(&mut self, old: &Api, new: &Api) {
        for r in &old.structs {
            let item = format!("models::{}", r.ident);
            match new.structs.iter().find(|n| n.wire == r.wire) {
                None => self.push(
                    Level::Major,
                    Kind::Removed,
                    item,
                    format!("model `{}`", r.wire),
                ),
                Some(n) => self.model_struct(&item, r, n),
            }
        }
        for n in new
            .structs
            .iter()
            .filter(|n| !old.structs.iter().any(|r| r.wire == n.wire))
        {
            let detail = format!("model `{}` ({} fields)", n.wire, n.fields.len());
            self.push(
                Level::Minor,
                Kind::Added,
                format!("models::{}", n.ident),
                detail,
            );
        }
    }

    fn model_struct(&mut self, item: &str, r: &Struct, n: &Struct) {
        self.described(item, "description", &r.description, &n.description);
        let (of, nf): (Vec<&Field>, Vec<&Field>) =
            (r.fields.iter().collect(), n.fields.iter().collect());
        self.fields(item, (&of, r.exhaustive), (&nf, n.exhaustive), false);
        let one_of = |m: &Struct| -> Vec<String> {
            m.one_of.iter().map(|&i| m.fields[i].wire.clone()).collect()
        };
        if one_of(r) != one_of(n) {
            let detail = format!(
                "one of [{}] → one of [{}]",
                one_of(r).join(", "),
                one_of(n).join(", ")
            );
            self.push(Level::Minor, Kind::Changed, item, detail);
        }
        let facets = |m: &Struct| -> Vec<String> {
            m.kind
                .iter()
                .flat_map(|k| {
                    k.facets.iter().map(move |(p, kind)| {
                        format!("{}→{}", m.fields[*p].wire, k.kinds[*kind].wire)
                    })
                })
                .collect()
        };
        if facets(r) != facets(n) {
            let detail = format!(
                "facets [{}] → [{}]",
                facets(r).join(", "),
                facets(n).join(", ")
            );
            self.push(Level::Minor, Kind::Changed, format!("{item}::kind"), detail);
        }
    }

    /// The fields of a struct (`models::X` or `operations::XBody`).
    pub(super) fn fields(
        &mut self,
        owner: &str,
        (old, old_exhaustive): (&[&Field], bool),
        (new, exhaustive): (&[&Field], bool),
        body: bool,
    ) {
        for p in old {
            let item = format!("{owner}::{}", p.ident);
            match new.iter().find(|n| n.wire == p.wire) {
                None => self.push(
                    Level::Major,
                    Kind::Removed,
                    item,
                    format!("field `{}`", p.wire),
                ),
                Some(n) => self.field(&item, p, n, body),
            }
        }
        for n in new {
            if old.iter().any(|p| p.wire == n.wire) {
                continue;
            }
            let item = format!("{owner}::{}", n.ident);
            if body && n.required {
                let detail = format!(
                    "new required field `{}`: {} (the body's `new` takes it)",
                    n.wire, n.ty
                );
                self.push(Level::Major, Kind::Retyped, item, detail);
            } else if exhaustive || old_exhaustive {
                let detail = format!(
                    "field `{}`: {}{}; the struct is exhaustive, so struct literals outside the crate no longer compile",
                    n.wire,
                    n.ty,
                    beta_note(&n.availability)
                );
                self.push(Level::Major, Kind::Added, item, detail);
            } else {
                let detail = format!("field `{}`: {}{}", n.wire, n.ty, beta_note(&n.availability));
                self.push(Level::Minor, Kind::Added, item, detail);
            }
        }
    }

    fn field(&mut self, item: &str, p: &Field, n: &Field, body: bool) {
        if p.ty != n.ty {
            let detail = if body && p.required != n.required {
                format!(
                    "{} → {} (`{}` made {}; the body's `new` takes its required fields)",
                    p.ty,
                    n.ty,
                    p.wire,
                    if n.required { "required" } else { "optional" }
                )
            } else {
                format!("{} → {}", p.ty, n.ty)
            };
            self.push(Level::Major, Kind::Retyped, item, detail);
        }
        match (&p.deprecated, &n.deprecated) {
            (None, Some(d)) => self.push(
                Level::Minor,
                Kind::Deprecated,
                item,
                format!("use `{}`", d.replacement),
            ),
            (Some(_), None) => self.push(
                Level::Minor,
                Kind::Undeprecated,
                item,
                "the deprecation is lifted",
            ),
            (Some(a), Some(b)) if a.replacement_wire != b.replacement_wire || a.note != b.note => {
                self.push(
                    Level::Patch,
                    Kind::Described,
                    item,
                    "deprecation note changed",
                )
            }
            _ => {}
        }
        self.availability(item, &p.availability, &n.availability);
        if p.read_only != n.read_only {
            let detail = if n.read_only {
                "documented read-only"
            } else {
                "no longer documented read-only"
            };
            self.push(Level::Patch, Kind::Described, item, detail);
        }
        self.described(item, "description", &p.description, &n.description);
    }

    /// A family's description (its modules' docs).
    fn families(&mut self, old: &Api, new: &Api) {
        for f in &old.families {
            let (Some(wire), Some(module)) = (&f.wire, &f.module) else {
                continue;
            };
            if let Some(n) = new.families.iter().find(|n| n.wire.as_ref() == Some(wire)) {
                let item = format!("endpoints::{module}");
                let what = format!("the description of family `{wire}`");
                self.described(&item, &what, &f.description, &n.description);
            }
        }
    }

    /// A path variant's description (its endpoint functions' docs), matched by family and
    /// name, or by name alone when the variant moved to a family.
    fn variants(&mut self, old: &Api, new: &Api) {
        for v in &old.variants {
            let found = new
                .variants
                .iter()
                .find(|n| n.wire == v.wire && n.family == v.family)
                .or_else(|| new.variants.iter().find(|n| n.wire == v.wire));
            if let Some(n) = found {
                let module = n
                    .module
                    .as_ref()
                    .map(|m| format!("{m}::"))
                    .unwrap_or_default();
                let item = format!("endpoints::{module}*_{}", n.ident);
                let what = format!("the description of path variant `{}`", v.wire);
                self.described(&item, &what, &v.description, &n.description);
            }
        }
    }
}

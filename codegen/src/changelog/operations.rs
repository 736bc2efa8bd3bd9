//! Operations compared: marker, endpoint functions, output, body, request options, scopes.

use super::diff::{beta_note, Out};
use super::{Kind, Level};
use crate::model::{PermissionType, ScopeRow};
use crate::surface::api::{Api, EndpointFn, Field, OperationItem};

/// The operations of two surfaces in pairs (old, new): by family and name first; then an old
/// operation left over is the new one left over with its method that shares the most full
/// path templates with it (the same call, moved to a family or renamed). The old order, then
/// the new operations nothing matched.
pub(super) fn pair(old: &Api, new: &Api) -> Vec<(Option<usize>, Option<usize>)> {
    let mut taken = vec![false; new.operations.len()];
    let mut matched: Vec<Option<usize>> = old
        .operations
        .iter()
        .map(|o| {
            let n = new
                .operations
                .iter()
                .position(|n| n.family == o.family && n.wire == o.wire)?;
            taken[n] = true;
            Some(n)
        })
        .collect();
    for (i, o) in old.operations.iter().enumerate() {
        if matched[i].is_some() {
            continue;
        }
        let shared = |n: &OperationItem| {
            o.endpoints
                .iter()
                .filter(|e| n.endpoints.iter().any(|x| x.template == e.template))
                .count()
        };
        let best = new
            .operations
            .iter()
            .enumerate()
            .filter(|(j, n)| !taken[*j] && n.method == o.method && shared(n) > 0)
            .max_by_key(|(j, n)| (shared(n), std::cmp::Reverse(*j)))
            .map(|(j, _)| j);
        if let Some(j) = best {
            taken[j] = true;
            matched[i] = Some(j);
        }
    }
    let mut out: Vec<(Option<usize>, Option<usize>)> = matched
        .into_iter()
        .enumerate()
        .map(|(i, n)| (Some(i), n))
        .collect();
    out.extend(
        (0..new.operations.len())
            .filter(|j| !taken[*j])
            .map(|j| (None, Some(j))),
    );
    out
}

/// An endpoint function as the changelog names it: its request line and what it calls.
fn endpoint_detail(o: &OperationItem, e: &EndpointFn) -> String {
    format!(
        "`{} {}` (`{}` through `{}`)",
        o.method,
        e.template,
        o.qualified_name(),
        e.variant
    )
}

impl Out {
    pub(super) fn operation_removed(&mut self, o: &OperationItem) {
        let item = o.item_path("operations", &o.marker);
        self.push(
            Level::Major,
            Kind::Removed,
            &item,
            format!("operation `{}`", o.qualified_name()),
        );
        for e in &o.endpoints {
            let detail = endpoint_detail(o, e);
            self.push(
                Level::Major,
                Kind::Removed,
                o.item_path("endpoints", &e.ident),
                detail,
            );
        }
    }

    pub(super) fn operation_added(&mut self, n: &OperationItem) {
        let path = n.path.to_string();
        let on = if path.is_empty() {
            "the address itself".to_owned()
        } else {
            path
        };
        let detail = format!(
            "operation `{}` ({} {on}){}",
            n.qualified_name(),
            n.method,
            beta_note(&n.availability)
        );
        self.push(
            Level::Minor,
            Kind::Added,
            n.item_path("operations", &n.marker),
            detail,
        );
        for e in &n.endpoints {
            let detail = endpoint_detail(n, e);
            self.push(
                Level::Minor,
                Kind::Added,
                n.item_path("endpoints", &e.ident),
                detail,
            );
        }
    }

    pub(super) fn operation(&mut self, old: &Api, o: &OperationItem, new: &Api, n: &OperationItem) {
        let item = o.item_path("operations", &o.marker);
        let new_item = n.item_path("operations", &n.marker);
        self.renamed(
            &item,
            &new_item,
            format!(
                "operation `{}` is now `{}` (and, with `typed-scopes`, `{}` is `{}`)",
                o.qualified_name(),
                n.qualified_name(),
                o.item_path("scopes", &o.allows),
                n.item_path("scopes", &n.allows)
            ),
        );
        self.availability(&item, &o.availability, &n.availability);
        if !o.availability.stable && n.availability.stable {
            self.reached_stable(n);
        }
        self.described(&item, "summary", &o.summary, &n.summary);
        self.described(&item, "description", &o.description, &n.description);
        self.endpoints(o, n);
        if o.output != n.output {
            let detail = format!("{} → {}", o.output, n.output);
            self.push(
                Level::Major,
                Kind::Retyped,
                format!("{item}::Output"),
                detail,
            );
        }
        let codes = |op: &OperationItem| op.statuses.iter().map(|s| s.code).collect::<Vec<_>>();
        if codes(o) != codes(n) {
            let detail = format!("success statuses {:?} → {:?}", codes(o), codes(n));
            self.push(
                Level::Minor,
                Kind::Changed,
                format!("{item}::META.statuses"),
                detail,
            );
        }
        self.body(o, n);
        self.options(&item, o, n);
        for t in PermissionType::ALL {
            let row = |api: &Api, op: &OperationItem| scope_row(api, &op.scopes[t.index()]);
            self.scope_row(
                &format!("{item}::META.scopes ({})", t.label()),
                row(old, o),
                row(new, n),
            );
        }
    }

    /// An operation that reaches the stable version adds its stable items to the default
    /// build: its endpoint functions and its body leave the `beta` feature.
    fn reached_stable(&mut self, n: &OperationItem) {
        const DETAIL: &str = "now in the stable API, with its operation";
        for e in &n.endpoints {
            self.push(
                Level::Minor,
                Kind::Added,
                n.item_path("endpoints", &e.ident),
                DETAIL,
            );
        }
        if let Some(b) = &n.body {
            self.push(
                Level::Minor,
                Kind::Added,
                n.item_path("operations", &b.ident),
                DETAIL,
            );
        }
    }

    /// The endpoint functions of a pair of operations, matched by full path template (the
    /// same call), else by path variant; a function whose path changed is renamed.
    fn endpoints(&mut self, o: &OperationItem, n: &OperationItem) {
        let counterpart = |e: &EndpointFn| {
            n.endpoints
                .iter()
                .position(|x| x.template == e.template)
                .or_else(|| n.endpoints.iter().position(|x| x.variant == e.variant))
        };
        let mut matched = vec![false; n.endpoints.len()];
        for e in &o.endpoints {
            let item = o.item_path("endpoints", &e.ident);
            let Some(i) = counterpart(e).filter(|&i| !matched[i]) else {
                self.push(Level::Major, Kind::Removed, item, endpoint_detail(o, e));
                continue;
            };
            matched[i] = true;
            let ne = &n.endpoints[i];
            let new_item = n.item_path("endpoints", &ne.ident);
            self.renamed(&item, &new_item, endpoint_detail(n, ne));
            let (oa, na) = (signature(e), signature(ne));
            if oa != na {
                let detail = format!("({}) → ({})", oa.join(", "), na.join(", "));
                self.push(Level::Major, Kind::Retyped, &item, detail);
            } else if e.template != ne.template {
                let detail = format!("path `{}` → `{}`", e.template, ne.template);
                self.push(Level::Minor, Kind::Changed, &item, detail);
            }
            self.signed_in_user(&item, o, e, ne);
        }
        for (ne, _) in n.endpoints.iter().zip(&matched).filter(|(_, m)| !**m) {
            self.push(
                Level::Minor,
                Kind::Added,
                n.item_path("endpoints", &ne.ident),
                endpoint_detail(n, ne),
            );
        }
    }

    /// A variant that now names the signed-in user refuses application permissions (major);
    /// one that no longer does allows them (minor).
    fn signed_in_user(&mut self, item: &str, o: &OperationItem, e: &EndpointFn, ne: &EndpointFn) {
        let (op, variant) = (&o.qualified_name(), &e.variant);
        match (e.signed_in_user, ne.signed_in_user) {
            (false, true) => self.push(
                Level::Major,
                Kind::Tightened,
                item,
                format!("application permissions can no longer call `{op}` through `{variant}`: its path names the signed-in user"),
            ),
            (true, false) => self.push(
                Level::Minor,
                Kind::Relaxed,
                item,
                format!("application permissions can now call `{op}` through `{variant}`"),
            ),
            _ => {}
        }
    }

    fn body(&mut self, o: &OperationItem, n: &OperationItem) {
        match (&o.body, &n.body) {
            (None, Some(b)) => {
                let detail = format!(
                    "`{}` now sends a body: its endpoint functions take `body: {}`",
                    n.qualified_name(),
                    b.ident
                );
                self.push(
                    Level::Major,
                    Kind::Retyped,
                    n.item_path("operations", &b.ident),
                    detail,
                );
            }
            (Some(b), None) => {
                let detail = format!("`{}` no longer sends a body", o.qualified_name());
                self.push(
                    Level::Major,
                    Kind::Removed,
                    o.item_path("operations", &b.ident),
                    detail,
                );
            }
            (Some(ob), Some(nb)) => {
                let old_item = o.item_path("operations", &ob.ident);
                let item = n.item_path("operations", &nb.ident);
                self.renamed(
                    &old_item,
                    &item,
                    format!("the body of `{}`", n.qualified_name()),
                );
                self.described(&item, "description", &ob.description, &nb.description);
                let (of, nf): (Vec<&Field>, Vec<&Field>) =
                    (ob.fields.iter().collect(), nb.fields.iter().collect());
                self.fields(&item, (&of, ob.exhaustive), (&nf, nb.exhaustive), true);
            }
            (None, None) => {}
        }
    }

    /// Query options and optional headers: the request's methods.
    fn options(&mut self, item: &str, o: &OperationItem, n: &OperationItem) {
        for a in &o.options {
            let oitem = format!("{item}: `{}`", a.wire);
            let detail = format!("the request's `.{}()` method", a.method);
            match n
                .options
                .iter()
                .find(|b| b.wire.eq_ignore_ascii_case(&a.wire))
            {
                None => self.push(Level::Major, Kind::Removed, oitem, detail),
                Some(b) if a.field != b.field => {
                    let show = |f: &Option<(&str, crate::surface::RustType)>| {
                        f.as_ref().map(|(_, t)| t.to_string()).unwrap_or_default()
                    };
                    let detail = format!(
                        "{detail} takes `{}` instead of `{}`",
                        show(&b.field),
                        show(&a.field)
                    );
                    self.push(Level::Major, Kind::Retyped, oitem, detail);
                }
                Some(_) => {}
            }
        }
        for b in n.options.iter().filter(|b| {
            !o.options
                .iter()
                .any(|a| a.wire.eq_ignore_ascii_case(&b.wire))
        }) {
            let detail = format!("the request's `.{}()` method", b.method);
            self.push(
                Level::Minor,
                Kind::Added,
                format!("{item}: `{}`", b.wire),
                detail,
            );
        }
    }

    /// One permission type's row: fewer scopes allowed is major, more or reordered minor.
    fn scope_row(&mut self, item: &str, before: Option<Vec<String>>, after: Option<Vec<String>>) {
        if before == after {
            return;
        }
        let detail = format!("{} → {}", render_row(&before), render_row(&after));
        let (Some(b), Some(a)) = (&before, &after) else {
            match after {
                None => self.push(
                    Level::Major,
                    Kind::Tightened,
                    item,
                    format!("{detail}: no longer callable with this permission type"),
                ),
                Some(_) => self.push(
                    Level::Minor,
                    Kind::Relaxed,
                    item,
                    format!("{detail}: now callable with this permission type"),
                ),
            }
            return;
        };
        let quoted = |list: Vec<&String>| {
            list.iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let lost: Vec<&String> = b.iter().filter(|s| !a.contains(s)).collect();
        let gained: Vec<&String> = a.iter().filter(|s| !b.contains(s)).collect();
        if !lost.is_empty() {
            self.push(
                Level::Major,
                Kind::Tightened,
                item,
                format!("{detail}: {} no longer enough", quoted(lost)),
            );
        } else if !gained.is_empty() {
            self.push(
                Level::Minor,
                Kind::Relaxed,
                item,
                format!("{detail}: {} now also accepted", quoted(gained)),
            );
        } else {
            let least = a.first().map(|s| format!("`{s}`")).unwrap_or_default();
            self.push(
                Level::Minor,
                Kind::Reordered,
                item,
                format!("{detail}: least privileged {least}"),
            );
        }
    }
}

/// An endpoint function's arguments, as written in its signature. The body is its
/// operation's own struct, named without its module: a body struct that moved to a family's
/// module is reported as renamed once, not as a retyped argument of every function.
fn signature(e: &EndpointFn) -> Vec<String> {
    let mut args: Vec<String> = e
        .args
        .iter()
        .map(|a| format!("{}: {}", a.ident, a.ty))
        .collect();
    match &e.body {
        Some(crate::surface::RustType::Nested(_, _, body)) => args.push(format!("body: {body}")),
        Some(body) => args.push(format!("body: {body}")),
        None => {}
    }
    args
}

/// A row of the permission table (`scope_table`), owned: the old API's and the new one's
/// are compared.
fn scope_row(api: &Api, row: &ScopeRow) -> Option<Vec<String>> {
    crate::scope_table::scopes(api, row).map(|list| list.into_iter().map(str::to_owned).collect())
}

fn render_row(row: &Option<Vec<String>>) -> String {
    match row {
        None => crate::vocab::NOT_SUPPORTED.to_owned(),
        Some(s) => format!("[{}]", s.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    const SPEC: &str = include_str!("../../../spec/permissions.yaml");

    #[test]
    fn a_variant_that_now_names_the_signed_in_user_is_major_and_the_reverse_minor() {
        // A `/me` path names the signed-in user with or without the key, so the key is what
        // changes on a variant whose path does not start with `/me`.
        let drive = "        path: \"/drives/{drive-id}/items/{item-id}\"\n";
        assert!(SPEC.contains(drive));
        let after = SPEC.replacen(drive, &format!("{drive}        signed_in_user: true\n"), 1);
        let tightened = super::super::from_texts("old", SPEC, "new", &after).unwrap();
        assert_eq!(tightened.level(), Some(super::Level::Major));
        let text = tightened.to_markdown();
        assert!(
            text.contains("- tightened `endpoints::drive_item::list`: application permissions can no longer call `driveItem.list` through `drive`: its path names the signed-in user"),
            "{text}"
        );
        let relaxed = super::super::from_texts("old", &after, "new", SPEC).unwrap();
        assert_eq!(relaxed.level(), Some(super::Level::Minor));
        assert!(
            relaxed
                .to_markdown()
                .contains("application permissions can now call `driveItem.get` through `drive`"),
            "{}",
            relaxed.to_markdown()
        );
    }

    #[test]
    fn a_spec_written_before_the_key_still_keeps_app_tokens_off_me() {
        let before: String = SPEC
            .lines()
            .filter(|l| l.trim() != "signed_in_user: true")
            .map(|l| format!("{l}\n"))
            .collect();
        assert_ne!(before, SPEC);
        let changes = super::super::from_texts("old", &before, "new", SPEC).unwrap();
        assert_eq!(changes.level(), None, "{}", changes.to_markdown());
    }
}

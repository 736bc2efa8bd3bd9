//! Operations compared: marker, endpoint functions, output, body, request options, scopes.

use super::diff::{beta_note, Out};
use super::{Kind, Level};
use crate::model::{PermissionType, ScopeRow};
use crate::surface::api::{Api, EndpointFn, Field, OperationItem};

impl Out {
    pub(super) fn operation_removed(&mut self, o: &OperationItem) {
        let item = format!("operations::{}", o.marker);
        self.push(
            Level::Major,
            Kind::Removed,
            &item,
            format!("operation `{}`", o.wire),
        );
        for e in &o.endpoints {
            let detail = format!("`{}` through `{}`", o.wire, e.variant);
            self.push(
                Level::Major,
                Kind::Removed,
                format!("endpoints::{}", e.ident),
                detail,
            );
        }
    }

    pub(super) fn operation_added(&mut self, n: &OperationItem) {
        let detail = format!(
            "operation `{}` ({} {}){}",
            n.wire,
            n.method,
            n.path,
            beta_note(&n.availability)
        );
        self.push(
            Level::Minor,
            Kind::Added,
            format!("operations::{}", n.marker),
            detail,
        );
        for e in &n.endpoints {
            let detail = format!("`{}` through `{}`", n.wire, e.variant);
            self.push(
                Level::Minor,
                Kind::Added,
                format!("endpoints::{}", e.ident),
                detail,
            );
        }
    }

    pub(super) fn operation(&mut self, old: &Api, o: &OperationItem, new: &Api, n: &OperationItem) {
        let item = format!("operations::{}", o.marker);
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
                format!("endpoints::{}", e.ident),
                DETAIL,
            );
        }
        if let Some(b) = &n.body {
            self.push(
                Level::Minor,
                Kind::Added,
                format!("operations::{}", b.ident),
                DETAIL,
            );
        }
    }

    fn endpoints(&mut self, o: &OperationItem, n: &OperationItem) {
        for e in &o.endpoints {
            let item = format!("endpoints::{}", e.ident);
            let Some(ne) = n.endpoints.iter().find(|x| x.variant == e.variant) else {
                let detail = format!("`{}` through `{}`", o.wire, e.variant);
                self.push(Level::Major, Kind::Removed, item, detail);
                continue;
            };
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
        for ne in n
            .endpoints
            .iter()
            .filter(|ne| !o.endpoints.iter().any(|e| e.variant == ne.variant))
        {
            let detail = format!(
                "`{} {}` (`{}` through `{}`)",
                n.method, ne.template, n.wire, ne.variant
            );
            self.push(
                Level::Minor,
                Kind::Added,
                format!("endpoints::{}", ne.ident),
                detail,
            );
        }
    }

    /// A variant that now names the signed-in user refuses application permissions (major);
    /// one that no longer does allows them (minor).
    fn signed_in_user(&mut self, item: &str, o: &OperationItem, e: &EndpointFn, ne: &EndpointFn) {
        let (op, variant) = (&o.wire, &e.variant);
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
                    n.wire, b.ident
                );
                self.push(
                    Level::Major,
                    Kind::Retyped,
                    format!("operations::{}", b.ident),
                    detail,
                );
            }
            (Some(b), None) => {
                let detail = format!("`{}` no longer sends a body", o.wire);
                self.push(
                    Level::Major,
                    Kind::Removed,
                    format!("operations::{}", b.ident),
                    detail,
                );
            }
            (Some(ob), Some(nb)) => {
                let item = format!("operations::{}", nb.ident);
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
                    let show = |f: &Option<crate::surface::RustType>| {
                        f.as_ref().map(|t| t.to_string()).unwrap_or_default()
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

/// An endpoint function's arguments, as written in its signature.
fn signature(e: &EndpointFn) -> Vec<String> {
    let mut args: Vec<String> = e
        .args
        .iter()
        .map(|a| format!("{}: {}", a.ident, a.ty))
        .collect();
    if let Some(body) = &e.body {
        args.push(format!("body: {body}"));
    }
    args
}

fn scope_row(api: &Api, row: &ScopeRow) -> Option<Vec<String>> {
    match row {
        ScopeRow::NotSupported => None,
        ScopeRow::Scopes(list) => Some(list.iter().map(|&s| api.scopes[s].wire.clone()).collect()),
    }
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
        let drive = "    path: \"/drives/{drive-id}/items/{item-id}\"\n";
        assert!(SPEC.contains(drive));
        let after = SPEC.replacen(drive, &format!("{drive}    signed_in_user: true\n"), 1);
        let tightened = super::super::from_texts("old", SPEC, "new", &after).unwrap();
        assert_eq!(tightened.level(), Some(super::Level::Major));
        let text = tightened.to_markdown();
        assert!(
            text.contains("- tightened `endpoints::list_drive`: application permissions can no longer call `list` through `drive`: its path names the signed-in user"),
            "{text}"
        );
        let relaxed = super::super::from_texts("old", &after, "new", SPEC).unwrap();
        assert_eq!(relaxed.level(), Some(super::Level::Minor));
        assert!(
            relaxed
                .to_markdown()
                .contains("application permissions can now call `get` through `drive`"),
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

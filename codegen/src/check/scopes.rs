//! Scopes: the ones the spec defines, and each operation's permission table.

use super::{listing, Checker};
use crate::model::{Items, PermissionType, Scope, ScopeId, ScopeRow};
use crate::spec::{self, Spanned};

impl Checker {
    pub(super) fn scopes(&mut self, scopes: &spec::Entries<String>) -> Items<ScopeId, Scope> {
        let mut out = Items::default();
        for (name, description) in scopes {
            let id = out.push(Scope {
                wire: name.value.clone(),
                description: description.clone(),
                span: name.span,
            });
            self.scopes.insert(name.value.clone(), id);
        }
        out
    }

    /// An operation's permission table: a row per permission type, each naming defined
    /// scopes once, or `not supported`.
    pub(super) fn scope_table(
        &mut self,
        scopes: &Spanned<spec::Entries<spec::ScopeListSpec>>,
        what: &str,
    ) -> [ScopeRow; 3] {
        let mut rows: [Option<ScopeRow>; 3] = [None, None, None];
        for (ty, list) in &scopes.value {
            let Some(permission_type) = PermissionType::parse(&ty.value) else {
                self.error(
                    ty.span,
                    format!(
                        "the scopes of {what} name permission type `{}`; expected {}",
                        ty.value,
                        PermissionType::spellings()
                            .map(|w| format!("`{w}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
                continue;
            };
            rows[permission_type.index()] = Some(match list {
                spec::ScopeListSpec::NotSupported => ScopeRow::NotSupported,
                spec::ScopeListSpec::Scopes(names) => {
                    if names.is_empty() {
                        self.error(ty.span, format!("the `{}` scopes of {what} are an empty list; write `not supported` if this permission type cannot call it", ty.value));
                    }
                    ScopeRow::Scopes(self.scope_row(names, &ty.value, what))
                }
            });
        }
        let missing: Vec<String> = rows
            .iter()
            .zip(PermissionType::spellings())
            .filter(|(row, _)| row.is_none())
            .map(|(_, wire)| format!("`{wire}`"))
            .collect();
        if !missing.is_empty() {
            self.error(
                scopes.span,
                format!(
                    "the scopes of {what} have no row for {}; give every permission type its scopes, or `not supported`",
                    missing.join(" and ")
                ),
            );
        }
        rows.map(|r| r.unwrap_or(ScopeRow::NotSupported))
    }

    fn scope_row(&mut self, names: &[spec::Name], ty: &str, what: &str) -> Vec<ScopeId> {
        let mut out = Vec::new();
        for n in names {
            match self.scopes.get(&n.value) {
                None => {
                    let known = listing(Checker::sorted(&self.scopes));
                    self.error(
                        n.span,
                        format!(
                            "{what} requires scope `{}`, which `scopes` does not define (defined: {known})",
                            n.value,
                        ),
                    );
                }
                Some(&s) if out.contains(&s) => {
                    self.error(
                        n.span,
                        format!("the `{ty}` scopes of {what} list `{}` twice", n.value),
                    );
                }
                Some(&s) => out.push(s),
            }
        }
        out
    }
}

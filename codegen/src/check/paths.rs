//! Path variants and path templates with their parameters.

use super::{listing, or_list, Checker};
use crate::model::{FamilyId, Parameter, ParameterStyle, ParameterType, PathTemplate, Variant};
use crate::spec::{self, Name};

impl Checker {
    /// A path variant of `family`; `what` is how messages name it.
    pub(super) fn variant(
        &mut self,
        family: FamilyId,
        name: &Name,
        v: &spec::VariantSpec,
        what: &str,
    ) -> Variant {
        let (path, parameters) = self.path(&v.path, &v.parameters, what, false);
        // `/me` is the signed-in user whether or not the spec says so, so that a spec written
        // before the key existed still refuses application tokens there.
        let through_me = path.names_signed_in_user();
        let signed_in_user = match &v.signed_in_user {
            Some(flag) if through_me && !flag.value => {
                self.error(
                    flag.span,
                    format!(
                        "`signed_in_user` of {what} is `false`, but its path `{}` starts with `/me`, which names the signed-in user (an application token has none); write `true` or leave the key out",
                        v.path.value
                    ),
                );
                true
            }
            Some(flag) => flag.value,
            None => through_me,
        };
        Variant {
            family,
            primary: v.primary.as_ref().is_some_and(|p| p.value),
            wire: name.value.clone(),
            description: v.description.clone(),
            path,
            parameters,
            signed_in_user,
            span: name.span,
        }
    }

    /// Parses a path template and matches its placeholders with `params`: each used once.
    /// An operation's own path may be empty (`may_be_empty`): the address itself.
    pub(super) fn path(
        &mut self,
        template: &Name,
        params: &spec::Entries<spec::ParameterSpec>,
        what: &str,
        may_be_empty: bool,
    ) -> (PathTemplate, Vec<Parameter>) {
        let parameters: Vec<Parameter> = params
            .iter()
            .map(|(name, p)| self.parameter(name, p, what))
            .collect();
        let t = &template.value;
        let (path, problem) = match PathTemplate::parse(t) {
            _ if may_be_empty && t.is_empty() => (PathTemplate::default(), None),
            Ok(path) => (path, None),
            Err(invalid) => (invalid.parsed, Some(invalid.problem)),
        };
        // The placeholders read before a mistake are still checked.
        let mut used = vec![false; parameters.len()];
        for placeholder in path.placeholders() {
            let problem = match parameters.iter().position(|p| p.wire == placeholder) {
                Some(i) if used[i] => format!("uses `{{{placeholder}}}` twice"),
                Some(i) => {
                    used[i] = true;
                    continue;
                }
                None => format!(
                    "has the placeholder `{{{placeholder}}}`, but {what} has no parameter `{placeholder}` (parameters: {})",
                    if parameters.is_empty() {
                        "none".to_owned()
                    } else {
                        listing(parameters.iter().map(|p| p.wire.as_str()))
                    }
                ),
            };
            self.error(template.span, format!("the path `{t}` of {what} {problem}"));
        }
        if let Some(problem) = problem {
            self.error(template.span, format!("the path `{t}` of {what} {problem}"));
            return (path, parameters);
        }
        for ((name, _), used) in params.iter().zip(&used) {
            if !used {
                self.error(
                    name.span,
                    format!(
                        "parameter `{}` of {what} has no placeholder `{{{}}}` in the path `{t}`",
                        name.value, name.value
                    ),
                );
            }
        }
        (path, parameters)
    }

    fn parameter(&mut self, name: &Name, p: &spec::ParameterSpec, what: &str) -> Parameter {
        let style = self.keyword(
            &p.style,
            ParameterStyle::Segment,
            ParameterStyle::parse,
            |style| {
                format!(
                    "parameter `{}` of {what} has style `{style}`; expected {}",
                    name.value,
                    or_list(ParameterStyle::spellings())
                )
            },
        );
        let ty = self.keyword(&p.ty, ParameterType::String, ParameterType::parse, |ty| {
            format!(
                "parameter `{}` of {what} has type `{ty}`; expected {}",
                name.value,
                or_list(ParameterType::spellings())
            )
        });
        Parameter {
            wire: name.value.clone(),
            description: p.description.clone(),
            style,
            ty,
            span: name.span,
        }
    }
}

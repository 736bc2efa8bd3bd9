//! An operation's response: its shape, its resource and its success statuses.

use super::{listing, or_list, Checker};
use crate::model::{Availability, Response, Shape, Status};
use crate::spec;

impl Checker {
    pub(super) fn response(
        &mut self,
        r: &spec::ResponseSpec,
        what: &str,
        op: &Availability,
    ) -> Response {
        let shape = Shape::parse(&r.shape.value);
        if shape.is_none() {
            self.error(
                r.shape.span,
                format!(
                    "the response of {what} has shape `{}`; expected {}",
                    r.shape.value,
                    or_list(Shape::spellings())
                ),
            );
        }
        let resource = match (&r.ty, shape) {
            // An unknown shape was reported; check the type alone.
            (Some(ty), None) => self.resources.get(&ty.value).copied(),
            (None, None) | (None, Some(Shape::None)) => None,
            (Some(ty), Some(Shape::None)) => {
                self.error(
                    ty.span,
                    format!("the response of {what} has shape `none` but a type; remove one"),
                );
                None
            }
            (None, Some(Shape::Single | Shape::Collection)) => {
                self.error(
                    r.span,
                    format!(
                        "the response of {what} has no `type`; a `{}` response needs one",
                        r.shape.value
                    ),
                );
                None
            }
            (Some(ty), _) => {
                let found = self.resources.get(&ty.value).copied();
                if found.is_none() {
                    let known = listing(Checker::sorted(&self.resources));
                    self.error(
                        ty.span,
                        format!(
                            "the response of {what} has type `{}`, which is not a resource (resources: {known})",
                            ty.value,
                        ),
                    );
                }
                found
            }
        };
        Response {
            resource,
            shape: shape.unwrap_or(Shape::None),
            statuses: self.statuses(r, what, op),
        }
    }

    fn statuses(&mut self, r: &spec::ResponseSpec, what: &str, op: &Availability) -> Vec<Status> {
        if r.statuses.is_empty() {
            self.error(
                r.statuses_span,
                format!("the response of {what} has no statuses; list the success statuses"),
            );
        }
        let mut statuses = Vec::new();
        for (code, s) in &r.statuses {
            if !(200..300).contains(&code.value) {
                self.error(
                    code.span,
                    format!(
                        "status {} of {what} is not a success status (200 to 299)",
                        code.value
                    ),
                );
            }
            statuses.push(Status {
                code: code.value,
                description: s.description.clone(),
                availability: self.availability_within(
                    &s.versions,
                    &op.versions,
                    "its operation",
                    &format!("status {} of {what}", code.value),
                ),
            });
        }
        statuses
    }
}

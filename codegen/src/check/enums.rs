//! Enumerations and their values.

use super::Checker;
use crate::model::{Enum, EnumValue};
use crate::spec::{self, Name};

impl Checker {
    pub(super) fn enum_def(&mut self, name: &Name, e: &spec::EnumSpec) -> Enum {
        let what = format!("enum `{}`", name.value);
        if e.values.is_empty() {
            self.error(e.span, format!("{what} has no values"));
        }
        let values = e
            .values
            .iter()
            .map(|(value, spec)| EnumValue {
                wire: value.value.clone(),
                description: spec.description.clone(),
                availability: self.availability(
                    &spec.versions,
                    &format!("value `{}` of {what}", value.value),
                ),
                span: value.span,
            })
            .collect();
        Enum {
            wire: name.value.clone(),
            description: e.description.clone(),
            values,
            span: name.span,
        }
    }
}

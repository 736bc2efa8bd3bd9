//! API versions: the spec's list, and where each item is published.

use super::Checker;
use crate::model::{ApiVersion, Availability};
use crate::spec::{self, Name};

impl Checker {
    pub(super) fn info_versions(&mut self, info: &spec::Info) -> Vec<ApiVersion> {
        let mut out: Vec<ApiVersion> = Vec::new();
        for v in &info.versions {
            match ApiVersion::parse(&v.value) {
                None => self.error(
                    v.span,
                    format!(
                        "unknown API version `{}`; Microsoft Graph has: {}",
                        v.value,
                        ApiVersion::spellings().collect::<Vec<_>>().join(", ")
                    ),
                ),
                Some(version) if out.contains(&version) => {
                    self.error(v.span, format!("API version `{}` is listed twice", v.value))
                }
                Some(version) => out.push(version),
            }
        }
        if out.len() > 1 && out[0] != ApiVersion::STABLE {
            if let Some(v) = info.versions.first() {
                self.error(v.span, format!("`versions` of `info` lists `{}` first; the stable version, `{}`, comes first", v.value, ApiVersion::STABLE));
            }
        }
        if info.versions.is_empty() {
            self.error(
                info.span,
                "`versions` of `info` is empty; list the API versions, the stable one first",
            );
        }
        out
    }

    pub(super) fn availability(
        &mut self,
        versions: &Option<Vec<Name>>,
        what: &str,
    ) -> Availability {
        let all = self.versions.clone();
        self.availability_within(versions, &all, "`info.versions`", what)
    }

    /// Where an item is published: the versions it lists, each one of `parent`'s, or all of
    /// `parent` when it lists none (a status of a beta-only operation is beta-only).
    pub(super) fn availability_within(
        &mut self,
        versions: &Option<Vec<Name>>,
        parent: &[ApiVersion],
        parent_name: &str,
        what: &str,
    ) -> Availability {
        let versions = match versions {
            None => parent.to_vec(),
            Some(list) => {
                let mut out = Vec::new();
                for v in list {
                    match ApiVersion::parse(&v.value).filter(|p| parent.contains(p)) {
                        None => self.error(
                            v.span,
                            format!(
                                "{what} names API version `{}`, which {parent_name} does not list (listed: {})",
                                v.value,
                                parent.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(", ")
                            ),
                        ),
                        Some(version) if !out.contains(&version) => out.push(version),
                        Some(_) => {}
                    }
                }
                out
            }
        };
        Availability {
            stable: self.versions.first().is_some_and(|s| versions.contains(s)),
            versions,
        }
    }
}

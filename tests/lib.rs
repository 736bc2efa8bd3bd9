//! Cross-crate tests live in `tests/`; this library holds only the repository README, whose
//! examples run as this crate's doc tests (they use the macro, the fixtures and azure_identity,
//! which the published crates do not depend on).

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct RepositoryReadme;

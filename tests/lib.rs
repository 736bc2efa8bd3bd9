//! Cross-crate tests live in `tests/`; this library holds only the repository's documentation,
//! the README and the pages of `docs/`, whose examples run as this crate's doc tests (they use
//! the macro, the fixtures and azure_identity, which the published crates do not depend on).

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct RepositoryReadme;

#[cfg(doctest)]
#[doc = include_str!("../docs/spec-format.md")]
pub struct SpecFormat;

#[cfg(doctest)]
#[doc = include_str!("../docs/importing.md")]
pub struct Importing;

#[cfg(doctest)]
#[doc = include_str!("../docs/calling-graph.md")]
pub struct CallingGraph;

#[cfg(doctest)]
#[doc = include_str!("../docs/batches-and-audit.md")]
pub struct BatchesAndAudit;

#[cfg(doctest)]
#[doc = include_str!("../docs/least-privilege.md")]
pub struct LeastPrivilege;

#[cfg(doctest)]
#[doc = include_str!("../docs/performance.md")]
pub struct Performance;

#[cfg(doctest)]
#[doc = include_str!("../docs/guarantees.md")]
pub struct Guarantees;

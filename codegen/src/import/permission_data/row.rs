//! A row of the data's table, and how a page's row agrees with it.

use std::fmt;

/// The scopes of one permission type, least privileged first; none means "not supported".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataRow<'a> {
    pub(super) scopes: Vec<&'a str>,
    /// How many of `scopes`, from the first, the data marks least privileged.
    pub(super) least: usize,
}

impl<'a> DataRow<'a> {
    /// Whether this permission type can make the call at all.
    pub fn is_supported(&self) -> bool {
        !self.scopes.is_empty()
    }

    /// Every scope, least privileged first.
    pub fn scopes(&self) -> &[&'a str] {
        &self.scopes
    }

    /// The scopes the data marks least privileged (usually one; none when the data marks
    /// none for this permission type).
    pub fn least(&self) -> &[&'a str] {
        &self.scopes[..self.least]
    }

    /// The other scopes, in the order of the module's docs (not a page's).
    pub fn higher(&self) -> &[&'a str] {
        &self.scopes[self.least..]
    }

    /// How a page's row (its scopes least privileged first; none for "Not supported")
    /// agrees with this one. A scope the page repeats counts once.
    pub fn compare<S: AsRef<str>>(&self, page: &[S]) -> Agreement {
        let mut page_scopes: Vec<&str> = Vec::with_capacity(page.len());
        for s in page {
            if !page_scopes.contains(&s.as_ref()) {
                page_scopes.push(s.as_ref());
            }
        }
        if page_scopes == self.scopes {
            return Agreement::Same;
        }
        let only_page: Vec<String> = page_scopes
            .iter()
            .filter(|s| !self.scopes.contains(s))
            .map(|s| s.to_string())
            .collect();
        let only_data: Vec<String> = self
            .scopes
            .iter()
            .filter(|s| !page_scopes.contains(s))
            .map(|s| s.to_string())
            .collect();
        if !only_page.is_empty() || !only_data.is_empty() {
            return Agreement::OtherScopes {
                only_page,
                only_data,
            };
        }
        match page_scopes.first() {
            Some(first) if self.least > 0 && !self.least().contains(first) => {
                Agreement::OtherLeast {
                    page: first.to_string(),
                    data: self.least().iter().map(|s| s.to_string()).collect(),
                }
            }
            _ => Agreement::Reordered,
        }
    }
}

/// How a page's row of a scope table agrees with the data's row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Agreement {
    /// The same scopes in the same order (both "not supported" included).
    Same,
    /// The same scopes; the page's first is one the data marks least privileged (or the data
    /// marks none), and only the order of the others differs, which the data does not give:
    /// nothing to report.
    Reordered,
    /// The same scopes, but the page's least privileged one is not one the data marks so.
    OtherLeast {
        /// The page's first scope.
        page: String,
        /// The scopes the data marks least privileged.
        data: Vec<String>,
    },
    /// Different scopes. A page saying "not supported" where the data has scopes has them all
    /// in `only_data`; the other way round, all in `only_page`.
    OtherScopes {
        /// Scopes the page lists and the data does not, in the page's order.
        only_page: Vec<String>,
        /// Scopes the data lists and the page does not, in the data's order.
        only_data: Vec<String>,
    },
}

impl fmt::Display for Agreement {
    /// The agreement as the end of a sentence that starts "the page's row …".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |names: &[String]| {
            names
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Agreement::Same => f.write_str("is the data's"),
            Agreement::Reordered => f.write_str(
                "has the data's scopes, its higher-privileged ones in another order (the data does not order them)",
            ),
            Agreement::OtherLeast { page, data } => write!(
                f,
                "has the data's scopes, but puts `{page}` first where the data marks {} least privileged",
                list(data)
            ),
            Agreement::OtherScopes {
                only_page,
                only_data,
            } => match (only_page.is_empty(), only_data.is_empty()) {
                (false, true) => write!(f, "lists {} that the data does not", list(only_page)),
                (true, false) => write!(f, "lacks {} that the data lists", list(only_data)),
                _ => write!(
                    f,
                    "lists {} that the data does not, and lacks {} that the data lists",
                    list(only_page),
                    list(only_data)
                ),
            },
        }
    }
}

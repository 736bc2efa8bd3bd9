//! URLs the client did not build: the `@odata.nextLink`s it follows, and how much following it
//! does, and the userinfo (`user:password@`) that no URL it uses may carry or show.
//!
//! A next link comes from the server's body, so it is checked as input: it must lead back to
//! the base URL's scheme, host, port and path (after `..` and `%2e%2e` are resolved), carry no
//! userinfo (reqwest would send it as a Basic `Authorization` header next to the token), and
//! not repeat; and paging stops at [`PagingLimits`], so that a server sending ever new links
//! cannot keep a caller reading, or its memory growing, forever.

use std::borrow::Cow;
use std::collections::HashSet;
use std::hash::{BuildHasher, RandomState};
use std::time::{Duration, Instant};

use reqwest::Url;

use super::Error;

/// How far [`super::Client::items`] and `collect_all` follow `@odata.nextLink`: whichever limit
/// is reached first ends paging with [`Error::TooManyPages`]. The defaults are far beyond
/// what any drive item's permissions take (Graph pages them by the hundred).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PagingLimits {
    /// Pages in all, the first included.
    pub max_pages: usize,
    /// Bytes of all the pages' bodies together.
    pub max_bytes: u64,
    /// Time from the first request; a page already requested is read to its end.
    pub max_elapsed: Duration,
}

impl Default for PagingLimits {
    fn default() -> Self {
        Self {
            max_pages: 10_000,
            max_bytes: 1024 * 1024 * 1024,
            max_elapsed: Duration::from_secs(60 * 60),
        }
    }
}

/// The state of one paging: what was followed, and how much.
pub(crate) struct Pager {
    limits: PagingLimits,
    started: Instant,
    pages: usize,
    bytes: u64,
    /// The links followed, hashed with a key of this paging's own: a link of any length costs
    /// eight bytes, and no server can choose links that collide.
    seen: HashSet<u64>,
    hasher: RandomState,
}

impl Pager {
    pub(crate) fn new(limits: PagingLimits) -> Self {
        Self {
            limits,
            started: Instant::now(),
            pages: 0,
            bytes: 0,
            seen: HashSet::new(),
            hasher: RandomState::new(),
        }
    }

    /// Counts a page read, of `bytes` bytes.
    pub(crate) fn read(&mut self, bytes: usize) {
        self.pages += 1;
        self.bytes = self.bytes.saturating_add(bytes as u64);
    }

    /// The URL to request for a next link, or why it is not followed.
    pub(crate) fn follow(&mut self, base: &Url, link: &str) -> Result<Url, Error> {
        let shown = || redact_userinfo(link).into_owned();
        let url = Url::parse(link).map_err(|e| Error::InvalidUrl {
            url: shown(),
            reason: e.to_string(),
        })?;
        let refused = |reason: String| Error::NextLinkRefused {
            link: shown(),
            reason,
        };
        if has_userinfo(&url) {
            return Err(refused(
                "it carries a user name or password, which would be sent as a Basic `Authorization` header next to the access token".to_owned(),
            ));
        }
        if url.origin() != base.origin() {
            return Err(Error::ForeignNextLink {
                link: shown(),
                host: base.origin().ascii_serialization(),
            });
        }
        if let Some(reason) = outside_base_path(base, &url) {
            return Err(refused(reason));
        }
        let limit = if self.pages >= self.limits.max_pages {
            Some(format!("{} pages", self.limits.max_pages))
        } else if self.bytes >= self.limits.max_bytes {
            Some(format!("{} bytes", self.limits.max_bytes))
        } else if self.started.elapsed() >= self.limits.max_elapsed {
            Some(format!("{:?}", self.limits.max_elapsed))
        } else {
            None
        };
        if let Some(limit) = limit {
            return Err(Error::TooManyPages {
                pages: self.pages,
                bytes: self.bytes,
                elapsed: self.started.elapsed(),
                limit,
            });
        }
        if !self.seen.insert(self.hasher.hash_one(url.as_str())) {
            return Err(Error::RepeatedNextLink { link: shown() });
        }
        Ok(url)
    }
}

/// Why a next link's path is not under the base URL's, if it is not. The URL parser has
/// resolved `.` and `..` segments, `%2e` spelled or not; a segment that is still `.` or `..`
/// once `%2f` and `%5c` are decoded too would be one to a server that decodes them.
fn outside_base_path(base: &Url, url: &Url) -> Option<String> {
    let prefix = base.path().trim_end_matches('/');
    let path = url.path();
    if !(path == prefix || path.starts_with(&format!("{prefix}/")) || prefix.is_empty()) {
        return Some(format!(
            "its path `{path}` is not under the base URL's path `{prefix}`"
        ));
    }
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    let dots = decoded
        .split(['/', '\\'])
        .any(|segment| segment == ".." || segment == ".");
    dots.then(|| {
        format!("its path `{path}` holds an encoded `..` or `.` segment, which could lead out of the base URL's path `{prefix}`")
    })
}

/// Whether a URL carries a user name or a password.
pub(crate) fn has_userinfo(url: &Url) -> bool {
    !url.username().is_empty() || url.password().is_some()
}

/// A URL, or text that may be one, with any userinfo replaced by `***`: for `Debug`, errors and
/// logs, which must not show a password. Works on the text, so that it also hides the
/// userinfo of a URL that does not parse.
pub(crate) fn redact_userinfo(text: &str) -> Cow<'_, str> {
    let Some(scheme_end) = text.find("://") else {
        return Cow::Borrowed(text);
    };
    let authority_start = scheme_end + 3;
    let authority_end = text[authority_start..]
        .find(['/', '?', '#'])
        .map_or(text.len(), |i| authority_start + i);
    match text[authority_start..authority_end].rfind('@') {
        Some(at) => Cow::Owned(format!(
            "{}***{}",
            &text[..authority_start],
            &text[authority_start + at..]
        )),
        None => Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn userinfo_is_redacted_in_any_text() {
        assert_eq!(
            redact_userinfo("http://user:secret@host:8080/v1.0?x=@"),
            "http://***@host:8080/v1.0?x=@"
        );
        assert_eq!(redact_userinfo("https://a@b@host/"), "https://***@host/");
        assert_eq!(redact_userinfo("http://[bad:pass@x"), "http://***@x");
        assert_eq!(redact_userinfo("https://host/p@th"), "https://host/p@th");
        assert_eq!(redact_userinfo("not a url"), "not a url");
    }

    #[test]
    fn next_links_stay_under_the_base_path() {
        let base = Url::parse("http://127.0.0.1:1/graph").unwrap();
        let mut pager = Pager::new(PagingLimits::default());
        for ok in [
            "http://127.0.0.1:1/graph/v1.0/x?$skiptoken=..",
            "http://127.0.0.1:1/graph",
        ] {
            assert!(pager.follow(&base, ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://127.0.0.1:1/graph/../admin",
            "http://127.0.0.1:1/graph/%2e%2E/admin",
            "http://127.0.0.1:1/graph/..%2fadmin",
            "http://127.0.0.1:1/graph/x/..%5C..%5Cadmin",
            "http://127.0.0.1:1/graphs/v1.0",
        ] {
            let error = pager.follow(&base, bad).unwrap_err();
            assert!(
                matches!(error, Error::NextLinkRefused { .. }),
                "{bad}: {error:?}"
            );
        }
    }
}

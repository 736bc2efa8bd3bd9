//! The `{encoded-sharing-url}` of `/shares/…`: built from a sharing URL or a share id, never by hand.

use base64::Engine;

/// A share as the `/shares/{encoded-sharing-url}` path segment wants it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SharingUrl(String);

impl SharingUrl {
    /// From a sharing URL: `u!` followed by the URL in base64url without padding, as Graph
    /// documents it.
    pub fn from_url(url: &str) -> Self {
        let encoded = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(url.as_bytes());
        Self(format!("u!{encoded}"))
    }

    /// From a share id Graph returned (`shareId`, e.g. `s!…`), used as is.
    pub fn from_share_id(id: &str) -> Self {
        Self(id.to_owned())
    }

    /// The path segment, before percent-encoding.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_like_the_graph_docs() {
        // The example of "Encoding sharing URLs" in the Graph shares documentation.
        let url = "https://onedrive.live.com/redir?resid=1231244193912!12&authKey=1201919!12921!1";
        assert_eq!(
            SharingUrl::from_url(url).as_str(),
            "u!aHR0cHM6Ly9vbmVkcml2ZS5saXZlLmNvbS9yZWRpcj9yZXNpZD0xMjMxMjQ0MTkzOTEyITEyJmF1dGhLZXk9MTIwMTkxOSExMjkyMSEx"
        );
        assert_eq!(SharingUrl::from_share_id("s!abc").as_str(), "s!abc");
    }
}

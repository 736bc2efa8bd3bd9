//! Access tokens: where they come from, and how they are kept out of sight.
//!
//! [`TokenCredential`] follows azure_core's trait of the same name: asked for scopes, it
//! returns a token and its expiry. Any Azure identity library can back it; [`StaticToken`]
//! serves a token obtained elsewhere. A token is a [`Secret`]: it never appears in `Debug`
//! output, an error or a log line.

use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

/// A string that must not be shown: `Debug` and `Display` print `Secret(****)`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a value that must not be shown.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(****)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("****")
    }
}

/// A bearer token and when it stops being valid.
#[derive(Clone, Debug)]
pub struct AccessToken {
    /// The bearer token itself.
    pub token: Secret,
    /// When the token stops being valid.
    pub expires_on: SystemTime,
}

/// Why no token could be had.
#[derive(Debug, thiserror::Error)]
#[error("could not get an access token: {message}")]
pub struct AuthError {
    /// What went wrong, as the credential tells it (never the token or a secret).
    pub message: String,
}

/// Gets access tokens for the scopes a request needs (for Graph, `https://graph.microsoft.com/.default`).
///
/// One async method. Implement it under [`#[rt::async_trait]`](super::async_trait), re-exported
/// from the async-trait crate (as azure_core's own credentials are written), so that a client
/// can hold any credential as `Arc<dyn TokenCredential>`; the signature shown below is what the
/// attribute makes of `async fn get_token(&self, scopes: &[&str]) -> Result<AccessToken,
/// AuthError>`. Credentials that cache tokens refresh them in `get_token`: the client asks
/// before every attempt.
///
/// A credential that reads a token another process keeps fresh in a file:
///
/// ```
/// use std::path::PathBuf;
/// use std::time::Duration;
///
/// use graph_permissions::rt::{self, AccessToken, AuthError, Client, Secret, TokenCredential};
///
/// struct TokenFile(PathBuf);
///
/// #[rt::async_trait]
/// impl TokenCredential for TokenFile {
///     async fn get_token(&self, _scopes: &[&str]) -> Result<AccessToken, AuthError> {
///         let unreadable = |e: std::io::Error| AuthError {
///             message: format!("cannot read `{}`: {e}", self.0.display()),
///         };
///         let token = std::fs::read_to_string(&self.0).map_err(unreadable)?;
///         let written = std::fs::metadata(&self.0)
///             .and_then(|file| file.modified())
///             .map_err(unreadable)?;
///         Ok(AccessToken {
///             token: Secret::new(token.trim()),
///             // Graph's access tokens live an hour.
///             expires_on: written + Duration::from_secs(3600),
///         })
///     }
/// }
///
/// #[tokio::main]
/// async fn main() -> Result<(), Box<dyn std::error::Error>> {
///     # let dir = std::env::temp_dir().join(format!("graph-token-doc-{}", std::process::id()));
///     # std::fs::create_dir_all(&dir)?;
///     # std::fs::write(dir.join("token"), "eyJ0eXAi.e30.sig\n")?;
///     let credential = TokenFile(dir.join("token"));
///     let token = credential.get_token(&["https://graph.microsoft.com/.default"]).await?;
///     assert_eq!(token.token.expose(), "eyJ0eXAi.e30.sig");
///
///     let client = Client::builder().credential(credential).build()?;
///     # drop(client);
///     # std::fs::remove_dir_all(&dir)?;
///     Ok(())
/// }
/// ```
#[async_trait::async_trait]
pub trait TokenCredential: Send + Sync {
    /// A token valid for `scopes`; credentials that cache tokens refresh them here.
    async fn get_token(&self, scopes: &[&str]) -> Result<AccessToken, AuthError>;
}

/// A token obtained elsewhere, served as is until it expires.
#[derive(Clone, Debug)]
pub struct StaticToken {
    token: AccessToken,
}

impl StaticToken {
    /// A token that is taken to be valid for an hour from now.
    pub fn new(token: impl Into<String>) -> Self {
        Self::with_expiry(
            token,
            SystemTime::now() + std::time::Duration::from_secs(3600),
        )
    }

    /// A token valid until `expires_on`; after it, every call fails with [`AuthError`].
    pub fn with_expiry(token: impl Into<String>, expires_on: SystemTime) -> Self {
        Self {
            token: AccessToken {
                token: Secret::new(token),
                expires_on,
            },
        }
    }
}

#[async_trait::async_trait]
impl TokenCredential for StaticToken {
    async fn get_token(&self, _scopes: &[&str]) -> Result<AccessToken, AuthError> {
        if self.token.expires_on <= SystemTime::now() {
            return Err(AuthError {
                message: "the static token has expired".to_owned(),
            });
        }
        Ok(self.token.clone())
    }
}

/// What [`ClientBuilder::credential`](super::ClientBuilder::credential) accepts: any
/// [`TokenCredential`] of this crate, one already shared as `Arc<dyn TokenCredential>`, and,
/// with the `azure-identity` feature, azure_identity's credentials as their constructors return
/// them (`Arc<ClientSecretCredential>`, `Arc<dyn azure_core::credentials::TokenCredential>`, …).
pub trait IntoCredential {
    /// The credential, ready to be shared by the clones of a client.
    fn into_credential(self) -> Arc<dyn TokenCredential>;
}

impl<T: TokenCredential + 'static> IntoCredential for T {
    fn into_credential(self) -> Arc<dyn TokenCredential> {
        Arc::new(self)
    }
}

impl IntoCredential for Arc<dyn TokenCredential> {
    fn into_credential(self) -> Arc<dyn TokenCredential> {
        self
    }
}

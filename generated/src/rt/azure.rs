//! azure_core's credentials as the client's (feature `azure-identity`).
//!
//! azure_identity's `ClientSecretCredential`, `ManagedIdentityCredential`,
//! `AzureCliCredential`, `WorkloadIdentityCredential`, … implement
//! [`azure_core::credentials::TokenCredential`]; the client asks them for the scope of the
//! Graph deployment it talks to (`https://graph.microsoft.com/.default` for the global service)
//! and leaves caching and refreshing to them.

use std::sync::Arc;
use std::time::SystemTime;

use azure_core::credentials::TokenCredential as AzureCredential;

use super::auth::{AccessToken, AuthError, IntoCredential, Secret, TokenCredential};

/// An azure_core credential, seen through this crate's [`TokenCredential`].
struct Azure<C: ?Sized>(Arc<C>);

#[async_trait::async_trait]
impl<C: AzureCredential + ?Sized> TokenCredential for Azure<C> {
    async fn get_token(&self, scopes: &[&str]) -> Result<AccessToken, AuthError> {
        let token = self
            .0
            .get_token(scopes, None)
            .await
            .map_err(|error| AuthError {
                message: error.to_string(),
            })?;
        Ok(AccessToken {
            token: Secret::new(token.token.secret()),
            expires_on: SystemTime::from(token.expires_on),
        })
    }
}

/// `Arc<ClientSecretCredential>` as `ClientSecretCredential::new` returns it, or any other
/// shared azure_core credential, `Arc<dyn azure_core::credentials::TokenCredential>` included.
impl<C: AzureCredential + ?Sized + 'static> IntoCredential for Arc<C> {
    fn into_credential(self) -> Arc<dyn TokenCredential> {
        Arc::new(Azure(self))
    }
}

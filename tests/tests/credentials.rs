//! azure_core credentials plug into the client as they are (feature `azure-identity`):
//! a credential of this test's own implements `azure_core::credentials::TokenCredential`, so
//! nothing goes to Entra ID; the loopback server sees the token it hands out.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use azure_core::credentials::{AccessToken, TokenCredential, TokenRequestOptions};
use azure_core::time::OffsetDateTime;
use graph_permissions::endpoints as ep;
use graph_permissions::rt::{self, Client, Cloud, Error, RetryPolicy};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Hands out `token`, or fails as azure_identity does when Entra ID refuses; records the
/// scopes it was asked for.
#[derive(Debug)]
struct TestCredential {
    token: Option<&'static str>,
    asked: Mutex<Vec<Vec<String>>>,
}

impl TestCredential {
    fn new(token: Option<&'static str>) -> Arc<Self> {
        Arc::new(Self {
            token,
            asked: Mutex::new(Vec::new()),
        })
    }

    fn asked(&self) -> Vec<Vec<String>> {
        self.asked.lock().unwrap().clone()
    }
}

#[async_trait::async_trait]
impl TokenCredential for TestCredential {
    async fn get_token(
        &self,
        scopes: &[&str],
        _options: Option<TokenRequestOptions<'_>>,
    ) -> azure_core::Result<AccessToken> {
        self.asked
            .lock()
            .unwrap()
            .push(scopes.iter().map(|s| s.to_string()).collect());
        match self.token {
            Some(token) => Ok(AccessToken::new(
                token,
                OffsetDateTime::now_utc() + Duration::from_secs(3600),
            )),
            None => Err(azure_core::Error::with_message(
                azure_core::error::ErrorKind::Credential,
                "AADSTS7000215: Invalid client secret provided.",
            )),
        }
    }
}

async fn server_answering_an_empty_list() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(r#"{"value":[]}"#, "application/json"),
        )
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn an_azure_credential_as_its_constructor_returns_it_is_the_clients() {
    let server = server_answering_an_empty_list().await;
    let credential = TestCredential::new(Some("azure-token-1"));
    // `Arc<ClientSecretCredential>` is what azure_identity's constructors return.
    let client = Client::builder()
        .credential(credential.clone())
        .base_url(server.uri())
        .scope(Cloud::Global.scope())
        .build()
        .unwrap();
    let items = client
        .collect_all(ep::drive_item::list("drive", "item"))
        .await
        .unwrap();
    assert!(items.is_empty());
    let received = server.received_requests().await.unwrap();
    assert_eq!(
        received[0].headers.get("authorization").unwrap(),
        "Bearer azure-token-1"
    );
    assert_eq!(
        credential.asked(),
        [["https://graph.microsoft.com/.default"]]
    );
}

#[tokio::test]
async fn a_shared_dyn_azure_credential_is_accepted_and_asked_for_the_base_urls_scope() {
    let server = server_answering_an_empty_list().await;
    let credential = TestCredential::new(Some("azure-token-2"));
    let shared: Arc<dyn TokenCredential> = credential.clone();
    let client = Client::builder()
        .credential(shared.clone())
        .base_url(server.uri())
        .build()
        .unwrap();
    client
        .collect_all(ep::drive_item::list_me("item"))
        .await
        .expect("listed");
    // Without `scope(…)`, the `.default` scope of the base URL's origin.
    assert_eq!(credential.asked(), [[format!("{}/.default", server.uri())]]);
    assert_eq!(Arc::strong_count(&credential), 3, "shared, not copied");
}

#[tokio::test]
async fn a_shared_dyn_credential_of_this_crate_is_accepted() {
    let server = server_answering_an_empty_list().await;
    let shared: Arc<dyn rt::TokenCredential> = Arc::new(rt::StaticToken::new("static-token"));
    let client = Client::builder()
        .credential(shared)
        .base_url(server.uri())
        .build()
        .unwrap();
    client
        .collect_all(ep::drive_item::list_me("item"))
        .await
        .unwrap();
    let received = server.received_requests().await.unwrap();
    assert_eq!(
        received[0].headers.get("authorization").unwrap(),
        "Bearer static-token"
    );
}

#[tokio::test]
async fn a_failing_azure_credential_is_an_auth_error_and_nothing_is_sent() {
    let server = server_answering_an_empty_list().await;
    let client = Client::builder()
        .credential(TestCredential::new(None))
        .base_url(server.uri())
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = client
        .collect_all(ep::drive_item::list_me("item"))
        .await
        .expect_err("no token");
    assert!(matches!(error, Error::Auth(_)), "{error:?}");
    assert_eq!(
        error.to_string(),
        "could not get an access token: AADSTS7000215: Invalid client secret provided."
    );
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[test]
fn each_cloud_has_the_scope_of_its_own_graph() {
    for cloud in [
        Cloud::Global,
        Cloud::UsGovL4,
        Cloud::UsGovL5Dod,
        Cloud::China,
    ] {
        assert_eq!(cloud.scope(), format!("{}/.default", cloud.base_url()));
    }
    assert_eq!(
        Cloud::UsGovL5Dod.scope(),
        "https://dod-graph.microsoft.us/.default"
    );
}

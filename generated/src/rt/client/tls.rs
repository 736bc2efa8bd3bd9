//! The TLS of the client's own reqwest client, as the crate's features choose it: rustls with
//! aws-lc-rs (`rustls-aws-lc-rs`, the default) or with ring (`rustls-ring`, which wins when both
//! are on). Without either, the client refuses an https base URL when it is built, unless it is
//! given a reqwest client of the caller's.

use super::super::Error;

/// Sets up TLS on a reqwest builder: ring's configuration under `rustls-ring`.
#[cfg(feature = "rustls-ring")]
pub(super) fn with_tls(builder: reqwest::ClientBuilder) -> Result<reqwest::ClientBuilder, Error> {
    use std::sync::Arc;

    use rustls::crypto::CryptoProvider;
    use rustls_platform_verifier::BuilderVerifierExt;

    // A provider the application installed for the whole process comes first, as reqwest's own
    // configuration would have it.
    let provider = CryptoProvider::get_default()
        .cloned()
        .unwrap_or_else(|| Arc::new(rustls::crypto::ring::default_provider()));
    let unusable = |e: rustls::Error| Error::Config {
        reason: format!("cannot set up TLS with ring and the platform's certificates: {e}"),
    };
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(unusable)?
        .with_platform_verifier()
        .map_err(unusable)?
        .with_no_client_auth();
    // What reqwest offers with its `http2` feature: HTTP/2 when the server agrees.
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(builder.tls_backend_preconfigured(config))
}

/// Sets up TLS on a reqwest builder: reqwest's own rustls configuration, with aws-lc-rs under
/// `rustls-aws-lc-rs`; none without a TLS feature.
#[cfg(not(feature = "rustls-ring"))]
pub(super) fn with_tls(builder: reqwest::ClientBuilder) -> Result<reqwest::ClientBuilder, Error> {
    Ok(builder)
}

/// Why a client without TLS cannot reach `scheme`, if it cannot.
pub(super) fn refuses(scheme: &str) -> Option<Error> {
    let has_tls = cfg!(any(feature = "rustls-aws-lc-rs", feature = "rustls-ring"));
    (scheme == "https" && !has_tls).then(|| Error::Config {
        reason: "this build of graph-permissions has no TLS: enable its feature \
                 `rustls-aws-lc-rs` (a default one) or `rustls-ring`, or give the builder a \
                 reqwest client of your own with `http_client(…)`"
            .to_owned(),
    })
}

#[cfg(all(test, feature = "api"))]
mod tests {
    #[cfg(any(feature = "rustls-aws-lc-rs", feature = "rustls-ring"))]
    use std::{io::Read, net::TcpListener};

    use super::super::super::{Client, Error, RetryPolicy, StaticToken};

    /// X25519MLKEM768, which aws-lc-rs offers by default and ring does not implement.
    #[cfg(any(feature = "rustls-aws-lc-rs", feature = "rustls-ring"))]
    const X25519_MLKEM768: u16 = 0x11ec;

    fn client(base: String) -> Result<Client, Error> {
        Client::builder()
            .credential(StaticToken::new("token"))
            .base_url(base)
            .retry(RetryPolicy::none())
            .build()
    }

    /// The first TLS record a client sends to a loopback listener that never answers.
    #[cfg(any(feature = "rustls-aws-lc-rs", feature = "rustls-ring"))]
    fn client_hello() -> Vec<u8> {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!(
            "https://127.0.0.1:{}",
            listener.local_addr().unwrap().port()
        );
        let server = std::thread::spawn(move || {
            let (mut stream, _) = listener.accept().unwrap();
            let mut record = vec![0; 5];
            stream.read_exact(&mut record).unwrap();
            let len = u16::from_be_bytes([record[3], record[4]]) as usize;
            record.resize(5 + len, 0);
            stream.read_exact(&mut record[5..]).unwrap();
            record
        });
        let client = client(base).unwrap();
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let sent = runtime.block_on(client.send(crate::endpoints::drive_item::list("d", "i")));
        assert!(sent.is_err(), "the listener never completes the handshake");
        server.join().unwrap()
    }

    /// The extensions of a ClientHello record, as (type, data).
    #[cfg(any(feature = "rustls-aws-lc-rs", feature = "rustls-ring"))]
    fn extensions(record: &[u8]) -> Vec<(u16, &[u8])> {
        assert_eq!(
            (record[0], record[5]),
            (0x16, 0x01),
            "a handshake record, ClientHello"
        );
        let u16_at = |at: usize| u16::from_be_bytes([record[at], record[at + 1]]) as usize;
        // Record and handshake headers, version and random; then session id, cipher suites
        // and compression methods, each after its length.
        let mut at = 5 + 4 + 2 + 32;
        at += 1 + record[at] as usize;
        at += 2 + u16_at(at);
        at += 1 + record[at] as usize;
        let end = at + 2 + u16_at(at);
        at += 2;
        let mut out = Vec::new();
        while at < end {
            let (kind, len) = (u16_at(at) as u16, u16_at(at + 2));
            out.push((kind, &record[at + 4..at + 4 + len]));
            at += 4 + len;
        }
        out
    }

    #[cfg(any(feature = "rustls-aws-lc-rs", feature = "rustls-ring"))]
    #[test]
    fn the_client_speaks_tls_with_the_provider_its_features_choose() {
        let record = client_hello();
        let extensions = extensions(&record);
        let data = |kind: u16| {
            let found = extensions.iter().find(|(k, _)| *k == kind);
            found.expect("the extension is offered").1
        };
        // ALPN: HTTP/2 first, then HTTP/1.1, as reqwest offers them with `http2`.
        assert_eq!(data(0x0010), b"\x00\x0c\x02h2\x08http/1.1");
        let groups: Vec<u16> = data(0x000a)[2..]
            .chunks(2)
            .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
            .collect();
        let ring = cfg!(feature = "rustls-ring");
        assert_eq!(groups.contains(&X25519_MLKEM768), !ring, "{groups:x?}");
    }

    #[cfg(not(any(feature = "rustls-aws-lc-rs", feature = "rustls-ring")))]
    #[test]
    fn without_tls_an_https_base_url_is_refused_with_what_to_do() {
        let error = client("https://graph.microsoft.com".to_owned()).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("enable its feature `rustls-aws-lc-rs`"),
            "{error}"
        );
        assert!(client("http://127.0.0.1:9".to_owned()).is_ok());
    }
}

//! What the tests share: a typed client of the emulator, and raw HTTP for requests the typed
//! client would never send (bodies it cannot build, routes the spec does not have).

#![allow(dead_code)] // each test file uses part of it

use std::io::{Read, Write};
use std::net::TcpStream;

use base64::Engine;
use graph_emulator::Emulator;
use graph_permissions::rt::{Client, StaticToken};
use serde_json::Value;

pub fn client(emulator: &Emulator) -> Client {
    client_with(emulator, "token")
}

pub fn client_with(emulator: &Emulator, token: &str) -> Client {
    Client::builder()
        .credential(StaticToken::new(token))
        .base_url(emulator.base_url())
        .build()
        .unwrap()
}

/// A JWT-shaped token with these claims (unsigned: the emulator reads, never verifies).
pub fn jwt(claims: Value) -> String {
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    format!(
        "{}.{}.sig",
        engine.encode(r#"{"alg":"none"}"#),
        engine.encode(claims.to_string())
    )
}

pub fn item(i: usize) -> String {
    format!("I{i:06}")
}

/// What the emulator answered a raw request.
#[derive(Debug)]
pub struct Raw {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    /// The JSON body; `Null` when there is none.
    pub body: Value,
}

impl Raw {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Graph's `error.code`.
    pub fn code(&self) -> &str {
        self.body["error"]["code"].as_str().unwrap_or_default()
    }

    pub fn message(&self) -> &str {
        self.body["error"]["message"].as_str().unwrap_or_default()
    }
}

/// One HTTP/1.1 request with a bearer token, `target` being the path and query as sent.
pub async fn raw(
    emulator: &Emulator,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> Raw {
    let address = emulator.base_url().trim_start_matches("http://").to_owned();
    let mut request = format!(
        "{method} {target} HTTP/1.1\r\nhost: {address}\r\nauthorization: Bearer raw-token\r\nconnection: close\r\n"
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    let body = body.unwrap_or_default().to_owned();
    request.push_str(&format!("content-length: {}\r\n\r\n{body}", body.len()));
    let text = tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(address).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        answer
    })
    .await
    .unwrap();
    let (head, body) = text.split_once("\r\n\r\n").expect("a head and a body");
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(": "))
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
        .collect();
    let body = match body.is_empty() {
        true => Value::Null,
        false => serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}")),
    };
    Raw {
        status,
        headers,
        body,
    }
}

//! `generate!` on `tests/fixtures/specs/unusual.yaml`, whose golden files the CLI writes and
//! `tests/fixtures/unusual-crate` compiles: the macro compiles the same spec, its byte-order
//! mark, escaped CRs, tab after a key and awkward names included, to the same text.

// The expansion tests this crate's `beta` feature, which trybuild's crate does not declare.
#![allow(unexpected_cfgs)]

graph_permissions_macros::generate!("../../fixtures/specs/unusual.yaml");

fn main() {
    let vec = models::Vec {
        first: Some("one".into()),
        tilde: Some("~".into()),
        ..Default::default()
    };
    let json = serde_json::to_value(&vec).unwrap();
    assert_eq!(json, serde_json::json!({"first": "one", "tilde": "~"}));
}

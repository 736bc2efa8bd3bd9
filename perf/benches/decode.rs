//! Decoding and encoding 10,000 permissions: the generated models (which keep unknown fields)
//! against plain derived structs (which drop them) and against `serde_json::Value`.

use graph_permissions::models::Permission;
use graph_permissions::rt::Page;
use graph_permissions_perf::{data, plain};

fn main() {
    divan::main();
}

const N: usize = 10_000;

#[divan::bench]
fn decode_generated(b: divan::Bencher) {
    let json = data::permissions(N);
    b.bench(|| serde_json::from_str::<Page<Permission>>(divan::black_box(&json)).unwrap());
}

#[divan::bench]
fn decode_plain_derive(b: divan::Bencher) {
    let json = data::permissions(N);
    b.bench(|| serde_json::from_str::<plain::Page>(divan::black_box(&json)).unwrap());
}

#[divan::bench]
fn decode_value(b: divan::Bencher) {
    let json = data::permissions(N);
    b.bench(|| serde_json::from_str::<serde_json::Value>(divan::black_box(&json)).unwrap());
}

#[divan::bench]
fn encode_generated(b: divan::Bencher) {
    let page: Page<Permission> = serde_json::from_str(&data::permissions(N)).unwrap();
    b.bench(|| serde_json::to_vec(divan::black_box(&page)).unwrap());
}

#[divan::bench]
fn encode_plain_derive(b: divan::Bencher) {
    let page: plain::Page = serde_json::from_str(&data::permissions(N)).unwrap();
    b.bench(|| serde_json::to_vec(divan::black_box(&page)).unwrap());
}

//! One decode of 10,000 permissions, for callgrind: `decode_once generated|plain|value`.
fn main() {
    let json = graph_permissions_perf::data::permissions(10_000);
    match std::env::args().nth(1).as_deref() {
        Some("plain") => {
            drop(serde_json::from_str::<graph_permissions_perf::plain::Page>(&json).unwrap())
        }
        Some("none") => drop(json),
        Some("value") => drop(serde_json::from_str::<serde_json::Value>(&json).unwrap()),
        _ => drop(
            serde_json::from_str::<
                graph_permissions::rt::Page<graph_permissions::models::Permission>,
            >(&json)
            .unwrap(),
        ),
    }
}

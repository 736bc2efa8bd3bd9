//! `max_concurrency` and the client-wide pause, counted by the emulator.

use std::time::Duration;

use graph_emulator::{Config, Emulator, Throttling, DRIVE_ID};
use graph_permissions::endpoints as ep;
use graph_permissions::rt::{Client, StaticToken};

fn client(emulator: &Emulator, n: usize) -> Client {
    Client::builder()
        .credential(StaticToken::new("token"))
        .base_url(emulator.base_url())
        .max_concurrency(n)
        .build()
        .unwrap()
}

async fn list_from_clones(client: &Client, count: usize) -> Vec<u16> {
    let tasks: Vec<_> = (0..count)
        .map(|i| {
            let client = client.clone();
            tokio::spawn(async move {
                let item = format!("I{:06}", i % 50 + 1);
                client
                    .send(ep::drive_item::list(DRIVE_ID, &item))
                    .await
                    .map(|r| r.status())
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap().unwrap_or_else(|e| panic!("{e}")));
    }
    statuses
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn never_more_than_n_requests_in_flight_across_clones() {
    let mut config = Config::new(50);
    config.latency = Duration::from_millis(25);
    let emulator = Emulator::start(config).await.unwrap();
    let client = client(&emulator, 3);
    let statuses = list_from_clones(&client, 30).await;
    assert!(statuses.iter().all(|s| *s == 200));
    let counters = emulator.counters();
    assert_eq!(counters.requests, 30);
    assert_eq!(counters.max_in_flight, 3, "{counters:?}");
    assert_eq!(client.stats().requests_sent, 30);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_throttled_answer_pauses_every_request_of_the_client() {
    let mut config = Config::new(50);
    config.latency = Duration::from_millis(10);
    config.throttling = Some(Throttling {
        per_second: 15,
        retry_after_secs: 1,
    });
    let emulator = Emulator::start(config).await.unwrap();
    let client = client(&emulator, 4);
    let statuses = list_from_clones(&client, 40).await;
    assert_eq!(statuses.len(), 40);
    let counters = emulator.counters();
    assert!(counters.throttled >= 1, "{counters:?}");
    assert_eq!(counters.during_pause, 0, "{counters:?}");
    let stats = client.stats();
    assert!(stats.pauses >= 1 && stats.throttled_waits >= 1, "{stats:?}");
}

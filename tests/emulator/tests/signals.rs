//! The emulator binary prints its counters when it is stopped by SIGTERM, as by Ctrl-C.

#![cfg(unix)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use graph_emulator::{DRIVE_ID, SITE_ID};

#[test]
fn sigterm_prints_the_counters() {
    let mut emulator = Command::new(env!("CARGO_BIN_EXE_graph-emulator"))
        .args(["--items", "5"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("the emulator starts");
    let mut stdout = BufReader::new(emulator.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    let address = first
        .strip_prefix("http://")
        .and_then(|rest| rest.split_once(' '))
        .map(|(address, _)| address.to_owned())
        .unwrap_or_else(|| panic!("`http://ADDRESS drive ID` first, not {first:?}"));
    assert_eq!(
        first.trim_end(),
        format!("http://{address} drive {DRIVE_ID} site {SITE_ID}")
    );

    // One request, so that the counters have something to say.
    let mut http = TcpStream::connect(&address).unwrap();
    write!(
        http,
        "GET /v1.0/drives/{DRIVE_ID}/items/I000001/permissions HTTP/1.1\r\nHost: {address}\r\n\
         Authorization: Bearer token\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    http.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");

    let killed = Command::new("kill")
        .args(["-TERM", &emulator.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let started = Instant::now();
    let status = loop {
        if let Some(status) = emulator.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(20) {
            emulator.kill().unwrap();
            panic!("the emulator did not stop on SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    assert_eq!(
        rest.trim_end(),
        "Counters { requests: 1, batches: 0, sub_requests: 0, max_in_flight: 1, throttled: 0, during_pause: 0, deletes: 0 }"
    );
}

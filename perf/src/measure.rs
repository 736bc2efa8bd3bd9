//! The measurements the performance table and the CI guard share: decoding and encoding a page
//! of permissions three ways, and the generator at several sizes. Every figure is a median of
//! runs taken in turns (one of each kind per round), so that a change of load on a shared
//! machine falls on all kinds alike and the ratios between them hold.
//!
//! [`Method::GUARD`] counts the CPU time of the process (every thread) rather than the time
//! that passes: on a machine shared with other builds, waiting for a core is most of what
//! changes from run to run, and it falls unevenly on a 10 ms run and a 1 s one.

use std::hint::black_box;
use std::time::{Duration, Instant};

use graph_permissions::models::Permission;
use graph_permissions::rt::Page;

use crate::{data, plain, render};

/// Decoding and encoding the same page with the generated models, plain derived structs and
/// `serde_json::Value`.
#[derive(Clone, Copy, Debug)]
pub struct Decoding {
    /// The permissions on the page.
    pub items: usize,
    /// Decoding into `Page<Permission>`.
    pub generated: Duration,
    /// Decoding into the plain derived structs (which drop unknown fields).
    pub plain: Duration,
    /// Decoding into `serde_json::Value`.
    pub value: Duration,
    /// Encoding the decoded `Page<Permission>` back.
    pub encode_generated: Duration,
    /// Encoding the decoded plain structs back.
    pub encode_plain: Duration,
}

impl Decoding {
    /// Typed decoding's time over the plain derive's.
    pub fn vs_plain(&self) -> f64 {
        ratio(self.generated, self.plain)
    }

    /// How many times faster typed decoding is than `serde_json::Value`.
    pub fn faster_than_value(&self) -> f64 {
        ratio(self.value, self.generated)
    }

    /// Typed encoding's time over the plain derive's.
    pub fn encode_vs_plain(&self) -> f64 {
        ratio(self.encode_generated, self.encode_plain)
    }
}

/// How runs are timed and which one stands for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Method {
    /// What a run's time is.
    pub clock: Clock,
    /// The run that stands for all of them.
    pub pick: Pick,
}

impl Method {
    /// The table of `docs/performance.md`: what a user waits, the median run.
    pub const TABLE: Method = Method {
        clock: Clock::Wall,
        pick: Pick::Median,
    };
    /// The CI guard: CPU time, the best run. Other work on the machine only ever adds time;
    /// the best run has the least of it, on a 10 ms run and on a 1 s one alike.
    pub const GUARD: Method = Method {
        clock: Clock::Cpu,
        pick: Pick::Best,
    };
}

/// The run that stands for several.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// The median.
    Median,
    /// The shortest.
    Best,
}

/// What a run's time is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    /// The time that passes (what a user waits).
    Wall,
    /// The CPU time of the process, all threads (where the platform has it; else `Wall`).
    Cpu,
}

impl Clock {
    fn now(self) -> Duration {
        match self {
            Clock::Wall => wall(),
            Clock::Cpu => cpu(),
        }
    }
}

/// Time since an arbitrary start, for differences.
fn wall() -> Duration {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

#[cfg(unix)]
fn cpu() -> Duration {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ProcessCPUTime);
    Duration::new(
        u64::try_from(t.tv_sec).unwrap_or(0),
        u32::try_from(t.tv_nsec).unwrap_or(0),
    )
}

#[cfg(not(unix))]
fn cpu() -> Duration {
    wall()
}

/// Decodes and encodes a page of `items` permissions `rounds` times each way, in turns.
pub fn decoding(items: usize, rounds: usize, method: Method) -> Decoding {
    let clock = method.clock;
    let json = data::permissions(items);
    let page: Page<Permission> = serde_json::from_str(&json).expect("the workload decodes");
    let plain_page: plain::Page = serde_json::from_str(&json).expect("the workload decodes");
    let mut runs: [Vec<Duration>; 5] = Default::default();
    for round in 0..=rounds {
        let times = [
            time(clock, || drop(black_box(decode::<Page<Permission>>(&json)))),
            time(clock, || drop(black_box(decode::<plain::Page>(&json)))),
            time(clock, || {
                drop(black_box(decode::<serde_json::Value>(&json)))
            }),
            time(clock, || drop(black_box(encode(&page)))),
            time(clock, || drop(black_box(encode(&plain_page)))),
        ];
        // Round 0 warms caches and the allocator up.
        if round > 0 {
            for (kind, t) in runs.iter_mut().zip(times) {
                kind.push(t);
            }
        }
    }
    let [generated, plain, value, encode_generated, encode_plain] =
        runs.map(|runs| pick(runs, method.pick));
    Decoding {
        items,
        generated,
        plain,
        value,
        encode_generated,
        encode_plain,
    }
}

fn decode<T: serde::de::DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(black_box(json)).expect("the workload decodes")
}

fn encode<T: serde::Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(black_box(value)).expect("the workload encodes")
}

/// The generator, in process, on specs of the given sizes (spec texts from
/// [`synthesize`](crate::synthesize)): the time of each, from `runs[i]` runs of `specs[i]`
/// taken in turns.
pub fn generator(specs: &[&str], runs: &[usize], method: Method) -> Vec<Duration> {
    let clock = method.clock;
    for text in specs {
        render(text).expect("the synthetic spec is valid"); // warm-up
    }
    let rounds = runs.iter().copied().max().unwrap_or(0);
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); specs.len()];
    for round in 0..rounds {
        for (i, text) in specs.iter().enumerate() {
            // Spread each spec's runs evenly over the rounds.
            if round * runs[i] / rounds != (round + 1) * runs[i] / rounds {
                times[i].push(time(clock, || {
                    black_box(render(black_box(text)).expect("the synthetic spec is valid"));
                }));
            }
        }
    }
    times
        .into_iter()
        .map(|runs| pick(runs, method.pick))
        .collect()
}

/// The generator's growth: one run on `large`, a spec `factor` times `small`, against
/// `factor` runs on `small` timed together, in turns, `rounds` times each.
///
/// Each sample is as long as the other. A best (or median) of many 30 ms runs against one of
/// a few 4 s runs measures the machine instead: a short run can fall in a moment when nothing
/// else runs, a long one never does, and the CPU time of a thread still grows with what runs
/// beside it (shared caches and memory bandwidth, time a virtual machine's host takes). So
/// the guard saw 125× for 100× the spec where callgrind counts 99× the instructions; with
/// samples of equal length both sides meet the same interference.
pub fn generator_growth(
    small: &str,
    large: &str,
    factor: usize,
    rounds: usize,
    method: Method,
) -> Growth {
    let clock = method.clock;
    let run = |text: &str| {
        black_box(render(black_box(text)).expect("the synthetic spec is valid"));
    };
    run(small); // warm-up
    run(large);
    let (mut smalls, mut larges) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        smalls.push(time(clock, || (0..factor).for_each(|_| run(small))));
        larges.push(time(clock, || run(large)));
    }
    let per_run = u32::try_from(factor.max(1)).unwrap_or(u32::MAX);
    Growth {
        small: pick(smalls, method.pick) / per_run,
        large: pick(larges, method.pick),
    }
}

/// The generator on a spec and on one `factor` times larger (see [`generator_growth`]).
#[derive(Clone, Copy, Debug)]
pub struct Growth {
    /// One run on the small spec (a batch of `factor` runs, divided).
    pub small: Duration,
    /// One run on the large spec.
    pub large: Duration,
}

impl Growth {
    /// How many times longer the large spec takes: its factor, for linear growth.
    pub fn ratio(&self) -> f64 {
        ratio(self.large, self.small)
    }
}

fn time(clock: Clock, f: impl FnOnce()) -> Duration {
    let start = clock.now();
    f();
    clock.now().saturating_sub(start)
}

fn pick(mut times: Vec<Duration>, pick: Pick) -> Duration {
    times.sort();
    let at = match pick {
        Pick::Median => times.len() / 2,
        Pick::Best => 0,
    };
    times.get(at).copied().unwrap_or_default()
}

/// `a / b`.
pub fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64()
}

//! The one runner of bad specs: a spec is refused by the `codegen` binary and by the library
//! on every path, and everything a refusal must be is checked (see the crate's docs). What
//! the message says is the case's to check.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use graph_permissions_codegen::Generator;

use crate::support;

/// The most memory (peak RSS) refusing a bad spec may take: the binary alone takes about 6 MiB.
const MAX_RSS_KIB: u64 = 24 * 1024;
/// How long a run may take before it is killed as hung, and the case fails. How fast a
/// refusal is, is the benchmarks' to measure (a timed assertion fails on a busy machine); a
/// hang is a bug.
const KILL_AFTER: Duration = Duration::from_secs(30);

/// What one run of the binary did.
#[derive(Debug, Default)]
struct Run {
    /// The exit code, or `None` when a signal ended it.
    code: Option<i32>,
    signal: Option<i32>,
    stdout: String,
    stderr: String,
    elapsed: Duration,
    /// Peak resident set size, where the platform tells.
    max_rss_kib: Option<u64>,
}

/// Set (to the arguments, joined by U+001F) when this test binary runs as the measuring helper.
const HELPER_ARGS: &str = "BAD_SPECS_HELPER_ARGS";
/// The directory the helper writes what it measured to.
const HELPER_OUT: &str = "BAD_SPECS_HELPER_OUT";

/// Runs `codegen ARGS` in `cwd`, through a helper where that makes the peak RSS exact.
///
/// Why a helper: `ru_maxrss` of a child counts the peak of the process that spawned it, when
/// that one spawned it with `vfork` (as `posix_spawn` does): on `exec`, Linux folds the old
/// address space's peak into the new program's. A test process holding a 20 MB spec would be
/// counted in every child. So this binary runs itself once more, small, as the helper
/// (`measuring_helper`), and the helper spawns `codegen` and reports its `wait4` usage.
fn run(cwd: &Path, args: &[&str], files: &Path) -> Run {
    if cfg!(target_os = "linux") {
        let started = Instant::now();
        let status = Command::new(std::env::current_exe().expect("the test binary"))
            .args([
                "--exact",
                "measuring_helper",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(HELPER_ARGS, args.join("\u{1f}"))
            .env(HELPER_OUT, files)
            .current_dir(cwd)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("start the measuring helper");
        assert!(
            status.success(),
            "the measuring helper failed after {:?}",
            started.elapsed()
        );
        let read = |name: &str| std::fs::read_to_string(files.join(name)).unwrap_or_default();
        let usage = read("usage");
        let field = |name: &str| {
            usage
                .split_whitespace()
                .find_map(|kv| kv.strip_prefix(name)?.strip_prefix('='))
                .and_then(|v| v.parse::<u64>().ok())
        };
        return Run {
            code: field("code").map(|c| c as i32),
            signal: field("signal").map(|s| s as i32),
            stdout: read("stdout"),
            stderr: read("stderr"),
            elapsed: Duration::from_micros(field("micros").unwrap_or(u64::MAX)),
            max_rss_kib: field("rss_kib"),
        };
    }
    spawn_and_wait(cwd, args, files)
}

/// The helper's side of `run` (the crate root's `measuring_helper` test): does nothing in a
/// normal test run.
pub fn measuring_helper() {
    let (Some(args), Some(files)) = (std::env::var_os(HELPER_ARGS), std::env::var_os(HELPER_OUT))
    else {
        return;
    };
    let args = args.to_string_lossy().into_owned();
    let args: Vec<&str> = args.split('\u{1f}').collect();
    let files = PathBuf::from(files);
    let run = spawn_and_wait(&std::env::current_dir().expect("the cwd"), &args, &files);
    let mut usage = format!("micros={}", run.elapsed.as_micros());
    for (name, value) in [
        ("code", run.code.map(|c| c as u64)),
        ("signal", run.signal.map(|s| s as u64)),
        ("rss_kib", run.max_rss_kib),
    ] {
        if let Some(value) = value {
            usage.push_str(&format!(" {name}={value}"));
        }
    }
    std::fs::write(files.join("usage"), usage).expect("write the usage");
}

/// Spawns `codegen ARGS` in `cwd` with its output to files in `files`, and waits.
fn spawn_and_wait(cwd: &Path, args: &[&str], files: &Path) -> Run {
    let file = |name: &str| std::fs::File::create(files.join(name)).expect("an output file");
    let started = Instant::now();
    let mut child = support::codegen_command()
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(file("stdout"))
        .stderr(file("stderr"))
        .spawn()
        .expect("start codegen");
    let (code, signal, max_rss_kib) = wait(&mut child, started);
    let read = |name: &str| std::fs::read_to_string(files.join(name)).unwrap_or_default();
    Run {
        code,
        signal,
        elapsed: started.elapsed(),
        stdout: read("stdout"),
        stderr: read("stderr"),
        max_rss_kib,
    }
}

/// Waits for the child with `wait4`, which also gives its peak RSS; kills it when it hangs.
#[cfg(unix)]
fn wait(
    child: &mut std::process::Child,
    started: Instant,
) -> (Option<i32>, Option<i32>, Option<u64>) {
    let pid = child.id() as libc::pid_t;
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: an all-zero rusage is a valid value for `wait4` to fill in.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: `pid` is our child, not yet reaped (std's `Child` is never waited on here);
        // `status` and `usage` are valid for writes.
        let reaped = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if reaped == pid {
            // Linux reports KiB, macOS bytes.
            let rss = usage.ru_maxrss as u64;
            let rss = if cfg!(target_os = "macos") {
                rss / 1024
            } else {
                rss
            };
            let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
            let signal = libc::WIFSIGNALED(status).then(|| libc::WTERMSIG(status));
            return (code, signal, Some(rss));
        }
        assert!(
            reaped == 0,
            "wait4 failed: {}",
            std::io::Error::last_os_error()
        );
        if started.elapsed() > KILL_AFTER {
            let _ = child.kill();
        }
        std::thread::sleep(Duration::from_micros(200));
    }
}

#[cfg(not(unix))]
fn wait(
    child: &mut std::process::Child,
    started: Instant,
) -> (Option<i32>, Option<i32>, Option<u64>) {
    loop {
        if let Some(status) = child.try_wait().expect("wait for codegen") {
            return (status.code(), None, None);
        }
        if started.elapsed() > KILL_AFTER {
            let _ = child.kill();
        }
        std::thread::sleep(Duration::from_micros(200));
    }
}

/// A fresh directory for one case, named after it: `out/` with a sentinel file in it.
fn case_dir(name: &str) -> PathBuf {
    let dir = support::fresh_dir("bad-specs", &format!("{}-{name}", std::process::id()));
    std::fs::create_dir_all(dir.join("out")).expect("create the output directory");
    std::fs::write(dir.join("out/sentinel"), SENTINEL).expect("write the sentinel");
    dir
}

const SENTINEL: &str = "written before the run; the only file here after it\n";

/// What refusing a spec showed: the message as the binary printed it, and every problem found
/// with the refusal (each starting with the case's name); the message is the case's to check.
pub struct Refusal {
    pub message: String,
    pub problems: Vec<String>,
}

/// Refuses the spec `dir/spec` (named `spec`, as given on the command line in `dir`) on every
/// path and checks everything but what the message says.
pub fn refuse(name: &str, dir: &Path, spec: &str) -> Refusal {
    let case = case_dir(name);
    let out = case.join("out");
    let scope_table = case.join("least-privilege.md");
    let files = case.join("run");
    std::fs::create_dir_all(&files).expect("create the directory of the run's output");
    let run = run(
        dir,
        &[
            "generate",
            "--spec",
            spec,
            "--out",
            out.to_str().expect("a UTF-8 temporary directory"),
            "--scope-table",
            scope_table.to_str().expect("a UTF-8 temporary directory"),
        ],
        &files,
    );
    let mut problems = Vec::new();
    let mut problem = |what: String| problems.push(format!("{name}: {what}"));
    if run.code != Some(1) {
        problem(format!(
            "exit code {:?} (signal {:?}), expected 1\nstderr:\n{}",
            run.code, run.signal, run.stderr
        ));
    }
    if !run.stdout.is_empty() {
        problem(format!("printed on stdout:\n{}", run.stdout));
    }
    if run.elapsed > KILL_AFTER {
        problem(format!("hung: killed after {:?}", run.elapsed));
    }
    if let Some(rss) = run.max_rss_kib.filter(|&rss| rss > MAX_RSS_KIB) {
        problem(format!(
            "peaked at {rss} KiB; the limit is {MAX_RSS_KIB} KiB"
        ));
    }
    let mut left: Vec<String> = std::fs::read_dir(&out)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    left.sort();
    if left != ["sentinel"]
        || std::fs::read_to_string(out.join("sentinel"))
            .ok()
            .as_deref()
            != Some(SENTINEL)
    {
        problem(format!(
            "the output directory was touched: it holds {left:?}"
        ));
    }
    if scope_table.exists() {
        problem("a scope table file was written".to_owned());
    }
    for line in run.stderr.lines() {
        if !well_formed(line, spec) {
            problem(format!("`{line}` is not `file:line:col: sentence`"));
        }
    }
    for (path, message) in library_messages(dir, spec) {
        if message != run.stderr {
            problem(format!(
                "{path} says\n{message}\nthe binary printed\n{}",
                run.stderr
            ));
        }
    }
    eprintln!(
        "{name}: exit {:?} in {:?}, peak RSS {} KiB",
        run.code,
        run.elapsed,
        run.max_rss_kib.map_or("?".to_owned(), |k| k.to_string())
    );
    let _ = std::fs::remove_dir_all(&case);
    Refusal {
        message: run.stderr,
        problems,
    }
}

/// Whether a line of the message is `SPEC:LINE:COL: sentence`, counted from 1.
fn well_formed(line: &str, spec: &str) -> bool {
    line.strip_prefix(&format!("{spec}:"))
        .and_then(|rest| rest.split_once(": "))
        .and_then(|(place, sentence)| {
            let (l, c) = place.split_once(':')?;
            let ok = l.parse::<usize>().ok()? >= 1
                && c.parse::<usize>().ok()? >= 1
                && !sentence.trim().is_empty();
            ok.then_some(())
        })
        .is_some()
}

/// The message each path of the library gives, as the CLI prints it: the proc macro's
/// (`Generator::tokens`), `Generator::render`'s, and `parse`'s of the spec's text (when it is
/// text: bytes that are not UTF-8 are the file reader's to refuse).
fn library_messages(dir: &Path, spec: &str) -> Vec<(&'static str, String)> {
    let path = dir.join(spec);
    let generator = Generator::new().spec(&path).spec_name(spec);
    let message = |result: Result<(), graph_permissions_codegen::Error>| match result {
        Ok(()) => "generated code".to_owned(),
        Err(e) => format!("{e}\n"),
    };
    let mut messages = vec![
        (
            "Generator::tokens (the macro)",
            message(generator.tokens().map(drop)),
        ),
        ("Generator::render", message(generator.render().map(drop))),
    ];
    let bytes = std::fs::read(&path).expect("read the spec");
    if let Ok(text) = std::str::from_utf8(&bytes) {
        let parsed = match graph_permissions_codegen::parse(text) {
            Ok(_) => "generated code".to_owned(),
            Err(diagnostics) => diagnostics
                .iter()
                .map(|d| format!("{spec}:{}: {}\n", d.span, d.message))
                .collect(),
        };
        messages.push(("parse", parsed));
    }
    messages
}

/// Refuses a spec given as text, as `spec.yaml`, and returns its problems as
/// `line:col: message` (without the file): the form the cases of `edits.rs` and
/// `families.rs` expect. Panics with every problem when a check of the refusal fails.
#[track_caller]
pub fn refused(text: &str) -> Vec<String> {
    static CASES: AtomicUsize = AtomicUsize::new(0);
    let name = format!("text-{}", CASES.fetch_add(1, Ordering::Relaxed));
    let dir = support::fresh_dir("bad-specs", &format!("{}-{name}-spec", std::process::id()));
    std::fs::write(dir.join("spec.yaml"), text).expect("write the spec");
    let refusal = refuse(&name, &dir, "spec.yaml");
    if !refusal.problems.is_empty() {
        panic!("{}", refusal.problems.join("\n\n"));
    }
    let _ = std::fs::remove_dir_all(&dir);
    refusal
        .message
        .lines()
        .map(|line| line.strip_prefix("spec.yaml:").unwrap_or(line).to_owned())
        .collect()
}

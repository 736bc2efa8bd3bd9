//! The bad-spec corpus: every `tests/bad-specs/NAME.yaml` is run through the real `codegen`
//! binary (`codegen generate`, from the workspace root, as a user runs it) and must
//!
//! - exit with code 1 (not 101, a panic; not a signal, a stack overflow),
//! - print nothing on stdout and exactly `tests/bad-specs/NAME.expected` on stderr: one
//!   `file:line:col: sentence` line per problem,
//! - finish within a second and a few MB of memory (peak RSS, measured with `wait4`),
//! - leave the output directory as it was (a sentinel file in it is all there is after).
//!
//! The same message must come from the path the proc macro takes (`Generator::tokens`) and
//! from `Generator::render`. Cases too large to commit (a 20 MB spec, YAML nested 10,000
//! deep) are generated here into a temporary directory.
//!
//! `BLESS=1 cargo test -p graph-permissions-codegen --test bad_spec_corpus` rewrites the
//! `.expected` files from what the binary prints; read the diff before committing it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use graph_permissions_codegen::Generator;

/// The longest a bad spec may take to be refused (a debug build, on a busy CI machine).
const MAX_TIME: Duration = Duration::from_secs(1);
/// The most memory (peak RSS) refusing a bad spec may take: the binary alone takes about 6 MiB.
const MAX_RSS_KIB: u64 = 24 * 1024;
/// How long a run may take before it is killed as hung (then the case fails on time).
const KILL_AFTER: Duration = Duration::from_secs(30);

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("codegen sits in the workspace")
        .to_path_buf()
}

fn bless() -> bool {
    std::env::var_os("BLESS").is_some_and(|v| v == "1")
}

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
const HELPER_ARGS: &str = "BAD_SPEC_CORPUS_HELPER_ARGS";
/// The directory the helper writes what it measured to.
const HELPER_OUT: &str = "BAD_SPEC_CORPUS_HELPER_OUT";

/// Runs `codegen ARGS` in `cwd`, through a helper where that makes the peak RSS exact.
///
/// Why a helper: `ru_maxrss` of a child counts the peak of the process that spawned it, when
/// that one spawned it with `vfork` (as `posix_spawn` does): on `exec`, Linux folds the old
/// address space's peak into the new program's. A test process holding a 20 MB spec would be
/// counted in every child. So this binary runs itself once more, small, as the helper
/// (`measuring_helper` below), and the helper spawns `codegen` and reports its `wait4` usage.
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

/// The helper's side of `run`: does nothing in a normal test run.
#[test]
fn measuring_helper() {
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
    let mut child = Command::new(env!("CARGO_BIN_EXE_codegen"))
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

/// A fresh directory for one case: `out/` with a sentinel file in it.
fn case_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir()
        .join(format!(
            "graph-permissions-bad-spec-corpus-{}",
            std::process::id()
        ))
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("out")).expect("create the case directory");
    std::fs::write(dir.join("out/sentinel"), SENTINEL).expect("write the sentinel");
    dir
}

const SENTINEL: &str = "written before the run; the only file here after it\n";

/// Runs one bad spec (`spec`, as given on the command line, relative to `cwd`) and checks
/// everything but the message, which it returns; problems go to `problems`.
fn refuse(name: &str, cwd: &Path, spec: &str, problems: &mut Vec<String>) -> String {
    let dir = case_dir(name);
    let out = dir.join("out");
    let readme = dir.join("README.md");
    let files = dir.join("run");
    std::fs::create_dir_all(&files).expect("create the directory of the run's output");
    let run = run(
        cwd,
        &[
            "generate",
            "--spec",
            spec,
            "--out",
            out.to_str().expect("a UTF-8 temporary directory"),
            "--readme",
            readme.to_str().expect("a UTF-8 temporary directory"),
        ],
        &files,
    );
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
    if run.elapsed > MAX_TIME {
        problem(format!("took {:?}; the limit is {MAX_TIME:?}", run.elapsed));
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
    if readme.exists() {
        problem("a README was written".to_owned());
    }
    eprintln!(
        "{name}: exit {:?} in {:?}, peak RSS {} KiB",
        run.code,
        run.elapsed,
        run.max_rss_kib.map_or("?".to_owned(), |k| k.to_string())
    );
    let _ = std::fs::remove_dir_all(&dir);
    run.stderr
}

/// The message the library gives on the macro's path and on `render`'s, as the CLI prints it.
fn library_messages(path: &Path, shown: &str) -> [String; 2] {
    let generator = Generator::new().spec(path).spec_name(shown);
    let tokens = match generator.tokens() {
        Ok(_) => "generated code".to_owned(),
        Err(e) => format!("{e}\n"),
    };
    let render = match generator.render() {
        Ok(_) => "generated code".to_owned(),
        Err(e) => format!("{e}\n"),
    };
    [tokens, render]
}

#[test]
fn every_bad_spec_is_refused_with_its_message() {
    let root = workspace_root();
    let dir = root.join("tests/bad-specs");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/bad-specs")
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".yaml").map(str::to_owned)
        })
        .collect();
    names.sort();
    assert!(
        names.len() >= 25,
        "the corpus has {} specs; it should have at least 25",
        names.len()
    );
    let mut problems = Vec::new();
    for name in &names {
        let spec = format!("tests/bad-specs/{name}.yaml");
        let expected_path = dir.join(format!("{name}.expected"));
        let stderr = refuse(name, &root, &spec, &mut problems);
        if bless() {
            std::fs::write(&expected_path, &stderr).expect("write the expected message");
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|e| {
            problems.push(format!("{name}: cannot read {name}.expected: {e}"));
            String::new()
        });
        if stderr != expected {
            problems.push(format!(
                "{name}: the binary printed\n{stderr}\nexpected ({name}.expected)\n{expected}"
            ));
        }
        for line in expected.lines() {
            let well_formed = line
                .strip_prefix(&format!("{spec}:"))
                .and_then(|rest| rest.split_once(": "))
                .and_then(|(place, sentence)| {
                    let (l, c) = place.split_once(':')?;
                    let ok = l.parse::<usize>().ok()? >= 1
                        && c.parse::<usize>().ok()? >= 1
                        && !sentence.trim().is_empty();
                    ok.then_some(())
                });
            if well_formed.is_none() {
                problems.push(format!("{name}: `{line}` is not `file:line:col: sentence`"));
            }
        }
        for (path, message) in ["Generator::tokens (the macro)", "Generator::render"]
            .iter()
            .zip(library_messages(&root.join(&spec), &spec))
        {
            if message != expected {
                problems.push(format!(
                    "{name}: {path} says\n{message}\nexpected\n{expected}"
                ));
            }
        }
    }
    // Every expected message has its spec.
    for entry in std::fs::read_dir(&dir).expect("tests/bad-specs").flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if let Some(name) = file.strip_suffix(".expected") {
            if !names.iter().any(|n| n == name) {
                problems.push(format!("{file}: no {name}.yaml"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// A spec of the format, valid, to build the large and deep cases from.
const VALID: &str = include_str!("../../tests/fixtures/specs/minimal.yaml");

/// Cases generated here, too large to commit: each spec's text and the exact message.
fn generated_cases() -> Vec<(&'static str, String, &'static str)> {
    let mut big = String::from(VALID);
    let filler = "# A comment line that pads the spec out to twenty megabytes, and more.\n";
    while big.len() < 20 * 1024 * 1024 {
        big.push_str(filler);
    }
    let deep = 10_000;
    vec![
        (
            "twenty-megabytes",
            big,
            "twenty-megabytes.yaml:1:1: the spec is larger than 16 MiB, which no spec needs; it was not read\n",
        ),
        (
            "nested-10000-flow-lists",
            format!("info: {}x{}\n", "[".repeat(deep), "]".repeat(deep)),
            "nested-10000-flow-lists.yaml:1:262: the YAML is nested more than 64 levels deep here; a spec needs no more than 8\n",
        ),
        (
            "nested-10000-flow-mappings",
            format!("info: {}x{}\n", "{a: ".repeat(deep), "}".repeat(deep)),
            "nested-10000-flow-mappings.yaml:1:259: the YAML is nested more than 64 levels deep here; a spec needs no more than 8\n",
        ),
        (
            "nested-10000-block-lists",
            format!("info:\n  {}x\n", "- ".repeat(deep)),
            "nested-10000-block-lists.yaml:2:129: the YAML is nested more than 64 levels deep here; a spec needs no more than 8\n",
        ),
        (
            "collection-10000",
            VALID.replace(
                "        type: String\n",
                &format!("        type: {}String{}\n", "Collection(".repeat(deep), ")".repeat(deep)),
            ),
            "collection-10000.yaml:22:15: property `name` of resource `widget` nests `Collection(…)` 10000 deep; at most 8 levels are supported\n",
        ),
    ]
}

#[test]
fn huge_and_deep_specs_are_refused_quickly_and_cheaply() {
    let dir = std::env::temp_dir().join(format!(
        "graph-permissions-bad-spec-generated-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).expect("create the temporary directory");
    let mut problems = Vec::new();
    for (name, text, expected) in generated_cases() {
        let file = format!("{name}.yaml");
        std::fs::write(dir.join(&file), &text).expect("write the generated spec");
        let stderr = refuse(name, &dir, &file, &mut problems);
        if stderr != expected {
            problems.push(format!("{name}: printed\n{stderr}\nexpected\n{expected}"));
        }
        for message in library_messages(&dir.join(&file), &file) {
            if message != expected {
                problems.push(format!(
                    "{name}: the library says\n{message}\nexpected\n{expected}"
                ));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// The same limits hold for a spec given as text (`parse`, `Generator::render_text`).
#[test]
fn huge_and_deep_texts_are_refused_in_process() {
    for (name, text, expected) in generated_cases() {
        let diagnostics = graph_permissions_codegen::parse(&text).expect_err(name);
        let message = format!(
            "{name}.yaml:{}: {}\n",
            diagnostics[0].span, diagnostics[0].message
        );
        assert_eq!(message, expected, "{name}");
    }
}

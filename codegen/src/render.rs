//! [`Api`] → the generated files or the macro's tokens, through one assembly: each module's
//! header, then its items in order, cut into chunks. The CLI and build scripts format the
//! chunks on every core and receive the texts in order, each as soon as it and all before it
//! are ready, so the text of the whole API never has to sit in memory; the macro takes the
//! same chunks as tokens.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use proc_macro2::TokenStream;

use crate::emit::{self, EmitOptions, Item};
use crate::error::Error;
use crate::format;
use crate::surface::{Api, ModuleKind};

/// Items per chunk at most: large enough that formatting dominates, small enough that a few
/// chunks' tokens and syntax trees are all that exist at a time.
const CHUNK: usize = 48;

/// Items per chunk at least, so that a chunk's fixed costs stay small.
const MIN_CHUNK: usize = 4;

/// Items per chunk for `items` items on `workers` threads: a small spec is cut into several
/// chunks per thread, so that no thread is left with one large chunk while the others wait
/// (in 48s, ours was one chunk per module, and one thread did 56% of the work).
fn chunk_size(items: usize, workers: usize) -> usize {
    (items / (4 * workers.max(1))).clamp(MIN_CHUNK, CHUNK)
}

/// One piece of work: the header of a module, or a chunk of its items.
struct Job {
    module: ModuleKind,
    items: Option<Vec<Item>>,
    /// The lines its formatted text leaves out: the wrapper of a part of a family's module.
    trim: Trim,
}

/// The lines of a family module's part that belong to the parts around it: a later part
/// leaves out its `pub mod … {`, an earlier one its closing `}`.
#[derive(Clone, Copy, Default)]
struct Trim {
    first_line: bool,
    last_line: bool,
}

impl Trim {
    fn apply(self, mut text: String) -> String {
        if self.last_line {
            let body = text.trim_end_matches('\n');
            text.truncate(body.rfind('\n').map_or(0, |i| i + 1));
        }
        if self.first_line {
            text.drain(..text.find('\n').map_or(text.len(), |i| i + 1));
        }
        text
    }
}

/// The jobs of every module. With `split`, a family's module larger than a chunk is cut into
/// parts of a chunk each (`Item::FamilyPart`): one family may hold most of a small spec's
/// operations, and as one job it left the other threads waiting. Without, each family's
/// module is one item, as the macro's tokens need it.
fn jobs(api: &Api, workers: usize, split: bool) -> Vec<Job> {
    let items: Vec<(ModuleKind, Vec<Item>)> = ModuleKind::ALL
        .into_iter()
        .map(|kind| (kind, emit::items(api, kind)))
        .collect();
    let size = |item: &Item| match *item {
        Item::Family(kind, f) => emit::family_size(api, kind, f),
        _ => 1,
    };
    let total = items.iter().flat_map(|(_, items)| items).map(size).sum();
    let chunk = chunk_size(total, workers);
    let mut jobs = Vec::new();
    for (module, items) in items {
        jobs.push(Job::new(module, None));
        let mut pending: Vec<Item> = Vec::new();
        let mut weight = 0;
        for item in items {
            let n = size(&item);
            let part_of = match item {
                Item::Family(kind, f) if split && n > chunk => Some((kind, f)),
                _ => None,
            };
            if !pending.is_empty() && (part_of.is_some() || weight + n > chunk) {
                jobs.push(Job::new(module, Some(std::mem::take(&mut pending))));
                weight = 0;
            }
            match part_of {
                Some((kind, f)) => jobs.extend(family_parts(module, kind, f, n, chunk)),
                None => {
                    pending.push(item);
                    weight += n;
                }
            }
        }
        if !pending.is_empty() {
            jobs.push(Job::new(module, Some(pending)));
        }
    }
    jobs
}

/// The jobs of a family's module of `size` items, `chunk` items each.
fn family_parts(
    module: ModuleKind,
    kind: ModuleKind,
    f: usize,
    size: usize,
    chunk: usize,
) -> impl Iterator<Item = Job> {
    (0..size).step_by(chunk).map(move |from| {
        let to = (from + chunk).min(size);
        Job {
            trim: Trim {
                first_line: from > 0,
                last_line: to < size,
            },
            ..Job::new(module, Some(vec![Item::FamilyPart(kind, f, from, to)]))
        }
    })
}

impl Job {
    fn new(module: ModuleKind, items: Option<Vec<Item>>) -> Job {
        Job {
            module,
            items,
            trim: Trim::default(),
        }
    }
}

fn job_tokens(api: &Api, options: &EmitOptions, job: &Job) -> TokenStream {
    match &job.items {
        None => emit::module_header(api, options, job.module),
        Some(items) => emit::emit_items(api, options, items),
    }
}

/// The modules as `pub mod models { … }` and its siblings: what the proc macro expands to.
pub(crate) fn tokens(api: &Api, options: &EmitOptions) -> TokenStream {
    let mut modules: Vec<(ModuleKind, TokenStream)> = Vec::new();
    for job in jobs(api, 1, false) {
        let tokens = job_tokens(api, options, &job);
        match modules.last_mut() {
            Some((kind, module)) if *kind == job.module => module.extend(tokens),
            _ => modules.push((job.module, tokens)),
        }
    }
    let modules = modules.into_iter().map(|(kind, tokens)| {
        let name = quote::format_ident!("{}", kind.name());
        quote::quote!(pub mod #name { #tokens })
    });
    quote::quote!(#(#modules)*)
}

/// Formats every job on every core; `sink(module, text)` gets each job's text in job order.
fn format_jobs(
    api: &Api,
    options: &EmitOptions,
    mut sink: impl FnMut(ModuleKind, &str) -> Result<(), Error>,
) -> Result<(), Error> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let jobs = jobs(api, cores, true);
    let next = AtomicUsize::new(0);
    let workers = cores.min(jobs.len().max(1));
    // Bounded: a worker that runs ahead waits, so finished texts cannot pile up.
    let (send, receive) = mpsc::sync_channel::<(usize, Result<String, Error>)>(workers * 2);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let send = send.clone();
            let (jobs, next) = (&jobs, &next);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(job) = jobs.get(i) else { break };
                let text = format::unparse(job_tokens(api, options, job), job.module.name())
                    .map(|text| job.trim.apply(text));
                if send.send((i, text)).is_err() {
                    break;
                }
            });
        }
        drop(send);
        // Texts that arrived before the ones ahead of them.
        let mut waiting: BTreeMap<usize, Result<String, Error>> = BTreeMap::new();
        let mut due = 0;
        for (i, text) in receive {
            waiting.insert(i, text);
            while let Some(text) = waiting.remove(&due) {
                sink(jobs[due].module, &text?)?;
                due += 1;
            }
        }
        if due == jobs.len() {
            Ok(())
        } else {
            Err(Error::Emit {
                context: jobs[due].module.name().to_owned(),
                message: "a formatting thread stopped before finishing".to_owned(),
            })
        }
    })
}

/// The generated files, each as pieces of text in order: `out(file name, piece)`. Either
/// `mod.rs` and one file per module, or (`single`, for a build script) `api.rs` with the
/// modules inline.
pub(crate) fn files(
    api: &Api,
    options: &EmitOptions,
    spec_name: &str,
    single: bool,
    mut out: impl FnMut(&str, &str) -> Result<(), Error>,
) -> Result<(), Error> {
    if single {
        out("api.rs", &format::build_header(spec_name))?;
    } else {
        out("mod.rs", &mod_file(spec_name))?;
    }
    let mut current: Option<(ModuleKind, String, format::Spacer)> = None;
    format_jobs(api, options, |module, text| {
        if current.as_ref().is_none_or(|(m, _, _)| *m != module) {
            let name = module.name();
            let file = if single {
                if current.is_some() {
                    out("api.rs", "}\n")?;
                }
                out("api.rs", &format!("\npub mod {name} {{\n"))?;
                "api.rs".to_owned()
            } else {
                let file = format!("{name}.rs");
                out(&file, &format::header(spec_name))?;
                file
            };
            current = Some((module, file, format::Spacer::default()));
        }
        let Some((_, file, spacer)) = &mut current else {
            return Ok(());
        };
        out(file, &spacer.space(text))
    })?;
    if single && current.is_some() {
        out("api.rs", "}\n")?;
    }
    Ok(())
}

fn mod_file(spec_name: &str) -> String {
    let mut out = format::header(spec_name);
    out.push_str(&format!("//! The API generated from `{spec_name}`.\n\n"));
    for module in ModuleKind::ALL {
        out.push_str(&format!("pub mod {};\n", module.name()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{chunk_size, job_tokens, jobs, Trim};
    use crate::emit::{EmitOptions, Item};

    #[test]
    fn a_family_cut_into_parts_formats_as_its_whole_module() {
        // The project's spec: its largest families hold more endpoints than a chunk.
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/permissions.yaml");
        let text = std::fs::read_to_string(path).expect("the spec is in the workspace");
        let (_, api) = crate::parse_with_api(&text).expect("the spec is valid");
        let options = EmitOptions::default();
        let formatted = |split: bool| {
            let jobs = jobs(&api, 2, split);
            let parts = jobs
                .iter()
                .filter(|job| matches!(job.items.as_deref(), Some([Item::FamilyPart(..)])))
                .count();
            let text: String = jobs
                .iter()
                .map(|job| {
                    let tokens = job_tokens(&api, &options, job);
                    job.trim
                        .apply(crate::format::unparse(tokens, "test").expect("formats"))
                })
                .collect();
            (parts, text)
        };
        let ((parts, split), (none, whole)) = (formatted(true), formatted(false));
        assert!(parts >= 4, "{parts} parts");
        assert_eq!(none, 0);
        assert!(whole.contains("pub mod "));
        assert_eq!(split, whole);
    }

    #[test]
    fn a_part_leaves_out_the_wrapper_lines_it_shares() {
        let text = || "pub mod a {\n    fn f() {}\n}\n".to_owned();
        let trim = |first_line, last_line| Trim {
            first_line,
            last_line,
        };
        assert_eq!(trim(false, false).apply(text()), text());
        assert_eq!(trim(true, false).apply(text()), "    fn f() {}\n}\n");
        assert_eq!(
            trim(false, true).apply(text()),
            "pub mod a {\n    fn f() {}\n"
        );
        assert_eq!(trim(true, true).apply(text()), "    fn f() {}\n");
    }

    #[test]
    fn a_small_spec_is_cut_into_several_chunks_per_thread() {
        // Ours: 59 items on 2 cores, 8 chunks or more.
        assert_eq!(chunk_size(59, 2), 7);
        assert_eq!(chunk_size(3, 2), 4);
        assert_eq!(chunk_size(5_900, 2), 48);
        assert_eq!(chunk_size(100, 0), 25);
    }
}

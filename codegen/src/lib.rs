//! The generator of `graph-permissions`: a YAML spec of the Microsoft Graph sharing-permission
//! API in, formatted Rust out.
//!
//! One pipeline, shared by the `codegen` CLI, the proc macro and build scripts:
//! load (YAML → [`spec::Spec`]) → validate (→ [`model::Model`]) → emit (→ tokens) → format.
//!
//! ```no_run
//! // build.rs
//! graph_permissions_codegen::Generator::new()
//!     .spec("spec/permissions.yaml")
//!     .generate()?;
//! # Ok::<(), graph_permissions_codegen::Error>(())
//! ```

#[cfg(feature = "cli")]
pub mod changelog;
mod emit;
mod error;
mod format;
#[cfg(feature = "cli")]
pub mod import;
mod load;
pub mod model;
pub mod scope_table;
mod select;
pub mod spec;
pub mod surface;
mod validate;
pub mod vocab;

use std::path::{Path, PathBuf};

pub use emit::{EmitOptions, Module, MODULES};
pub use error::{Diagnostic, Error, Span};
pub use select::Selection;

/// Reads and validates a spec from its text: every problem, or the model.
pub fn parse(text: &str) -> Result<model::Model, Vec<Diagnostic>> {
    let spec = load::load(text).map_err(|d| vec![load::within(text, d)])?;
    validate::validate(&spec).map_err(|ds| ds.into_iter().map(|d| load::within(text, d)).collect())
}

/// The generated modules of a model, as tokens.
pub fn emit(model: &model::Model, options: &EmitOptions) -> Vec<Module> {
    emit::emit(model, options)
}

/// A generated file: its name in the output directory and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedFile {
    pub name: String,
    pub contents: String,
}

/// What a run produced, and how much of it.
#[derive(Clone, Debug)]
pub struct Generated {
    pub files: Vec<GeneratedFile>,
    pub models: usize,
    pub enums: usize,
    pub operations: usize,
    pub endpoints: usize,
}

/// The generator, configured builder-style (in the manner of prost-build).
#[derive(Clone, Debug)]
pub struct Generator {
    spec: PathBuf,
    /// How messages and file headers name the spec; the path as given, unless set.
    spec_name: Option<String>,
    out_dir: Option<PathBuf>,
    options: EmitOptions,
    selection: Selection,
    rerun_if_changed: bool,
}

impl Default for Generator {
    fn default() -> Self {
        Self::new()
    }
}

impl Generator {
    /// A generator for `spec/permissions.yaml`, writing to `$OUT_DIR` when run by a build script.
    pub fn new() -> Self {
        Self {
            spec: PathBuf::from("spec/permissions.yaml"),
            spec_name: None,
            out_dir: None,
            options: EmitOptions::default(),
            selection: Selection::default(),
            rerun_if_changed: std::env::var_os("CARGO_MANIFEST_DIR").is_some()
                && std::env::var_os("OUT_DIR").is_some(),
        }
    }

    /// The spec to read.
    pub fn spec(mut self, path: impl Into<PathBuf>) -> Self {
        self.spec = path.into();
        self
    }

    /// How messages and file headers name the spec, when not by the path it is read from
    /// (the macro reads an absolute path but names the one the caller wrote).
    pub fn spec_name(mut self, name: impl Into<String>) -> Self {
        self.spec_name = Some(name.into());
        self
    }

    /// The spec's name, as comments of the generated files can hold it.
    fn shown_name(&self) -> String {
        let name = match &self.spec_name {
            Some(name) => name.clone(),
            None => self.spec.display().to_string().replace('\\', "/"),
        };
        format::comment_safe(&name)
    }

    /// Where `generate` writes; defaults to `$OUT_DIR`.
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.out_dir = Some(dir.into());
        self
    }

    /// How generated code names the runtime; defaults to `::graph_permissions::rt`.
    pub fn runtime_path(mut self, path: syn::Path) -> Self {
        self.options.runtime = quote::quote!(#path).to_string();
        self
    }

    /// Also emits the compile-time scope checks (`scopes::Granted`, `granted!`), behind the
    /// `typed-scopes` feature of the crate the code lands in. Off unless set; the CLI sets it.
    pub fn typed_scopes(mut self, on: bool) -> Self {
        self.options.typed_scopes = on;
        self
    }

    /// Adds a derive to every model struct and enum.
    pub fn extra_derive(mut self, path: syn::Path) -> Self {
        self.options
            .extra_derives
            .push(quote::quote!(#path).to_string());
        self
    }

    /// Generates only these operations (by spec name) and what they need.
    pub fn only_operations<S: Into<String>>(mut self, names: impl IntoIterator<Item = S>) -> Self {
        self.selection.operations = Some(names.into_iter().map(Into::into).collect());
        self
    }

    /// Generates only these resources (by spec name) and what they need; without
    /// `only_operations`, no operation.
    pub fn only_resources<S: Into<String>>(mut self, names: impl IntoIterator<Item = S>) -> Self {
        self.selection.resources = Some(names.into_iter().map(Into::into).collect());
        self
    }

    /// Reads and validates the spec, and narrows it to the selection.
    pub fn model(&self) -> Result<model::Model, Error> {
        let text = load::read(&self.spec).map_err(|e| match e {
            load::ReadError::Io(source) => Error::Read {
                path: PathBuf::from(self.shown_name()),
                source,
            },
            load::ReadError::Spec(diagnostic) => Error::Spec {
                path: PathBuf::from(self.shown_name()),
                diagnostics: vec![diagnostic],
            },
        })?;
        self.model_of(&text)
    }

    /// [`Generator::model`] of a spec's text rather than its file.
    pub fn model_of(&self, text: &str) -> Result<model::Model, Error> {
        let model = parse(text).map_err(|diagnostics| Error::Spec {
            path: PathBuf::from(self.shown_name()),
            diagnostics,
        })?;
        select::select(&model, &self.selection).map_err(|message| Error::Selection {
            path: PathBuf::from(self.shown_name()),
            message,
        })
    }

    /// The generated modules as one token stream of `pub mod models { … }` and its siblings:
    /// what the proc macro expands to.
    pub fn tokens(&self) -> Result<proc_macro2::TokenStream, Error> {
        Ok(inline(emit(&self.model()?, &self.options)))
    }

    /// Generates the files in memory: `mod.rs` and one file per module.
    pub fn render(&self) -> Result<Generated, Error> {
        self.render_as(false)
    }

    /// [`Generator::render`] of a spec's text rather than its file.
    pub fn render_text(&self, text: &str) -> Result<Generated, Error> {
        self.files(&self.model_of(text)?, false)
    }

    /// The files of `mod.rs` and one per module, or (`single`) of `api.rs` alone.
    fn render_as(&self, single: bool) -> Result<Generated, Error> {
        self.files(&self.model()?, single)
    }

    fn files(&self, model: &model::Model, single: bool) -> Result<Generated, Error> {
        let spec_name = self.shown_name();
        let files = if single {
            let modules = emit(model, &self.options);
            let code = format::unparse(inline(modules), "api")?;
            vec![GeneratedFile {
                name: "api.rs".to_owned(),
                contents: format::finish_build(&spec_name, &code),
            }]
        } else {
            let mut files = vec![GeneratedFile {
                name: "mod.rs".to_owned(),
                contents: mod_file(&spec_name),
            }];
            for (name, code) in MODULES.iter().zip(self.format_modules(model)?) {
                files.push(GeneratedFile {
                    name: format!("{name}.rs"),
                    contents: format::finish(&spec_name, &code),
                });
            }
            files
        };
        Ok(Generated {
            files,
            models: model.resources.len(),
            enums: model.enums.len(),
            operations: model.operations.len(),
            endpoints: model.operations.iter().map(|o| o.endpoints.len()).sum(),
        })
    }

    /// The formatted code of every module. The modules are cut into chunks of items, and the
    /// chunks emitted, parsed and formatted on as many threads as there are cores: tokens and
    /// syntax trees exist for a few chunks at a time, not for the whole API.
    fn format_modules(&self, model: &model::Model) -> Result<Vec<String>, Error> {
        const CHUNK: usize = 48;
        let mut jobs: Vec<(usize, Option<Vec<emit::Item>>)> = Vec::new();
        for (m, name) in MODULES.iter().enumerate() {
            jobs.push((m, None)); // the header
            let items = emit::items(model, name);
            jobs.extend(items.chunks(CHUNK).map(|c| (m, Some(c.to_vec()))));
        }
        let next = std::sync::atomic::AtomicUsize::new(0);
        let done: Vec<std::sync::Mutex<Option<Result<String, Error>>>> =
            jobs.iter().map(|_| std::sync::Mutex::new(None)).collect();
        let workers = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(jobs.len());
        std::thread::scope(|scope| {
            for _ in 0..workers {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some((m, chunk)) = jobs.get(i) else { break };
                    let name = MODULES[*m];
                    let tokens = match chunk {
                        None => emit::module_header(model, &self.options, name),
                        Some(items) => emit::emit_items(model, &self.options, items),
                    };
                    let text = format::unparse(tokens, name);
                    if let Ok(mut slot) = done[i].lock() {
                        *slot = Some(text);
                    }
                });
            }
        });
        let mut modules = vec![String::new(); MODULES.len()];
        for ((m, _), slot) in jobs.iter().zip(done) {
            let text = slot.into_inner().ok().flatten().unwrap_or_else(|| {
                Err(Error::Emit {
                    context: MODULES[*m].to_owned(),
                    message: "a formatting thread stopped before finishing".to_owned(),
                })
            })?;
            modules[*m].push_str(&text);
        }
        Ok(modules)
    }

    /// Generates and writes the files; a file whose text did not change is not touched. Each
    /// file is written to a temporary name and renamed, so a failure leaves no half file.
    ///
    /// With `out_dir`, writes `mod.rs` and one file per module. Without it (in a build
    /// script), writes `$OUT_DIR/api.rs` with the modules inline, for
    /// `include!(concat!(env!("OUT_DIR"), "/api.rs"));`, and tells cargo to rerun when the
    /// spec changes.
    pub fn generate(&self) -> Result<Generated, Error> {
        let generated = self.render_as(self.out_dir.is_none())?;
        let out_dir = self.output_dir()?;
        std::fs::create_dir_all(&out_dir).map_err(|source| Error::Write {
            path: out_dir.clone(),
            source,
        })?;
        for file in &generated.files {
            write_if_changed(&out_dir.join(&file.name), &file.contents)?;
        }
        if self.rerun_if_changed {
            println!("cargo:rerun-if-changed={}", self.spec.display());
        }
        Ok(generated)
    }

    /// Compares the files on disk with what the spec produces now: the unified diff of every
    /// file that differs (a missing file counts as empty).
    pub fn check(&self) -> Result<Vec<String>, Error> {
        let generated = self.render()?;
        let out_dir = self.output_dir()?;
        let mut diffs = Vec::new();
        for file in &generated.files {
            let path = out_dir.join(&file.name);
            let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
            if on_disk != file.contents {
                let shown = path.display().to_string();
                diffs.push(
                    similar::TextDiff::from_lines(&on_disk, &file.contents)
                        .unified_diff()
                        .context_radius(3)
                        .header(
                            &format!("{shown} (committed)"),
                            &format!("{shown} (from the spec)"),
                        )
                        .to_string(),
                );
            }
        }
        Ok(diffs)
    }

    fn output_dir(&self) -> Result<PathBuf, Error> {
        match (&self.out_dir, std::env::var_os("OUT_DIR")) {
            (Some(dir), _) => Ok(dir.clone()),
            (None, Some(dir)) => Ok(PathBuf::from(dir)),
            (None, None) => Err(Error::Write {
                path: PathBuf::from("$OUT_DIR"),
                source: std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "no output directory: call `out_dir(…)` or run from a build script",
                ),
            }),
        }
    }
}

/// The modules as `pub mod models { … }` and its siblings, in one token stream.
fn inline(modules: Vec<Module>) -> proc_macro2::TokenStream {
    let modules = modules.into_iter().map(|m| {
        let name = quote::format_ident!("{}", m.name);
        let tokens = m.tokens;
        quote::quote!(pub mod #name { #tokens })
    });
    quote::quote!(#(#modules)*)
}

fn mod_file(spec_name: &str) -> String {
    let mut out = format::header(spec_name);
    out.push_str(&format!("//! The API generated from `{spec_name}`.\n\n"));
    for module in MODULES {
        out.push_str(&format!("pub mod {module};\n"));
    }
    out
}

fn write_if_changed(path: &Path, contents: &str) -> Result<(), Error> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    let error = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    let tmp = path.with_extension("rs.tmp");
    std::fs::write(&tmp, contents).map_err(error)?;
    std::fs::rename(&tmp, path).map_err(error)
}

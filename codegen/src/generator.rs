//! [`Generator`]: the builder behind the CLI, build scripts and the macro (in the manner of
//! prost-build's `Config`). It runs the pipeline — read, load, check, select, surface — and
//! hands the `Api` to [`render`](crate::render) for text or tokens.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::emit::EmitOptions;
use crate::error::Error;
use crate::select::{self, Selection};
use crate::{load, model, render, surface};

/// A generated file: its name in the output directory and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedFile {
    /// The file name inside the output directory, e.g. `models.rs`.
    pub name: String,
    /// The formatted Rust text.
    pub contents: String,
}

/// What a run produced, and how much of it.
#[derive(Clone, Debug)]
pub struct Generated {
    /// Every file written, in a fixed order.
    pub files: Vec<GeneratedFile>,
    /// How many model structs were generated.
    pub models: usize,
    /// How many enums were generated.
    pub enums: usize,
    /// How many operations were generated.
    pub operations: usize,
    /// How many endpoint functions were generated.
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
        crate::format::comment_safe(&name)
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

    /// Generates only these operations and what they need: each named `family.operation`
    /// (`driveItem.list`), or by its name alone when exactly one family has it (in the old
    /// form, every operation); an ambiguous name is an error listing the qualified ones.
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
        let model = crate::parse(text).map_err(|diagnostics| Error::Spec {
            path: PathBuf::from(self.shown_name()),
            diagnostics,
        })?;
        select::select(&model, &self.selection).map_err(|message| Error::Selection {
            path: PathBuf::from(self.shown_name()),
            message,
        })
    }

    /// The Rust surface of the selected spec: what [`Generator::render`] prints.
    pub fn api(&self) -> Result<surface::Api, Error> {
        Ok(crate::api(&self.model()?))
    }

    /// The generated modules as one token stream of `pub mod models { … }` and its siblings:
    /// what the proc macro expands to.
    pub fn tokens(&self) -> Result<proc_macro2::TokenStream, Error> {
        Ok(render::tokens(&self.api()?, &self.options))
    }

    /// Generates the files in memory: `mod.rs` and one file per module.
    pub fn render(&self) -> Result<Generated, Error> {
        self.render_as(false)
    }

    /// [`Generator::render`] of a spec's text rather than its file.
    pub fn render_text(&self, text: &str) -> Result<Generated, Error> {
        self.files(&crate::api(&self.model_of(text)?), false)
    }

    /// The files of `mod.rs` and one per module, or (`single`) of `api.rs` alone.
    fn render_as(&self, single: bool) -> Result<Generated, Error> {
        self.files(&self.api()?, single)
    }

    /// The files, in memory.
    fn files(&self, api: &surface::Api, single: bool) -> Result<Generated, Error> {
        let mut files: Vec<GeneratedFile> = Vec::new();
        render::files(
            api,
            &self.options,
            &self.shown_name(),
            single,
            |name, text| {
                match files.iter_mut().find(|f| f.name == name) {
                    Some(file) => file.contents.push_str(text),
                    None => files.push(GeneratedFile {
                        name: name.to_owned(),
                        contents: text.to_owned(),
                    }),
                }
                Ok(())
            },
        )?;
        Ok(counts(api, files))
    }

    /// Generates and writes the files; a file whose text did not change is not touched. Each
    /// file is written to a temporary name and renamed, so a failure leaves no half file.
    ///
    /// With `out_dir`, writes `mod.rs` and one file per module. Without it (in a build
    /// script), writes `$OUT_DIR/api.rs` with the modules inline, for
    /// `include!(concat!(env!("OUT_DIR"), "/api.rs"));`, and tells cargo to rerun when the
    /// spec changes.
    pub fn generate(&self) -> Result<Generated, Error> {
        let api = self.api()?;
        let out_dir = self.output_dir()?;
        std::fs::create_dir_all(&out_dir).map_err(|source| Error::Write {
            path: out_dir.clone(),
            source,
        })?;
        let mut files = Streams::new(&out_dir);
        let single = self.out_dir.is_none();
        render::files(
            &api,
            &self.options,
            &self.shown_name(),
            single,
            |name, text| files.write(name, text),
        )?;
        files.finish()?;
        if self.rerun_if_changed {
            println!("cargo:rerun-if-changed={}", self.spec.display());
        }
        Ok(counts(&api, Vec::new()))
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

/// What a run produced: the files (when kept in memory) and how much of each kind.
fn counts(api: &surface::Api, files: Vec<GeneratedFile>) -> Generated {
    Generated {
        files,
        models: api.structs.len(),
        enums: api.enums.len(),
        operations: api.operations.len(),
        endpoints: api.endpoint_count(),
    }
}

/// The files being written: each to a temporary name as its pieces arrive, so that the text
/// of a large API is never whole in memory; at the end each replaces its file, unless the
/// file already holds exactly that text (then it is not touched). A failure leaves no half
/// file under a real name.
struct Streams<'a> {
    dir: &'a Path,
    open: Vec<(String, std::io::BufWriter<std::fs::File>)>,
}

impl<'a> Streams<'a> {
    fn new(dir: &'a Path) -> Self {
        Streams {
            dir,
            open: Vec::new(),
        }
    }

    fn write(&mut self, name: &str, text: &str) -> Result<(), Error> {
        let tmp = self.dir.join(format!("{name}.tmp"));
        let error = |source| Error::Write {
            path: tmp.clone(),
            source,
        };
        let at = match self.open.iter().position(|(n, _)| n == name) {
            Some(at) => at,
            None => {
                let file = std::fs::File::create(&tmp).map_err(error)?;
                self.open
                    .push((name.to_owned(), std::io::BufWriter::new(file)));
                self.open.len() - 1
            }
        };
        self.open[at].1.write_all(text.as_bytes()).map_err(error)
    }

    fn finish(self) -> Result<(), Error> {
        for (name, writer) in self.open {
            let path = self.dir.join(&name);
            let tmp = self.dir.join(format!("{name}.tmp"));
            let error = |source| Error::Write {
                path: path.clone(),
                source,
            };
            writer.into_inner().map_err(|e| error(e.into_error()))?;
            if same_contents(&tmp, &path) {
                std::fs::remove_file(&tmp).map_err(error)?;
            } else {
                std::fs::rename(&tmp, &path).map_err(error)?;
            }
        }
        Ok(())
    }
}

/// Whether two files hold the same bytes, compared block by block (a missing file differs).
fn same_contents(a: &Path, b: &Path) -> bool {
    let (Ok(fa), Ok(fb)) = (std::fs::File::open(a), std::fs::File::open(b)) else {
        return false;
    };
    match (fa.metadata(), fb.metadata()) {
        (Ok(ma), Ok(mb)) if ma.len() == mb.len() => {}
        _ => return false,
    }
    let (mut ra, mut rb) = (std::io::BufReader::new(fa), std::io::BufReader::new(fb));
    let (mut ba, mut bb) = (vec![0u8; 1 << 16], vec![0u8; 1 << 16]);
    loop {
        // `read_exact`-like: fill both blocks as far as the files go.
        let (Some(na), Some(nb)) = (fill(&mut ra, &mut ba), fill(&mut rb, &mut bb)) else {
            return false;
        };
        if na != nb || ba[..na] != bb[..nb] {
            return false;
        }
        if na < ba.len() {
            return true;
        }
    }
}

/// Reads until `buffer` is full or the file ends; how many bytes were read.
fn fill(reader: &mut impl Read, buffer: &mut [u8]) -> Option<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match reader.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(_) => return None,
        }
    }
    Some(filled)
}

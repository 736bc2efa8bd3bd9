//! `codegen`: regenerate the bindings from the spec, or check that they are current.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use graph_permissions_codegen::{scope_table, Generator};

#[derive(Parser)]
#[command(
    name = "codegen",
    version,
    about = "Generates the typed Rust API layer of the Microsoft Graph sharing-permission API from a YAML spec."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerates the bindings from the spec and says what it wrote.
    Generate {
        #[command(flatten)]
        paths: Paths,
    },
    /// Exits non-zero, with a diff, when the committed bindings differ from what the spec produces.
    Check {
        #[command(flatten)]
        paths: Paths,
    },
    /// Writes a new spec with `info` only, for `import --write` to fill from the docs.
    Init {
        /// The spec to write; refused when it exists.
        #[arg(long, default_value = "spec/permissions.yaml")]
        spec: PathBuf,
        /// `info.title`.
        #[arg(long, default_value = "Microsoft Graph sharing permissions")]
        title: String,
        /// `info.description`.
        #[arg(
            long,
            default_value = "Sharing permissions on driveItems and listItems in OneDrive and SharePoint."
        )]
        description: String,
    },
    /// Reads Graph documentation pages and reports how they differ from the spec; with
    /// `--write`, makes what the pages say in the spec.
    Import {
        /// API or resource pages: the Markdown source or the plain text of the web page.
        #[arg(required_unless_present = "docs")]
        pages: Vec<PathBuf>,
        /// A checkout of the docs repository: read the pages the spec's `sources:` names, in
        /// both versions, from DIR/api-reference/{v1.0,beta}/.
        #[arg(long, value_name = "DIR")]
        docs: Option<PathBuf>,
        /// With `--docs`: also read this page and record it in `sources:`
        /// (`api/permission-get.md`, or `permission-get`).
        #[arg(long = "page", value_name = "NAME", requires = "docs")]
        add: Vec<String>,
        /// The spec to compare with (and write).
        #[arg(long, default_value = "spec/permissions.yaml")]
        spec: PathBuf,
        /// Make what the pages add in the spec, keeping its names, notes and comments; what
        /// would remove or change public API is reported first and written only with
        /// `--prune`.
        #[arg(long)]
        write: bool,
        /// With `--write`, also remove and change what the pages say otherwise, public API
        /// included (variants, operations, fields, types, scopes).
        #[arg(long, requires = "write")]
        prune: bool,
        /// A folder with Microsoft's permission data (`permissions.json` and
        /// `permissions-descriptions.json`): fills scope tables no page gives, reports where
        /// a page's table and the data disagree, describes every scope in Microsoft's words.
        #[arg(long, value_name = "DIR")]
        permissions: Option<PathBuf>,
        /// Afterwards, print how many of this spec's (operation, variant) pairs and scope
        /// cells the spec has, and exit non-zero when it lacks any.
        #[arg(long, value_name = "REFERENCE")]
        measure: Option<PathBuf>,
        /// Afterwards, print how many of the facts an expected list names (pairs, bodies,
        /// scope cells, resources: `pair GET /drives/{}/items/{}/permissions`, …) the spec has,
        /// and exit non-zero when it lacks any.
        #[arg(long, value_name = "FILE")]
        expect: Option<PathBuf>,
    },
    /// Prints the scopes each operation needs, per permission type, least privileged first
    /// (in bold), as a Markdown table.
    Scopes {
        /// The spec to read.
        #[arg(long, default_value = "spec/permissions.yaml")]
        spec: PathBuf,
        /// Only these operations: `family.operation` (e.g. `driveItem.list,driveItem.update`),
        /// or an operation's name alone when one family has it.
        #[arg(long, value_delimiter = ',')]
        ops: Option<Vec<String>>,
        /// Only these permission types: delegated-work, delegated-personal, application.
        #[arg(long = "type", value_delimiter = ',')]
        types: Option<Vec<String>>,
    },
    /// Lists the API changes between two specs as users of the generated crate see them, with
    /// a semver verdict.
    Changelog {
        /// The old spec (with `--since`: the new one, if not spec/permissions.yaml).
        old: Option<PathBuf>,
        /// The new spec.
        new: Option<PathBuf>,
        /// Compare with the spec at this git revision instead of an OLD file.
        #[arg(long, value_name = "REV")]
        since: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "markdown")]
        format: ChangelogFormat,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ChangelogFormat {
    Markdown,
    Json,
}

/// The project's own spec, whose scope table the project's docs show.
const OWN_SPEC: &str = "spec/permissions.yaml";
/// Where the project's docs show that table.
const OWN_SCOPE_TABLE: &str = "docs/least-privilege.md";

#[derive(clap::Args)]
struct Paths {
    /// The spec to read.
    #[arg(long, default_value = "spec/permissions.yaml")]
    spec: PathBuf,
    /// The directory of the generated modules.
    #[arg(long, default_value = "generated/src/api")]
    out: PathBuf,
    /// The Markdown file whose scope table (between its markers) is kept current. Unless
    /// given, `docs/least-privilege.md`, and only when the spec is the project's own
    /// (`spec/permissions.yaml`): another spec's table does not belong in the project's docs.
    #[arg(long, value_name = "FILE")]
    scope_table: Option<PathBuf>,
    /// Leave out the compile-time scope checks (`scopes::Granted`, `granted!`).
    #[arg(long)]
    no_typed_scopes: bool,
}

impl Paths {
    fn generator(&self) -> Generator {
        Generator::new()
            .spec(&self.spec)
            .out_dir(&self.out)
            .typed_scopes(!self.no_typed_scopes)
    }

    /// The file whose table to keep current: the one given, or the project's for the
    /// project's spec.
    fn scope_table_path(&self) -> Option<PathBuf> {
        if let Some(file) = &self.scope_table {
            return Some(file.clone());
        }
        let own = std::path::Path::new(OWN_SPEC);
        let is_own = self.spec == own
            || matches!(
                (self.spec.canonicalize(), own.canonicalize()),
                (Ok(spec), Ok(own)) if spec == own
            );
        is_own.then(|| PathBuf::from(OWN_SCOPE_TABLE))
    }

    /// The file holding the scope table, found: as it should be and as it is.
    fn scope_table_file(&self) -> Result<TableFile, graph_permissions_codegen::Error> {
        let Some(path) = self.scope_table_path() else {
            return Ok(TableFile::None);
        };
        let current = match std::fs::read_to_string(&path) {
            Ok(current) => current,
            // The project's own file may be absent (a checkout laid out otherwise); a file
            // asked for by name may not.
            Err(_) if self.scope_table.is_none() => return Ok(TableFile::None),
            Err(e) => {
                return Ok(TableFile::Unusable(format!(
                    "{}: cannot keep the scope table: {e}",
                    path.display()
                )))
            }
        };
        let api = self.generator().api()?;
        let table = scope_table::markdown(&api, None, None).unwrap_or_default();
        Ok(match scope_table::splice(&current, &table) {
            Some(wanted) => TableFile::Found {
                path,
                wanted,
                current,
            },
            None => TableFile::Unusable(format!(
                "{}: cannot keep the scope table: the file has no markers to write it between (the line \"{}\" and, after it, the line \"{}\")",
                path.display(),
                scope_table::START,
                scope_table::END
            )),
        })
    }
}

/// The scope table's file, as `generate` and `check` find it.
enum TableFile {
    /// None to keep current: another spec without `--scope-table`, or the project's own file
    /// is not there.
    None,
    /// The file, with its text as the spec makes it and as it is.
    Found {
        path: PathBuf,
        wanted: String,
        current: String,
    },
    /// A file that cannot hold the table, and why.
    Unusable(String),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Result<ExitCode, graph_permissions_codegen::Error> {
    match command {
        Command::Generate { paths } => generate_command(&paths),
        Command::Check { paths } => check_command(&paths),
        Command::Init {
            spec,
            title,
            description,
        } => init(&spec, &title, &description),
        Command::Import {
            pages,
            docs,
            add,
            spec,
            write,
            prune,
            measure,
            expect,
            permissions,
        } => {
            use graph_permissions_codegen::import::{self, Mode};
            let mode = match (write, prune) {
                (false, _) => Mode::Report,
                (true, false) => Mode::Write,
                (true, true) => Mode::WriteAndPrune,
            };
            let options = import::Options {
                pages,
                docs,
                add,
                spec: spec.clone(),
                mode,
                permissions: permissions.clone(),
            };
            let code = import_command(&options, write);
            if code == ExitCode::FAILURE {
                return Ok(code);
            }
            let mut measured = code;
            if let Some(reference) = measure {
                measured = measure_command(&reference, &spec);
            }
            if let Some(list) = expect {
                let e = expect_command(&list, &spec, permissions.as_deref());
                if e == ExitCode::FAILURE {
                    measured = e;
                }
            }
            Ok(measured)
        }
        Command::Scopes { spec, ops, types } => scopes_command(&spec, ops, types),
        Command::Changelog {
            old,
            new,
            since,
            format,
        } => Ok(changelog_command(old, new, since, format)),
    }
}

/// `codegen generate`: the modules, then the scope table of the project's docs when the spec
/// is the project's (or of the file `--scope-table` names).
fn generate_command(paths: &Paths) -> Result<ExitCode, graph_permissions_codegen::Error> {
    let generated = paths.generator().generate()?;
    for file in &generated.files {
        println!("wrote {}", paths.out.join(&file.name).display());
    }
    match paths.scope_table_file()? {
        TableFile::None => {}
        TableFile::Found {
            path,
            wanted,
            current,
        } => {
            if wanted != current {
                std::fs::write(&path, wanted).map_err(|source| {
                    graph_permissions_codegen::Error::Write {
                        path: path.clone(),
                        source,
                    }
                })?;
            }
            println!("wrote the scope table of {}", path.display());
        }
        TableFile::Unusable(message) => {
            eprintln!("{message}");
            return Ok(ExitCode::FAILURE);
        }
    }
    println!(
        "{} models, {} enums, {} operations, {} endpoint functions",
        generated.models, generated.enums, generated.operations, generated.endpoints
    );
    Ok(ExitCode::SUCCESS)
}

/// `codegen check`: a diff per file that differs from what the spec produces.
fn check_command(paths: &Paths) -> Result<ExitCode, graph_permissions_codegen::Error> {
    let mut diffs = paths.generator().check()?;
    match paths.scope_table_file()? {
        TableFile::None => {}
        TableFile::Found {
            path,
            wanted,
            current,
        } => {
            if wanted != current {
                diffs.push(
                    similar::TextDiff::from_lines(&current, &wanted)
                        .unified_diff()
                        .header(
                            &format!("{} (committed)", path.display()),
                            &format!("{} (from the spec)", path.display()),
                        )
                        .to_string(),
                );
            }
        }
        TableFile::Unusable(message) => {
            eprintln!("{message}");
            return Ok(ExitCode::FAILURE);
        }
    }
    if diffs.is_empty() {
        println!(
            "{} is up to date with {}",
            paths.out.display(),
            paths.spec.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    for diff in &diffs {
        print!("{diff}");
    }
    eprintln!(
        "{} differs from what {} produces: run `cargo run -p graph-permissions-codegen -- generate` and commit the result",
        paths.out.display(),
        paths.spec.display()
    );
    Ok(ExitCode::FAILURE)
}

/// `codegen scopes`: part of the scope table, as Markdown.
fn scopes_command(
    spec: &std::path::Path,
    ops: Option<Vec<String>>,
    types: Option<Vec<String>>,
) -> Result<ExitCode, graph_permissions_codegen::Error> {
    let api = Generator::new().spec(spec).api()?;
    match scope_table::markdown(&api, ops.as_deref(), types.as_deref()) {
        Ok(table) => {
            print!("{table}");
            Ok(ExitCode::SUCCESS)
        }
        Err(message) => {
            eprintln!("{message}");
            Ok(ExitCode::FAILURE)
        }
    }
}

/// `codegen changelog`: two specs, or one and a git revision; a usage mistake exits with 2.
fn changelog_command(
    old: Option<PathBuf>,
    new: Option<PathBuf>,
    since: Option<String>,
    format: ChangelogFormat,
) -> ExitCode {
    use graph_permissions_codegen::changelog;
    let read = |path: &PathBuf| {
        std::fs::read_to_string(path).map_err(|source| graph_permissions_codegen::Error::Read {
            path: path.clone(),
            source,
        })
    };
    let specs = match (since, old, new) {
        (Some(rev), new, None) => {
            let new = new.unwrap_or_else(|| PathBuf::from(OWN_SPEC));
            changelog::spec_at_revision(&rev, &new)
                .map(|text| (format!("{rev}:{}", new.display()), text, new))
        }
        (None, Some(old), Some(new)) => {
            read(&old).map(|text| (old.display().to_string(), text, new))
        }
        _ => {
            eprintln!(
                "error: expected two specs, `changelog OLD NEW`, or `changelog --since REV [NEW]`"
            );
            return ExitCode::from(2);
        }
    };
    let result = specs.and_then(|(old_name, old_text, new_path)| {
        let new_text = read(&new_path)?;
        changelog::from_texts(
            &old_name,
            &old_text,
            &new_path.display().to_string(),
            &new_text,
        )
    });
    match result {
        Ok(log) => {
            match format {
                ChangelogFormat::Markdown => print!("{}", log.to_markdown()),
                ChangelogFormat::Json => print!("{}", log.to_json()),
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// `codegen init`: a spec with `info` only; an existing file is never overwritten.
fn init(
    spec: &std::path::Path,
    title: &str,
    description: &str,
) -> Result<ExitCode, graph_permissions_codegen::Error> {
    use graph_permissions_codegen::import;
    if spec.exists() {
        eprintln!(
            "{} exists; `init` writes a new spec only (import into it with `codegen import --write --spec {}`)",
            spec.display(),
            spec.display()
        );
        return Ok(ExitCode::FAILURE);
    }
    std::fs::write(spec, import::init_text(title, description)).map_err(|source| {
        graph_permissions_codegen::Error::Write {
            path: spec.to_path_buf(),
            source,
        }
    })?;
    eprintln!("wrote {}", spec.display());
    Ok(ExitCode::SUCCESS)
}

/// `codegen import`: the report on stdout. Exit codes: 0 every page and part was read; 2 the
/// import was done (reported, and written with `--write`) but pages or parts of pages could
/// not be read (listed under "Skipped"); 1 nothing was done (the spec, the pages or the write
/// failed), the cause on stderr.
fn import_command(options: &graph_permissions_codegen::import::Options, write: bool) -> ExitCode {
    use graph_permissions_codegen::import;
    match import::run(options) {
        Ok(outcome) => {
            print!("{}", outcome.report.to_markdown());
            if write {
                let report = &outcome.report;
                for u in &report.unreadable {
                    eprintln!("skipped {u}");
                }
                for s in &report.skipped {
                    eprintln!("skipped {s}");
                }
                let held = report.api_changes().count();
                if held > 0 && !report.prune {
                    eprintln!("{held} difference(s) would remove or change public API and were not written (`--prune` writes them)");
                }
                let spec = options.spec.display();
                match outcome.written {
                    true => eprintln!("wrote {spec}"),
                    false => eprintln!("{spec} unchanged"),
                }
            }
            if outcome.report.is_complete() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            }
        }
        Err(e) => {
            eprintln!("{e}");
            eprintln!("nothing was written");
            ExitCode::FAILURE
        }
    }
}

/// `import --expect FILE`: the facts of the expected list the spec has.
fn expect_command(
    list: &std::path::Path,
    spec: &std::path::Path,
    permissions: Option<&std::path::Path>,
) -> ExitCode {
    use graph_permissions_codegen::import;
    let read = |p: &std::path::Path| {
        std::fs::read_to_string(p).map_err(|e| format!("{}: cannot read: {e}", p.display()))
    };
    let data = match permissions.map(import::permission_data::PermissionData::load) {
        Some(Ok(d)) => Some(d),
        Some(Err(e)) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
        None => None,
    };
    let result = read(list)
        .and_then(|l| read(spec).map(|s| (l, s)))
        .and_then(|(l, s)| import::expect(&l, &s, data.as_ref()));
    match result {
        Ok(e) => {
            eprint!(
                "{} against {}: {}",
                spec.display(),
                list.display(),
                e.render()
            );
            if e.misses.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => {
            eprintln!("{}: {e}", list.display());
            ExitCode::FAILURE
        }
    }
}

/// `import --measure REFERENCE`: the pairs and scope cells of REFERENCE the spec has.
fn measure_command(reference: &std::path::Path, spec: &std::path::Path) -> ExitCode {
    use graph_permissions_codegen::import;
    let read = |p: &std::path::Path| {
        std::fs::read_to_string(p).map_err(|e| format!("{}: cannot read: {e}", p.display()))
    };
    let result = read(reference)
        .and_then(|r| read(spec).map(|s| (r, s)))
        .and_then(|(r, s)| import::measure(&r, &s));
    match result {
        Ok(m) => {
            eprint!(
                "{} against {}: {}",
                spec.display(),
                reference.display(),
                m.render()
            );
            if m.complete() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

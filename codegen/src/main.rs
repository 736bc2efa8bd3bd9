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
    /// Reads Graph documentation pages and reports how they differ from the spec; with
    /// `--write`, makes what the pages say in the spec.
    Import {
        /// API or resource pages: the Markdown source or the plain text of the web page.
        #[arg(required = true)]
        pages: Vec<PathBuf>,
        /// The spec to compare with (and write).
        #[arg(long, default_value = "spec/permissions.yaml")]
        spec: PathBuf,
        /// Make what the pages say in the spec, keeping its names, notes and comments.
        #[arg(long)]
        write: bool,
        /// With `--write`, also remove what the spec says and the pages do not.
        #[arg(long, requires = "write")]
        prune: bool,
    },
    /// Prints the scopes each operation needs, per permission type, least privileged first
    /// (in bold), as a Markdown table.
    Scopes {
        /// The spec to read.
        #[arg(long, default_value = "spec/permissions.yaml")]
        spec: PathBuf,
        /// Only these operations (spec names), e.g. `list,update`.
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

/// The project's own spec, whose scope table the project's README shows.
const OWN_SPEC: &str = "spec/permissions.yaml";

#[derive(clap::Args)]
struct Paths {
    /// The spec to read.
    #[arg(long, default_value = "spec/permissions.yaml")]
    spec: PathBuf,
    /// The directory of the generated modules.
    #[arg(long, default_value = "generated/src/api")]
    out: PathBuf,
    /// The README whose scope table (between its markers) is kept current. Unless given,
    /// `README.md`, and only when the spec is the project's own (`spec/permissions.yaml`):
    /// another spec's table does not belong in the project's README.
    #[arg(long)]
    readme: Option<PathBuf>,
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

    /// The README to keep current: the one given, or the project's for the project's spec.
    fn readme_path(&self) -> Option<PathBuf> {
        if let Some(readme) = &self.readme {
            return Some(readme.clone());
        }
        let own = std::path::Path::new(OWN_SPEC);
        let is_own = self.spec == own
            || matches!(
                (self.spec.canonicalize(), own.canonicalize()),
                (Ok(spec), Ok(own)) if spec == own
            );
        is_own.then(|| PathBuf::from("README.md"))
    }

    /// The README, as it should be and as it is, when there is one to keep current and it
    /// exists and has a scope table.
    fn readme(
        &self,
    ) -> Result<Option<(PathBuf, String, String)>, graph_permissions_codegen::Error> {
        let Some(path) = self.readme_path() else {
            return Ok(None);
        };
        let Ok(current) = std::fs::read_to_string(&path) else {
            return Ok(None);
        };
        let model = self.generator().model()?;
        let table = scope_table::markdown(&model, None, None).unwrap_or_default();
        Ok(scope_table::splice(&current, &table).map(|readme| (path, readme, current)))
    }
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
        Command::Generate { paths } => {
            let generated = paths.generator().generate()?;
            for file in &generated.files {
                println!("wrote {}", paths.out.join(&file.name).display());
            }
            if let Some((path, readme, current)) = paths.readme()? {
                if readme != current {
                    std::fs::write(&path, readme).map_err(|source| {
                        graph_permissions_codegen::Error::Write {
                            path: path.clone(),
                            source,
                        }
                    })?;
                }
                println!("wrote the scope table of {}", path.display());
            }
            println!(
                "{} models, {} enums, {} operations, {} endpoint functions",
                generated.models, generated.enums, generated.operations, generated.endpoints
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { paths } => {
            let mut diffs = paths.generator().check()?;
            if let Some((path, readme, current)) = paths.readme()? {
                if readme != current {
                    diffs.push(
                        similar::TextDiff::from_lines(&current, &readme)
                            .unified_diff()
                            .header(
                                &format!("{} (committed)", path.display()),
                                &format!("{} (from the spec)", path.display()),
                            )
                            .to_string(),
                    );
                }
            }
            if diffs.is_empty() {
                println!(
                    "{} is up to date with {}",
                    paths.out.display(),
                    paths.spec.display()
                );
                Ok(ExitCode::SUCCESS)
            } else {
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
        }
        Command::Import {
            pages,
            spec,
            write,
            prune,
        } => {
            use graph_permissions_codegen::import::{self, Mode};
            let mode = match (write, prune) {
                (false, _) => Mode::Report,
                (true, false) => Mode::Write,
                (true, true) => Mode::WriteAndPrune,
            };
            match import::run(&pages, &spec, mode) {
                Ok(outcome) => {
                    print!("{}", outcome.report.to_markdown());
                    for skipped in &outcome.skipped {
                        eprintln!("{skipped}");
                    }
                    if write {
                        if outcome.written {
                            eprintln!("wrote {}", spec.display());
                        } else {
                            eprintln!("{} unchanged", spec.display());
                        }
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    eprintln!("{e}");
                    eprintln!("nothing was written");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::Scopes { spec, ops, types } => {
            let model = Generator::new().spec(&spec).model()?;
            match scope_table::markdown(&model, ops.as_deref(), types.as_deref()) {
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
        Command::Changelog {
            old,
            new,
            since,
            format,
        } => {
            use graph_permissions_codegen::changelog;
            let result = (|| {
                let read = |path: &PathBuf| {
                    std::fs::read_to_string(path).map_err(|source| {
                        graph_permissions_codegen::Error::Read {
                            path: path.clone(),
                            source,
                        }
                    })
                };
                let (old_name, old_text, new_path) = match (since, old, new) {
                    (Some(rev), new, None) => {
                        let new = new.unwrap_or_else(|| PathBuf::from("spec/permissions.yaml"));
                        let text = changelog::spec_at_revision(&rev, &new)?;
                        (format!("{rev}:{}", new.display()), text, new)
                    }
                    (None, Some(old), Some(new)) => {
                        (old.display().to_string(), read(&old)?, new)
                    }
                    _ => {
                        return Err(graph_permissions_codegen::Error::Read {
                            path: PathBuf::from("changelog"),
                            source: std::io::Error::other(
                                "expected two specs, `changelog OLD NEW`, or `changelog --since REV [NEW]`",
                            ),
                        })
                    }
                };
                let new_text = read(&new_path)?;
                changelog::from_texts(
                    &old_name,
                    &old_text,
                    &new_path.display().to_string(),
                    &new_text,
                )
            })();
            match result {
                Ok(log) => {
                    match format {
                        ChangelogFormat::Markdown => print!("{}", log.to_markdown()),
                        ChangelogFormat::Json => print!("{}", log.to_json()),
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    eprintln!("{e}");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
    }
}

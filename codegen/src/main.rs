//! `codegen`: regenerate the bindings from the spec, or check that they are current.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use graph_permissions_codegen::Generator;

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
}

#[derive(clap::Args)]
struct Paths {
    /// The spec to read.
    #[arg(long, default_value = "spec/permissions.yaml")]
    spec: PathBuf,
    /// The directory of the generated modules.
    #[arg(long, default_value = "generated/src/api")]
    out: PathBuf,
}

impl Paths {
    fn generator(&self) -> Generator {
        Generator::new().spec(&self.spec).out_dir(&self.out)
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
            println!(
                "{} models, {} enums, {} operations, {} endpoint functions",
                generated.models, generated.enums, generated.operations, generated.endpoints
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { paths } => {
            let diffs = paths.generator().check()?;
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
    }
}

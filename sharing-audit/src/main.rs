//! `sharing-audit --drive DRIVE_ID [--item ITEM_ID] …` or `sharing-audit --site SITE_ID …`:
//! every sharing permission under an item (for a site, also its application grants and its
//! lists' permissions), one record each, and a summary on stderr. Exit code 0 when everything was audited, 2 when
//! some items failed, 1 on bad usage or a run that cannot start (the cause on stderr).

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use graph_permissions::rt::{ApiVersion, Client, ClientBuilder, StaticToken};
use indicatif::{ProgressBar, ProgressStyle};
use sharing_audit::audit::{self, Event, Options, Removal, Summary, Target};
use sharing_audit::output::{Format, Sink};

/// Who can reach what in a drive or a site: lists every sharing permission of every item
/// under an item (the root when none) — for a site, also its application grants and the
/// permissions of each of its lists, and every item of its default drive — with batched,
/// throttling-aware calls to Microsoft Graph.
///
/// The access token comes from the GRAPH_TOKEN environment variable (built with the
/// `azure-identity` feature, from AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET
/// when GRAPH_TOKEN is not set).
#[derive(Parser)]
#[command(name = "sharing-audit", version)]
#[command(group = clap::ArgGroup::new("target").required(true).args(["drive", "site"]))]
struct Cli {
    /// The drive to audit.
    #[arg(long, value_name = "DRIVE_ID")]
    drive: Option<String>,
    /// The site to audit: its application grants, its lists' permissions and its default drive.
    #[arg(long, value_name = "SITE_ID")]
    site: Option<String>,
    /// The item whose tree is audited; the drive's root when not given.
    #[arg(long, value_name = "ITEM_ID", requires = "drive")]
    item: Option<String>,
    /// Where Graph is.
    #[arg(
        long,
        value_name = "URL",
        default_value = "https://graph.microsoft.com"
    )]
    base_url: String,
    #[arg(long, value_enum, default_value = "v1.0")]
    api_version: Version,
    /// Calls in flight at once (each a $batch of up to 20 requests).
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    concurrency: u16,
    #[arg(long, value_enum, default_value = "jsonl")]
    format: Format,
    /// Write records here instead of stdout.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// List the anonymous links that belong to the items (not inherited) for deletion: a dry
    /// run unless --apply is given.
    #[arg(long)]
    remove_anonymous: bool,
    /// With --remove-anonymous: only links without an expiration date.
    #[arg(long, requires = "remove_anonymous")]
    only_without_expiry: bool,
    /// With --remove-anonymous: delete them.
    #[arg(long, requires = "remove_anonymous")]
    apply: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Version {
    #[value(name = "v1.0")]
    V1,
    #[value(name = "beta")]
    Beta,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let usage = error.use_stderr();
            let _ = error.print();
            return ExitCode::from(if usage { 1 } else { 0 });
        }
    };
    match run(cli) {
        Ok(summary) if summary.complete() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(2),
        Err(message) => {
            eprintln!("sharing-audit: {message}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<Summary, String> {
    let client = with_credential(Client::builder())?
        .base_url(&cli.base_url)
        .max_concurrency(cli.concurrency.into())
        .build()
        .map_err(|e| format!("--base-url: {e}"))?;
    let out: Box<dyn Write + Send> = match &cli.output {
        Some(path) => Box::new(BufWriter::new(File::create(path).map_err(|e| {
            format!("cannot create the output file {}: {e}", path.display())
        })?)),
        None => Box::new(BufWriter::new(io::stdout())),
    };
    let options = Options {
        target: match (cli.drive, cli.site) {
            (Some(drive), _) => Target::Drive {
                drive,
                item: cli.item,
            },
            (None, site) => Target::Site(site.unwrap_or_default()),
        },
        version: match cli.api_version {
            Version::V1 => ApiVersion::V1_0,
            Version::Beta => ApiVersion::Beta,
        },
        concurrency: cli.concurrency.into(),
        batching: true,
        removal: cli.remove_anonymous.then_some(Removal {
            only_without_expiry: cli.only_without_expiry,
            apply: cli.apply,
        }),
    };
    let mut sink = Sink::new(cli.format, out).map_err(|e| format!("cannot write records: {e}"))?;
    let bar = io::stderr().is_terminal().then(progress_bar);
    let mut events = |event: Event<'_>| match event {
        Event::Progress { found, audited } => {
            if let Some(bar) = &bar {
                bar.set_length(found);
                bar.set_position(audited);
            }
        }
        Event::Removal(line) => match &bar {
            Some(bar) => bar.println(line),
            None => eprintln!("{line}"),
        },
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the async runtime: {e}"))?;
    let result = runtime.block_on(audit::run(&client, &options, &mut sink, &mut events));
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let summary = result.map_err(|e| e.to_string())?;
    sink.finish()
        .map_err(|e| format!("cannot write records: {e}"))?;
    print_summary(&summary, &options, &client);
    Ok(summary)
}

/// GRAPH_TOKEN, or (feature `azure-identity`) a client secret from the environment.
fn with_credential(builder: ClientBuilder) -> Result<ClientBuilder, String> {
    let token = std::env::var("GRAPH_TOKEN").unwrap_or_default();
    if !token.trim().is_empty() {
        return Ok(builder.credential(StaticToken::new(token.trim())));
    }
    #[cfg(feature = "azure-identity")]
    {
        let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        if let (Some(tenant), Some(client), Some(secret)) = (
            env("AZURE_TENANT_ID"),
            env("AZURE_CLIENT_ID"),
            env("AZURE_CLIENT_SECRET"),
        ) {
            let secret = azure_core::credentials::Secret::new(secret);
            let credential =
                azure_identity::ClientSecretCredential::new(&tenant, client, secret, None)
                    .map_err(|e| {
                        format!("AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET: {e}")
                    })?;
            return Ok(builder.credential(credential));
        }
        Err("set GRAPH_TOKEN to an access token for Microsoft Graph, or AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET".to_owned())
    }
    #[cfg(not(feature = "azure-identity"))]
    Err("set GRAPH_TOKEN to an access token for Microsoft Graph".to_owned())
}

fn progress_bar() -> ProgressBar {
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos}/{len} items audited [{elapsed}] {wide_bar}")
            .expect("the template is valid"),
    );
    bar
}

fn print_summary(s: &Summary, options: &Options, client: &Client) {
    let stats = client.stats();
    let mut err = io::stderr().lock();
    let _ = writeln!(
        err,
        "sharing-audit: {} items ({} audited), {} permissions\n  links: {} anonymous, {} organization, {} users; {} external recipients\n  errors: {}\n  requests sent: {}, throttled waits: {}",
        s.items,
        s.audited,
        s.permissions,
        s.anonymous_links,
        s.organization_links,
        s.users_links,
        s.external_recipients,
        s.errors + s.delete_failures,
        stats.requests_sent,
        stats.throttled_waits,
    );
    if let Target::Site(site) = &options.target {
        let _ = writeln!(
            err,
            "  site {site}: {} application grants; {} lists, {} list permissions",
            s.site_permissions, s.lists, s.list_permissions
        );
    }
    match options.removal {
        Some(Removal { apply: true, .. }) => {
            let _ = writeln!(
                err,
                "  removal: {} anonymous links deleted, {} failed",
                s.deleted, s.delete_failures
            );
        }
        Some(_) => {
            let _ = writeln!(
                err,
                "  removal: {} anonymous links would be deleted (dry run: --apply deletes them)",
                s.would_delete
            );
        }
        None => {}
    }
}

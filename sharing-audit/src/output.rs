//! Writes records as they come, one line each, in the chosen format: nothing is held.

use std::io::{self, Write};

use crate::record::{ErrorRecord, Grantee, PermissionRecord, Scope};

/// `--format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated, with a header row; lists joined by `;`.
    Csv,
    /// Aligned columns for reading, long values shortened.
    Table,
}

const CSV_HEADER: [&str; 16] = [
    "scope",
    "item_id",
    "item_path",
    "permission_id",
    "kind",
    "roles",
    "link_type",
    "link_scope",
    "expiration_date_time",
    "has_password",
    "granted_to",
    "inherited_from",
    "error_status",
    "error_code",
    "error_request_id",
    "error_message",
];

/// Where records go.
pub struct Sink {
    format: Format,
    csv: Option<csv::Writer<Box<dyn Write + Send>>>,
    out: Option<Box<dyn Write + Send>>,
}

impl Sink {
    pub fn new(format: Format, out: Box<dyn Write + Send>) -> io::Result<Self> {
        let mut sink = Self {
            format,
            csv: None,
            out: None,
        };
        match format {
            Format::Csv => {
                let mut writer = csv::Writer::from_writer(out);
                writer.write_record(CSV_HEADER)?;
                sink.csv = Some(writer);
            }
            Format::Jsonl => sink.out = Some(out),
            Format::Table => {
                let mut out = out;
                writeln!(
                    out,
                    "{:<40} {:<11} {:<12} {:<11} {:<14} {:<9} GRANTED TO",
                    "ITEM", "KIND", "SCOPE", "ROLES", "PERMISSION", "INHERITED"
                )?;
                sink.out = Some(out);
            }
        }
        Ok(sink)
    }

    pub fn permission(&mut self, record: &PermissionRecord) -> io::Result<()> {
        match self.format {
            Format::Jsonl => self.json_line(record),
            Format::Csv => {
                let status = String::new();
                let row = [
                    record.scope.as_str(),
                    record.item_id.as_str(),
                    &record.item_path,
                    record.permission_id.as_deref().unwrap_or_default(),
                    record.kind.unwrap_or_default(),
                    &record.roles.join(";"),
                    record.link_type.as_deref().unwrap_or_default(),
                    record.link_scope.as_deref().unwrap_or_default(),
                    record.expiration_date_time.as_deref().unwrap_or_default(),
                    &record
                        .has_password
                        .map(|b| b.to_string())
                        .unwrap_or_default(),
                    &grantees(&record.granted_to),
                    record.inherited_from.as_deref().unwrap_or_default(),
                    &status,
                    "",
                    "",
                    "",
                ];
                self.csv_row(row)
            }
            Format::Table => {
                let line = format!(
                    "{:<40} {:<11} {:<12} {:<11} {:<14} {:<9} {}",
                    cut(&place(record.scope, &record.item_id, &record.item_path), 40),
                    record.kind.unwrap_or("-"),
                    record.link_scope.as_deref().unwrap_or("-"),
                    cut(&record.roles.join(","), 11),
                    cut(record.permission_id.as_deref().unwrap_or("-"), 14),
                    if record.inherited_from.is_some() {
                        "yes"
                    } else {
                        "no"
                    },
                    grantees(&record.granted_to),
                );
                self.line(&line)
            }
        }
    }

    pub fn error(&mut self, record: &ErrorRecord) -> io::Result<()> {
        let e = &record.error;
        match self.format {
            Format::Jsonl => self.json_line(record),
            Format::Csv => {
                let status = e.status.map(|s| s.to_string()).unwrap_or_default();
                let row = [
                    record.scope.as_str(),
                    record.item_id.as_str(),
                    &record.item_path,
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    &status,
                    e.code.as_deref().unwrap_or_default(),
                    e.request_id.as_deref().unwrap_or_default(),
                    &e.message,
                ];
                self.csv_row(row)
            }
            Format::Table => {
                let line = format!(
                    "{:<40} ERROR       {} {} while trying to {} (request-id {})",
                    cut(&place(record.scope, &record.item_id, &record.item_path), 40),
                    e.status
                        .map(|s| s.to_string())
                        .unwrap_or_else(|| "-".into()),
                    e.code.as_deref().unwrap_or("-"),
                    e.during,
                    e.request_id.as_deref().unwrap_or("unknown"),
                );
                self.line(&line)
            }
        }
    }

    pub fn finish(mut self) -> io::Result<()> {
        if let Some(mut csv) = self.csv.take() {
            csv.flush()?;
        }
        if let Some(out) = &mut self.out {
            out.flush()?;
        }
        Ok(())
    }

    fn json_line<T: serde::Serialize>(&mut self, value: &T) -> io::Result<()> {
        let out = self.out.as_mut().expect("a JSONL sink has a writer");
        serde_json::to_writer(&mut *out, value)?;
        out.write_all(b"\n")
    }

    fn csv_row(&mut self, row: [&str; 16]) -> io::Result<()> {
        let csv = self.csv.as_mut().expect("a CSV sink has a writer");
        csv.write_record(row).map_err(io::Error::other)
    }

    fn line(&mut self, line: &str) -> io::Result<()> {
        let out = self.out.as_mut().expect("a table sink has a writer");
        writeln!(out, "{}", line.trim_end())
    }
}

/// The ITEM column of the table: an item's path; `list NAME`; `site ID`.
fn place(scope: Scope, id: &str, path: &str) -> String {
    match scope {
        Scope::Item => path.to_owned(),
        Scope::List => format!("list {path}"),
        Scope::Site => format!("site {id}"),
    }
}

/// `Name <email>; …`, external recipients marked.
fn grantees(grantees: &[Grantee]) -> String {
    grantees
        .iter()
        .map(|g| {
            let mut text = match (&g.display_name, &g.email) {
                (Some(name), Some(email)) => format!("{name} <{email}>"),
                (Some(name), None) => name.clone(),
                (None, Some(email)) => email.clone(),
                (None, None) => "(unnamed)".to_owned(),
            };
            if g.external {
                text.push_str(" (external)");
            }
            text
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// At most `width` characters, the end replaced by `…` when cut.
fn cut(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(width - 1).collect();
    out.push('…');
    out
}

//! An operation's scope table, from its pages of both versions and Microsoft's permission data:
//! each permission type's row from the stable version's page where it can be read, else the
//! other version's, else the data's; a scope that does not exist is never taken; where a page
//! and the data disagree, a note says so.

use super::super::doc::Source;
use super::super::facts::{ApiFacts, PageFacts, ScopeRowFact, ScopesFact};
use super::super::note::{Note, NoteKind};
use crate::vocab::{ApiVersion, Method, PermissionType};

/// What Microsoft's permission data says, as the import needs it.
pub(crate) trait ScopeData {
    /// Whether the data knows a scope of this name.
    fn knows(&self, scope: &str) -> bool;
    /// The data's spelling of a scope written in another case.
    fn spelling(&self, scope: &str) -> Option<String>;
    /// Microsoft's description of a scope.
    fn description(&self, scope: &str) -> Option<String>;
    /// How privileged the data says a scope is (higher is more), where it says.
    fn privilege_level(&self, scope: &str) -> Option<u32>;
    /// The table of a method on a path (placeholders written any way), in
    /// `PermissionType::ALL` order; `None` when the data has no entry for it.
    fn rows(&self, method: Method, path: &str) -> Option<[ScopeRowFact; 3]>;
    /// How a page's row of a permission type differs from the data's, as the end of a
    /// sentence "the page's row …"; `None` when they agree (in any order of the
    /// higher-privileged scopes) or the data has no entry.
    fn disagrees(
        &self,
        method: Method,
        path: &str,
        ty: PermissionType,
        row: &ScopeRowFact,
    ) -> Option<String>;
}

impl ScopeData for super::super::permission_data::PermissionData {
    fn knows(&self, scope: &str) -> bool {
        self.known_scope(scope)
    }

    fn spelling(&self, scope: &str) -> Option<String> {
        self.scope_spelling(scope).map(str::to_owned)
    }

    fn description(&self, scope: &str) -> Option<String> {
        super::super::permission_data::PermissionData::description(self, scope).map(str::to_owned)
    }

    fn privilege_level(&self, scope: &str) -> Option<u32> {
        super::super::permission_data::PermissionData::privilege_level(self, scope)
    }

    fn rows(&self, method: Method, path: &str) -> Option<[ScopeRowFact; 3]> {
        let table = self.table(method, path)?;
        let rows: Vec<ScopeRowFact> = PermissionType::ALL
            .iter()
            .map(|ty| {
                let row = table.row(*ty);
                if row.is_supported() {
                    ScopeRowFact::Scopes(row.scopes().iter().map(|s| (*s).to_owned()).collect())
                } else {
                    ScopeRowFact::NotSupported
                }
            })
            .collect();
        rows.try_into().ok()
    }

    fn disagrees(
        &self,
        method: Method,
        path: &str,
        ty: PermissionType,
        row: &ScopeRowFact,
    ) -> Option<String> {
        use super::super::permission_data::Agreement;
        let table = self.table(method, path)?;
        let page: &[String] = match row {
            ScopeRowFact::Scopes(s) => s,
            ScopeRowFact::NotSupported => &[],
        };
        match table.row(ty).compare(page) {
            Agreement::Same | Agreement::Reordered => None,
            other => Some(other.to_string()),
        }
    }
}

/// An operation's rows, each with where it comes from.
#[derive(Clone, Debug)]
pub(crate) struct Scopes {
    pub rows: [ScopeRowFact; 3],
    pub from: [Option<Source>; 3],
}

/// Every scope name the pages' tables give: what a scope that exists looks like, when there
/// is no permission data to ask.
pub(crate) fn named(pages: &[PageFacts]) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for p in pages {
        let super::super::facts::PageKind::Api(api) = &p.kind else {
            continue;
        };
        let ScopesFact::Table { rows, .. } = &api.scopes else {
            continue;
        };
        for row in rows {
            if let ScopeRowFact::Scopes(list) = row {
                for s in list {
                    match out.iter_mut().find(|(n, _)| n == s) {
                        Some((_, count)) => *count += 1,
                        None => out.push((s.clone(), 1)),
                    }
                }
            }
        }
    }
    out
}

/// Whether two names are one edit apart (a letter added, dropped or changed).
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        prefix < short.len() && short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// A scope of a row that does not exist, and the one it stands for when that is clear.
fn unknown(
    scope: &str,
    named: &[(String, usize)],
    data: Option<&dyn ScopeData>,
) -> Option<Option<String>> {
    let exists = match data {
        Some(d) => d.knows(scope),
        None => {
            let seen = named
                .iter()
                .find(|(n, _)| n == scope)
                .map_or(0, |(_, c)| *c);
            // Named once, and one letter away from a name other tables use: a misspelling.
            !(seen <= 1 && named.iter().any(|(n, c)| *c > 1 && one_edit(n, scope)))
        }
    };
    if exists {
        return None;
    }
    if let Some(spelled) = data.and_then(|d| d.spelling(scope)) {
        return Some(Some(spelled));
    }
    let near = named
        .iter()
        .filter(|(n, _)| n != scope && one_edit(n, scope))
        .filter(|(n, _)| data.is_none_or(|d| d.knows(n)))
        .max_by_key(|(_, c)| *c)
        .map(|(n, _)| n.clone());
    Some(near)
}

/// The operation whose scopes are resolved, and what there is to check them against.
pub(crate) struct Call<'a> {
    /// Where notes point: `families.FAMILY.METHOD OWN-PATH`.
    pub at: &'a str,
    pub method: Method,
    /// Its full paths, one per address, to look the data up with.
    pub data_paths: &'a [String],
    /// Every scope the pages' tables name, with how many tables name it.
    pub named: &'a [(String, usize)],
    pub data: Option<&'a dyn ScopeData>,
}

/// A page's rows with the scopes that do not exist taken out (`None`), and where each is.
type Table = (ApiVersion, [Option<ScopeRowFact>; 3], [Source; 3]);
/// A row whose scope that does not exist was replaced by the one a letter away, where it is,
/// and what it is: taken only when nothing else gives the row.
type Mended = Option<(ScopeRowFact, Source, String)>;

/// The scopes of an operation, from its pages (stable version first) and the data; `None` when
/// no page has a table that can be read and the data has no entry.
pub(crate) fn resolve(
    call: &Call,
    pages: &[(ApiVersion, &PageFacts, &ApiFacts)],
    notes: &mut Vec<Note>,
) -> Option<Scopes> {
    let mut tables: Vec<Table> = Vec::new();
    let mut mended: [Mended; 3] = [None, None, None];
    for (version, page, api) in pages {
        match &api.scopes {
            ScopesFact::Table { rows, file, lines } => {
                let from = lines.map(|line| Source {
                    file: file.clone(),
                    line,
                });
                let kept = checked(call, *version, rows, &from, &mut mended, notes);
                tables.push((*version, kept, from));
            }
            other => notes.extend(unread(call.at, *version, page, other)),
        }
    }
    let found = call.data.and_then(|d| {
        call.data_paths
            .iter()
            .find_map(|p| d.rows(call.method, p).map(|r| (p.clone(), r)))
    });
    let mut rows: [Option<ScopeRowFact>; 3] = [None, None, None];
    let mut from: [Option<Source>; 3] = [None, None, None];
    let mut filled = Vec::new();
    for k in 0..3 {
        let ty = PermissionType::ALL[k];
        let cell = format!("{}.scopes.{}", call.at, ty.as_str());
        let candidates: Vec<(ApiVersion, &ScopeRowFact, &Source)> = tables
            .iter()
            .filter_map(|(v, kept, f)| kept[k].as_ref().map(|r| (*v, r, &f[k])))
            .collect();
        if let Some(&(_, row, src)) = candidates.first() {
            compare(call, &cell, ty, &candidates, found.as_ref(), notes);
            rows[k] = Some(row.clone());
            from[k] = Some(src.clone());
        } else if let Some((_, data_rows)) = &found {
            rows[k] = Some(data_rows[k].clone());
            filled.push(ty);
        } else if let Some((row, src, what)) = mended[k].take() {
            notes.push(Note::new(
                NoteKind::UnknownScope,
                Some(src.clone()),
                cell.clone(),
                format!(
                    "no other table or data gives this row; took {} ({what})",
                    row.render()
                ),
            ));
            rows[k] = Some(row);
            from[k] = Some(src);
        }
    }
    if !filled.is_empty() {
        let path = found.as_ref().map(|(p, _)| p.as_str()).unwrap_or_default();
        notes.push(filled_note(call, path, &filled, pages));
    }
    if rows.iter().all(Option::is_some) {
        let [a, b, c] = rows.map(|r| r.unwrap_or(ScopeRowFact::NotSupported));
        return Some(Scopes {
            rows: [a, b, c],
            from,
        });
    }
    None
}

/// A page's table with each scope that does not exist taken out of its row, said; a row whose
/// every such scope has one a letter away is kept aside in `mended` (the first version's).
fn checked(
    call: &Call,
    version: ApiVersion,
    rows: &[ScopeRowFact; 3],
    from: &[Source; 3],
    mended: &mut [Mended; 3],
    notes: &mut Vec<Note>,
) -> [Option<ScopeRowFact>; 3] {
    let mut kept: [Option<ScopeRowFact>; 3] = [None, None, None];
    for (k, row) in rows.iter().enumerate() {
        kept[k] = Some(row.clone());
        let ScopeRowFact::Scopes(list) = row else {
            continue;
        };
        let mut replaced = list.clone();
        let mut all_near = true;
        for s in list {
            let Some(near) = unknown(s, call.named, call.data) else {
                continue;
            };
            match &near {
                Some(n) => {
                    for r in replaced.iter_mut().filter(|r| *r == s) {
                        *r = n.clone();
                    }
                }
                None => all_near = false,
            }
            let why = match call.data {
                Some(_) => "Microsoft's permission data has no scope of that name",
                None => "no other table names it",
            };
            let near_text = near
                .as_ref()
                .map(|n| format!(" (`{n}` is one letter away)"))
                .unwrap_or_default();
            notes.push(Note::new(
                NoteKind::UnknownScope,
                Some(from[k].clone()),
                format!("{}.scopes.{}", call.at, PermissionType::ALL[k].as_str()),
                format!(
                    "the {version} page's table names `{s}` for {}, a scope that does not exist: {why}{near_text}; the row is not taken from this table",
                    PermissionType::ALL[k].label()
                ),
            ));
            kept[k] = None;
        }
        if kept[k].is_none() && all_near && mended[k].is_none() {
            let what = format!("the {version} page's table with the misspelled scope corrected");
            mended[k] = Some((ScopeRowFact::Scopes(replaced), from[k].clone(), what));
        }
    }
    kept
}

/// The note on a page whose table is not read: an include that is not there, a table that
/// cannot be read, or no table (`None` for a table).
fn unread(at: &str, version: ApiVersion, page: &PageFacts, scopes: &ScopesFact) -> Option<Note> {
    let on_page = |line: usize| {
        Some(Source {
            file: page.file.clone(),
            line,
        })
    };
    let at = format!("{at}.scopes");
    Some(match scopes {
        ScopesFact::MissingInclude {
            target,
            looked_at,
            line,
        } => Note::new(
            NoteKind::MissingInclude,
            on_page(*line),
            at,
            format!("the permission table is included from `{target}`, and {looked_at} is not there; the scopes are not read from this page"),
        ),
        ScopesFact::Unreadable(skipped) => Note::new(
            NoteKind::UnreadableTable,
            Some(Source {
                file: skipped.file.clone(),
                line: skipped.line,
            }),
            at,
            format!(
                "the {version} page's permission table cannot be read: {}; the scopes are not read from it",
                skipped.message
            ),
        ),
        ScopesFact::Absent { line } => Note::new(
            NoteKind::NoTable,
            on_page(*line),
            at,
            format!("the {version} page has no permission table and includes none"),
        ),
        ScopesFact::Table { .. } => return None,
    })
}

/// The row taken (the first candidate's) against the other version's and the data's: where
/// they differ, a note.
fn compare(
    call: &Call,
    cell: &str,
    ty: PermissionType,
    candidates: &[(ApiVersion, &ScopeRowFact, &Source)],
    found: Option<&(String, [ScopeRowFact; 3])>,
    notes: &mut Vec<Note>,
) {
    let Some(&(v, row, src)) = candidates.first() else {
        return;
    };
    for (w, other, other_src) in &candidates[1..] {
        if !same_scopes(row, other) {
            notes.push(Note::new(
                NoteKind::VersionsDisagree,
                Some((*other_src).clone()),
                cell,
                format!(
                    "the {w} page's table says {} for {}, the {v} page's ({src}) {}; the spec holds one table for both versions and takes the {v} page's",
                    other.render(),
                    ty.label(),
                    row.render()
                ),
            ));
        }
    }
    let (Some(d), Some((path, data_rows))) = (call.data, found) else {
        return;
    };
    if let Some(how) = d.disagrees(call.method, path, ty, row) {
        let k = PermissionType::ALL
            .iter()
            .position(|t| *t == ty)
            .unwrap_or(0);
        notes.push(Note::new(
            NoteKind::DataDisagrees,
            Some(src.clone()),
            cell,
            format!(
                "the {v} page's row for {} ({}) {how}: Microsoft's permission data says {} ({} {path}); the page's is taken",
                ty.label(),
                row.render(),
                data_rows[k].render(),
                call.method.as_str()
            ),
        ));
    }
}

/// The note on rows no page gives, filled from the data.
fn filled_note(
    call: &Call,
    path: &str,
    filled: &[PermissionType],
    pages: &[(ApiVersion, &PageFacts, &ApiFacts)],
) -> Note {
    let labels: Vec<&str> = filled.iter().map(|t| t.label()).collect();
    Note::new(
        NoteKind::FilledFromData,
        pages.first().and_then(|(_, page, api)| {
            api.paths.first().map(|p| Source {
                file: page.file.clone(),
                line: p.line,
            })
        }),
        format!("{}.scopes", call.at),
        format!(
            "no page gives a table that can be read for {}; filled from Microsoft's permission data ({} {path})",
            labels.join(", "),
            call.method.as_str()
        ),
    )
}

/// Same scopes in the same order.
fn same_scopes(a: &ScopeRowFact, b: &ScopeRowFact) -> bool {
    a == b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_letter_apart() {
        assert!(one_edit("Site.FullControl.All", "Sites.FullControl.All"));
        assert!(one_edit("Files.Reed", "Files.Read"));
        assert!(!one_edit("Files.Read", "Files.Read"));
        assert!(!one_edit("Files.Read", "Files.ReadWrite"));
    }
}

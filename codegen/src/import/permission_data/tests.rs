//! The index and its questions, on fixtures written for them; one ignored test reads the real data.

use super::key::fills;
use super::*;
use std::time::{Duration, Instant};

fn fixture(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/import-fixtures/permission-data")
        .join(dir)
}

fn data() -> PermissionData {
    PermissionData::load(&fixture("good")).unwrap()
}

fn rows(data: &PermissionData, method: Method, path: &str) -> [Vec<String>; 3] {
    let table = data.table(method, path).unwrap();
    table
        .rows()
        .clone()
        .map(|r| r.scopes().iter().map(|s| s.to_string()).collect())
}

#[test]
fn description_is_delegated_first_then_application_then_scheme_text() {
    let data = data();
    // Whitespace around Microsoft's text goes; the text is otherwise as written.
    assert_eq!(
        data.description("Shelf.Read"),
        Some("Lets the app read the shelves of the signed-in user.")
    );
    // Delegated and application: the delegated text.
    assert_eq!(
        data.description("Shelf.Read.All"),
        Some("Lets the app read every shelf the signed-in user can reach.")
    );
    // Application only.
    assert_eq!(
        data.description("Library.Selected"),
        Some("Lets the app reach the libraries an administrator picked, with no signed-in user.")
    );
    // The delegated entry's text is null: the application one.
    assert_eq!(
        data.description("Shelf.ReadWrite.All"),
        Some("Lets the app change every shelf, with no signed-in user.")
    );
    // In neither consent list: the scheme's text in permissions.json.
    assert_eq!(
        data.description("Archive.Manage.All"),
        Some("Lets the app manage every archive the signed-in user can reach.")
    );
    // Empty everywhere: none, never a text made from the name.
    assert_eq!(data.description("Library.Manage.All"), None);
    assert_eq!(data.description("Nothing.Like.This"), None);
}

#[test]
fn known_scopes_come_from_either_file() {
    let data = data();
    assert!(data.known_scope("Shelf.Read"));
    // Only in the consent list, on no path.
    assert!(data.known_scope("Ghost.Read"));
    assert!(!data.known_scope("shelf.read"));
    assert_eq!(data.scope_spelling("shelf.READ"), Some("Shelf.Read"));
    assert_eq!(data.scope_spelling("Shelf.Write"), None);
    assert!(!data.known_scope("Shelf.Write"));
    assert_eq!(data.scope_count(), 10);
}

#[test]
fn rows_put_least_first_then_privilege_level_then_name() {
    let data = data();
    let [work, personal, application] = rows(
        &data,
        Method::Get,
        "/drives/{drive-id}/items/{item-id}/permissions",
    );
    // Shelf.Read is least (level 1); Archive.Read.All (2) before the level-3 ones, which
    // go by name; Archive.Manage.All (level 4) after them though its name comes first;
    // Scroll.Read has no level, so it is last.
    assert_eq!(
        work,
        [
            "Shelf.Read",
            "Archive.Read.All",
            "Shelf.Read.All",
            "Shelf.ReadWrite.All",
            "Archive.Manage.All",
            "Scroll.Read"
        ]
    );
    assert_eq!(personal, ["Shelf.Read", "Shelf.Read.All"]);
    // Shelf.Read.All is marked least for Application only; level 4 like the others.
    assert_eq!(
        application,
        [
            "Shelf.Read.All",
            "Archive.Manage.All",
            "Shelf.ReadWrite.All"
        ]
    );
    let table = data
        .table(
            Method::Get,
            "/drives/{drive-id}/items/{item-id}/permissions",
        )
        .unwrap();
    let work = table.row(PermissionType::DelegatedWork);
    assert_eq!(work.least(), ["Shelf.Read"]);
    assert_eq!(work.higher().len(), 5);
}

#[test]
fn several_least_scopes_when_a_path_set_holds_several_methods() {
    let data = data();
    let table = data
        .table(Method::Get, "/sites/{site-id}/lists/{list-id}")
        .unwrap();
    let work = table.row(PermissionType::DelegatedWork);
    assert_eq!(work.least(), ["Archive.Read.All", "Shelf.ReadWrite.All"]);
}

#[test]
fn a_permission_type_without_scopes_is_not_supported() {
    let data = data();
    let table = data
        .table(Method::Post, "/sites/{site-id}/permissions")
        .unwrap();
    assert!(!table.row(PermissionType::DelegatedWork).is_supported());
    assert!(!table.row(PermissionType::DelegatedPersonal).is_supported());
    let application = table.row(PermissionType::Application);
    assert!(application.is_supported());
    assert_eq!(application.scopes(), ["Library.Selected"]);
    assert_eq!(
        table
            .row(PermissionType::DelegatedWork)
            .compare::<&str>(&[]),
        Agreement::Same
    );
}

#[test]
fn page_paths_match_the_data_spelling() {
    let data = data();
    // `{drive-id}` against `{id}`.
    assert_eq!(
        data.data_path(
            Method::Get,
            "/drives/{drive-id}/items/{item-id}/permissions"
        ),
        Some("/drives/{id}/items/{id}/permissions")
    );
    // An action's case and a version segment.
    let table = data
        .table(
            Method::Post,
            "/v1.0/drives/{drive-id}/items/{item-id}/createLink",
        )
        .unwrap();
    assert!(table
        .paths()
        .contains(&"/drives/{id}/items/{id}/createlink"));
    // `root:/{path}:` against `root:/{id}:`.
    assert_eq!(
        data.data_path(Method::Get, "/me/drive/root:/{item-path}:/permissions"),
        Some("/me/drive/root:/{id}:/permissions")
    );
    // A trailing slash on either side.
    assert_eq!(
        data.data_path(Method::Get, "/sites/{site-id}/lists/{list-id}/"),
        Some("/sites/{id}/lists/{id}")
    );
    assert_eq!(
        data.data_path(Method::Get, "/sites/{site-id}/lists"),
        Some("/sites/{id}/lists/")
    );
    // A key segment, quoted on the page.
    assert_eq!(
        data.data_path(
            Method::Patch,
            "/containers/{container-id}/permissions(email='{address}')"
        ),
        Some("/containers/{id}/permissions(email={email})")
    );
    // The data's named placeholder against the page's.
    assert_eq!(
        data.data_path(Method::Get, "/shares/{shareIdOrEncodedSharingUrl}"),
        Some("/shares/{sharesId}")
    );
}

#[test]
fn spellings_of_one_path_merge() {
    let data = data();
    let table = data
        .table(
            Method::Post,
            "/drives/{drive-id}/items/{item-id}/createLink",
        )
        .unwrap();
    assert_eq!(
        table.paths(),
        [
            "/drives/{driveId}/items/{itemId}/createLink",
            "/drives/{id}/items/{id}/createlink"
        ]
    );
    assert_eq!(
        table.row(PermissionType::DelegatedWork).scopes(),
        ["Shelf.ReadWrite.All", "Library.Manage.All"]
    );
}

#[test]
fn paths_the_data_does_not_know() {
    let data = data();
    // A segment missing.
    assert!(data
        .data_path(Method::Get, "/drives/{drive-id}/{item-id}/permissions")
        .is_none());
    // A real id in place of a placeholder.
    assert!(data
        .data_path(Method::Get, "/drives/b!x9/items/01AB/permissions")
        .is_none());
    // A known path, but not with this method.
    assert!(data
        .table(
            Method::Delete,
            "/drives/{drive-id}/items/{item-id}/permissions"
        )
        .is_none());
    assert_eq!(
        data.methods_at("/drives/{drive-id}/items/{item-id}/permissions"),
        [Method::Get]
    );
    assert_eq!(
        data.methods_at("/sites/{site-id}/permissions"),
        [Method::Get, Method::Post]
    );
    // A scheme and a method a table has no place for are left out, not an error.
    assert_eq!(data.methods_at("/shares/{share-id}"), [Method::Get]);
    assert!(data.data_path(Method::Get, "/guests/{guest-id}").is_none());
    assert_eq!(
        rows(&data, Method::Get, "/shares/{share-id}"),
        // Shelf.Read is marked least for DelegatedWork only, but allows DelegatedPersonal.
        [
            vec!["Shelf.Read", "Scroll.Read"],
            vec!["Shelf.Read"],
            vec![]
        ]
    );
}

#[test]
fn near_paths_for_a_page_defect() {
    let data = data();
    // A segment left out, and one too many.
    assert_eq!(
        data.near_paths(Method::Get, "/drives/{drive-id}/{item-id}/permissions"),
        ["/drives/{id}/items/{id}/permissions"]
    );
    assert_eq!(
        data.near_paths(
            Method::Get,
            "/drives/{drive-id}/root/items/{item-id}/permissions"
        ),
        ["/drives/{id}/items/{id}/permissions"]
    );
    // A last segment more or less is another call, which the data may lack.
    assert!(data
        .near_paths(
            Method::Get,
            "/drives/{drive-id}/items/{item-id}/permissions/all"
        )
        .is_empty());
    assert!(data
        .near_paths(Method::Get, "/drives/{drive-id}/items/{item-id}")
        .is_empty());
    // Real values for placeholders, also inside a key segment.
    assert_eq!(
        data.near_paths(Method::Get, "/drives/b!x9/items/{item-id}/permissions"),
        ["/drives/{id}/items/{id}/permissions"]
    );
    assert_eq!(
        data.near_paths(
            Method::Patch,
            "/containers/{container-id}/permissions(email=ada@example.com)"
        ),
        ["/containers/{id}/permissions(email={email})"]
    );
    // Only paths with the method; a path that matches is not near; nothing close.
    assert!(data
        .near_paths(Method::Delete, "/drives/{drive-id}/{item-id}/permissions")
        .is_empty());
    assert!(data
        .near_paths(
            Method::Get,
            "/drives/{drive-id}/items/{item-id}/permissions"
        )
        .is_empty());
    assert!(data
        .near_paths(
            Method::Get,
            "/drives/{drive-id}/children/{child-id}/invitations"
        )
        .is_empty());
    // A placeholder where the data has text is another path, not a value.
    assert!(data
        .near_paths(Method::Get, "/drives/{drive-id}/{x}/{item-id}/permissions")
        .is_empty());
    assert!(fills("permissions(email=a@b)", "permissions(email={})"));
    assert!(!fills("permissions(email=)", "permissions(email={})"));
    assert!(fills("x(a=1,b=2)", "x(a={},b={})"));
    assert!(!fills("x(a=1)", "x(a={},b={})"));
}

#[test]
fn keys() {
    assert_eq!(
        path_key(" /v1.0/Drives/{drive-id}/items/{item-id}/createLink/ "),
        "/drives/{}/items/{}/createlink"
    );
    assert_eq!(path_key("beta/me/drive"), "/me/drive");
    assert_eq!(
        path_key("https://graph.example.com/v1.0/me/drive/items/{item-id}"),
        "/me/drive/items/{}"
    );
    assert_eq!(path_key("https://graph.example.com"), "/");
    assert_eq!(path_key("/v1.0"), "/");
    assert_eq!(
        path_key("/x/resize(rows={value}, columns={value})"),
        "/x/resize(rows={},columns={})"
    );
    assert_eq!(path_key("/x(id='{id}')"), path_key("/x(id={key})"));
    // A brace left open, a lone quote: as written.
    assert_eq!(path_key("/x/{open"), "/x/{open");
    assert_eq!(path_key("/x('{id})"), "/x('{})");
    // Only a leading segment is a version.
    assert_eq!(path_key("/sites/beta"), "/sites/beta");
}

#[test]
fn comparing_a_page_row() {
    let data = data();
    let table = data
        .table(
            Method::Get,
            "/drives/{drive-id}/items/{item-id}/permissions",
        )
        .unwrap();
    let work = table.row(PermissionType::DelegatedWork);
    let same = work.scopes().to_vec();
    assert_eq!(work.compare(&same), Agreement::Same);
    let mut reordered = same.clone();
    reordered[1..].reverse();
    assert_eq!(work.compare(&reordered), Agreement::Reordered);
    let mut other_least = same.clone();
    other_least.swap(0, 1);
    let agreement = work.compare(&other_least);
    assert_eq!(
        agreement,
        Agreement::OtherLeast {
            page: "Archive.Read.All".into(),
            data: vec!["Shelf.Read".into()],
        }
    );
    assert_eq!(
        agreement.to_string(),
        "has the data's scopes, but puts `Archive.Read.All` first where the data marks \
         `Shelf.Read` least privileged"
    );
    let other = ["Shelf.Read", "Shelf.Write.All", "Shelf.Read"];
    let agreement = work.compare(&other);
    assert_eq!(
        agreement,
        Agreement::OtherScopes {
            only_page: vec!["Shelf.Write.All".into()],
            only_data: vec![
                "Archive.Read.All".into(),
                "Shelf.Read.All".into(),
                "Shelf.ReadWrite.All".into(),
                "Archive.Manage.All".into(),
                "Scroll.Read".into()
            ],
        }
    );
    assert_eq!(
        agreement.to_string(),
        "lists `Shelf.Write.All` that the data does not, and lacks `Archive.Read.All`, \
         `Shelf.Read.All`, `Shelf.ReadWrite.All`, `Archive.Manage.All`, `Scroll.Read` that \
         the data lists"
    );
    // "Not supported" on the page where the data has scopes.
    let personal = table.row(PermissionType::DelegatedPersonal);
    assert_eq!(
        personal.compare::<String>(&[]).to_string(),
        "lacks `Shelf.Read`, `Shelf.Read.All` that the data lists"
    );
}

#[test]
fn bad_json_names_the_file_line_and_column() {
    let dir = fixture("bad-json");
    let error = PermissionData::load(&dir).unwrap_err();
    let path = dir.join(PERMISSIONS_FILE);
    assert_eq!(
        error.to_string(),
        format!("{}:9:21: expected `:`", path.display())
    );
    assert!(matches!(
        error,
        LoadError::Json {
            line: 9,
            column: 21,
            ..
        }
    ));
}

#[test]
fn a_shape_error_names_the_file_line_and_column() {
    let dir = fixture("bad-shape");
    let error = PermissionData::load(&dir).unwrap_err().to_string();
    let path = dir.join(DESCRIPTIONS_FILE);
    assert_eq!(
        error,
        format!("{}:7:5: missing field `value`", path.display())
    );
}

#[test]
fn a_missing_file_names_its_path() {
    let dir = fixture("no-descriptions");
    let error = PermissionData::load(&dir).unwrap_err();
    let path = dir.join(DESCRIPTIONS_FILE);
    assert!(
        error.to_string().starts_with(&format!(
            "{}: cannot read Microsoft's permission data: ",
            path.display()
        )),
        "{error}"
    );
    assert!(matches!(
        error,
        LoadError::Read { ref source, .. } if source.kind() == std::io::ErrorKind::NotFound
    ));
}

/// This thread's CPU time so far.
#[cfg(unix)]
fn thread_cpu() -> Duration {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec for the call to fill.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    assert_eq!(status, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

/// Where the thread's CPU time cannot be read: none, so only wall time is meaningful.
#[cfg(not(unix))]
fn thread_cpu() -> Duration {
    Duration::ZERO
}

/// Microsoft's data parses and answers: `GRAPH_PERMISSIONS_DATA=DIR cargo test -p
/// graph-permissions-codegen --release --lib permission_data -- --ignored --nocapture`
/// prints the load time and three tables.
#[test]
#[ignore = "reads Microsoft's data from the folder GRAPH_PERMISSIONS_DATA names"]
fn microsoft_data() {
    let dir = std::env::var_os("GRAPH_PERMISSIONS_DATA")
        .expect("GRAPH_PERMISSIONS_DATA names the folder of Microsoft's permission data");
    let dir = Path::new(&dir);
    // Wall time and this thread's CPU time (other processes on the machine inflate the
    // first, not the second); the fastest of five loads.
    let mut best = (Duration::MAX, Duration::MAX);
    let mut data = None;
    for _ in 0..5 {
        let (wall, cpu) = (Instant::now(), thread_cpu());
        data = Some(PermissionData::load(dir).unwrap());
        best.0 = best.0.min(wall.elapsed());
        best.1 = best.1.min(thread_cpu().saturating_sub(cpu));
    }
    let data = data.unwrap();
    println!(
        "loaded {} scopes and {} method+path pairs: {:?} wall, {:?} CPU",
        data.scope_count(),
        data.calls.iter().map(Vec::len).sum::<usize>(),
        best.0,
        best.1
    );
    // The same steps one by one, in CPU time, to see where it goes.
    let start = thread_cpu();
    let permissions = std::fs::read(dir.join(PERMISSIONS_FILE)).unwrap();
    let descriptions = std::fs::read(dir.join(DESCRIPTIONS_FILE)).unwrap();
    let read = thread_cpu();
    let permissions: PermissionsFile = parse(dir, &permissions).unwrap();
    let descriptions: DescriptionsFile = parse(dir, &descriptions).unwrap();
    let parsed = thread_cpu();
    PermissionData::index(permissions, descriptions);
    let indexed = thread_cpu();
    println!(
        "read {:?}, parsed {:?}, indexed {:?} (CPU)",
        read - start,
        parsed - read,
        indexed - parsed
    );
    for (method, path) in [
        (Method::Get, "/sites/{site-id}/permissions"),
        (
            Method::Post,
            "/drives/{drive-id}/items/{item-id}/permissions",
        ),
        (Method::Get, "/shares/{token}"),
        (Method::Get, "/drives/{drive-id}/{item-id}/permissions"),
    ] {
        println!("{method} {path}:");
        match data.table(method, path) {
            None => println!(
                "  not in the data (methods there: {:?}; near paths: {:?})",
                data.methods_at(path),
                data.near_paths(method, path)
            ),
            Some(table) => {
                println!("  data paths: {:?}", table.paths());
                for t in PermissionType::ALL {
                    let row = table.row(*t);
                    println!(
                        "  {}: least {:?}, higher {:?}",
                        t,
                        row.least(),
                        row.higher()
                    );
                }
            }
        }
    }
    assert!(data.known_scope("Sites.Selected"));
    assert!(data.table(Method::Get, "/shares/{token}").is_some());
}

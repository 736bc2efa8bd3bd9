//! Which route a request takes. Every endpoint of every operation of the spec is a route,
//! read from the generated metadata (`graph_permissions::scopes::OPERATIONS`: each operation's
//! method and its endpoints' path templates), so that the emulator knows a new operation as
//! soon as the spec has it; the calls that walk a drive, which are not permission calls, are
//! routes of the emulator's own ([`walk::ROUTES`]). A path is matched against the templates
//! generically: a literal matches itself, a `{parameter}` one segment, and an item path
//! (`root:/{path}:`) the segments up to its `:`.

use std::sync::LazyLock;

use graph_permissions::rt::{Endpoint, OperationMeta};
use graph_permissions::scopes::OPERATIONS;
use percent_encoding::percent_decode_str;

use crate::handlers::{self, walk, Handler};

/// A route: a method and a path template, and where it leads.
pub(crate) struct Route {
    pub(crate) method: &'static str,
    template: Template,
    pub(crate) target: Target,
}

pub(crate) enum Target {
    /// An endpoint of an operation of the spec, and its handler (`None`: the emulator has none
    /// yet, which `tests/routes.rs` does not let pass).
    Operation {
        meta: &'static OperationMeta,
        endpoint: &'static Endpoint,
        handler: Option<Handler>,
    },
    /// A call of the emulator's own (walking a drive).
    Walk(Handler),
}

/// The outcome of looking a request up.
pub(crate) enum Found {
    Route(&'static Route, Vec<(&'static str, String)>),
    /// Some route has this path, none this method.
    WrongMethod,
    /// No route has this path: the first segment no template reaches.
    Unknown(String),
}

static ROUTES: LazyLock<Vec<Route>> = LazyLock::new(|| {
    let mut routes = Vec::new();
    for &meta in OPERATIONS {
        for endpoint in meta.endpoints {
            routes.push(Route {
                method: meta.method.as_str(),
                template: Template::parse(endpoint.template),
                target: Target::Operation {
                    meta,
                    endpoint,
                    handler: handlers::find(meta),
                },
            });
        }
    }
    for &(method, template, handler) in walk::ROUTES {
        routes.push(Route {
            method,
            template: Template::parse(template),
            target: Target::Walk(handler),
        });
    }
    routes
});

/// The route of `method` and `path` (percent-encoded, after the version, without the query).
/// When several templates match, the one with the most literal text wins.
pub(crate) fn find(method: &str, path: &str) -> Found {
    let mut best: Option<(&'static Route, Vec<(&'static str, String)>)> = None;
    let mut path_known = false;
    for route in ROUTES.iter() {
        let Some(params) = route.template.matches(path) else {
            continue;
        };
        path_known = true;
        let better = best
            .as_ref()
            .is_none_or(|(b, _)| route.template.literal_len > b.template.literal_len);
        if route.method == method && better {
            best = Some((route, params));
        }
    }
    match best {
        Some((route, params)) => Found::Route(route, params),
        None if path_known => Found::WrongMethod,
        None => Found::Unknown(unknown_segment(path)),
    }
}

/// The operations of the spec the emulator has no handler for, by qualified name.
pub fn unhandled_operations() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = ROUTES
        .iter()
        .filter_map(|route| match route.target {
            Target::Operation {
                meta,
                handler: None,
                ..
            } => Some(meta.qualified_name),
            _ => None,
        })
        .collect();
    names.dedup();
    names
}

/// The first segment of `path` that no template reaches, as Graph names it in "Resource not
/// found for the segment".
fn unknown_segment(path: &str) -> String {
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    let reached = ROUTES
        .iter()
        .map(|route| route.template.reaches(&segments))
        .max()
        .unwrap_or(0);
    let segment = segments
        .get(reached)
        .or(segments.last())
        .copied()
        .unwrap_or_default();
    percent_decode_str(segment).decode_utf8_lossy().into_owned()
}

enum Piece {
    Literal(&'static str),
    /// `slashes`: an item path, which keeps its `/`s and ends at the `:` after it.
    Param {
        name: &'static str,
        slashes: bool,
    },
}

/// A path template of the spec, e.g. `/drives/{drive-id}/items/{item-id}/permissions`.
struct Template {
    text: &'static str,
    pieces: Vec<Piece>,
    literal_len: usize,
}

impl Template {
    fn parse(text: &'static str) -> Self {
        let mut pieces = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let close = open + rest[open..].find('}').expect("a template's `{` is closed");
            if open > 0 {
                pieces.push(Piece::Literal(&rest[..open]));
            }
            let before_colon = rest[..open].ends_with(":/");
            let name = &rest[open + 1..close];
            rest = &rest[close + 1..];
            pieces.push(Piece::Param {
                name,
                slashes: before_colon && rest.starts_with(':'),
            });
        }
        if !rest.is_empty() {
            pieces.push(Piece::Literal(rest));
        }
        let literal_len = pieces
            .iter()
            .map(|p| match p {
                Piece::Literal(l) => l.len(),
                Piece::Param { .. } => 0,
            })
            .sum();
        Self {
            text,
            pieces,
            literal_len,
        }
    }

    /// The parameters, decoded, when `path` matches.
    fn matches(&self, path: &str) -> Option<Vec<(&'static str, String)>> {
        let mut raw = Vec::new();
        if !match_pieces(&self.pieces, path, &mut raw) {
            return None;
        }
        Some(
            raw.into_iter()
                .map(|(name, value)| (name, percent_decode_str(value).decode_utf8_lossy().into()))
                .collect(),
        )
    }

    /// How many leading segments of a path this template reaches (a parameter reaches any).
    fn reaches(&self, segments: &[&str]) -> usize {
        self.text
            .split('/')
            .skip(1)
            .zip(segments)
            .take_while(|(template, segment)| template.contains('{') || template == *segment)
            .count()
    }
}

/// Backtracking over the pieces: a parameter takes one segment or more text (longest first),
/// never an empty one.
fn match_pieces<'p>(
    pieces: &[Piece],
    text: &'p str,
    out: &mut Vec<(&'static str, &'p str)>,
) -> bool {
    let Some((first, rest)) = pieces.split_first() else {
        return text.is_empty();
    };
    match first {
        Piece::Literal(literal) => text
            .strip_prefix(literal)
            .is_some_and(|after| match_pieces(rest, after, out)),
        Piece::Param { name, slashes } => {
            let limit = match slashes {
                true => text.len(),
                false => text.find('/').unwrap_or(text.len()),
            };
            for end in (1..=limit).rev().filter(|&end| text.is_char_boundary(end)) {
                out.push((name, &text[..end]));
                if match_pieces(rest, &text[end..], out) {
                    return true;
                }
                out.pop();
            }
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_match_segments_and_item_paths() {
        let t = Template::parse("/drives/{drive-id}/items/{item-id}/permissions/{perm-id}");
        let params = t.matches("/drives/b!d/items/I%2F1/permissions/p1").unwrap();
        assert_eq!(
            params,
            [
                ("drive-id", "b!d".to_owned()),
                ("item-id", "I/1".to_owned()),
                ("perm-id", "p1".to_owned())
            ]
        );
        assert!(t.matches("/drives/b!d/items/I1/permissions").is_none());
        assert!(t.matches("/drives/b!d/items/I1/permissions/p/q").is_none());
        assert!(t.matches("/drives//items/I1/permissions/p").is_none());

        let path = Template::parse("/me/drive/root:/{path}:/permissions");
        let params = path
            .matches("/me/drive/root:/Folder%201/File%2012.txt:/permissions")
            .unwrap();
        assert_eq!(params, [("path", "Folder 1/File 12.txt".to_owned())]);

        let share = Template::parse("/shares/{encoded-sharing-url}");
        assert!(share.matches("/shares/u!abc").is_some());
        assert!(share.matches("/shares/u!abc/permission").is_none());
    }

    #[test]
    fn a_path_no_template_reaches_names_its_first_unknown_segment() {
        assert_eq!(
            unknown_segment("/drives/d/items/i/permissionz"),
            "permissionz"
        );
        assert_eq!(unknown_segment("/nowhere/x"), "nowhere");
    }
}

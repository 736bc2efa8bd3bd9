//! `generate!` with an option it does not know (a typo of `module`): the error lists the
//! options, at the option.

graph_permissions_macros::generate!("../../../spec/permissions.yaml", modul = api);

fn main() {}

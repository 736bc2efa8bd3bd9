//! The handlers of the spec's operations, by (family, operation), and of the calls that walk a
//! drive. Each is registered through the operation's generated type, so that a renamed or
//! removed operation does not compile here; an operation the spec adds and this table lacks
//! is found by `tests/routes.rs`. A handler that honours `if-match` or `if-none-match` takes
//! the operation as a type bounded by the runtime's marker of that header, so the emulator
//! honours a conditional header only where the spec lists it.

mod drive_items;
mod holders;
mod shares;
pub(crate) mod walk;

use graph_permissions::operations as ops;
use graph_permissions::rt::{Operation, OperationMeta};

use crate::answer::Answer;
use crate::call::Call;

/// What a handler gives: the answer, or the error answer that stopped it.
pub(crate) type Reply = Result<Answer, Answer>;

/// A handler of a routed request.
pub(crate) type Handler = fn(&Call) -> Reply;

/// The handler of an operation of the spec.
pub(crate) fn find(meta: &OperationMeta) -> Option<Handler> {
    HANDLERS
        .iter()
        .find(|(m, _)| m.family == meta.family && m.name == meta.name)
        .map(|(_, handler)| *handler)
}

use holders::{List, ListItem, Site};
use ops::drive_item as item;

const HANDLERS: &[(&OperationMeta, Handler)] = &[
    (item::List::META, drive_items::list::<item::List>),
    (item::Create::META, drive_items::create),
    (item::Get::META, drive_items::get),
    (item::Update::META, drive_items::update::<item::Update>),
    (item::Delete::META, drive_items::delete::<item::Delete>),
    (item::CreateLink::META, drive_items::create_link),
    (item::Invite::META, drive_items::invite),
    (item::RevokeGrants::META, drive_items::revoke_grants),
    (ops::share::Grant::META, shares::grant),
    (ops::share::Get::META, shares::get::<ops::share::Get>),
    (ops::site::List::META, holders::list::<Site>),
    (ops::site::Get::META, holders::get::<Site>),
    (ops::site::Create::META, holders::create::<Site>),
    (ops::site::Update::META, holders::update::<Site>),
    (ops::site::Delete::META, holders::delete::<Site>),
    (ops::list::List::META, holders::list::<List>),
    (ops::list::Get::META, holders::get::<List>),
    (ops::list::Create::META, holders::create::<List>),
    (ops::list::Update::META, holders::update::<List>),
    (ops::list::Delete::META, holders::delete::<List>),
    (ops::list_item::List::META, holders::list::<ListItem>),
    (ops::list_item::Get::META, holders::get::<ListItem>),
    (ops::list_item::Create::META, holders::create::<ListItem>),
    (ops::list_item::Update::META, holders::update::<ListItem>),
    (ops::list_item::Delete::META, holders::delete::<ListItem>),
];

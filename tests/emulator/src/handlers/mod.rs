//! The handlers of the spec's operations, by (family, operation), and of the calls that walk a
//! drive. Each is registered through the operation's generated type, so that a renamed or
//! removed operation does not compile here; an operation the spec adds and this table lacks
//! is found by `tests/routes.rs`. A handler that honours `if-match` or `if-none-match` takes
//! the operation as a type bounded by the runtime's marker of that header, so the emulator
//! honours a conditional header only where the spec lists it.

mod drive_items;
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

use ops::drive_item as item;

const HANDLERS: &[(&OperationMeta, Handler)] = &[
    (item::List::META, drive_items::list::<item::List>),
    (item::Get::META, drive_items::get),
    (item::Update::META, drive_items::update::<item::Update>),
    (item::Delete::META, drive_items::delete::<item::Delete>),
    (item::CreateLink::META, drive_items::create_link),
    (item::Invite::META, drive_items::invite),
    (item::RevokeGrants::META, drive_items::revoke_grants),
    (ops::share::Grant::META, shares::grant),
];

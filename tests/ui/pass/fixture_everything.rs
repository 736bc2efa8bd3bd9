//! The golden output of `tests/fixtures/specs/everything.yaml` (and of `minimal.yaml`),
//! compiled without `beta`: keyword names, the boxed recursive property, `extends`, `one_of`,
//! facets, body fields of every type, every query option, `if-match` and `if-none-match`,
//! `prefer` and `consistencylevel`, a body that is a resource, two families (each with a
//! primary variant, both with a `get`), and the beta-only items left out.

use fixture_everything::endpoints::{document, share};
use fixture_everything::models::{
    Document, DocumentField, DocumentKind, Entity, Item, Level, Mode, Preference, Recipient,
};
use fixture_everything::operations::document::{
    Create, CreateBody, Delete, Get, List, Update, UpdateBody,
};
use fixture_everything::scopes::{least_privileged, scopes, Scope, OPERATIONS};
use graph_permissions::rt::{
    ApiVersion, DateTimeOffset, FieldName, Operation, Order, PermissionType, ResponseShape,
    SharingUrl, WireEnum,
};

#[allow(deprecated)]
fn document() -> Document {
    let mut parent = Document::default();
    parent.id = Some("parent".to_owned());

    let mut d = Document::default();
    // Inherited through `extends`, two levels: entity → item → document.
    d.id = Some("doc".to_owned());
    d.name = Some("Report".to_owned());
    d.size = Some(1 << 40);
    // Keyword names are raw identifiers.
    d.r#type = Some(Mode::Self_);
    d.r#async = Some(false);
    d.page_count = Some(12);
    d.score = Some(0.5);
    d.created_date_time = Some(DateTimeOffset::new("2024-05-01T12:00:00Z"));
    // The recursive property is boxed; a collection of the same type is not.
    d.parent = Some(Box::new(parent));
    d.children = Some(vec![Document::default()]);
    d.tags = Some(vec!["q1".to_owned()]);
    d.levels = Some(vec![Level::Public, Level::Secret]);
    d.owner = Some(Recipient::from_email("old@contoso.com".to_owned()));
    d.legacy_owner = Some("Old Owner".to_owned());
    d.owner_v2 = Some(Recipient::from_object_id("b3b2".to_owned()));
    d.shared_with = Some(vec![Recipient::from_email("ryan@contoso.com".to_owned())]);
    d
}

#[allow(deprecated)]
fn update_body() -> UpdateBody {
    let mut body = UpdateBody::new("Report".to_owned(), Mode::SpOwner, vec!["q1".to_owned()]);
    body.r#async = Some(true);
    body.page_count = Some(3);
    body.size = Some(4096);
    body.score = Some(1.0);
    body.expiration_date_time = Some(DateTimeOffset::new("2030-01-01T00:00:00Z"));
    body.owner = Some(Recipient::from_email("ryan@contoso.com".to_owned()));
    body.levels = Some(vec![Level::Secret]);
    body.old_title = Some("Draft".to_owned());
    body
}

fn main() {
    // Models.
    let mut entity = Entity::default();
    entity.id = Some("e".to_owned());
    let mut item = Item::default();
    item.id = entity.id.clone();
    item.name = Some("n".to_owned());
    item.size = Some(1);

    let mut d = document();
    assert_eq!(d.kind(), Some(DocumentKind::Shared));
    d.shared_with = None;
    assert_eq!(d.kind(), Some(DocumentKind::Owned));
    assert_eq!(Document::default().kind(), None);

    let json = serde_json::to_value(document()).unwrap();
    assert_eq!(json["type"], "self");
    assert_eq!(json["async"], false);
    assert_eq!(json["parent"]["id"], "parent");
    let back: Document = serde_json::from_value(json).unwrap();
    assert_eq!(back, document());

    // Enum values: `self` is `Self_`; `review` is beta-only, so here it is unknown.
    assert_eq!(Mode::Self_.as_str(), "self");
    assert_eq!(Mode::from_wire("sp.owner"), Mode::SpOwner);
    assert_eq!(Mode::from_wire("shared"), Mode::Shared);
    assert_eq!(
        Mode::from_wire("review"),
        Mode::Unknown("review".to_owned())
    );

    // `$select` names the wire names, keywords included.
    let select = [
        DocumentField::Type,
        DocumentField::Async,
        DocumentField::OwnerV2,
    ];
    assert_eq!(select[0].as_str(), "type");

    // Endpoints: through the primary variant `drive`, named after the operation alone.
    let list = [
        document::list("d", "i").into(),
        document::list_by_path("a b/c#d.docx"),
        document::list_me("i"),
    ]
    .map(|r| r.select(&select).if_none_match("e"));
    assert_eq!(list[0].path(), "/drives/d/items/i/documents");
    assert_eq!(
        list[1].path(),
        "/me/drive/root:/a%20b/c%23d.docx:/documents"
    );
    assert_eq!(
        list[0].query(),
        &[("$select", "type,async,ownerV2".to_owned())]
    );
    // Every query option, typed by the response's fields where it names them.
    let query = document::list("d", "i")
        .filter("name eq 'Report'")
        .count(true)
        .top(5)
        .skip(10)
        .order_by(&[
            (DocumentField::Name, Order::Ascending),
            (DocumentField::Size, Order::Descending),
        ])
        .expand(&[DocumentField::Parent])
        .search("\"report\"")
        .consistency_level("eventual");
    assert_eq!(
        query.query(),
        &[
            ("$filter", "name eq 'Report'".to_owned()),
            ("$count", "true".to_owned()),
            ("$top", "5".to_owned()),
            ("$skip", "10".to_owned()),
            ("$orderby", "name asc,size desc".to_owned()),
            ("$expand", "parent".to_owned()),
            ("$search", "\"report\"".to_owned()),
        ]
    );
    assert_eq!(query.headers(), &[("consistencylevel", "eventual".to_owned())]);

    // `get` is in both families; `share`'s is the address itself, with a typed `Prefer`.
    let get = [document::get("d", "i", "x/y").into(), document::get_me("i", "x")]
        .map(|r| r.select(&select));
    assert_eq!(get[0].path(), "/drives/d/items/i/documents/x%2Fy");
    let token = SharingUrl::from_share_id("s!abc");
    let shared = share::get(&token).prefer(Preference::RedeemSharingLink);
    assert_eq!(shared.path(), "/shares/s!abc");
    assert_eq!(shared.headers(), &[("prefer", "redeemSharingLink".to_owned())]);
    assert_eq!(shared.operation().qualified_name, "share.get");
    assert_eq!(Get::META.qualified_name, "document.get");
    assert_eq!(Get::META.family, Some("document"));

    // A body that is a resource: only the properties the call accepts, the required ones
    // in `new`; a read-only property of the resource that the call accepts is settable.
    let create = document::create(
        "d",
        "i",
        CreateBody::new("Report".to_owned(), Mode::Shared)
            .created_date_time(DateTimeOffset::new("2024-05-01T12:00:00Z")),
    );
    let body = serde_json::to_value(create.body()).unwrap();
    assert_eq!(
        body,
        serde_json::json!({
            "name": "Report",
            "type": "shared",
            "createdDateTime": "2024-05-01T12:00:00Z",
        })
    );
    assert_eq!(Create::META.method.as_str(), "POST");

    let update = [
        document::update("d", "i", "x", update_body()).into(),
        document::update_by_path("Documents/report.docx", "x", update_body()),
    ]
    .map(|r| r.if_match("e"));
    assert_eq!(
        update[1].path(),
        "/me/drive/root:/Documents/report.docx:/documents/x"
    );
    let body = serde_json::to_value(update[0].body()).unwrap();
    assert_eq!(body["type"], "sp.owner");
    assert_eq!(body["oldTitle"], "Draft");

    let delete = document::delete("d", "i", "x").if_match("e");
    assert_eq!(delete.path(), "/drives/d/items/i/documents/x");

    // Metadata: without `beta`, the beta-only operation is left out.
    assert_eq!(OPERATIONS.len(), 6);
    assert_eq!(List::META.response, ResponseShape::Collection);
    assert_eq!(Get::META.response, ResponseShape::Single);
    assert_eq!(Delete::META.response, ResponseShape::None);
    let statuses: Vec<(u16, &[ApiVersion])> = Update::META
        .statuses
        .iter()
        .map(|s| (s.code, s.versions))
        .collect();
    assert_eq!(
        statuses,
        [
            (200, &[ApiVersion::V1_0, ApiVersion::Beta][..]),
            (202, &[ApiVersion::Beta][..]),
        ]
    );
    assert_eq!(
        scopes(Update::META, PermissionType::DelegatedPersonal),
        None
    );
    assert_eq!(
        least_privileged(Update::META, PermissionType::DelegatedWork),
        Some(Scope::FilesReadWriteAll)
    );
    assert_eq!(
        scopes(List::META, PermissionType::DelegatedWork),
        Some(vec![Scope::FilesRead, Scope::FilesReadWriteAll])
    );
    assert_eq!(Scope::SitesManageAll.as_str(), "Sites.Manage.All");

    // The minimal fixture.
    let widgets = fixture_minimal::endpoints::list_root();
    assert_eq!(widgets.path(), "/widgets/all");
    let mut widget = fixture_minimal::models::Widget::default();
    widget.name = Some("w".to_owned());
    assert_eq!(fixture_minimal::models::Color::Red.as_str(), "red");
    assert_eq!(fixture_minimal::scopes::OPERATIONS.len(), 1);
}

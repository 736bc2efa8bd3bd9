//! share.grant against the emulator: a link reached by its URL (`u!…`) or by the share id
//! createLink issued; recipients join a link, or get permissions of their own on an
//! `existingAccess` link.

mod support;

use graph_emulator::{Config, Emulator, DRIVE_ID};
use graph_permissions::endpoints as ep;
use graph_permissions::models::{DriveRecipient, Role, SharingLinkScope, SharingLinkType};
use graph_permissions::operations::{drive_item::CreateLinkBody, share::GrantBody};
use graph_permissions::rt::SharingUrl;
use support::{client, item};

fn recipients() -> Vec<DriveRecipient> {
    vec![
        DriveRecipient::from_email("rosa@contoso.com".to_owned()),
        DriveRecipient::from_email("erin@fabrikam.com".to_owned()),
    ]
}

#[tokio::test]
async fn grant_through_a_links_url_adds_its_recipients_once() {
    let emulator = Emulator::start(Config::new(30)).await.unwrap();
    let client = client(&emulator);
    // Item 4's link for specific people (write), already shared with Erin and Ian.
    let url = SharingUrl::from_url(&format!("https://contoso.sharepoint.com/:e:/u/{}", item(4)));
    let granted = client
        .send(ep::share::grant(
            &url,
            GrantBody::new(recipients(), vec![Role::Write]),
        ))
        .await
        .unwrap()
        .into_value()
        .value;
    assert_eq!(granted.len(), 1, "the link alone");
    let emails: Vec<_> = granted[0]
        .granted_to_identities_v2
        .iter()
        .flatten()
        .filter_map(|set| {
            set.user
                .as_ref()?
                .extra
                .get("email")?
                .as_str()
                .map(str::to_owned)
        })
        .collect();
    assert_eq!(
        emails,
        ["erin@fabrikam.com", "ian@contoso.com", "rosa@contoso.com"]
    );
    // The link's role is write: asking for read is refused.
    let error = client
        .send(ep::share::grant(
            &url,
            GrantBody::new(recipients(), vec![Role::Read]),
        ))
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(400));
    assert!(
        error
            .to_string()
            .contains("must match the role of the link"),
        "{error}"
    );
    // A token the emulator never issued reaches nothing.
    let unknown = SharingUrl::from_url("https://contoso.sharepoint.com/:e:/u/I999999");
    let error = client
        .send(ep::share::grant(
            &unknown,
            GrantBody::new(recipients(), vec![Role::Read]),
        ))
        .await
        .unwrap_err();
    assert!(error.is_not_found(), "{error}");
}

#[tokio::test]
async fn grant_on_an_existing_access_link_gives_each_recipient_a_permission() {
    let emulator = Emulator::start(Config::new(30)).await.unwrap();
    let client = client(&emulator);
    let mut body = CreateLinkBody::new(SharingLinkType::View);
    body.scope = Some(SharingLinkScope::ExistingAccess);
    let link = client
        .send(ep::drive_item::create_link(DRIVE_ID, &item(7), body))
        .await
        .unwrap()
        .into_value();
    let share = SharingUrl::from_share_id(link.share_id.as_deref().unwrap());
    let granted = client
        .send(ep::share::grant(
            &share,
            GrantBody::new(recipients(), vec![Role::Write]),
        ))
        .await
        .unwrap()
        .into_value()
        .value;
    assert_eq!(granted.len(), 3, "one per recipient, and the link");
    assert_eq!(granted[2].id, link.id);
    assert!(granted[..2]
        .iter()
        .all(|p| p.roles == Some(vec![Role::Write])));
    let listed = client
        .collect_all(ep::drive_item::list(DRIVE_ID, &item(7)))
        .await
        .unwrap();
    for permission in &granted {
        assert!(
            listed.iter().any(|p| p.id == permission.id),
            "{permission:?}"
        );
    }
}

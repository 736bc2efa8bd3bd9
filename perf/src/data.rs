//! The decoding workload: one JSON list of permissions with varied facets (links, invitations,
//! user grants with deprecated and current forms, inherited ones) and some unknown fields.

use std::fmt::Write;

/// `{"value": [...]}` with `n` permissions, the same bytes for the same `n`.
pub fn permissions(n: usize) -> String {
    let mut out = String::from("{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#permissions\",\"value\":[");
    for i in 0..n {
        if i > 0 {
            out.push(',');
        }
        let _ = match i % 4 {
            0 => write!(
                out,
                r#"{{"id":"link-{i}","roles":["write"],"hasPassword":false,"link":{{"scope":"organization","type":"edit","webUrl":"https://contoso.sharepoint.com/:w:/t/design/{i}","preventsDownload":false,"application":{{"id":"1234","displayName":"Sample Application"}}}},"shareId":"!LKj1lkdlals90j1nlkascl{i}"}}"#
            ),
            1 => write!(
                out,
                r#"{{"id":"user-{i}","@deprecated.GrantedTo":"GrantedTo has been deprecated. Refer to GrantedToV2","roles":["read","sp.member"],"grantedTo":{{"user":{{"id":"5D33DD65C6932946","displayName":"Robin Danielsen"}}}},"grantedToV2":{{"user":{{"id":"5D33DD65C6932946","displayName":"Robin Danielsen"}},"siteUser":{{"id":"{i}","displayName":"Robin Danielsen","loginName":"Robin Danielsen"}}}},"inheritedFrom":{{"driveId":"1234567890ABD","id":"1234567890ABC!{i}","path":"/drive/root:/Documents"}}}}"#
            ),
            2 => write!(
                out,
                r#"{{"id":"invite-{i}","roles":["write"],"invitation":{{"email":"jd{i}@fabrikam.com","signInRequired":true,"invitedBy":{{"user":{{"id":"1","displayName":"Ellen"}}}}}},"grantedToIdentitiesV2":[{{"user":{{"email":"ryan@external.com","displayName":"Ryan"}}}}],"shareId":"FWxc1lasfdbEAGM5fI7B67aB5ZMPDMmQ11U","expirationDateTime":"2030-01-01T00:00:00Z"}}"#
            ),
            _ => write!(
                out,
                r#"{{"id":"anon-{i}","roles":["read"],"link":{{"scope":"anonymous","type":"view","webUrl":"https://onedrive.live.com/redir?resid={i}","webHtml":"<iframe src='x'></iframe>","futureFlag":true}},"@odata.type":"microsoft.graph.permission","newProperty":{{"nested":[1,2,3],"on":"{i}"}}}}"#
            ),
        };
    }
    out.push_str("]}");
    out
}

//! Sizes of the generated models against the plain structs: `cargo run --release -p graph-permissions-perf --example sizes`.
use graph_permissions::models as m;
use graph_permissions_perf::plain as p;
use std::mem::size_of;
fn main() {
    println!(
        "Permission {} (plain {})",
        size_of::<m::Permission>(),
        size_of::<p::Permission>()
    );
    println!(
        "IdentitySet {} (plain {})",
        size_of::<m::IdentitySet>(),
        size_of::<p::IdentitySet>()
    );
    println!(
        "SharePointIdentitySet {} (plain {})",
        size_of::<m::SharePointIdentitySet>(),
        size_of::<p::SharePointIdentitySet>()
    );
    println!(
        "Identity {} (plain {})",
        size_of::<m::Identity>(),
        size_of::<p::Identity>()
    );
    println!(
        "SharePointIdentity {} (plain {})",
        size_of::<m::SharePointIdentity>(),
        size_of::<p::SharePointIdentity>()
    );
    println!(
        "SharingLink {} (plain {})",
        size_of::<m::SharingLink>(),
        size_of::<p::SharingLink>()
    );
    println!(
        "SharingInvitation {} (plain {})",
        size_of::<m::SharingInvitation>(),
        size_of::<p::SharingInvitation>()
    );
    println!(
        "ItemReference {} (plain {})",
        size_of::<m::ItemReference>(),
        size_of::<p::ItemReference>()
    );
    println!("Map {}", size_of::<graph_permissions::rt::Map>());
}

#!/usr/bin/env bash
# Clean debug build of a small application on graph-permissions (one endpoint, a client, a tokio
# main: it lists an item's permissions), once per TLS provider, one after the other, each in a
# fresh target directory, with the crates already downloaded. Prints one Markdown row per
# provider: wall time, and CPU time (user + sys), which depends far less on what else the
# machine is doing; the load average before each build says how busy it was. Run from the
# repository root (the providers in the order given; both, aws-lc-rs first, unless given):
#   perf/tls-build-times.sh [aws-lc-rs|ring…]
set -euo pipefail
providers=("$@")
[ $# -eq 0 ] && providers=(aws-lc-rs ring)
repo=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/app/src"
cat > "$work/app/src/main.rs" <<'EOF'
use graph_permissions::endpoints;
use graph_permissions::rt::{Client, StaticToken};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (drive, item) = (args.next().unwrap_or_default(), args.next().unwrap_or_default());
    let client = Client::builder()
        .credential(StaticToken::new(std::env::var("GRAPH_TOKEN")?))
        .build()?;
    for permission in client.collect_all(endpoints::drive_item::list(&drive, &item)).await? {
        println!("{:?} {:?}", permission.id, permission.roles);
    }
    Ok(())
}
EOF
# The repository's lockfile: the same dependency versions as its own builds.
cp "$repo/Cargo.lock" "$work/app/Cargo.lock"
manifest() {
    cat > "$work/app/Cargo.toml" <<EOF
[package]
name = "list-permissions"
edition = "2021"
publish = false

[dependencies]
graph-permissions = { path = "$repo/generated"${1:+, $1} }
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }

[workspace]
EOF
}
echo "| TLS provider | features | load average before | wall time | CPU time (user + sys) |"
echo "|---|---|---|---|---|"
for provider in "${providers[@]}"; do
    case $provider in
        aws-lc-rs) features='' ;;
        ring) features='default-features = false, features = ["api", "rustls-ring"]' ;;
        *) echo "unknown provider $provider: aws-lc-rs or ring" >&2; exit 1 ;;
    esac
    manifest "$features"
    (cd "$work/app" && cargo fetch -q)
    load=$(cut -d' ' -f1 /proc/loadavg)
    (cd "$work/app" && /usr/bin/time -f "%e %U %S" -o "$work/time" \
        cargo build -q --target-dir "$work/target-$provider")
    read -r wall user sys < "$work/time"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
    echo "| $provider | \`${features:-(default)}\` | $load | ${wall} s | ${cpu} s |"
    rm -rf "$work/target-$provider"
done

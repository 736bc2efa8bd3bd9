#!/usr/bin/env bash
# Time and peak memory of the release `codegen` binary generating synthetic specs of 1×, 10×,
# 100× and 250× spec/permissions.yaml (or the factors given), each into a fresh directory.
# Prints one Markdown row per factor. Run from the repository root:
#   cargo build --release -p graph-permissions-codegen -p graph-permissions-perf
#   perf/scale.sh [FACTOR…]
set -euo pipefail
factors=("${@:-1 10 100 250}")
[ $# -eq 0 ] && factors=(1 10 100 250)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "| spec | operations | endpoint functions | wall time | peak RSS |"
echo "|---|---|---|---|---|"
for n in "${factors[@]}"; do
    target/release/synth "$n" > "$work/spec-$n.yaml"
    mkdir -p "$work/out-$n"
    /usr/bin/time -v -o "$work/time-$n" target/release/codegen generate \
        --spec "$work/spec-$n.yaml" --out "$work/out-$n" > "$work/log-$n"
    counts=$(tail -1 "$work/log-$n")
    ops=$(sed -E 's/.* ([0-9]+) operations.*/\1/' <<< "$counts")
    fns=$(sed -E 's/.* ([0-9]+) endpoint functions.*/\1/' <<< "$counts")
    wall=$(grep "Elapsed (wall clock)" "$work/time-$n" | awk '{print $NF}')
    rss=$(grep "Maximum resident set size" "$work/time-$n" | awk '{print $NF}')
    echo "| ${n}× | $ops | $fns | $wall | $((rss / 1024)) MB |"
    rm -rf "$work/out-$n" "$work/spec-$n.yaml"
done

#!/usr/bin/env bash
# Runs one fuzz target for a given time: fuzz/run.sh TARGET SECONDS [extra libFuzzer flags]
#   TARGET: spec_to_code | import_page | model_json
# Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). The corpus grows in
# fuzz/corpus/TARGET (not committed), seeded from files the repository already has; a crash
# is written to fuzz/artifacts/TARGET/ and copied to fuzz/regressions/TARGET/, which the
# stable test `tests/tests/fuzz_regressions.rs` replays.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: fuzz/run.sh TARGET SECONDS [libFuzzer flags]}
seconds=${2:?usage: fuzz/run.sh TARGET SECONDS [libFuzzer flags]}
shift 2
root=..
case "$target" in
  spec_to_code)
    seeds=("$root/tests/fixtures/specs" "$root/spec" "$root/codegen/tests/bad_specs/corpus" "$root/tests/ui/specs")
    dict=dicts/spec.dict ;;
  import_page)
    seeds=("$root/codegen/tests/import-fixtures/loose" "$root/codegen/tests/import-fixtures/changes"
           "$root/codegen/tests/import-fixtures/bad" "$root/codegen/tests/import-fixtures/includes/permissions")
    dict=dicts/page.dict ;;
  model_json)
    seeds=("$root/tests/fixtures/examples")
    dict=dicts/json.dict ;;
  *) echo "unknown target $target (spec_to_code, import_page, model_json)" >&2; exit 2 ;;
esac
existing=()
for dir in "${seeds[@]}" "regressions/$target"; do
  [ -d "$dir" ] && existing+=("$dir")
done
mkdir -p "corpus/$target" "regressions/$target"
status=0
# -rss_limit_mb: a few hundred MB is already a bug for inputs of a few KB.
cargo +nightly fuzz run "$target" "corpus/$target" "${existing[@]}" -- \
  -max_total_time="$seconds" -dict="$dict" -max_len=65536 -rss_limit_mb=1024 -timeout=10 \
  -print_final_stats=1 "$@" || status=$?
if [ -d "artifacts/$target" ]; then
  for crash in artifacts/"$target"/*; do
    [ -f "$crash" ] || continue
    kept="regressions/$target/$(basename "$crash")"
    if [ ! -e "$kept" ]; then
      cp "$crash" "$kept" && echo "kept $crash as $kept"
    fi
  done
fi
exit "$status"

#!/usr/bin/env bash
# Runs every fuzz target, one after another, each for SECONDS: fuzz/run-all.sh SECONDS
# Exits non-zero when any target found a crash (kept in fuzz/regressions/TARGET/).
set -uo pipefail
cd "$(dirname "$0")"
seconds=${1:?usage: fuzz/run-all.sh SECONDS}
failed=()
for target in spec_to_code import_page model_json; do
  echo "=== $target, ${seconds}s"
  ./run.sh "$target" "$seconds" || failed+=("$target")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "crashed: ${failed[*]} (inputs in fuzz/regressions/)" >&2
  exit 1
fi

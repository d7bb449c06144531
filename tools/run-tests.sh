#!/usr/bin/env bash
# Sets everything up, builds loom and runs the whole test suite: unit tests, every JS test under loom and
# (when node >= 20 is installed) under node, the CLI checks and the stress tests; then the same suite, less
# the node runs, under AddressSanitizer+UBSan and ThreadSanitizer.
# LOOM_PRESETS="release asan tsan" chooses the builds (default: all three).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
jobs=$(nproc)
status=0
for preset in ${LOOM_PRESETS:-release asan tsan}; do
  echo "=== $preset ==="
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  if ! ctest --preset "$preset" -j "$jobs"; then status=1; fi
done
exit $status

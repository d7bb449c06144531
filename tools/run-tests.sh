#!/usr/bin/env bash
# Sets everything up, builds loom and runs the whole test suite: unit tests, every JS test under loom and
# (when node >= 20 is installed) under node, the CLI checks and the stress tests; then the same suite, less
# the node runs, under AddressSanitizer+UBSan and ThreadSanitizer; then a bounded fuzzing run.
# LOOM_PRESETS="release asan tsan fuzz" chooses the stages (default: all four).
# The fuzz stage builds the libFuzzer targets (build/fuzz) and runs test/fuzz/run.sh: every target's saved
# regressions first, then each target fuzzes for LOOM_FUZZ_SECONDS (default 45). With the four targets that is
# about four minutes on a 2-core machine, a build from scratch included. A finding fails the stage; run.sh
# prints where the input that found it is.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
jobs=$(nproc)
status=0
for preset in ${LOOM_PRESETS:-release asan tsan fuzz}; do
  echo "=== $preset ==="
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  if [ "$preset" = fuzz ]; then
    if ! bash test/fuzz/run.sh "${LOOM_FUZZ_SECONDS:-45}"; then status=1; fi
  elif ! ctest --preset "$preset" -j "$jobs"; then
    status=1
  fi
done
exit $status

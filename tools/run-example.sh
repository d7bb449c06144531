#!/usr/bin/env bash
# Sets everything up, builds loom (release) and runs the seed example, examples/ping-pong.js.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
exec build/release/loom examples/ping-pong.js

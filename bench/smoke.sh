#!/usr/bin/env bash
# Smoke test for the benchmark scripts: runs each one once under LOOM with tiny counts (through the scripts'
# environment variables, so the whole thing takes a few seconds) and checks, with check-result.js run by LOOM
# itself, that it prints a JSON line with every expected metric. This proves the scripts still run under
# loom; it says nothing about speed. Prints "N passed, M failed" and exits non-zero if any failed.
# Usage: bash bench/smoke.sh LOOM
set -u

if [ $# -ne 1 ]; then
  echo "usage: $0 LOOM" >&2
  exit 2
fi
LOOM=$1
if [ ! -x "$LOOM" ]; then
  echo "not an executable: $LOOM" >&2
  exit 2
fi
HERE=$(cd "$(dirname "$0")" && pwd)

# Tiny counts: enough for every code path (warm-up, measurement, teardown) to run at least once.
export SPAWN_N=2 SPAWN_WARMUP=1 SPAWN_PAR=2 SPAWN_PAR_REPS=1
export MEM_N=2 MEM_SETTLE_MS=20
export PP_N=50 PP_WARMUP=10 PP_IDLE_MS=50
export TP_M=2000 TP_BATCH=500 TP_WARMUP=500
export XFER_MB=1 XFER_REPS_TRANSFER=2 XFER_REPS_CLONE=2
export CLONE_BATCHES=2 CLONE_MIN_MS=1 CLONE_SENDS=2
export CPU_FIB=15 CPU_TASKS=2 CPU_REPS=1

OUT=$(mktemp)
ERR=$(mktemp)
trap 'rm -f "$OUT" "$ERR"' EXIT
passed=0
failed=0
for s in spawn memory pingpong throughput transfer clone cpu; do
  # A hang is a failure too, so every run is bounded.
  if timeout 120 "$LOOM" "$HERE/$s.js" >"$OUT" 2>"$ERR"; then
    if why=$(timeout 30 "$LOOM" "$HERE/check-result.js" "$s" "$OUT" 2>&1); then
      echo "ok   $s"
      passed=$((passed + 1))
      continue
    fi
  else
    why="exit code $?: $(tail -n 5 "$ERR")"
  fi
  echo "FAIL $s: $why"
  failed=$((failed + 1))
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

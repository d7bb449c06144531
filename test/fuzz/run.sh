#!/usr/bin/env bash
# Runs every built fuzz target for SECONDS each and reports "N passed, M failed"; builds nothing.
# Usage: test/fuzz/run.sh SECONDS
# Per target: first the inputs under regressions/<target>/ are replayed, then the target fuzzes for SECONDS
# starting from corpus/<target>/ (new inputs go to a scratch copy, never into the repository). A target fails
# on any finding; its crash file is kept in the output folder, which is printed. The exit status is non-zero
# when any target failed, which fails the `fuzz` stage of tools/run-tests.sh.
#
# Environment:
#   LOOM_FUZZ_BUILD   folder with the fuzz_* executables (default: build/fuzz); see README.md to build them
#   LOOM_FUZZ_OUT     where logs and crash files go (default: a new folder under /tmp)
#   LOOM_FUZZ_AVOID   known open runtime bugs to steer around, comma-separated (see README.md)
#   LOOM              without libFuzzer executables, the JS driver (driver.js) runs under this loom instead
#                     (default: build/asan/loom, else build/release/loom): coverage-blind, and only the JS
#                     targets (targets/*.js); the command-line parser's target exists only as fuzz_cli_args
set -u
seconds=${1:?usage: run.sh SECONDS}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${LOOM_FUZZ_BUILD:-$root/build/fuzz}
out=${LOOM_FUZZ_OUT:-$(mktemp -d /tmp/loom-fuzz-run.XXXXXX)}
mkdir -p "$out"

# libmozjs keeps allocations reachable only from the GC heap (which LeakSanitizer does not scan): leak
# reports would all be false, so only memory errors are checked. The resolver target writes fixture trees
# under TMPDIR; a scratch one is removed at the end.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
scratch_tmp=$(mktemp -d /tmp/loom-fuzz-tmp.XXXXXX)
export TMPDIR=$scratch_tmp
trap 'rm -rf "$scratch_tmp"' EXIT

targets=()
for exe in "$build"/fuzz_*; do [ -x "$exe" ] && targets+=("$exe"); done
mode=libfuzzer
if [ ${#targets[@]} -eq 0 ]; then
  loom=${LOOM:-}
  [ -z "$loom" ] && for candidate in "$root/build/asan/loom" "$root/build/release/loom"; do
    [ -x "$candidate" ] && { loom=$candidate; break; }
  done
  if [ -z "$loom" ]; then
    echo "run.sh: no fuzz_* executables in $build and no loom binary to run driver.js with" >&2
    exit 2
  fi
  echo "run.sh: no libFuzzer executables in $build; running driver.js under $loom instead"
  mode=driver
  for js in "$here"/targets/*.js; do targets+=("$(basename "$js" .js)"); done
fi

passed=0
failed=0
for target in "${targets[@]}"; do
  name=$(basename "$target"); name=${name#fuzz_}
  log="$out/$name.log"
  regressions=("$here/regressions/$name"/*)
  [ -e "${regressions[0]}" ] || regressions=()
  status=0
  if [ "$mode" = libfuzzer ]; then
    work="$out/$name-corpus"
    mkdir -p "$work"
    if [ ${#regressions[@]} -gt 0 ]; then
      "$target" -artifact_prefix="$out/$name-regression-" "${regressions[@]}" >"$log" 2>&1 || status=1
    fi
    if [ $status = 0 ]; then
      "$target" -max_total_time="$seconds" -timeout=30 -print_final_stats=1 -artifact_prefix="$out/$name-" \
        "$work" "$here/corpus/$name" >>"$log" 2>&1 || status=1
    fi
    stats=$(grep -E 'stat::(number_of_executed_units|average_exec_per_sec)' "$log" | awk '{print $2}' |
            paste -sd' ' -)
    detail="runs/execs-per-s: ${stats:-?}"
  else
    if [ ${#regressions[@]} -gt 0 ]; then
      "$loom" "$here/driver.js" "$name" --replay "${regressions[@]}" >"$log" 2>&1 || status=1
    fi
    if [ $status = 0 ]; then
      "$loom" "$here/driver.js" "$name" --seconds "$seconds" --artifacts "$out" >>"$log" 2>&1 || status=1
    fi
    detail=$(grep -E "^$name: [0-9]+ runs" "$log" | tail -n1)
  fi
  if [ $status = 0 ]; then
    passed=$((passed + 1)); echo "PASS $name ($detail)"
  else
    failed=$((failed + 1)); echo "FAIL $name: see $log"
    grep -E '==loom-fuzz==|==fuzz_cli_args==|FINDING|ERROR: (AddressSanitizer|libFuzzer)|runtime error|Test unit written' "$log" | head -n 5
  fi
done
echo "$passed passed, $failed failed (logs in $out)"
[ $failed = 0 ]

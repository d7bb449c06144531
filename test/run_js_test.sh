#!/usr/bin/env bash
# Runs one JS test file under a runtime (loom or node) and checks it the way CTest expects.
# Usage: run_js_test.sh RUNTIME TEST.js
# A test passes when its exit code is the expected one (0 unless the file says otherwise), its stdout equals
# TEST.out when that file exists, and its stderr matches every "stderr:" pattern. Directives are comment lines
# at the top of the test file:
#   // exit-code: N          expected exit status
#   // stderr: ERE           an extended regular expression stderr must match (may repeat)
#   // args: A B C           arguments passed after the script name
#   // flags: F G             runtime flags passed before the script name (e.g. --expose-gc)
#   // loom-only: REASON     skipped (exit 77, CTest's skip code) when the runtime is node
#   // loom-skip: REASON     skipped under loom: a Node behaviour loom does not have yet (the reason says which)
#   // stdin: FILE           file fed to the script's stdin (relative to the test's folder)
set -u
runtime=$1
test_file=$(realpath "$2")
dir=$(dirname "$test_file")
name=$(basename "$test_file" .js)

directive() { sed -n "s|^// $1: \\(.*\\)$|\\1|p" "$test_file"; }

if [ "$(basename "$runtime")" = node ] && [ -n "$(directive loom-only)" ]; then
  echo "skipped under node: $(directive loom-only)"
  exit 77
fi

if [ "$(basename "$runtime")" != node ] && [ -n "$(directive loom-skip)" ]; then
  echo "skipped under loom: $(directive loom-skip)"
  exit 77
fi

want_exit=$(directive exit-code | head -n1); want_exit=${want_exit:-0}
args=$(directive args | head -n1)
flags=$(directive flags | head -n1)
stdin_file=$(directive stdin | head -n1)
stdin_path=/dev/null; [ -n "$stdin_file" ] && stdin_path="$dir/$stdin_file"
out=$(mktemp); err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT

cd "$dir" || exit 1
# shellcheck disable=SC2086  # args are split on purpose
"$runtime" $flags "$test_file" $args <"$stdin_path" >"$out" 2>"$err"
got_exit=$?

status=0
if [ "$got_exit" != "$want_exit" ]; then
  echo "FAIL: exit code $got_exit, expected $want_exit"; status=1
fi
if [ -f "$dir/$name.out" ] && ! cmp -s "$dir/$name.out" "$out"; then
  echo "FAIL: stdout differs from $name.out:"; diff -u "$dir/$name.out" "$out" | head -n 60; status=1
fi
while IFS= read -r pattern; do
  [ -z "$pattern" ] && continue
  if ! grep -Eq -- "$pattern" "$err"; then echo "FAIL: stderr does not match /$pattern/"; status=1; fi
done < <(directive stderr)
if [ "$status" != 0 ]; then
  echo "--- stdout (first 40 lines)"; head -n 40 "$out"
  echo "--- stderr (first 40 lines)"; head -n 40 "$err"
fi
exit "$status"

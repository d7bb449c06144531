#!/usr/bin/env bash
# Command-line checks for a Node-compatible runtime: -e, -p, stdin scripts, --version, --help, script args,
# exit codes and error output. Usage: test/cli/test-cli.sh RUNTIME   (passes with RUNTIME=node)
# Prints "N passed, M failed" and exits non-zero when any check fails.
set -u
if [ $# -lt 1 ]; then echo "usage: $0 RUNTIME" >&2; exit 2; fi
RT=$1
here=$(cd "$(dirname "$0")" && pwd)
fixtures="$here/../fixtures/cli"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

# check NAME EXPECTED_EXIT EXPECTED_STDOUT_OR_- STDERR_ERE_OR_- -- COMMAND...
# Runs COMMAND with stdin from /dev/null unless STDIN_FILE is set; "-" skips that comparison.
check() {
  local name=$1 want_rc=$2 want_out=$3 want_err=$4
  shift 5
  local rc
  "$@" <"${STDIN_FILE:-/dev/null}" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  local ok=1 why=""
  if [ "$rc" != "$want_rc" ]; then ok=0; why="exit $rc, expected $want_rc"; fi
  if [ "$want_out" != "-" ] && [ "$(cat "$tmp/out")" != "$want_out" ]; then
    ok=0; why="$why; stdout [$(cat "$tmp/out")] expected [$want_out]"
  fi
  if [ "$want_err" != "-" ] && ! grep -Eq -- "$want_err" "$tmp/err"; then
    ok=0; why="$why; stderr does not match /$want_err/"
  fi
  if [ $ok = 1 ]; then
    passed=$((passed + 1)); echo "ok   $name"
  else
    failed=$((failed + 1)); echo "FAIL $name: $why"
    sed 's/^/     stderr: /' "$tmp/err" | head -n 15
  fi
}

# check_fn NAME PREDICATE -- COMMAND...   PREDICATE is called as PREDICATE EXIT STDOUT_FILE STDERR_FILE.
check_fn() {
  local name=$1 fn=$2
  shift 3
  "$@" </dev/null >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if "$fn" "$rc" "$tmp/out" "$tmp/err"; then
    passed=$((passed + 1)); echo "ok   $name"
  else
    failed=$((failed + 1)); echo "FAIL $name (exit $rc)"
    sed 's/^/     stdout: /' "$tmp/out" | head -n 5; sed 's/^/     stderr: /' "$tmp/err" | head -n 10
  fi
}

silent_ok() { [ "$1" = 0 ] && [ ! -s "$2" ] && [ ! -s "$3" ]; }
check_fn "--no-warnings: silent" silent_ok -- "$RT" --no-warnings -e "process.emitWarning('w')"
version_ok() { [ "$1" = 0 ] && grep -Eq '^v[0-9]+\.[0-9]+\.[0-9]+' "$2"; }
help_ok() { [ "$1" = 0 ] && [ -s "$2" ]; }

check "-e prints"            0 "2"        - -- "$RT" -e 'console.log(1+1)'
check "--eval prints"        0 "2"        - -- "$RT" --eval 'console.log(1+1)'
check "-p number"            0 "2"        - -- "$RT" -p '1+1'
check "--print number"       0 "2"        - -- "$RT" --print '1+1'
check "-p object"            0 "{ a: 1 }" - -- "$RT" -p '({a:1})'
check "-p string"            0 "str"      - -- "$RT" -p '"str"'
check "-p undefined"         0 "undefined" - -- "$RT" -p 'undefined'
check "-e has require"       0 "function object" - -- "$RT" -e 'console.log(typeof require, typeof module)'
check "-e argv"              0 "[ 'a', 'b' ]" - -- "$RT" -e 'console.log(process.argv.slice(1))' a b
check "-e globals enumerable" 0 "__filename module exports __dirname require" - -- "$RT" -e \
  'const k = Object.keys(globalThis); console.log(k.slice(k.indexOf("__filename")).join(" "))'
check "-e global script"     0 "true true 1 function" - -- "$RT" -e \
  'var v = 1; function f() {} console.log(this === globalThis, __dirname === ".", globalThis.v, typeof globalThis.f)'
check "-e built-in globals"    0 "object true false 5" - -- "$RT" -e \
  'const lazy = typeof os; const same = path === require("path"); fs = 5; console.log(lazy, same, Object.keys(globalThis).includes("os"), fs)'
check "-e no output"         0 ""         - -- "$RT" -e '1+1'
STDIN_FILE=<(echo 'console.log(3)') check "script from stdin (-)" 0 "3" - -- "$RT" -
STDIN_FILE=<(echo 'console.log(typeof fs)') check "stdin: no built-in globals" 0 "undefined" - -- "$RT" -
STDIN_FILE="$fixtures/stdin-script.js" check "stdin script has require" 0 "from stdin function object" - -- "$RT" -
check_fn "--version"         version_ok -- "$RT" --version
check_fn "-v"                version_ok -- "$RT" -v
check_fn "--help"            help_ok    -- "$RT" --help
check "script args"          0 "$(printf 'a\nb')" - -- "$RT" "$fixtures/argv.js" a b
check "script args verbatim" 0 "$(printf -- '--x=1\n-y\nhas space')" - -- "$RT" "$fixtures/argv.js" --x=1 -y 'has space'
check "missing script"       1 ""         "Cannot find module" -- "$RT" "$tmp/does-not-exist.js"
check "missing script code"  1 ""         "MODULE_NOT_FOUND" -- "$RT" "$tmp/does-not-exist.js"
check "process.exit(7)"      7 ""         - -- "$RT" -e 'process.exit(7)'
check "exit(undefined) is 0"  0 "" - -- "$RT" -e 'process.exitCode = 5; process.exit(undefined)'
check "exit() keeps exitCode" 5 "" - -- "$RT" -e 'process.exitCode = 5; process.exit()'
check "exitCode = 3"         3 "after"    - -- "$RT" -e 'process.exitCode = 3; setTimeout(() => console.log("after"), 1)'
check "throw exits 1"        1 ""         "Error: x" -- "$RT" -e 'throw new Error("x")'
check "throw shows source"   1 ""         '^throw new Error\("x"\)$' -- "$RT" -e 'throw new Error("x")'
check "handler throws: exit 7, no 'exit'" 7 "" '^Error: second$' -- "$RT" -e \
  "process.on('exit', () => console.log('exit')); process.on('uncaughtException', () => { throw new Error('second') }); throw new Error('first')"
check "signal listener runs"   0 "got SIGTERM 15" - -- "$RT" -e \
  "process.on('SIGTERM', (s, n) => { console.log('got', s, n); process.exit(0); }); process.kill(process.pid); setTimeout(() => {}, 5000)"
check "removed listener: default" 143 "" - -- "$RT" -e \
  "const f = () => {}; process.on('SIGTERM', f); process.off('SIGTERM', f); process.kill(process.pid); setTimeout(() => {}, 5000)"
check "process.kill(self) ends it" 143 "" - -- "$RT" -e \
  "process.kill(process.pid); setTimeout(() => console.log('alive'), 1000)"
check "--trace-warnings: stack" 0 "" '^    at ' -- "$RT" --trace-warnings -e "process.emitWarning('w')"
check "--throw-deprecation"  1 "" 'DeprecationWarning: d' -- "$RT" --throw-deprecation -e \
  "process.emitWarning('d', 'DeprecationWarning')"
check "rejections=warn lives" 0 "alive" 'UnhandledPromiseRejectionWarning' -- "$RT" --unhandled-rejections=warn -e \
  "Promise.reject(1); setTimeout(() => console.log('alive'), 5)"
check "rejections=bogus"     9 "" 'invalid value for --unhandled-rejections' -- "$RT" --unhandled-rejections=bogus -e 1
check "syntax error"         1 ""         "SyntaxError" -- "$RT" -e 'let = = ;'
check "unhandled rejection"  1 ""         "Error: rej" -- "$RT" -e 'Promise.reject(new Error("rej"))'
check "seed inspect"         0 "{ a: 1, s: 'x', n: [ 1, 2, { d: [Object] } ], m: Map(1) { 1 => 2 } }" - -- \
  "$RT" -e "console.log({a:1, s:'x', n:[1,2,{d:{e:{f:1}}}], m:new Map([[1,2]])})"
check "-p seed inspect"      0 "{ a: 1, s: 'x', n: [ 1, 2, { d: [Object] } ], m: Map(1) { 1 => 2 } }" - -- \
  "$RT" -p "({a:1, s:'x', n:[1,2,{d:{e:{f:1}}}], m:new Map([[1,2]])})"
check "stdout+stderr split"  0 "out"      '^err$' -- "$RT" -e 'console.log("out"); console.error("err")'

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]

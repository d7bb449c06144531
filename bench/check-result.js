'use strict';
// Used by smoke.sh: checks that a file holding one benchmark script's stdout ends with a valid JSON line
// carrying every metric metrics.js lists for that script, each a finite number.
// Usage: <runtime> bench/check-result.js SCRIPT OUTPUT_FILE   (exit 0 when good, 1 with a reason on stderr)
// It runs under loom itself, so the smoke test needs no other runtime.
const fs = require('fs');
const { METRICS } = require('./metrics');

function fail(msg) {
  console.error(msg);
  process.exit(1);
}

const [script, file] = process.argv.slice(2);
if (!script || !file) fail('usage: check-result.js SCRIPT OUTPUT_FILE');
const expected = METRICS.filter((m) => m.script === script).map((m) => m.key);
if (expected.length === 0) fail(`no metrics are defined for script '${script}'`);

const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
if (lines.length === 0) fail('no output');
let result;
try {
  result = JSON.parse(lines[lines.length - 1]);
} catch (e) {
  fail(`last line is not JSON: ${lines[lines.length - 1].slice(0, 200)}`);
}
if (result.bench !== script) fail(`bench is '${result.bench}', expected '${script}'`);
const bad = expected.filter((k) => typeof result[k] !== 'number' || !Number.isFinite(result[k]));
if (bad.length) fail(`missing or non-finite: ${bad.map((k) => `${k}=${JSON.stringify(result[k])}`).join(', ')}`);

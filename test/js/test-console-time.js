// console.time/timeLog/timeEnd print "label: N.NNNms" to stdout; a missing label warns on stderr instead.
'use strict';
// stderr: Warning: No such label 'missing' for console\.timeEnd\(\)
const assert = require('assert');
const lines = [];
const origWrite = process.stdout.write;
process.stdout.write = (chunk) => { lines.push(String(chunk)); return true; };
console.time('work');
console.timeLog('work', 'extra', 1);
console.timeEnd('work');
console.time();
console.timeEnd();
process.stdout.write = origWrite;
// Output goes through process.stdout.write, so the hook above captured it.
assert.strictEqual(lines.length, 3, JSON.stringify(lines));
// Sub-second timings print milliseconds rounded to at most three decimals, trailing zeros dropped (0.11ms).
const ms = String.raw`\d+(\.\d{1,3})?m?s`;
assert.match(lines[0], new RegExp(`^work: ${ms} extra 1\n$`));
assert.match(lines[1], new RegExp(`^work: ${ms}\n$`));
assert.match(lines[2], new RegExp(`^default: ${ms}\n$`));
assert.doesNotMatch(lines[1], /\.(\d*0)ms/); // never a trailing zero
console.timeEnd('missing');

// error.stack starts with "Error: msg" followed by V8-style "    at ..." frames naming this file with line:column.
'use strict';
const assert = require('assert');
const e = new Error('msg');
const lines = e.stack.split('\n');
assert.strictEqual(lines[0], 'Error: msg');
assert.ok(lines.length >= 2, e.stack);
for (const line of lines.slice(1)) {
  assert.ok(/^    at .+ \(.+:\d+:\d+\)$/.test(line) || /^    at .+:\d+:\d+$/.test(line),
            `bad frame line: ${JSON.stringify(line)}`);
}
assert.ok(lines[1].includes(__filename), lines[1]);
assert.match(lines[1], /:4:11\)?$/); // line 4, column of `new`
// Subclasses and custom names/messages are reflected in the first line.
assert.strictEqual(new TypeError('bad type').stack.split('\n')[0], 'TypeError: bad type');
assert.strictEqual(new RangeError().stack.split('\n')[0], 'RangeError');
class MyError extends Error {}
MyError.prototype.name = 'MyError';
assert.strictEqual(new MyError('custom').stack.split('\n')[0], 'MyError: custom');
assert.strictEqual(String(new Error('s')), 'Error: s');
assert.strictEqual(typeof e.stack, 'string');

// 'warning' events arrive asynchronously (after the current sync code) with Error objects carrying name, message and code.
'use strict';
// stderr: Warning: watched
const common = require('../common');
const assert = require('assert');
const seen = [];
process.emitWarning('watched');
process.emitWarning('typed', { type: 'CustomWarning', code: 'C1', detail: 'more detail' });
assert.strictEqual(seen.length, 0); // nothing delivered synchronously
process.on('warning', common.mustCall((w) => {
  assert.ok(w instanceof Error);
  seen.push([w.name, w.message, w.code]);
}, 2));
process.on('exit', () => {
  assert.deepStrictEqual(seen, [['Warning', 'watched', undefined], ['CustomWarning', 'typed', 'C1']]);
});

// Checks Atomics.waitAsync with a short timeout resolves 'timed-out' while the event loop keeps running (an interval ticks meanwhile).
'use strict';
const common = require('../common');
const assert = require('assert');

const ia = new Int32Array(new SharedArrayBuffer(4));
const result = Atomics.waitAsync(ia, 0, 0, 30);
assert.strictEqual(result.async, true);
assert.ok(result.value instanceof Promise);
let ticks = 0;
const interval = setInterval(() => { ticks++; }, 1);
let settled = false;
result.value.then(common.mustCall((value) => {
  settled = true;
  assert.strictEqual(value, 'timed-out');
  assert.ok(ticks > 0);
  clearInterval(interval);
}));
// Safety net so the process stays alive until the wait settles (a pending waitAsync alone does not keep
// Node's event loop alive); cleared once settled.
const guard = setInterval(() => { if (settled) clearInterval(guard); }, 5);
process.on('exit', () => assert.strictEqual(settled, true));

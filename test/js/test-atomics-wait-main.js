// Checks that Atomics.wait is allowed on the main thread: 'not-equal', 'timed-out' results and the TypeErrors for bad arrays.
'use strict';
require('../common');
const assert = require('assert');

const ia = new Int32Array(new SharedArrayBuffer(16));
ia[0] = 5;
assert.strictEqual(Atomics.wait(ia, 0, 4), 'not-equal');
assert.strictEqual(Atomics.wait(ia, 0, 5, 0), 'timed-out');
assert.strictEqual(Atomics.wait(ia, 0, 5, 1), 'timed-out');
const big = new BigInt64Array(new SharedArrayBuffer(16));
assert.strictEqual(Atomics.wait(big, 1, 1n), 'not-equal');
assert.strictEqual(Atomics.wait(big, 1, 0n, 0), 'timed-out');
// Nobody waits: notify wakes 0.
assert.strictEqual(Atomics.notify(ia, 0, 1), 0);
// Not shared, or not an Int32Array/BigInt64Array: TypeError.
assert.throws(() => Atomics.wait(new Int32Array(4), 0, 0), TypeError);
assert.throws(() => Atomics.wait(new Int16Array(new SharedArrayBuffer(8)), 0, 0), TypeError);
assert.throws(() => Atomics.wait(new Float64Array(new SharedArrayBuffer(8)), 0, 0), TypeError);
// Out of range index: RangeError.
assert.throws(() => Atomics.wait(ia, 100, 0, 0), RangeError);

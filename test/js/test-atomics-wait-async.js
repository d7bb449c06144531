// Checks the synchronous results of Atomics.waitAsync: { async: false, value: 'not-equal' } and 'timed-out' for timeout 0.
'use strict';
require('../common');
const assert = require('assert');

assert.strictEqual(typeof Atomics.waitAsync, 'function');
const ia = new Int32Array(new SharedArrayBuffer(16));
ia[0] = 3;
assert.deepStrictEqual(Atomics.waitAsync(ia, 0, 2), { async: false, value: 'not-equal' });
assert.deepStrictEqual(Atomics.waitAsync(ia, 0, 3, 0), { async: false, value: 'timed-out' });
const big = new BigInt64Array(new SharedArrayBuffer(8));
assert.deepStrictEqual(Atomics.waitAsync(big, 0, 1n), { async: false, value: 'not-equal' });

// A real wait: { async: true, value: <Promise> }, resolved 'ok' by a notify on the same thread.
const r = Atomics.waitAsync(ia, 1, 0);
assert.deepStrictEqual(Object.keys(r).sort(), ['async', 'value']);
assert.strictEqual(r.async, true);
assert.ok(r.value instanceof Promise);
assert.strictEqual(Atomics.notify(ia, 1), 1);
r.value.then(require('../common').mustCall((v) => assert.strictEqual(v, 'ok')));

// Non-shared memory is a TypeError.
assert.throws(() => Atomics.waitAsync(new Int32Array(4), 0, 0), TypeError);

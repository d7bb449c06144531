// Checks that structuredClone treats `transfer: null` (and undefined, or an options object without it) as
// "nothing to transfer", as Node does (and a non-iterable object too), while port.postMessage(value, { transfer: null }) is the one that
// rejects null. (Node's two functions validate differently; loom once applied the postMessage rule to both.)
'use strict';
require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

assert.strictEqual(structuredClone(1, { transfer: null }), 1);
assert.strictEqual(structuredClone(1, { transfer: undefined }), 1);
assert.strictEqual(structuredClone(1, {}), 1);
assert.strictEqual(structuredClone(1, null), 1);
assert.deepStrictEqual(structuredClone({ a: [1] }, { transfer: null }), { a: [1] });

// An object that is not iterable is no transfer at all (an array-like's buffer stays attached); a primitive
// is an error; an iterable is transferred.
const kept = new ArrayBuffer(4);
assert.strictEqual(structuredClone(2, { transfer: { length: 1, 0: kept } }), 2);
assert.strictEqual(structuredClone(3, { transfer: () => {} }), 3);
assert.strictEqual(kept.byteLength, 4);
for (const bad of [1, 'ab', Symbol('s'), true]) {
  assert.throws(() => structuredClone(1, { transfer: bad }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'Optional transferList argument must be an iterable',
  });
}
const moved = new ArrayBuffer(8);
const copy = structuredClone(moved, { transfer: new Set([moved]) });
assert.strictEqual(moved.byteLength, 0);
assert.strictEqual(copy.byteLength, 8);

const { port1 } = new MessageChannel();
assert.throws(() => port1.postMessage(1, { transfer: null }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'Optional options.transfer argument must be an iterable',
});
port1.close();

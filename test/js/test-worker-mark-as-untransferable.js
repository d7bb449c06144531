// Checks markAsUntransferable (and isMarkedAsUntransferable where present): a marked ArrayBuffer is never detached by a transfer list.
'use strict';
require('../common');
const assert = require('assert');
const wt = require('worker_threads');
const { markAsUntransferable, MessageChannel } = wt;

// Node 21+ exports isMarkedAsUntransferable and throws DataCloneError for a marked buffer in a transfer list;
// Node 20 lacks the predicate and silently copies the buffer instead of transferring it.
const newer = typeof wt.isMarkedAsUntransferable === 'function';

const ab = new ArrayBuffer(8);
new Uint8Array(ab)[0] = 42;
const unmarked = new ArrayBuffer(8);
if (newer) assert.strictEqual(wt.isMarkedAsUntransferable(ab), false);
markAsUntransferable(ab);
markAsUntransferable(ab); // idempotent
if (newer) {
  assert.strictEqual(wt.isMarkedAsUntransferable(ab), true);
  assert.strictEqual(wt.isMarkedAsUntransferable(unmarked), false);
  assert.strictEqual(wt.isMarkedAsUntransferable(1), false);
}
// Primitives are ignored.
markAsUntransferable(1);
markAsUntransferable('str');
markAsUntransferable(undefined);

const { port1, port2 } = new MessageChannel();
if (newer) {
  assert.throws(() => port1.postMessage(ab, [ab]), { name: 'DataCloneError', code: 25 });
  assert.throws(() => structuredClone(ab, { transfer: [ab] }), { name: 'DataCloneError', code: 25 });
} else {
  const copy = structuredClone(ab, { transfer: [ab] });
  assert.strictEqual(copy.byteLength, 8);
  assert.notStrictEqual(copy, ab);
  port1.postMessage(ab, [ab]);
}
// Either way the marked buffer stays attached and intact.
assert.strictEqual(ab.byteLength, 8);
assert.strictEqual(new Uint8Array(ab)[0], 42);

// Copying (no transfer list) a marked buffer is fine.
port1.postMessage(ab);
assert.strictEqual(ab.byteLength, 8);

// An unmarked buffer still transfers.
port1.postMessage(unmarked, [unmarked]);
assert.strictEqual(unmarked.byteLength, 0);

const expected = newer ? [8, 8] : [8, 8, 8];
const got = [];
port2.on('message', (m) => {
  assert.ok(m instanceof ArrayBuffer);
  got.push(m.byteLength);
  if (got.length === expected.length) port2.close();
});
process.on('exit', () => assert.deepStrictEqual(got, expected));

// Node's pooled Buffer memory is marked: transferring a small Buffer's backing store never detaches it.
const buf = Buffer.from('pooled');
if (newer) {
  assert.throws(() => structuredClone(buf.buffer, { transfer: [buf.buffer] }), { name: 'DataCloneError' });
} else {
  structuredClone(buf.buffer, { transfer: [buf.buffer] });
}
assert.strictEqual(buf.toString(), 'pooled');

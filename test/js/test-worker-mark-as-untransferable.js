// Checks markAsUntransferable: a marked ArrayBuffer in a transfer list is copied, never detached (Node 20; Node
// 21 throws instead), also among other transferables and when listed twice.
'use strict';
require('../common');
const assert = require('assert');
const wt = require('worker_threads');
const { markAsUntransferable, MessageChannel } = wt;

const ab = new ArrayBuffer(8);
new Uint8Array(ab)[0] = 42;
const unmarked = new ArrayBuffer(8);
markAsUntransferable(ab);
markAsUntransferable(ab); // idempotent
// Primitives are ignored.
markAsUntransferable(1);
markAsUntransferable('str');
markAsUntransferable(undefined);

const { port1, port2 } = new MessageChannel();
const copy = structuredClone(ab, { transfer: [ab] });
assert.strictEqual(copy.byteLength, 8);
assert.strictEqual(new Uint8Array(copy)[0], 42);
assert.notStrictEqual(copy, ab);
port1.postMessage(ab, [ab]);
// Listed twice, it is still copied (no duplicate error); an unmarked buffer beside it is transferred.
const other = new ArrayBuffer(4);
const both = structuredClone({ ab, other }, { transfer: [ab, other, ab] });
assert.strictEqual(both.ab.byteLength, 8);
assert.strictEqual(both.other.byteLength, 4);
assert.strictEqual(other.byteLength, 0);
// The marked buffer stays attached and intact.
assert.strictEqual(ab.byteLength, 8);
assert.strictEqual(new Uint8Array(ab)[0], 42);

// Copying (no transfer list) a marked buffer is fine.
port1.postMessage(ab);
assert.strictEqual(ab.byteLength, 8);

// An unmarked buffer still transfers.
port1.postMessage(unmarked, [unmarked]);
assert.strictEqual(unmarked.byteLength, 0);

const expected = [8, 8, 8, 'pooled'];
const got = [];
port2.on('message', (m) => {
  got.push(m instanceof ArrayBuffer ? m.byteLength : Buffer.from(m).toString());
  if (got.length === expected.length) port2.close();
});
process.on('exit', () => assert.deepStrictEqual(got, expected));

// Node's pooled Buffer memory is marked: transferring a small Buffer's backing store never detaches it.
const buf = Buffer.from('pooled');
port1.postMessage(buf, [buf.buffer]);
assert.strictEqual(buf.toString(), 'pooled');
assert.ok(buf.buffer.byteLength > 0);

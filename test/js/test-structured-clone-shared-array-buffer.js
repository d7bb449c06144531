// Checks that a SharedArrayBuffer is shared, not copied: the worker writes and the main thread reads the same memory.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel } = require('worker_threads');

const sab = new SharedArrayBuffer(16);
const view = new Int32Array(sab);
view[0] = 5;
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', ({ sab }) => {
    const view = new Int32Array(sab);
    parentPort.postMessage({ sawFromMain: Atomics.load(view, 0) });
    Atomics.store(view, 1, 1234);
    Atomics.add(view, 2, 10);
    parentPort.postMessage('written');
  });
`, { eval: true });
worker.postMessage({ sab });
// Posting a SAB does not detach or copy it.
assert.strictEqual(sab.byteLength, 16);
const got = [];
worker.on('message', (m) => got.push(m));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(got, [{ sawFromMain: 5 }, 'written']);
  assert.strictEqual(view[1], 1234);
  assert.strictEqual(view[2], 10);
}));

// On a single thread: the clone of a SAB aliases the same memory.
const local = new SharedArrayBuffer(16);
const { port1, port2 } = new MessageChannel();
port2.on('message', common.mustCall((received) => {
  assert.ok(received instanceof SharedArrayBuffer);
  new Uint8Array(received)[0] = 77;
  assert.strictEqual(new Uint8Array(local)[0], 77);
  port2.close();
}));
port1.postMessage(local);
const cloned = structuredClone(local);
assert.ok(cloned instanceof SharedArrayBuffer);
assert.notStrictEqual(cloned, local);
new Uint8Array(cloned)[15] = 3;
assert.strictEqual(new Uint8Array(local)[15], 3);

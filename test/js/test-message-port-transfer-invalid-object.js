// Checks ERR_INVALID_TRANSFER_OBJECT for non-transferables in a transfer list: SharedArrayBuffer, plain object, typed array, primitives.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel, Worker } = require('worker_threads');

const expected = {
  name: 'TypeError',
  code: 'ERR_INVALID_TRANSFER_OBJECT',
  message: 'Found invalid object in transferList',
};
const { port1, port2 } = new MessageChannel();
port2.on('message', common.mustCall((m) => {
  assert.strictEqual(m, 'after');
  port2.close();
}));

const bad = [new SharedArrayBuffer(4), {}, new Uint8Array(4), 1, 'str', null, undefined, () => {}];
for (const item of bad) {
  assert.throws(() => port1.postMessage('x', [item]), expected);
  assert.throws(() => port1.postMessage('x', { transfer: [item] }), expected);
  assert.throws(() => structuredClone('x', { transfer: [item] }), expected);
}
// A typed array's buffer is the transferable, not the view.
const u8 = new Uint8Array(4);
assert.throws(() => port1.postMessage(u8, [u8]), expected);
assert.strictEqual(u8.length, 4);

// The same from Worker#postMessage and the Worker constructor's transferList option.
const w = new Worker('', { eval: true });
assert.throws(() => w.postMessage('x', [{}]), expected);
assert.throws(() => new Worker('', { eval: true, transferList: [{}] }), expected);
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

port1.postMessage('after');

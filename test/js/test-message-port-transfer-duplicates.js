// Checks DataCloneError for bad transfer lists: duplicate ArrayBuffer, duplicate MessagePort, the source port itself, a closed port.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const received = [];
port2.on('message', common.mustCall((m) => {
  received.push(m);
  if (m === 'still works') {
    // Only the successful posts were delivered.
    assert.deepStrictEqual(received.map((x) => (x instanceof MessagePort ? 'port' : x)), [null, 'still works']);
    port2.close();
  }
}, 2));

function dataCloneError(message) {
  return (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'DataCloneError');
    assert.strictEqual(err.code, 25);
    assert.strictEqual(err.message, message);
    return true;
  };
}

const ab = new ArrayBuffer(8);
assert.throws(() => port1.postMessage(ab, [ab, ab]), dataCloneError('Transfer list contains duplicate ArrayBuffer'));
assert.throws(() => structuredClone(ab, { transfer: [ab, ab] }),
              dataCloneError('Transfer list contains duplicate ArrayBuffer'));
assert.strictEqual(ab.byteLength, 8);

const mc = new MessageChannel();
assert.throws(() => port1.postMessage(mc.port1, [mc.port1, mc.port1]),
              dataCloneError('Transfer list contains duplicate MessagePort'));
assert.throws(() => port1.postMessage(null, [port1]), dataCloneError('Transfer list contains source port'));
assert.throws(() => port1.postMessage(null, { transfer: [port1] }), dataCloneError('Transfer list contains source port'));

const closed = new MessageChannel();
closed.port1.close();
assert.throws(() => port1.postMessage(null, [closed.port1]),
              dataCloneError('MessagePort in transfer list is already detached'));

// A port already transferred elsewhere is detached as well.
const moved = new MessageChannel();
port1.postMessage(null, [moved.port1]);
assert.throws(() => port1.postMessage(null, [moved.port1]),
              dataCloneError('MessagePort in transfer list is already detached'));

// The port is still usable after all these failures.
port1.postMessage('still works');
mc.port1.close();

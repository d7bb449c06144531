// Checks ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST when a MessagePort appears in the value but not in the transfer list.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel, Worker } = require('worker_threads');

const expected = {
  name: 'TypeError',
  code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
  message: 'Object that needs transfer was found in message but not listed in transferList',
};
const { port1, port2 } = new MessageChannel();
const other = new MessageChannel();

assert.throws(() => port1.postMessage(other.port1), expected);
assert.throws(() => port1.postMessage({ deep: [{ port: other.port1 }] }), expected);
assert.throws(() => port1.postMessage({ port: other.port1 }, []), expected);
assert.throws(() => port1.postMessage({ a: other.port1, b: other.port2 }, [other.port1]), expected);
assert.throws(() => structuredClone(other.port1), expected);
assert.throws(() => new Worker('', { eval: true, workerData: { port: other.port1 } }), expected);
const w = new Worker('', { eval: true });
assert.throws(() => w.postMessage({ port: other.port1 }), expected);
w.on('exit', common.mustCall());

// The port was not transferred by the failed attempts: it still talks to its peer.
other.port2.on('message', common.mustCall((m) => {
  assert.strictEqual(m, 'still entangled');
  other.port2.close();
}));
other.port1.postMessage('still entangled');

// Listed, it works.
port2.on('message', common.mustCall((m) => {
  assert.ok(m.port instanceof MessagePort);
  m.port.close();
  port2.close();
}));
const third = new MessageChannel();
port1.postMessage({ port: third.port1 }, [third.port1]);

// Checks hasRef()/ref()/unref() on ports: a listener refs the port, unref() lets the process exit, ref() restores.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
// No listener yet: not ref'd.
assert.strictEqual(port1.hasRef(), false);
assert.strictEqual(port2.hasRef(), false);
port2.on('message', () => {});
assert.strictEqual(port2.hasRef(), true);
assert.strictEqual(port1.hasRef(), false);
port2.unref();
assert.strictEqual(port2.hasRef(), false);
port2.ref();
assert.strictEqual(port2.hasRef(), true);
port2.unref();
// port2 has a listener but is unref'd: it does not keep the process alive, so the process exits 0
// without anyone closing the channel.

// onmessage refs too; setting it to null unrefs.
const other = new MessageChannel();
other.port2.onmessage = common.mustCall((e) => {
  assert.strictEqual(e.data, 'once');
  other.port2.onmessage = null;
  assert.strictEqual(other.port2.hasRef(), false);
});
assert.strictEqual(other.port2.hasRef(), true);
other.port1.postMessage('once');
// Removing all 'message' listeners unrefs.
const third = new MessageChannel();
const listener = () => {};
third.port2.on('message', listener);
assert.strictEqual(third.port2.hasRef(), true);
third.port2.off('message', listener);
assert.strictEqual(third.port2.hasRef(), false);

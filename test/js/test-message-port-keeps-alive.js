// Checks that a port with a 'message' listener keeps the process alive until it is closed (here from a timer).
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
let closed = false;
port2.on('message', common.mustCall((m) => {
  assert.strictEqual(m, 'delayed');
  // Close from a later tick: until then the listener alone keeps the loop alive.
  setImmediate(common.mustCall(() => {
    closed = true;
    port2.close();
  }));
}));
// The only message is sent from an unref'd timer, so nothing else keeps the process alive.
const t = setTimeout(common.mustCall(() => port1.postMessage('delayed')), 50);
t.unref();
process.on('exit', () => assert.strictEqual(closed, true));

// Checks that an endless ping-pong between two ports does not starve timers or immediates: the timer fires and stops it.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
let stopped = false;
let exchanges = 0;
port1.on('message', (n) => {
  exchanges++;
  if (!stopped) port1.postMessage(n + 1);
});
port2.on('message', (n) => {
  exchanges++;
  if (!stopped) port2.postMessage(n + 1);
});
port1.postMessage(0);

// Both a timer and an immediate must get to run while the ping-pong goes on; the ping-pong stops only
// once both have (whichever runs first is not asserted).
let pending = 2;
function done() {
  if (--pending > 0) return;
  assert.ok(exchanges > 0);
  stopped = true;
  port1.close();
}
setImmediate(common.mustCall(done));
setTimeout(common.mustCall(done), 20);

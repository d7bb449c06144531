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

let immediateRan = false;
setImmediate(common.mustCall(() => { immediateRan = true; }));
setTimeout(common.mustCall(() => {
  assert.strictEqual(immediateRan, true);
  assert.ok(exchanges > 0);
  stopped = true;
  port1.close();
}), 20);

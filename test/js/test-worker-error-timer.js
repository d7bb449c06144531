// Checks that a throw inside a worker's timer callback reaches the parent as 'error', followed by exit 1.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const events = [];
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  setTimeout(() => {
    parentPort.postMessage('in timer');
    throw new TypeError('thrown in timer');
  }, 1);
`, { eval: true });
worker.on('message', common.mustCall((m) => events.push(m)));
worker.on('error', common.mustCall((err) => {
  events.push('error');
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.message, 'thrown in timer');
  assert.match(err.stack, /thrown in timer/);
}));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 1);
  // 'error' and the worker's own messages travel on different channels: their relative order is not fixed.
  assert.deepStrictEqual(events.slice().sort(), ['error', 'in timer']);
}));

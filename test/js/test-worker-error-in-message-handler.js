// Checks that a throw inside the worker's parentPort 'message' listener becomes an 'error' event in the parent, then exit 1.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => {
    parentPort.postMessage('handling ' + m);
    throw new TypeError('failed on ' + m);
  });
`, { eval: true });
const events = [];
worker.on('message', (m) => events.push(m));
worker.on('error', common.mustCall((err) => {
  events.push('error');
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.message, 'failed on m1');
}));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 1);
  // 'error' and the worker's own messages travel on different channels: their relative order is not fixed.
  assert.deepStrictEqual(events.slice().sort(), ['error', 'handling m1']);
}));
worker.postMessage('m1');

// Checks that a worker's own process.on('uncaughtException') handler catches its error: no 'error' event, the worker goes on and exits 0.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  process.on('uncaughtException', (err) => {
    parentPort.postMessage('caught ' + err.message);
  });
  setTimeout(() => { throw new Error('from timer'); }, 1);
  setTimeout(() => parentPort.postMessage('still running'), 20);
`, { eval: true });
const got = [];
worker.on('message', (m) => got.push(m));
worker.on('error', common.mustNotCall());
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(got, ['caught from timer', 'still running']);
}));

// Checks that a worker posting 1000 messages and then exiting has all 1000 delivered, in order, before 'exit'.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const N = 1000;
const worker = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  for (let i = 0; i < workerData; i++) parentPort.postMessage({ i, payload: 'x'.repeat(i % 17) });
`, { eval: true, workerData: N });
let next = 0;
worker.on('message', common.mustCall((m) => {
  assert.strictEqual(m.i, next);
  assert.strictEqual(m.payload, 'x'.repeat(next % 17));
  next++;
}, N));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(next, N);
}));

// The same when the worker ends with process.exit() right after posting.
const w2 = new Worker(`
  const { parentPort } = require('worker_threads');
  for (let i = 0; i < 1000; i++) parentPort.postMessage(i);
  process.exit(2);
`, { eval: true });
let count = 0;
w2.on('message', (m) => { assert.strictEqual(m, count); count++; });
w2.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 2);
  assert.strictEqual(count, 1000);
}));

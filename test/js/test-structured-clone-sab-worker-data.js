// Checks a SharedArrayBuffer passed in workerData is shared, and one created in a worker outlives that worker.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

// 1. In workerData (no transferList needed).
const sab = new SharedArrayBuffer(4);
const w1 = new Worker(`
  const { workerData } = require('worker_threads');
  new Int32Array(workerData.sab)[0] = workerData.value;
`, { eval: true, workerData: { sab, value: 99 } });
w1.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(new Int32Array(sab)[0], 99);
}));

// 2. Created in the worker, sent to the parent; the worker exits; the memory is still valid and writable,
//    and can be handed to a new worker.
const w2 = new Worker(`
  const { parentPort } = require('worker_threads');
  const mine = new SharedArrayBuffer(1024 * 1024);
  const v = new Uint8Array(mine);
  v.fill(7);
  parentPort.postMessage(mine);
`, { eval: true });
let fromWorker;
w2.on('message', common.mustCall((m) => { fromWorker = m; }));
w2.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.ok(fromWorker instanceof SharedArrayBuffer);
  const v = new Uint8Array(fromWorker);
  assert.strictEqual(v.length, 1024 * 1024);
  assert.strictEqual(v[0], 7);
  assert.strictEqual(v[v.length - 1], 7);
  v[0] = 8;
  const w3 = new Worker(`
    const { workerData, parentPort } = require('worker_threads');
    const v = new Uint8Array(workerData);
    parentPort.postMessage([v[0], v[1]]);
    v[1] = 9;
  `, { eval: true, workerData: fromWorker });
  w3.on('message', common.mustCall((m) => assert.deepStrictEqual(m, [8, 7])));
  w3.on('exit', common.mustCall(() => assert.strictEqual(v[1], 9)));
}));

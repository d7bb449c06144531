// Checks Atomics.waitAsync resolving 'ok' when a worker notifies, without blocking the main event loop (a timer fires meanwhile).
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(8);
const ia = new Int32Array(sab);
const worker = new Worker(`
  const { workerData, parentPort } = require('worker_threads');
  const ia = new Int32Array(workerData);
  parentPort.on('message', (m) => {
    if (m === 'done') return parentPort.close();
    Atomics.store(ia, 0, 1);
    parentPort.postMessage(Atomics.notify(ia, 0));
  });
`, { eval: true, workerData: sab });

const result = Atomics.waitAsync(ia, 0, 0);
assert.strictEqual(result.async, true);
assert.ok(result.value instanceof Promise);
let timerFired = false;
// The main loop keeps running while the wait is pending: this timer fires, then asks the worker to notify.
setTimeout(common.mustCall(() => {
  timerFired = true;
  worker.postMessage('notify now');
}), 10);
result.value.then(common.mustCall((value) => {
  assert.strictEqual(value, 'ok');
  assert.strictEqual(timerFired, true);
  assert.strictEqual(Atomics.load(ia, 0), 1);
  // The worker stays alive (keeping the loop alive) until the wait has settled.
  worker.postMessage('done');
}));
// The worker's notify woke exactly one waiter (ours).
worker.on('message', common.mustCall((woken) => assert.strictEqual(woken, 1)));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

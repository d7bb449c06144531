// Checks that terminate() wakes and stops a worker blocked forever in Atomics.wait; resolves with 1 and the buffer is untouched.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(8);
const view = new Int32Array(sab);
const worker = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  const view = new Int32Array(workerData);
  Atomics.store(view, 1, 1);
  parentPort.postMessage('about to wait');
  const result = Atomics.wait(view, 0, 0); // no timeout: waits forever
  Atomics.store(view, 1, 2);               // never reached
`, { eval: true, workerData: sab });
worker.on('error', common.mustNotCall());
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
worker.once('message', common.mustCall(async () => {
  assert.strictEqual(await worker.terminate(), 1);
  assert.strictEqual(Atomics.load(view, 1), 1);
  assert.strictEqual(Atomics.load(view, 0), 0);
}));

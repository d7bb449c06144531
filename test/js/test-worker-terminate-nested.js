// Checks that terminating a worker also stops the workers it created (a grandchild spinning forever); resolves with 1.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(4);
const alive = new Int32Array(sab);
const worker = new Worker(`
  const { Worker, parentPort, workerData } = require('worker_threads');
  const child = new Worker(\`
    const { parentPort, workerData } = require('worker_threads');
    const alive = new Int32Array(workerData);
    parentPort.postMessage('grandchild spinning');
    for (;;) { Atomics.store(alive, 0, 1); }
  \`, { eval: true, workerData });
  child.on('message', (m) => parentPort.postMessage(m));
`, { eval: true, workerData: sab });
worker.on('error', common.mustNotCall());
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
worker.once('message', common.mustCall(async (m) => {
  assert.strictEqual(m, 'grandchild spinning');
  assert.strictEqual(await worker.terminate(), 1);
  // Once the child is gone, the grandchild is gone too: the flag stops being set.
  // Poll briefly (the grandchild's teardown completes before the child's exit is reported).
  Atomics.store(alive, 0, 0);
  setTimeout(common.mustCall(() => {
    assert.strictEqual(Atomics.load(alive, 0), 0);
  }), 50);
}));

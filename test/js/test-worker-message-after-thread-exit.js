// A message handled after the worker's thread has already ended (the parent was busy meanwhile) still sees the
// worker as it was: its resourceLimits and threadId. Only 'exit' handlers see {} and -1.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker('require("worker_threads").parentPort.postMessage("bye")',
                          { eval: true, resourceLimits: { maxOldGenerationSizeMb: 48 } });
const id = worker.threadId;
// Keep this thread busy long enough for the worker to post, return and end before anything is delivered here.
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);

worker.on('message', common.mustCall((message) => {
  assert.strictEqual(message, 'bye');
  assert.strictEqual(worker.resourceLimits.maxOldGenerationSizeMb, 48);
  assert.strictEqual(worker.threadId, id);
}));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(worker.resourceLimits, {});
  assert.strictEqual(worker.threadId, -1);
}));

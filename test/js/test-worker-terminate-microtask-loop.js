// Checks that terminate() stops a worker running an endless microtask (promise) loop; resolves with 1.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  require('worker_threads').parentPort.postMessage('looping');
  (function again() { Promise.resolve().then(again); })();
`, { eval: true });
worker.on('error', common.mustNotCall());
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
worker.once('message', common.mustCall(async () => {
  assert.strictEqual(await worker.terminate(), 1);
}));

// An endless queueMicrotask loop as well.
const w2 = new Worker(`
  require('worker_threads').parentPort.postMessage('looping');
  (function again() { queueMicrotask(again); })();
`, { eval: true });
w2.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
w2.once('message', common.mustCall(async () => {
  assert.strictEqual(await w2.terminate(), 1);
}));

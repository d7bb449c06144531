// Checks that a worker exceeding resourceLimits.maxOldGenerationSizeMb gets 'error' ERR_WORKER_OUT_OF_MEMORY, exit 1, and the parent survives.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const events = [];
const worker = new Worker(`
  const hoard = [];
  for (;;) hoard.push({ n: hoard.length, data: new Array(100).fill(hoard.length) });
`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 16 } });
worker.on('error', common.mustCall((err) => {
  events.push('error');
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.code, 'ERR_WORKER_OUT_OF_MEMORY');
  assert.strictEqual(err.message, 'Worker terminated due to reaching memory limit: JS heap out of memory');
}));
worker.on('exit', common.mustCall((code) => {
  events.push(`exit ${code}`);
  assert.deepStrictEqual(events, ['error', 'exit 1']);
  // The parent is unaffected and can start another worker.
  const next = new Worker('require("worker_threads").parentPort.postMessage(new Array(1000).fill(1).length)',
                          { eval: true });
  next.on('message', common.mustCall((m) => assert.strictEqual(m, 1000)));
  next.on('exit', common.mustCall((c) => assert.strictEqual(c, 0)));
}));

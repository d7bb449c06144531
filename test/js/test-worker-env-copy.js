// Checks that by default a worker gets a copy of process.env taken at construction, and its changes stay private.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

process.env.LOOM_TEST_BEFORE = 'before';
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', () => {
    const seen = { before: process.env.LOOM_TEST_BEFORE, after: process.env.LOOM_TEST_AFTER,
                   path: process.env.PATH };
    process.env.LOOM_TEST_FROM_WORKER = 'w';
    process.env.LOOM_TEST_BEFORE = 'changed in worker';
    process.env.LOOM_TEST_NUM = 5;
    seen.num = process.env.LOOM_TEST_NUM;
    parentPort.postMessage(seen);
  });
`, { eval: true });
// Set after construction: not visible to the worker.
process.env.LOOM_TEST_AFTER = 'after';
worker.postMessage('go');
worker.on('message', common.mustCall((seen) => {
  assert.deepStrictEqual(seen, { before: 'before', after: undefined, path: process.env.PATH, num: '5' });
}));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(process.env.LOOM_TEST_FROM_WORKER, undefined);
  assert.strictEqual(process.env.LOOM_TEST_BEFORE, 'before');
}));

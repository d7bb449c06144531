// Checks eval: true workers: the source runs as CommonJS named '[worker eval]' with require available.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort, isMainThread } = require('worker_threads');
  parentPort.postMessage({
    isMainThread,
    filename: __filename,
    argv1: process.argv[1],
    requireType: typeof require,
    sum: [1, 2, 3].reduce((a, b) => a + b),
  });
`, { eval: true });
worker.on('message', common.mustCall((msg) => {
  assert.deepStrictEqual(msg, {
    isMainThread: false,
    filename: '[worker eval]',
    argv1: '[worker eval]',
    requireType: 'function',
    sum: 6,
  });
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

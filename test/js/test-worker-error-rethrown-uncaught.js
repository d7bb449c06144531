// Checks that without an 'error' listener the worker's error surfaces as the parent's uncaughtException, after which 'exit' 1 still arrives.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

process.on('uncaughtException', common.mustCall((err) => {
  assert.ok(err instanceof RangeError);
  assert.strictEqual(err.message, 'caught by the parent');
}));
const worker = new Worker(`throw new RangeError('caught by the parent')`, { eval: true });
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));

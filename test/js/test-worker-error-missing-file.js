// Checks that a worker whose file does not exist emits online, then 'error' with code MODULE_NOT_FOUND, then exit 1.
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { Worker } = require('worker_threads');

const missing = path.join(__dirname, 'no-such-worker-file.js');
const events = [];
// Construction does not throw: the failure is reported asynchronously.
const worker = new Worker(missing);
worker.on('online', common.mustCall(() => events.push('online')));
worker.on('error', common.mustCall((err) => {
  events.push('error');
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message.split('\n')[0], `Cannot find module '${missing}'`);
}));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 1);
  assert.deepStrictEqual(events, ['online', 'error']);
}));

// The same for a relative path, resolved against the cwd.
process.chdir(__dirname);
const rel = new Worker('./no-such-worker-file-2.js');
rel.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message.split('\n')[0],
                     `Cannot find module '${path.join(__dirname, 'no-such-worker-file-2.js')}'`);
}));
rel.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));

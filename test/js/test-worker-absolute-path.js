// Checks that a Worker can be started from an absolute file path and runs as a non-main thread.
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { Worker } = require('worker_threads');

const file = path.join(__dirname, '..', 'fixtures', 'workers', 'report.js');
assert.ok(path.isAbsolute(file));
const worker = new Worker(file, { workerData: 'abs' });
worker.on('message', common.mustCall((msg) => {
  assert.strictEqual(msg.isMainThread, false);
  assert.strictEqual(msg.hasParentPort, true);
  assert.strictEqual(msg.workerData, 'abs');
  assert.strictEqual(msg.filename, file);
  assert.strictEqual(msg.threadId, worker.threadId);
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

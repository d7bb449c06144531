// Checks that a Worker accepts a file: URL object (new URL('file://...') and url.pathToFileURL()).
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');
const { Worker } = require('worker_threads');

const file = path.join(__dirname, '..', 'fixtures', 'workers', 'report.js');

const url1 = new URL('file://' + file);
assert.strictEqual(url1.protocol, 'file:');
const w1 = new Worker(url1, { workerData: 'url' });
w1.on('message', common.mustCall((msg) => {
  assert.strictEqual(msg.workerData, 'url');
  assert.strictEqual(msg.filename, file);
  assert.strictEqual(msg.isMainThread, false);
}));
w1.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

const w2 = new Worker(pathToFileURL(file), { workerData: 'pathToFileURL' });
w2.on('message', common.mustCall((msg) => {
  assert.strictEqual(msg.workerData, 'pathToFileURL');
  assert.strictEqual(msg.filename, file);
}));
w2.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

// Checks that './' and '../' worker paths are resolved against process.cwd(), not the calling file.
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { Worker } = require('worker_threads');

const fixture = path.join(__dirname, '..', 'fixtures', 'workers', 'report.js');

// cwd = test/js (the runner's cwd); make it explicit so the test does not depend on how it is launched.
process.chdir(__dirname);
const w1 = new Worker('./../fixtures/workers/report.js', { workerData: 1 });
w1.on('message', common.mustCall((msg) => {
  assert.strictEqual(msg.workerData, 1);
  assert.strictEqual(msg.filename, fixture);
}));
w1.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

const w2 = new Worker('../fixtures/workers/report.js', { workerData: 2 });
w2.on('message', common.mustCall((msg) => {
  assert.strictEqual(msg.workerData, 2);
  assert.strictEqual(msg.filename, fixture);
}));
w2.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

// Changing the cwd afterwards changes what a relative path means: from test/ the same
// relative path ('./fixtures/...') is valid, proving resolution uses process.cwd().
process.chdir(path.join(__dirname, '..'));
const w3 = new Worker('./fixtures/workers/report.js', { workerData: 3 });
w3.on('message', common.mustCall((msg) => {
  assert.strictEqual(msg.workerData, 3);
  assert.strictEqual(msg.filename, fixture);
}));
w3.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

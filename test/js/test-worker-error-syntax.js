// Checks that a syntax error in an eval worker's source arrives as a real SyntaxError 'error' event, then exit 1.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker('let x = ;\nrequire("worker_threads").parentPort.postMessage("ran");', { eval: true });
worker.on('message', common.mustNotCall('the script must not run'));
worker.on('error', common.mustCall((err) => {
  assert.ok(err instanceof SyntaxError);
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'SyntaxError');
  assert.strictEqual(typeof err.message, 'string');
  assert.ok(err.message.length > 0);
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));

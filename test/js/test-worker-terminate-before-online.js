// Checks terminate() right after construction: the promise resolves with the same code as the single 'exit' event, and the script's message is not required to arrive.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

let exitCode;
const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
worker.on('exit', common.mustCall((code) => {
  exitCode = code;
  assert.strictEqual(worker.threadId, -1);
}));
worker.on('error', common.mustNotCall());
worker.terminate().then(common.mustCall((code) => {
  // Whether JS had started decides between 0 and 1; either way the promise agrees with 'exit'.
  assert.ok(code === 0 || code === 1, `code ${code}`);
  assert.strictEqual(code, exitCode);
}));

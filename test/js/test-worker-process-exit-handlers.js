// Checks that process.exit(n) in a worker runs the worker's process.on('exit') handlers (with n), flushes its output, and lets their messages through.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const received = [];
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  process.on('exit', (code) => {
    console.log('worker exit handler, code ' + code + ', exitCode ' + process.exitCode);
    parentPort.postMessage('from exit handler ' + code);
  });
  console.log('worker: before process.exit');
  process.exit(3);
`, { eval: true });
worker.on('message', (m) => received.push(m));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 3);
  assert.deepStrictEqual(received, ['from exit handler 3']);
  console.log('parent: worker exited with', code);
}));

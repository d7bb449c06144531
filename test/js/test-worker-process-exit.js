// Checks process.exit(n) in a worker: only that thread stops, code after it does not run, the parent sees exit n and keeps running.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const received = [];
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('before exit');
  process.exit(7);
  parentPort.postMessage('never sent');
`, { eval: true });
worker.on('message', (m) => received.push(m));
worker.on('error', common.mustNotCall());
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 7);
  assert.deepStrictEqual(received, ['before exit']);
  // The main thread is still alive and its event loop keeps working.
  setTimeout(common.mustCall(() => {
    const second = new Worker('process.exit(0)', { eval: true });
    second.on('exit', common.mustCall((c) => assert.strictEqual(c, 0)));
  }), 1);
}));

// process.exit() with no argument means 0; in a callback it also works.
const w2 = new Worker('setTimeout(() => process.exit(), 1); setInterval(() => {}, 1000);', { eval: true });
w2.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

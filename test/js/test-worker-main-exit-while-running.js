// Checks that process.exit(0) on the main thread while workers still run (busy, waiting, nested) ends the process promptly with code 0.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(4);
const started = [];
const sources = [
  'for (;;) {}',
  'Atomics.wait(new Int32Array(require("worker_threads").workerData), 0, 0)',
  'setInterval(() => {}, 10)',
  `const { Worker } = require('worker_threads');
   new Worker('for (;;) {}', { eval: true });
   for (;;) {}`,
];
for (const src of sources) {
  const w = new Worker(`require('worker_threads').parentPort.postMessage('up'); ${src}`,
                       { eval: true, workerData: sab });
  // When the main thread exits, the workers' 'exit' events are not emitted.
  w.on('exit', common.mustNotCall());
  w.once('message', () => {
    started.push(w);
    if (started.length === sources.length) process.exit(0);
  });
}
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(started.length, sources.length);
});

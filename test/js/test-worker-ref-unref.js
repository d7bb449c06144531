// Checks that ref() after unref() keeps the parent alive again until the worker exits on its own.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  setTimeout(() => parentPort.postMessage('done'), 100);
`, { eval: true });
worker.unref();
worker.unref();   // repeated calls are fine
worker.ref();     // ...and ref() undoes them: the parent now waits
worker.on('message', common.mustCall((m) => assert.strictEqual(m, 'done')));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

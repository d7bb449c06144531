// Checks that parentPort.unref() (or parentPort.close()) inside a worker lets it exit even with a 'message' listener attached.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w1 = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', () => {});
  parentPort.unref();
`, { eval: true });
w1.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

const w2 = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', () => {});
  parentPort.postMessage('closing');
  parentPort.close();
`, { eval: true });
// Messages posted before close() still arrive.
w2.on('message', common.mustCall((m) => assert.strictEqual(m, 'closing')));
w2.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

// Removing the listener also lets the worker end.
const w3 = new Worker(`
  const { parentPort } = require('worker_threads');
  const listener = () => {};
  parentPort.on('message', listener);
  setTimeout(() => parentPort.off('message', listener), 1);
`, { eval: true });
w3.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

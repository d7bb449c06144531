// Checks that an unref()'d worker running forever does not keep the process alive; the process exits 0.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', () => {});   // keeps the worker alive forever
  setInterval(() => {}, 1000);
  parentPort.postMessage('running');
`, { eval: true });
// A message listener attached before unref() does not keep the parent alive either. (Whether the message
// arrives before the parent exits is a race, so it is not asserted.)
worker.on('message', () => {});
worker.unref();
// The process exits before the worker's 'exit' event can be emitted.
worker.on('exit', common.mustNotCall());
process.on('exit', (code) => assert.strictEqual(code, 0));

const busy = new Worker('for (;;) {}', { eval: true });
busy.unref();
busy.on('exit', common.mustNotCall());

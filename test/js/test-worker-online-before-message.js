// Checks event order: 'online' is emitted before the first 'message', and 'exit' comes last.
// loom-only: node emits a message before 'online' under load (seen once in a test run here); loom's parent is
// woken for the worker's 'online' notice and its messages in the order the worker posted them.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const events = [];
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('first thing the worker does');
  parentPort.postMessage('second');
`, { eval: true });
worker.on('online', common.mustCall(() => events.push('online')));
worker.on('message', common.mustCall((m) => events.push(m), 2));
worker.on('exit', common.mustCall((code) => {
  events.push(`exit ${code}`);
  assert.deepStrictEqual(events, ['online', 'first thing the worker does', 'second', 'exit 0']);
}));
// Nothing is emitted synchronously.
assert.deepStrictEqual(events, []);

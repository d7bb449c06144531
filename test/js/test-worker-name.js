// Checks the name option: a string is accepted (non-strings throw); where the runtime exposes threadName, the worker sees its name.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

// Node 20 has no public way to read the name back from inside the worker; newer versions export
// worker_threads.threadName. Assert it only where it exists.
const worker = new Worker(`
  const wt = require('worker_threads');
  wt.parentPort.postMessage({ hasThreadName: 'threadName' in wt, threadName: wt.threadName });
`, { eval: true, name: 'my-named-worker' });
worker.on('message', common.mustCall((m) => {
  if (m.hasThreadName) assert.strictEqual(m.threadName, 'my-named-worker');
  else assert.strictEqual(m.threadName, undefined);
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

// An empty name is allowed too.
const unnamed = new Worker('', { eval: true, name: '' });
unnamed.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

assert.throws(() => new Worker('', { eval: true, name: 42 }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.name" property must be of type string. Received type number (42)',
});
assert.throws(() => new Worker('', { eval: true, name: {} }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.name" property must be of type string. Received an instance of Object',
});

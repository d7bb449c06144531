// Checks that uncaught runaway recursion in a worker (at start-up, in a timer, and in a worker with a small
// resourceLimits.stackSizeMb) gives the parent one 'error' (an Error) followed by 'exit' with code 1, and
// that the parent is unaffected.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const sources = [
  ['top level', 'function r(n) { return r(n + 1) + 1; } r(0);', {}],
  ['in a timer', 'function r(n) { return r(n + 1) + 1; } setTimeout(() => r(0), 1);', {}],
  ['small stack', 'function r(n) { return r(n + 1) + 1; } setImmediate(() => r(0));',
   { resourceLimits: { stackSizeMb: 1 } }],
  ['message handler', `
    const { parentPort } = require('worker_threads');
    parentPort.on('message', function r(n) { return r(n + 1) + 1; });
    parentPort.postMessage('ready');`, {}],
];

let finished = 0;
for (const [label, source, options] of sources) {
  const events = [];
  const w = new Worker(source, { eval: true, ...options });
  w.on('message', common.mustCall((m) => {
    assert.strictEqual(m, 'ready');
    w.postMessage(0);
  }, label === 'message handler' ? 1 : 0));
  w.on('error', common.mustCall((err) => {
    events.push('error');
    assert.ok(err instanceof Error, label);
    assert.strictEqual(typeof err.message, 'string', label);
  }));
  w.on('exit', common.mustCall((code) => {
    events.push(`exit ${code}`);
    assert.deepStrictEqual(events, ['error', 'exit 1'], label);
    finished++;
  }));
}
// The main thread's own stack is fine, and it outlives every failed worker.
process.on('exit', () => assert.strictEqual(finished, sources.length));

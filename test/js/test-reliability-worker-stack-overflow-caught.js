// Checks that runaway recursion inside a worker throws a catchable Error (RangeError in Node, InternalError in
// loom: only `instanceof Error` is portable), repeatedly, from plain code, from a message handler and from a
// getter, and that the worker carries on afterwards: it posts a message and exits normally.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  function recurse(n) { return recurse(n + 1) + 1; }
  function recurseWithArgs(a, b, c) { return recurseWithArgs({ a }, [b], c + 'x') ; }
  const getterLoop = { get self() { return this.self; } };
  function caught(fn) {
    try { fn(); } catch (err) {
      return { isError: err instanceof Error, hasMessage: typeof err.message === 'string' && err.message !== '' };
    }
    return { isError: false, returned: true };
  }
  const results = [caught(() => recurse(0)), caught(() => recurseWithArgs(1, 2, '')),
                   caught(() => getterLoop.self)];
  // The thread is still healthy: it can allocate, recurse moderately and send.
  const depth = (function count(n) { return n === 0 ? 0 : 1 + count(n - 1); })(1000);
  parentPort.postMessage({ results, depth });
  parentPort.on('message', (m) => {
    // Overflowing inside an event handler is just as recoverable.
    parentPort.postMessage({ results: [caught(() => recurse(m))], depth: 0 });
    parentPort.close();
  });
`, { eval: true });

const replies = [];
worker.on('message', common.mustCall((m) => {
  replies.push(m);
  if (replies.length === 1) worker.postMessage(0);
}, 2));
worker.on('error', common.mustNotCall());
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  const ok = { isError: true, hasMessage: true };
  assert.deepStrictEqual(replies, [
    { results: [ok, ok, ok], depth: 1000 },
    { results: [ok], depth: 0 },
  ]);
}));

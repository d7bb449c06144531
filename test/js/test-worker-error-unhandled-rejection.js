// Checks that an unhandled rejection in a worker becomes 'error' in the parent (the reason, or ERR_UNHANDLED_REJECTION for non-errors), then exit 1.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

// Rejected with an Error: the parent gets that error.
const w1 = new Worker('Promise.reject(new Error("rejected in worker"))', { eval: true });
w1.on('error', common.mustCall((err) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.message, 'rejected in worker');
}));
w1.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));

// An async function that throws later.
const w2 = new Worker(`
  (async () => { await null; throw new SyntaxError('async throw'); })();
`, { eval: true });
w2.on('error', common.mustCall((err) => {
  assert.ok(err instanceof SyntaxError);
  assert.strictEqual(err.message, 'async throw');
}));
w2.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));

// Rejected with a primitive: wrapped in an ERR_UNHANDLED_REJECTION error.
const w3 = new Worker('Promise.reject(42)', { eval: true });
w3.on('error', common.mustCall((err) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ERR_UNHANDLED_REJECTION');
  assert.strictEqual(err.name, 'UnhandledPromiseRejection');
  assert.strictEqual(err.message,
                     'This error originated either by throwing inside of an async function without a catch ' +
                     'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
                     'rejected with the reason "42".');
}));
w3.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));

// A rejection that is handled in time is not an error.
const w4 = new Worker(`
  const p = Promise.reject(new Error('handled'));
  p.catch(() => require('worker_threads').parentPort.postMessage('caught'));
`, { eval: true });
w4.on('message', common.mustCall((m) => assert.strictEqual(m, 'caught')));
w4.on('error', common.mustNotCall());
w4.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
